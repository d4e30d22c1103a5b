import { describe, expect, test } from '@jest/globals'
import {
  DRS_JOB_LIMITS,
  eligibility,
  maximum,
  median,
  planWaves,
  rpoSeconds,
  rtoSeconds,
  startableJobs,
  waveOf,
  type DrillTarget
} from '../src/drill/plan.js'
import { makeDrillRow } from '../src/drill/rows.js'

const target = (n: number, wave: number | null, region = 'us-east-1'): DrillTarget => ({
  accountId: '123456789012',
  region,
  instanceId: `i-${String(n).padStart(17, '0')}`,
  name: null,
  sourceServerId: `s-${String(n).padStart(17, '0')}`,
  wave
})

describe('waveOf', () => {
  test('the instance tag wins, the source server tag is the fallback, else the last wave', () => {
    expect(waveOf('dr:wave', { 'dr:wave': '2' }, { 'dr:wave': '5' })).toBe(2)
    expect(waveOf('dr:wave', {}, { 'dr:wave': '5' })).toBe(5)
    expect(waveOf('dr:wave', { 'dr:wave': 'first' }, { 'dr:wave': '3' })).toBe(3)
    expect(waveOf('dr:wave', { 'dr:wave': 'first' }, undefined)).toBeNull()
    expect(waveOf('dr:wave', { 'dr:wave': ' ' }, {})).toBeNull()
    expect(waveOf('dr:wave', { other: '1' }, undefined)).toBeNull()
    expect(waveOf('dr:wave', { 'dr:wave': '1.5' }, undefined)).toBe(1.5)
  })
})

describe('eligibility', () => {
  const healthy = {
    replicationState: 'CONTINUOUS',
    activeJobId: null,
    existingRecoveryInstanceId: null
  }
  test('CONTINUOUS with nothing in progress is drilled', () => {
    expect(eligibility(healthy)).toBeNull()
  })
  test.each(['STALLED', 'INITIAL_SYNC', 'DISCONNECTED', null])(
    '%s is skipped-unhealthy with the state',
    state => {
      const skip = eligibility({ ...healthy, replicationState: state, activeJobId: 'drsjob-1' })
      expect(skip?.status).toBe('skipped-unhealthy')
      expect(skip?.message).toContain(state ?? 'unknown')
    }
  )
  test('a job in progress or a foreign recovery instance is skipped-busy, naming it', () => {
    expect(eligibility({ ...healthy, activeJobId: 'drsjob-9' })).toEqual({
      status: 'skipped-busy',
      message: expect.stringContaining('drsjob-9')
    })
    expect(eligibility({ ...healthy, existingRecoveryInstanceId: 'i-ri1' })).toEqual({
      status: 'skipped-busy',
      message: expect.stringContaining('i-ri1')
    })
  })
})

describe('planWaves', () => {
  test('waves lowest first, servers without a wave last, each ordered by region and instance', () => {
    const waves = planWaves(
      [target(5, null), target(3, 2), target(1, 10), target(2, 2, 'eu-west-1'), target(4, 1)],
      100
    )
    expect(waves.map(w => w.wave)).toEqual([1, 2, 10, null])
    expect(waves[1].jobs).toEqual([[target(2, 2, 'eu-west-1'), target(3, 2)]])
    expect(waves[3].jobs.flat().map(t => t.instanceId)).toEqual([target(5, null).instanceId])
  })

  test('jobs never exceed max-servers-per-job and are even in size', () => {
    const servers = Array.from({ length: 101 }, (_, n) => target(n, 1))
    const [wave] = planWaves(servers, 100)
    expect(wave.jobs.map(job => job.length)).toEqual([51, 50])
    expect(wave.jobs.flat()).toHaveLength(101)
    expect(new Set(wave.jobs.flat().map(t => t.instanceId)).size).toBe(101)
    expect(planWaves(servers.slice(0, 7), 3)[0].jobs.map(job => job.length)).toEqual([3, 3, 1])
    expect(planWaves(servers.slice(0, 10), 1)[0].jobs).toHaveLength(10)
  })

  test('never above DRS’s 100 per job, and rejects a non-positive size', () => {
    const servers = Array.from({ length: 250 }, (_, n) => target(n, null))
    expect(
      planWaves(servers, 500)[0].jobs.every(job => job.length <= DRS_JOB_LIMITS.serversPerJob)
    ).toBe(true)
    expect(() => planWaves(servers, 0)).toThrow(/maxServersPerJob/)
  })
})

