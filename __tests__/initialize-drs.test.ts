// initialize-drs without AWS: its inputs (shared validation with the install, its own, every
// problem named before any call), action.yml against the spec, and the operation against mocked
// DRS answers: initialise, create the template, leave what exists alone, dry run, and the errors.
import { FRONTS } from '../src/entries/fronts.js'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  CreateReplicationConfigurationTemplateCommand,
  DescribeReplicationConfigurationTemplatesCommand,
  DrsClient,
  InitializeServiceCommand
} from '@aws-sdk/client-drs'
import {
  initializeRegion,
  SETTLE_ATTEMPTS,
  templateRequest,
  type InitializeResult
} from '../src/initialize/drs.js'
import {
  INITIALIZE_INPUTS,
  INITIALIZE_OUTPUTS,
  parseInitializeSettings,
  type InitializeSettings
} from '../src/initialize/settings.js'
import {
  initializeLogLine,
  initializeOutputs,
  renderInitializeSummary
} from '../src/initialize/summary.js'
import { InputError } from '../src/settings/index.js'
import { betweenMarkers, inputsTable, outputsTable } from '../scripts/readme-tables.js'
import type { Clock, RunnerPort } from '../src/shared/port.js'
import { stub } from './fixtures/mock.js'
import { RUN } from './fixtures/settings.js'

const VALID: Record<string, string> = {
  'role-arn': 'arn:aws:iam::123456789012:role/DRSOrchestrationRole',
  'target-region': 'us-west-2',
  'staging-subnet-id': 'subnet-0123456789abcdef0'
}

function parseWith(inputs: Record<string, string>): InitializeSettings {
  const all = { ...VALID, ...inputs }
  return parseInitializeSettings(name => all[name] ?? '', RUN)
}

function problemsOf(inputs: Record<string, string>): string[] {
  try {
    parseWith(inputs)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseInitializeSettings', () => {
  it('applies the defaults', () => {
    expect(parseWith({})).toMatchObject({
      accountId: '123456789012',
      targetRegion: 'us-west-2',
      stagingSubnetId: 'subnet-0123456789abcdef0',
      replicationServerInstanceType: 't3.small',
      securityGroupIds: [],
      dataPlaneRouting: 'private-ip',
      retentionDays: 7,
      dryRun: false,
      sessionTagging: true,
      roleDurationSeconds: 3600
    })
  })

  it('reads its own inputs', () => {
    expect(
      parseWith({
        'replication-server-instance-type': 'm5.large',
        'security-group-ids': 'sg-0123456789abcdef0 sg-11111111',
        'data-plane-routing': 'public-ip',
        'snapshot-retention-days': '30',
        'dry-run': 'true'
      })
    ).toMatchObject({
      replicationServerInstanceType: 'm5.large',
      securityGroupIds: ['sg-0123456789abcdef0', 'sg-11111111'],
      dataPlaneRouting: 'public-ip',
      retentionDays: 30,
      dryRun: true
    })
  })

  it('names every bad input at once, with the expected form', () => {
    const problems = problemsOf({
      'staging-subnet-id': 'subnet-xyz',
      'replication-server-instance-type': 'small',
      'security-group-ids': 'sg-1',
      'data-plane-routing': 'vpn',
      'snapshot-retention-days': '400',
      'target-region': 'mars-1'
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        'staging-subnet-id: expected a subnet id like subnet-0123456789abcdef0, got "subnet-xyz"',
        'replication-server-instance-type: expected an EC2 instance type like t3.small, got "small"',
        'security-group-ids: expected security group ids like sg-0123456789abcdef0, got "sg-1"',
        'data-plane-routing: expected private-ip or public-ip, got "vpn"',
        'snapshot-retention-days: expected a whole number of days from 1 to 365, got "400"',
        'target-region: expected one AWS region like us-west-2, got "mars-1"'
      ])
    )
    // The install-only source-regions (read as target-region) is never blamed.
    expect(problems.join('\n')).not.toMatch(/source-regions/)
    expect(problems).toHaveLength(6)
  })

  it('requires role-arn, target-region and staging-subnet-id', () => {
    expect(problemsOf({ 'role-arn': '', 'target-region': '', 'staging-subnet-id': '' })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^role-arn: .*\(required\)$/),
        expect.stringMatching(/^target-region: .*\(required\)$/),
        'staging-subnet-id: expected a subnet id like subnet-0123456789abcdef0 (required)'
      ])
    )
  })

  it('keeps the role-chain rules of the install (partition, session length, secret not echoed)', () => {
    const problems = problemsOf({
      'target-region': 'cn-north-1',
      'oidc-role-arn': 'arn:aws:iam::111122223333:role/Central',
      'role-duration-seconds': '7200',
      'external-id': 'bad id with spaces'
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        'target-region: expected a region in role-arn\'s partition (aws), got "cn-north-1"',
        expect.stringMatching(/^role-duration-seconds: expected at most 3600 with oidc-role-arn/),
        expect.stringMatching(/^external-id: .*\(value not shown\)$/)
      ])
    )
    expect(problems.join('\n')).not.toContain('bad id with spaces')
  })
})

