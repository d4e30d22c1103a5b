import { describe, expect, test } from '@jest/globals'
import { cleanUp } from '../src/drill/cleanup.js'
import { applyCleanup } from '../src/drill/engine.js'
import { planWaves, type DrillTarget, type JobLimits } from '../src/drill/plan.js'
import type { DrillRow } from '../src/drill/rows.js'
import type { DrillSettings } from '../src/drill/settings.js'
import { DrillLedger, parseDrillState, type DrillState } from '../src/drill/state.js'
import { runWaves, failureReason } from '../src/drill/waves.js'
import { steppingClock, TEST_EPOCH_MS } from './fixtures/clock.js'
import { FakeDrs, type ServerBehaviour } from './fixtures/fake-drs.js'
import { recordingPort } from './fixtures/port.js'
import { makeSettings } from './fixtures/settings.js'

const settingsWith = (overrides: Partial<DrillSettings> = {}): DrillSettings => ({
  ...makeSettings({ timeoutMinutes: 120 }),
  waveTag: 'dr:wave',
  maxServersPerJob: 100,
  healthCheck: 'ec2-status',
  cleanup: 'always',
  stopOnWaveFailure: true,
  ...overrides
})

const target = (n: number, wave: number | null): DrillTarget => ({
  accountId: '123456789012',
  region: 'us-east-1',
  instanceId: `i-${String(n).padStart(17, '0')}`,
  name: `host-${n}`,
  sourceServerId: `s-${n}`,
  wave
})

async function drill(
  targets: DrillTarget[],
  options: {
    settings?: Partial<DrillSettings>
    behaviour?: Record<string, ServerBehaviour>
    limits?: JobLimits
    fake?: (fake: FakeDrs) => void
  } = {}
) {
  const clock = steppingClock()
  const fake = new FakeDrs(clock, server => options.behaviour?.[server] ?? {})
  options.fake?.(fake)
  const settings = settingsWith(options.settings)
  const saved: DrillState[] = []
  const ledger = new DrillLedger(settings.cleanup, state =>
    saved.push(JSON.parse(JSON.stringify(state)))
  )
  const port = recordingPort()
  const rows = await runWaves(
    {
      settings,
      api: fake,
      port,
      clock,
      ledger,
      deadline: clock.now() + settings.timeoutMinutes * 60_000,
      foreignLoad: { jobs: 0, servers: 0 },
      limits: options.limits
    },
    planWaves(targets, settings.maxServersPerJob)
  )
  return { rows, fake, clock, ledger, saved, port, settings }
}

const byServer = (rows: DrillRow[]) =>
  Object.fromEntries(rows.map(row => [row.sourceServerId, row]))

