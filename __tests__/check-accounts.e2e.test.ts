// End to end: the bundled check action (check/dist/index.js) over several accounts in one step
// (`accounts` + `role-name`), against the simulator's generated accounts: one central session,
// each account assumed on its own, a denied account and one without DRS are their own failed rows,
// the others carry on; read-only still asserted from the call log.
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, runAction, type ActionRun } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'
import type { CheckRow } from '../src/check/rows.js'

const CHECK = join(repoRoot, 'check', 'dist', 'index.js')
const CHECK_YML = join(repoRoot, 'check', 'action.yml')
const OK_FULL = '211111111111'
const DENIED = '222222222222'
const HALF = '233333333333'
const NO_DRS = '244444444444'
const ACCOUNTS = [OK_FULL, DENIED, HALF, NO_DRS]
const CENTRAL = 'arn:aws:iam::999999999999:role/GitHubCentral'
const REGIONS = ['eu-west-1', 'us-east-1']

type Simulator = Awaited<ReturnType<typeof startSimulator>>
const running: Simulator[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map(sim => sim.close()))
})

function scenario(): Record<string, unknown> {
  return {
    credentialTime: 'real',
    oidcRoles: [{ arn: CENTRAL, oidcSubjects: ['repo:octo/fleet:*'] }],
    generate: {
      accountIds: ACCOUNTS,
      instancesPerAccount: 4,
      sourceRegions: REGIONS,
      targetRegion: 'us-west-2',
      registeredEvery: 1,
      replication: { lagSeconds: 20 },
      trustedPrincipals: ['ambient', CENTRAL],
      overrides: {
        [DENIED]: { denied: true },
        [HALF]: { registeredEvery: 2 },
        [NO_DRS]: { drsInitialized: false }
      }
    }
  }
}

async function check(
  inputs: Record<string, string>,
  oidc = false
): Promise<{ run: ActionRun; sim: Simulator }> {
  const sim = await startSimulator(scenario())
  running.push(sim)
  const run = await runAction({
    entry: CHECK,
    actionYml: CHECK_YML,
    simulator: sim,
    oidc,
    ambient: oidc ? undefined : sim.ambient,
    inputs: {
      accounts: ACCOUNTS.join('\n'),
      'role-name': 'DRSOrchestrationRole',
      'source-regions': REGIONS.join(','),
      'target-region': 'us-west-2',
      ...inputs
    }
  })
  return { run, sim }
}

/** Only reads: Describe*, List*, Get* and STS's role assumption. */
function writeCalls(sim: Simulator): string[] {
  return sim
    .calls()
    .filter(call => !(call.service === 'sts' && /^AssumeRole/.test(call.operation ?? '')))
    .map(call => `${call.service}:${call.operation}`)
    .filter(name => !/^[a-z0-9]+:(Describe|List|Get)[A-Z]/.test(name))
}

const stsCalls = (sim: Simulator, operation: string) =>
  sim.calls().filter(call => call.service === 'sts' && call.operation === operation)