describe('startableJobs (DRS limits per account and region)', () => {
  test('at most 20 concurrent jobs, counting jobs already active', () => {
    expect(startableJobs(Array(30).fill(1), { jobs: 0, servers: 0 })).toBe(20)
    expect(startableJobs(Array(30).fill(1), { jobs: 18, servers: 18 })).toBe(2)
    expect(startableJobs([1], { jobs: 20, servers: 20 })).toBe(0)
  })
  test('at most 500 servers in active jobs', () => {
    expect(startableJobs([100, 100, 100, 100, 100, 100], { jobs: 0, servers: 0 })).toBe(5)
    expect(startableJobs([100, 100], { jobs: 1, servers: 350 })).toBe(1)
    expect(startableJobs([100], { jobs: 1, servers: 401 })).toBe(0)
  })
  test('jobs start in order: one that does not fit holds back the rest', () => {
    expect(startableJobs([50, 100, 10], { jobs: 0, servers: 400 })).toBe(1)
  })
  test('limits can be given (smaller quotas in a test)', () => {
    expect(
      startableJobs(
        [2, 2, 2],
        { jobs: 0, servers: 0 },
        { serversPerJob: 2, concurrentJobs: 2, serversInActiveJobs: 100 }
      )
    ).toBe(2)
  })
})

describe('RTO and RPO', () => {
  test('rto = healthyAt - startedAt; rpo = startedAt - snapshotAt, in whole seconds', () => {
    expect(rtoSeconds('2026-12-01T10:00:00.000Z', '2026-12-01T10:12:30.400Z')).toBe(750)
    expect(rpoSeconds('2026-12-01T09:59:15.000Z', '2026-12-01T10:00:00.000Z')).toBe(45)
    expect(rtoSeconds('2026-12-01T23:59:00Z', '2026-12-02T00:01:00Z')).toBe(120)
  })
  test('unknown when either time is unknown; a snapshot after the start is RPO 0', () => {
    expect(rtoSeconds('2026-12-01T10:00:00Z', null)).toBeNull()
    expect(rpoSeconds(null, '2026-12-01T10:00:00Z')).toBeNull()
    expect(rpoSeconds('2026-12-01T10:00:02Z', '2026-12-01T10:00:00Z')).toBe(0)
  })
  test('median and maximum', () => {
    expect(median([])).toBeNull()
    expect(median([30, 10, 20])).toBe(20)
    expect(median([40, 10, 30, 20])).toBe(25)
    expect(maximum([null, 3, 9, null])).toBe(9)
    expect(maximum([null])).toBeNull()
  })
})

describe('drill rows', () => {
  test('every contract field present, null where unknown', () => {
    const row = makeDrillRow({ status: 'dry-run' })
    expect(Object.keys(row).sort()).toEqual(
      [
        'operation',
        'accountId',
        'region',
        'instanceId',
        'name',
        'sourceServerId',
        'wave',
        'status',
        'jobId',
        'recoveryInstanceId',
        'drillInstanceId',
        'snapshotAt',
        'startedAt',
        'launchedAt',
        'healthyAt',
        'rtoSeconds',
        'rpoSeconds',
        'terminated',
        'message'
      ].sort()
    )
    expect(row.operation).toBe('drill')
    for (const [key, value] of Object.entries(row)) {
      if (key !== 'operation' && key !== 'status') expect(value).toBeNull()
    }
  })
})
