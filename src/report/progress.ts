// What the CLI prints, as pure functions: the in-place progress line (counts per region from the
// rows the engine publishes), the --json document, and the redactor that keeps secrets out of both.
// Rows in, text out; the front decides where and how to draw it.
import type { Row } from '../shared/rows.js'
import { asReport, type ReportSource } from './report.js'

/** Replaces every registered secret in text the CLI prints (the CLI's counterpart of core.setSecret). */
export class Redactor {
  private secrets: string[] = []

  add(secret: string | null | undefined): void {
    if (!secret || secret.trim() === '' || this.secrets.includes(secret)) return
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length)
  }

  redact(text: string): string {
    let result = text
    for (const secret of this.secrets) result = result.split(secret).join('***')
    return result
  }
}

/** The `--json` document: counts (the outputs' four, plus per status), every row, the file, why it stopped. */
export function jsonReport(
  source: ReportSource,
  resultsFile: string | null,
  stopped: string | null
): string {
  const report = asReport(source)
  const document = {
    counts: { ...report.counts, byStatus: report.byStatus },
    rows: report.rows,
    resultsFile,
    stopped
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

export interface RegionProgress {
  region: string
  /** Rows with an instance id. */
  instances: number
  /** Rows no longer pending (every status but `pending`). */
  done: number
  installed: number
  /** failed or timed-out, region-wide failures included. */
  failed: number
  skipped: number
  dryRun: number
  pending: number
  /** Not sent: the staged roll-out stopped at its failure budget. */
  halted: number
  /** The region failed as a whole (a row without an instance id). */
  regionFailed: boolean
}

/** Counts per region, in region order; rows without a region (unknown ids) under `-`. */
export function regionProgress(rows: readonly Row[]): RegionProgress[] {
  const byRegion = new Map<string, RegionProgress>()
  for (const row of rows) {
    const region = row.region ?? '-'
    let entry = byRegion.get(region)
    if (!entry) {
      entry = {
        region,
        instances: 0,
        done: 0,
        installed: 0,
        failed: 0,
        skipped: 0,
        dryRun: 0,
        pending: 0,
        halted: 0,
        regionFailed: false
      }
      byRegion.set(region, entry)
    }
    if (row.instanceId === null) {
      // A region that failed as a whole: no instances to count.
      entry.regionFailed = true
      entry.failed++
      continue
    }
    entry.instances++
    if (row.status === 'pending') entry.pending++
    else entry.done++
    if (row.status === 'installed') entry.installed++
    if (row.status === 'failed' || row.status === 'timed-out') entry.failed++
    if (row.status === 'skipped-registered' || row.status === 'skipped-unmanaged') entry.skipped++
    if (row.status === 'dry-run') entry.dryRun++
    if (row.status === 'halted') entry.halted++
  }
  return [...byRegion.values()].sort((a, b) =>
    a.region < b.region ? -1 : a.region > b.region ? 1 : 0
  )
}

export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes === 0) return `${rest}s`
  return `${minutes}m${String(rest).padStart(2, '0')}s`
}

function bar(done: number, total: number, width: number): string {
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`
}

function regionText(entry: RegionProgress): string {
  if (entry.regionFailed && entry.instances === 0) return `${entry.region} failed`
  const parts: string[] = []
  if (entry.installed > 0) parts.push(`${entry.installed} installed`)
  if (entry.failed > 0) parts.push(`${entry.failed} failed`)
  if (entry.skipped > 0) parts.push(`${entry.skipped} skipped`)
  if (entry.dryRun > 0) parts.push(`${entry.dryRun} dry-run`)
  if (entry.halted > 0) parts.push(`${entry.halted} halted`)
  if (entry.pending > 0) parts.push(`${entry.pending} waiting`)
  return `${entry.region} ${entry.done}/${entry.instances}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`
}

export interface ProgressOptions {
  /** Time since the run started. */
  elapsedMs: number
  /** Terminal columns; the line is cut to width - 1 so it never wraps (a wrap breaks `\r`). */
  width?: number
  /** What the run is doing before any row exists, e.g. "assuming the role". */
  phase?: string
  /** The staged roll-out's running stage, e.g. `stage 2/3 wave 1` (src/report/stages.ts). */
  stage?: string | null
}

/**
 * One line, e.g. `[######....] 6/10 done | eu-west-1 2/4 (2 installed, 2 waiting) | us-east-1
 * 4/6 (3 installed, 1 failed, 2 waiting) | 1m05s`.
 */
export function renderProgressLine(rows: readonly Row[], options: ProgressOptions): string {
  const regions = regionProgress(rows)
  const elapsed = formatElapsed(options.elapsedMs)
  let line: string
  if (rows.length === 0) {
    line = `${options.phase ?? 'working'}... | ${elapsed}`
  } else {
    const total = regions.reduce((sum, r) => sum + r.instances, 0)
    const done = regions.reduce((sum, r) => sum + r.done, 0)
    line = [
      `${bar(done, total, 10)} ${done}/${total} done`,
      ...(options.stage ? [options.stage] : []),
      ...regions.map(regionText),
      elapsed
    ].join(' | ')
  }
  const width = options.width ?? 0
  if (width > 1 && line.length > width - 1) line = `${line.slice(0, Math.max(0, width - 2))}…`
  return line
}
