// Check rows in, text out: the step outputs, the job summary (coverage per account, then the rows
// that need attention) and the final log line. Pure: nothing here writes anywhere.
import { SUMMARY_BUDGET_BYTES, SUMMARY_MAX_ROWS } from '../report/summary.js'
import { jsonWithin, RESULTS_LIMIT_BYTES } from '../report/outputs.js'
import { bytes, escapeCell, plural } from '../report/text.js'
import {
  CHECK_STATUSES,
  countCheckStatuses,
  coverageOf,
  isCoverageRow,
  needsAttention,
  sortCheckRows,
  UNHEALTHY_STATUSES,
  type CheckRow,
  type CheckStatus
} from './rows.js'
import type { CheckSettings } from './settings.js'
import { formatDuration } from './advice.js'
import { isManyAccountRun } from '../accounts/targets.js'

export interface CheckOutputs {
  'protected-count': string
  'unprotected-count': string
  'unhealthy-count': string
  'syncing-count': string
  'orphaned-count': string
  'drill-overdue-count': string
  'failed-count': string
  coverage: string
  'account-count': string
  results: string
  'results-truncated': 'true' | 'false'
  /** Set when `results` leaves rows out: says how many and where to find them. */
  truncatedWarning?: string
}

export interface CheckSummaryMeta {
  /** Why the check of an account stopped (role assumption, DRS not initialised). */
  stopped?: string | null
  runUrl?: string | null
}

export function buildCheckOutputs(rows: readonly CheckRow[], accountCount: number): CheckOutputs {
  const sorted = sortCheckRows(rows)
  const counts = countCheckStatuses(sorted)
  const outputs: CheckOutputs = {
    'protected-count': String(counts.protected),
    'unprotected-count': String(counts.unprotected),
    'unhealthy-count': String(UNHEALTHY_STATUSES.reduce((sum, s) => sum + counts[s], 0)),
    'syncing-count': String(counts.syncing),
    'orphaned-count': String(counts.orphaned),
    'drill-overdue-count': String(counts['drill-overdue']),
    'failed-count': String(counts.failed),
    coverage: String(coverageOf(sorted)),
    'account-count': String(accountCount),
    results: '[]',
    'results-truncated': 'false'
  }
  const whole = jsonWithin(sorted, RESULTS_LIMIT_BYTES)
  if (whole.kept === sorted.length) {
    outputs.results = whole.json
    return outputs
  }
  const attention = sorted.filter(needsAttention)
  const { json, kept } = jsonWithin(attention, RESULTS_LIMIT_BYTES)
  const left = sorted.length - kept
  outputs.results = json
  outputs['results-truncated'] = 'true'
  outputs.truncatedWarning =
    kept === attention.length
      ? `The results output holds only the ${plural(kept, 'row')} that need attention: ${left} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`
      : `The results output holds ${kept} of the ${plural(attention.length, 'row')} that need attention, cut at 512 KiB: ${left} of ${sorted.length} rows were left out. The results-file output holds every row.`
  return outputs
}

/** The rows whose status is in fail-on (failed always is). */
export function failingRows(settings: Pick<CheckSettings, 'failOn'>, rows: readonly CheckRow[]) {
  const failOn = new Set<CheckStatus>([...settings.failOn, 'failed'])
  return rows.filter(row => failOn.has(row.status))
}

export interface AccountCoverage {
  accountId: string
  coverage: number
  /** Running matching instances (the coverage's denominator). */
  instances: number
  byStatus: Record<CheckStatus, number>
}

/** An account none of whose instances could be looked at: only failed rows (e.g. its role). */
function notChecked(account: AccountCoverage): boolean {
  return account.instances === 0 && account.byStatus.failed > 0
}

/**
 * Coverage per account, worst first: the accounts that could not be checked at all, then by
 * coverage, then by failed rows (most first), then by account id.
 */
export function coverageByAccount(rows: readonly CheckRow[]): AccountCoverage[] {
  const byAccount = new Map<string, CheckRow[]>()
  for (const row of rows) {
    const account = row.accountId ?? 'unknown'
    byAccount.set(account, [...(byAccount.get(account) ?? []), row])
  }
  return [...byAccount]
    .map(([accountId, accountRows]) => ({
      accountId,
      coverage: coverageOf(accountRows),
      instances: accountRows.filter(isCoverageRow).length,
      byStatus: countCheckStatuses(accountRows)
    }))
    .sort(
      (a, b) =>
        Number(notChecked(b)) - Number(notChecked(a)) ||
        a.coverage - b.coverage ||
        b.byStatus.failed - a.byStatus.failed ||
        (a.accountId < b.accountId ? -1 : 1)
    )
}

/** "3 protected, 1 stalled" for the statuses present, in the contract's order. */
export function checkBreakdown(byStatus: Record<CheckStatus, number>, separator = ', '): string {
  return CHECK_STATUSES.filter(status => byStatus[status] > 0)
    .map(status => `${byStatus[status]} ${status}`)
    .join(separator)
}

/** A ten-cell bar, e.g. `███████░░░` for 70 to 79 percent. */
export function coverageBar(percent: number): string {
  const filled = Math.max(0, Math.min(10, Math.floor(percent / 10)))
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`
}

function coverageTable(rows: readonly CheckRow[]): string {
  const lines = coverageByAccount(rows).map(account => {
    const unhealthy = UNHEALTHY_STATUSES.reduce((sum, s) => sum + account.byStatus[s], 0)
    const coverage = notChecked(account)
      ? 'not checked'
      : `\`${coverageBar(account.coverage)}\` ${account.coverage}%`
    return `| ${escapeCell(account.accountId)} | ${coverage} | ${account.instances} | ${account.byStatus.protected} | ${account.byStatus.unprotected} | ${unhealthy} | ${account.byStatus.syncing} | ${account.byStatus['drill-overdue']} | ${account.byStatus.orphaned} | ${account.byStatus.failed} |`
  })
  return [
    '| Account | Coverage | Instances | Protected | Unprotected | Unhealthy | Syncing | Drill overdue | Orphaned | Failed |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...lines
  ].join('\n')
}

