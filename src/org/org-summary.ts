// The org-wide job summary and log line, rendered from the org report value.
import {
  operationsOf,
  totalsOf,
  type AccountRegionTotals,
  type OrgReport,
  type Totals
} from './org-report.js'
import { linesWithin, renderCheckSection, renderDrillSection } from './org-sections.js'
import { SUMMARY_BUDGET_BYTES } from '../report/summary.js'
import { bytes, escapeCell, plural, statusBreakdown } from '../report/text.js'
import { countByStatus, type Row } from '../shared/rows.js'

// Org-wide rows are many: a shorter cut keeps the summary readable.
const CELL_MAX_CHARS = 500
const cell = (value: string | null): string => escapeCell(value, CELL_MAX_CHARS)

const TOTALS_HEAD =
  '| Account | Region | Instances | Installed | Failed | Skipped | Other |\n|---|---|--:|--:|--:|--:|---|'
const ATTENTION_HEAD =
  '| Account | Region | Instance | Name | Status | Message |\n|---|---|---|---|---|---|'

/** A totals table row; `regionLabel` is markdown already. */
function totalsLine(accountId: string | null, regionLabel: string, totals: Totals): string {
  const other = (['dry-run', 'pending', 'halted'] as const)
    .filter(status => totals.byStatus[status] > 0)
    .map(status => `${totals.byStatus[status]} ${status}`)
    .join(', ')
  const failed = totals.failedCount > 0 ? `**${totals.failedCount}**` : '0'
  return `| ${accountId === null ? '_unknown_' : cell(accountId)} | ${regionLabel} | ${totals.instanceCount} | ${totals.installedCount} | ${failed} | ${totals.skippedCount} | ${other} |`
}

function noRowsLabel(report: OrgReport, accountId: string | null): string {
  return accountId !== null && report.unreadableAccounts.includes(accountId)
    ? '_results file unreadable_'
    : '_no instances matched_'
}

function regionLabel(report: OrgReport, entry: AccountRegionTotals): string {
  if (entry.rows === 0) return noRowsLabel(report, entry.accountId)
  // Rows without a region: instance-ids found in none of the source regions.
  return entry.region === null ? '_no region_' : cell(entry.region)
}

/** One totals entry per account (all its regions together). */
function perAccount(
  report: OrgReport
): Array<{ accountId: string | null; totals: Totals; regions: number }> {
  const byAccount = new Map<string | null, Row[]>()
  for (const entry of report.byAccountRegion) byAccount.set(entry.accountId, [])
  for (const row of report.rows) byAccount.get(row.accountId)?.push(row)
  return [...byAccount.entries()].map(([accountId, rows]) => ({
    accountId,
    totals: totalsOf(rows),
    regions: new Set(rows.map(row => row.region).filter(region => region !== null)).size
  }))
}

function attentionLine(row: Row): string {
  return `| ${cell(row.accountId)} | ${cell(row.region)} | ${row.instanceId === null ? '—' : cell(row.instanceId)} | ${cell(row.name)} | ${cell(row.status)} | ${cell(row.message)} |`
}

export interface OrgSummaryMeta {
  /** Link to the workflow run, shown under the heading. */
  runUrl?: string | null
  /** Byte budget for the whole summary (default: the step-summary budget, under 1 MiB). */
  budgetBytes?: number
}

/** The install part: totals per account and region (or per account), then the attention rows. */
function installSection(
  report: OrgReport,
  budget: number,
  usedBefore: number,
  level: string
): string {
  const reserve = 4096
  const sections: string[] = []
  // Totals per account and region, or per account when that table would be too large.
  const totalsBudget = Math.floor((budget - reserve) / 3)
  const regionLines = report.byAccountRegion.map(entry =>
    totalsLine(entry.accountId, regionLabel(report, entry), entry)
  )
  if (regionLines.length > 0) {
    if (linesWithin(regionLines, totalsBudget) === regionLines.length) {
      sections.push(
        `${level} Totals per account and region\n\n${TOTALS_HEAD}\n${regionLines.join('\n')}\n`
      )
    } else {
      const accounts = perAccount(report)
      const lines = accounts.map(entry =>
        totalsLine(
          entry.accountId,
          entry.totals.rows === 0
            ? noRowsLabel(report, entry.accountId)
            : plural(entry.regions, 'region'),
          entry.totals
        )
      )
      const shown = linesWithin(lines, totalsBudget)
      const more =
        shown < lines.length
          ? `\n… and ${plural(lines.length - shown, 'more account')} (too many to list within the 1 MiB summary limit).\n`
          : ''
      sections.push(
        `${level} Totals per account\n\n_${plural(regionLines.length, 'account and region pair')}: too many to list one by one within the 1 MiB summary limit._\n\n` +
          `${TOTALS_HEAD}\n${lines.slice(0, shown).join('\n')}\n${more}`
      )
    }
  }

  // Every row that needs attention, as many as the rest of the budget holds.
  if (report.attention.length === 0) {
    sections.push(
      report.rows.length === 0
        ? 'No instances in any results file.\n'
        : 'No row needs attention: nothing failed, timed out or is unmanaged by SSM.\n'
    )
  } else {
    const used = usedBefore + sections.reduce((sum, text) => sum + bytes(text) + 1, 0)
    const lines = report.attention.map(attentionLine)
    const shown = linesWithin(lines, budget - reserve - used)
    let text = `${level} Rows that need attention (${report.attention.length})\n\n`
    if (shown > 0) text += `${ATTENTION_HEAD}\n${lines.slice(0, shown).join('\n')}\n`
    if (shown < lines.length) {
      const rest = report.attention.slice(shown)
      text += `\n… and ${plural(rest.length, 'more row')} (${statusBreakdown(countByStatus(rest))}), left out to stay under the 1 MiB summary limit; the results files hold every row.\n`
    }
    sections.push(text)
  }
  return sections.join('\n')
}

