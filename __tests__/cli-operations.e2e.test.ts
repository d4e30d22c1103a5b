// End to end: `drs-orchestrate check` and `drs-orchestrate drill` from the bundled CLI
// (cli/dist/index.js; `npm run bundle:cli` after a src change), run as a separate process against
// the local AWS simulator with an isolated HOME and AWS config. Asserts what a user sees (exit
// code, stdout, --json) and what AWS saw (the simulator's call log and state): the check only
// reads; a drill launches, is measured and cleaned up; an interrupted drill's instances end
// terminated by the CLI itself, which has no post step to leave them to.
import { afterEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CheckRow } from '../src/check/rows.js'
import type { DrillRow } from '../src/drill/rows.js'
import { repoRoot } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>
type Json = Record<string, unknown>

/** The bundle by default; DRS_CLI_ENTRY=src/entries/cli.ts runs the sources through tsx. */
const ENTRY = join(repoRoot, process.env.DRS_CLI_ENTRY ?? join('cli', 'dist', 'index.js'))
const NODE_ARGS = ENTRY.endsWith('.ts') ? ['--import', 'tsx', ENTRY] : [ENTRY]
const CHECK_SCENARIO = join(repoRoot, 'test', 'scenarios', 'check-e2e.json')
const SLOW = 150_000

const CHECK_ACCOUNT = '222222222222'
const CHECK_ROLE = `arn:aws:iam::${CHECK_ACCOUNT}:role/DRSOrchestrationRole`
const DRILL_ACCOUNT = '444444444444'
const DRILL_ROLE = `arn:aws:iam::${DRILL_ACCOUNT}:role/DRSOrchestrationRole`
const DRILL_AMBIENT = {
  accessKeyId: 'AKIACLIDRILLAMBIENT1',
  secretAccessKey: 'cliDrillAmbientSecret/u7Yh3gT5rE2wQ9pL1kJ',
  principalArn: 'arn:aws:iam::111111111111:user/alice'
}
const DR_TAGS = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }
const iid = (n: number): string => `i-0e71${n.toString(16).padStart(13, '0')}`
const sid = (n: number): string => `s-0e71${n.toString(16).padStart(13, '0')}`

const works: string[] = []
const simulators: Simulator[] = []

afterEach(async () => {
  await Promise.all(simulators.splice(0).map(sim => sim.close()))
  await Promise.all(works.splice(0).map(work => rm(work, { recursive: true, force: true })))
})

async function simulate(scenario: string | Json): Promise<Simulator> {
  const sim = await startSimulator(scenario)
  simulators.push(sim)
  return sim
}

interface CliRun {
  exitCode: number | null
  stdout: string
  stderr: string
  work: string
}

/** Send `signal` once stderr contains `when` (in order: each waits for the one before). */
type Interrupt = { signal: NodeJS.Signals; when: string }

/** Runs the bundled CLI as a user would, with nothing from this machine's AWS setup. */
async function runCli(
  sim: Simulator,
  keys: { accessKeyId: string; secretAccessKey: string },
  args: string[],
  interrupts: Interrupt[] = []
): Promise<CliRun> {
  const work = await mkdtemp(join(tmpdir(), 'drs-cli-ops-e2e-'))
  works.push(work)
  const home = join(work, 'home')
  await mkdir(join(work, 'tmp'), { recursive: true })
  await mkdir(home, { recursive: true })
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    USER: 'alice',
    TMPDIR: join(work, 'tmp'),
    AWS_CONFIG_FILE: join(home, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: sim.url,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: keys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: keys.secretAccessKey
  }
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  const pending = [...interrupts]
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => {
    stderr += String(chunk)
    while (pending.length > 0 && stderr.includes(pending[0].when)) {
      child.kill(pending.shift()!.signal)
    }
  })
  const exitCode = await new Promise<number | null>(done => child.on('close', code => done(code)))
  return { exitCode, stdout, stderr, work }
}

const ops = (sim: Simulator, operation: string) =>
  sim.calls().filter(call => call.operation === operation)

/** Only reads: Describe*, List*, Get* and STS's role assumption. */
function writeCalls(sim: Simulator): string[] {
  return sim
    .calls()
    .filter(call => !(call.service === 'sts' && /^AssumeRole/.test(call.operation ?? '')))
    .map(call => `${call.service}:${call.operation}`)
    .filter(name => !/^[a-z0-9]+:(Describe|List|Get)[A-Z]/.test(name))
}

interface JsonDocument<R> {
  counts: Record<string, unknown>
  rows: R[]
  resultsFile: string
  stopped: string | null
}

const CHECK_FLAGS = [
  'check',
  '--role-arn',
  CHECK_ROLE,
  '--target-region',
  'us-west-2',
  '--max-drill-age-days',
  '30'
]

