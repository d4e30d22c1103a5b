// End-to-end: the bundled drill action (drill/dist/index.js, main and post) over several accounts in
// one step (`accounts` + `role-name`) against the simulator: each account drills its own waves,
// a denied account is its own failed rows, and a cancelled run is cleaned up by the post step in
// every account it launched in. Run `npm run bundle:drill` after a src change.
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

const A = '211111111111'
const B = '222222222222'
const DENIED = '233333333333'
const ROLE_NAME = 'DRSOrchestrationRole'
const role = (account: string): string => `arn:aws:iam::${account}:role/${ROLE_NAME}`
const AMBIENT = {
  accessKeyId: 'AKIAE2EAMBIENT000002',
  secretAccessKey: 'e2eAmbientSecret/k2Zr2vN5xT1kLw7pYc3mB6hJ',
  principalArn: 'arn:aws:iam::111111111111:user/ci'
}
const DR_TAGS = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }
const ENTRY = join(repoRoot, 'drill', 'dist', 'index.js')
const ACTION_YML = join(repoRoot, 'drill', 'action.yml')
const SLOW = 150_000

const iid = (account: string, n: number): string =>
  `i-0d${account.slice(-3)}${n.toString(16).padStart(12, '0')}`
const sid = (account: string, n: number): string =>
  `s-0d${account.slice(-3)}${n.toString(16).padStart(12, '0')}`

function account(id: string, waves: Array<string | null>, trusted = true): Json {
  return {
    roles: [
      { arn: role(id), trustedPrincipals: trusted ? ['ambient'] : [`arn:aws:iam::${id}:root`] }
    ],
    regions: {
      'us-east-1': {
        instances: waves.map((wave, n) => ({
          id: iid(id, n + 1),
          name: `app-${id.slice(-2)}-${n + 1}`,
          platform: 'Linux',
          tags: { ...DR_TAGS, ...(wave ? { 'dr:wave': wave } : {}) }
        }))
      },
      'us-west-2': {
        sourceServers: waves.map((_, n) => ({
          sourceServerID: sid(id, n + 1),
          instanceId: iid(id, n + 1)
        }))
      }
    }
  }
}