const ROW_HEAD =
  '| Account | Region | Instance | Name | Status | Source server | Replication | Lag | Last seen | Last drill | Message |\n' +
  '|---|---|---|---|---|---|---|---|---|---|---|'

function tableRow(row: CheckRow): string {
  const cells = [
    escapeCell(row.accountId),
    escapeCell(row.region),
    row.instanceId === null ? '—' : escapeCell(row.instanceId),
    escapeCell(row.name),
    `**${escapeCell(row.status)}**`,
    escapeCell(row.sourceServerId),
    escapeCell(row.replicationState),
    row.lagSeconds === null ? '' : formatDuration(row.lagSeconds),
    escapeCell(row.lastSeenAt),
    escapeCell(row.lastDrillAt),
    escapeCell(row.message)
  ]
  return `| ${cells.join(' | ')} |`
}

function heading(settings: CheckSettings, rows: readonly CheckRow[], meta: CheckSummaryMeta) {
  const byStatus = countCheckStatuses(rows)
  const many = isManyAccountRun(settings)
  const lines = [
    many
      ? `## DRS protection check: ${plural(settings.targets.length, 'account')}`
      : `## DRS protection check: account ${settings.accountId}`,
    '',
    [
      many ? `Role \`${settings.roleName ?? ''}\` in each account` : `Role \`${settings.roleArn}\``,
      `source regions ${settings.sourceRegions.join(', ') || '(none)'}`,
      `target region ${settings.targetRegion}`,
      `max-lag-minutes ${settings.maxLagMinutes}`,
      settings.maxDrillAgeDays === null
        ? 'drills not checked'
        : `max-drill-age-days ${settings.maxDrillAgeDays}`,
      `fail-on ${settings.failOn.join(', ')}`
    ].join(' · ')
  ]
  if (meta.runUrl) lines.push('', `[Workflow run](${meta.runUrl})`)
  if (meta.stopped) lines.push('', `> **Stopped:** ${escapeCell(meta.stopped)}`)
  const breakdown = checkBreakdown(byStatus, ' · ')
  lines.push(
    '',
    `**Coverage ${coverageOf(rows)}%** of ${plural(rows.filter(isCoverageRow).length, 'running matching instance')}` +
      (breakdown ? ` (${breakdown})` : ''),
    '',
    '### Coverage per account',
    '',
    coverageTable(rows),
    ''
  )
  return lines.join('\n')
}

/**
 * The job summary in markdown: coverage per account (worst first), then the rows that need
 * attention, then the rest; above SUMMARY_MAX_ROWS rows or the byte budget, only the rows that
 * need attention (as many as fit) and a count of the rest, so it stays under GitHub's 1 MiB.
 */
export function renderCheckSummary(
  settings: CheckSettings,
  rows: readonly CheckRow[],
  meta: CheckSummaryMeta = {}
): string {
  const head = heading(settings, rows, meta)
  if (rows.length === 0) return `${head}\nNo instances matched and no source servers were found.\n`
  const sorted = sortCheckRows(rows)
  const attention = sorted.filter(needsAttention)
  const rest = sorted.filter(row => !needsAttention(row))
  const ordered = [...attention, ...rest]
  const tableHead = `\n### Rows (those that need attention first)\n\n${ROW_HEAD}\n`
  const lines: string[] = []
  if (ordered.length <= SUMMARY_MAX_ROWS) {
    for (const row of ordered) lines.push(tableRow(row))
    const size = bytes(head) + bytes(tableHead) + lines.reduce((sum, l) => sum + bytes(l) + 1, 0)
    if (size <= SUMMARY_BUDGET_BYTES) return `${head}${tableHead}${lines.join('\n')}\n`
  }
  let size = bytes(head) + bytes(tableHead) + 1024
  let shown = 0
  while (shown < attention.length) {
    if (lines.length === shown) lines.push(tableRow(attention[shown]))
    const lineSize = bytes(lines[shown]) + 1
    if (size + lineSize > SUMMARY_BUDGET_BYTES) break
    size += lineSize
    shown++
  }
  const note =
    shown === attention.length
      ? `Showing the ${plural(attention.length, 'row')} that need attention of ${ordered.length}; the results-file output holds every row.`
      : `Showing ${shown} of the ${plural(attention.length, 'row')} that need attention (of ${ordered.length}), to stay under the 1 MiB summary limit; the results-file output holds every row.`
  const left = ordered.slice(shown)
  const footer = `… and ${plural(left.length, 'more row')}: ${checkBreakdown(countCheckStatuses(left))}`
  const table = shown > 0 ? `${ROW_HEAD}\n${lines.slice(0, shown).join('\n')}\n\n` : ''
  return `${head}\n### Rows that need attention\n\n${note}\n\n${table}${footer}\n`
}

/** One line for the end of the log. */
export function checkFinalLogLine(rows: readonly CheckRow[]): string {
  const found = rows.filter(isCoverageRow).length
  const breakdown = checkBreakdown(countCheckStatuses(rows))
  return `DRS protection check: coverage ${coverageOf(rows)}% of ${plural(found, 'running matching instance')}${breakdown ? `; ${breakdown}` : ''}`
}
