// Rows in, text out: the job summary, the step outputs, the final log line and the terminal table.
// Pure: nothing here writes anywhere, so the action, the CLI and the report action share it.
import type { Settings } from '../settings/index.js'
import {
  countByStatus,
  countRows,
  needsAttention,
  sortRows,
  STATUSES,
  type Row,
  type Status
} from '../shared/rows.js'

/** GitHub rejects a step summary above 1 MiB; stay well below with the heading and footer. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024
/** Beyond this many rows the summary lists only the rows that need attention. */
export const SUMMARY_MAX_ROWS = 2000
/** The `results` output's limit (outputs share the runner's environment and log). */
export const RESULTS_LIMIT_BYTES = 512 * 1024
const CELL_MAX_CHARS = 1000

export interface SummaryMeta {
  /** Why the run stopped early (a failure that stopped the whole run, or a cancel). */
  stopped?: string | null
  /** Link to the workflow run, shown under the heading. */
  runUrl?: string | null
}

export interface Outputs {
  'instance-count': string
  'installed-count': string
  'failed-count': string
  'skipped-count': string
  'command-ids': string
  results: string
  'results-truncated': 'true' | 'false'
}

export interface BuiltOutputs {
  outputs: Outputs
  /** Set when `results` leaves rows out: says how many and where to find them. */
  warning: string | null
}

export const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** Rows that need attention first, each group in contract order (region, then instance id). */
export function attentionFirst(rows: readonly Row[]): Row[] {
  const sorted = sortRows(rows)
  return [...sorted.filter(needsAttention), ...sorted.filter(row => !needsAttention(row))]
}

/** "3 installed, 1 failed" for the statuses present, in the contract's status order. */
export function statusBreakdown(byStatus: Record<Status, number>, separator = ', '): string {
  return STATUSES.filter(status => byStatus[status] > 0)
    .map(status => `${byStatus[status]} ${status}`)
    .join(separator)
}

/** A markdown table cell: HTML-escaped, pipes escaped, newlines as <br>, long text cut. */
export function escapeCell(value: string | null, maxChars = CELL_MAX_CHARS): string {
  if (value === null) return ''
  const text = value.length > maxChars ? `${value.slice(0, maxChars - 1)}…` : value
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
}

function inlineCode(value: string): string {
  return `\`${value.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``
}

function tableRow(row: Row): string {
  const cells = [
    row.instanceId === null ? '—' : escapeCell(row.instanceId),
    escapeCell(row.name),
    escapeCell(row.region),
    escapeCell(row.platform),
    escapeCell(row.status),
    escapeCell(row.sourceServerId),
    escapeCell(row.replicationState),
    escapeCell(row.message)
  ]
  return `| ${cells.join(' | ')} |`
}

const TABLE_HEAD =
  '| Instance | Name | Region | Platform | Status | Source server | Replication state | Message |\n' +
  '|---|---|---|---|---|---|---|---|'

function totalsLine(rows: readonly Row[]): string {
  const counts = countRows(rows)
  const breakdown = statusBreakdown(countByStatus(rows), ' · ')
  return (
    `**Totals:** ${plural(counts.instanceCount, 'instance')}, ${counts.installedCount} installed, ` +
    `${counts.failedCount} failed, ${counts.skippedCount} skipped` +
    (breakdown ? ` (by status: ${breakdown})` : '')
  )
}

/**
 * The job summary in markdown. Every row gets a table row, rows that need attention first; above
 * SUMMARY_MAX_ROWS rows or SUMMARY_BUDGET_BYTES only the rows that need attention are listed (as
 * many as fit) and the rest are counted, so the summary always stays under GitHub's 1 MiB limit.
 */
export function renderSummary(
  settings: Settings,
  rows: readonly Row[],
  meta: SummaryMeta = {}
): string {
  const head: string[] = [
    `## DRS agent roll-out: account ${settings.accountId}`,
    '',
    [
      `Role ${inlineCode(settings.roleArn)}`,
      `source regions ${settings.sourceRegions.join(', ') || '(none)'}`,
      `target region ${settings.targetRegion}`,
      `wait-for ${settings.waitFor}`,
      ...(settings.dryRun ? ['**dry run**: nothing was sent'] : [])
    ].join(' · ')
  ]
  if (meta.runUrl) head.push('', `[Workflow run](${meta.runUrl})`)
  if (meta.stopped) head.push('', `> **Stopped:** ${escapeCell(meta.stopped)}`)
  head.push('', totalsLine(rows), '')
  if (rows.length === 0) return `${head.join('\n')}\nNo instances matched.\n`

  const ordered = attentionFirst(rows)
  const headText = `${head.join('\n')}\n${TABLE_HEAD}\n`
  // Table rows are rendered only for what can be shown: a large fleet lists just its attention rows.
  const lines: string[] = []
  if (ordered.length <= SUMMARY_MAX_ROWS) {
    for (const row of ordered) lines.push(tableRow(row))
    const fullSize = bytes(headText) + lines.reduce((sum, line) => sum + bytes(line) + 1, 0)
    if (fullSize <= SUMMARY_BUDGET_BYTES) return `${headText}${lines.join('\n')}\n`
  }

  // Room for the note above the table and the footer below it.
  let size = bytes(headText) + 1024
  let shown = 0
  while (shown < ordered.length && needsAttention(ordered[shown])) {
    if (lines.length === shown) lines.push(tableRow(ordered[shown]))
    const lineSize = bytes(lines[shown]) + 1
    if (size + lineSize > SUMMARY_BUDGET_BYTES) break
    size += lineSize
    shown++
  }
  const attention = ordered.filter(needsAttention).length
  const rest = ordered.slice(shown)
  const note =
    shown === attention
      ? `Showing the ${plural(attention, 'row')} that need attention of ${ordered.length}; the results-file output holds every row.`
      : `Showing ${shown} of the ${plural(attention, 'row')} that need attention (of ${ordered.length}), to stay under the 1 MiB summary limit; the results-file output holds every row.`
  const footer = `… and ${plural(rest.length, 'more row')}: ${statusBreakdown(countByStatus(rest))}`
  const table = shown > 0 ? `${TABLE_HEAD}\n${lines.slice(0, shown).join('\n')}\n\n` : ''
  return `${head.join('\n')}\n${note}\n\n${table}${footer}\n`
}

