// The report action's inputs and outputs, and their pure parser.
import { inputReader, unique, type InputSpec, type OutputSpec } from '../settings/index.js'

export const DEFAULT_RESULTS = 'drs-results/**/*.json'

export const REPORT_INPUTS: readonly InputSpec[] = [
  {
    name: 'results',
    kind: 'list',
    required: false,
    default: DEFAULT_RESULTS,
    description:
      'Path or glob of results-file JSON files of the install, check and drill actions (one per job, e.g. downloaded artifacts); several separated by newlines. Globs (@actions/glob) support **, *, ? and [...], and a line starting with ! leaves its matches out; a folder means every .json file under it.'
  },
  {
    name: 'fail-on-error',
    kind: 'boolean',
    required: false,
    default: 'true',
    description:
      'Fail the step when any row failed (install failed or timed-out; check failed, or unprotected, stalled, disconnected, stopped or lagging as the check fails on by default; drill failed, timed-out or not-started), or a results file could not be read.'
  }
]

export const REPORT_OUTPUTS: readonly OutputSpec[] = [
  {
    name: 'account-count',
    description: 'Accounts in the report (from the rows and file names), over every operation.'
  },
  {
    name: 'instance-count',
    description: 'Rows with an instance id, over every operation (install, check, drill).'
  },
  { name: 'installed-count', description: 'Install rows with status installed.' },
  {
    name: 'failed-count',
    description:
      'Install rows failed or timed-out (region-wide failure rows included), check rows failed, and drill rows failed, timed-out or not-started.'
  },
  {
    name: 'skipped-count',
    description:
      'Install rows skipped-registered or skipped-unmanaged, and drill rows skipped-unhealthy or skipped-busy.'
  }
]

export interface ReportSettings {
  patterns: string[]
  failOnError: boolean
}

export function parseReportSettings(read: (name: string) => string): ReportSettings {
  const input = inputReader(REPORT_INPUTS, read)
  // Newlines only: a path may hold commas or spaces.
  const patterns = unique(
    input
      .get('results')
      .split(/\r?\n/)
      .map(line => line.trim())
  ).filter(line => line !== '')
  if (patterns.length === 0)
    input.problems.push({ input: 'results', expected: 'a path or glob', required: true })
  for (const pattern of patterns) {
    if (pattern.includes('\0')) input.fail('results', 'a path or glob', pattern)
  }
  const failOnError = input.bool('fail-on-error')
  input.done()
  return { patterns, failOnError }
}