describe('runWaves', () => {
  test('a clean drill: every server passed, RTO/RPO from the times, wave 2 starts after wave 1 is healthy', async () => {
    const { rows, fake, saved } = await drill([
      target(1, 1),
      target(2, 1),
      target(3, 2),
      target(4, null)
    ])
    expect(rows.map(row => row.status)).toEqual(['passed', 'passed', 'passed', 'passed'])
    const starts = fake.calls.filter(call => call.api === 'StartRecovery')
    expect(starts.map(call => (call.args as { ids: string[] }).ids)).toEqual([
      ['s-1', 's-2'],
      ['s-3'],
      ['s-4']
    ])
    expect((starts[0].args as { runTag: string }).runTag).toBe('drs-4242-1')
    const r = byServer(rows)
    for (const row of rows) {
      expect(row.rtoSeconds).toBe(
        Math.round((Date.parse(row.healthyAt!) - Date.parse(row.startedAt!)) / 1000)
      )
      expect(row.rpoSeconds).toBe(5)
      expect(row.drillInstanceId).toBe(row.recoveryInstanceId)
      // Health needs launch (60 s) and status checks (30 s) first.
      expect(row.rtoSeconds).toBeGreaterThanOrEqual(90)
    }
    expect(starts[1].at).toBeGreaterThanOrEqual(Date.parse(r['s-1'].healthyAt!))
    expect(starts[1].at).toBeGreaterThanOrEqual(Date.parse(r['s-2'].healthyAt!))
    expect(starts[2].at).toBeGreaterThanOrEqual(Date.parse(r['s-3'].healthyAt!))
    // Each job recorded the moment DRS answered, before any other call of its wave.
    expect(saved.map(state => state.jobs.length)).toEqual([1, 2, 3])
    expect(saved[0].jobs[0]).toEqual({ jobId: r['s-1'].jobId, sourceServerIds: ['s-1', 's-2'] })
    expect(r['s-1'].startedAt).toBe(new Date(TEST_EPOCH_MS).toISOString())
  })

  test('adaptive polling: starts at 5 s and backs off to 30 s while nothing changes', async () => {
    const { clock } = await drill([target(1, 1)], { behaviour: { 's-1': { launchMs: 600_000 } } })
    expect(clock.sleeps[0]).toBe(5_000)
    expect(Math.max(...clock.sleeps)).toBe(30_000)
    expect(clock.sleeps.slice(1, 4)).toEqual([7_500, 11_250, 16_875])
  })

  test('a failed launch gives the job log reason and stops the later waves', async () => {
    const { rows, fake } = await drill(
      [target(1, 1), target(2, 1), target(3, 2), target(4, null)],
      {
        behaviour: { 's-2': { outcome: 'FAILED', rawError: 'subnet has no free addresses' } }
      }
    )
    const r = byServer(rows)
    expect(r['s-1'].status).toBe('passed')
    expect(r['s-2']).toMatchObject({
      status: 'failed',
      message: 'launch failed (LAUNCH_FAILED: subnet has no free addresses)'
    })
    for (const id of ['s-3', 's-4']) {
      expect(r[id]).toMatchObject({
        status: 'not-started',
        jobId: null,
        wave: id === 's-3' ? 2 : null
      })
      expect(r[id].message).toContain('wave 1 had 1 failed or timed-out server(s)')
    }
    expect(fake.calls.filter(call => call.api === 'StartRecovery')).toHaveLength(1)
  })

  test('without stop-on-wave-failure the later waves still run', async () => {
    const { rows } = await drill([target(1, 1), target(2, 2)], {
      settings: { stopOnWaveFailure: false },
      behaviour: { 's-1': { outcome: 'FAILED' } }
    })
    expect(rows.map(row => row.status)).toEqual(['failed', 'passed'])
  })

  test('an impaired status check fails the server, naming the check', async () => {
    const { rows } = await drill([target(1, 1), target(2, 1)], {
      behaviour: { 's-2': { checks: 'impaired' } }
    })
    expect(byServer(rows)['s-2']).toMatchObject({
      status: 'failed',
      rtoSeconds: null,
      healthyAt: null
    })
    expect(byServer(rows)['s-2'].message).toContain(
      'EC2 status checks impaired (instance impaired, system ok)'
    )
    expect(byServer(rows)['s-2'].drillInstanceId).not.toBeNull()
  })

  test('health-check ssm waits for the agent; launched needs no EC2 call', async () => {
    const ssm = await drill([target(1, 1)], {
      settings: { healthCheck: 'ssm' },
      behaviour: { 's-1': { ssmOnline: false } }
    })
    expect(ssm.rows[0].status).toBe('timed-out')
    const launched = await drill([target(1, 1)], { settings: { healthCheck: 'launched' } })
    expect(launched.rows[0].status).toBe('passed')
    expect(launched.rows[0].healthyAt).toBe(launched.rows[0].launchedAt)
    expect(launched.fake.calls.some(call => call.api === 'DescribeInstanceStatus')).toBe(false)
  })

  test('a server not healthy at the bound is timed-out, and so are the later waves not started', async () => {
    const { rows } = await drill([target(1, 1), target(2, 2)], {
      settings: { timeoutMinutes: 5, stopOnWaveFailure: false },
      behaviour: { 's-1': { launchMs: 20 * 60_000 } }
    })
    expect(rows[0]).toMatchObject({ status: 'timed-out', launchedAt: null })
    expect(rows[0].message).toContain('not healthy within timeout-minutes 5 (still launching)')
    expect(rows[1].status).toBe('not-started')
  })

  test('DRS limits: never more than the concurrent jobs or servers in active jobs', async () => {
    const targets = Array.from({ length: 9 }, (_, n) => target(n + 1, 1))
    const { rows, fake } = await drill(targets, {
      settings: { maxServersPerJob: 2 },
      limits: { serversPerJob: 2, concurrentJobs: 2, serversInActiveJobs: 100 }
    })
    expect(rows.every(row => row.status === 'passed')).toBe(true)
    expect(fake.calls.filter(call => call.api === 'StartRecovery')).toHaveLength(5)
    expect(fake.peak.jobs).toBe(2)
    const servers = await drill(targets, {
      settings: { maxServersPerJob: 2 },
      limits: { serversPerJob: 2, concurrentJobs: 20, serversInActiveJobs: 4 }
    })
    expect(servers.fake.peak.servers).toBeLessThanOrEqual(4)
    expect(servers.rows.every(row => row.status === 'passed')).toBe(true)
  })

  test('a job still STARTED after its servers launched keeps holding its slot until COMPLETED', async () => {
    const targets = Array.from({ length: 4 }, (_, n) => target(n + 1, 1))
    const { rows, fake } = await drill(targets, {
      settings: { maxServersPerJob: 1 },
      limits: { serversPerJob: 1, concurrentJobs: 2, serversInActiveJobs: 100 },
      fake: f => (f.jobTailMs = 120_000)
    })
    expect(rows.map(row => row.status)).toEqual(['passed', 'passed', 'passed', 'passed'])
    expect(fake.peak.jobs).toBe(2)
    const starts = fake.calls.filter(call => call.api === 'StartRecovery').map(call => call.at)
    // The third job waits for the first two to be COMPLETED (launch 60 s + tail 120 s).
    expect(starts[2] - starts[0]).toBeGreaterThanOrEqual(180_000)
  })

  test('failureReason: the last failure event of the server', () => {
    expect(failureReason([], 's-1')).toContain('no reason')
    expect(
      failureReason(
        [
          { at: null, event: 'SNAPSHOT_FAIL', sourceServerId: 's-2', rawError: 'other' },
          { at: null, event: 'CONVERSION_FAIL', sourceServerId: 's-1', rawError: 'bad disk' }
        ],
        's-1'
      )
    ).toBe('launch failed (CONVERSION_FAIL: bad disk)')
  })
})

