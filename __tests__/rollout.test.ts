// rollOut: stages one after the other, the budget checked after each over the stages so far, the
// rest halted; and how the report shows it (outputs, fail rule, summary, progress line).
import { describe, expect, test } from '@jest/globals'
import type { Candidate } from '../src/install/preflight.js'
import { rollOut } from '../src/install/rollout.js'
import { planStages, type Stage, type StageRecord } from '../src/install/stages.js'
import { buildOutputs, failureReason, finalLogLine, shouldFail } from '../src/report/outputs.js'
import { renderProgressLine } from '../src/report/progress.js'
import { runningStageText, StageBoard } from '../src/report/stages.js'
import { renderSummary } from '../src/report/summary.js'
import type { Amount } from '../src/settings/rollout.js'
import { makeRow, type Row, type Status } from '../src/shared/rows.js'
import { makeSettings } from './fixtures/settings.js'

const ACCOUNT = '123456789012'
const count = (value: number): Amount => ({ kind: 'count', value })
const percent = (value: number): Amount => ({ kind: 'percent', value })

function candidate(n: number, wave: string | null): Candidate {
  return {
    accountId: ACCOUNT,
    region: 'us-east-1',
    instanceId: `i-${String(n).padStart(8, '0')}`,
    name: null,
    platform: 'Linux',
    waveTagValue: wave
  }
}

/** A fleet of 1 canary-wave host, 3 in wave 1, 2 in wave 2 and 2 untagged. */
const FLEET = [
  candidate(1, '0'),
  candidate(2, '1'),
  candidate(3, '1'),
  candidate(4, '1'),
  candidate(5, '2'),
  candidate(6, '2'),
  candidate(7, null),
  candidate(8, 'x')
]

/** A runStage that records the order and answers each instance with `outcome(n)`. */
function fakeStages(outcome: (n: number) => Status) {
  const order: string[][] = []
  const runStage = (stage: Stage): Promise<Row[]> => {
    order.push(stage.candidates.map(c => c.instanceId))
    return Promise.resolve(
      stage.candidates.map(c =>
        makeRow({ ...c, status: outcome(Number(c.instanceId.slice(2))), commandId: 'cmd-1' })
      )
    )
  }
  return { order, runStage }
}

function port() {
  const infos: string[] = []
  const records: StageRecord[] = []
  return {
    infos,
    records,
    info: (m: string) => infos.push(m),
    stage: (r: StageRecord) => records.push(r)
  }
}

const PLAN = planStages(ACCOUNT, FLEET, { canary: count(1), waveTag: 'dr:wave' })

