// The CLI end to end: `src/entries/cli.ts` run as a separate process (through tsx, or the bundle when
// DRS_CLI_ENTRY points at it) against the local AWS simulator, with an isolated HOME and AWS
// config, so the whole path is real: flags, the SDK's credential chain, the engine, the report,
// the exit code. Asserts what a user sees and what AWS would have seen (who signed each call).
import { afterEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Row } from '../src/shared/rows.js'
import { startSimulator } from '../test/simulator/index.js'

// ---- fixtures -------------------------------------------------------------------------------

type Simulator = Awaited<ReturnType<typeof startSimulator>>

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** tsx by default, so the tests do not depend on a bundle that may not be built yet. */
const ENTRY = process.env.DRS_CLI_ENTRY
  ? resolve(REPO_ROOT, process.env.DRS_CLI_ENTRY)
  : join(REPO_ROOT, 'src', 'entries', 'cli.ts')
const NODE_ARGS = ENTRY.endsWith('.ts') ? ['--import', 'tsx', ENTRY] : [ENTRY]

const ACCOUNT = '160885257264'
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const CENTRAL_ROLE_ARN = 'arn:aws:iam::111111111111:role/GitHubDRSOrchestrator'
const EXTERNAL_ID = 'DRSOrchestration2024-x7Qp'
const TAGS = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }

const AMBIENT = {
  accessKeyId: 'AKIASIMCLIENVKEY0001',
  secretAccessKey: 'simCliEnvSecret/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  principalArn: 'arn:aws:iam::111111111111:user/alice'
}
const PROFILE_KEYS = {
  accessKeyId: 'AKIASIMCLIPROFILE001',
  secretAccessKey: 'simCliProfileSecret/bbbbbbbbbbbbbbbbbbbbbbbbbb',
  principalArn: 'arn:aws:iam::111111111111:user/central-profile'
}

interface FleetOptions {
  /** Install outcome of the second us-east-1 instance. */
  secondOutcome?: string
  /** Install duration of every instance, in simulated seconds. */
  durationSeconds?: number
  externalId?: string
}

/** One account, instances in us-east-1 and eu-west-1, DRS in us-west-2; the role trusts both keys. */
function fleet(options: FleetOptions = {}): Record<string, unknown> {
  const install = { durationSeconds: options.durationSeconds ?? 30 }
  return {
    timeScale: 0.02,
    credentialTime: 'real',
    ambient: [AMBIENT, PROFILE_KEYS],
    oidc: { subject: 'repo:octo/fleet:ref:refs/heads/main' },
    oidcRoles: [{ arn: CENTRAL_ROLE_ARN, oidcSubjects: ['repo:octo/fleet:*'] }],
    accounts: {
      [ACCOUNT]: {
        roles: [
          {
            arn: ROLE_ARN,
            externalId: options.externalId ?? EXTERNAL_ID,
            trustedPrincipals: [AMBIENT.principalArn, PROFILE_KEYS.principalArn, CENTRAL_ROLE_ARN]
          }
        ],
        regions: {
          'us-east-1': {
            instances: [
              { id: 'i-0a1b2c3d4e5f60001', name: 'web-1', tags: TAGS, install },
              {
                id: 'i-0a1b2c3d4e5f60002',
                name: 'web-2',
                tags: TAGS,
                install: { ...install, outcome: options.secondOutcome ?? 'Success' }
              },
              { id: 'i-0a1b2c3d4e5f60003', name: 'dev-box', tags: { env: 'dev' } }
            ]
          },
          'eu-west-1': {
            instances: [
              {
                id: 'i-0b1c2d3e4f5a60001',
                name: 'eu-web-1',
                platform: 'Windows',
                tags: TAGS,
                install
              }
            ]
          },
          'us-west-2': { replication: { registerAfterSeconds: 5 } }
        }
      }
    }
  }
}

interface CliRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Isolated temp folder of this run (TMPDIR and HOME live here). */
  work: string
}

interface RunOptions {
  env?: Record<string, string>
  /** Put the scenario's first ambient keys in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (default true). */
  ambientKeys?: boolean
  /** Written to the isolated AWS_SHARED_CREDENTIALS_FILE. */
  credentialsFile?: string
  /** Send this signal once stderr contains `when`. */
  interrupt?: { signal: NodeJS.Signals; when: string }
}

const works: string[] = []
const simulators: Simulator[] = []

