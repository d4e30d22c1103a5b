// Results files read back: every row checked field by field (install, check and drill rows alike),
// the account from the file name when rows lack it, and a problem (never a crash) for a file that
// is not what the actions wrote.
import { normalisePath } from './globs.js'
import { operationOf, toCheckRow, toDrillRow } from './row-shapes.js'
import { makeRow, STATUSES, type Row, type Status } from '../shared/rows.js'
import type { CheckRow } from '../check/rows.js'
import type { DrillRow } from '../drill/rows.js'

export interface ResultsFile {
  path: string
  /** The account the file belongs to: from its rows, else from its name (drs-results-<id>-...). */
  accountId: string | null
  /** Install rows (rows without `operation` included: first-release files). */
  rows: Row[]
  checkRows: CheckRow[]
  drillRows: DrillRow[]
  /** Why the file (or part of it) could not be used; null when it was read whole. */
  problem: string | null
}

const FILE_ACCOUNT = /(?:^|\/)drs-results-(\d{12})(?:-[^/]*)?\.json$/
const ROW_STRING_FIELDS = [
  'accountId',
  'region',
  'instanceId',
  'name',
  'platform',
  'commandId',
  'sourceServerId',
  'replicationState',
  'message'
] as const

/** The account id in a results-file name, as the root action writes it. */
export function accountFromFileName(path: string): string | null {
  return FILE_ACCOUNT.exec(normalisePath(path))?.[1] ?? null
}

/** A Row when `value` is one (every present field of the right type, a known status), else null. */
export function toRow(value: unknown): Row | null {
  if (operationOf(value) !== 'install') return null
  const record = value as Record<string, unknown>
  if (typeof record.status !== 'string' || !STATUSES.includes(record.status as Status)) return null
  const fields: Partial<Row> = {}
  for (const field of ROW_STRING_FIELDS) {
    const field_value = record[field]
    if (field_value === undefined || field_value === null) continue
    if (typeof field_value !== 'string') return null
    fields[field] = field_value
  }
  return makeRow({ ...fields, status: record.status as Status })
}

/** Parses one results file's text; never throws (a bad file is a `problem`). */
export function parseResultsFile(path: string, text: string): ResultsFile {
  const fromName = accountFromFileName(path)
  const bad = (problem: string): ResultsFile => ({
    path,
    accountId: fromName,
    rows: [],
    checkRows: [],
    drillRows: [],
    problem
  })
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return bad(text.trim() === '' ? 'the file is empty' : `not valid JSON (${reason})`)
  }
  if (!Array.isArray(parsed)) return bad('not a JSON array of rows')
  const rows: Row[] = []
  const checkRows: CheckRow[] = []
  const drillRows: DrillRow[] = []
  let invalid = 0
  for (const item of parsed) {
    const operation = operationOf(item)
    const row =
      operation === 'check'
        ? toCheckRow(item)
        : operation === 'drill'
          ? toDrillRow(item)
          : operation === 'install'
            ? toRow(item)
            : null
    if (row === null) invalid++
    else if (operation === 'check') checkRows.push(row as CheckRow)
    else if (operation === 'drill') drillRows.push(row as DrillRow)
    else rows.push(row as Row)
  }
  const accountId =
    [...rows, ...checkRows, ...drillRows].find(row => row.accountId !== null)?.accountId ?? fromName
  return {
    path,
    accountId,
    rows,
    checkRows,
    drillRows,
    problem:
      invalid === 0
        ? null
        : `${invalid} of ${parsed.length} entries are not rows (left out of the report)`
  }
}

/** A results file that could not be read at all (missing, a folder, permissions). */
export function unreadableFile(path: string, reason: string): ResultsFile {
  return {
    path,
    accountId: accountFromFileName(path),
    rows: [],
    checkRows: [],
    drillRows: [],
    problem: reason
  }
}
