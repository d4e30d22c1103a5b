// The staged roll-out as the reports show it: the latest record of every stage (collected from the
// engine's stage sink), a markdown table for the job summary with where the roll-out stopped, and
// the stage the CLI's progress line names.
import type { StageRecord } from '../install/stages.js'
import { escapeCell, plural } from './text.js'

/** The latest record of each account's stages, as the engine reports them. */
export class StageBoard {
  private readonly records = new Map<string, StageRecord>()

  update(record: StageRecord): void {
    this.records.set(`${record.accountId}/${String(record.index).padStart(6, '0')}`, record)
  }

  /** Every stage, by account, then stage order. */
  list(): StageRecord[] {
    return [...this.records.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, record]) => record)
  }
}

function stateText(record: StageRecord): string {
  if (record.stoppedHere) return 'done; the roll-out stopped here'
  return record.state
}

/** Where each account's roll-out stopped, one line each; empty when every stage ran. */
export function stopLines(records: readonly StageRecord[]): string[] {
  const lines: string[] = []
  for (const stop of records.filter(record => record.stoppedHere)) {
    const halted = records
      .filter(record => record.accountId === stop.accountId && record.state === 'halted')
      .reduce((sum, record) => sum + record.candidates, 0)
    lines.push(
      `Account ${stop.accountId}: the roll-out stopped after stage ${stop.index} of ${stop.of} ` +
        `(${stop.label}): ${stop.stoppedHere}; ${plural(halted, 'instance')} halted (not sent).`
    )
  }
  return lines
}

/** Beyond this many stages the table lists only the accounts whose roll-out stopped. */
export const STAGE_ROWS_MAX = 200

function stageRow(record: StageRecord): string {
  return (
    `| ${record.accountId} | ${record.index}/${record.of} ${escapeCell(record.label)} | ` +
    `${record.candidates} | ${record.sent} | ${record.installed} | ${record.failed} | ` +
    `${stateText(record)} |`
  )
}

/**
 * The summary's "Staged roll-out" section; '' when the run was not staged. Many accounts' stages
 * would crowd out the rows: past STAGE_ROWS_MAX only the stopped accounts are listed (and cut).
 */
export function renderStagesMarkdown(records: readonly StageRecord[]): string {
  if (records.length === 0) return ''
  const stopped = new Set(records.filter(r => r.stoppedHere).map(r => r.accountId))
  const listed = (
    records.length <= STAGE_ROWS_MAX ? records : records.filter(r => stopped.has(r.accountId))
  ).slice(0, STAGE_ROWS_MAX)
  const lines = [
    '### Staged roll-out',
    '',
    '| Account | Stage | Instances | Sent | Installed | Failed | State |',
    '|---|---|---|---|---|---|---|',
    ...listed.map(stageRow),
    ''
  ]
  if (listed.length < records.length) {
    lines.push(`… and ${plural(records.length - listed.length, 'more stage')} not listed.`, '')
  }
  const stops = stopLines(records)
  for (const line of stops.slice(0, STAGE_ROWS_MAX))
    lines.push(`> **Roll-out halted:** ${escapeCell(line)}`, '')
  if (stops.length > STAGE_ROWS_MAX) {
    lines.push(`… and ${plural(stops.length - STAGE_ROWS_MAX, 'more account')} halted.`, '')
  }
  if (stops.length === 0) lines.push('Every stage was sent.', '')
  return lines.join('\n')
}

/** The stage the progress line names, e.g. `stage 2/3 wave 1`; null when none is running. */
export function runningStageText(records: readonly StageRecord[]): string | null {
  const running = records.filter(record => record.state === 'running')
  if (running.length === 0) return null
  const accounts = new Set(running.map(record => record.accountId))
  const first = running[0]
  const text = `stage ${first.index}/${first.of} ${first.label}`
  return accounts.size > 1 ? `${text} (+${accounts.size - 1} account(s))` : text
}