;(existsSync(ENTRY) ? describe : describe.skip)('drs-orchestrate check (bundle)', () => {
  test(
    'every status; --json; exit 1 on fail-on, only read calls',
    async () => {
      const sim = await simulate(CHECK_SCENARIO)
      const run = await runCli(sim, sim.ambient, [
        ...CHECK_FLAGS,
        '--source-regions',
        'us-east-1,eu-west-1,ap-east-1',
        '--json'
      ])
      expect(run.exitCode).toBe(1)
      const document = JSON.parse(run.stdout) as JsonDocument<CheckRow>
      expect(document.counts).toMatchObject({
        protectedCount: 2,
        unprotectedCount: 1,
        unhealthyCount: 5,
        syncingCount: 1,
        orphanedCount: 4,
        drillOverdueCount: 1,
        failedCount: 1,
        coverage: 90,
        accountCount: 1,
        byStatus: expect.objectContaining({ stalled: 1, orphaned: 4, failed: 1 })
      })
      expect(document.rows).toHaveLength(15)
      expect(document.rows.every(row => row.operation === 'check')).toBe(true)
      expect(document.stopped).toBeNull()
      expect(JSON.parse(await readFile(document.resultsFile, 'utf8'))).toEqual(document.rows)
      expect(document.resultsFile.startsWith(join(run.work, 'tmp', 'drs-results'))).toBe(true)
      expect(run.stderr).toContain('row(s) with a status in --fail-on')
      expect(run.stderr).toContain('(unprotected, stalled, disconnected, stopped, lagging, failed)')
      expect(writeCalls(sim)).toEqual([])
    },
    SLOW
  )

  test(
    'fail-on decides: the same fleet exits 0 with --fail-on none; the terminal shows coverage and rows',
    async () => {
      const sim = await simulate(CHECK_SCENARIO)
      const run = await runCli(sim, sim.ambient, [
        ...CHECK_FLAGS,
        '--source-regions',
        'us-east-1,eu-west-1',
        '--fail-on',
        'none'
      ])
      expect(run.stderr).not.toContain('error:')
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain('Coverage per account:')
      expect(run.stdout).toContain(`${CHECK_ACCOUNT}  █████████░  90% of 10 instances`)
      expect(run.stdout).toMatch(/^ACCOUNT +INSTANCE +NAME +REGION +STATUS/m)
      // Rows that need attention come before the protected ones.
      expect(run.stdout.indexOf(' unprotected ')).toBeLessThan(run.stdout.indexOf(' protected '))
      expect(run.stdout).toContain(
        'DRS protection check: coverage 90% of 10 running matching instances'
      )
      expect(run.stdout).toMatch(/Results file: \S+\.json/)
    },
    SLOW
  )

  test(
    'fail-on with one status: exit 1 only when a row has it',
    async () => {
      const sim = await simulate(CHECK_SCENARIO)
      // eu-west-1 holds a protected and a PAUSED (stopped) server.
      const eu = ['--source-regions', 'eu-west-1', '--json']
      const passes = await runCli(sim, sim.ambient, [...CHECK_FLAGS, ...eu, '--fail-on', 'lagging'])
      expect(passes.exitCode).toBe(0)
      const fails = await runCli(sim, sim.ambient, [...CHECK_FLAGS, ...eu, '--fail-on', 'stopped'])
      expect(fails.exitCode).toBe(1)
      expect((JSON.parse(fails.stdout) as JsonDocument<CheckRow>).counts.unhealthyCount).toBe(1)
    },
    SLOW
  )

  test('bad check input exits 2 before any call, naming the flag', async () => {
    const sim = await simulate(CHECK_SCENARIO)
    const run = await runCli(sim, sim.ambient, [
      ...CHECK_FLAGS,
      '--source-regions',
      'us-east-1',
      '--fail-on',
      'sometimes'
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('--fail-on: expected check statuses')
    expect(run.stderr).toContain('drs-orchestrate check --help')
    expect(run.stdout).toBe('')
    expect(sim.calls()).toHaveLength(0)
  })
})

/** One account, `servers` tagged instances in us-east-1, each with a CONTINUOUS source server. */
function drillScenario(servers: { n: number; wave?: string }[], drill: Json = {}): Json {
  return {
    timeScale: 0.01,
    credentialTime: 'real',
    ambient: DRILL_AMBIENT,
    drill: {
      jobStartSeconds: 5,
      launchSeconds: 120,
      statusOkAfterSeconds: 60,
      terminateSeconds: 60,
      snapshotAgeSeconds: 30,
      ...drill
    },
    accounts: {
      [DRILL_ACCOUNT]: {
        roles: [{ arn: DRILL_ROLE, trustedPrincipals: ['ambient'], maxSessionDuration: 3600 }],
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
            sourceServers: servers.map(s => ({ sourceServerID: sid(s.n), instanceId: iid(s.n) }))
          }
        }
      }
    }
  }
}

