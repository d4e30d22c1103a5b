// Staged roll-out, the running part: an account's stages one after the other, each sent and waited
// for by the caller's `runStage`, the failure budget checked after each, and everything after the
// stage that passed it `halted`. It does not care how a stage is sent or waited for.
import { formatAmount, type Amount } from '../settings/rollout.js'
import type { RunnerPort } from '../shared/port.js'
import type { Row } from '../shared/rows.js'
import {
  addStage,
  budgetExceeded,
  haltedRow,
  stageRecord,
  stopReason,
  withStageNote,
  type Stage,
  type StagePlan,
  type StageRecord,
  type Tally
} from './stages.js'

/**
 * Sends one stage's candidates and waits for them (as wait-for says); resolves to one row per
 * candidate of the stage, each final (installed, failed, timed-out) or dry-run / pending.
 */
export type RunStage = (stage: Stage) => Promise<Row[]>

export interface RolloutOptions {
  maxFailures: Amount
  /** Stages are logged through `info` and reported through `stage` (when the plan is staged). */
  port: Pick<RunnerPort, 'info' | 'stage'>
  dryRun: boolean
  /** Once aborted, the budget is no longer checked: the remaining stages go to runStage, which sends nothing. */
  signal?: AbortSignal
}

export interface RolloutResult {
  /** One row per candidate of the plan: the stages' rows, then the halted ones. */
  rows: Row[]
  /** One record per stage, in plan order. */
  stages: StageRecord[]
  /** Why the roll-out stopped early (the budget), or null when every stage ran. */
  stopped: string | null
}

function stageLine(record: StageRecord, tally: Tally, maxFailures: Amount): string {
  return (
    `${prefix(record)}: ${record.sent} sent, ${record.installed} installed, ${record.failed} failed ` +
    `(so far ${tally.failures} failed of ${tally.sent}, max-failures ${formatAmount(maxFailures)})`
  )
}

const prefix = (record: StageRecord): string =>
  `Account ${record.accountId} stage ${record.index}/${record.of} (${record.label})`

/** Runs the plan's stages in order; see RunStage for what each must return. */
export async function rollOut(
  plan: StagePlan,
  runStage: RunStage,
  options: RolloutOptions
): Promise<RolloutResult> {
  const { port, maxFailures } = options
  const report = (record: StageRecord): void => {
    if (plan.staged) port.stage?.(record)
  }
  const records = plan.stages.map(stage => stageRecord(plan, stage, 'waiting'))
  const rows: Row[] = []
  let tally: Tally = { sent: 0, failures: 0 }
  let stopped: string | null = null

  for (const [at, stage] of plan.stages.entries()) {
    if (stopped !== null) {
      rows.push(...stage.candidates.map(candidate => haltedRow(candidate, stopped as string)))
      records[at] = stageRecord(plan, stage, 'halted')
      report(records[at])
      continue
    }
    records[at] = stageRecord(plan, stage, 'running')
    report(records[at])
    if (plan.staged) {
      port.info(`${prefix(records[at])}: sending ${stage.candidates.length} instance(s).`)
    }
    let stageRows = await runStage(stage)
    if (plan.staged && options.dryRun) {
      stageRows = stageRows.map(row => withStageNote(row, stage, plan.stages.length))
    }
    rows.push(...stageRows)
    tally = addStage(tally, stageRows)
    records[at] = stageRecord(plan, stage, 'done', stageRows)
    const more = at < plan.stages.length - 1
    if (more && !options.signal?.aborted && budgetExceeded(maxFailures, tally)) {
      stopped = stopReason(stage, tally, maxFailures)
      records[at].stoppedHere = stopped
    }
    report(records[at])
    if (plan.staged) port.info(stageLine(records[at], tally, maxFailures))
    if (stopped !== null) {
      const left = plan.stages.slice(at + 1).reduce((sum, s) => sum + s.candidates.length, 0)
      port.info(
        `${prefix(records[at])}: roll-out halted, ${stopped}; ${left} instance(s) not sent.`
      )
    }
  }
  return { rows, stages: records, stopped }
}