/** Adds rows (whole ones) to a JSON array while it stays within `limit` bytes. */
function jsonWithin(rows: readonly Row[], limit: number): { json: string; kept: number } {
  const parts: string[] = []
  let size = 2
  for (const row of rows) {
    const part = JSON.stringify(row)
    const next = size + bytes(part) + (parts.length > 0 ? 1 : 0)
    if (next > limit) break
    parts.push(part)
    size = next
  }
  return { json: `[${parts.join(',')}]`, kept: parts.length }
}

/** The step outputs, as the strings setOutput takes. */
export function buildOutputs(rows: readonly Row[]): BuiltOutputs {
  const sorted = sortRows(rows)
  const counts = countRows(sorted)
  const commandIds = [...new Set(sorted.map(row => row.commandId).filter(id => id !== null))]
  const outputs: Outputs = {
    'instance-count': String(counts.instanceCount),
    'installed-count': String(counts.installedCount),
    'failed-count': String(counts.failedCount),
    'skipped-count': String(counts.skippedCount),
    'command-ids': JSON.stringify(commandIds),
    results: '[]',
    'results-truncated': 'false'
  }
  // Built row by row and given up at the limit, so a large fleet never builds its whole array here.
  const whole = jsonWithin(sorted, RESULTS_LIMIT_BYTES)
  if (whole.kept === sorted.length) {
    outputs.results = whole.json
    return { outputs, warning: null }
  }

  const attention = sorted.filter(needsAttention)
  const { json, kept } = jsonWithin(attention, RESULTS_LIMIT_BYTES)
  const left = sorted.length - kept
  outputs.results = json
  outputs['results-truncated'] = 'true'
  const warning =
    kept === attention.length
      ? `The results output holds only the ${plural(kept, 'row')} that need attention: ${left} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`
      : `The results output holds ${kept} of the ${plural(attention.length, 'row')} that need attention, cut at 512 KiB: ${left} of ${sorted.length} rows were left out. The results-file output holds every row.`
  return { outputs, warning }
}

/** One line for the end of the log, e.g. "DRS agent roll-out: 950 installed, 30 skipped, 20 failed of 1000 instances". */
export function finalLogLine(rows: readonly Row[]): string {
  const counts = countRows(rows)
  const byStatus = countByStatus(rows)
  const failed =
    byStatus['timed-out'] > 0
      ? `${counts.failedCount} failed (${byStatus['timed-out']} timed out)`
      : `${counts.failedCount} failed`
  const parts = [`${counts.installedCount} installed`, `${counts.skippedCount} skipped`, failed]
  if (byStatus['dry-run'] > 0) parts.push(`${byStatus['dry-run']} dry-run`)
  if (byStatus.pending > 0) parts.push(`${byStatus.pending} pending`)
  const regionWide = rows.filter(row => row.instanceId === null).length
  const regionNote =
    regionWide > 0 ? ` (${regionWide} region-wide failure${regionWide === 1 ? '' : 's'})` : ''
  return `DRS agent roll-out: ${parts.join(', ')} of ${plural(counts.instanceCount, 'instance')}${regionNote}`
}

/** A plain-text table for terminals: aligned columns, one line per row, the message last. */
export function renderTerminalTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '(no instances)'
  const oneLine = (value: string | null, max: number): string => {
    const text = (value ?? '-').replace(/\s+/g, ' ').trim() || '-'
    return text.length > max ? `${text.slice(0, max - 1)}…` : text
  }
  const header = [
    'INSTANCE',
    'NAME',
    'REGION',
    'PLATFORM',
    'STATUS',
    'SOURCE SERVER',
    'REPLICATION',
    'MESSAGE'
  ]
  const body = attentionFirst(rows).map(row => [
    oneLine(row.instanceId, 19),
    oneLine(row.name, 32),
    oneLine(row.region, 16),
    oneLine(row.platform, 12),
    oneLine(row.status, 18),
    oneLine(row.sourceServerId, 20),
    oneLine(row.replicationState, 18),
    oneLine(row.message, 400)
  ])
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

/** The step fails on any failed or timed-out row when fail-on-error is on. */
export function shouldFail(settings: Settings, rows: readonly Row[]): boolean {
  return settings.failOnError && countRows(rows).failedCount > 0
}
