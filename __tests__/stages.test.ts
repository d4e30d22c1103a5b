// The staged roll-out's rules, pure: canary rounding, wave order (untagged and non-numeric last),
// the failure budget over the stages so far (counts and percentages), and the halted words.
import { describe, expect, test } from '@jest/globals'
import type { Candidate } from '../src/install/preflight.js'
import {
  addStage,
  allowedFailures,
  budgetExceeded,
  canaryCount,
  haltedRow,
  planStages,
  stopReason,
  waveValue,
  withStageNote
} from '../src/install/stages.js'
import { parseAmount, type Amount } from '../src/settings/rollout.js'
import { makeRow } from '../src/shared/rows.js'

const ACCOUNT = '123456789012'
const count = (value: number): Amount => ({ kind: 'count', value })
const percent = (value: number): Amount => ({ kind: 'percent', value })

function candidate(n: number, wave?: string | null, region = 'us-east-1'): Candidate {
  return {
    accountId: ACCOUNT,
    region,
    instanceId: `i-${String(n).padStart(8, '0')}`,
    name: `host-${n}`,
    platform: 'Linux',
    ...(wave === undefined ? {} : { waveTagValue: wave })
  }
}

const ids = (list: readonly Candidate[]): number[] => list.map(c => Number(c.instanceId.slice(2)))

describe('parseAmount', () => {
  test.each<[string, Amount | null]>([
    ['0', count(0)],
    ['3', count(3)],
    ['0%', percent(0)],
    ['5%', percent(5)],
    ['100%', percent(100)],
    ['101%', null],
    ['2.5%', null],
    ['-1', null],
    ['ten', null],
    ['5 %', null],
    ['', null]
  ])('%j', (text, expected) => {
    expect(parseAmount(text)).toEqual(expected)
  })
})

describe('canaryCount', () => {
  test.each<[Amount, number, number]>([
    [count(0), 10, 0],
    [count(2), 10, 2],
    [count(20), 10, 10],
    [percent(0), 10, 0],
    [percent(5), 10, 1], // 0.5 rounds up
    [percent(10), 30, 3], // exact: no float rounding up to 4
    [percent(34), 3, 2], // 1.02 rounds up
    [percent(1), 1, 1],
    [percent(100), 7, 7],
    [percent(50), 0, 0]
  ])('%j of %d is %d', (canary, total, expected) => {
    expect(canaryCount(canary, total)).toBe(expected)
  })
})

describe('waveValue', () => {
  test.each<[string | null | undefined, number | null]>([
    ['1', 1],
    [' 2 ', 2],
    ['0', 0],
    ['-1', -1],
    ['1.5', 1.5],
    ['', null],
    ['   ', null],
    ['first', null],
    [null, null],
    [undefined, null]
  ])('%j', (text, expected) => {
    expect(waveValue(text)).toBe(expected)
  })
})

describe('planStages', () => {
  test('without canary and wave-tag: one unstaged stage in row order', () => {
    const plan = planStages(ACCOUNT, [candidate(1), candidate(2)], {
      canary: count(0),
      waveTag: null
    })
    expect(plan.staged).toBe(false)
    expect(plan.stages.map(s => [s.label, ids(s.candidates)])).toEqual([['all candidates', [1, 2]]])
  })

  test('waves lowest first, untagged and non-numeric last, row order within a wave', () => {
    const candidates = [
      candidate(1, '2'),
      candidate(2, null),
      candidate(3, '1'),
      candidate(4, 'soon'),
      candidate(5, '10'),
      candidate(6, '2'),
      candidate(7, '01')
    ]
    const plan = planStages(ACCOUNT, candidates, { canary: count(0), waveTag: 'dr:wave' })
    expect(plan.staged).toBe(true)
    expect(plan.stages.map(s => [s.index, s.label, ids(s.candidates)])).toEqual([
      [1, 'wave 1', [3, 7]],
      [2, 'wave 2', [1, 6]],
      [3, 'wave 10', [5]],
      [4, 'untagged wave', [2, 4]]
    ])
  })

  test('the canary is the first of the wave order, the rest keep their waves', () => {
    const candidates = [candidate(1, '2'), candidate(2, '1'), candidate(3, '1'), candidate(4)]
    const plan = planStages(ACCOUNT, candidates, { canary: percent(25), waveTag: 'dr:wave' })
    expect(plan.stages.map(s => [s.label, ids(s.candidates)])).toEqual([
      ['canary', [2]],
      ['wave 1', [3]],
      ['wave 2', [1]],
      ['untagged wave', [4]]
    ])
  })

  test('canary without wave-tag: canary, then all the rest as one stage', () => {
    const candidates = [1, 2, 3, 4, 5].map(n => candidate(n))
    const plan = planStages(ACCOUNT, candidates, { canary: count(2), waveTag: null })
    expect(plan.stages.map(s => [s.label, ids(s.candidates)])).toEqual([
      ['canary', [1, 2]],
      ['all candidates', [3, 4, 5]]
    ])
  })

  test('a canary as large as the fleet leaves no empty stage', () => {
    const plan = planStages(ACCOUNT, [candidate(1, '1')], { canary: count(5), waveTag: 'dr:wave' })
    expect(plan.stages.map(s => s.label)).toEqual(['canary'])
    expect(planStages(ACCOUNT, [], { canary: count(1), waveTag: null }).stages).toEqual([])
  })

  test('a wave the canary emptied is not a stage', () => {
    const candidates = [candidate(1, '1'), candidate(2, '2'), candidate(3, '2')]
    const plan = planStages(ACCOUNT, candidates, { canary: count(1), waveTag: 'dr:wave' })
    expect(plan.stages.map(s => [s.index, s.label])).toEqual([
      [1, 'canary'],
      [2, 'wave 2']
    ])
  })
})