afterEach(async () => {
  await Promise.all(simulators.splice(0).map(sim => sim.close()))
  await Promise.all(works.splice(0).map(work => rm(work, { recursive: true, force: true })))
})

async function simulate(scenario: Record<string, unknown>): Promise<Simulator> {
  const sim = await startSimulator(scenario)
  simulators.push(sim)
  return sim
}

/** Runs the CLI as a user would, with nothing from this machine's AWS setup. */
async function runCli(sim: Simulator, args: string[], options: RunOptions = {}): Promise<CliRun> {
  const work = await mkdtemp(join(tmpdir(), 'drs-cli-e2e-'))
  works.push(work)
  const home = join(work, 'home')
  await mkdir(join(work, 'tmp'), { recursive: true })
  await mkdir(home, { recursive: true })
  const credentialsPath = join(home, 'aws-credentials')
  if (options.credentialsFile !== undefined)
    await writeFile(credentialsPath, options.credentialsFile)
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    USER: 'alice',
    TMPDIR: join(work, 'tmp'),
    AWS_CONFIG_FILE: join(home, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: credentialsPath,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: sim.url,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
  }
  if (options.ambientKeys !== false) {
    env.AWS_ACCESS_KEY_ID = AMBIENT.accessKeyId
    env.AWS_SECRET_ACCESS_KEY = AMBIENT.secretAccessKey
  }
  Object.assign(env, options.env)

  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  let interrupted = false
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => {
    stderr += String(chunk)
    if (options.interrupt && !interrupted && stderr.includes(options.interrupt.when)) {
      interrupted = true
      child.kill(options.interrupt.signal)
    }
  })
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(done =>
    child.on('close', (code, sig) => done([code, sig]))
  )
  return { exitCode, signal, stdout, stderr, work }
}

/** Every secret the run could have seen: keys of every session, the external id, the OIDC request token. */
function secretsOf(sim: Simulator, extra: string[] = []): string[] {
  const secrets = [EXTERNAL_ID, sim.oidc.requestToken, ...extra]
  for (const session of sim.state.sessions) {
    secrets.push(session.secretAccessKey)
    if (session.sessionToken) secrets.push(session.sessionToken)
  }
  return secrets.filter(secret => secret && secret.length > 0)
}

function expectNoSecrets(run: CliRun, secrets: string[]): void {
  const output = `${run.stdout}\n${run.stderr}`
  for (const secret of secrets) expect(output).not.toContain(secret)
}

/** The access key of the target-role session STS issued (the one EC2/SSM/DRS must be signed with). */
function targetRoleKeys(sim: Simulator): string[] {
  return sim.state.sessions
    .filter(s => s.kind === 'role' && s.roleArn === ROLE_ARN)
    .map(s => s.accessKeyId)
}

function callsOf(sim: Simulator, service: string, operation?: string) {
  return sim
    .calls()
    .filter(
      call => call.service === service && (operation === undefined || call.operation === operation)
    )
}

interface JsonReport {
  counts: {
    instanceCount: number
    installedCount: number
    failedCount: number
    skippedCount: number
    byStatus: Record<string, number>
  }
  rows: Row[]
  resultsFile: string
  stopped: string | null
}

// ---- the seed's form ----------------------------------------------------------------------------

