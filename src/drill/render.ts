// Drill rows in, text out: the step outputs and the job summary (per wave, a Mermaid gantt of the
// waves beside the table, then the rows that need attention). Pure.
import { jsonWithin, RESULTS_LIMIT_BYTES } from '../report/outputs.js'
import { SUMMARY_BUDGET_BYTES } from '../report/summary.js'
import { bytes, escapeCell, plural } from '../report/text.js'
import { maximum, median } from './plan.js'
import {
  DRILL_STATUSES,
  drillNeedsAttention,
  isDrillFailure,
  isDrillSkip,
  sortDrillRows,
  type DrillRow
} from './rows.js'
import type { DrillSettings } from './settings.js'
import { isManyAccountRun } from '../accounts/targets.js'

export interface DrillOutputs {
  'passed-count': string
  'failed-count': string
  'skipped-count': string
  'drill-instance-count': string
  'terminated-count': string
  'max-rto-seconds': string
  'max-rpo-seconds': string
  'account-count': string
  results: string
  'results-truncated': 'true' | 'false'
  truncatedWarning?: string
}

export interface DrillCounts {
  passed: number
  failed: number
  skipped: number
  drillInstances: number
  terminated: number
  maxRto: number | null
  maxRpo: number | null
}

export function countDrillRows(rows: readonly DrillRow[]): DrillCounts {
  return {
    passed: rows.filter(row => row.status === 'passed').length,
    failed: rows.filter(row => isDrillFailure(row.status)).length,
    skipped: rows.filter(row => isDrillSkip(row.status)).length,
    drillInstances: rows.filter(row => row.recoveryInstanceId !== null).length,
    terminated: rows.filter(row => row.terminated === true).length,
    maxRto: maximum(rows.map(row => row.rtoSeconds)),
    maxRpo: maximum(rows.map(row => row.rpoSeconds))
  }
}

export function buildDrillOutputs(rows: readonly DrillRow[], accountCount: number): DrillOutputs {
  const sorted = sortDrillRows(rows)
  const counts = countDrillRows(sorted)
  const outputs: DrillOutputs = {
    'passed-count': String(counts.passed),
    'failed-count': String(counts.failed),
    'skipped-count': String(counts.skipped),
    'drill-instance-count': String(counts.drillInstances),
    'terminated-count': String(counts.terminated),
    'max-rto-seconds': counts.maxRto === null ? '' : String(counts.maxRto),
    'max-rpo-seconds': counts.maxRpo === null ? '' : String(counts.maxRpo),
    'account-count': String(accountCount),
    results: '[]',
    'results-truncated': 'false'
  }
  const whole = jsonWithin(sorted, RESULTS_LIMIT_BYTES)
  if (whole.kept === sorted.length) {
    outputs.results = whole.json
    return outputs
  }
  const attention = sorted.filter(drillNeedsAttention)
  const { json, kept } = jsonWithin(attention, RESULTS_LIMIT_BYTES)
  outputs.results = json
  outputs['results-truncated'] = 'true'
  outputs.truncatedWarning =
    `The results output holds ${kept} of the ${plural(attention.length, 'row')} that need attention: ` +
    `${sorted.length - kept} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`
  return outputs
}

export interface WaveSummary {
  wave: number | null
  servers: number
  passed: number
  failed: number
  medianRto: number | null
  maxRto: number | null
  maxRpo: number | null
  startedAt: string | null
  endedAt: string | null
}

