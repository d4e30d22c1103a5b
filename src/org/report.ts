// The org-wide report: rows from many results files (one per account job) -> totals per account
// and region, the rows that need attention, the outputs and the summary markdown. Pure: reading
// files and walking folders is the report action front's job.
import {
  COUNT_OUTPUTS,
  inputReader,
  unique,
  type InputSpec,
  type OutputSpec
} from '../settings/index.js'
import { SUMMARY_BUDGET_BYTES } from '../report/summary.js'
import { bytes, escapeCell, plural, statusBreakdown } from '../report/text.js'
import {
  compareNullable,
  countByStatus,
  countRows,
  isFailure,
  makeRow,
  needsAttention,
  STATUSES,
  type Counts,
  type Row,
  type Status
} from '../shared/rows.js'

export const DEFAULT_RESULTS = 'drs-results/**/*.json'

export const REPORT_INPUTS: readonly InputSpec[] = [
  {
    name: 'results',
    kind: 'list',
    required: false,
    default: DEFAULT_RESULTS,
    description:
      'Path or glob of results-file JSON files (one per account job, e.g. downloaded artifacts); several separated by newlines. Globs support **, * and ?; a folder means every .json file under it.'
  },
  {
    name: 'fail-on-error',
    kind: 'boolean',
    required: false,
    default: 'true',
    description:
      'Fail the step when any row is failed or timed-out, or a results file could not be read.'
  }
]

export const REPORT_OUTPUTS: readonly OutputSpec[] = [
  { name: 'account-count', description: 'Accounts in the report (from the rows and file names).' },
  ...COUNT_OUTPUTS
]

export interface ReportSettings {
  patterns: string[]
  failOnError: boolean
}

export function parseReportSettings(read: (name: string) => string): ReportSettings {
  const input = inputReader(REPORT_INPUTS, read)
  // Newlines only: a path may hold commas or spaces.
  const patterns = unique(
    input
      .get('results')
      .split(/\r?\n/)
      .map(line => line.trim())
  ).filter(line => line !== '')
  if (patterns.length === 0)
    input.problems.push({ input: 'results', expected: 'a path or glob', required: true })
  for (const pattern of patterns) {
    if (pattern.includes('\0')) input.fail('results', 'a path or glob', pattern)
  }
  const failOnError = input.bool('fail-on-error')
  input.done()
  return { patterns, failOnError }
}

// ---- globs (pure; the front walks the folders) ----------------------------------------------

const GLOB_CHARS = /[*?]/

export function hasGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern)
}

/** Forward slashes, no "./" segments, no doubled or trailing slashes. */
export function normalisePath(path: string): string {
  const absolute = path.startsWith('/')
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter(part => part !== '' && part !== '.')
  return `${absolute ? '/' : ''}${parts.join('/')}`
}

/**
 * The folder to start walking from: the pattern's segments before the first one with a glob
 * character ('.' when the pattern starts with one).
 */
export function globBase(pattern: string): string {
  const normal = normalisePath(pattern)
  const segments = normal.split('/')
  const literal: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (hasGlob(segment)) break
    literal.push(segment)
  }
  if (literal.length === segments.length - 1 && !hasGlob(segments[segments.length - 1])) {
    return normal
  }
  const base = literal.join('/')
  return base === '' ? (normal.startsWith('/') ? '/' : '.') : base
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|\\[\]]/g, '\\$&')
}

/**
 * A glob as a regular expression over normalised paths: `**` (a whole segment) matches any number
 * of folders, `*` any characters but `/`, `?` one such character; anything else is literal. Dot
 * files match like any other (results files are never hidden).
 */
export function globToRegExp(pattern: string): RegExp {
  const segments = normalisePath(pattern).split('/')
  let source = ''
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]*/)*'
      return
    }
    source += segment
      .split('')
      .map(char => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : escapeRegExp(char)))
      .join('')
    if (!last) source += '/'
  })
  return new RegExp(`^${source}$`)
}

// ---- results files ---------------------------------------------------------------------------

export interface ResultsFile {
  path: string
  /** The account the file belongs to: from its rows, else from its name (drs-results-<id>-...). */
  accountId: string | null
  rows: Row[]
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
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
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
  const bad = (problem: string): ResultsFile => ({ path, accountId: fromName, rows: [], problem })
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return bad(text.trim() === '' ? 'the file is empty' : `not valid JSON (${reason})`)
  }
  if (!Array.isArray(parsed)) return bad('not a JSON array of rows')
  const rows: Row[] = []
  let invalid = 0
  for (const item of parsed) {
    const row = toRow(item)
    if (row) rows.push(row)
    else invalid++
  }
  const accountId = rows.find(row => row.accountId !== null)?.accountId ?? fromName
  return {
    path,
    accountId,
    rows,
    problem:
      invalid === 0
        ? null
        : `${invalid} of ${parsed.length} entries are not rows (left out of the report)`
  }
}