describe('rollOut', () => {
  test('every stage goes out in order when the budget holds', async () => {
    const { order, runStage } = fakeStages(() => 'installed')
    const sink = port()
    const result = await rollOut(PLAN, runStage, {
      maxFailures: count(0),
      port: sink,
      dryRun: false
    })
    expect(order).toEqual([
      ['i-00000001'],
      ['i-00000002', 'i-00000003', 'i-00000004'],
      ['i-00000005', 'i-00000006'],
      ['i-00000007', 'i-00000008']
    ])
    expect(result.stopped).toBeNull()
    expect(result.rows.map(r => r.status)).toEqual(Array(8).fill('installed'))
    expect(result.stages.map(s => [s.label, s.state, s.sent, s.installed])).toEqual([
      ['canary', 'done', 1, 1],
      ['wave 1', 'done', 3, 3],
      ['wave 2', 'done', 2, 2],
      ['untagged wave', 'done', 2, 2]
    ])
    expect(sink.infos).toContain(
      `Account ${ACCOUNT} stage 2/4 (wave 1): 3 sent, 3 installed, 0 failed (so far 0 failed of 4, max-failures 0)`
    )
  })

  test('a failed canary halts everything after it, with the contract message', async () => {
    const plan = planStages(ACCOUNT, FLEET, { canary: count(2), waveTag: 'dr:wave' })
    const { order, runStage } = fakeStages(() => 'failed')
    const sink = port()
    const result = await rollOut(plan, runStage, {
      maxFailures: count(1),
      port: sink,
      dryRun: false
    })
    expect(order).toHaveLength(1)
    const halted = result.rows.filter(r => r.status === 'halted')
    expect(halted.map(r => r.instanceId)).toEqual(FLEET.slice(2).map(c => c.instanceId))
    for (const row of halted) {
      expect(row.message).toBe('not sent: the canary stage had 2 failures, above max-failures 1')
      expect(row.commandId).toBeNull()
    }
    expect(result.stages.map(s => s.state)).toEqual(['done', 'halted', 'halted', 'halted'])
    expect(result.stages[0].stoppedHere).toBe(
      'the canary stage had 2 failures, above max-failures 1'
    )
    expect(sink.infos.at(-1)).toBe(
      `Account ${ACCOUNT} stage 1/4 (canary): roll-out halted, the canary stage had 2 failures, above max-failures 1; 6 instance(s) not sent.`
    )
    expect(sink.records.filter(r => r.state === 'halted')).toHaveLength(3)
  })

  test('the budget counts over the stages so far: a wave passes it mid-way', async () => {
    const failing = new Set([3, 4, 5])
    const { order, runStage } = fakeStages(n => (failing.has(n) ? 'timed-out' : 'installed'))
    const result = await rollOut(PLAN, runStage, {
      maxFailures: percent(50),
      port: port(),
      dryRun: false
    })
    // 50%: canary 0 of 1, wave 1 2 of 4, wave 2 3 of 6: never above, so every stage is sent.
    expect(order).toHaveLength(4)
    expect(result.rows.filter(r => r.status === 'timed-out')).toHaveLength(3)
    expect(result.stopped).toBeNull()
    const strict = await rollOut(
      PLAN,
      fakeStages(n => (failing.has(n) ? 'failed' : 'installed')).runStage,
      {
        maxFailures: percent(40),
        port: port(),
        dryRun: false
      }
    )
    // wave 1 brings 2 failures of 4 sent: above 40% (1.6).
    expect(strict.stages.map(s => s.state)).toEqual(['done', 'done', 'halted', 'halted'])
    expect(strict.stopped).toBe(
      'the 2 stages up to wave 1 had 2 failures of 4 sent, above max-failures 40% (1.6 of 4)'
    )
    expect(strict.rows.filter(r => r.status === 'halted').map(r => r.instanceId)).toEqual([
      'i-00000005',
      'i-00000006',
      'i-00000007',
      'i-00000008'
    ])
  })

  test('the last stage over budget halts nothing (nothing is left)', async () => {
    const plan = planStages(ACCOUNT, FLEET.slice(0, 2), { canary: count(1), waveTag: null })
    const result = await rollOut(plan, fakeStages(() => 'failed').runStage, {
      maxFailures: count(1),
      port: port(),
      dryRun: false
    })
    expect(result.rows.map(r => r.status)).toEqual(['failed', 'failed'])
    expect(result.stopped).toBeNull()
  })

  test('a cancelled run checks no budget: the rest goes to runStage (which sends nothing)', async () => {
    const cancel = new AbortController()
    cancel.abort()
    const { order, runStage } = fakeStages(() => 'failed')
    const result = await rollOut(PLAN, runStage, {
      maxFailures: count(0),
      port: port(),
      dryRun: false,
      signal: cancel.signal
    })
    expect(order).toHaveLength(4)
    expect(result.rows.some(r => r.status === 'halted')).toBe(false)
  })

  test('dry-run rows name their stage', async () => {
    const { runStage } = fakeStages(() => 'dry-run')
    const result = await rollOut(PLAN, runStage, {
      maxFailures: count(0),
      port: port(),
      dryRun: true
    })
    expect(result.rows.map(r => r.message)).toEqual([
      'stage 1 of 4: canary',
      'stage 2 of 4: wave 1',
      'stage 2 of 4: wave 1',
      'stage 2 of 4: wave 1',
      'stage 3 of 4: wave 2',
      'stage 3 of 4: wave 2',
      'stage 4 of 4: untagged wave',
      'stage 4 of 4: untagged wave'
    ])
  })

  test('an unstaged run logs and reports no stage', async () => {
    const plan = planStages(ACCOUNT, FLEET, { canary: count(0), waveTag: null })
    const sink = port()
    const { order, runStage } = fakeStages(() => 'failed')
    const result = await rollOut(plan, runStage, {
      maxFailures: count(0),
      port: sink,
      dryRun: false
    })
    expect(order).toHaveLength(1)
    expect(result.rows).toHaveLength(8)
    expect(sink.infos).toEqual([])
    expect(sink.records).toEqual([])
  })
})

