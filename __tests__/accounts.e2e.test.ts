// Many accounts in one step, end to end: the bundled action (dist/index.js, as the runner runs it)
// and the bundled CLI (cli/dist/index.js) over generated accounts in the simulator: one whose role
// is not trusted, one whose DRS is not initialised, one at DRS's replicating-server quota, and
// healthy ones. Asserts the rows, outputs, summary and STS calls a run over N accounts makes.
import { afterEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Row } from '../src/shared/rows.js'
import { repoRoot, runAction } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>

const CENTRAL_ROLE_ARN = 'arn:aws:iam::111111111111:role/GitHubDRSOrchestrator'
const FIRST = '200000000000'
const acct = (n: number): string => String(BigInt(FIRST) + BigInt(n)).padStart(12, '0')
const ACCOUNTS = [0, 1, 2, 3, 4].map(acct)
const [HEALTHY, DENIED, UNINITIALISED, AT_QUOTA, OTHER] = ACCOUNTS
const REGIONS = ['eu-west-1', 'us-east-1']

function scenario(trusted: string[]): Record<string, unknown> {
  return {
    timeScale: 0.02,
    credentialTime: 'real',
    // DRS's replicating-server quota, as AWS documents it.
    drsQuotas: { replicatingServers: 300 },
    oidc: { subject: 'repo:octo/fleet:ref:refs/heads/main' },
    oidcRoles: [{ arn: CENTRAL_ROLE_ARN, oidcSubjects: ['repo:octo/fleet:*'] }],
    generate: {
      accounts: ACCOUNTS.length,
      firstAccountId: FIRST,
      instancesPerRegion: 2,
      sourceRegions: REGIONS,
      targetRegion: 'us-west-2',
      roleName: 'DRSOrchestrationRole',
      trustedPrincipals: trusted,
      install: { durationSeconds: 30 },
      replication: { registerAfterSeconds: 5 },
      overrides: {
        [DENIED]: { denied: 'untrusted' },
        [UNINITIALISED]: { drsInitialized: false },
        // 298 + 4 candidates: 2 fit under the default limit of 300, 2 do not.
        [AT_QUOTA]: { replicatingServers: 298 }
      }
    }
  }
}

const simulators: Simulator[] = []
const works: string[] = []
afterEach(async () => {
  await Promise.all(simulators.splice(0).map(sim => sim.close()))
  await Promise.all(works.splice(0).map(work => rm(work, { recursive: true, force: true })))
})

async function simulate(trusted: string[]): Promise<Simulator> {
  const sim = await startSimulator(scenario(trusted))
  simulators.push(sim)
  return sim
}

const byAccount = (rows: Row[], account: string): Row[] =>
  rows.filter(row => row.accountId === account)

/** The rows every run over this scenario gives, whatever the front. */
function expectScenarioRows(rows: Row[]): void {
  // Ordered by account, then region, then instance id.
  const keys = rows.map(r => [r.accountId ?? '', r.region ?? '', r.instanceId ?? ''])
  const sorted = [...keys].sort((a, b) => a.join('/').localeCompare(b.join('/')))
  expect(keys).toEqual(sorted)

  for (const account of [HEALTHY, OTHER]) {
    const own = byAccount(rows, account)
    expect(own).toHaveLength(4)
    expect(own.every(row => row.status === 'installed')).toBe(true)
  }
  // A role that cannot be assumed: a failed row per source region, for that account only.
  const denied = byAccount(rows, DENIED)
  expect(denied.map(row => [row.region, row.instanceId, row.status])).toEqual(
    REGIONS.map(region => [region, null, 'failed'])
  )
  expect(denied[0].message).toContain(`arn:aws:iam::${DENIED}:role/DRSOrchestrationRole`)
  const uninitialised = byAccount(rows, UNINITIALISED)
  expect(uninitialised.map(row => [row.region, row.instanceId, row.status])).toEqual(
    REGIONS.map(region => [region, null, 'failed'])
  )
  expect(uninitialised[0].message).toContain('not initialised in us-west-2')
  // At the quota: the first two candidates in row order are sent, the other two are not.
  const quota = byAccount(rows, AT_QUOTA)
  expect(quota.map(row => row.status)).toEqual(['installed', 'installed', 'failed', 'failed'])
  expect(quota[2].message).toBe(
    `not sent: DRS in us-west-2 already replicates 298 source servers for account ${AT_QUOTA}; ` +
      'drs-replicating-limit is 300 and 4 more were eligible'
  )
  expect(quota[3].commandId).toBeNull()
}

