// The step outputs, as the strings setOutput takes, rendered from the one report value.
import type { Settings } from '../settings/index.js'
import { asReport, type ReportSource } from './report.js'
import { bytes, plural } from './text.js'

/** The `results` output's limit (outputs share the runner's environment and log). */
export const RESULTS_LIMIT_BYTES = 512 * 1024

export interface Outputs {
  'instance-count': string
  'installed-count': string
  'failed-count': string
  'skipped-count': string
  'halted-count': string
  'command-ids': string
  results: string
  'results-truncated': 'true' | 'false'
  'account-count': string
}

export interface BuiltOutputs {
  outputs: Outputs
  /** Set when `results` leaves rows out: says how many and where to find them. */
  warning: string | null
}

/** Adds rows (whole ones) to a JSON array while it stays within `limit` bytes. */
export function jsonWithin(rows: readonly object[], limit: number): { json: string; kept: number } {
  const parts: string[] = []
  let size = 2
  for (const row of rows) {
    const part = JSON.stringify(row)
    const next = size + bytes(part) + (parts.length > 0 ? 1 : 0)
    if (next > limit) break
    parts.push(part)
    size = next
  }
  return { json: `[${parts.join(',')}]`, kept: parts.length }
}

/**
 * The step outputs, as the strings setOutput takes. `accountCount` is the accounts in the run
 * (an account without instances has no rows); default: the accounts the rows name.
 */
export function buildOutputs(source: ReportSource, accountCount?: number): BuiltOutputs {
  const { rows: sorted, counts, commandIds, attention, accounts, byStatus } = asReport(source)
  const outputs: Outputs = {
    'instance-count': String(counts.instanceCount),
    'installed-count': String(counts.installedCount),
    'failed-count': String(counts.failedCount),
    'skipped-count': String(counts.skippedCount),
    'halted-count': String(byStatus.halted),
    'command-ids': JSON.stringify(commandIds),
    results: '[]',
    'results-truncated': 'false',
    'account-count': String(accountCount ?? accounts.length)
  }
  // Built row by row and given up at the limit, so a large fleet never builds its whole array here.
  const whole = jsonWithin(sorted, RESULTS_LIMIT_BYTES)
  if (whole.kept === sorted.length) {
    outputs.results = whole.json
    return { outputs, warning: null }
  }

  const { json, kept } = jsonWithin(attention, RESULTS_LIMIT_BYTES)
  const left = sorted.length - kept
  outputs.results = json
  outputs['results-truncated'] = 'true'
  const warning =
    kept === attention.length
      ? `The results output holds only the ${plural(kept, 'row')} that need attention: ${left} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`
      : `The results output holds ${kept} of the ${plural(attention.length, 'row')} that need attention, cut at 512 KiB: ${left} of ${sorted.length} rows were left out. The results-file output holds every row.`
  return { outputs, warning }
}

/** One line for the end of the log, e.g. "DRS agent roll-out: 950 installed, 30 skipped, 20 failed of 1000 instances". */
export function finalLogLine(source: ReportSource): string {
  const { counts, byStatus, regionWideFailures: regionWide } = asReport(source)
  const failed =
    byStatus['timed-out'] > 0
      ? `${counts.failedCount} failed (${byStatus['timed-out']} timed out)`
      : `${counts.failedCount} failed`
  const parts = [`${counts.installedCount} installed`, `${counts.skippedCount} skipped`, failed]
  if (byStatus['dry-run'] > 0) parts.push(`${byStatus['dry-run']} dry-run`)
  if (byStatus.pending > 0) parts.push(`${byStatus.pending} pending`)
  if (byStatus.halted > 0) parts.push(`${byStatus.halted} halted`)
  const regionNote =
    regionWide > 0 ? ` (${regionWide} region-wide failure${regionWide === 1 ? '' : 's'})` : ''
  return `DRS agent roll-out: ${parts.join(', ')} of ${plural(counts.instanceCount, 'instance')}${regionNote}`
}

/** The step fails on any failed, timed-out or halted row when fail-on-error is on. */
export function shouldFail(settings: Settings, source: ReportSource): boolean {
  const report = asReport(source)
  return settings.failOnError && report.counts.failedCount + report.byStatus.halted > 0
}

/** Why fail-on-error failed the step, e.g. "2 instance(s) or region(s) failed or timed out". */
export function failureReason(source: ReportSource): string {
  const { counts, byStatus } = asReport(source)
  const failed = `${counts.failedCount} instance(s) or region(s) failed or timed out`
  const halted = `${byStatus.halted} instance(s) halted by the staged roll-out's max-failures`
  if (byStatus.halted === 0) return failed
  return counts.failedCount === 0 ? halted : `${failed}, ${halted}`
}