/** Per wave (lowest first, the untagged last), of the rows that were drilled or planned. */
export function waveSummaries(rows: readonly DrillRow[]): WaveSummary[] {
  const byWave = new Map<number | null, DrillRow[]>()
  for (const row of rows) {
    if (row.sourceServerId === null || isDrillSkip(row.status)) continue
    byWave.set(row.wave, [...(byWave.get(row.wave) ?? []), row])
  }
  const order = [...byWave.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b))
  return order.map(wave => {
    const list = byWave.get(wave)!
    const rtos = list.map(row => row.rtoSeconds).filter((v): v is number => v !== null)
    const starts = list
      .map(row => row.startedAt)
      .filter((v): v is string => v !== null)
      .sort()
    const ends = list
      .map(row => row.healthyAt ?? row.launchedAt)
      .filter((v): v is string => v !== null)
      .sort()
    return {
      wave,
      servers: list.length,
      passed: list.filter(row => row.status === 'passed').length,
      failed: list.filter(row => isDrillFailure(row.status)).length,
      medianRto: median(rtos),
      maxRto: maximum(rtos),
      maxRpo: maximum(list.map(row => row.rpoSeconds)),
      startedAt: starts[0] ?? null,
      endedAt: ends[ends.length - 1] ?? null
    }
  })
}

const seconds = (value: number | null): string => (value === null ? '—' : `${Math.round(value)} s`)
const waveLabel = (wave: number | null): string => (wave === null ? 'no wave' : `wave ${wave}`)
const mermaidTime = (iso: string): string => iso.slice(0, 19).replace('T', ' ')

/** A Mermaid gantt of the waves that started (GitHub renders it); null when none did. */
export function waveGantt(waves: readonly WaveSummary[]): string | null {
  const started = waves.filter(wave => wave.startedAt !== null)
  if (started.length === 0) return null
  const lines = [
    '```mermaid',
    'gantt',
    '  title Drill waves (UTC)',
    '  dateFormat YYYY-MM-DD HH:mm:ss',
    '  axisFormat %H:%M:%S'
  ]
  for (const [index, wave] of started.entries()) {
    const end = wave.endedAt && wave.endedAt > wave.startedAt! ? wave.endedAt : wave.startedAt!
    const tag = wave.failed > 0 ? 'crit' : 'done'
    lines.push(`  section ${waveLabel(wave.wave)}`)
    lines.push(
      `  ${wave.passed}/${wave.servers} passed :${tag}, w${index}, ${mermaidTime(wave.startedAt!)}, ${mermaidTime(end)}`
    )
  }
  lines.push('```')
  return lines.join('\n')
}

const ROW_HEAD =
  '| Instance | Name | Region | Wave | Status | Job | Drill instance | RTO | RPO | Terminated | Message |\n' +
  '|---|---|---|---|---|---|---|---|---|---|---|'
/** With many accounts the rows carry their account first. */
const ACCOUNT_ROW_HEAD = `| Account ${ROW_HEAD.replace('\n|', '\n|---|')}`

function tableRow(row: DrillRow, withAccount = false): string {
  return `| ${[
    ...(withAccount ? [escapeCell(row.accountId)] : []),
    row.instanceId === null ? '—' : escapeCell(row.instanceId),
    escapeCell(row.name),
    escapeCell(row.region),
    row.wave === null ? '' : String(row.wave),
    row.status,
    escapeCell(row.jobId),
    escapeCell(row.drillInstanceId),
    row.rtoSeconds === null ? '' : `${row.rtoSeconds} s`,
    row.rpoSeconds === null ? '' : `${row.rpoSeconds} s`,
    row.terminated === null ? '' : String(row.terminated),
    escapeCell(row.message)
  ].join(' | ')} |`
}

export interface DrillSummaryMeta {
  stopped?: string | null
  runUrl?: string | null
  /** Terminations asked for that were not confirmed. */
  unconfirmed?: number
}

/** One line per account (a many-account run): servers and the count of each status present. */
export function accountLines(rows: readonly DrillRow[]): string {
  const byAccount = new Map<string, DrillRow[]>()
  for (const row of rows) {
    const account = row.accountId ?? 'unknown'
    byAccount.set(account, [...(byAccount.get(account) ?? []), row])
  }
  const lines = [...byAccount].map(([account, list]) => {
    const counts = countDrillRows(list)
    const statuses = DRILL_STATUSES.map(
      s => [s, list.filter(row => row.status === s).length] as const
    )
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')
    const servers = list.filter(row => row.sourceServerId !== null).length
    return `| ${escapeCell(account)} | ${servers} | ${statuses} | ${counts.drillInstances} | ${counts.terminated} | ${seconds(counts.maxRto)} |`
  })
  return [
    '| Account | Servers | Statuses | Drill instances | Terminated | Max RTO |',
    '|---|---|---|---|---|---|',
    ...lines
  ].join('\n')
}

