// End to end: the bundled discover-accounts action (discover-accounts/dist/index.js), run as the
// runner runs it, against the local AWS simulator's Organizations.
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, runAction, type ActionRun, type RunActionOptions } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'

const ENTRY = join(repoRoot, 'discover-accounts', 'dist', 'index.js')
const ACTION_YML = join(repoRoot, 'discover-accounts', 'action.yml')

const MANAGEMENT = '111111111111'
const DELEGATED = '555555555555'
const CENTRAL = 'arn:aws:iam::999999999999:role/GitHubDRSOrchestrator'
const DELEGATED_CENTRAL = `arn:aws:iam::${DELEGATED}:role/GitHubDRSOrchestrator`
const ORG_READER = `arn:aws:iam::${MANAGEMENT}:role/DRSOrganizationsReader`

type Simulator = Awaited<ReturnType<typeof startSimulator>>
const running: Simulator[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map(sim => sim.close()))
})

interface OrgAccount {
  id: string
  parent?: string
  status?: string
  name?: string
  tags?: Record<string, string>
}

function scenario(accounts: OrgAccount[], extra: Record<string, unknown> = {}) {
  return {
    oidcRoles: [
      { arn: CENTRAL, oidcSubjects: ['repo:octo/fleet:*'] },
      { arn: DELEGATED_CENTRAL, oidcSubjects: ['repo:octo/fleet:*'] }
    ],
    accounts: {
      [MANAGEMENT]: { roles: [{ arn: ORG_READER, trustedPrincipals: [CENTRAL] }] }
    },
    organizations: {
      managementAccount: MANAGEMENT,
      delegatedAdministrators: [DELEGATED],
      pageSize: 2,
      roots: [{ id: 'r-ab12', name: 'Root' }],
      ous: [
        { id: 'ou-ab12-prod0001', name: 'Production', parent: 'r-ab12' },
        { id: 'ou-ab12-prodeu01', name: 'Production EU', parent: 'ou-ab12-prod0001' },
        { id: 'ou-ab12-prodeude', name: 'Production DE', parent: 'ou-ab12-prodeu01' },
        { id: 'ou-ab12-sandbox1', name: 'Sandbox', parent: 'r-ab12' }
      ],
      accounts,
      ...extra
    }
  }
}

const ORG: OrgAccount[] = [
  { id: MANAGEMENT, name: 'management', parent: 'r-ab12' },
  {
    id: '222222222222',
    name: 'shop-prod',
    parent: 'ou-ab12-prod0001',
    tags: { 'dr:enabled': 'true' }
  },
  {
    id: '333333333333',
    name: 'billing-eu',
    parent: 'ou-ab12-prodeu01',
    tags: { 'dr:enabled': 'true' }
  },
  {
    id: '444444444444',
    name: 'old-eu',
    parent: 'ou-ab12-prodeu01',
    status: 'SUSPENDED',
    tags: { 'dr:enabled': 'true' }
  },
  { id: DELEGATED, name: 'security', parent: 'ou-ab12-prodeu01', tags: { 'dr:enabled': 'false' } },
  {
    id: '666666666666',
    name: 'shop-de',
    parent: 'ou-ab12-prodeude',
    tags: { 'dr:enabled': 'true' }
  },
  {
    id: '777777777777',
    name: 'excluded',
    parent: 'ou-ab12-prodeude',
    tags: { 'dr:enabled': 'true' }
  },
  {
    id: '888888888888',
    name: 'sandbox',
    parent: 'ou-ab12-sandbox1',
    tags: { 'dr:enabled': 'true' }
  }
]

async function start(spec: unknown): Promise<Simulator> {
  const sim = await startSimulator(spec)
  running.push(sim)
  return sim
}

function discover(
  sim: Simulator,
  inputs: Record<string, string>,
  options: Partial<RunActionOptions> = {}
): Promise<ActionRun> {
  return runAction({ entry: ENTRY, actionYml: ACTION_YML, simulator: sim, inputs, ...options })
}

function matrixOf(run: ActionRun): { include: Array<Record<string, string>> } {
  return JSON.parse(run.outputs.matrix) as { include: Array<Record<string, string>> }
}