describe('drs-orchestrate ACCOUNT SOURCE_REGION TARGET_REGION with AWS_ROLE_ARN', () => {
  test('installs everywhere, exits 0, prints the table, writes the results file', async () => {
    const sim = await simulate(fleet())
    const resultsFile = join(
      tmpdir(),
      `drs-cli-e2e-results-${process.pid}-${Date.now()}`,
      'rows.json'
    )
    works.push(dirname(resultsFile))
    const run = await runCli(
      sim,
      [
        ACCOUNT,
        'us-east-1,eu-west-1',
        'us-west-2',
        '--external-id',
        EXTERNAL_ID,
        '--results-file',
        resultsFile
      ],
      { env: { AWS_ROLE_ARN: ROLE_ARN } }
    )

    expect(run.stderr).not.toContain('error:')
    expect(run.exitCode).toBe(0)
    // The table and the final line on stdout; the engine's log lines on stderr (not a TTY: plain lines).
    expect(run.stdout).toMatch(/^INSTANCE +NAME +REGION/)
    expect(run.stdout).toContain(
      'DRS agent roll-out: 3 installed, 0 skipped, 0 failed of 3 instances'
    )
    expect(run.stdout).toContain(`Results file: ${resultsFile}`)
    expect(run.stderr).toContain('us-east-1: sent 2 instance(s)')
    expect(run.stderr).not.toContain('\r')

    const rows = JSON.parse(await readFile(resultsFile, 'utf8')) as Row[]
    expect(rows.map(row => [row.region, row.instanceId, row.status])).toEqual([
      ['eu-west-1', 'i-0b1c2d3e4f5a60001', 'installed'],
      ['us-east-1', 'i-0a1b2c3d4e5f60001', 'installed'],
      ['us-east-1', 'i-0a1b2c3d4e5f60002', 'installed']
    ])

    // Who signed: AssumeRole with the starting (environment) keys, everything else with the
    // target-role session.
    const assumeRole = callsOf(sim, 'sts', 'AssumeRole')
    expect(assumeRole.length).toBeGreaterThanOrEqual(1)
    expect(assumeRole[0].accessKeyId).toBe(AMBIENT.accessKeyId)
    expect(assumeRole[0].params).toMatchObject({
      RoleArn: ROLE_ARN,
      ExternalId: EXTERNAL_ID,
      SourceIdentity: 'alice',
      RoleSessionName: expect.stringMatching(/^drs-cli-\d{8}T\d{6}Z$/)
    })
    const roleKeys = targetRoleKeys(sim)
    expect(roleKeys.length).toBeGreaterThanOrEqual(1)
    const fleetCalls = sim
      .calls()
      .filter(call => ['ec2', 'ssm', 'drs'].includes(call.service ?? ''))
    expect(new Set(fleetCalls.map(call => call.service))).toEqual(new Set(['ec2', 'ssm', 'drs']))
    for (const call of fleetCalls) expect(roleKeys).toContain(call.accessKeyId)
    expect(callsOf(sim, 'ssm', 'SendCommand').every(call => call.status === 200)).toBe(true)

    expectNoSecrets(run, secretsOf(sim, [AMBIENT.secretAccessKey]))
  })

  test('a failed install: exit 1, --json is the only stdout content, default results file in the temp folder', async () => {
    const sim = await simulate(fleet({ secondOutcome: 'Failed' }))
    const run = await runCli(
      sim,
      [ACCOUNT, 'us-east-1,eu-west-1', 'us-west-2', '--external-id', EXTERNAL_ID, '--json'],
      {
        env: { AWS_ROLE_ARN: ROLE_ARN }
      }
    )

    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.counts).toMatchObject({
      instanceCount: 3,
      installedCount: 2,
      failedCount: 1,
      skippedCount: 0
    })
    expect(report.counts.byStatus).toMatchObject({ installed: 2, failed: 1, pending: 0 })
    expect(report.rows).toHaveLength(3)
    expect(report.rows.find(row => row.instanceId === 'i-0a1b2c3d4e5f60002')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('install command failed')
    })
    expect(report.stopped).toBeNull()

    // The default results file: under the OS temp folder (TMPDIR here), named on stderr and in the JSON.
    expect(report.resultsFile.startsWith(join(run.work, 'tmp'))).toBe(true)
    expect(run.stderr).toContain(`Results file: ${report.resultsFile}`)
    expect(JSON.parse(await readFile(report.resultsFile, 'utf8'))).toEqual(report.rows)
    expect(await readdir(join(run.work, 'tmp', 'drs-results'))).toHaveLength(1)
    expect(run.stderr).toContain('error: 1 instance(s) or region(s) failed or timed out')

    expectNoSecrets(run, secretsOf(sim, [AMBIENT.secretAccessKey]))
  })

  test('--no-fail-on-error: the same failure exits 0', async () => {
    const sim = await simulate(fleet({ secondOutcome: 'Failed' }))
    const run = await runCli(
      sim,
      [
        ACCOUNT,
        'us-east-1',
        'us-west-2',
        '--external-id',
        EXTERNAL_ID,
        '--no-fail-on-error',
        '--json'
      ],
      { env: { AWS_ROLE_ARN: ROLE_ARN } }
    )
    expect(run.exitCode).toBe(0)
    expect((JSON.parse(run.stdout) as JsonReport).counts.failedCount).toBe(1)
  })
})

// ---- starting credentials ---------------------------------------------------------------------

