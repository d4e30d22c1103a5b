// The results file: every row (of any operation) as JSON, for artifacts and the org-wide report.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export function resultsFileName(accountId: string, stepId: string | undefined): string {
  const step = (stepId ?? '').replace(/[^\w.-]/g, '') || 'run'
  return `drs-results-${accountId || 'unknown'}-${step}.json`
}

export async function writeResultsFile(
  directory: string,
  fileName: string,
  rows: readonly object[]
): Promise<string> {
  const folder = join(directory, 'drs-results')
  await mkdir(folder, { recursive: true })
  const path = join(folder, fileName)
  await writeFile(path, `${JSON.stringify(rows, null, 2)}\n`, 'utf8')
  return path
}