/** A results file that could not be read at all (missing, a folder, permissions). */
export function unreadableFile(path: string, reason: string): ResultsFile {
  return { path, accountId: accountFromFileName(path), rows: [], problem: reason }
}

// ---- the report ------------------------------------------------------------------------------

export interface Totals extends Counts {
  /** Rows of each status. */
  byStatus: Record<Status, number>
  rows: number
}

export interface AccountRegionTotals extends Totals {
  accountId: string | null
  /** null for rows that failed before a region was known (the whole run). */
  region: string | null
}

export interface OrgReport {
  files: ResultsFile[]
  rows: Row[]
  /** Every account seen in a row or a file name, sorted. */
  accounts: string[]
  totals: Totals
  /** One entry per account and region, sorted; an account with no rows gets one entry (region null, zero rows). */
  byAccountRegion: AccountRegionTotals[]
  /** Rows that need attention (failed, timed-out, skipped-unmanaged), by account, region, instance. */
  attention: Row[]
  /** Files with a problem. */
  problems: ResultsFile[]
  /** Accounts with a results file that could not be read in full. */
  unreadableAccounts: string[]
}

function totalsOf(rows: readonly Row[]): Totals {
  return { ...countRows(rows), byStatus: countByStatus(rows), rows: rows.length }
}

function compareRows(a: Row, b: Row): number {
  return (
    compareNullable(a.accountId, b.accountId) ||
    compareNullable(a.region, b.region) ||
    compareNullable(a.instanceId, b.instanceId)
  )
}

export function buildOrgReport(files: readonly ResultsFile[]): OrgReport {
  const rows: Row[] = []
  for (const file of files) {
    for (const row of file.rows) {
      // A row without its account (an older file) takes the file's.
      rows.push(
        row.accountId === null && file.accountId ? { ...row, accountId: file.accountId } : row
      )
    }
  }
  rows.sort(compareRows)

  const groups = new Map<string, { accountId: string | null; region: string | null; rows: Row[] }>()
  for (const row of rows) {
    const key = JSON.stringify([row.accountId, row.region])
    let group = groups.get(key)
    if (!group) {
      group = { accountId: row.accountId, region: row.region, rows: [] }
      groups.set(key, group)
    }
    group.rows.push(row)
  }
  const accountsWithRows = new Set(rows.map(row => row.accountId))
  for (const file of files) {
    if (file.accountId && !accountsWithRows.has(file.accountId)) {
      accountsWithRows.add(file.accountId)
      groups.set(JSON.stringify([file.accountId, null]), {
        accountId: file.accountId,
        region: null,
        rows: []
      })
    }
  }
  const byAccountRegion = [...groups.values()]
    .map(group => ({ accountId: group.accountId, region: group.region, ...totalsOf(group.rows) }))
    .sort(
      (a, b) => compareNullable(a.accountId, b.accountId) || compareNullable(a.region, b.region)
    )

  const accounts = [...accountsWithRows].filter(id => id !== null).sort()
  return {
    files: [...files],
    rows,
    accounts,
    totals: totalsOf(rows),
    byAccountRegion,
    attention: rows.filter(needsAttention),
    problems: files.filter(file => file.problem !== null),
    unreadableAccounts: [
      ...new Set(
        files
          .filter(file => file.problem !== null && file.accountId !== null)
          .map(file => file.accountId!)
      )
    ].sort()
  }
}

export interface ReportOutputs {
  'account-count': string
  'instance-count': string
  'installed-count': string
  'failed-count': string
  'skipped-count': string
}

export function reportOutputs(report: OrgReport): ReportOutputs {
  return {
    'account-count': String(report.accounts.length),
    'instance-count': String(report.totals.instanceCount),
    'installed-count': String(report.totals.installedCount),
    'failed-count': String(report.totals.failedCount),
    'skipped-count': String(report.totals.skippedCount)
  }
}

/** Why the step fails (with fail-on-error), or null. */
export function reportFailure(report: OrgReport, failOnError: boolean): string | null {
  if (!failOnError) return null
  const reasons: string[] = []
  if (report.totals.failedCount > 0) {
    const accounts = new Set(
      report.rows.filter(row => isFailure(row.status)).map(row => row.accountId)
    )
    reasons.push(
      `${report.totals.failedCount} instance(s) or region(s) failed or timed out in ${plural(accounts.size, 'account')}`
    )
  }
  if (report.problems.length > 0) {
    reasons.push(`${plural(report.problems.length, 'results file')} could not be read in full`)
  }
  return reasons.length > 0 ? `${reasons.join('; ')}; see the job summary.` : null
}

// ---- the summary -----------------------------------------------------------------------------

// Org-wide rows are many: a shorter cut keeps the summary readable.
const CELL_MAX_CHARS = 500
const cell = (value: string | null): string => escapeCell(value, CELL_MAX_CHARS)