function scenario(accounts: Record<string, Json>, drill: Json = {}): Json {
  return {
    timeScale: 0.01,
    credentialTime: 'real',
    ambient: AMBIENT,
    drill: {
      jobStartSeconds: 5,
      launchSeconds: 120,
      statusOkAfterSeconds: 60,
      terminateSeconds: 60,
      snapshotAgeSeconds: 30,
      ...drill
    },
    accounts
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
  accounts: string[],
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
      accounts: accounts.join(','),
      'role-name': ROLE_NAME,
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

const ops = (calls: Call[], operation: string, account?: string): Call[] =>
  calls.filter(
    call => call.operation === operation && (account === undefined || call.account === account)
  )
const startedServers = (calls: Call[], account: string): string[][] =>
  ops(calls, 'StartRecovery', account).map(call =>
    ((call.params as { sourceServers: { sourceServerID: string }[] }).sourceServers ?? []).map(
      s => s.sourceServerID
    )
  )
const terminatedIds = (calls: Call[], account: string): string[] =>
  ops(calls, 'TerminateRecoveryInstances', account).flatMap(
    call => (call.params as { recoveryInstanceIDs: string[] }).recoveryInstanceIDs
  )

describe('drill action (bundled) over several accounts', () => {
  test.concurrent(
    'a clean drill over two accounts: each drills its own waves and terminates its own instances',
    async () =>
      withSimulator(
        scenario({ [A]: account(A, ['1', '2']), [B]: account(B, ['1', null]) }),
        async sim => {
          const run = await drill(sim, [A, B])
          expect(run.exitCode).toBe(0)
          expect(
            run.rows.map(row => [row.accountId, row.sourceServerId, row.wave, row.status])
          ).toEqual([
            [A, sid(A, 1), 1, 'passed'],
            [A, sid(A, 2), 2, 'passed'],
            [B, sid(B, 1), 1, 'passed'],
            [B, sid(B, 2), null, 'passed']
          ])
          for (const row of run.rows) expect(row.terminated).toBe(true)
          // Waves per account: one StartRecovery per wave, in each account with its own role.
          expect(startedServers(run.calls, A)).toEqual([[sid(A, 1)], [sid(A, 2)]])
          expect(startedServers(run.calls, B)).toEqual([[sid(B, 1)], [sid(B, 2)]])
          for (const id of [A, B]) {
            const own = run.rows.filter(row => row.accountId === id)
            expect(terminatedIds(run.calls, id).sort()).toEqual(
              own.map(row => row.recoveryInstanceId).sort()
            )
          }
          expect(sim.state.recoveryInstances).toEqual([])
          expect(run.outputs).toMatchObject({
            'passed-count': '4',
            'failed-count': '0',
            'drill-instance-count': '4',
            'terminated-count': '4',
            'account-count': '2'
          })
          expect(run.summary).toContain('## DRS drill: 2 accounts')
          expect(run.summary).toContain(`| ${A} | 2 | 2 passed | 2 | 2 |`)
          expect(run.summary).toContain(`| ${B} | 2 | 2 passed | 2 | 2 |`)
          expect(run.log).toContain(`[${A}] Started drill job`)
          expect(run.log).toContain(`[${B}] Started drill job`)
        }
      ),
    SLOW
  )

  test.concurrent(
    'a denied account is a failed row per source region; the other accounts drill as usual',
    async () =>
      withSimulator(
        scenario({ [A]: account(A, ['1']), [DENIED]: account(DENIED, ['1'], false) }),
        async sim => {
          const run = await drill(sim, [A, DENIED])
          expect(run.exitCode).toBe(1)
          expect(run.rows.map(row => [row.accountId, row.region, row.status])).toEqual([
            [A, 'us-east-1', 'passed'],
            [DENIED, 'us-east-1', 'failed']
          ])
          const denied = run.rows[1]
          expect(denied.instanceId).toBeNull()
          expect(denied.message).toContain(`AssumeRole into ${role(DENIED)} was denied`)
          expect(run.rows[0].terminated).toBe(true)
          expect(ops(run.calls, 'StartRecovery', DENIED)).toEqual([])
          expect(run.calls.some(call => call.account === DENIED && call.service !== 'sts')).toBe(
            false
          )
          expect(run.outputs).toMatchObject({
            'passed-count': '1',
            'failed-count': '1',
            'account-count': '2'
          })
          expect(run.log).toContain(`Account ${DENIED} stopped:`)
          expect(run.log).toContain('1 server(s) failed, timed out or were not started')
        }
      ),
    SLOW
  )

  test.concurrent(
    'a cancelled run over two accounts: the post step re-assumes each and terminates what this run launched there',
    async () =>
      withSimulator(
        scenario(
          { [A]: account(A, [null, null]), [B]: account(B, [null]) },
          { launchSeconds: 600 }
        ),
        async sim => {
          const folder = await mkdtemp(join(tmpdir(), 'drill-accounts-state-'))
          try {
            const stateFile = join(folder, 'github_state')
            await writeFile(stateFile, '')
            // One account at a time discovers: A has launched before B does.
            const inputs = { 'account-concurrency': '1' }
            const main = await drill(sim, [A, B], inputs, {
              env: { GITHUB_STATE: stateFile },
              signal: { name: 'SIGTERM', whenLogIncludes: `[${B}] Started drill job` }
            })
            expect(main.exitCode).toBe(1)
            expect(ops(main.calls, 'TerminateRecoveryInstances')).toEqual([])
            const state = parseOutputFile(await readFile(stateFile, 'utf8'))
            const saved = JSON.parse(state.drill) as {
              jobs: { jobId: string; sourceServerIds: string[]; accountId: string }[]
              finishedAccounts: string[]
            }
            expect(saved.jobs.map(job => [job.accountId, job.sourceServerIds]).sort()).toEqual([
              [A, [sid(A, 1), sid(A, 2)]],
              [B, [sid(B, 1)]]
            ])
            expect(saved.finishedAccounts).toEqual([])

            const stateEnv = Object.fromEntries(
              Object.entries(state).map(([name, value]) => [`STATE_${name}`, value])
            )
            const post = await drill(sim, [A, B], inputs, { env: stateEnv })
            expect(post.exitCode).toBe(0)
            expect(ops(post.calls, 'StartRecovery')).toEqual([])
            // Each account re-assumed with its own role, its own launches terminated there.
            const assumed = ops(post.calls, 'AssumeRole').map(
              call => (call.params as { RoleArn: string }).RoleArn
            )
            expect(assumed.sort()).toEqual([role(A), role(B)])
            for (const job of saved.jobs) {
              const launched = sim.state.jobs.find(entry => entry.id === job.jobId)!
              const instances = launched.servers.map(s => s.recoveryInstanceID)
              expect(instances.every(id => id !== null)).toBe(true)
              expect(terminatedIds(post.calls, job.accountId).sort()).toEqual([...instances].sort())
              for (const id of instances)
                expect(sim.state.instances.get(id!)?.state).toBe('terminated')
            }
            expect(post.log).toContain('3 drill instance(s) terminated, 0 not confirmed')
            expect(post.summary).toContain(`| ${A} | ${sid(A, 1)} |`)
          } finally {
            await rm(folder, { recursive: true, force: true })
          }
        }
      ),
    SLOW
  )
})