describe('starting credentials', () => {
  const credentialsFile = [
    '[central]',
    `aws_access_key_id = ${PROFILE_KEYS.accessKeyId}`,
    `aws_secret_access_key = ${PROFILE_KEYS.secretAccessKey}`,
    ''
  ].join('\n')
  const flags = [
    '--role-arn',
    ROLE_ARN,
    '--external-id',
    EXTERNAL_ID,
    '--source-regions',
    'us-east-1',
    '--target-region',
    'us-west-2'
  ]

  test('AWS_PROFILE names a profile in the shared credentials file', async () => {
    const sim = await simulate(fleet())
    const run = await runCli(sim, [...flags, '--dry-run', '--json'], {
      ambientKeys: false,
      credentialsFile,
      env: { AWS_PROFILE: 'central' }
    })
    expect(run.exitCode).toBe(0)
    expect((JSON.parse(run.stdout) as JsonReport).counts.byStatus['dry-run']).toBe(2)
    expect(callsOf(sim, 'sts', 'AssumeRole')[0].accessKeyId).toBe(PROFILE_KEYS.accessKeyId)
    expect(callsOf(sim, 'ssm', 'SendCommand')).toHaveLength(0)
    expect(run.stderr).toContain('starting credentials: AWS profile central')
    expectNoSecrets(run, secretsOf(sim, [PROFILE_KEYS.secretAccessKey]))
  })

  test('--profile wins over keys in the environment', async () => {
    const sim = await simulate(fleet())
    const run = await runCli(sim, [...flags, '--profile', 'central', '--wait-for', 'none'], {
      credentialsFile
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('2 pending')
    expect(callsOf(sim, 'sts', 'AssumeRole')[0].accessKeyId).toBe(PROFILE_KEYS.accessKeyId)
    const roleKeys = targetRoleKeys(sim)
    for (const call of callsOf(sim, 'ssm')) expect(roleKeys).toContain(call.accessKeyId)
    expectNoSecrets(run, secretsOf(sim, [PROFILE_KEYS.secretAccessKey, AMBIENT.secretAccessKey]))
  })

  test('--oidc-role-arn inside a job: the OIDC token, the central role, then the target role', async () => {
    const sim = await simulate(fleet())
    const run = await runCli(
      sim,
      [...flags, '--oidc-role-arn', CENTRAL_ROLE_ARN, '--wait-for', 'none', '--json'],
      {
        ambientKeys: false,
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: sim.oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: sim.oidc.requestToken
        }
      }
    )
    expect(run.exitCode).toBe(0)
    expect(callsOf(sim, 'oidc')).toHaveLength(1)
    const web = callsOf(sim, 'sts', 'AssumeRoleWithWebIdentity')
    expect(web).toHaveLength(1)
    expect(web[0].accessKeyId).toBeNull()
    const central = sim.state.sessions.find(
      s => s.kind === 'role' && s.roleArn === CENTRAL_ROLE_ARN
    )
    expect(callsOf(sim, 'sts', 'AssumeRole')[0].accessKeyId).toBe(central?.accessKeyId)
    const roleKeys = targetRoleKeys(sim)
    for (const call of callsOf(sim, 'ssm')) expect(roleKeys).toContain(call.accessKeyId)
    expectNoSecrets(run, secretsOf(sim))
  })

  test('a refused AssumeRole stops the run: exit 1, a failed row per region, the reason', async () => {
    const sim = await simulate(fleet({ externalId: 'the-other-external-id' }))
    const run = await runCli(
      sim,
      [ACCOUNT, 'us-east-1,eu-west-1', 'us-west-2', '--external-id', EXTERNAL_ID, '--json'],
      { env: { AWS_ROLE_ARN: ROLE_ARN } }
    )
    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.stopped).toContain('was denied')
    expect(report.rows.map(row => [row.region, row.instanceId, row.status])).toEqual([
      ['eu-west-1', null, 'failed'],
      ['us-east-1', null, 'failed']
    ])
    expect(report.counts.failedCount).toBe(2)
    expect(run.stderr).toContain('error: AssumeRole into')
    expect(callsOf(sim, 'ec2')).toHaveLength(0)
    expectNoSecrets(run, [...secretsOf(sim, [AMBIENT.secretAccessKey]), 'the-other-external-id'])
  })
})