const role = (id: string, name = 'DRSOrchestrationRole'): Record<string, string> => ({
  'account-id': id,
  'role-arn': `arn:aws:iam::${id}:role/${name}`
})

/** Every secret the simulator issued shows up only inside ::add-mask:: commands. */
function expectSecretsMasked(sim: Simulator, log: string): void {
  const lines = log.split('\n').filter(line => !line.startsWith('::add-mask::'))
  for (const session of sim.state.sessions.filter(s => s.kind === 'role')) {
    for (const secret of [session.secretAccessKey, session.sessionToken ?? '']) {
      if (secret) expect(lines.some(line => line.includes(secret))).toBe(false)
    }
  }
  expect(log).toContain(`::add-mask::`)
}

const bundled = existsSync(ENTRY)
;(bundled ? describe : describe.skip)('discover-accounts (bundle)', () => {
  it('OIDC -> central role -> Organizations reader: nested OUs, tag, exclude, ACTIVE only', async () => {
    const sim = await start(scenario(ORG))
    const run = await discover(sim, {
      'role-name': 'DRSOrchestrationRole',
      'oidc-role-arn': CENTRAL,
      'organizations-role-arn': ORG_READER,
      'organizational-units': 'ou-ab12-prod0001',
      'account-tag': 'dr:enabled=true',
      'exclude-accounts': '777777777777'
    })
    expect(run.exitCode).toBe(0)
    expect(matrixOf(run)).toEqual({
      include: [role('222222222222'), role('333333333333'), role('666666666666')]
    })
    expect(run.outputs['account-count']).toBe('3')
    // Up to 256 accounts the default is one account per shard.
    expect(JSON.parse(run.outputs.shards)).toEqual({
      include: [
        { shard: '1', accounts: '222222222222' },
        { shard: '2', accounts: '333333333333' },
        { shard: '3', accounts: '666666666666' }
      ]
    })
    expect(run.log).toContain('Skipping 444444444444 (old-eu): SUSPENDED.')
    expect(run.log).toContain(
      '3 accounts selected, 1 not ACTIVE, 1 excluded, 1 without dr:enabled=true under ou-ab12-prod0001.'
    )
    expect(run.summary).toContain('## DRS roll-out: accounts discovered')
    expect(run.summary).toContain(
      '| 333333333333 | billing-eu | `arn:aws:iam::333333333333:role/DRSOrchestrationRole` |'
    )

    // The chain: web identity into the central role, AssumeRole into the reader (no tags, no
    // external id), then every Organizations call signed by the reader's session.
    const calls = sim.calls()
    const sts = calls.filter(call => call.service === 'sts')
    expect(sts.map(call => [call.operation, call.params.RoleArn])).toEqual([
      ['AssumeRoleWithWebIdentity', CENTRAL],
      ['AssumeRole', ORG_READER]
    ])
    expect(sts[1].params.ExternalId).toBeUndefined()
    expect(sts[1].params.RoleSessionName).toBe('drs-discover-4242-1')
    const org = calls.filter(call => call.service === 'organizations')
    expect(new Set(org.map(call => call.principal))).toEqual(
      new Set([expect.stringContaining(':assumed-role/DRSOrganizationsReader/')])
    )
    expect(new Set(org.map(call => call.region))).toEqual(new Set(['us-east-1']))
    expect(org.every(call => call.error === null)).toBe(true)
    // Tags are asked only for ACTIVE accounts that are not excluded.
    expect(
      org
        .filter(call => call.operation === 'ListTagsForResource')
        .map(call => call.params.ResourceId)
        .sort()
    ).toEqual(['222222222222', '333333333333', DELEGATED, '666666666666'])
    expectSecretsMasked(sim, run.log)
  })

  it('lets the central role read Organizations itself (delegated administrator)', async () => {
    const sim = await start(scenario(ORG))
    const run = await discover(sim, {
      'role-name': 'team/DRS',
      'oidc-role-arn': DELEGATED_CENTRAL,
      'exclude-accounts': `${MANAGEMENT}, 888888888888`
    })
    expect(run.exitCode).toBe(0)
    expect(matrixOf(run).include).toEqual(
      ['222222222222', '333333333333', DELEGATED, '666666666666', '777777777777'].map(id =>
        role(id, 'team/DRS')
      )
    )
    expect(run.outputs['account-count']).toBe('5')
    const calls = sim.calls()
    expect(calls.filter(call => call.service === 'sts').map(call => call.operation)).toEqual([
      'AssumeRoleWithWebIdentity'
    ])
    const listed = calls.filter(call => call.operation === 'ListAccounts')
    expect(listed.length).toBe(4) // 8 accounts, pages of 2
    expect(new Set(listed.map(call => call.account))).toEqual(new Set([DELEGATED]))
    expectSecretsMasked(sim, run.log)
  })

  it('starts from ambient credentials when oidc-role-arn is unset', async () => {
    const sim = await start(scenario(ORG))
    const run = await discover(
      sim,
      {
        'role-name': 'DRSOrchestrationRole',
        'organizational-units': 'ou-ab12-sandbox1 ou-ab12-prodeude'
      },
      { oidc: false, ambient: sim.ambient }
    )
    expect(run.exitCode).toBe(0)
    expect(matrixOf(run).include).toEqual([
      role('666666666666'),
      role('777777777777'),
      role('888888888888')
    ])
    expect(sim.calls().some(call => call.service === 'sts' || call.service === 'oidc')).toBe(false)
  })

  it('rejects bad input before any token request or AWS call, naming each input', async () => {
    const sim = await start(scenario(ORG))
    const run = await discover(sim, {
      'role-name': 'arn:aws:iam::123456789012:role/DRS',
      'organizational-units': 'Production',
      'exclude-accounts': '12345',
      'oidc-role-arn': CENTRAL
    })
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('::error::Invalid inputs:')
    expect(run.log).toContain(
      'role-name: expected a role name such as DRSOrchestrationRole, not an ARN'
    )
    expect(run.log).toContain(
      'organizational-units: expected organizational unit ids like ou-ab12-cd34ef56'
    )
    expect(run.log).toContain('exclude-accounts: expected account ids of 12 digits, got "12345"')
    expect(sim.calls()).toEqual([])
    expect(run.outputs).toEqual({})
  })

  it('says what to do when the central role may not read Organizations', async () => {
    const sim = await start(scenario(ORG))
    const run = await discover(sim, {
      'role-name': 'DRSOrchestrationRole',
      'oidc-role-arn': CENTRAL
    })
    expect(run.exitCode).toBe(1)
    expect(run.log).toMatch(
      /::error::AWS Organizations refused the request \(.*\)\. Only the management account or a delegated administrator can list accounts: set organizations-role-arn/
    )
    expect(run.outputs.matrix).toBeUndefined()
  })

  it('says what to fix when the central role may not assume the Organizations reader', async () => {
    const spec = scenario(ORG)
    spec.accounts[MANAGEMENT].roles[0].trustedPrincipals = [DELEGATED_CENTRAL]
    const sim = await start(spec)
    const run = await discover(sim, {
      'role-name': 'DRSOrchestrationRole',
      'oidc-role-arn': CENTRAL,
      'organizations-role-arn': ORG_READER
    })
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain(
      `::error::AssumeRole into organizations-role-arn ${ORG_READER} was denied (AccessDenied). Its trust policy must allow sts:AssumeRole for ${CENTRAL} without an ExternalId`
    )
    expect(sim.calls().some(call => call.service === 'organizations')).toBe(false)
  })

  it('says which OU does not exist', async () => {
    const sim = await start(scenario(ORG))
    const run = await discover(
      sim,
      { 'role-name': 'DRSOrchestrationRole', 'organizational-units': 'ou-ab12-nothere1' },
      { oidc: false, ambient: sim.ambient }
    )
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain(
      '::error::organizational-units: ou-ab12-nothere1 is not an OU or root of this organization'
    )
  })

  it('succeeds with an empty matrix and a warning when no account matches', async () => {
    const sim = await start(scenario(ORG))
    const run = await discover(
      sim,
      { 'role-name': 'DRSOrchestrationRole', 'account-tag': 'dr:enabled=maybe' },
      { oidc: false, ambient: sim.ambient }
    )
    expect(run.exitCode).toBe(0)
    expect(matrixOf(run)).toEqual({ include: [] })
    expect(run.outputs['account-count']).toBe('0')
    expect(run.log).toContain('::warning::No account matched')
    expect(run.summary).toContain('No account matched.')
  })

  it('above the 256-job matrix limit: no matrix, shards within 256 jobs, and says why', async () => {
    const many: OrgAccount[] = Array.from({ length: 257 }, (_, i) => ({
      id: String(200000000000 + i),
      parent: 'ou-ab12-prod0001'
    }))
    const sim = await start(scenario(many, { pageSize: 20 }))
    const run = await discover(
      sim,
      { 'role-name': 'DRSOrchestrationRole' },
      { oidc: false, ambient: sim.ambient }
    )
    // The contract's second release: discover-accounts takes any number of accounts (shards).
    expect(run.exitCode).toBe(0)
    expect(run.outputs['account-count']).toBe('257')
    expect(run.outputs.matrix).toBeUndefined()
    expect(run.log).toContain(
      '::warning::257 accounts matched, but a GitHub Actions matrix runs at most 256 jobs, so the matrix output is not set.'
    )
    expect(run.log).toContain('organizational-units')
    const shards = JSON.parse(run.outputs.shards) as {
      include: Array<{ shard: string; accounts: string }>
    }
    // The default: the fewest accounts per job that fit, 2 here (129 jobs).
    expect(shards.include).toHaveLength(129)
    expect(shards.include[0]).toEqual({ shard: '1', accounts: '200000000000,200000000001' })
    expect(shards.include[128]).toEqual({ shard: '129', accounts: '200000000256' })
    expect(shards.include.flatMap(shard => shard.accounts.split(','))).toEqual(
      many.map(account => account.id)
    )
    expect(run.summary).toContain('Shards: 129 (at most 2 accounts each).')
  })

  it('groups accounts-per-job accounts per shard, in account order', async () => {
    const sim = await start(scenario(ORG))
    const run = await discover(
      sim,
      { 'role-name': 'DRSOrchestrationRole', 'accounts-per-job': '3' },
      { oidc: false, ambient: sim.ambient }
    )
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.shards)).toEqual({
      include: [
        { shard: '1', accounts: `${MANAGEMENT},222222222222,333333333333` },
        { shard: '2', accounts: `${DELEGATED},666666666666,777777777777` },
        { shard: '3', accounts: '888888888888' }
      ]
    })
    // The matrix output is unchanged by shards.
    expect(matrixOf(run).include).toHaveLength(7)
  })

  it('rejects accounts-per-job that is not a positive whole number before any call', async () => {
    const sim = await start(scenario(ORG))
    for (const value of ['0', '2.5']) {
      const run = await discover(sim, {
        'role-name': 'DRSOrchestrationRole',
        'oidc-role-arn': CENTRAL,
        'accounts-per-job': value
      })
      expect(run.exitCode).toBe(1)
      expect(run.log).toContain(
        `::error::Invalid input: accounts-per-job: expected a whole number of accounts of at least 1`
      )
      expect(run.log).toContain(`got "${value}"`)
      expect(run.outputs).toEqual({})
    }
    expect(sim.calls()).toEqual([])
  })

  it('fails when accounts-per-job would make more than 256 shards, naming the input', async () => {
    const many: OrgAccount[] = Array.from({ length: 300 }, (_, i) => ({
      id: String(300000000000 + i),
      parent: 'ou-ab12-prod0001'
    }))
    const sim = await start(scenario(many, { pageSize: 20 }))
    const run = await discover(
      sim,
      { 'role-name': 'DRSOrchestrationRole', 'accounts-per-job': '1' },
      { oidc: false, ambient: sim.ambient }
    )
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain(
      '::error::accounts-per-job: 1 makes 300 shards for 300 accounts, but a GitHub Actions matrix runs at most 256 jobs. Set accounts-per-job to at least 2'
    )
    expect(run.outputs.shards).toBeUndefined()
    expect(run.outputs['account-count']).toBe('300')
  })
})
