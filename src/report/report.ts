// The one report value: built once from the rows, then rendered by the summary, the outputs, the
// terminal table, the CLI's JSON document, the notification and the org-wide report.
import { sortAccountRows } from '../accounts/targets.js'
import {
  countByStatus,
  countRows,
  needsAttention,
  type Counts,
  type Row,
  type Status
} from '../shared/rows.js'

export interface Report {
  /** Every row, in contract order (account, region, then instance id). */
  rows: readonly Row[]
  /** The rows that need attention, in contract order. */
  attention: readonly Row[]
  /** The rows that need attention first, then the others, each group in contract order. */
  attentionFirst: readonly Row[]
  counts: Counts
  byStatus: Record<Status, number>
  /** The SSM command ids sent, each once, in row order. */
  commandIds: string[]
  /** Rows without an instance id: a region (or the run) that failed as a whole. */
  regionWideFailures: number
  /** The account ids of the rows, each once, in row order. */
  accounts: string[]
}

export function buildReport(rows: readonly Row[]): Report {
  const sorted = sortAccountRows(rows)
  const attention = sorted.filter(needsAttention)
  return {
    rows: sorted,
    attention,
    attentionFirst: [...attention, ...sorted.filter(row => !needsAttention(row))],
    counts: countRows(sorted),
    byStatus: countByStatus(sorted),
    commandIds: [...new Set(sorted.map(row => row.commandId).filter(id => id !== null))],
    regionWideFailures: sorted.filter(row => row.instanceId === null).length,
    accounts: [...new Set(sorted.map(row => row.accountId).filter(id => id !== null))]
  }
}

/** The renderers take a report, or rows (for callers with nothing else to render). */
export type ReportSource = Report | readonly Row[]

export function asReport(source: ReportSource): Report {
  return Array.isArray(source) ? buildReport(source) : (source as Report)
}