describe('the failure budget', () => {
  test('a count is exceeded only above it', () => {
    expect(budgetExceeded(count(1), { sent: 5, failures: 1 })).toBe(false)
    expect(budgetExceeded(count(1), { sent: 5, failures: 2 })).toBe(true)
    expect(budgetExceeded(count(0), { sent: 5, failures: 1 })).toBe(true)
    expect(budgetExceeded(count(0), { sent: 5, failures: 0 })).toBe(false)
  })

  test('a percentage is of the candidates sent so far, compared exactly', () => {
    expect(budgetExceeded(percent(10), { sent: 20, failures: 2 })).toBe(false)
    expect(budgetExceeded(percent(10), { sent: 20, failures: 3 })).toBe(true)
    // 10% of 15 is 1.5: one failure is within, two are above.
    expect(budgetExceeded(percent(10), { sent: 15, failures: 1 })).toBe(false)
    expect(budgetExceeded(percent(10), { sent: 15, failures: 2 })).toBe(true)
    expect(budgetExceeded(percent(100), { sent: 4, failures: 4 })).toBe(false)
    expect(budgetExceeded(percent(0), { sent: 4, failures: 1 })).toBe(true)
    expect(allowedFailures(percent(20), 12)).toBeCloseTo(2.4)
  })

  test('the tally adds every row of a stage as sent, failed and timed-out as failures', () => {
    const rows = [
      makeRow({ status: 'installed' }),
      makeRow({ status: 'failed' }),
      makeRow({ status: 'timed-out' })
    ]
    expect(addStage({ sent: 2, failures: 1 }, rows)).toEqual({ sent: 5, failures: 3 })
  })
})

describe('the words', () => {
  const candidates = [candidate(1, '1'), candidate(2, '1'), candidate(3, '2')]
  const plan = planStages(ACCOUNT, candidates, { canary: count(1), waveTag: 'dr:wave' })

  test('after the first stage, as the contract words it', () => {
    expect(stopReason(plan.stages[0], { sent: 2, failures: 2 }, count(1))).toBe(
      'the canary stage had 2 failures, above max-failures 1'
    )
  })

  test('after later stages, with a percentage: the stages so far and the numbers', () => {
    expect(stopReason(plan.stages[1], { sent: 12, failures: 3 }, percent(20))).toBe(
      'the 2 stages up to wave 1 had 3 failures of 12 sent, above max-failures 20% (2.4 of 12)'
    )
  })

  test('a halted row keeps the instance and says it was not sent', () => {
    const row = haltedRow(candidates[2], 'the canary stage had 2 failures, above max-failures 1')
    expect(row).toEqual(
      makeRow({
        accountId: ACCOUNT,
        region: 'us-east-1',
        instanceId: 'i-00000003',
        name: 'host-3',
        platform: 'Linux',
        status: 'halted',
        message: 'not sent: the canary stage had 2 failures, above max-failures 1'
      })
    )
  })

  test('a dry-run row names its stage', () => {
    const row = makeRow({ status: 'dry-run', message: 'dry run: would send X' })
    expect(withStageNote(row, plan.stages[2], 3).message).toBe(
      'dry run: would send X; stage 3 of 3: wave 2'
    )
  })
})

describe('discovery carries the wave tag', () => {
  const raw = {
    InstanceId: 'i-00000001',
    State: { Name: 'running' as const },
    IamInstanceProfile: { Arn: 'arn:aws:iam::123456789012:instance-profile/x' },
    Tags: [
      { Key: 'Name', Value: 'web' },
      { Key: 'dr:wave', Value: '2' }
    ]
  }

  test('only when wave-tag is set, through to the candidate', async () => {
    const { toEc2Instance } = await import('../src/install/discover.js')
    const { decideAfterSsm } = await import('../src/install/preflight.js')
    const { makeSettings } = await import('./fixtures/settings.js')
    expect(toEc2Instance(raw)).not.toHaveProperty('waveTagValue')
    expect(toEc2Instance(raw, 'dr:wave')?.waveTagValue).toBe('2')
    expect(toEc2Instance(raw, 'dr:other')?.waveTagValue).toBeNull()
    const instance = toEc2Instance(raw, 'dr:wave')
    if (!instance) throw new Error('no instance')
    const online = { pingStatus: 'Online', platformType: 'Linux', lastPingDateTime: null }
    const decision = decideAfterSsm(makeSettings(), 'us-east-1', instance, online)
    expect(decision).toMatchObject({ instanceId: 'i-00000001', waveTagValue: '2' })
  })
})
