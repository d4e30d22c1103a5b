// Puts bench/README-table.md (written by `npm run bench`) into README.md between the markers
//   <!-- bench:start -->
//   <!-- bench:end -->
// replacing whatever was there. Exits 1 when the markers are missing or the table was never written.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from '../test/e2e/harness.js'

export const START = '<!-- bench:start -->'
export const END = '<!-- bench:end -->'

/** The README with `table` between the markers, or null when they are missing or out of order. */
export function spliceTable(readme: string, table: string): string | null {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) return null
  return `${readme.slice(0, start + START.length)}\n${table.trim()}\n${readme.slice(end)}`
}

async function main(): Promise<number> {
  const readmePath = join(repoRoot, 'README.md')
  let table: string
  try {
    table = await readFile(join(repoRoot, 'bench', 'README-table.md'), 'utf8')
  } catch {
    console.error('bench/README-table.md is missing: run `npm run bench` first.')
    return 1
  }
  const readme = await readFile(readmePath, 'utf8')
  const updated = spliceTable(readme, table)
  if (updated === null) {
    console.error(`README.md needs the markers ${START} and ${END} (in that order).`)
    return 1
  }
  if (updated !== readme) await writeFile(readmePath, updated)
  console.log(updated === readme ? 'README.md already current' : 'README.md updated')
  return 0
}

if (process.argv[1] && /update-readme\.ts$/.test(process.argv[1])) process.exitCode = await main()