describe('the report of a halted roll-out', () => {
  async function haltedRun() {
    const plan = planStages(ACCOUNT, FLEET, { canary: count(1), waveTag: 'dr:wave' })
    const board = new StageBoard()
    const result = await rollOut(plan, fakeStages(() => 'failed').runStage, {
      maxFailures: count(0),
      port: { info: () => undefined, stage: record => board.update(record) },
      dryRun: false
    })
    return { rows: result.rows, board }
  }

  test('outputs count halted rows, and fail-on-error fails on them', async () => {
    const { rows } = await haltedRun()
    const { outputs } = buildOutputs(rows)
    expect(outputs['halted-count']).toBe('7')
    expect(outputs['failed-count']).toBe('1')
    expect(shouldFail(makeSettings(), rows)).toBe(true)
    expect(shouldFail(makeSettings({ failOnError: false }), rows)).toBe(false)
    expect(failureReason(rows)).toBe(
      "1 instance(s) or region(s) failed or timed out, 7 instance(s) halted by the staged roll-out's max-failures"
    )
    expect(finalLogLine(rows)).toContain('7 halted')
  })

  test('halted alone fails the step too', () => {
    const rows = [
      makeRow({ accountId: ACCOUNT, region: 'us-east-1', instanceId: 'i-1', status: 'halted' })
    ]
    expect(shouldFail(makeSettings(), rows)).toBe(true)
  })

  test('the summary shows each stage and where the roll-out stopped', async () => {
    const { rows, board } = await haltedRun()
    const summary = renderSummary(makeSettings(), rows, { stages: board.list() })
    expect(summary).toContain('### Staged roll-out')
    expect(summary).toContain(
      `| ${ACCOUNT} | 1/4 canary | 1 | 1 | 0 | 1 | done; the roll-out stopped here |`
    )
    expect(summary).toContain(`| ${ACCOUNT} | 2/4 wave 1 | 3 | 0 | 0 | 0 | halted |`)
    expect(summary).toContain(
      `Account ${ACCOUNT}: the roll-out stopped after stage 1 of 4 (canary): the canary stage had 1 failure, above max-failures 0; 7 instances halted (not sent).`
    )
    // Halted rows need attention: listed before the others.
    expect(renderSummary(makeSettings(), rows)).not.toContain('Staged roll-out')
  })

  test('the progress line names the running stage', () => {
    const board = new StageBoard()
    const plan = planStages(ACCOUNT, FLEET, { canary: count(1), waveTag: 'dr:wave' })
    board.update({ ...stageOf(plan.stages[1], 4), state: 'running' })
    const text = runningStageText(board.list())
    expect(text).toBe('stage 2/4 wave 1')
    const line = renderProgressLine(
      [makeRow({ region: 'us-east-1', instanceId: 'i-1', status: 'halted' })],
      { elapsedMs: 0, stage: text }
    )
    expect(line).toContain('| stage 2/4 wave 1 |')
    expect(line).toContain('1 halted')
  })
})

function stageOf(stage: Stage, of: number): StageRecord {
  return {
    accountId: ACCOUNT,
    index: stage.index,
    of,
    label: stage.label,
    state: 'waiting',
    candidates: stage.candidates.length,
    sent: 0,
    installed: 0,
    failed: 0,
    stoppedHere: null
  }
}

describe('the stage table of many accounts', () => {
  test('past STAGE_ROWS_MAX only the stopped accounts are listed, the rest counted', async () => {
    const { renderStagesMarkdown, STAGE_ROWS_MAX } = await import('../src/report/stages.js')
    const records: StageRecord[] = []
    for (let a = 0; a < STAGE_ROWS_MAX; a++) {
      const accountId = String(100000000000 + a)
      for (const index of [1, 2]) {
        records.push({
          accountId,
          index,
          of: 2,
          label: index === 1 ? 'canary' : 'all candidates',
          state: a === 7 && index === 2 ? 'halted' : 'done',
          candidates: 1,
          sent: a === 7 && index === 2 ? 0 : 1,
          installed: a === 7 ? 0 : 1,
          failed: a === 7 && index === 1 ? 1 : 0,
          stoppedHere:
            a === 7 && index === 1 ? 'the canary stage had 1 failure, above max-failures 0' : null
        })
      }
    }
    const text = renderStagesMarkdown(records)
    const tableRows = text.split('\n').filter(line => /^\| \d{12} /.test(line))
    expect(tableRows).toEqual([
      '| 100000000007 | 1/2 canary | 1 | 1 | 0 | 1 | done; the roll-out stopped here |',
      '| 100000000007 | 2/2 all candidates | 1 | 0 | 0 | 0 | halted |'
    ])
    expect(text).toContain(`… and ${STAGE_ROWS_MAX * 2 - 2} more stages not listed.`)
    expect(text).toContain(
      '> **Roll-out halted:** Account 100000000007: the roll-out stopped after stage 1 of 2'
    )
  })
})
