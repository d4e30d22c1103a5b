// End-to-end: the bundled action (dist/index.js, so run `npm run bundle` after a src change) runs as
// the GitHub runner runs it, against the local AWS simulator, and every test asserts behaviour the
// contract promises: the credential chain as the simulator saw it, what was sent, the rows, the
// outputs, the job summary and the exit code.
//
// Every run also goes through the same checks (see `act`): no secret in the log, outputs, summary or
// results-file; every secret masked the moment it exists; every EC2/SSM/DRS/SNS call signed by a
// target-role session; outputs consistent with the results-file rows; polling economy; exit code.
//
// The suite runs its tests concurrently (each with its own simulator on an ephemeral port): most of
// a run is the action's 5-second polling pause, not CPU.
import { describe, expect, test } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Row } from '../src/shared/rows.js'
import { repoRoot, runAction, type ActionRun, type RunActionOptions } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>
type Call = ReturnType<Simulator['calls']>[number]
type Json = Record<string, unknown>

const ACCOUNT = '222222222222'
const CENTRAL_ROLE = 'arn:aws:iam::111111111111:role/GitHubDRSOrchestrator'
const TARGET_ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const EXTERNAL_ID = 'e2e-external-id-5f1c9a7d'
const AMBIENT = {
  accessKeyId: 'AKIAE2EAMBIENT000001',
  secretAccessKey: 'e2eAmbientSecret/q8Zr2vN5xT1kLw7pYc3mB6hJ',
  principalArn: 'arn:aws:iam::111111111111:user/ci'
}
const AMBIENT_KEYS = { accessKeyId: AMBIENT.accessKeyId, secretAccessKey: AMBIENT.secretAccessKey }
const DR_TAGS = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }
const DEFAULT_DOCUMENT = 'AWSDisasterRecovery-InstallDRAgentOnInstance'

const BASE_INPUTS: Record<string, string> = {
  'role-arn': TARGET_ROLE,
  'external-id': EXTERNAL_ID,
  'oidc-role-arn': CENTRAL_ROLE,
  'source-regions': 'us-east-1',
  'target-region': 'us-west-2'
}

const STATUSES = [
  'installed',
  'failed',
  'timed-out',
  'skipped-registered',
  'skipped-unmanaged',
  'dry-run',
  'pending'
]
const ROW_KEYS = [
  'accountId',
  'commandId',
  'instanceId',
  'message',
  'name',
  'platform',
  'region',
  'replicationState',
  'sourceServerId',
  'status'
]
const RESULTS_LIMIT = 512 * 1024
const AWS_SERVICES = new Set(['ec2', 'ssm', 'drs', 'sns'])
// Another bundle to test (e.g. one built elsewhere); default dist/index.js.
const ENTRY = process.env.DRS_E2E_ENTRY || undefined
// Generous per-test bound: tests run concurrently on what may be a two-core machine.
const SLOW = 120_000

const needsAttention = (row: Row): boolean =>
  row.status === 'failed' || row.status === 'timed-out' || row.status === 'skipped-unmanaged'
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/** i-0e2e + 13 hex digits: a valid 17-digit instance id per number. */
const iid = (n: number): string => `i-0e2e${n.toString(16).padStart(13, '0')}`

function instance(n: number, fields: Json = {}): Json {
  return { id: iid(n), name: `host-${n}`, platform: 'Linux', tags: DR_TAGS, ...fields }
}

interface ScenarioOptions {
  /** Region specs of the workload account; us-west-2 (DRS initialised) is added unless given. */
  regions: Record<string, Json>
  /** Overrides for the target role. */
  role?: Json
  timeScale?: number
  credentialTime?: 'real' | 'simulated'
  /** Other top-level scenario fields (throttle, sns, ssm, instanceGenerator, ambient, ...). */
  extra?: Json
}

function scenario(options: ScenarioOptions): Json {
  return {
    timeScale: options.timeScale ?? 0.02,
    credentialTime: options.credentialTime ?? 'real',
    oidc: { subject: 'repo:octo/fleet:ref:refs/heads/main' },
    ambient: AMBIENT,
    oidcRoles: [
      {
        arn: CENTRAL_ROLE,
        oidcSubjects: ['repo:octo/fleet:*'],
        oidcAudience: 'sts.amazonaws.com',
        maxSessionDuration: 3600
      }
    ],
    accounts: {
      [ACCOUNT]: {
        roles: [
          {
            arn: TARGET_ROLE,
            externalId: EXTERNAL_ID,
            trustedPrincipals: [CENTRAL_ROLE, 'ambient'],
            maxSessionDuration: 3600,
            ...options.role
          }
        ],
        regions: { 'us-west-2': {}, ...options.regions }
      }
    },
    ...options.extra
  }
}

async function withSimulator<T>(
  spec: Json | string,
  fn: (sim: Simulator) => Promise<T>
): Promise<T> {
  const sim = await startSimulator(spec)
  try {
    return await fn(sim)
  } finally {
    await sim.close()
  }
}

interface Run extends ActionRun {
  rows: Row[]
  /** The simulator's calls made during this run. */
  calls: Call[]
  inputs: Record<string, string>
}

type ActOptions = Omit<RunActionOptions, 'inputs' | 'simulator'>

/** Runs the bundle with BASE_INPUTS + `inputs` (an empty string unsets one) and checks the run. */
async function act(sim: Simulator, inputs: Record<string, string>, options: ActOptions = {}) {
  const allInputs = { ...BASE_INPUTS, ...inputs }
  const keysBefore = new Set(sim.state.sessions.map(session => session.accessKeyId))
  const callsBefore = sim.calls().length
  const action = await runAction({ entry: ENTRY, ...options, inputs: allInputs, simulator: sim })
  const run: Run = {
    ...action,
    rows: (action.resultsFileRows ?? []) as Row[],
    calls: sim.calls().slice(callsBefore),
    inputs: allInputs
  }
  try {
    expectNoLeaks(sim, run)
    expectMasked(sim, run, keysBefore)
    expectTargetSigned(sim, run)
    expectPollingEconomy(run)
    if (run.outputs['results-file']) expectConsistentReport(run, options)
  } catch (error) {
    // Say which run broke a rule, with the end of its log.
    const tail = run.log.split('\n').slice(-25).join('\n')
    throw new Error(`${String(error)}\n--- log tail (exit ${run.exitCode}) ---\n${tail}`, {
      cause: error
    })
  }
  return run
}

/** Every secret the simulator knows about, plus those the log masked. */
function secretsOf(sim: Simulator, run: Run): string[] {
  const secrets = new Set<string>()
  for (const session of sim.state.sessions) {
    if (session.kind === 'role') {
      secrets.add(session.accessKeyId)
      secrets.add(session.secretAccessKey)
    } else secrets.add(session.secretAccessKey)
    if (session.sessionToken) secrets.add(session.sessionToken)
  }
  for (const call of sim.calls()) {
    if (call.operation === 'AssumeRoleWithWebIdentity' && call.params?.WebIdentityToken)
      secrets.add(String(call.params.WebIdentityToken))
  }
  secrets.add(sim.oidc.requestToken)
  if (run.inputs['external-id']) secrets.add(run.inputs['external-id'])
  for (const line of run.log.split('\n')) {
    if (line.startsWith('::add-mask::')) secrets.add(line.slice('::add-mask::'.length).trim())
  }
  secrets.delete('')
  return [...secrets]
}

/** Fails when `text` holds a secret; names the place, never prints the secret whole. */
function expectNoSecretIn(place: string, text: string, secrets: string[]): void {
  const leaked = secrets.filter(secret => text.includes(secret))
  expect({ place, leaked: leaked.map(secret => `${secret.slice(0, 6)}…`) }).toEqual({
    place,
    leaked: []
  })
}