describe('the action over many accounts', () => {
  test('one OIDC exchange, one AssumeRole per account, failures kept to their account', async () => {
    const sim = await simulate([CENTRAL_ROLE_ARN])
    const callsBefore = sim.calls().length
    const run = await runAction({
      simulator: sim,
      oidc: true,
      inputs: {
        accounts: [...ACCOUNTS, HEALTHY].join(',\n'),
        'role-name': 'DRSOrchestrationRole',
        'oidc-role-arn': CENTRAL_ROLE_ARN,
        'source-regions': REGIONS.join(','),
        'target-region': 'us-west-2',
        'session-tagging': 'false',
        'timeout-minutes': '5'
      }
    })
    const rows = (run.resultsFileRows ?? []) as Row[]
    expect(run.exitCode).toBe(1)
    expectScenarioRows(rows)
    expect(run.log).toContain(`accounts: dropped duplicate ${HEALTHY}`)

    expect(run.outputs).toMatchObject({
      'account-count': '5',
      'instance-count': '12',
      'installed-count': '10',
      'failed-count': '6',
      'skipped-count': '0'
    })
    expect(JSON.parse(run.outputs.results)).toEqual(rows)

    // STS: 1 web-identity exchange, then 1 AssumeRole per account (1 + 1 + N with the token).
    const sts = sim
      .calls()
      .slice(callsBefore)
      .filter(call => call.service === 'sts')
    expect(sts.filter(call => call.operation === 'AssumeRoleWithWebIdentity')).toHaveLength(1)
    const assumed = sts.filter(call => call.operation === 'AssumeRole')
    expect(assumed).toHaveLength(ACCOUNTS.length)
    expect(new Set(assumed.map(call => (call.params as { RoleArn: string }).RoleArn))).toEqual(
      new Set(ACCOUNTS.map(id => `arn:aws:iam::${id}:role/DRSOrchestrationRole`))
    )
    // No call into an account the role could not be assumed in.
    const intoDenied = sim
      .calls()
      .slice(callsBefore)
      .filter(call => call.service !== 'sts' && call.account === DENIED)
    expect(intoDenied).toHaveLength(0)

    // The summary: one line per account first, then the rows that need attention.
    const summary = run.summary
    for (const account of ACCOUNTS) expect(summary).toContain(account)
    const healthyLine = summary.split('\n').find(line => line.includes(HEALTHY)) ?? ''
    expect(healthyLine).toMatch(/4 instance/)
    expect(healthyLine).toMatch(/4 installed/)
    const quotaAt = summary.indexOf('drs-replicating-limit is 300')
    const firstInstalledRow = summary.search(/\|\s*i-[0-9a-f]+[^\n]*installed/)
    expect(quotaAt).toBeGreaterThan(summary.indexOf(OTHER))
    expect(quotaAt).toBeLessThan(firstInstalledRow)
  })

  test('a central hop that fails stops every account: a failed row per account and region', async () => {
    const sim = await simulate([CENTRAL_ROLE_ARN])
    const run = await runAction({
      simulator: sim,
      oidc: true,
      inputs: {
        accounts: ACCOUNTS.slice(0, 3).join(' '),
        'role-name': 'DRSOrchestrationRole',
        'oidc-role-arn': 'arn:aws:iam::111111111111:role/NotTrustingThisRepo',
        'source-regions': REGIONS.join(','),
        'target-region': 'us-west-2'
      }
    })
    const rows = (run.resultsFileRows ?? []) as Row[]
    expect(run.exitCode).toBe(1)
    expect(rows.map(row => [row.accountId, row.region, row.status])).toEqual(
      ACCOUNTS.slice(0, 3).flatMap(account => REGIONS.map(region => [account, region, 'failed']))
    )
    expect(run.outputs['account-count']).toBe('3')
    expect(sim.calls().filter(call => call.operation === 'AssumeRole')).toHaveLength(0)
  })

  test('dry-run reports the quota rows too, and sends nothing', async () => {
    const sim = await simulate([CENTRAL_ROLE_ARN])
    const run = await runAction({
      simulator: sim,
      oidc: true,
      inputs: {
        accounts: AT_QUOTA,
        'role-name': 'DRSOrchestrationRole',
        'oidc-role-arn': CENTRAL_ROLE_ARN,
        'source-regions': REGIONS.join(','),
        'target-region': 'us-west-2',
        'dry-run': 'true'
      }
    })
    const rows = (run.resultsFileRows ?? []) as Row[]
    expect(rows.map(row => row.status)).toEqual(['dry-run', 'dry-run', 'failed', 'failed'])
    expect(rows[2].message).toContain('drs-replicating-limit is 300')
    expect(sim.calls().filter(call => call.operation === 'SendCommand')).toHaveLength(0)
  })

  test('without the preflight (a higher limit), DRS itself refuses the servers past its quota', async () => {
    const sim = await simulate([CENTRAL_ROLE_ARN])
    const run = await runAction({
      simulator: sim,
      oidc: true,
      inputs: {
        accounts: AT_QUOTA,
        'role-name': 'DRSOrchestrationRole',
        'oidc-role-arn': CENTRAL_ROLE_ARN,
        'source-regions': REGIONS.join(','),
        'target-region': 'us-west-2',
        'drs-replicating-limit': '1000',
        'timeout-minutes': '5'
      }
    })
    const rows = (run.resultsFileRows ?? []) as Row[]
    expect(rows.map(row => row.status)).toEqual(['installed', 'installed', 'failed', 'failed'])
    expect(rows[2].message).toContain('ServiceQuotaExceededException')
  })
})