describe('initialize-drs/action.yml', () => {
  const action = parse(readFileSync('initialize-drs/action.yml', 'utf8')) as {
    inputs: Record<string, { description: string; required: boolean; default?: string }>
    outputs: Record<string, { description: string }>
    runs: { using: string; main: string }
  }

  it('declares exactly the inputs and outputs of the spec', () => {
    expect(Object.keys(action.inputs)).toEqual(INITIALIZE_INPUTS.map(i => i.name))
    for (const input of INITIALIZE_INPUTS) {
      expect(action.inputs[input.name]).toEqual({
        description: input.description,
        required: input.required,
        ...(input.default === undefined ? {} : { default: input.default })
      })
    }
    expect(action.outputs).toEqual(
      Object.fromEntries(INITIALIZE_OUTPUTS.map(o => [o.name, { description: o.description }]))
    )
  })

  it('runs its loader into the shared build on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(Object.keys(FRONTS)).toContain('initialize-drs')
    expect(readFileSync('initialize-drs/dist/index.js', 'utf8')).toContain(
      "start('initialize-drs')"
    )
  })
})

// ---- the operation --------------------------------------------------------------------------

const port: RunnerPort & { lines: string[] } = {
  lines: [],
  mask: () => undefined,
  info(message) {
    this.lines.push(message)
  },
  warning(message) {
    this.lines.push(`warning: ${message}`)
  },
  debug: () => undefined
}
const sleeps: number[] = []
const clock: Clock = {
  now: () => 0,
  sleep: async ms => {
    sleeps.push(ms)
  }
}
const client = new DrsClient({ region: 'us-west-2' })
const drs = stub(client)

function awsError(name: string, message = name): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } })
}
const uninitialised = (): Error =>
  awsError('UninitializedAccountException', 'Account 123456789012 is not initialized')
const TEMPLATE = { replicationConfigurationTemplateID: 'rct-0123456789abcdefg' }

beforeEach(() => {
  drs.reset()
  port.lines.length = 0
  sleeps.length = 0
})

function run(inputs: Record<string, string> = {}): Promise<InitializeResult> {
  return initializeRegion(client, parseWith(inputs), port, clock)
}