function expectNoLeaks(sim: Simulator, run: Run): void {
  const secrets = secretsOf(sim, run)
  const visibleLog = run.log
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  expectNoSecretIn('log', visibleLog, secrets)
  expectNoSecretIn('outputs', JSON.stringify(run.outputs), secrets)
  expectNoSecretIn('summary', run.summary, secrets)
  expectNoSecretIn('results-file', JSON.stringify(run.resultsFileRows ?? []), secrets)
}

/** Every credential issued during the run, the OIDC token and the external id were masked. */
function expectMasked(sim: Simulator, run: Run, keysBefore: Set<string>): void {
  const masked = new Set(
    run.log
      .split('\n')
      .filter(line => line.startsWith('::add-mask::'))
      .map(line => line.slice('::add-mask::'.length).trim())
  )
  const unmasked: string[] = []
  for (const session of sim.state.sessions) {
    if (session.kind !== 'role' || keysBefore.has(session.accessKeyId)) continue
    for (const [what, value] of [
      ['AccessKeyId', session.accessKeyId],
      ['SecretAccessKey', session.secretAccessKey],
      ['SessionToken', session.sessionToken]
    ] as const) {
      if (value && !masked.has(value)) unmasked.push(`${what} of ${session.principalArn}`)
    }
  }
  for (const call of run.calls) {
    if (call.operation === 'AssumeRoleWithWebIdentity' && !masked.has(call.params.WebIdentityToken))
      unmasked.push('the OIDC token')
  }
  // The external id is masked once the inputs are valid (a report then exists).
  if (
    run.outputs['results-file'] &&
    run.inputs['external-id'] &&
    !masked.has(run.inputs['external-id'])
  )
    unmasked.push('external-id')
  expect(unmasked).toEqual([])
}

/** Target-role session keys: the only ones EC2, SSM, DRS and SNS may ever see. */
function targetKeys(sim: Simulator): Set<string> {
  return new Set(
    sim.state.sessions
      .filter(session => session.kind === 'role' && session.roleArn === TARGET_ROLE)
      .map(session => session.accessKeyId)
  )
}

function expectTargetSigned(sim: Simulator, run: Run): void {
  const target = targetKeys(sim)
  const wrong = run.calls
    .filter(call => AWS_SERVICES.has(call.service ?? ''))
    .filter(call => call.accessKeyId === null || !target.has(call.accessKeyId))
    .map(call => `${call.service}:${call.operation} signed by ${call.accessKeyId}`)
  expect(wrong).toEqual([])
  expect(run.calls.filter(call => call.reason === 'simulator-bug')).toEqual([])
}

/** No per-instance GetCommandInvocation; at most one successful listing of each command's invocations. */
function expectPollingEconomy(run: Run): void {
  expect(run.calls.filter(call => call.operation === 'GetCommandInvocation')).toEqual([])
  const listings = new Map<string, number>()
  for (const call of run.calls) {
    if (call.operation !== 'ListCommandInvocations' || call.error !== null) continue
    if (call.params?.NextToken) continue
    const id = String(call.params?.CommandId)
    listings.set(id, (listings.get(id) ?? 0) + 1)
  }
  expect([...listings].filter(([, n]) => n > 1)).toEqual([])
}

function expectConsistentReport(run: Run, options: ActOptions): void {
  const { rows, outputs } = run
  expect(run.resultsFileRows).not.toBeNull()
  expect(outputs['results-file'].startsWith(run.env.RUNNER_TEMP)).toBe(true)
  for (const row of rows) {
    expect(Object.keys(row).sort()).toEqual(ROW_KEYS)
    expect(STATUSES).toContain(row.status)
  }
  // Ordered by region, then instance id.
  const located = rows.filter(row => row.region !== null)
  const order = located.map(row => `${row.region} ${row.instanceId ?? ''}`)
  expect(order).toEqual([...order].sort())

  const count = (predicate: (row: Row) => boolean): string => String(rows.filter(predicate).length)
  expect({
    'instance-count': outputs['instance-count'],
    'installed-count': outputs['installed-count'],
    'failed-count': outputs['failed-count'],
    'skipped-count': outputs['skipped-count']
  }).toEqual({
    'instance-count': count(row => row.instanceId !== null),
    'installed-count': count(row => row.status === 'installed'),
    'failed-count': count(row => row.status === 'failed' || row.status === 'timed-out'),
    'skipped-count': count(
      row => row.status === 'skipped-registered' || row.status === 'skipped-unmanaged'
    )
  })
  const commandIds = JSON.parse(outputs['command-ids']) as string[]
  expect(new Set(commandIds).size).toBe(commandIds.length)
  expect(new Set(commandIds)).toEqual(
    new Set(rows.map(row => row.commandId).filter(id => id !== null))
  )

  const fullSize = bytes(JSON.stringify(rows))
  expect(outputs['results-truncated']).toBe(fullSize > RESULTS_LIMIT ? 'true' : 'false')
  const results = JSON.parse(outputs.results) as Row[]
  if (outputs['results-truncated'] === 'false') {
    expect(results).toEqual(rows)
  } else {
    expect(bytes(outputs.results)).toBeLessThanOrEqual(RESULTS_LIMIT)
    expect(results.every(needsAttention)).toBe(true)
    const attention = rows.filter(needsAttention)
    expect(results).toEqual(attention.slice(0, results.length))
  }

  expect(run.summary).toContain(ACCOUNT)
  expect(bytes(run.summary)).toBeLessThan(1024 * 1024)

  const failed = Number(outputs['failed-count'])
  if (failed > 0 && run.inputs['fail-on-error'] !== 'false') expect(run.exitCode).toBe(1)
  if (failed === 0 && !options.signal) expect(run.exitCode).toBe(0)
}

const named = (operation: string) => (call: Call) => call.operation === operation
const awsCalls = (calls: Call[]): Call[] =>
  calls.filter(call => AWS_SERVICES.has(call.service ?? ''))
function byInstance(rows: Row[]): Map<string | null, Row> {
  return new Map(rows.map(row => [row.instanceId, row]))
}
function row(run: Run, instanceId: string): Row {
  const found = run.rows.find(r => r.instanceId === instanceId)
  if (!found) throw new Error(`no row for ${instanceId} in ${JSON.stringify(run.rows)}`)
  return found
}
/** `::warning::` and `::error::` lines of the log. */
const annotations = (run: Run, kind: 'warning' | 'error'): string[] =>
  run.log.split('\n').filter(line => line.startsWith(`::${kind}`))

/**
 * What discovery must decide for an instance, from the simulator's own view of it (precedence:
 * not running > skipped-registered > skipped-unmanaged > no instance profile > dry-run/sent).
 */
function expectedStatus(sim: Simulator, id: string, sent: 'dry-run' | 'pending'): string {
  const inst = sim.state.instances.get(id)
  if (!inst) throw new Error(`unknown instance ${id}`)
  if (inst.state !== 'running') return 'failed'
  const registered = sim.state.sourceServers.some(
    server => server.instanceId === id && server.region === 'us-west-2'
  )
  if (registered) return 'skipped-registered'
  if (inst.pingStatus !== 'Online') return 'skipped-unmanaged'
  if (!inst.instanceProfile) return 'failed'
  return sent
}

