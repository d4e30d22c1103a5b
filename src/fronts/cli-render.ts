// What `drs-orchestrate check` and `drill` print, as pure functions: aligned plain-text tables
// (names and messages lose any control sequence: an EC2 Name tag could otherwise drive the user's
// terminal), the coverage per account, the waves, and the counts of the --json document.
import { formatDuration } from '../check/advice.js'
import { checkBreakdown, coverageBar, coverageByAccount } from '../check/report.js'
import { needsAttention, sortCheckRows, type CheckRow } from '../check/rows.js'
import { waveSummaries } from '../drill/render.js'
import { DRILL_STATUSES, drillNeedsAttention, sortDrillRows, type DrillRow } from '../drill/rows.js'
import { plural, stripControl } from '../report/text.js'

export interface Column<R> {
  title: string
  /** Longest cell; longer values end in `…`. */
  max: number
  cell(row: R): string | number | boolean | null
}

function oneLine(value: string | number | boolean | null, max: number): string {
  const text =
    stripControl(value === null ? '-' : String(value))
      .replace(/\s+/g, ' ')
      .trim() || '-'
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** Aligned columns, one line per row; the last column is not padded. */
export function renderColumns<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const body = rows.map(row => columns.map(column => oneLine(column.cell(row), column.max)))
  const header = columns.map(column => column.title)
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map(cells => cells[i].length))
  )
  const format = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  const rule = widths.map((width, i) =>
    '-'.repeat(i === widths.length - 1 ? Math.min(width, 40) : width)
  )
  return [format(header), format(rule), ...body.map(format)].join('\n')
}

/** Step outputs as --json counts: `failed-count` -> failedCount, numbers as numbers, '' as null. */
export function countsFromOutputs(outputs: object): Record<string, number | null> {
  const counts: Record<string, number | null> = {}
  for (const [name, value] of Object.entries(outputs)) {
    if (['results', 'results-truncated', 'truncatedWarning'].includes(name)) continue
    const key = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
    counts[key] = value === '' ? null : Number(value)
  }
  return counts
}

const CHECK_COLUMNS: readonly Column<CheckRow>[] = [
  { title: 'ACCOUNT', max: 12, cell: row => row.accountId },
  { title: 'INSTANCE', max: 19, cell: row => row.instanceId },
  { title: 'NAME', max: 32, cell: row => row.name },
  { title: 'REGION', max: 16, cell: row => row.region },
  { title: 'STATUS', max: 14, cell: row => row.status },
  { title: 'SOURCE SERVER', max: 20, cell: row => row.sourceServerId },
  { title: 'REPLICATION', max: 18, cell: row => row.replicationState },
  {
    title: 'LAG',
    max: 10,
    cell: row => (row.lagSeconds === null ? null : formatDuration(row.lagSeconds))
  },
  { title: 'MESSAGE', max: 400, cell: row => row.message }
]

/** Coverage per account (worst first, with a bar), then every row, those needing attention first. */
export function renderCheckTerminal(rows: readonly CheckRow[]): string {
  if (rows.length === 0) return '(no instances matched and no source servers were found)'
  const accounts = coverageByAccount(rows).map(
    account =>
      `  ${account.accountId}  ${coverageBar(account.coverage)} ${String(account.coverage).padStart(3)}% of ${plural(account.instances, 'instance')}` +
      `  (${checkBreakdown(account.byStatus) || 'nothing found'})`
  )
  const sorted = sortCheckRows(rows)
  const ordered = [...sorted.filter(needsAttention), ...sorted.filter(row => !needsAttention(row))]
  return ['Coverage per account:', ...accounts, '', renderColumns(CHECK_COLUMNS, ordered)].join(
    '\n'
  )
}

const seconds = (value: number | null): string => (value === null ? '-' : `${value} s`)

const DRILL_COLUMNS: readonly Column<DrillRow>[] = [
  { title: 'INSTANCE', max: 19, cell: row => row.instanceId },
  { title: 'NAME', max: 24, cell: row => row.name },
  { title: 'REGION', max: 16, cell: row => row.region },
  { title: 'WAVE', max: 6, cell: row => row.wave },
  { title: 'STATUS', max: 17, cell: row => row.status },
  { title: 'DRILL INSTANCE', max: 19, cell: row => row.drillInstanceId },
  { title: 'RTO', max: 8, cell: row => (row.rtoSeconds === null ? null : seconds(row.rtoSeconds)) },
  { title: 'RPO', max: 8, cell: row => (row.rpoSeconds === null ? null : seconds(row.rpoSeconds)) },
  { title: 'TERMINATED', max: 10, cell: row => row.terminated },
  { title: 'MESSAGE', max: 400, cell: row => row.message }
]

/** The waves (servers, passed, failed, RTO and RPO), then every row, those needing attention first. */
export function renderDrillTerminal(rows: readonly DrillRow[]): string {
  if (rows.length === 0) return '(no servers matched)'
  const waves = waveSummaries(rows).map(
    wave =>
      `  ${wave.wave === null ? 'no wave' : `wave ${wave.wave}`}: ${plural(wave.servers, 'server')}, ${wave.passed} passed, ${wave.failed} failed; ` +
      `median RTO ${seconds(wave.medianRto)}, max RTO ${seconds(wave.maxRto)}, max RPO ${seconds(wave.maxRpo)}`
  )
  const sorted = sortDrillRows(rows)
  const ordered = [
    ...sorted.filter(drillNeedsAttention),
    ...sorted.filter(row => !drillNeedsAttention(row))
  ]
  const head = waves.length > 0 ? ['Waves:', ...waves, ''] : []
  return [...head, renderColumns(DRILL_COLUMNS, ordered)].join('\n')
}

/** Rows per drill status, every status present (0 where none), for --json. */
export function drillByStatus(rows: readonly DrillRow[]): Record<string, number> {
  return Object.fromEntries(
    DRILL_STATUSES.map(status => [status, rows.filter(row => row.status === status).length])
  )
}
