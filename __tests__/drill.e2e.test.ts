// End-to-end: the bundled drill action (drill/dist/index.js, main and post) runs as the runner runs
// it, against the local AWS simulator, which launches drill instances on simulated time. Run
// `npm run bundle` after a src change.
import { describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DrillRow } from '../src/drill/rows.js'
import {
  parseOutputFile,
  repoRoot,
  runAction,
  type ActionRun,
  type RunActionOptions
} from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>
type Call = ReturnType<Simulator['calls']>[number]
type Json = Record<string, unknown>

const ACCOUNT = '222222222222'
const TARGET_ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const AMBIENT = {
  accessKeyId: 'AKIAE2EAMBIENT000001',
  secretAccessKey: 'e2eAmbientSecret/q8Zr2vN5xT1kLw7pYc3mB6hJ',
  principalArn: 'arn:aws:iam::111111111111:user/ci'
}
const DR_TAGS = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }
const ENTRY = join(repoRoot, 'drill', 'dist', 'index.js')
const ACTION_YML = join(repoRoot, 'drill', 'action.yml')
const SESSION = 'drs-4242-1'
const SLOW = 120_000

const iid = (n: number): string => `i-0d71${n.toString(16).padStart(13, '0')}`
const sid = (n: number): string => `s-0d71${n.toString(16).padStart(13, '0')}`

interface ServerSpec {
  n: number
  /** dr:wave on the instance */
  wave?: string
  /** dr:wave on the source server */
  serverWave?: string
  drill?: Json
  extra?: Json
}

function scenario(servers: ServerSpec[], target: Json = {}, drill: Json = {}): Json {
  return {
    timeScale: 0.01,
    credentialTime: 'real',
    ambient: AMBIENT,
    // Short simulated launches, so a wave takes a poll or two of the action's real 5 s.
    drill: {
      jobStartSeconds: 5,
      launchSeconds: 120,
      statusOkAfterSeconds: 60,
      terminateSeconds: 60,
      snapshotAgeSeconds: 30,
      ...drill
    },
    accounts: {
      [ACCOUNT]: {
        roles: [{ arn: TARGET_ROLE, trustedPrincipals: ['ambient'], maxSessionDuration: 3600 }],
        regions: {
          'us-east-1': {
            instances: servers.map(s => ({
              id: iid(s.n),
              name: `app-${s.n}`,
              platform: 'Linux',
              tags: { ...DR_TAGS, ...(s.wave ? { 'dr:wave': s.wave } : {}) }
            }))
          },
          'us-west-2': {
            ...target,
            sourceServers: servers.map(s => ({
              sourceServerID: sid(s.n),
              instanceId: iid(s.n),
              ...(s.serverWave ? { tags: { 'dr:wave': s.serverWave } } : {}),
              ...(s.drill ? { drill: s.drill } : {}),
              ...s.extra
            }))
          }
        }
      }
    }
  }
}

interface Run extends ActionRun {
  rows: DrillRow[]
  calls: Call[]
}

async function withSimulator<T>(spec: Json, fn: (sim: Simulator) => Promise<T>): Promise<T> {
  const sim = await startSimulator(spec)
  try {
    return await fn(sim)
  } finally {
    await sim.close()
  }
}

type DrillOptions = Omit<RunActionOptions, 'inputs' | 'simulator'>

async function drill(
  sim: Simulator,
  inputs: Record<string, string> = {},
  options: DrillOptions = {}
): Promise<Run> {
  const before = sim.calls().length
  const run = await runAction({
    entry: ENTRY,
    actionYml: ACTION_YML,
    oidc: false,
    ambient: { accessKeyId: AMBIENT.accessKeyId, secretAccessKey: AMBIENT.secretAccessKey },
    ...options,
    inputs: {
      'role-arn': TARGET_ROLE,
      'source-regions': 'us-east-1',
      'target-region': 'us-west-2',
      ...inputs
    },
    simulator: sim
  })
  return {
    ...run,
    rows: (run.resultsFileRows ?? []) as DrillRow[],
    calls: sim.calls().slice(before)
  }
}

