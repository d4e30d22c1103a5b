// The protection check's row and status words (CONTRACT.md, "Protection check").

export const CHECK_STATUSES = [
  'unprotected',
  'stalled',
  'disconnected',
  'stopped',
  'syncing',
  'lagging',
  'drill-overdue',
  'protected',
  'orphaned',
  'failed'
] as const

export type CheckStatus = (typeof CHECK_STATUSES)[number]

/** The statuses counted as unhealthy-count. */
export const UNHEALTHY_STATUSES: readonly CheckStatus[] = [
  'stalled',
  'disconnected',
  'stopped',
  'lagging'
]

export interface CheckRow {
  operation: 'check'
  accountId: string | null
  /** The source region (where the instance runs). */
  region: string | null
  instanceId: string | null
  name: string | null
  status: CheckStatus
  sourceServerId: string | null
  replicationState: string | null
  lagSeconds: number | null
  lastSeenAt: string | null
  /** When the last drill or recovery launch was initiated (DRS lifeCycle.lastLaunch). */
  lastDrillAt: string | null
  message: string | null
}

/** A row with every field present; unknown fields are null, never undefined. */
export function makeCheckRow(
  fields: Partial<Omit<CheckRow, 'operation'>> & { status: CheckStatus }
): CheckRow {
  return {
    operation: 'check',
    accountId: fields.accountId ?? null,
    region: fields.region ?? null,
    instanceId: fields.instanceId ?? null,
    name: fields.name ?? null,
    status: fields.status,
    sourceServerId: fields.sourceServerId ?? null,
    replicationState: fields.replicationState ?? null,
    lagSeconds: fields.lagSeconds ?? null,
    lastSeenAt: fields.lastSeenAt ?? null,
    lastDrillAt: fields.lastDrillAt ?? null,
    message: fields.message ?? null
  }
}

/** Everything but a healthy (or still syncing) server needs someone to look at it. */
export function needsAttention(row: CheckRow): boolean {
  return row.status !== 'protected' && row.status !== 'syncing'
}

function compareNullable(a: string | null, b: string | null): number {
  // Rows without a region or instance id sort first in their group: region-wide failures lead.
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return a < b ? -1 : 1
}

/** Contract order: by account, region, instance id (then source server, for duplicates). */
export function sortCheckRows(rows: readonly CheckRow[]): CheckRow[] {
  return [...rows].sort(
    (a, b) =>
      compareNullable(a.accountId, b.accountId) ||
      compareNullable(a.region, b.region) ||
      compareNullable(a.instanceId, b.instanceId) ||
      compareNullable(a.sourceServerId, b.sourceServerId)
  )
}

export function countCheckStatuses(rows: readonly CheckRow[]): Record<CheckStatus, number> {
  const counts = Object.fromEntries(CHECK_STATUSES.map(s => [s, 0])) as Record<CheckStatus, number>
  for (const row of rows) counts[row.status]++
  return counts
}

/** Rows for instances found running with the filters: every status but orphaned and failed. */
export function isCoverageRow(row: CheckRow): boolean {
  return row.status !== 'orphaned' && row.status !== 'failed'
}

/** Whole percent, rounded down, of running matched instances that have a source server; 100 when none. */
export function coverageOf(rows: readonly CheckRow[]): number {
  const found = rows.filter(isCoverageRow)
  if (found.length === 0) return 100
  const covered = found.filter(row => row.status !== 'unprotected').length
  return Math.floor((covered * 100) / found.length)
}

/** A failure that stopped an account: one failed row per source region. */
export function accountFailureRows(
  accountId: string,
  regions: readonly string[],
  message: string
): CheckRow[] {
  return sortCheckRows(
    regions.map(region => makeCheckRow({ accountId, region, status: 'failed', message }))
  )
}
