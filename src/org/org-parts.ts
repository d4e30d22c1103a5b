// The org report's check and drill parts: their rows in contract order, totals per account, the
// rows that need attention and those that fail the step. Built on the check's and the drill's own
// counting (coverage, status counts, RTO), so the org report says what their summaries say.
import {
  countCheckStatuses,
  coverageOf,
  needsAttention as checkNeedsAttention,
  sortCheckRows,
  type CheckRow,
  type CheckStatus
} from '../check/rows.js'
import { coverageByAccount, type AccountCoverage } from '../check/report.js'
import { DEFAULT_FAIL_ON } from '../check/settings.js'
import { countDrillRows, type DrillCounts } from '../drill/render.js'
import { drillNeedsAttention, isDrillFailure, sortDrillRows, type DrillRow } from '../drill/rows.js'

/** The statuses that fail the report: the check action's default fail-on, and failed. */
export const CHECK_FAIL_ON: readonly CheckStatus[] = [
  ...(DEFAULT_FAIL_ON.split(',') as CheckStatus[]),
  'failed'
]

export interface CheckTotals {
  byStatus: Record<CheckStatus, number>
  /** Whole percent of the running matched instances that have a source server (100 when none). */
  coverage: number
  instanceCount: number
}

export interface CheckPart {
  rows: CheckRow[]
  accounts: string[]
  totals: CheckTotals
  /** Coverage per account, worst first. */
  byAccount: AccountCoverage[]
  attention: CheckRow[]
  /** Rows whose status is in CHECK_FAIL_ON. */
  failing: CheckRow[]
  failOn: readonly CheckStatus[]
}

export interface DrillTotals extends DrillCounts {
  instanceCount: number
  /** Drill instances launched and not confirmed terminated. */
  leftRunning: number
}

export interface DrillAccountTotals extends DrillTotals {
  accountId: string | null
  servers: number
}

export interface DrillPart {
  rows: DrillRow[]
  accounts: string[]
  totals: DrillTotals
  byAccount: DrillAccountTotals[]
  attention: DrillRow[]
  /** failed, timed-out and not-started rows. */
  failing: DrillRow[]
}

const accountsOf = (rows: ReadonlyArray<{ accountId: string | null }>): string[] =>
  [...new Set(rows.map(row => row.accountId).filter((id): id is string => id !== null))].sort()

export function buildCheckPart(rows: readonly CheckRow[]): CheckPart | null {
  if (rows.length === 0) return null
  const sorted = sortCheckRows(rows)
  return {
    rows: sorted,
    accounts: accountsOf(sorted),
    totals: {
      byStatus: countCheckStatuses(sorted),
      coverage: coverageOf(sorted),
      instanceCount: sorted.filter(row => row.instanceId !== null).length
    },
    byAccount: coverageByAccount(sorted),
    attention: sorted.filter(checkNeedsAttention),
    failing: sorted.filter(row => CHECK_FAIL_ON.includes(row.status)),
    failOn: CHECK_FAIL_ON
  }
}

function drillTotals(rows: readonly DrillRow[]): DrillTotals {
  return {
    ...countDrillRows(rows),
    instanceCount: rows.filter(row => row.instanceId !== null).length,
    leftRunning: rows.filter(row => row.recoveryInstanceId !== null && row.terminated === false)
      .length
  }
}

export function buildDrillPart(rows: readonly DrillRow[]): DrillPart | null {
  if (rows.length === 0) return null
  const sorted = sortDrillRows(rows)
  const byAccount = new Map<string | null, DrillRow[]>()
  for (const row of sorted) {
    const list = byAccount.get(row.accountId)
    if (list) list.push(row)
    else byAccount.set(row.accountId, [row])
  }
  return {
    rows: sorted,
    accounts: accountsOf(sorted),
    totals: drillTotals(sorted),
    byAccount: [...byAccount].map(([accountId, accountRows]) => ({
      accountId,
      servers: accountRows.filter(row => row.sourceServerId !== null).length,
      ...drillTotals(accountRows)
    })),
    attention: sorted.filter(drillNeedsAttention),
    failing: sorted.filter(row => isDrillFailure(row.status))
  }
}
