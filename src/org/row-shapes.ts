// The rows of the three operations read back from a results file: `operation` tells them apart
// (absent: a first-release install row). Each row is checked field by field; a row that is not
// what the action wrote is null, never a crash.
import { CHECK_STATUSES, makeCheckRow, type CheckRow, type CheckStatus } from '../check/rows.js'
import { DRILL_STATUSES, makeDrillRow, type DrillRow, type DrillStatus } from '../drill/rows.js'

export type Operation = 'install' | 'check' | 'drill'

type Record_ = Record<string, unknown>
type FieldKind = 'string' | 'number' | 'boolean'

/** The record's fields of `kind`, null and absent ones left out; null when one has another type. */
function fieldsOf(
  record: Record_,
  kinds: Readonly<Record<string, FieldKind>>
): Record<string, string | number | boolean> | null {
  const fields: Record<string, string | number | boolean> = {}
  for (const [field, kind] of Object.entries(kinds)) {
    const value = record[field]
    if (value === undefined || value === null) continue
    if (typeof value !== kind) return null
    if (kind === 'number' && !Number.isFinite(value)) return null
    fields[field] = value as string | number | boolean
  }
  return fields
}

const COMMON: Readonly<Record<string, FieldKind>> = {
  accountId: 'string',
  region: 'string',
  instanceId: 'string',
  name: 'string',
  sourceServerId: 'string',
  message: 'string'
}

const CHECK_FIELDS: Readonly<Record<string, FieldKind>> = {
  ...COMMON,
  replicationState: 'string',
  lagSeconds: 'number',
  lastSeenAt: 'string',
  lastDrillAt: 'string'
}

const DRILL_FIELDS: Readonly<Record<string, FieldKind>> = {
  ...COMMON,
  wave: 'number',
  jobId: 'string',
  recoveryInstanceId: 'string',
  drillInstanceId: 'string',
  snapshotAt: 'string',
  startedAt: 'string',
  launchedAt: 'string',
  healthyAt: 'string',
  rtoSeconds: 'number',
  rpoSeconds: 'number',
  terminated: 'boolean'
}

/** The operation a parsed entry belongs to, or null when `operation` is not one of the three. */
export function operationOf(value: unknown): Operation | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const operation = (value as Record_).operation
  if (operation === undefined || operation === null || operation === 'install') return 'install'
  return operation === 'check' || operation === 'drill' ? operation : null
}

export function toCheckRow(value: unknown): CheckRow | null {
  if (operationOf(value) !== 'check') return null
  const record = value as Record_
  if (!CHECK_STATUSES.includes(record.status as CheckStatus)) return null
  const fields = fieldsOf(record, CHECK_FIELDS)
  return fields && makeCheckRow({ ...fields, status: record.status as CheckStatus })
}

export function toDrillRow(value: unknown): DrillRow | null {
  if (operationOf(value) !== 'drill') return null
  const record = value as Record_
  if (!DRILL_STATUSES.includes(record.status as DrillStatus)) return null
  const fields = fieldsOf(record, DRILL_FIELDS)
  return fields && makeDrillRow({ ...fields, status: record.status as DrillStatus })
}