;(existsSync(CHECK) ? describe : describe.skip)('check over several accounts (bundle)', () => {
  it('checks every account on its own: a denied one and one without DRS are their own failed rows', async () => {
    const { run, sim } = await check({ 'account-concurrency': '2' })
    const rows = run.resultsFileRows as CheckRow[]
    // Contract order: by account, then region, then instance id.
    const keys = rows.map(row => `${row.accountId} ${row.region} ${row.instanceId ?? ''}`)
    expect(keys).toEqual([...keys].sort())

    const of = (account: string) => rows.filter(row => row.accountId === account)
    expect(of(OK_FULL).map(row => row.status)).toEqual(Array(4).fill('protected'))
    expect(
      of(HALF)
        .map(row => row.status)
        .sort()
    ).toEqual(['protected', 'protected', 'unprotected', 'unprotected'])
    // The denied account: one failed row per source region, naming the role and the refusal.
    expect(of(DENIED).map(row => [row.region, row.instanceId, row.status])).toEqual(
      REGIONS.map(region => [region, null, 'failed'])
    )
    for (const row of of(DENIED)) {
      expect(row.message).toContain(`arn:aws:iam::${DENIED}:role/DRSOrchestrationRole`)
      expect(row.message).toContain('was denied')
    }
    expect(of(NO_DRS).map(row => [row.region, row.status])).toEqual(
      REGIONS.map(region => [region, 'failed'])
    )
    expect(of(NO_DRS)[0].message).toContain('us-west-2')

    expect(run.outputs).toMatchObject({
      'protected-count': '6',
      'unprotected-count': '2',
      'failed-count': '4',
      // 8 running matching instances in the accounts that could be checked, 6 covered.
      coverage: '75',
      'account-count': '4',
      'results-truncated': 'false'
    })
    expect(JSON.parse(run.outputs.results)).toEqual(rows)

    // One line per account, worst first: the two that could not be checked, then 50 %, then 100 %.
    expect(run.summary).toContain('## DRS protection check: 4 accounts')
    const lineAt = (account: string) => run.summary.indexOf(`| ${account} |`)
    expect(run.summary).toContain(`| ${HALF} | \`█████░░░░░\` 50% | 4 | 2 | 2 |`)
    expect(run.summary).toContain(`| ${OK_FULL} | \`██████████\` 100% | 4 | 4 | 0 |`)
    expect(run.summary).toContain(`| ${DENIED} | not checked | 0 |`)
    expect(lineAt(DENIED)).toBeLessThan(lineAt(HALF))
    expect(lineAt(NO_DRS)).toBeLessThan(lineAt(HALF))
    expect(lineAt(HALF)).toBeLessThan(lineAt(OK_FULL))

    expect(run.exitCode).toBe(1)
    expect(run.log).toContain(`[${DENIED}] Account ${DENIED} stopped:`)

    // Each account assumed on its own, with the ambient start (the denied one probed once more,
    // untagged, to tell a trust refusal from a tagging one); each account read with its own keys.
    const assumed = stsCalls(sim, 'AssumeRole').map(
      call => (call.params as { RoleArn: string }).RoleArn
    )
    expect(assumed).toHaveLength(ACCOUNTS.length + 1)
    expect([...new Set(assumed)].sort()).toEqual(
      ACCOUNTS.map(account => `arn:aws:iam::${account}:role/DRSOrchestrationRole`)
    )
    const drsAccounts = new Set(
      sim
        .calls()
        .filter(call => call.operation === 'DescribeSourceServers')
        .map(call => call.account)
    )
    expect([...drsAccounts].sort()).toEqual([OK_FULL, HALF, NO_DRS])
    expect(sim.calls().some(call => call.account === DENIED && call.service !== 'sts')).toBe(false)

    // Read-only by construction, over every account.
    expect(writeCalls(sim)).toEqual([])
  }, 120_000)

  it('one OIDC exchange serves every account; a central failure is a failed row per account and region', async () => {
    const { run, sim } = await check({ 'oidc-role-arn': CENTRAL }, true)
    expect(stsCalls(sim, 'AssumeRoleWithWebIdentity')).toHaveLength(1)
    const assumed = stsCalls(sim, 'AssumeRole')
    expect(new Set(assumed.map(call => (call.params as { RoleArn: string }).RoleArn)).size).toBe(
      ACCOUNTS.length
    )
    // Every account's AssumeRole signed with the one central session.
    expect(new Set(assumed.map(call => call.accessKeyId)).size).toBe(1)
    expect(assumed.every(call => call.principal?.includes('assumed-role/GitHubCentral/'))).toBe(
      true
    )
    expect(run.outputs['account-count']).toBe('4')
    expect(run.outputs['protected-count']).toBe('6')
    expect(writeCalls(sim)).toEqual([])

    const broken = await check(
      { 'oidc-role-arn': 'arn:aws:iam::999999999999:role/NoSuchRole' },
      true
    )
    const rows = broken.run.resultsFileRows as CheckRow[]
    expect(rows.map(row => [row.accountId, row.region, row.status])).toEqual(
      ACCOUNTS.flatMap(account => REGIONS.map(region => [account, region, 'failed']))
    )
    expect(stsCalls(broken.sim, 'AssumeRole')).toHaveLength(0)
    expect(
      broken.sim.calls().filter(call => call.service === 'ec2' || call.service === 'drs')
    ).toEqual([])
    expect(broken.run.exitCode).toBe(1)
    expect(broken.run.summary).toContain('**Stopped:**')
  }, 120_000)
})