/** The runner's way: main saves state into GITHUB_STATE; post gets it back as STATE_* variables. */
async function drillWithPost(
  sim: Simulator,
  inputs: Record<string, string>,
  options: DrillOptions = {}
): Promise<{ main: Run; post: Run; state: Record<string, string> }> {
  const folder = await mkdtemp(join(tmpdir(), 'drill-state-'))
  try {
    const stateFile = join(folder, 'github_state')
    await writeFile(stateFile, '')
    const main = await drill(sim, inputs, {
      ...options,
      env: { ...options.env, GITHUB_STATE: stateFile }
    })
    const state = parseOutputFile(await readFile(stateFile, 'utf8'))
    const stateEnv = Object.fromEntries(
      Object.entries(state).map(([name, value]) => [`STATE_${name}`, value])
    )
    const post = await drill(sim, inputs, { env: stateEnv })
    return { main, post, state }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

const byServer = (rows: DrillRow[]): Record<string, DrillRow> =>
  Object.fromEntries(rows.map(row => [row.sourceServerId ?? '', row]))
const ops = (calls: Call[], operation: string): Call[] =>
  calls.filter(call => call.operation === operation)
const startedServers = (calls: Call[]): string[][] =>
  ops(calls, 'StartRecovery').map(call =>
    ((call.params as { sourceServers: { sourceServerID: string }[] }).sourceServers ?? []).map(
      s => s.sourceServerID
    )
  )
const terminatedIds = (calls: Call[]): string[] =>
  ops(calls, 'TerminateRecoveryInstances').flatMap(
    call => (call.params as { recoveryInstanceIDs: string[] }).recoveryInstanceIDs
  )

describe('drill action (bundled) against the simulator', () => {
  test.concurrent(
    'a clean drill: waves in order, RTO/RPO per server, every drill instance terminated and confirmed',
    async () =>
      withSimulator(
        scenario([{ n: 1, wave: '1' }, { n: 2, wave: '1' }, { n: 3, serverWave: '2' }, { n: 4 }]),
        async sim => {
          const run = await drill(sim)
          expect(run.exitCode).toBe(0)
          const rows = byServer(run.rows)
          expect(
            run.rows.map(row => [row.sourceServerId, row.wave, row.status, row.terminated])
          ).toEqual([
            [sid(1), 1, 'passed', true],
            [sid(2), 1, 'passed', true],
            [sid(3), 2, 'passed', true],
            [sid(4), null, 'passed', true]
          ])
          expect(startedServers(run.calls)).toEqual([[sid(1), sid(2)], [sid(3)], [sid(4)]])
          for (const call of ops(run.calls, 'StartRecovery')) {
            expect(call.params).toMatchObject({
              isDrill: true,
              tags: { 'drs-orchestration:run': SESSION }
            })
          }
          for (const row of run.rows) {
            expect(row.operation).toBe('drill')
            expect(row.rtoSeconds).toBe(
              Math.round((Date.parse(row.healthyAt!) - Date.parse(row.startedAt!)) / 1000)
            )
            expect(row.rpoSeconds).toBe(
              Math.max(
                0,
                Math.round((Date.parse(row.startedAt!) - Date.parse(row.snapshotAt!)) / 1000)
              )
            )
            expect(row.drillInstanceId).toMatch(/^i-/)
          }
          // Wave 2 was started only once every server of wave 1 was seen healthy.
          const waveTwoJob = sim.state.jobs.find(job => job.id === rows[sid(3)].jobId)!
          expect(Date.parse(rows[sid(3)].startedAt!)).toBeGreaterThanOrEqual(
            Date.parse(rows[sid(1)].healthyAt!)
          )
          expect(Date.parse(rows[sid(3)].startedAt!)).toBeGreaterThanOrEqual(
            Date.parse(rows[sid(2)].healthyAt!)
          )
          expect(waveTwoJob.isDrill).toBe(true)
          expect(terminatedIds(run.calls).sort()).toEqual(
            run.rows.map(row => row.recoveryInstanceId).sort()
          )
          expect(sim.state.recoveryInstances).toEqual([])
          for (const row of run.rows)
            expect(sim.state.instances.get(row.drillInstanceId!)?.state).toBe('terminated')
          expect(run.outputs).toMatchObject({
            'passed-count': '4',
            'failed-count': '0',
            'skipped-count': '0',
            'drill-instance-count': '4',
            'terminated-count': '4',
            'account-count': '1',
            'results-truncated': 'false',
            'max-rto-seconds': String(Math.max(...run.rows.map(row => row.rtoSeconds!)))
          })
          expect(run.summary).toContain('```mermaid')
          expect(run.summary).toContain('| wave 1 | 2 | 2 | 0 |')
        }
      ),
    SLOW
  )

  test.concurrent(
    'a failed launch: the reason from the job log, later waves not started, the launched one still terminated',
    async () =>
      withSimulator(
        scenario([
          { n: 1, wave: '1' },
          {
            n: 2,
            wave: '1',
            drill: { outcome: 'FAILED', rawError: 'Subnet subnet-0abc has no free IPs' }
          },
          { n: 3, wave: '2' },
          { n: 4 }
        ]),
        async sim => {
          const run = await drill(sim)
          expect(run.exitCode).toBe(1)
          const rows = byServer(run.rows)
          expect(rows[sid(1)]).toMatchObject({ status: 'passed', terminated: true })
          expect(rows[sid(2)]).toMatchObject({
            status: 'failed',
            recoveryInstanceId: null,
            terminated: null
          })
          expect(rows[sid(2)].message).toContain(
            'LAUNCH_FAILED: Subnet subnet-0abc has no free IPs'
          )
          for (const id of [sid(3), sid(4)]) {
            expect(rows[id]).toMatchObject({ status: 'not-started', jobId: null })
            expect(rows[id].message).toContain('stop-on-wave-failure')
          }
          expect(startedServers(run.calls)).toEqual([[sid(1), sid(2)]])
          expect(ops(run.calls, 'DescribeJobLogItems').length).toBeGreaterThan(0)
          expect(terminatedIds(run.calls)).toEqual([rows[sid(1)].recoveryInstanceId])
          expect(run.outputs).toMatchObject({
            'passed-count': '1',
            'failed-count': '3',
            'terminated-count': '1'
          })
          expect(run.log).toContain('3 server(s) failed, timed out or were not started')
        }
      ),
    SLOW
  )

  test.concurrent(
    'an impaired instance fails its server; cleanup on-success keeps it for debugging',
    async () =>
      withSimulator(
        scenario([{ n: 1 }, { n: 2, drill: { statusChecks: 'impaired' } }]),
        async sim => {
          const run = await drill(sim, { cleanup: 'on-success' })
          expect(run.exitCode).toBe(1)
          const rows = byServer(run.rows)
          expect(rows[sid(1)]).toMatchObject({ status: 'passed', terminated: true })
          expect(rows[sid(2)]).toMatchObject({
            status: 'failed',
            terminated: false,
            healthyAt: null,
            rtoSeconds: null
          })
          expect(rows[sid(2)].message).toContain('EC2 status checks impaired')
          expect(rows[sid(2)].message).toContain('kept')
          expect(terminatedIds(run.calls)).toEqual([rows[sid(1)].recoveryInstanceId])
          expect(sim.state.instances.get(rows[sid(2)].drillInstanceId!)?.state).toBe('running')
          expect(run.outputs['terminated-count']).toBe('1')
        }
      ),
    SLOW
  )

  test.concurrent(
    'a cancelled run (SIGTERM): the post step terminates and confirms what the main step launched',
    async () =>
      withSimulator(scenario([{ n: 1 }, { n: 2 }], {}, { launchSeconds: 600 }), async sim => {
        const { main, post, state } = await drillWithPost(
          sim,
          {},
          {
            signal: { name: 'SIGTERM', whenLogIncludes: 'Started drill job' }
          }
        )
        expect(main.exitCode).toBe(1)
        expect(main.log).toContain('Received SIGTERM')
        expect(ops(main.calls, 'TerminateRecoveryInstances')).toEqual([])
        const saved = JSON.parse(state.drill) as {
          jobs: { jobId: string; sourceServerIds: string[] }[]
          finished: boolean
        }
        expect(saved.finished).toBe(false)
        expect(saved.jobs.map(job => job.sourceServerIds)).toEqual([[sid(1), sid(2)]])
        expect(state.isPost).toBe('true')

        expect(post.exitCode).toBe(0)
        expect(ops(post.calls, 'StartRecovery')).toEqual([])
        const launched = sim.state.jobs.find(job => job.id === saved.jobs[0].jobId)!
        const instances = launched.servers.map(s => s.recoveryInstanceID)
        expect(instances.every(id => id !== null)).toBe(true)
        expect(terminatedIds(post.calls).sort()).toEqual([...instances].sort())
        for (const id of instances) expect(sim.state.instances.get(id!)?.state).toBe('terminated')
        expect(post.log).toContain('2 drill instance(s) terminated, 0 not confirmed')
      }),
    SLOW
  )

  test.concurrent(
    'pre-existing recovery instances and jobs are left untouched (skipped-busy)',
    async () =>
      withSimulator(
        scenario(
          [
            { n: 1 },
            { n: 2 },
            { n: 3, extra: { activeJob: { isDrill: true, remainingSeconds: 100000 } } },
            { n: 4 },
            { n: 5, extra: { replicationState: 'INITIAL_SYNC' } }
          ],
          {
            recoveryInstances: [
              {
                sourceServerID: sid(1),
                isDrill: false,
                launchedSecondsAgo: 7200,
                ec2InstanceID: iid(0xe1)
              },
              {
                sourceServerID: sid(2),
                isDrill: true,
                launchedSecondsAgo: 600,
                ec2InstanceID: iid(0xe2)
              }
            ]
          }
        ),
        async sim => {
          const run = await drill(sim)
          const rows = byServer(run.rows)
          expect(rows[sid(1)]).toMatchObject({
            status: 'skipped-busy',
            jobId: null,
            terminated: null
          })
          expect(rows[sid(1)].message).toContain(iid(0xe1))
          expect(rows[sid(2)].status).toBe('skipped-busy')
          expect(rows[sid(3)].status).toBe('skipped-busy')
          expect(rows[sid(4)]).toMatchObject({ status: 'passed', terminated: true })
          expect(rows[sid(5)].status).toBe('skipped-unhealthy')
          expect(rows[sid(5)].message).toContain('INITIAL_SYNC')
          expect(startedServers(run.calls)).toEqual([[sid(4)]])
          expect(terminatedIds(run.calls)).toEqual([rows[sid(4)].recoveryInstanceId])
          const left = sim.state.recoveryInstances.map(ri => ri.id).sort()
          expect(left).toEqual(expect.arrayContaining([iid(0xe1), iid(0xe2)]))
          expect(sim.state.instances.get(iid(0xe1))?.state).toBe('running')
          expect(sim.state.instances.get(iid(0xe2))?.state).toBe('running')
          expect(run.outputs).toMatchObject({ 'skipped-count': '4', 'passed-count': '1' })
          expect(run.exitCode).toBe(0)
        }
      ),
    SLOW
  )

  test.concurrent(
    'health-check ssm waits for the agent Online; dry-run plans without launching',
    async () =>
      withSimulator(
        scenario([
          { n: 1, wave: '1', drill: { ssm: true } },
          { n: 2, wave: '1' },
          { n: 3, serverWave: '2' }
        ]),
        async sim => {
          const dry = await drill(sim, { 'dry-run': 'true', 'max-servers-per-job': '1' })
          expect(dry.exitCode).toBe(0)
          expect(dry.rows.map(row => [row.sourceServerId, row.wave, row.status])).toEqual([
            [sid(1), 1, 'dry-run'],
            [sid(2), 1, 'dry-run'],
            [sid(3), 2, 'dry-run']
          ])
          expect(dry.rows[0].message).toBe('would launch in job 1 of 2 (1 server(s))')
          expect(ops(dry.calls, 'StartRecovery')).toEqual([])

          const run = await drill(sim, { 'health-check': 'ssm', 'timeout-minutes': '0.5' })
          expect(run.exitCode).toBe(1)
          const rows = byServer(run.rows)
          expect(rows[sid(1)]).toMatchObject({ status: 'passed', terminated: true })
          // Its status checks pass, but its agent never registers with SSM.
          expect(rows[sid(2)]).toMatchObject({
            status: 'timed-out',
            terminated: true,
            healthyAt: null
          })
          expect(rows[sid(2)].message).toContain(
            'not healthy within timeout-minutes 0.5 (launched)'
          )
          expect(rows[sid(3)].status).toBe('not-started')
          expect(ops(run.calls, 'DescribeInstanceInformation').length).toBeGreaterThan(0)
        }
      ),
    SLOW
  )

  test.concurrent(
    'bad input fails before any call, naming the input',
    async () =>
      withSimulator(scenario([{ n: 1 }]), async sim => {
        const run = await drill(sim, { cleanup: 'sometimes', 'max-servers-per-job': '150' })
        expect(run.exitCode).toBe(1)
        expect(run.log).toContain('cleanup: expected always, on-success or never, got "sometimes"')
        expect(run.log).toContain('max-servers-per-job: expected a whole number from 1 to 100')
        expect(run.calls).toEqual([])
      }),
    SLOW
  )
})