describe('cleanUp', () => {
  test('terminates every instance of this run and confirms it', async () => {
    const { rows, fake, clock, ledger, port } = await drill([target(1, 1), target(2, 2)])
    const result = await cleanUp({ api: fake, clock, port, ledger })
    expect(result).toMatchObject({ unconfirmed: 0, terminated: 2 })
    expect(fake.terminations().sort()).toEqual(rows.map(row => row.recoveryInstanceId).sort())
    const final = applyCleanup(rows, result, null)
    expect(final.map(row => row.terminated)).toEqual([true, true])
    expect(ledger.state.confirmed.sort()).toEqual(fake.terminations().sort())
  })

  test('on-success keeps the failed drills, terminates the rest', async () => {
    const { rows, fake, clock, ledger, port } = await drill([target(1, 1), target(2, 1)], {
      settings: { cleanup: 'on-success' },
      behaviour: { 's-2': { checks: 'impaired' } }
    })
    expect(ledger.state.keep).toEqual(['s-2'])
    const result = await cleanUp({ api: fake, clock, port, ledger }, new Set(ledger.state.keep))
    expect(fake.terminations()).toEqual([byServer(rows)['s-1'].recoveryInstanceId])
    const final = byServer(applyCleanup(rows, result, 'kept'))
    expect(final['s-1'].terminated).toBe(true)
    expect(final['s-2']).toMatchObject({
      terminated: false,
      message: expect.stringContaining('kept')
    })
  })

  test('never touches a recovery instance that is not a drill of this run', async () => {
    const clock = steppingClock()
    const fake = new FakeDrs(clock)
    const foreign = fake.preexisting('s-9', false)
    const ledger = new DrillLedger('always')
    // A ledger naming the foreign job (a corrupted state) must still not terminate a non-drill.
    ledger.jobStarted(fake.jobList[0].id, ['s-9'])
    const result = await cleanUp({ api: fake, clock, port: recordingPort(), ledger })
    expect(fake.terminations()).toEqual([])
    expect(fake.instances.get(foreign)?.terminatedAt).toBeNull()
    expect(result.bySourceServer.get('s-9')?.message).toContain('left untouched')
    expect(result.unconfirmed).toBe(0)
  })

  test('a termination that is never confirmed is counted and said, within the bound', async () => {
    const { fake, clock, ledger, port, rows } = await drill([target(1, 1)], {
      behaviour: { 's-1': { terminateStuck: true } }
    })
    const before = clock.now()
    const result = await cleanUp({ api: fake, clock, port, ledger })
    expect(result.unconfirmed).toBe(1)
    expect(clock.now() - before).toBeLessThanOrEqual(10 * 60_000)
    expect(clock.now() - before).toBeGreaterThanOrEqual(10 * 60_000 - 30_000)
    const [row] = applyCleanup(rows, result, null)
    expect(row.terminated).toBe(false)
    expect(row.message).toContain('not confirmed within 10 minutes')
  })

  test('after a cancel, waits for the launch still in progress and terminates its instance', async () => {
    const clock = steppingClock()
    const fake = new FakeDrs(clock, () => ({ launchMs: 120_000 }))
    const main = new DrillLedger('always')
    const job = await fake.startDrill(['s-1', 's-2'], 'drs-4242-1')
    main.jobStarted(job.jobId, ['s-1', 's-2'])
    // The post step reads the saved state back.
    const ledger = new DrillLedger(
      'always',
      () => undefined,
      parseDrillState(JSON.stringify(main.state))!
    )
    const result = await cleanUp({ api: fake, clock, port: recordingPort(), ledger })
    expect(result).toMatchObject({ unconfirmed: 0, terminated: 2 })
    expect(fake.terminations()).toHaveLength(2)
  })
})

describe('parseDrillState', () => {
  test('reads what the ledger saved and rejects anything else', () => {
    const ledger = new DrillLedger('on-success')
    ledger.jobStarted('drsjob-1', ['s-1'])
    ledger.keep('s-1')
    expect(parseDrillState(JSON.stringify(ledger.state))).toEqual(ledger.state)
    expect(parseDrillState('')).toBeNull()
    expect(parseDrillState('{')).toBeNull()
    expect(parseDrillState('{"version":2,"jobs":[]}')).toBeNull()
  })
})