export function renderDrillSummary(
  settings: DrillSettings,
  rows: readonly DrillRow[],
  meta: DrillSummaryMeta = {}
): string {
  const sorted = sortDrillRows(rows)
  const counts = countDrillRows(sorted)
  const many = isManyAccountRun(settings)
  const parts: string[] = [
    many
      ? `## DRS drill: ${plural(settings.targets.length, 'account')}`
      : `## DRS drill: account ${settings.accountId}`,
    `${many ? `Role \`${settings.roleName ?? ''}\` in each account` : `Role \`${settings.roleArn}\``} · source regions ${settings.sourceRegions.join(', ')} · target region ${settings.targetRegion} · ` +
      `health check ${settings.healthCheck} · cleanup ${settings.cleanup}${settings.dryRun ? ' · **dry run**' : ''}` +
      (meta.runUrl ? ` · [workflow run](${meta.runUrl})` : '')
  ]
  if (meta.stopped) parts.push(`> **Stopped:** ${escapeCell(meta.stopped)}`)
  if (meta.unconfirmed) {
    parts.push(
      `> **${plural(meta.unconfirmed, 'drill instance')} not confirmed terminated**: check the DRS console, they keep costing money.`
    )
  }
  const byStatus = DRILL_STATUSES.map(
    status => [status, sorted.filter(row => row.status === status).length] as const
  )
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(' · ')
  parts.push(
    `**Totals:** ${plural(sorted.length, 'row')} (${byStatus || 'none'}); ${counts.drillInstances} drill instance(s) launched, ` +
      `${counts.terminated} terminated; max RTO ${seconds(counts.maxRto)}, max RPO ${seconds(counts.maxRpo)}`
  )
  if (many) parts.push('### Accounts', accountLines(sorted))
  const waves = waveSummaries(sorted)
  if (waves.length > 0) {
    parts.push(many ? '### Waves (each account drills its own waves)' : '### Waves')
    const gantt = waveGantt(waves)
    if (gantt) parts.push(gantt)
    parts.push(
      '| Wave | Servers | Passed | Failed | Median RTO | Max RTO | Max RPO |\n|---|---|---|---|---|---|---|\n' +
        waves
          .map(
            w =>
              `| ${waveLabel(w.wave)} | ${w.servers} | ${w.passed} | ${w.failed} | ${seconds(w.medianRto)} | ${seconds(w.maxRto)} | ${seconds(w.maxRpo)} |`
          )
          .join('\n')
    )
  }
  const attention = sorted.filter(drillNeedsAttention)
  const rest = sorted.filter(row => !drillNeedsAttention(row))
  let budget = SUMMARY_BUDGET_BYTES - bytes(parts.join('\n\n'))
  const table = (title: string, list: DrillRow[]): void => {
    if (list.length === 0) return
    const lines: string[] = []
    for (const row of list) {
      const line = tableRow(row, many)
      if (bytes(line) + 1 > budget - 200) break
      budget -= bytes(line) + 1
      lines.push(line)
    }
    const left = list.length - lines.length
    parts.push(
      `### ${title}\n\n${many ? ACCOUNT_ROW_HEAD : ROW_HEAD}\n${lines.join('\n')}${left > 0 ? `\n\n_${left} more row(s) in the results file._` : ''}`
    )
  }
  table('Needs attention', attention)
  table('Passed and planned', rest)
  return `${parts.join('\n\n')}\n`
}

/** One line for the end of the log. */
export function drillLogLine(rows: readonly DrillRow[]): string {
  const c = countDrillRows(rows)
  return (
    `DRS drill: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped of ${plural(rows.length, 'row')}; ` +
    `${c.drillInstances} drill instance(s), ${c.terminated} terminated; max RTO ${seconds(c.maxRto)}, max RPO ${seconds(c.maxRpo)}`
  )
}
