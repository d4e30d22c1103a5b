// The job summary in markdown, rendered from the one report value.
import type { Settings } from '../settings/index.js'
import { needsAttention, type Row } from '../shared/rows.js'
import type { StageRecord } from '../install/stages.js'
import { asReport, buildReport, type Report, type ReportSource } from './report.js'
import { renderStagesMarkdown } from './stages.js'
import { bytes, escapeCell, inlineCode, plural, statusBreakdown } from './text.js'

/** GitHub rejects a step summary above 1 MiB; stay well below with the heading and footer. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024
/** Beyond this many rows the summary lists only the rows that need attention. */
export const SUMMARY_MAX_ROWS = 2000

export interface SummaryMeta {
  /** Why the run stopped early (a failure that stopped the whole run, or a cancel). */
  stopped?: string | null
  /** Link to the workflow run, shown under the heading. */
  runUrl?: string | null
  /** The staged roll-out's stages (src/report/stages.ts), shown after the totals. */
  stages?: readonly StageRecord[]
}

function tableRow(row: Row, withAccount = false): string {
  const cells = [
    ...(withAccount ? [escapeCell(row.accountId)] : []),
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
const ACCOUNT_TABLE_HEAD =
  '| Account | Instance | Name | Region | Platform | Status | Source server | Replication state | Message |\n' +
  '|---|---|---|---|---|---|---|---|---|'

/** With more than one account: one line per account of the run, in account order. */
function accountLines(settings: Settings, report: Report): string[] {
  const rowsOf = new Map<string, Row[]>()
  for (const row of report.rows) {
    const list = rowsOf.get(row.accountId ?? '') ?? []
    list.push(row)
    rowsOf.set(row.accountId ?? '', list)
  }
  const ids = [...settings.targets.map(target => target.accountId)].sort()
  return ids.map(id => {
    const rows = rowsOf.get(id) ?? []
    const breakdown = statusBreakdown(buildReport(rows).byStatus)
    const instances = rows.filter(row => row.instanceId !== null).length
    return `- ${id}: ${plural(instances, 'instance')}${breakdown ? `, ${breakdown}` : ''}`
  })
}

/** The heading: the account and role, or the accounts and role name. */
function heading(settings: Settings, many: boolean): string[] {
  const role = many
    ? `${plural(settings.targets.length, 'account')}, role ${inlineCode(settings.roleName ?? settings.roleArn)}`
    : `Role ${inlineCode(settings.roleArn)}`
  return [
    many
      ? `## DRS agent roll-out: ${plural(settings.targets.length, 'account')}`
      : `## DRS agent roll-out: account ${settings.accountId}`,
    '',
    [
      role,
      `source regions ${settings.sourceRegions.join(', ') || '(none)'}`,
      `target region ${settings.targetRegion}`,
      `wait-for ${settings.waitFor}`,
      ...(settings.dryRun ? ['**dry run**: nothing was sent'] : [])
    ].join(' · ')
  ]
}

function totalsLine(report: Report): string {
  const { counts } = report
  const breakdown = statusBreakdown(report.byStatus, ' · ')
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
  source: ReportSource,
  meta: SummaryMeta = {}
): string {
  const report = asReport(source)
  const many = settings.targets.length > 1
  const head = heading(settings, many)
  if (meta.runUrl) head.push('', `[Workflow run](${meta.runUrl})`)
  if (meta.stopped) head.push('', `> **Stopped:** ${escapeCell(meta.stopped)}`)
  if (many) head.push('', ...accountLines(settings, report))
  head.push('', totalsLine(report), '')
  const stages = renderStagesMarkdown(meta.stages ?? [])
  if (stages) head.push(stages)
  if (report.rows.length === 0) return `${head.join('\n')}\nNo instances matched.\n`

  const ordered = report.attentionFirst
  const tableHead = many ? ACCOUNT_TABLE_HEAD : TABLE_HEAD
  const render = (row: Row): string => tableRow(row, many)
  const headText = `${head.join('\n')}\n${tableHead}\n`
  // Table rows are rendered only for what can be shown: a large fleet lists just its attention rows.
  const lines: string[] = []
  if (ordered.length <= SUMMARY_MAX_ROWS) {
    for (const row of ordered) lines.push(render(row))
    const fullSize = bytes(headText) + lines.reduce((sum, line) => sum + bytes(line) + 1, 0)
    if (fullSize <= SUMMARY_BUDGET_BYTES) return `${headText}${lines.join('\n')}\n`
  }

  // Room for the note above the table and the footer below it.
  let size = bytes(headText) + 1024
  let shown = 0
  while (shown < ordered.length && needsAttention(ordered[shown])) {
    if (lines.length === shown) lines.push(render(ordered[shown]))
    const lineSize = bytes(lines[shown]) + 1
    if (size + lineSize > SUMMARY_BUDGET_BYTES) break
    size += lineSize
    shown++
  }
  const attention = report.attention.length
  const rest = ordered.slice(shown)
  const note =
    shown === attention
      ? `Showing the ${plural(attention, 'row')} that need attention of ${ordered.length}; the results-file output holds every row.`
      : `Showing ${shown} of the ${plural(attention, 'row')} that need attention (of ${ordered.length}), to stay under the 1 MiB summary limit; the results-file output holds every row.`
  const footer = `… and ${plural(rest.length, 'more row')}: ${statusBreakdown(buildReport(rest).byStatus)}`
  const table = shown > 0 ? `${tableHead}\n${lines.slice(0, shown).join('\n')}\n\n` : ''
  return `${head.join('\n')}\n${note}\n\n${table}${footer}\n`
}