function installTotalsLine(report: OrgReport, label: string): string {
  const { totals } = report
  const breakdown = statusBreakdown(totals.byStatus, ' · ')
  return (
    `**${label}:** ${plural(report.accounts.length, 'account')} from ${plural(report.files.length, 'results file')}, ` +
    `${plural(totals.instanceCount, 'instance')}` +
    (breakdown ? `: ${breakdown}` : '')
  )
}

/**
 * The summary: a totals line, then one section per operation found (install: totals per account
 * and region, or per account when that table would take more than a third of its budget, then
 * every row that needs attention as far as the budget allows, the rest counted; check: coverage
 * per account, worst first; drill: passed, failed and maximum RTO per account), then the files
 * that could not be read. Always within `budgetBytes`.
 */
export function renderOrgSummary(report: OrgReport, meta: OrgSummaryMeta = {}): string {
  const budget = meta.budgetBytes ?? SUMMARY_BUDGET_BYTES
  // Headings, notes and footers are small; keep this much back for them.
  const reserve = 4096
  const operations = operationsOf(report)
  const installOnly = operations.length === 1 && operations[0] === 'install'

  const head: string[] = [
    installOnly
      ? '## DRS agent roll-out: organization report'
      : '## DRS organization report: install, protection check and drills',
    ''
  ]
  if (meta.runUrl) head.push(`[Workflow run](${meta.runUrl})`, '')
  if (installOnly) head.push(installTotalsLine(report, 'Totals'))
  else {
    head.push(
      `**Totals:** ${plural(report.accounts.length, 'account')} from ${plural(report.files.length, 'results file')}; ` +
        `sections: ${operations.map(operation => OPERATION_TITLES[operation]).join(', ')}.`
    )
  }
  if (report.problems.length > 0) {
    head.push(
      '',
      '> [!WARNING]',
      `> ${plural(report.problems.length, 'results file')} could not be read in full (listed at the end): their accounts may be missing or incomplete here.`
    )
  }
  const heading = `${head.join('\n')}\n`

  const problemLines = report.problems.map(
    file => `- \`${file.path.replace(/`/g, "'")}\`: ${cell(file.problem)}`
  )
  const problemsBudget = Math.floor((budget - reserve) / 10)
  const problemsShown = linesWithin(problemLines, problemsBudget)
  const problems =
    problemLines.length === 0
      ? ''
      : `### Results files that could not be read in full\n\n${problemLines.slice(0, problemsShown).join('\n')}\n` +
        (problemsShown < problemLines.length
          ? `- … and ${problemLines.length - problemsShown} more\n`
          : '')

  const sections: string[] = [heading]
  if (installOnly) {
    sections.push(installSection(report, budget, bytes(heading) + 1 + bytes(problems), '###'))
  } else {
    const share = Math.floor(
      (budget - reserve - bytes(heading) - bytes(problems)) / operations.length
    )
    for (const operation of operations) {
      if (operation === 'install') {
        const title = `### ${OPERATION_TITLES.install}\n\n${installTotalsLine(report, 'Install')}\n`
        sections.push(`${title}\n${installSection(report, share + reserve, bytes(title), '####')}`)
      } else if (operation === 'check' && report.check) {
        sections.push(renderCheckSection(report.check, share))
      } else if (operation === 'drill' && report.drill) {
        sections.push(renderDrillSection(report.drill, share))
      }
    }
  }
  if (problems) sections.push(problems)
  return sections.join('\n')
}

const OPERATION_TITLES = {
  install: 'Agent install',
  check: 'Protection check',
  drill: 'Drills'
} as const

/** One line for the end of the log. */
export function reportLogLine(report: OrgReport): string {
  const { totals, check, drill } = report
  const parts = [
    `DRS org report: ${plural(report.accounts.length, 'account')}, ${plural(totals.instanceCount, 'instance')}: ` +
      `${totals.installedCount} installed, ${totals.skippedCount} skipped, ${totals.failedCount} failed`
  ]
  if (check) {
    parts.push(
      `check: coverage ${check.totals.coverage}%, ${check.failing.length} in ${check.failOn.join('/')}`
    )
  }
  if (drill) {
    const rto = drill.totals.maxRto === null ? '—' : `${Math.round(drill.totals.maxRto)} s`
    parts.push(
      `drill: ${drill.totals.passed} passed, ${drill.totals.failed} failed, maximum RTO ${rto}`
    )
  }
  if (report.problems.length > 0) {
    parts.push(`${plural(report.problems.length, 'results file')} not read in full`)
  }
  return parts.join('; ')
}