const TOTALS_HEAD =
  '| Account | Region | Instances | Installed | Failed | Skipped | Other |\n|---|---|--:|--:|--:|--:|---|'
const ATTENTION_HEAD =
  '| Account | Region | Instance | Name | Status | Message |\n|---|---|---|---|---|---|'

/** A totals table row; `regionLabel` is markdown already. */
function totalsLine(accountId: string | null, regionLabel: string, totals: Totals): string {
  const other = (['dry-run', 'pending'] as const)
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

/** As many whole lines as fit in `limit` bytes (each plus its newline). */
function linesWithin(lines: readonly string[], limit: number): number {
  let used = 0
  let shown = 0
  while (shown < lines.length && used + bytes(lines[shown]) + 1 <= limit) {
    used += bytes(lines[shown]) + 1
    shown++
  }
  return shown
}

export interface OrgSummaryMeta {
  /** Link to the workflow run, shown under the heading. */
  runUrl?: string | null
  /** Byte budget for the whole summary (default: the step-summary budget, under 1 MiB). */
  budgetBytes?: number
}

/**
 * The summary: a totals line, the totals per account and region (per account only when the
 * per-region table would take more than a third of the budget), then every row that needs
 * attention as far as the budget allows (the rest counted), then the files that could not be
 * read. Always within `budgetBytes`.
 */
export function renderOrgSummary(report: OrgReport, meta: OrgSummaryMeta = {}): string {
  const budget = meta.budgetBytes ?? SUMMARY_BUDGET_BYTES
  // Headings, notes and footers are small; keep this much back for them.
  const reserve = 4096
  const { totals } = report
  const sections: string[] = []

  const head: string[] = ['## DRS agent roll-out: organization report', '']
  if (meta.runUrl) head.push(`[Workflow run](${meta.runUrl})`, '')
  const breakdown = statusBreakdown(totals.byStatus, ' · ')
  head.push(
    `**Totals:** ${plural(report.accounts.length, 'account')} from ${plural(report.files.length, 'results file')}, ` +
      `${plural(totals.instanceCount, 'instance')}` +
      (breakdown ? `: ${breakdown}` : '')
  )
  if (report.problems.length > 0) {
    head.push(
      '',
      '> [!WARNING]',
      `> ${plural(report.problems.length, 'results file')} could not be read in full (listed at the end): their accounts may be missing or incomplete here.`
    )
  }
  sections.push(`${head.join('\n')}\n`)

  // Totals per account and region, or per account when that table would be too large.
  const totalsBudget = Math.floor((budget - reserve) / 3)
  const regionLines = report.byAccountRegion.map(entry =>
    totalsLine(entry.accountId, regionLabel(report, entry), entry)
  )
  if (regionLines.length > 0) {
    if (linesWithin(regionLines, totalsBudget) === regionLines.length) {
      sections.push(
        `### Totals per account and region\n\n${TOTALS_HEAD}\n${regionLines.join('\n')}\n`
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
        `### Totals per account\n\n_${plural(regionLines.length, 'account and region pair')}: too many to list one by one within the 1 MiB summary limit._\n\n` +
          `${TOTALS_HEAD}\n${lines.slice(0, shown).join('\n')}\n${more}`
      )
    }
  }

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

  // Every row that needs attention, as many as the rest of the budget holds.
  if (report.attention.length === 0) {
    sections.push(
      report.rows.length === 0
        ? 'No instances in any results file.\n'
        : 'No row needs attention: nothing failed, timed out or is unmanaged by SSM.\n'
    )
  } else {
    const used = sections.reduce((sum, text) => sum + bytes(text) + 1, 0) + bytes(problems)
    const lines = report.attention.map(attentionLine)
    const shown = linesWithin(lines, budget - reserve - used)
    let text = `### Rows that need attention (${report.attention.length})\n\n`
    if (shown > 0) text += `${ATTENTION_HEAD}\n${lines.slice(0, shown).join('\n')}\n`
    if (shown < lines.length) {
      const rest = report.attention.slice(shown)
      text += `\n… and ${plural(rest.length, 'more row')} (${statusBreakdown(countByStatus(rest))}), left out to stay under the 1 MiB summary limit; the results files hold every row.\n`
    }
    sections.push(text)
  }

  if (problems) sections.push(problems)
  return sections.join('\n')
}

/** One line for the end of the log. */
export function reportLogLine(report: OrgReport): string {
  const { totals } = report
  return (
    `DRS org report: ${plural(report.accounts.length, 'account')}, ${plural(totals.instanceCount, 'instance')}: ` +
    `${totals.installedCount} installed, ${totals.skippedCount} skipped, ${totals.failedCount} failed` +
    (report.problems.length > 0
      ? `; ${plural(report.problems.length, 'results file')} not read in full`
      : '')
  )
}
