// End to end: `drs-orchestrate initialize-drs` from the bundled CLI (cli/dist/index.js; run
// `npm run bundle:cli` after a src change) as a separate process against the local AWS
// simulator, with an isolated HOME and AWS config. An uninitialised account is initialised with
// its default template; a second run only reads; a bad subnet exits 2 before any call.
import { afterEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>

const ENTRY = join(repoRoot, process.env.DRS_CLI_ENTRY ?? join('cli', 'dist', 'index.js'))
const NODE_ARGS = ENTRY.endsWith('.ts') ? ['--import', 'tsx', ENTRY] : [ENTRY]
const ACCOUNT = '222222222222'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const SUBNET = 'subnet-0123456789abcdef0'
const AMBIENT = {
  accessKeyId: 'AKIACLIINITAMBIENT01',
  secretAccessKey: 'cliInitAmbientSecret/q8Wd2fR6tY1uI9oP3aS',
  principalArn: 'arn:aws:iam::111111111111:user/alice'
}
const SLOW = 120_000

const works: string[] = []
const simulators: Simulator[] = []

afterEach(async () => {
  await Promise.all(simulators.splice(0).map(sim => sim.close()))
  await Promise.all(works.splice(0).map(work => rm(work, { recursive: true, force: true })))
})

async function simulator(): Promise<Simulator> {
  const sim = await startSimulator({
    ambient: AMBIENT,
    accounts: {
      [ACCOUNT]: {
        roles: [{ arn: ROLE, trustedPrincipals: ['ambient'] }],
        regions: { 'us-west-2': { drsInitialized: false } }
      }
    }
  })
  simulators.push(sim)
  return sim
}

interface CliRun {
  exitCode: number | null
  stdout: string
  stderr: string
  work: string
}

/** Runs the bundled CLI as a user would, with nothing from this machine's AWS setup. */
async function runCli(sim: Simulator, args: string[]): Promise<CliRun> {
  const work = await mkdtemp(join(tmpdir(), 'drs-cli-init-e2e-'))
  works.push(work)
  const home = join(work, 'home')
  await mkdir(home, { recursive: true })
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    USER: 'alice',
    TMPDIR: work,
    AWS_CONFIG_FILE: join(home, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: sim.url,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: AMBIENT.accessKeyId,
    AWS_SECRET_ACCESS_KEY: AMBIENT.secretAccessKey,
    AWS_ROLE_ARN: ROLE
  }
  const child = spawn(process.execPath, [...NODE_ARGS, 'initialize-drs', ...args], {
    cwd: work,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const exitCode = await new Promise<number | null>(done => child.on('close', code => done(code)))
  return { exitCode, stdout, stderr, work }
}

const drsCalls = (sim: Simulator): string[] =>
  sim
    .calls()
    .filter(call => call.service === 'drs')
    .map(call => `${call.operation}${call.error ? ` -> ${call.error}` : ''}`)

;(existsSync(ENTRY) ? describe : describe.skip)('drs-orchestrate initialize-drs (bundle)', () => {
  test(
    'initialises an uninitialised account; a second run is a no-op; a bad subnet exits 2 uncalled',
    async () => {
      const sim = await simulator()
      const flags = ['--target-region', 'us-west-2', '--staging-subnet-id', SUBNET]

      const first = await runCli(sim, [...flags, '--results-file', 'out/init.json'])
      expect(first.stderr).not.toContain(AMBIENT.secretAccessKey)
      expect(first.exitCode).toBe(0)
      expect(first.stdout).toContain(
        'DRS in us-west-2 (account 222222222222): initialised by this run'
      )
      expect(first.stdout).toMatch(/Replication template: rct-[0-9a-z]{17} \(created by this run\)/)
      expect(first.stdout).toContain('Done (account 222222222222, us-west-2): initialised DRS')
      expect(drsCalls(sim)).toEqual([
        'DescribeReplicationConfigurationTemplates -> UninitializedAccountException',
        'InitializeService',
        'DescribeReplicationConfigurationTemplates',
        'CreateReplicationConfigurationTemplate'
      ])
      const created = sim
        .calls()
        .find(call => call.operation === 'CreateReplicationConfigurationTemplate')
      expect(created?.params).toMatchObject({
        stagingAreaSubnetId: SUBNET,
        replicationServerInstanceType: 't3.small'
      })
      const file = JSON.parse(await readFile(join(first.work, 'out', 'init.json'), 'utf8')) as {
        initialized: string
        templateId: string
      }
      expect(file).toMatchObject({ initialized: 'true', templateCreated: true, stopped: null })

      // The second run reads once, changes nothing, and says so (as JSON here).
      const mark = drsCalls(sim).length
      const second = await runCli(sim, [...flags, '--json'])
      expect(second.exitCode).toBe(0)
      expect(JSON.parse(second.stdout)).toMatchObject({
        accountId: ACCOUNT,
        region: 'us-west-2',
        initialized: 'already',
        templateId: file.templateId,
        templateCreated: false,
        changes: [],
        stopped: null,
        resultsFile: null
      })
      expect(drsCalls(sim).slice(mark)).toEqual(['DescribeReplicationConfigurationTemplates'])

      // Bad input: exit 2, the flag named, no AWS call at all.
      const callsBefore = sim.calls().length
      const bad = await runCli(sim, [
        '--target-region',
        'us-west-2',
        '--staging-subnet-id',
        'subnet-nothex'
      ])
      expect(bad.exitCode).toBe(2)
      expect(bad.stderr).toContain(
        '--staging-subnet-id: expected a subnet id like subnet-0123456789abcdef0, got "subnet-nothex"'
      )
      expect(bad.stdout).toBe('')
      expect(sim.calls().slice(callsBefore)).toEqual([])
    },
    SLOW
  )
})
