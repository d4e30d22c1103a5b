// The org-wide report value: every account's rows, totals per account and region, the rows that
// need attention, the outputs and the verdict.
import type { ResultsFile } from './results-files.js'
import { plural } from '../report/text.js'
import {
  compareNullable,
  countByStatus,
  countRows,
  isFailure,
  needsAttention,
  type Counts,
  type Row,
  type Status
} from '../shared/rows.js'

export interface Totals extends Counts {
  /** Rows of each status. */
  byStatus: Record<Status, number>
  rows: number
}

export interface AccountRegionTotals extends Totals {
  accountId: string | null
  /** null for rows that failed before a region was known (the whole run). */
  region: string | null
}

export interface OrgReport {
  files: ResultsFile[]
  rows: Row[]
  /** Every account seen in a row or a file name, sorted. */
  accounts: string[]
  totals: Totals
  /** One entry per account and region, sorted; an account with no rows gets one entry (region null, zero rows). */
  byAccountRegion: AccountRegionTotals[]
  /** Rows that need attention (failed, timed-out, skipped-unmanaged), by account, region, instance. */
  attention: Row[]
  /** Files with a problem. */
  problems: ResultsFile[]
  /** Accounts with a results file that could not be read in full. */
  unreadableAccounts: string[]
}

export function totalsOf(rows: readonly Row[]): Totals {
  return { ...countRows(rows), byStatus: countByStatus(rows), rows: rows.length }
}

function compareRows(a: Row, b: Row): number {
  return (
    compareNullable(a.accountId, b.accountId) ||
    compareNullable(a.region, b.region) ||
    compareNullable(a.instanceId, b.instanceId)
  )
}

export function buildOrgReport(files: readonly ResultsFile[]): OrgReport {
  const rows: Row[] = []
  for (const file of files) {
    for (const row of file.rows) {
      // A row without its account (an older file) takes the file's.
      rows.push(
        row.accountId === null && file.accountId ? { ...row, accountId: file.accountId } : row
      )
    }
  }
  rows.sort(compareRows)

  const groups = new Map<string, { accountId: string | null; region: string | null; rows: Row[] }>()
  for (const row of rows) {
    const key = JSON.stringify([row.accountId, row.region])
    let group = groups.get(key)
    if (!group) {
      group = { accountId: row.accountId, region: row.region, rows: [] }
      groups.set(key, group)
    }
    group.rows.push(row)
  }
  const accountsWithRows = new Set(rows.map(row => row.accountId))
  for (const file of files) {
    if (file.accountId && !accountsWithRows.has(file.accountId)) {
      accountsWithRows.add(file.accountId)
      groups.set(JSON.stringify([file.accountId, null]), {
        accountId: file.accountId,
        region: null,
        rows: []
      })
    }
  }
  const byAccountRegion = [...groups.values()]
    .map(group => ({ accountId: group.accountId, region: group.region, ...totalsOf(group.rows) }))
    .sort(
      (a, b) => compareNullable(a.accountId, b.accountId) || compareNullable(a.region, b.region)
    )

  const accounts = [...accountsWithRows].filter(id => id !== null).sort()
  return {
    files: [...files],
    rows,
    accounts,
    totals: totalsOf(rows),
    byAccountRegion,
    attention: rows.filter(needsAttention),
    problems: files.filter(file => file.problem !== null),
    unreadableAccounts: [
      ...new Set(
        files
          .filter(file => file.problem !== null && file.accountId !== null)
          .map(file => file.accountId!)
      )
    ].sort()
  }
}

export interface ReportOutputs {
  'account-count': string
  'instance-count': string
  'installed-count': string
  'failed-count': string
  'skipped-count': string
}

export function reportOutputs(report: OrgReport): ReportOutputs {
  return {
    'account-count': String(report.accounts.length),
    'instance-count': String(report.totals.instanceCount),
    'installed-count': String(report.totals.installedCount),
    'failed-count': String(report.totals.failedCount),
    'skipped-count': String(report.totals.skippedCount)
  }
}

/** Why the step fails (with fail-on-error), or null. */
export function reportFailure(report: OrgReport, failOnError: boolean): string | null {
  if (!failOnError) return null
  const reasons: string[] = []
  if (report.totals.failedCount > 0) {
    const accounts = new Set(
      report.rows.filter(row => isFailure(row.status)).map(row => row.accountId)
    )
    reasons.push(
      `${report.totals.failedCount} instance(s) or region(s) failed or timed out in ${plural(accounts.size, 'account')}`
    )
  }
  if (report.problems.length > 0) {
    reasons.push(`${plural(report.problems.length, 'results file')} could not be read in full`)
  }
  return reasons.length > 0 ? `${reasons.join('; ')}; see the job summary.` : null
}