describe('initializeRegion', () => {
  it('initialises an uninitialised region, then creates the default template', async () => {
    drs
      .on(DescribeReplicationConfigurationTemplatesCommand)
      .rejectsOnce(uninitialised())
      .resolves({ items: [] })
    drs.on(InitializeServiceCommand).resolves({})
    drs.on(CreateReplicationConfigurationTemplateCommand).resolves(TEMPLATE)
    const result = await run()
    expect(result).toEqual({
      initialized: 'true',
      templateId: TEMPLATE.replicationConfigurationTemplateID,
      templateCreated: true,
      templateIds: [TEMPLATE.replicationConfigurationTemplateID],
      changes: [
        'initialised DRS in us-west-2',
        expect.stringMatching(
          /^created the default replication template rct-0123456789abcdefg \(staging subnet subnet-0123456789abcdef0, t3.small/
        )
      ]
    })
    expect(drs.commandCalls(InitializeServiceCommand)).toHaveLength(1)
    const sent = drs.commandCalls(CreateReplicationConfigurationTemplateCommand)[0].args[0].input
    expect(sent).toEqual(templateRequest(parseWith({})))
    expect(sent).toMatchObject({
      stagingAreaSubnetId: 'subnet-0123456789abcdef0',
      replicationServerInstanceType: 't3.small',
      associateDefaultSecurityGroup: true,
      replicationServersSecurityGroupsIDs: [],
      dataPlaneRouting: 'PRIVATE_IP',
      createPublicIP: false
    })
    expect(sent.pitPolicy).toEqual([
      { ruleID: 1, units: 'MINUTE', interval: 10, retentionDuration: 60, enabled: true },
      { ruleID: 2, units: 'HOUR', interval: 1, retentionDuration: 24, enabled: true },
      { ruleID: 3, units: 'DAY', interval: 1, retentionDuration: 7, enabled: true }
    ])
  })

  it('a second run changes nothing and says so', async () => {
    drs.on(DescribeReplicationConfigurationTemplatesCommand).resolves({ items: [TEMPLATE] })
    const result = await run()
    expect(result).toMatchObject({
      initialized: 'already',
      templateId: TEMPLATE.replicationConfigurationTemplateID,
      templateCreated: false,
      changes: []
    })
    expect(drs.commandCalls(InitializeServiceCommand)).toHaveLength(0)
    expect(drs.commandCalls(CreateReplicationConfigurationTemplateCommand)).toHaveLength(0)
    expect(initializeLogLine(parseWith({}), result)).toBe(
      'Nothing to do (account 123456789012, us-west-2): DRS is initialised and has replication template rct-0123456789abcdefg.'
    )
  })

  it('an initialised region without a template gets one, and InitializeService is not called', async () => {
    drs.on(DescribeReplicationConfigurationTemplatesCommand).resolves({ items: [] })
    drs.on(CreateReplicationConfigurationTemplateCommand).resolves(TEMPLATE)
    const result = await run({
      'security-group-ids': 'sg-0123456789abcdef0',
      'data-plane-routing': 'public-ip',
      'snapshot-retention-days': '14'
    })
    expect(result).toMatchObject({ initialized: 'already', templateCreated: true })
    expect(drs.commandCalls(InitializeServiceCommand)).toHaveLength(0)
    const sent = drs.commandCalls(CreateReplicationConfigurationTemplateCommand)[0].args[0].input
    expect(sent).toMatchObject({
      associateDefaultSecurityGroup: false,
      replicationServersSecurityGroupsIDs: ['sg-0123456789abcdef0'],
      dataPlaneRouting: 'PUBLIC_IP',
      createPublicIP: true
    })
    expect(sent.pitPolicy?.[2]).toMatchObject({ units: 'DAY', retentionDuration: 14 })
  })

  it('reads every page of templates before deciding', async () => {
    drs
      .on(DescribeReplicationConfigurationTemplatesCommand)
      .resolvesOnce({ items: [], nextToken: 'page-2' })
      .resolves({ items: [TEMPLATE] })
    const result = await run()
    expect(result).toMatchObject({ initialized: 'already', templateCreated: false })
    expect(drs.commandCalls(DescribeReplicationConfigurationTemplatesCommand)).toHaveLength(2)
  })

  it('dry run: reads only, and says what it would do', async () => {
    drs.on(DescribeReplicationConfigurationTemplatesCommand).rejects(uninitialised())
    const settings = parseWith({ 'dry-run': 'true' })
    const result = await initializeRegion(client, settings, port, clock)
    expect(result).toMatchObject({ initialized: 'false', templateId: null, templateCreated: false })
    expect(result.changes).toEqual([
      'would initialise DRS in us-west-2 (drs:InitializeService)',
      expect.stringMatching(/^would create the default replication template/)
    ])
    expect(drs.calls()).toHaveLength(1)
    expect(initializeLogLine(settings, result)).toMatch(/^Dry run, nothing changed/)
    expect(initializeOutputs(result)).toEqual({
      initialized: 'false',
      'template-id': '',
      'template-created': 'false'
    })
  })

  it('waits for the region to answer as initialised after InitializeService', async () => {
    drs
      .on(DescribeReplicationConfigurationTemplatesCommand)
      .rejectsOnce(uninitialised())
      .rejectsOnce(uninitialised())
      .resolves({ items: [TEMPLATE] })
    drs.on(InitializeServiceCommand).resolves({})
    const result = await run()
    expect(result).toMatchObject({ initialized: 'true', templateCreated: false })
    expect(sleeps).toEqual([5000])
  })

  it('gives up, saying to run again, when the region never answers as initialised', async () => {
    drs.on(DescribeReplicationConfigurationTemplatesCommand).rejects(uninitialised())
    drs.on(InitializeServiceCommand).resolves({})
    await expect(run()).rejects.toThrow(/still answers UninitializedAccountException .*run again/)
    expect(sleeps).toHaveLength(SETTLE_ATTEMPTS - 1)
  })

  it('a denied InitializeService names the permission and the template parameter', async () => {
    drs.on(DescribeReplicationConfigurationTemplatesCommand).rejects(uninitialised())
    drs
      .on(InitializeServiceCommand)
      .rejects(
        awsError(
          'AccessDeniedException',
          'User is not authorized to perform: drs:InitializeService'
        )
      )
    await expect(run()).rejects.toThrow(
      /^drs:InitializeService failed in us-west-2 \(AccessDeniedException: .*\); the target role needs drs:InitializeService and the IAM permissions InitializeService uses \(deploy the target role with AllowDrsInitialisation=true\)/
    )
    expect(drs.commandCalls(CreateReplicationConfigurationTemplateCommand)).toHaveLength(0)
  })

  it("a refused template (e.g. a subnet that does not exist) fails with DRS's words", async () => {
    drs.on(DescribeReplicationConfigurationTemplatesCommand).resolves({ items: [] })
    drs
      .on(CreateReplicationConfigurationTemplateCommand)
      .rejects(awsError('ValidationException', 'Invalid stagingAreaSubnetId'))
    await expect(run()).rejects.toThrow(
      /^drs:CreateReplicationConfigurationTemplate failed in us-west-2 \(ValidationException: Invalid stagingAreaSubnetId\)/
    )
  })

  it('a failed template read is not taken for "not initialised"', async () => {
    drs
      .on(DescribeReplicationConfigurationTemplatesCommand)
      .rejects(awsError('AccessDeniedException', 'denied'))
    await expect(run()).rejects.toThrow(
      /^drs:DescribeReplicationConfigurationTemplates failed in us-west-2 \(AccessDeniedException: denied\); the target role needs drs:DescribeReplicationConfigurationTemplates/
    )
    expect(drs.commandCalls(InitializeServiceCommand)).toHaveLength(0)
  })
})

describe('the initialize-drs summary', () => {
  it('says what changed and names the template', () => {
    const text = renderInitializeSummary(parseWith({}), {
      initialized: 'true',
      templateId: 'rct-0123456789abcdefg',
      templateCreated: true,
      templateIds: ['rct-0123456789abcdefg'],
      changes: ['initialised DRS in us-west-2']
    })
    expect(text).toContain('## DRS initialisation: account 123456789012, us-west-2')
    expect(text).toContain('| DRS | initialised by this run |')
    expect(text).toContain('`rct-0123456789abcdefg` (created by this run)')
    expect(text).toContain('- initialised DRS in us-west-2')
  })
})

describe('README: Initialise DRS', () => {
  const readme = readFileSync('README.md', 'utf8')

  it('its inputs and outputs tables are generated from the spec', () => {
    const cells = (markdown: string | null): string[][] =>
      (markdown ?? '')
        .split('\n')
        .filter(line => line.trim().startsWith('|') && !/^\|[\s|:-]+\|$/.test(line.trim()))
        .map(line =>
          line
            .trim()
            .slice(1, -1)
            .split(/(?<!\\)\|/)
            .map(cell => cell.trim())
        )
    expect(cells(betweenMarkers(readme, 'initialize-inputs'))).toEqual(
      cells(inputsTable(INITIALIZE_INPUTS))
    )
    expect(cells(betweenMarkers(readme, 'initialize-outputs'))).toEqual(
      cells(outputsTable(INITIALIZE_OUTPUTS))
    )
  })

  it('its workflow step uses only declared inputs and the environment of the recommended set-up', () => {
    const section = readme.slice(readme.indexOf('## Initialise DRS (`initialize-drs/`)'))
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
    const workflow = parse(block) as {
      jobs: Record<
        string,
        { environment?: string; steps: Array<{ uses?: string; with?: Record<string, string> }> }
      >
    }
    const job = Object.values(workflow.jobs)[0]
    expect(job.environment).toBe('production')
    const step = job.steps.find(s => s.uses?.includes('/initialize-drs@'))
    const names = new Set(INITIALIZE_INPUTS.map(input => input.name))
    expect(Object.keys(step?.with ?? {}).length).toBeGreaterThan(3)
    for (const key of Object.keys(step?.with ?? {})) expect(names).toContain(key)
  })

  it('every failure message of the operation has a troubleshooting entry', () => {
    for (const phrase of [
      'drs:InitializeService failed in R (AccessDeniedException',
      'drs:DescribeReplicationConfigurationTemplates failed',
      'still answers UninitializedAccountException',
      'drs:CreateReplicationConfigurationTemplate failed'
    ]) {
      expect(readme).toContain(phrase)
    }
  })
})
