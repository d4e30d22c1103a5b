// runEngine end to end in-process, with every AWS client mocked (STS, DRS, EC2, SSM, SNS): the
// rows of a stopped run, row order, progress as each phase answers, the notification only when
// asked for, and the cancel signal.
import { DescribeSourceServersCommand, DrsClient } from '@aws-sdk/client-drs'
import { DescribeInstancesCommand, EC2Client, type Instance } from '@aws-sdk/client-ec2'
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns'
import {
  DescribeInstanceInformationCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  SSMClient,
  type SendCommandCommandInput
} from '@aws-sdk/client-ssm'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { runEngine, type EngineOptions } from '../src/engine.js'
import { AWAITING_SEND } from '../src/shared/port.js'
import type { Row } from '../src/shared/rows.js'
import type { Settings } from '../src/settings/index.js'
import { schedulingClock } from './fixtures/clock.js'
import { sdkError } from './fixtures/errors.js'
import { stub, type Behavior, type Stub } from './fixtures/mock.js'
import { recordingPort } from './fixtures/port.js'
import { ACCOUNT_ID, makeSettings } from './fixtures/settings.js'

const PROFILE = { Arn: `arn:aws:iam::${ACCOUNT_ID}:instance-profile/drs-agent` }
const id = (n: number): string => `i-${n.toString(16).padStart(17, '0')}`

type RegionalFake = (
  input: never,
  getClient: () => { config: { region(): Promise<string> } }
) => unknown

/** Answers per region: the class-level mocks see every client the engine builds. */
function perRegion<I>(behavior: Behavior<I>, answer: (region: string, input: I) => unknown): void {
  const fake: RegionalFake = async (input, getClient) =>
    answer(await getClient().config.region(), input)
  ;(behavior.callsFake as unknown as (fn: RegionalFake) => unknown)(fake)
}

function instance(n: number): Instance {
  return {
    InstanceId: id(n),
    State: { Name: 'running' },
    PlatformDetails: 'Linux/UNIX',
    IamInstanceProfile: PROFILE,
    Tags: [{ Key: 'Name', Value: `web-${n}` }]
  }
}

let mocks: { sts: Stub; drs: Stub; ec2: Stub; ssm: Stub; sns: Stub }

beforeEach(() => {
  mocks = {
    sts: stub(STSClient),
    drs: stub(DrsClient),
    ec2: stub(EC2Client),
    ssm: stub(SSMClient),
    sns: stub(SNSClient)
  }
  mocks.sts.on(AssumeRoleCommand).resolves({
    Credentials: {
      AccessKeyId: 'ASIAENGINETEST000001',
      SecretAccessKey: 'engine-test-secret',
      SessionToken: 'engine-test-token',
      Expiration: new Date(Date.now() + 3600_000)
    }
  })
  mocks.drs.on(DescribeSourceServersCommand).resolves({ items: [] })
})

afterEach(() => {
  for (const mock of Object.values(mocks)) mock.restore()
})

/** Instances 1..n in each region (ids offset per region), all Online; SendCommand accepts all. */
function fleet(regions: Record<string, number[]>): void {
  perRegion(mocks.ec2.on(DescribeInstancesCommand), region => ({
    Reservations: [{ Instances: (regions[region] ?? []).map(instance) }]
  }))
  perRegion(mocks.ssm.on(DescribeInstanceInformationCommand), region => ({
    InstanceInformationList: (regions[region] ?? []).map(n => ({
      InstanceId: id(n),
      PingStatus: 'Online',
      PlatformType: 'Linux'
    }))
  }))
  let commands = 0
  mocks.ssm.on(SendCommandCommand).callsFake((input: SendCommandCommandInput) => ({
    Command: { CommandId: `cmd-${++commands}`, InstanceIds: input.InstanceIds }
  }))
}

function options(extra: Partial<EngineOptions> = {}): EngineOptions {
  return {
    retryMode: 'standard',
    maxAttempts: 1,
    userAgent: 'engine-test',
    runUrl: 'https://github.com/acme/dr-rollout/actions/runs/4242',
    clock: schedulingClock(),
    ambient: async () => ({ accessKeyId: 'AKIAAMBIENT', secretAccessKey: 'ambient-secret' }),
    ...extra
  }
}

const settingsFor = (overrides: Partial<Settings> = {}): Settings =>
  makeSettings({ sourceRegions: ['us-east-1', 'eu-west-1'], waitFor: 'none', ...overrides })

const brief = (rows: readonly Row[]) => rows.map(row => [row.region, row.instanceId, row.status])