describe('the CLI over many accounts', () => {
  test('--accounts and --role-name run every account from the ambient credentials', async () => {
    const sim = await simulate(['ambient'])
    const work = await mkdtemp(join(tmpdir(), 'drs-accounts-cli-'))
    works.push(work)
    const resultsFile = join(work, 'rows.json')
    const args = [
      join(repoRoot, 'cli', 'dist', 'index.js'),
      '--accounts',
      ACCOUNTS.join(','),
      '--role-name',
      'DRSOrchestrationRole',
      '--source-regions',
      REGIONS.join(','),
      '--target-region',
      'us-west-2',
      '--session-tagging=false',
      '--results-file',
      resultsFile
    ]
    const child = spawn(process.execPath, args, {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: work,
        AWS_CONFIG_FILE: join(work, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: join(work, 'none'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ENDPOINT_URL: sim.url,
        AWS_ACCESS_KEY_ID: sim.ambient.accessKeyId,
        AWS_SECRET_ACCESS_KEY: sim.ambient.secretAccessKey
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    child.stdout.resume()
    const exitCode = await new Promise<number | null>(done => child.on('close', done))
    expect({ exitCode, stderr: exitCode === 1 ? '' : stderr }).toEqual({ exitCode: 1, stderr: '' })
    const rows = JSON.parse(await readFile(resultsFile, 'utf8')) as Row[]
    expectScenarioRows(rows)
    const sts = sim.calls().filter(call => call.service === 'sts')
    expect(sts.map(call => call.operation)).toEqual(ACCOUNTS.map(() => 'AssumeRole'))
  })
})
