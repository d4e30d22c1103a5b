// The org summary's protection-check and drill sections: totals per account, then the rows that
// need attention, each within the byte budget it is given.
import type { CheckPart, DrillPart } from './org-parts.js'
import { checkBreakdown, coverageBar } from '../check/report.js'
import { UNHEALTHY_STATUSES, type CheckRow } from '../check/rows.js'
import type { DrillRow } from '../drill/rows.js'
import { bytes, escapeCell, plural } from '../report/text.js'

const CELL_MAX_CHARS = 500
const cell = (value: string | null): string => escapeCell(value, CELL_MAX_CHARS)
const seconds = (value: number | null): string => (value === null ? '—' : `${Math.round(value)} s`)

/** As many whole lines as fit in `limit` bytes (each plus its newline). */
export function linesWithin(lines: readonly string[], limit: number): number {
  let used = 0
  let shown = 0
  while (shown < lines.length && used + bytes(lines[shown]) + 1 <= limit) {
    used += bytes(lines[shown]) + 1
    shown++
  }
  return shown
}

/** A table of `lines` under `head`, cut to `limit` bytes with the rest counted as `what`. */
export function tableWithin(
  head: string,
  lines: readonly string[],
  limit: number,
  what: string
): string {
  const shown = linesWithin(lines, Math.max(0, limit - bytes(head) - 200))
  const rest =
    shown < lines.length
      ? `\n… and ${plural(lines.length - shown, what)}, left out to stay under the 1 MiB summary limit; the results files hold every row.\n`
      : ''
  return `${shown > 0 ? `${head}\n${lines.slice(0, shown).join('\n')}\n` : ''}${rest}`
}

const ROW_HEAD =
  '| Account | Region | Instance | Name | Status | Message |\n|---|---|---|---|---|---|'
const rowLine = (row: CheckRow | DrillRow): string =>
  `| ${cell(row.accountId)} | ${cell(row.region)} | ${row.instanceId === null ? '—' : cell(row.instanceId)} | ${cell(row.name)} | ${cell(row.status)} | ${cell(row.message)} |`

function attention(rows: ReadonlyArray<CheckRow | DrillRow>, limit: number, none: string): string {
  if (rows.length === 0) return `${none}\n`
  return (
    `#### Rows that need attention (${rows.length})\n\n` +
    tableWithin(ROW_HEAD, rows.map(rowLine), limit, 'more row')
  )
}

/** Coverage per account (worst first), then every check row that needs attention. */
export function renderCheckSection(part: CheckPart, budget: number): string {
  const { totals } = part
  const unhealthy = UNHEALTHY_STATUSES.reduce((sum, status) => sum + totals.byStatus[status], 0)
  const head =
    `### Protection check\n\n**Coverage:** \`${coverageBar(totals.coverage)}\` ${totals.coverage}% over ${plural(part.accounts.length, 'account')}` +
    ` (${checkBreakdown(totals.byStatus, ' · ')})\n`
  const lines = part.byAccount.map(account => {
    const bad = UNHEALTHY_STATUSES.reduce((sum, status) => sum + account.byStatus[status], 0)
    return `| ${cell(account.accountId)} | \`${coverageBar(account.coverage)}\` ${account.coverage}% | ${account.instances} | ${account.byStatus.protected} | ${account.byStatus.unprotected} | ${bad} | ${account.byStatus.syncing} | ${account.byStatus['drill-overdue']} | ${account.byStatus.orphaned} | ${account.byStatus.failed} |`
  })
  const table = tableWithin(
    '| Account | Coverage | Instances | Protected | Unprotected | Unhealthy | Syncing | Drill overdue | Orphaned | Failed |\n|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    lines,
    Math.floor(budget / 3),
    'more account'
  )
  const used = bytes(head) + bytes(table) + 64
  const none =
    unhealthy + totals.byStatus.unprotected + totals.byStatus.failed === 0
      ? 'No check row needs attention.'
      : ''
  return `${head}\n${table}\n${attention(part.attention, budget - used, none)}`
}

/** Per account: servers, passed, failed, skipped, maximum RTO and RPO; then the rows that need attention. */
export function renderDrillSection(part: DrillPart, budget: number): string {
  const { totals } = part
  const running =
    totals.leftRunning > 0
      ? `\n\n> [!WARNING]\n> ${plural(totals.leftRunning, 'drill instance')} not confirmed terminated: still running (and billed) unless cleanup kept them on purpose.`
      : ''
  const head =
    `### Drills\n\n**Drills:** ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped over ${plural(part.accounts.length, 'account')}; ` +
    `${totals.drillInstances} drill instances launched, ${totals.terminated} terminated; maximum RTO ${seconds(totals.maxRto)}, maximum RPO ${seconds(totals.maxRpo)}${running}\n`
  const lines = part.byAccount.map(
    account =>
      `| ${account.accountId === null ? '_unknown_' : cell(account.accountId)} | ${account.servers} | ${account.passed} | ${account.failed > 0 ? `**${account.failed}**` : '0'} | ${account.skipped} | ${seconds(account.maxRto)} | ${seconds(account.maxRpo)} | ${account.leftRunning} |`
  )
  const table = tableWithin(
    '| Account | Servers | Passed | Failed | Skipped | Max RTO | Max RPO | Not terminated |\n|---|--:|--:|--:|--:|--:|--:|--:|',
    lines,
    Math.floor(budget / 3),
    'more account'
  )
  const used = bytes(head) + bytes(table) + 64
  return `${head}\n${table}\n${attention(part.attention, budget - used, 'No drill row needs attention.')}`
}