describe('runEngine', () => {
  it('a refused role assumption stops the run: one failed row per source region, no fleet call', async () => {
    mocks.sts.on(AssumeRoleCommand).rejects(sdkError('AccessDenied', 'not authorized', 403))
    const result = await runEngine(settingsFor(), recordingPort(), options())
    expect(result.fatal).toMatch(/not authorized/)
    expect(brief(result.rows)).toEqual([
      ['eu-west-1', null, 'failed'],
      ['us-east-1', null, 'failed']
    ])
    expect(result.rows.every(row => row.message === result.fatal)).toBe(true)
    expect(mocks.ec2.calls()).toHaveLength(0)
    expect(mocks.ssm.calls()).toHaveLength(0)
  })

  it('DRS not initialised stops the run before any EC2 or SSM call', async () => {
    mocks.drs
      .on(DescribeSourceServersCommand)
      .rejects(sdkError('UninitializedAccountException', 'not initialised', 403))
    const result = await runEngine(settingsFor(), recordingPort(), options())
    expect(result.fatal).toMatch(/not initialised in us-west-2/)
    expect(result.rows).toHaveLength(2)
    expect(mocks.ec2.calls()).toHaveLength(0)
    expect(mocks.ssm.calls()).toHaveLength(0)
  })

  it('returns every row ordered by region then instance id, and publishes progress as phases answer', async () => {
    fleet({ 'us-east-1': [3, 1], 'eu-west-1': [9, 2] })
    const port = recordingPort()
    const result = await runEngine(settingsFor(), port, options())
    expect(result.fatal).toBeNull()
    expect(brief(result.rows)).toEqual([
      ['eu-west-1', id(2), 'pending'],
      ['eu-west-1', id(9), 'pending'],
      ['us-east-1', id(1), 'pending'],
      ['us-east-1', id(3), 'pending']
    ])
    expect(result.rows.every(row => row.commandId?.startsWith('cmd-'))).toBe(true)
    // First a region as discovery answers it, its candidates awaiting their send; at the end the result.
    const first = port.snapshots[0]
    expect(first).toHaveLength(2)
    expect(first.every(row => row.status === 'pending' && row.message === AWAITING_SEND)).toBe(true)
    expect(port.snapshots.at(-1)).toEqual(result.rows)
    // Each batch answered is published with its command id before the phase ends.
    const sentSnapshots = port.snapshots.filter(rows =>
      rows.some(
        row => row.commandId !== null && rows.some(other => other.message === AWAITING_SEND)
      )
    )
    expect(sentSnapshots.length).toBeGreaterThan(0)
    for (const rows of port.snapshots) {
      const order = rows.map(row => `${row.region} ${row.instanceId}`)
      expect(order).toEqual([...order].sort())
    }
  })

  it('publishes the notification only when notify-topic-arn is set', async () => {
    fleet({ 'us-east-1': [1] })
    mocks.sns.on(PublishCommand).resolves({ MessageId: 'm-1' })
    await runEngine(settingsFor({ sourceRegions: ['us-east-1'] }), recordingPort(), options())
    expect(mocks.sns.calls()).toHaveLength(0)

    const topic = `arn:aws:sns:us-east-1:${ACCOUNT_ID}:dr-rollout`
    const port = recordingPort()
    await runEngine(
      settingsFor({ sourceRegions: ['us-east-1'], notifyTopicArn: topic }),
      port,
      options()
    )
    expect(mocks.sns.commandCalls(PublishCommand).map(call => call.args[0].input.TopicArn)).toEqual(
      [topic]
    )
    expect(port.infos).toContain(`Notification published to ${topic} (message m-1).`)
  })

  it('honours the cancel signal: after it aborts nothing is sent, nothing waited for, nobody notified', async () => {
    fleet({ 'us-east-1': [1, 2] })
    const cancel = new AbortController()
    // Cancelled while SSM answers discovery: the candidates are known but must not be sent.
    perRegion(mocks.ssm.on(DescribeInstanceInformationCommand), () => {
      cancel.abort()
      return {
        InstanceInformationList: [1, 2].map(n => ({ InstanceId: id(n), PingStatus: 'Online' }))
      }
    })
    const result = await runEngine(
      settingsFor({
        sourceRegions: ['us-east-1'],
        waitFor: 'install',
        notifyTopicArn: `arn:aws:sns:us-east-1:${ACCOUNT_ID}:dr-rollout`
      }),
      recordingPort(),
      options({ signal: cancel.signal })
    )
    expect(mocks.ssm.commandCalls(SendCommandCommand)).toHaveLength(0)
    expect(mocks.ssm.commandCalls(ListCommandsCommand)).toHaveLength(0)
    expect(mocks.ssm.commandCalls(ListCommandInvocationsCommand)).toHaveLength(0)
    expect(mocks.sns.calls()).toHaveLength(0)
    expect(brief(result.rows)).toEqual([
      ['us-east-1', id(1), 'failed'],
      ['us-east-1', id(2), 'failed']
    ])
    expect(result.rows[0].message).toBe('not sent: the run was cancelled before its batch was sent')
  })

  it('passes the resolved retry settings to every client', async () => {
    fleet({ 'us-east-1': [1] })
    let attempts: number | undefined
    ;(
      mocks.ec2.on(DescribeInstancesCommand).callsFake as unknown as (
        fn: (
          input: never,
          getClient: () => { config: { maxAttempts(): Promise<number> } }
        ) => unknown
      ) => unknown
    )(async (_input, getClient) => {
      attempts = await getClient().config.maxAttempts()
      return { Reservations: [] }
    })
    await runEngine(
      settingsFor({ sourceRegions: ['us-east-1'] }),
      recordingPort(),
      options({ maxAttempts: 7, retryMode: 'adaptive' })
    )
    expect(attempts).toBe(7)
  })
})
