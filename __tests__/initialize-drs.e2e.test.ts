// End to end: the bundled initialize-drs action (initialize-drs/dist/index.js) run as the runner
// runs it, against the simulator. An uninitialised account gets DRS and its default template,
// after which the install action works there; a second run changes nothing; bad input fails
// before any call; a role without the permission fails with the fix named.
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, runAction, type ActionRun } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'

const INIT = join(repoRoot, 'initialize-drs', 'dist', 'index.js')
const INIT_YML = join(repoRoot, 'initialize-drs', 'action.yml')
const INSTALL = join(repoRoot, 'dist', 'index.js')
const ACCOUNT = '222222222222'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const SUBNET = 'subnet-0123456789abcdef0'

type Simulator = Awaited<ReturnType<typeof startSimulator>>
const running: Simulator[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map(sim => sim.close()))
})

async function simulator(deny: string[] = []): Promise<Simulator> {
  const sim = await startSimulator({
    accounts: {
      [ACCOUNT]: {
        roles: [{ arn: ROLE, trustedPrincipals: ['ambient'], deny }],
        regions: {
          'us-east-1': {
            instances: [
              {
                id: 'i-0123456789abcdef0',
                name: 'web-1',
                tags: { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' },
                pingStatus: 'Online'
              }
            ]
          },
          'us-west-2': { drsInitialized: false }
        }
      }
    }
  })
  running.push(sim)
  return sim
}

function initialize(sim: Simulator, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    entry: INIT,
    actionYml: INIT_YML,
    simulator: sim,
    oidc: false,
    ambient: sim.ambient,
    inputs: {
      'role-arn': ROLE,
      'target-region': 'us-west-2',
      'staging-subnet-id': SUBNET,
      ...inputs
    }
  })
}

function install(sim: Simulator): Promise<ActionRun> {
  return runAction({
    entry: INSTALL,
    simulator: sim,
    oidc: false,
    ambient: sim.ambient,
    inputs: {
      'role-arn': ROLE,
      'source-regions': 'us-east-1',
      'target-region': 'us-west-2',
      'wait-for': 'none'
    }
  })
}

/** The DRS calls, as service:operation. */
function drsCalls(sim: Simulator): string[] {
  return sim
    .calls()
    .filter(call => call.service === 'drs')
    .map(call => `${call.operation}${call.error ? ` -> ${call.error}` : ''}`)
}

;(existsSync(INIT) ? describe : describe.skip)('initialize-drs (bundle)', () => {
  it('initialises an uninitialised account; the install then works there; a second run is a no-op', async () => {
    const sim = await simulator()
    // Before: the install stops on DRS not initialised.
    const before = await install(sim)
    expect(before.exitCode).toBe(1)
    expect(before.log).toContain('not initialised in us-west-2')

    const first = await initialize(sim)
    expect(first.exitCode).toBe(0)
    expect(first.outputs.initialized).toBe('true')
    expect(first.outputs['template-created']).toBe('true')
    expect(first.outputs['template-id']).toMatch(/^rct-[0-9a-z]{17}$/)
    expect(first.summary).toContain('| DRS | initialised by this run |')
    expect(first.log).toContain(
      'Done (account 222222222222, us-west-2): initialised DRS in us-west-2'
    )
    const created = sim
      .calls()
      .find(call => call.operation === 'CreateReplicationConfigurationTemplate')
    expect(created?.params).toMatchObject({
      stagingAreaSubnetId: SUBNET,
      replicationServerInstanceType: 't3.small'
    })

    // After: the install's DRS read succeeds and the agent is sent.
    const mark = sim.calls().length
    const after = await install(sim)
    expect(after.exitCode).toBe(0)
    expect(after.log).not.toContain('UninitializedAccountException')
    const afterDrs = sim
      .calls()
      .slice(mark)
      .filter(call => call.service === 'drs')
    expect(afterDrs.length).toBeGreaterThan(0)
    expect(afterDrs.every(call => call.error === null)).toBe(true)
    expect(Number(after.outputs['failed-count'])).toBe(0)

    // A second run only reads, and says nothing needed doing.
    const callsBefore = drsCalls(sim).length
    const second = await initialize(sim)
    expect(second.exitCode).toBe(0)
    expect(second.outputs).toMatchObject({
      initialized: 'already',
      'template-id': first.outputs['template-id'],
      'template-created': 'false'
    })
    expect(second.log).toContain('Nothing to do (account 222222222222, us-west-2)')
    expect(drsCalls(sim).slice(callsBefore)).toEqual(['DescribeReplicationConfigurationTemplates'])
  })

  it('through GitHub OIDC: the central role, then the target role with the ExternalId (masked)', async () => {
    const central = 'arn:aws:iam::111111111111:role/GitHubDRS'
    const externalId = 'drs-ext-0123456789'
    const sim = await startSimulator({
      oidc: { subject: 'repo:octo/fleet:environment:production' },
      oidcRoles: [{ arn: central, oidcSubjects: ['repo:octo/fleet:environment:production'] }],
      accounts: {
        [ACCOUNT]: {
          roles: [{ arn: ROLE, externalId, trustedPrincipals: [central] }],
          regions: { 'us-west-2': { drsInitialized: false } }
        }
      }
    })
    running.push(sim)
    const run = await runAction({
      entry: INIT,
      actionYml: INIT_YML,
      simulator: sim,
      inputs: {
        'role-arn': ROLE,
        'oidc-role-arn': central,
        'external-id': externalId,
        'target-region': 'us-west-2',
        'staging-subnet-id': SUBNET
      }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.initialized).toBe('true')
    const sts = sim.calls().filter(call => call.service === 'sts')
    expect(sts.map(call => call.operation)).toEqual(['AssumeRoleWithWebIdentity', 'AssumeRole'])
    expect(sts[1].params).toMatchObject({ RoleArn: ROLE, ExternalId: externalId })
    expect(run.log).toContain(`::add-mask::${externalId}`)
    expect(run.log.replaceAll(`::add-mask::${externalId}`, '')).not.toContain(externalId)
  })

  it('a bad subnet id fails before any call or token request, naming the input', async () => {
    const sim = await simulator()
    const run = await initialize(sim, { 'staging-subnet-id': 'subnet-nothex' })
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain(
      'staging-subnet-id: expected a subnet id like subnet-0123456789abcdef0, got "subnet-nothex"'
    )
    expect(sim.calls()).toEqual([])
  })

  it('dry run: reads only and says what it would do', async () => {
    const sim = await simulator()
    const run = await initialize(sim, { 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ initialized: 'false', 'template-created': 'false' })
    expect(run.log).toContain('would initialise DRS in us-west-2')
    expect(drsCalls(sim)).toEqual([
      'DescribeReplicationConfigurationTemplates -> UninitializedAccountException'
    ])
  })

  it('a role without drs:InitializeService fails naming the permission and the template parameter', async () => {
    const sim = await simulator(['drs:InitializeService'])
    const run = await initialize(sim)
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('drs:InitializeService failed in us-west-2 (AccessDeniedException')
    expect(run.log).toContain('AllowDrsInitialisation=true')
    expect(drsCalls(sim)).not.toContain('CreateReplicationConfigurationTemplate')
  })
})
