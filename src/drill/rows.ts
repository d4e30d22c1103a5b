// The drill's row record and status words (contract "Drills"): one row per server the drill
// considered, every field present.

export const DRILL_STATUSES = [
  'passed',
  'failed',
  'timed-out',
  'skipped-unhealthy',
  'skipped-busy',
  'not-started',
  'dry-run'
] as const

export type DrillStatus = (typeof DRILL_STATUSES)[number]

export interface DrillRow {
  operation: 'drill'
  accountId: string | null
  /** The source region (the drill instance runs in target-region). */
  region: string | null
  instanceId: string | null
  name: string | null
  sourceServerId: string | null
  /** The wave number; null for the last wave of servers without one. */
  wave: number | null
  status: DrillStatus
  jobId: string | null
  recoveryInstanceId: string | null
  drillInstanceId: string | null
  snapshotAt: string | null
  startedAt: string | null
  launchedAt: string | null
  healthyAt: string | null
  rtoSeconds: number | null
  rpoSeconds: number | null
  terminated: boolean | null
  message: string | null
}

type RowFields = Omit<DrillRow, 'operation' | 'status'>

/** A row with every field present; unknown fields are null, never undefined. */
export function makeDrillRow(fields: Partial<RowFields> & { status: DrillStatus }): DrillRow {
  return {
    operation: 'drill',
    accountId: fields.accountId ?? null,
    region: fields.region ?? null,
    instanceId: fields.instanceId ?? null,
    name: fields.name ?? null,
    sourceServerId: fields.sourceServerId ?? null,
    wave: fields.wave ?? null,
    status: fields.status,
    jobId: fields.jobId ?? null,
    recoveryInstanceId: fields.recoveryInstanceId ?? null,
    drillInstanceId: fields.drillInstanceId ?? null,
    snapshotAt: fields.snapshotAt ?? null,
    startedAt: fields.startedAt ?? null,
    launchedAt: fields.launchedAt ?? null,
    healthyAt: fields.healthyAt ?? null,
    rtoSeconds: fields.rtoSeconds ?? null,
    rpoSeconds: fields.rpoSeconds ?? null,
    terminated: fields.terminated ?? null,
    message: fields.message ?? null
  }
}

/** Statuses counted in failed-count. */
export function isDrillFailure(status: DrillStatus): boolean {
  return status === 'failed' || status === 'timed-out' || status === 'not-started'
}

export function isDrillSkip(status: DrillStatus): boolean {
  return status === 'skipped-unhealthy' || status === 'skipped-busy'
}

/** Failures, skips, and any drill instance left running (not confirmed terminated). */
export function drillNeedsAttention(row: DrillRow): boolean {
  return (
    isDrillFailure(row.status) ||
    isDrillSkip(row.status) ||
    (row.recoveryInstanceId !== null && row.terminated === false)
  )
}

function compareNullable<T extends string | number>(a: T | null, b: T | null): number {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return a < b ? -1 : 1
}

/** Contract order: account, region, instance id. Returns a new array. */
export function sortDrillRows(rows: readonly DrillRow[]): DrillRow[] {
  return [...rows].sort(
    (a, b) =>
      compareNullable(a.accountId, b.accountId) ||
      compareNullable(a.region, b.region) ||
      compareNullable(a.instanceId, b.instanceId)
  )
}

/** A region or account that failed as a whole: one failed row carrying the reason. */
export function drillFailureRow(
  accountId: string,
  region: string | null,
  message: string
): DrillRow {
  return makeDrillRow({ accountId, region, status: 'failed', message })
}
