// Staged roll-out, the pure part: one account's candidates -> ordered stages (canary, then waves
// by the numeric value of wave-tag, untagged last), the failure budget over the stages so far, and
// the words of the rows it decides (halted, dry-run). No I/O; rollout.ts runs the stages.
import { formatAmount, type Amount, type RolloutSettings } from '../settings/rollout.js'
import { isFailure, makeRow, type Row } from '../shared/rows.js'
import type { Candidate } from './preflight.js'

export type StageKind = 'canary' | 'wave' | 'untagged' | 'all'

export interface Stage {
  /** 1-based position in its account's plan. */
  index: number
  kind: StageKind
  /** `canary`, `wave 2`, `untagged wave`, or `all candidates` (no staging). */
  label: string
  /** The wave's numeric tag value (kind `wave` only). */
  wave: number | null
  candidates: Candidate[]
}

export interface StagePlan {
  accountId: string
  /** canary or wave-tag is set: the stages are logged and reported. Else one stage, as before. */
  staged: boolean
  stages: Stage[]
}

/** What the stages so far add up to: candidates sent (or tried) and failed or timed-out rows. */
export interface Tally {
  sent: number
  failures: number
}

/** One stage as the log, the progress line and the summary show it. */
export interface StageRecord {
  accountId: string
  index: number
  /** Stages in the account's plan. */
  of: number
  label: string
  /** waiting: not started; halted: not sent because the budget was exceeded. */
  state: 'waiting' | 'running' | 'done' | 'halted'
  candidates: number
  /** Rows that got a command id. */
  sent: number
  installed: number
  /** failed or timed-out. */
  failed: number
  /** Set on the stage after which the roll-out stopped: the reason. */
  stoppedHere: string | null
}

/** canary: a count (at most every candidate) or a percentage of them, rounded up. */
export function canaryCount(canary: Amount, total: number): number {
  if (canary.kind === 'count') return Math.min(canary.value, total)
  // Whole percentages only, so integer arithmetic rounds up exactly (10% of 30 is 3, not 4).
  return Math.min(total, Math.ceil((canary.value * total) / 100))
}

/** A wave tag's numeric value; null when absent, empty or not a number (the untagged wave). */
export function waveValue(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null
  const value = Number(text.trim())
  return Number.isFinite(value) ? value : null
}

function stage(index: number, kind: StageKind, wave: number | null, list: Candidate[]): Stage {
  const label =
    kind === 'canary'
      ? 'canary'
      : kind === 'wave'
        ? `wave ${wave}`
        : kind === 'untagged'
          ? 'untagged wave'
          : 'all candidates'
  return { index, kind, label, wave, candidates: list }
}

/**
 * One account's stages: candidates ordered by wave (lowest value first, untagged last; within a
 * wave, row order), the first `canary` of that order as the canary stage, then one stage per wave
 * value of the rest. Empty stages are left out.
 */
export function planStages(
  accountId: string,
  candidates: readonly Candidate[],
  rollout: Pick<RolloutSettings, 'canary' | 'waveTag'>
): StagePlan {
  const staged = rollout.canary.value > 0 || rollout.waveTag !== null
  const keyed = candidates.map((candidate, at) => ({
    candidate,
    at,
    wave: rollout.waveTag === null ? null : waveValue(candidate.waveTagValue)
  }))
  // Stable: untagged after every numeric wave, ties keep row order.
  keyed.sort((a, b) => {
    if (a.wave !== b.wave) {
      if (a.wave === null) return 1
      if (b.wave === null) return -1
      return a.wave - b.wave
    }
    return a.at - b.at
  })
  const canary = canaryCount(rollout.canary, keyed.length)
  const stages: Stage[] = []
  if (canary > 0) {
    stages.push(
      stage(
        1,
        'canary',
        null,
        keyed.slice(0, canary).map(k => k.candidate)
      )
    )
  }
  const rest = keyed.slice(canary)
  if (rollout.waveTag === null) {
    if (rest.length > 0)
      stages.push(
        stage(
          stages.length + 1,
          'all',
          null,
          rest.map(k => k.candidate)
        )
      )
    return { accountId, staged, stages }
  }
  for (const entry of rest) {
    const last = stages[stages.length - 1] as Stage | undefined
    if (last && last.kind !== 'canary' && last.wave === entry.wave) {
      last.candidates.push(entry.candidate)
    } else {
      const kind = entry.wave === null ? 'untagged' : 'wave'
      stages.push(stage(stages.length + 1, kind, entry.wave, [entry.candidate]))
    }
  }
  return { accountId, staged, stages }
}

/** Adds a finished stage's rows to the tally: every candidate of it was sent or tried. */
export function addStage(tally: Tally, stageRows: readonly Row[]): Tally {
  return {
    sent: tally.sent + stageRows.length,
    failures: tally.failures + stageRows.filter(row => isFailure(row.status)).length
  }
}

/** Failures allowed for `sent` candidates (a percentage may allow a fraction: 10% of 15 is 1.5). */
export function allowedFailures(maxFailures: Amount, sent: number): number {
  return maxFailures.kind === 'count' ? maxFailures.value : (maxFailures.value * sent) / 100
}

/** Exceeded when the failures of the stages so far are above max-failures of those sent so far. */
export function budgetExceeded(maxFailures: Amount, tally: Tally): boolean {
  if (maxFailures.kind === 'count') return tally.failures > maxFailures.value
  // Compared in integers, so 10% of 20 allows exactly 2.
  return tally.failures * 100 > maxFailures.value * tally.sent
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Why the roll-out stopped after `last`, e.g. "the canary stage had 2 failures, above max-failures
 * 1" or "the 2 stages up to wave 1 had 3 failures of 12 sent, above max-failures 20% (2.4 of 12)".
 */
export function stopReason(last: Stage, tally: Tally, maxFailures: Amount): string {
  const subject =
    last.index === 1 ? `the ${last.label} stage` : `the ${last.index} stages up to ${last.label}`
  if (maxFailures.kind === 'count') {
    return `${subject} had ${plural(tally.failures, 'failure')}, above max-failures ${maxFailures.value}`
  }
  const allowed = Math.round(allowedFailures(maxFailures, tally.sent) * 10) / 10
  return (
    `${subject} had ${plural(tally.failures, 'failure')} of ${tally.sent} sent, above ` +
    `max-failures ${formatAmount(maxFailures)} (${allowed} of ${tally.sent})`
  )
}

/** A candidate not sent because the budget was exceeded. */
export function haltedRow(candidate: Candidate, reason: string): Row {
  return makeRow({ ...candidate, status: 'halted', message: `not sent: ${reason}` })
}

/** A dry-run row says which stage its instance would be in. */
export function withStageNote(row: Row, stage: Stage, of: number): Row {
  const note = `stage ${stage.index} of ${of}: ${stage.label}`
  return { ...row, message: row.message ? `${row.message}; ${note}` : note }
}

/** A stage's record from its rows (done), or before it ran (waiting, halted, running). */
export function stageRecord(
  plan: StagePlan,
  stage: Stage,
  state: StageRecord['state'],
  stageRows: readonly Row[] = []
): StageRecord {
  return {
    accountId: plan.accountId,
    index: stage.index,
    of: plan.stages.length,
    label: stage.label,
    state,
    candidates: stage.candidates.length,
    sent: stageRows.filter(row => row.commandId !== null).length,
    installed: stageRows.filter(row => row.status === 'installed').length,
    failed: stageRows.filter(row => isFailure(row.status)).length,
    stoppedHere: null
  }
}