const DRILL_FLAGS = ['drill', DRILL_ACCOUNT, 'us-east-1', 'us-west-2', '--role-arn', DRILL_ROLE]

/** The drill instances (EC2 ids) of every job StartRecovery created. */
function launchedInstances(sim: Simulator): string[] {
  return sim.state.jobs
    .filter(job => job.isDrill && job.type === 'LAUNCH')
    .flatMap(job => job.servers.map(server => server.recoveryInstanceID))
    .filter((id): id is string => id !== null && id !== undefined)
}

;(existsSync(ENTRY) ? describe : describe.skip)('drs-orchestrate drill (bundle)', () => {
  test(
    'a clean drill: waves, RTO/RPO, every drill instance terminated, exit 0',
    async () => {
      const sim = await simulate(drillScenario([{ n: 1, wave: '1' }, { n: 2 }]))
      const run = await runCli(sim, DRILL_AMBIENT, DRILL_FLAGS)
      expect(run.stderr).not.toContain('error:')
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain('Waves:')
      expect(run.stdout).toContain('wave 1: 1 server, 1 passed, 0 failed')
      expect(run.stdout).toMatch(/^INSTANCE +NAME +REGION +WAVE +STATUS/m)
      expect(run.stdout).toContain('DRS drill: 2 passed, 0 failed, 0 skipped of 2 rows')
      const resultsFile = /Results file: (\S+\.json)/.exec(run.stdout)![1]
      const rows = JSON.parse(await readFile(resultsFile, 'utf8')) as DrillRow[]
      expect(rows.map(row => [row.sourceServerId, row.wave, row.status, row.terminated])).toEqual([
        [sid(1), 1, 'passed', true],
        [sid(2), null, 'passed', true]
      ])
      for (const row of rows) expect(row.rtoSeconds).toBeGreaterThanOrEqual(0)
      expect(ops(sim, 'StartRecovery')).toHaveLength(2)
      const launched = launchedInstances(sim)
      expect(launched).toHaveLength(2)
      for (const id of launched) expect(sim.state.instances.get(id)?.state).toBe('terminated')
    },
    SLOW
  )

  test(
    'SIGINT mid-drill: the CLI terminates and confirms what it launched, then exits 1',
    async () => {
      // Launches of 10 simulated minutes: still in progress when the signal comes.
      const sim = await simulate(drillScenario([{ n: 1 }, { n: 2 }], { launchSeconds: 600 }))
      const run = await runCli(
        sim,
        DRILL_AMBIENT,
        [...DRILL_FLAGS, '--json'],
        [{ signal: 'SIGINT', when: 'Started drill job' }]
      )
      expect(run.exitCode).toBe(1)
      expect(run.stderr).toContain('received SIGINT: stopping the drill and terminating')
      const document = JSON.parse(run.stdout) as JsonDocument<DrillRow>
      expect(document.stopped).toBe('Cancelled by SIGINT.')
      expect(document.counts).toMatchObject({ terminatedCount: 2, unconfirmed: 0 })
      expect(document.rows.map(row => [row.sourceServerId, row.terminated])).toEqual([
        [sid(1), true],
        [sid(2), true]
      ])
      // One launch, no second one after the signal; both of its instances terminated.
      expect(ops(sim, 'StartRecovery')).toHaveLength(1)
      const launched = launchedInstances(sim)
      expect(launched).toHaveLength(2)
      const asked = ops(sim, 'TerminateRecoveryInstances').flatMap(
        call => (call.params as { recoveryInstanceIDs: string[] }).recoveryInstanceIDs
      )
      expect(asked.sort()).toEqual(document.rows.map(row => row.recoveryInstanceId).sort())
      for (const id of launched) expect(sim.state.instances.get(id)?.state).toBe('terminated')
    },
    SLOW
  )

  test(
    'a second SIGINT exits at once, naming the job whose instances may be left',
    async () => {
      const sim = await simulate(drillScenario([{ n: 1 }], { launchSeconds: 6000 }))
      const run = await runCli(sim, DRILL_AMBIENT, DRILL_FLAGS, [
        { signal: 'SIGINT', when: 'Started drill job' },
        { signal: 'SIGINT', when: 'received SIGINT: stopping' }
      ])
      expect(run.exitCode).toBe(1)
      const jobId = sim.state.jobs.find(job => job.type === 'LAUNCH')!.id
      expect(run.stderr).toContain('received SIGINT again: exiting now')
      expect(run.stderr).toContain(`job(s) ${jobId} (${sid(1)}) may still be running`)
      expect(ops(sim, 'TerminateRecoveryInstances')).toHaveLength(0)
    },
    SLOW
  )
})