// Everything in one describe block: Jest runs concurrent tests in parallel only within a block.
// The slowest (longest waits) come first so the parallel slots stay busy.
describe('drs-orchestration-action, end to end', () => {
  // --- credential lifetime -----------------------------------------------------------------------

  test.concurrent(
    'credential lifetime: short role sessions expiring during a long replication wait are renewed: the whole chain again, no expired-token errors, all installed',
    async () => {
      // 0.01 real seconds per simulated second: the 900-second sessions last 9 s, the 300-second
      // OIDC token 3 s, and replication reaches CONTINUOUS about 950 simulated seconds after the
      // send (9.5 s), so the first sessions expire during the wait.
      const spec = scenario({
        timeScale: 0.01,
        credentialTime: 'simulated',
        regions: {
          'us-east-1': {
            instances: [
              instance(1, { install: { durationSeconds: 300 } }),
              instance(2, { install: { durationSeconds: 320 } })
            ]
          },
          'us-west-2': { replication: { registerAfterSeconds: 30, initialSyncSeconds: 600 } }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, {
          'wait-for': 'replication',
          'role-duration-seconds': '900',
          'timeout-minutes': '2'
        })
        expect(run.exitCode).toBe(0)
        expect(run.rows.map(r => [r.status, r.replicationState])).toEqual([
          ['installed', 'CONTINUOUS'],
          ['installed', 'CONTINUOUS']
        ])
        // The wait outlived the first target session.
        const first = sim.state.sessions.find(session => session.roleArn === TARGET_ROLE)
        const lastFleetCall = Math.max(...awsCalls(run.calls).map(call => call.simTime))
        expect(first?.expiresAt).not.toBeNull()
        expect(lastFleetCall).toBeGreaterThan(first?.expiresAt ?? Infinity)
        expect(run.calls.filter(call => call.reason === 'expired-credentials')).toEqual([])
        expect(run.calls.filter(call => /expired/i.test(call.error ?? ''))).toEqual([])
        expect(run.calls.filter(named('AssumeRoleWithWebIdentity')).length).toBeGreaterThan(1)
        expect(run.calls.filter(named('AssumeRole')).length).toBeGreaterThan(1)
        expect(run.calls.filter(call => call.service === 'oidc').length).toBeGreaterThan(1)
        // Each renewed AssumeRole was signed by a fresh central session.
        const signers = run.calls.filter(named('AssumeRole')).map(call => call.accessKeyId)
        expect(new Set(signers).size).toBe(signers.length)
        // The fleet calls moved on to the renewed target sessions.
        const fleetKeys = new Set(awsCalls(run.calls).map(call => call.accessKeyId))
        expect(fleetKeys.size).toBeGreaterThan(1)
        expect(run.log).toMatch(/Renewed the session/)
      })
    },
    SLOW
  )

  test.concurrent(
    'credential lifetime: ambient credentials expiring mid-wait: the report says the starting credentials expired and recommends oidc-role-arn',
    async () => {
      const spec = scenario({
        timeScale: 0.01,
        credentialTime: 'simulated',
        regions: {
          'us-east-1': { instances: [instance(1, { install: { durationSeconds: 1500 } })] }
        },
        // The ambient keys expire after 6 s; the 900-second (9 s) target session needs renewing later.
        extra: { ambient: { ...AMBIENT, expiresAfterSeconds: 600 } }
      })
      await withSimulator(spec, async sim => {
        const run = await act(
          sim,
          { 'oidc-role-arn': '', 'role-duration-seconds': '900', 'timeout-minutes': '1' },
          { ambient: AMBIENT_KEYS }
        )
        expect(run.exitCode).toBe(1)
        // It started fine and sent the install; the renewal is what failed.
        expect(run.calls.filter(named('SendCommand'))).toHaveLength(1)
        const assume = run.calls.filter(named('AssumeRole'))
        expect(assume[0].error).toBeNull()
        const expired = assume.filter(call => call.reason === 'expired-credentials')
        expect(expired.length).toBeGreaterThan(0)
        expect(expired.every(call => call.accessKeyId === AMBIENT.accessKeyId)).toBe(true)
        const r = row(run, iid(1))
        expect(r.status).toBe('failed')
        expect(r.message).toMatch(/starting credentials expired/)
        expect(r.message).toContain('oidc-role-arn')
        expect(run.summary).toMatch(/starting credentials expired/)
      })
    },
    SLOW
  )

  // --- waiting -----------------------------------------------------------------------------------

  const failing = {
    'us-east-1': {
      instances: [
        instance(1),
        instance(2, {
          install: {
            outcome: 'Failed',
            errorText:
              'curl: (22) The requested URL returned error: 403\nE2E-TAIL-MARKER: could not download the AWS Replication Agent installer'
          }
        }),
        instance(3, { install: { registers: false } }),
        instance(4, { install: { durationSeconds: 5000 } }),
        instance(5, { install: { outcome: 'Undeliverable' } })
      ]
    }
  }

  test.concurrent(
    'wait: install outcomes at a short bound: installed, failed with the output tail, no source server -> failed, still running -> timed-out, Undeliverable -> failed',
    async () => {
      await withSimulator(scenario({ regions: failing }), async sim => {
        const run = await act(sim, { 'timeout-minutes': '0.1' })
        expect(run.exitCode).toBe(1)
        const installed = row(run, iid(1))
        expect(installed.status).toBe('installed')
        expect(installed.sourceServerId).toBe(
          sim.state.sourceServers.find(s => s.instanceId === iid(1))?.id
        )
        const failed = row(run, iid(2))
        expect(failed.status).toBe('failed')
        expect(failed.message).toContain('E2E-TAIL-MARKER')
        const unregistered = row(run, iid(3))
        expect(unregistered.status).toBe('failed')
        expect(unregistered.message).toMatch(/DRS/)
        expect(unregistered.message).toMatch(/443|1500/)
        expect(unregistered.sourceServerId).toBeNull()
        const slow = row(run, iid(4))
        expect(slow.status).toBe('timed-out')
        expect(slow.message).toMatch(/bound/)
        expect(row(run, iid(5)).status).toBe('failed')
        expect(row(run, iid(5)).message).toContain('Undeliverable')
        expect(run.outputs['failed-count']).toBe('4')
        expect(run.outputs['installed-count']).toBe('1')
        // The instance that never registered was really a Success in SSM.
        const install3 = sim.state.installs.find(i => i.instanceId === iid(3))
        expect(install3?.status).toBe('Success')
      })
    },
    SLOW
  )

  test.concurrent(
    'wait: fail-on-error false: exit 0 with the same failed-count',
    async () => {
      await withSimulator(scenario({ regions: failing }), async sim => {
        const run = await act(sim, { 'timeout-minutes': '0.1', 'fail-on-error': 'false' })
        expect(run.exitCode).toBe(0)
        expect(run.outputs['failed-count']).toBe('4')
        expect(annotations(run, 'error')).toEqual([])
      })
    },
    SLOW
  )

  test.concurrent(
    'wait: a slow install with timeout-minutes 0.05 -> timed-out',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': { instances: [instance(1, { install: { durationSeconds: 3000 } })] }
        }
      })
      await withSimulator(spec, async sim => {
        const started = Date.now()
        const run = await act(sim, { 'timeout-minutes': '0.05' })
        expect(run.exitCode).toBe(1)
        expect(row(run, iid(1))).toMatchObject({ status: 'timed-out', sourceServerId: null })
        expect(row(run, iid(1)).message).toMatch(/InProgress|Pending/)
        // The bound is 3 s: the run ends well before the install (60 s at this time scale).
        expect(Date.now() - started).toBeLessThan(30_000)
        expect(sim.state.installs[0].finished).toBe(false)
      })
    },
    SLOW
  )

  test.concurrent(
    'wait: wait-for replication: installed only once CONTINUOUS; still syncing or stalled at the bound -> timed-out with the state (and the error)',
    async () => {
      // 0.01 s per simulated second: instance 1 is CONTINUOUS about 390 simulated seconds (3.9 s)
      // after the send, before the second check at 5 s; the bound is 6 s.
      const spec = scenario({
        timeScale: 0.01,
        regions: {
          'us-east-1': {
            instances: [
              instance(1),
              instance(2, { install: { stalled: true } }),
              instance(3, { install: { initialSyncSeconds: 100000 } })
            ]
          },
          'us-west-2': {
            replication: {
              registerAfterSeconds: 30,
              initialSyncSeconds: 300,
              initiatingSeconds: 20
            }
          }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'wait-for': 'replication', 'timeout-minutes': '0.1' })
        expect(run.exitCode).toBe(1)
        expect(row(run, iid(1))).toMatchObject({
          status: 'installed',
          replicationState: 'CONTINUOUS'
        })
        expect(row(run, iid(1)).sourceServerId).toMatch(/^s-/)
        // Registered and replicating, but not CONTINUOUS: not installed.
        const syncing = row(run, iid(3))
        expect(syncing).toMatchObject({ status: 'timed-out', replicationState: 'INITIAL_SYNC' })
        expect(syncing.sourceServerId).toBe(
          sim.state.sourceServers.find(s => s.instanceId === iid(3))?.id
        )
        const stalled = row(run, iid(2))
        expect(stalled).toMatchObject({ status: 'timed-out', replicationState: 'STALLED' })
        expect(stalled.message).toContain('FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER')
        expect(stalled.sourceServerId).toMatch(/^s-/)
      })
    },
    SLOW
  )

  test.concurrent(
    'wait: SIGTERM mid-wait: the process exits promptly and non-zero, and the summary, outputs and results-file hold the rows known',
    async () => {
      const slow = { install: { durationSeconds: 3000 } }
      const spec = scenario({
        regions: {
          'us-east-1': {
            instances: [
              instance(1, slow),
              instance(2, slow),
              instance(3, { pingStatus: 'ConnectionLost' })
            ]
          },
          'eu-west-1': { instances: [instance(4, slow)] }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(
          sim,
          { 'source-regions': 'us-east-1,eu-west-1' },
          { signal: { name: 'SIGTERM', whenLogIncludes: 'wait 1 (' } }
        )
        expect(run.log).toContain('wait 1 (')
        expect(run.signal).toBeNull() // it exited by itself, not killed by the signal
        expect(run.exitCode).not.toBe(0)
        expect(run.exitCode).not.toBeNull()
        // Installs take 60 s here and the bound is 30 min: only the signal ended the run.
        expect(run.exitedAt - run.spawnedAt).toBeLessThan(15_000)
        expect(run.rows).toHaveLength(4)
        for (const n of [1, 2, 4]) {
          const r = row(run, iid(n))
          expect(r.status).toBe('pending')
          expect(r.commandId).not.toBeNull()
        }
        expect(row(run, iid(3)).status).toBe('skipped-unmanaged')
        expect(run.outputs['instance-count']).toBe('4')
        expect(JSON.parse(run.outputs['command-ids'])).toHaveLength(2)
        expect(run.summary).toContain(iid(1))
        expect(run.summary).toMatch(/cancel/i)
        expect(sim.state.installs.every(i => !i.finished)).toBe(true)
      })
    },
    SLOW
  )

  // --- discovery and deployment ------------------------------------------------------------------

  test.concurrent(
    'deploy: a mixed fleet in several regions: every precedence rule, a disabled region, installs in the others, the summary and the polling economy',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': {
            instances: [
              instance(1, { name: 'web-1' }),
              instance(2, {
                name: 'sql-1',
                platform: 'Windows',
                install: { durationSeconds: 100 }
              }),
              instance(3, { name: 'offline', pingStatus: 'ConnectionLost' }),
              instance(4, { name: 'no-ssm', pingStatus: null }),
              instance(5, { name: 'no-profile', instanceProfile: null }),
              instance(6, {
                name: 'offline-no-profile',
                pingStatus: 'ConnectionLost',
                instanceProfile: null
              }),
              instance(7, { name: 'registered' }),
              instance(8, { name: 'registered-offline', pingStatus: 'ConnectionLost' }),
              instance(9, { name: 'registered-stalled' }),
              instance(10, { name: 'dev-box', tags: { env: 'dev' } }),
              instance(11, { name: 'stopped', state: 'stopped' })
            ]
          },
          'eu-west-1': { instances: [instance(21), instance(22)] },
          'ap-east-1': { enabled: false, instances: [instance(31)] },
          'us-west-2': {
            sourceServers: [
              { instanceId: iid(7), replicationState: 'CONTINUOUS' },
              { instanceId: iid(8), replicationState: 'CONTINUOUS' },
              { instanceId: iid(9), stalled: true }
            ]
          }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'source-regions': 'us-east-1,eu-west-1\nap-east-1' })
        expect(run.exitCode).toBe(1)

        // Region failure row for the region that is not enabled; the others carry on.
        const regionRow = run.rows.find(r => r.region === 'ap-east-1')
        expect(regionRow).toMatchObject({ instanceId: null, status: 'failed', accountId: ACCOUNT })
        expect(regionRow?.message).toContain('ap-east-1')
        expect(regionRow?.message).toMatch(/enabled/)
        expect(run.rows.filter(r => r.region === 'ap-east-1')).toHaveLength(1)

        const rows = byInstance(run.rows)
        expect(rows.has(iid(10))).toBe(false) // not tagged
        expect(rows.has(iid(11))).toBe(false) // not running
        expect(rows.has(iid(31))).toBe(false) // its region failed
        for (const n of [1, 2, 21, 22]) {
          const r = row(run, iid(n))
          expect(r.status).toBe('installed')
          const server = sim.state.sourceServers.find(s => s.instanceId === iid(n))
          expect(server?.region).toBe('us-west-2')
          expect(r.sourceServerId).toBe(server?.id)
          expect(r.commandId).not.toBeNull()
        }
        expect(row(run, iid(2)).platform).toBe('Windows')
        expect(row(run, iid(1))).toMatchObject({ name: 'web-1', platform: 'Linux' })
        expect(row(run, iid(3)).status).toBe('skipped-unmanaged')
        expect(row(run, iid(4)).status).toBe('skipped-unmanaged')
        expect(row(run, iid(5)).status).toBe('failed')
        expect(row(run, iid(5)).message).toContain('AWSElasticDisasterRecoveryEc2InstancePolicy')
        expect(row(run, iid(6)).status).toBe('skipped-unmanaged')
        expect(row(run, iid(7))).toMatchObject({
          status: 'skipped-registered',
          replicationState: 'CONTINUOUS'
        })
        expect(row(run, iid(7)).sourceServerId).toMatch(/^s-/)
        expect(row(run, iid(8)).status).toBe('skipped-registered')
        expect(row(run, iid(9))).toMatchObject({
          status: 'skipped-registered',
          replicationState: 'STALLED'
        })
        expect(row(run, iid(9)).message).toMatch(/stalled/i)
        for (const n of [3, 4, 5, 6, 7, 8, 9]) expect(row(run, iid(n)).commandId).toBeNull()

        // Exactly the eligible instances were sent, one command per region, to the target region.
        const sends = run.calls.filter(named('SendCommand'))
        expect(sends.map(call => call.region).sort()).toEqual(['eu-west-1', 'us-east-1'])
        const sent = sends.flatMap(call => call.params.InstanceIds as string[]).sort()
        expect(sent).toEqual([iid(1), iid(2), iid(21), iid(22)].sort())
        for (const call of sends) {
          expect(call.params.DocumentName).toBe(DEFAULT_DOCUMENT)
          expect(call.params.Parameters).toEqual({ Region: ['us-west-2'] })
          expect(call.params.MaxErrors).toBe('100%')
          expect(call.params.MaxConcurrency).toBeUndefined()
        }

        expect(run.outputs).toMatchObject({
          'instance-count': '11',
          'installed-count': '4',
          'failed-count': '2',
          'skipped-count': '6',
          'results-truncated': 'false'
        })
        expect(JSON.parse(run.outputs['command-ids']).sort()).toEqual(
          sends.map(call => sim.state.commands.find(c => c.region === call.region)?.id).sort()
        )

        // Summary: heading with account, role and regions; a totals line; attention rows first.
        const summary = run.summary
        for (const text of [
          ACCOUNT,
          TARGET_ROLE,
          'us-east-1',
          'eu-west-1',
          'ap-east-1',
          'us-west-2'
        ])
          expect(summary).toContain(text)
        const totals = summary.split('\n').find(line => /total/i.test(line)) ?? ''
        for (const text of ['11 instance', '4 installed', '2 failed', '6 skipped'])
          expect(totals).toContain(text)
        const position = (id: string): number => summary.indexOf(id)
        const attention = run.rows.filter(r => r.instanceId && needsAttention(r))
        const rest = run.rows.filter(r => r.instanceId && !needsAttention(r))
        expect(attention).toHaveLength(4)
        const lastAttention = Math.max(...attention.map(r => position(r.instanceId ?? '')))
        const firstRest = Math.min(...rest.map(r => position(r.instanceId ?? '')))
        expect(attention.every(r => position(r.instanceId ?? '') > 0)).toBe(true)
        expect(lastAttention).toBeLessThan(firstRest)
        expect(summary).toContain('AWSElasticDisasterRecoveryEc2InstancePolicy')

        // Polling economy: a listing per command, no per-instance calls.
        expect(run.calls.filter(named('ListCommandInvocations')).length).toBeLessThanOrEqual(
          sends.length
        )
      })
    },
    SLOW
  )

  test.concurrent(
    'deploy: paging and dry-run: 1100 instances in one region page through DescribeInstances; every decision follows the precedence; nothing is sent',
    async () => {
      const spec = scenario({
        regions: { 'us-east-1': {} },
        extra: {
          instanceGenerator: [
            {
              account: ACCOUNT,
              region: 'us-east-1',
              count: 1100,
              unmanagedEvery: 7,
              noProfileEvery: 11,
              registeredEvery: 10,
              registeredIn: 'us-west-2',
              windowsEvery: 5
            }
          ]
        }
      })
      await withSimulator(spec, async sim => {
        // A fleet past DRS's 300 replicating servers: the quota preflight is not what this tests.
        const run = await act(sim, { 'dry-run': 'true', 'drs-replicating-limit': '100000' })
        const describe = run.calls.filter(named('DescribeInstances'))
        expect(describe.length).toBeGreaterThanOrEqual(2)
        expect(describe.filter(call => call.params.NextToken).length).toBeGreaterThanOrEqual(1)
        expect(run.calls.filter(named('SendCommand'))).toEqual([])
        expect(run.rows).toHaveLength(1100)
        expect(new Set(run.rows.map(r => r.instanceId)).size).toBe(1100)
        const wrong = run.rows
          .map(r => [r.instanceId, r.status, expectedStatus(sim, r.instanceId ?? '', 'dry-run')])
          .filter(([, got, want]) => got !== want)
        expect(wrong).toEqual([])
        const byStatus = (status: string): number =>
          run.rows.filter(r => r.status === status).length
        // Every kind of decision is exercised, including the overlaps (every 70th, 77th, 110th).
        for (const status of ['dry-run', 'skipped-registered', 'skipped-unmanaged', 'failed'])
          expect(byStatus(status)).toBeGreaterThan(0)
        expect(run.outputs['command-ids']).toBe('[]')
        expect(run.exitCode).toBe(1) // the instances without a profile failed
      })
    },
    SLOW
  )

  test.concurrent(
    'deploy: batching: 120 eligible instances -> 3 SendCommand calls of at most 50, every id exactly once, Region = target region',
    async () => {
      const spec = scenario({
        regions: { 'eu-central-1': {} },
        extra: {
          instanceGenerator: [{ account: ACCOUNT, region: 'eu-central-1', count: 120 }]
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, {
          'source-regions': 'eu-central-1',
          'target-region': 'us-west-2',
          'wait-for': 'none'
        })
        expect(run.exitCode).toBe(0)
        const sends = run.calls.filter(named('SendCommand'))
        expect(sends).toHaveLength(3)
        const ids = sends.flatMap(call => call.params.InstanceIds as string[])
        for (const call of sends) {
          expect(call.region).toBe('eu-central-1')
          expect((call.params.InstanceIds as string[]).length).toBeLessThanOrEqual(50)
          expect(call.params.Parameters).toEqual({ Region: ['us-west-2'] })
        }
        expect(ids).toHaveLength(120)
        expect(new Set(ids)).toEqual(new Set(sim.state.instances.keys()))

        // wait-for none: pending rows with their command ids, and no waiting at all.
        expect(run.rows).toHaveLength(120)
        const commandIds = new Set(sim.state.commands.map(c => c.id))
        expect(commandIds.size).toBe(3)
        for (const r of run.rows) {
          expect(r.status).toBe('pending')
          expect(commandIds.has(r.commandId ?? '')).toBe(true)
          const command = sim.state.commands.find(c => c.id === r.commandId)
          expect(command?.instanceIds).toContain(r.instanceId)
        }
        expect(new Set(JSON.parse(run.outputs['command-ids']))).toEqual(commandIds)
        for (const op of ['ListCommands', 'ListCommandInvocations', 'GetCommandInvocation'])
          expect(run.calls.filter(named(op))).toEqual([])
      })
    },
    SLOW
  )

  test.concurrent(
    'deploy: max-concurrency, max-errors, source-server-tags and document-name are passed through',
    async () => {
      const spec = scenario({
        regions: { 'us-east-1': { instances: [instance(1), instance(2)] } },
        extra: {
          ssm: {
            documents: [
              {
                name: 'Custom-InstallDRAgent',
                installs: true,
                parameters: ['Region', 'Tags'],
                requiredParameters: ['Region']
              }
            ]
          }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, {
          'document-name': 'Custom-InstallDRAgent',
          'max-concurrency': '1',
          'max-errors': '2',
          'source-server-tags': 'team=dr\nenv=prod'
        })
        expect(run.exitCode).toBe(0)
        const sends = run.calls.filter(named('SendCommand'))
        expect(sends).toHaveLength(1)
        expect(sends[0].params).toMatchObject({
          DocumentName: 'Custom-InstallDRAgent',
          MaxConcurrency: '1',
          MaxErrors: '2',
          Parameters: { Region: ['us-west-2'], Tags: ['team=dr,env=prod'] }
        })
        expect(run.rows.map(r => r.status)).toEqual(['installed', 'installed'])
        for (const n of [1, 2]) {
          const server = sim.state.sourceServers.find(s => s.instanceId === iid(n))
          expect(server?.tags).toEqual({ team: 'dr', env: 'prod' })
        }
      })
    },
    SLOW
  )

  test.concurrent(
    'deploy: instance-ids: found in any source region regardless of tags; an unknown id is one failed row with region null; a stopped one fails',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': {
            instances: [instance(31, { tags: { env: 'prod' } }), instance(32, { state: 'stopped' })]
          },
          'eu-west-1': { instances: [instance(33)] }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, {
          'source-regions': 'us-east-1,eu-west-1',
          'instance-ids': `${iid(31)} ${iid(33)}\n${iid(32)},${iid(0x99)}`,
          'wait-for': 'none'
        })
        expect(run.exitCode).toBe(1)
        expect(run.rows).toHaveLength(4)
        const unknown = row(run, iid(0x99))
        expect(unknown).toMatchObject({ region: null, status: 'failed' })
        expect(unknown.message).toMatch(/not found/)
        expect(run.rows.filter(r => r.instanceId === iid(0x99))).toHaveLength(1)
        expect(row(run, iid(31))).toMatchObject({ region: 'us-east-1', status: 'pending' })
        expect(row(run, iid(33))).toMatchObject({ region: 'eu-west-1', status: 'pending' })
        expect(row(run, iid(32))).toMatchObject({ region: 'us-east-1', status: 'failed' })
        expect(row(run, iid(32)).message).toMatch(/stopped/)
        const sent = run.calls
          .filter(named('SendCommand'))
          .flatMap(call => call.params.InstanceIds as string[])
        expect(sent.sort()).toEqual([iid(31), iid(33)])
      })
    },
    SLOW
  )

  test.concurrent(
    'deploy: DRS not initialised in the target region: exit 1, a failed row per source region with the fix, and no SendCommand',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': { instances: [instance(1)] },
          'eu-west-1': { instances: [instance(2)] },
          'us-west-2': { drsInitialized: false }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'source-regions': 'us-east-1,eu-west-1' })
        expect(run.exitCode).toBe(1)
        expect(run.rows.map(r => [r.region, r.instanceId, r.status])).toEqual([
          ['eu-west-1', null, 'failed'],
          ['us-east-1', null, 'failed']
        ])
        for (const r of run.rows) {
          expect(r.message).toContain('us-west-2')
          expect(r.message).toMatch(/initiali[sz]ed/)
          expect(r.message).toMatch(/replication and launch settings/)
        }
        expect(run.calls.filter(named('SendCommand'))).toEqual([])
        expect(run.calls.some(call => call.error === 'UninitializedAccountException')).toBe(true)
        expect(run.summary).toMatch(/initiali[sz]ed/)
      })
    },
    SLOW
  )

  test.concurrent(
    'deploy: throttling on every service: all installed, failed-count 0, and the throttled calls were retried',
    async () => {
      const instances = (from: number): Json[] => [0, 1, 2, 3].map(i => instance(from + i))
      const spec = scenario({
        regions: {
          'us-east-1': { instances: instances(1) },
          'eu-west-1': { instances: instances(11) }
        },
        extra: { throttle: { rate: 0.25, seed: 7 } }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'source-regions': 'us-east-1,eu-west-1' })
        expect(run.exitCode).toBe(0)
        expect(run.outputs['failed-count']).toBe('0')
        expect(run.outputs['installed-count']).toBe('8')
        expect(run.rows.every(r => r.status === 'installed')).toBe(true)
        const throttled = run.calls
          .map((call, index) => ({ call, index }))
          .filter(({ call }) => call.throttled)
        expect(throttled.length).toBeGreaterThan(0)
        const unretried = throttled.filter(
          ({ call, index }) =>
            !run.calls
              .slice(index + 1)
              .some(
                later =>
                  later.service === call.service &&
                  later.operation === call.operation &&
                  later.region === call.region &&
                  later.error === null
              )
        )
        expect(unretried.map(({ call }) => `${call.service}:${call.operation}`)).toEqual([])
        // Still one install per instance: a throttled SendCommand was not sent twice.
        expect(sim.state.installs).toHaveLength(8)
      })
    },
    SLOW
  )

  test.concurrent(
    'deploy: re-run on the same account: the second run sends nothing and reports every instance skipped-registered',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': { instances: [instance(1), instance(2)] },
          'eu-west-1': { instances: [instance(3)] }
        }
      })
      await withSimulator(spec, async sim => {
        const first = await act(sim, { 'source-regions': 'us-east-1,eu-west-1' })
        expect(first.exitCode).toBe(0)
        expect(first.rows.map(r => r.status)).toEqual(['installed', 'installed', 'installed'])

        const second = await act(sim, { 'source-regions': 'us-east-1,eu-west-1' })
        expect(second.exitCode).toBe(0)
        expect(second.calls.filter(named('SendCommand'))).toEqual([])
        expect(second.rows).toHaveLength(3)
        for (const r of second.rows) {
          const before = row(first, r.instanceId ?? '')
          expect(r.status).toBe('skipped-registered')
          expect(r.sourceServerId).toBe(before.sourceServerId)
          expect(r.replicationState).toMatch(/^[A-Z_]+$/)
        }
        expect(second.outputs['skipped-count']).toBe('3')
        expect(second.outputs['command-ids']).toBe('[]')
      })
    },
    SLOW
  )

  // --- outputs and summary -----------------------------------------------------------------------

  test.concurrent(
    'outputs: the 512 KiB results rule: a 3000-instance fleet -> results-truncated, a warning with the count left out, results only the attention rows, the results-file every row',
    async () => {
      const spec = scenario({
        regions: { 'us-east-1': {} },
        extra: {
          instanceGenerator: [
            {
              account: ACCOUNT,
              region: 'us-east-1',
              count: 3000,
              namePrefix:
                'payments-ledger-reconciliation-worker-with-a-rather-long-descriptive-name',
              unmanagedEvery: 9,
              noProfileEvery: 13
            }
          ]
        }
      })
      await withSimulator(spec, async sim => {
        // A fleet past DRS's 300 replicating servers: the quota preflight is not what this tests.
        const run = await act(sim, { 'dry-run': 'true', 'drs-replicating-limit': '100000' })
        expect(run.rows).toHaveLength(3000)
        expect(bytes(JSON.stringify(run.rows))).toBeGreaterThan(RESULTS_LIMIT)
        expect(run.outputs['results-truncated']).toBe('true')
        const attention = run.rows.filter(needsAttention)
        expect(attention.length).toBeGreaterThan(300)
        const results = JSON.parse(run.outputs.results) as Row[]
        expect(results).toEqual(attention)
        const left = String(3000 - attention.length)
        const warning = annotations(run, 'warning').find(line => line.includes(left))
        expect(warning).toBeDefined()
        expect(run.outputs['instance-count']).toBe('3000')
        // The summary stays under GitHub's limit and lists every row that needs attention.
        expect(bytes(run.summary)).toBeLessThan(1024 * 1024)
        for (const r of attention) expect(run.summary).toContain(r.instanceId ?? '')
        expect(run.exitCode).toBe(1) // the instances without a profile failed
      })
    },
    SLOW
  )

  test.concurrent(
    "outputs: notify-topic-arn: one Publish in the topic's region with the target session and the counts; a missing topic is only a warning",
    async () => {
      const topic = `arn:aws:sns:eu-west-1:${ACCOUNT}:drs-rollout`
      const spec = (topics: string[]): Json =>
        scenario({
          regions: { 'us-east-1': { instances: [instance(1), instance(2)] } },
          extra: { sns: { topics } }
        })
      const [published, missing] = await Promise.all([
        withSimulator(spec([topic]), async sim => {
          const run = await act(sim, { 'notify-topic-arn': topic })
          const publish = run.calls.filter(named('Publish'))
          expect(publish).toHaveLength(1)
          expect(publish[0].region).toBe('eu-west-1')
          expect(publish[0].error).toBeNull()
          expect(targetKeys(sim).has(publish[0].accessKeyId ?? '')).toBe(true)
          expect(publish[0].params.TopicArn).toBe(topic)
          expect(sim.state.messages).toHaveLength(1)
          const text = JSON.stringify(sim.state.messages[0])
          expect(text).toMatch(/installed\D{0,4}2|2\D{0,4}installed/i)
          expect(text).toMatch(/failed\D{0,20}0|0\D{0,4}failed/i)
          expect(text).toContain(ACCOUNT)
          expect(annotations(run, 'warning')).toEqual([])
          return run
        }),
        withSimulator(spec([]), async sim => {
          const run = await act(sim, { 'notify-topic-arn': topic })
          const publish = run.calls.filter(named('Publish'))
          expect(publish.length).toBeGreaterThan(0)
          expect(publish.every(call => call.error !== null)).toBe(true)
          const warnings = annotations(run, 'warning').join('\n')
          expect(warnings).toContain(topic)
          return run
        })
      ])
      expect(published.exitCode).toBe(0)
      expect(missing.exitCode).toBe(published.exitCode)
      expect(missing.outputs['installed-count']).toBe('2')
    },
    SLOW
  )

  // --- CI self-test ------------------------------------------------------------------------------

  test.concurrent(
    'CI self-test: test/scenarios/self-test.json with the workflow self-test job inputs: dry run, then installed-count > 0 and failed-count 0',
    async () => {
      const file = join(repoRoot, 'test', 'scenarios', 'self-test.json')
      const spec = JSON.parse(await readFile(file, 'utf8')) as Json
      await withSimulator(spec, async sim => {
        // Exactly .github/workflows/ci.yml's self-test steps: ambient keys, no id-token permission.
        const ambient = {
          accessKeyId: 'AKIASELFTEST000000001',
          secretAccessKey: 'self-test-secret-not-a-real-key'
        }
        const withInputs = {
          'role-arn': 'arn:aws:iam::222222222222:role/DRSOrchestrationRole',
          'external-id': 'drs-self-test',
          'oidc-role-arn': '',
          'source-regions': 'us-east-1,eu-west-1',
          'target-region': 'us-west-2'
        }
        const dry = await act(sim, { ...withInputs, 'dry-run': 'true' }, { ambient, oidc: false })
        expect(dry.exitCode).toBe(0)
        expect(Number(dry.outputs['instance-count'])).toBeGreaterThan(0)
        expect(dry.calls.filter(named('SendCommand'))).toEqual([])

        const deploy = await act(
          sim,
          { ...withInputs, 'timeout-minutes': '5' },
          { ambient, oidc: false }
        )
        expect(deploy.exitCode).toBe(0)
        expect(Number(deploy.outputs['installed-count'])).toBeGreaterThan(0)
        expect(deploy.outputs['failed-count']).toBe('0')
        expect(deploy.exitedAt - deploy.spawnedAt).toBeLessThan(60_000)
      })
    },
    SLOW
  )

  // --- secrets -----------------------------------------------------------------------------------

  test('secrets: the leak check finds a planted secret (so the check applied to every run can fail)', () => {
    const secret = 'IQoJsimPlantedSessionToken0123456789'
    expect(() => expectNoSecretIn('log', `before ${secret} after`, [secret])).toThrow()
    expect(() => expectNoSecretIn('log', 'nothing here', [secret])).not.toThrow()
  })

  test.concurrent(
    'secrets: a full OIDC run with failures and a notification: every issued key, secret and token, the OIDC token and the external id are masked and appear nowhere else',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': {
            instances: [
              instance(1),
              instance(2, { install: { outcome: 'Failed', errorText: 'agent install failed' } }),
              instance(3, { instanceProfile: null })
            ]
          }
        },
        extra: { sns: { topics: [`arn:aws:sns:us-east-1:${ACCOUNT}:drs-rollout`] } }
      })
      await withSimulator(spec, async sim => {
        const run = await act(
          sim,
          { 'notify-topic-arn': `arn:aws:sns:us-east-1:${ACCOUNT}:drs-rollout` },
          { ambient: AMBIENT_KEYS }
        )
        expect(run.exitCode).toBe(1)
        // act() already checked the log, outputs, summary and results-file; make sure it had
        // something to look for: a central and a target session, the token and the external id.
        const issued = sim.state.sessions.filter(session => session.kind === 'role')
        expect(issued.map(session => session.roleArn).sort()).toEqual([CENTRAL_ROLE, TARGET_ROLE])
        const secrets = secretsOf(sim, run)
        for (const session of issued) {
          expect(secrets).toContain(session.secretAccessKey)
          expect(secrets).toContain(session.sessionToken)
        }
        expect(secrets).toContain(EXTERNAL_ID)
        expect(run.log).toContain(`::add-mask::${EXTERNAL_ID}`)
        const message = JSON.stringify(sim.state.messages)
        expectNoSecretIn('SNS message', message, secrets)
      })
    },
    SLOW
  )

  // --- credential chain --------------------------------------------------------------------------

  test.concurrent(
    'credentials: OIDC: unsigned AssumeRoleWithWebIdentity, then AssumeRole signed by the central session with ExternalId, SourceIdentity and tags; the fleet sees only the target session',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': { instances: [instance(1)] },
          'eu-west-1': { instances: [instance(2)] }
        }
      })
      await withSimulator(spec, async sim => {
        // Ambient keys are in the environment too: the OIDC path must not use them.
        const run = await act(
          sim,
          { 'source-regions': 'us-east-1,eu-west-1', 'wait-for': 'none' },
          { ambient: AMBIENT_KEYS }
        )
        expect(run.exitCode).toBe(0)

        const tokenRequests = run.calls.filter(call => call.service === 'oidc')
        expect(tokenRequests).toHaveLength(1)
        expect(tokenRequests[0].params.audience).toBe('sts.amazonaws.com')

        const web = run.calls.filter(named('AssumeRoleWithWebIdentity'))
        expect(web).toHaveLength(1)
        expect(web[0].accessKeyId).toBeNull()
        expect(web[0].error).toBeNull()
        expect(web[0].params.RoleArn).toBe(CENTRAL_ROLE)
        expect(web[0].params.ExternalId).toBeUndefined()
        expect(web[0].params.Tags).toBeUndefined()
        expect(web[0].params.SourceIdentity).toBeUndefined()

        const central = sim.state.sessions.filter(session => session.roleArn === CENTRAL_ROLE)
        expect(central).toHaveLength(1)
        expect(central[0].viaWebIdentity).toBe(true)

        const assume = run.calls.filter(named('AssumeRole'))
        expect(assume).toHaveLength(1)
        expect(assume[0].error).toBeNull()
        expect(assume[0].accessKeyId).toBe(central[0].accessKeyId)
        expect(assume[0].params.RoleArn).toBe(TARGET_ROLE)
        expect(assume[0].params.ExternalId).toBe(EXTERNAL_ID)
        expect(assume[0].params.SourceIdentity).toBe('dependabotbot')
        const tagValues = (assume[0].params.Tags as Array<{ Key: string; Value: string }>).map(
          tag => tag.Value
        )
        expect(tagValues).toEqual(expect.arrayContaining(['octo/fleet', 'DR roll-out', '4242']))

        const target = sim.state.sessions.filter(session => session.roleArn === TARGET_ROLE)
        expect(target).toHaveLength(1)
        expect(target[0].sourceIdentity).toBe('dependabotbot')

        // The order: token, central role, target role, then the fleet.
        const at = (predicate: (call: Call) => boolean): number => run.calls.findIndex(predicate)
        const firstFleetCall = at(call => AWS_SERVICES.has(call.service ?? ''))
        expect(at(call => call.service === 'oidc')).toBeLessThan(
          at(named('AssumeRoleWithWebIdentity'))
        )
        expect(at(named('AssumeRoleWithWebIdentity'))).toBeLessThan(at(named('AssumeRole')))
        expect(at(named('AssumeRole'))).toBeLessThan(firstFleetCall)

        // Every service was reached, with the target key only (never the ambient or central key).
        const fleet = awsCalls(run.calls)
        expect(new Set(fleet.map(call => call.service))).toEqual(new Set(['ec2', 'ssm', 'drs']))
        for (const call of fleet) {
          expect(call.accessKeyId).toBe(target[0].accessKeyId)
          expect(call.account).toBe(ACCOUNT)
        }
        expect(run.calls.some(call => call.accessKeyId === AMBIENT.accessKeyId)).toBe(false)
        expect(run.log).toContain(`Assumed ${TARGET_ROLE} via ${CENTRAL_ROLE}`)
      })
    },
    SLOW
  )

  test.concurrent(
    'credentials: ambient: no oidc-role-arn -> AssumeRole signed with the ambient key, no token requested',
    async () => {
      const spec = scenario({ regions: { 'us-east-1': { instances: [instance(1)] } } })
      await withSimulator(spec, async sim => {
        const run = await act(
          sim,
          { 'oidc-role-arn': '', 'wait-for': 'none' },
          { ambient: AMBIENT_KEYS }
        )
        expect(run.exitCode).toBe(0)
        expect(run.calls.filter(call => call.service === 'oidc')).toEqual([])
        expect(run.calls.filter(named('AssumeRoleWithWebIdentity'))).toEqual([])
        const assume = run.calls.filter(named('AssumeRole'))
        expect(assume).toHaveLength(1)
        expect(assume[0].accessKeyId).toBe(AMBIENT.accessKeyId)
        expect(assume[0].params.ExternalId).toBe(EXTERNAL_ID)
        expect(assume[0].params.SourceIdentity).toBe('dependabotbot')
        const target = [...targetKeys(sim)]
        expect(target).toHaveLength(1)
        const fleet = awsCalls(run.calls)
        expect(fleet.length).toBeGreaterThan(0)
        expect(fleet.every(call => call.accessKeyId === target[0])).toBe(true)
        expect(row(run, iid(1)).status).toBe('pending')
      })
    },
    SLOW
  )

  test.concurrent(
    'credentials: wrong external id: exit 1, a failed row per source region with the trust hint, a full report, and no EC2/SSM/DRS call',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': { instances: [instance(1)] },
          'eu-west-1': { instances: [instance(2)] }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, {
          'external-id': 'not-the-external-id-42',
          'source-regions': 'us-east-1,eu-west-1'
        })
        expect(run.exitCode).toBe(1)
        expect(run.rows.map(r => [r.region, r.instanceId, r.status])).toEqual([
          ['eu-west-1', null, 'failed'],
          ['us-east-1', null, 'failed']
        ])
        for (const r of run.rows) {
          expect(r.accountId).toBe(ACCOUNT)
          expect(r.message).toContain('external-id')
          expect(r.message).toMatch(/trust policy/)
        }
        expect(run.outputs['failed-count']).toBe('2')
        expect(run.outputs['instance-count']).toBe('0')
        expect(run.summary).toContain('external-id')
        expect(run.resultsFileRows).toHaveLength(2)
        const denied = run.calls.filter(named('AssumeRole'))
        expect(denied.length).toBeGreaterThan(0)
        expect(denied.every(call => call.error === 'AccessDenied')).toBe(true)
        expect(awsCalls(run.calls)).toEqual([])
        expect(annotations(run, 'error').join('\n')).toMatch(/external-id/)
      })
    },
    SLOW
  )

  test.concurrent(
    'credentials: a role refusing session tags: the message names sts:TagSession and session-tagging: false; with session-tagging false the run succeeds',
    async () => {
      const spec = scenario({
        regions: { 'us-east-1': { instances: [instance(1)] } },
        role: { refuseSessionTags: true }
      })
      await withSimulator(spec, async sim => {
        const refused = await act(sim, { 'wait-for': 'none' })
        expect(refused.exitCode).toBe(1)
        expect(refused.rows).toHaveLength(1)
        expect(refused.rows[0]).toMatchObject({
          region: 'us-east-1',
          instanceId: null,
          status: 'failed'
        })
        expect(refused.rows[0].message).toContain('sts:TagSession')
        expect(refused.rows[0].message).toContain('session-tagging: false')
        expect(awsCalls(refused.calls)).toEqual([])

        const untagged = await act(sim, { 'wait-for': 'none', 'session-tagging': 'false' })
        expect(untagged.exitCode).toBe(0)
        const assume = untagged.calls.filter(named('AssumeRole'))
        expect(assume).toHaveLength(1)
        expect(assume[0].error).toBeNull()
        expect(assume[0].params.Tags).toBeUndefined()
        expect(assume[0].params.SourceIdentity).toBeUndefined()
        expect(assume[0].params.ExternalId).toBe(EXTERNAL_ID)
        expect(row(untagged, iid(1)).status).toBe('pending')
      })
    },
    SLOW
  )

  test.concurrent(
    'credentials: oidc-role-arn without the OIDC request environment: a clear id-token: write error and no request at all',
    async () => {
      const spec = scenario({
        regions: {
          'us-east-1': { instances: [instance(1)] },
          'eu-west-1': { instances: [instance(2)] }
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'source-regions': 'us-east-1,eu-west-1' }, { oidc: false })
        expect(run.exitCode).toBe(1)
        expect(run.rows).toHaveLength(2)
        for (const r of run.rows) {
          expect(r.status).toBe('failed')
          expect(r.instanceId).toBeNull()
          expect(r.message).toContain('id-token: write')
        }
        expect(annotations(run, 'error').join('\n')).toContain('id-token: write')
        expect(run.calls).toEqual([])
      })
    },
    SLOW
  )

  // --- invalid input -----------------------------------------------------------------------------

  const cases: Array<[string, Record<string, string>, ActOptions?]> = [
    ['role-arn', { 'role-arn': 'arn:aws:iam::2222:role/x' }],
    ['source-regions', { 'source-regions': 'us-east-1,not a region' }],
    ['target-region', { 'target-region': '' }],
    ['wait-for', { 'wait-for': 'forever' }],
    ['timeout-minutes', { 'timeout-minutes': 'soon' }],
    ['role-duration-seconds', { 'role-duration-seconds': '7200' }],
    ['instance-ids', { 'instance-ids': 'i-123,web-1' }],
    ['account-id', { 'account-id': '333333333333' }],
    ['notify-topic-arn', { 'notify-topic-arn': 'arn:aws:sns:us-east-1:222222222222' }],
    ['max-errors', { 'max-errors': 'many' }],
    ['tag-filters', { 'tag-filters': 'dr:enabled' }],
    ['external-id', { 'external-id': 'has spaces and {braces}' }, { oidc: false }]
  ]

  test.concurrent(
    'input: each bad input: exit 1, the message names the input, and the simulator received no request at all (not even OIDC)',
    async () => {
      const spec = scenario({ regions: { 'us-east-1': { instances: [instance(1)] } } })
      await Promise.all(
        cases.map(([name, inputs, options]) =>
          withSimulator(spec, async sim => {
            const run = await act(sim, inputs, { ambient: AMBIENT_KEYS, ...options })
            const errors = annotations(run, 'error').join('\n')
            expect({ name, exitCode: run.exitCode }).toEqual({ name, exitCode: 1 })
            expect({ name, mentioned: errors.includes(name) }).toEqual({ name, mentioned: true })
            expect({ name, calls: sim.calls().length }).toEqual({ name, calls: 0 })
          })
        )
      )
    },
    SLOW
  )

  test.concurrent(
    'input: an invalid external id is named but never echoed',
    async () => {
      const spec = scenario({ regions: { 'us-east-1': { instances: [instance(1)] } } })
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'external-id': 'x y' })
        expect(run.exitCode).toBe(1)
        expect(run.log).toContain('external-id')
        expect(run.log).not.toContain('x y')
        expect(sim.calls()).toEqual([])
      })
    },
    SLOW
  )
})
