// The Row record and the status words: the one vocabulary every phase and every report shares.

export const STATUSES = [
  'installed',
  'failed',
  'timed-out',
  'skipped-registered',
  'skipped-unmanaged',
  'dry-run',
  'pending',
  'halted'
] as const

export type Status = (typeof STATUSES)[number]

export interface Row {
  accountId: string | null
  region: string | null
  instanceId: string | null
  name: string | null
  platform: string | null
  status: Status
  commandId: string | null
  sourceServerId: string | null
  replicationState: string | null
  message: string | null
}

export interface Counts {
  instanceCount: number
  installedCount: number
  failedCount: number
  skippedCount: number
}

/** A row with every field present; unknown fields are null, never undefined. */
export function makeRow(fields: Partial<Row> & { status: Status }): Row {
  return {
    accountId: fields.accountId ?? null,
    region: fields.region ?? null,
    instanceId: fields.instanceId ?? null,
    name: fields.name ?? null,
    platform: fields.platform ?? null,
    status: fields.status,
    commandId: fields.commandId ?? null,
    sourceServerId: fields.sourceServerId ?? null,
    replicationState: fields.replicationState ?? null,
    message: fields.message ?? null
  }
}

/** A region (or the whole run) failed before its instances were known. */
export function regionFailureRow(accountId: string, region: string | null, message: string): Row {
  return makeRow({ accountId, region, status: 'failed', message })
}

/** A failure that stopped the whole run: one failed row per source region, in contract order. */
export function stoppedRunRows(
  accountId: string,
  regions: readonly string[],
  message: string
): Row[] {
  return sortRows(regions.map(region => regionFailureRow(accountId, region, message)))
}

export function isFailure(status: Status): boolean {
  return status === 'failed' || status === 'timed-out'
}

/** A halted candidate (not sent, staged roll-out over budget) did not get the agent either. */
export function needsAttention(row: Row): boolean {
  return isFailure(row.status) || row.status === 'skipped-unmanaged' || row.status === 'halted'
}

export function compareNullable(a: string | null, b: string | null): number {
  // Rows without a region or instance id sort first in their group: region-wide failures lead.
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return a < b ? -1 : 1
}

/** Contract order: by region, then instance id. Returns a new array. */
export function sortRows(rows: readonly Row[]): Row[] {
  return [...rows].sort(
    (a, b) => compareNullable(a.region, b.region) || compareNullable(a.instanceId, b.instanceId)
  )
}

export function countRows(rows: readonly Row[]): Counts {
  const counts: Counts = { instanceCount: 0, installedCount: 0, failedCount: 0, skippedCount: 0 }
  for (const row of rows) {
    if (row.instanceId !== null) counts.instanceCount++
    if (row.status === 'installed') counts.installedCount++
    if (isFailure(row.status)) counts.failedCount++
    if (row.status === 'skipped-registered' || row.status === 'skipped-unmanaged')
      counts.skippedCount++
  }
  return counts
}

export function countByStatus(rows: readonly Row[]): Record<Status, number> {
  const byStatus = Object.fromEntries(STATUSES.map(s => [s, 0])) as Record<Status, number>
  for (const row of rows) byStatus[row.status]++
  return byStatus
}