describe('redaction', () => {
  test('a secret inside an AWS error message is printed as ***', async () => {
    const scenario = fleet()
    scenario.faults = [
      {
        service: 'ec2',
        operation: 'DescribeInstances',
        region: 'eu-west-1',
        code: 'UnauthorizedOperation',
        status: 403,
        message: `You are not authorized (request carried ${EXTERNAL_ID})`,
        times: 20
      }
    ]
    const sim = await simulate(scenario)
    const run = await runCli(
      sim,
      [ACCOUNT, 'us-east-1,eu-west-1', 'us-west-2', '--external-id', EXTERNAL_ID, '--dry-run'],
      {
        env: { AWS_ROLE_ARN: ROLE_ARN }
      }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('request carried ***')
    expectNoSecrets(run, secretsOf(sim, [AMBIENT.secretAccessKey]))
  })
})

// ---- bad usage -----------------------------------------------------------------------------------

describe('bad usage exits 2 before any AWS call', () => {
  test.each([
    [
      ['--source-region', 'us-east-1', '--target-region', 'us-west-2'],
      'unknown option --source-region'
    ],
    [[ACCOUNT, 'us-east-1'], 'expected ACCOUNT SOURCE_REGION TARGET_REGION'],
    [
      [ACCOUNT, 'us-east-1', 'us-west-2', '--wait-for', 'forever'],
      '--wait-for: expected none, install or replication'
    ],
    [
      [ACCOUNT, 'us-east-1', 'us-west-2', '--oidc-role-arn', CENTRAL_ROLE_ARN],
      '--oidc-role-arn: needs a GitHub OIDC token'
    ],
    [
      ['--source-regions', 'us-east-1', '--target-region', 'us-west-2'],
      'pass --role-arn ARN or set AWS_ROLE_ARN'
    ]
  ])('%j', async (args, message) => {
    const sim = await simulate(fleet())
    const withRole: Record<string, string> = args[0] === ACCOUNT ? { AWS_ROLE_ARN: ROLE_ARN } : {}
    const run = await runCli(sim, [...args, '--external-id', EXTERNAL_ID], { env: withRole })
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain(message)
    expect(run.stderr).toContain('drs-orchestrate --help')
    expect(run.stdout).toBe('')
    expect(sim.calls()).toHaveLength(0)
    expectNoSecrets(run, [EXTERNAL_ID, AMBIENT.secretAccessKey])
  })

  test('--help prints every input and exits 0', async () => {
    const sim = await simulate(fleet())
    const run = await runCli(sim, ['--help'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('--role-arn ARN')
    expect(run.stdout).toContain('--notify-topic-arn ARN')
  })

  test('--version', async () => {
    const sim = await simulate(fleet())
    const run = await runCli(sim, ['--version'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^drs-orchestrate \d+\.\d+\.\d+/)
  })
})

// ---- cancel ----------------------------------------------------------------------------------------

describe('SIGINT / SIGTERM', () => {
  test('SIGINT during the wait: stops it, reports the rows as known, exits 1', async () => {
    // Installs of 30 simulated minutes: still running when the signal comes.
    const sim = await simulate(fleet({ durationSeconds: 1800 }))
    const run = await runCli(
      sim,
      [ACCOUNT, 'us-east-1', 'us-west-2', '--external-id', EXTERNAL_ID, '--json'],
      {
        env: { AWS_ROLE_ARN: ROLE_ARN },
        interrupt: { signal: 'SIGINT', when: 'Waiting for' }
      }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toContain('received SIGINT')
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.stopped).toMatch(/Cancelled/)
    expect(report.rows.map(row => row.status)).toEqual(['pending', 'pending'])
    expect(report.rows.every(row => row.commandId !== null)).toBe(true)
    expect(JSON.parse(await readFile(report.resultsFile, 'utf8'))).toHaveLength(2)
  })
  test('before any instance is known: a failed row per source region, exit 1', async () => {
    // STS throttles every call, so the SDK is still retrying the role assumption at the signal.
    const scenario = fleet()
    scenario.throttle = { rate: 1, services: ['sts'] }
    const sim = await simulate(scenario)
    const started = Date.now()
    const run = await runCli(
      sim,
      [ACCOUNT, 'us-east-1,eu-west-1', 'us-west-2', '--external-id', EXTERNAL_ID, '--json'],
      {
        env: { AWS_ROLE_ARN: ROLE_ARN },
        interrupt: { signal: 'SIGTERM', when: 'starting credentials' }
      }
    )
    expect(run.exitCode).toBe(1)
    expect(Date.now() - started).toBeLessThan(20_000)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.stopped).toBe('Cancelled by SIGTERM.')
    expect(report.rows.map(row => [row.region, row.instanceId, row.status])).toEqual([
      ['eu-west-1', null, 'failed'],
      ['us-east-1', null, 'failed']
    ])
    expect(callsOf(sim, 'ec2')).toHaveLength(0)
  })
})
