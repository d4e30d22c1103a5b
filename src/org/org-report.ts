// The org-wide report value: every account's rows of each operation (install, check, drill),
// totals per account and region, the rows that need attention, the outputs and the verdict.
import type { ResultsFile } from './results-files.js'
import { buildCheckPart, buildDrillPart, type CheckPart, type DrillPart } from './org-parts.js'
import { buildReport } from '../report/report.js'
import { plural } from '../report/text.js'
import {
  compareNullable,
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
  /** The protection check's rows and totals; null when no file holds check rows. */
  check: CheckPart | null
  /** The drills' rows and totals; null when no file holds drill rows. */
  drill: DrillPart | null
}

/** The install totals, from the one report value. */
export function totalsOf(rows: readonly Row[]): Totals {
  const report = buildReport(rows)
  return { ...report.counts, byStatus: report.byStatus, rows: rows.length }
}

/** The operations whose rows the report holds, in pipeline order (install when no rows at all). */
export function operationsOf(report: OrgReport): Array<'install' | 'check' | 'drill'> {
  const found = [
    ...(report.rows.length > 0 ? (['install'] as const) : []),
    ...(report.check ? (['check'] as const) : []),
    ...(report.drill ? (['drill'] as const) : [])
  ]
  return found.length > 0 ? found : ['install']
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
  const check = buildCheckPart(files.flatMap(file => file.checkRows))
  const drill = buildDrillPart(files.flatMap(file => file.drillRows))
  const accountsWithRows = new Set(rows.map(row => row.accountId))
  const otherAccounts = new Set([...(check?.accounts ?? []), ...(drill?.accounts ?? [])])
  for (const file of files) {
    // An account seen only in check or drill rows gets no empty install entry.
    if (
      file.accountId &&
      !accountsWithRows.has(file.accountId) &&
      !otherAccounts.has(file.accountId)
    ) {
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

  const accounts = [...new Set([...accountsWithRows, ...otherAccounts])]
    .filter(id => id !== null)
    .sort()
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
    ].sort(),
    check,
    drill
  }
}

export interface ReportOutputs {
  'account-count': string
  'instance-count': string
  'installed-count': string
  'failed-count': string
  'skipped-count': string
}

/**
 * The contract's outputs over every operation: instance-count counts rows with an instance id of
 * any operation, installed-count the install's, failed-count the failures of all three (install
 * failed/timed-out, check failed, drill failed/timed-out/not-started), skipped-count install and
 * drill skips.
 */
export function reportOutputs(report: OrgReport): ReportOutputs {
  const check = report.check?.totals
  const drill = report.drill?.totals
  return {
    'account-count': String(report.accounts.length),
    'instance-count': String(
      report.totals.instanceCount + (check?.instanceCount ?? 0) + (drill?.instanceCount ?? 0)
    ),
    'installed-count': String(report.totals.installedCount),
    'failed-count': String(
      report.totals.failedCount + (check?.byStatus.failed ?? 0) + (drill?.failed ?? 0)
    ),
    'skipped-count': String(report.totals.skippedCount + (drill?.skipped ?? 0))
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
  if (report.check && report.check.failing.length > 0) {
    const accounts = new Set(report.check.failing.map(row => row.accountId))
    reasons.push(
      `the protection check found ${plural(report.check.failing.length, 'row')} in ${report.check.failOn.join(', ')} in ${plural(accounts.size, 'account')}`
    )
  }
  if (report.drill && report.drill.totals.failed > 0) {
    const accounts = new Set(report.drill.failing.map(row => row.accountId))
    reasons.push(
      `${plural(report.drill.totals.failed, 'drill server')} failed, timed out or did not start in ${plural(accounts.size, 'account')}`
    )
  }
  if (report.problems.length > 0) {
    reasons.push(`${plural(report.problems.length, 'results file')} could not be read in full`)
  }
  return reasons.length > 0 ? `${reasons.join('; ')}; see the job summary.` : null
}
