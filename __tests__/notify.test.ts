import { PublishCommand, SNSClient } from '@aws-sdk/client-sns'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { stub, type Stub } from './fixtures/mock.js'
import {
  buildNotification,
  MESSAGE_BUDGET_BYTES,
  publishNotification
} from '../src/report/notify.js'
import type { RunnerPort } from '../src/shared/port.js'
import { makeRow, type Row, type Status } from '../src/shared/rows.js'
import { ACCOUNT_ID, makeSettings } from './fixtures/settings.js'

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }
const RUN_URL = 'https://github.com/acme/dr-rollout/actions/runs/4242'
const TOPIC = `arn:aws:sns:eu-central-1:${ACCOUNT_ID}:drs-rollout`

// aws-sdk-client-mock is typed against an older @smithy/types than these clients, so the stub's
// shape is written out here.

const id = (n: number): string => `i-${String(n).padStart(17, '0')}`

function row(n: number, status: Status, message: string | null = null): Row {
  return makeRow({
    accountId: ACCOUNT_ID,
    region: 'us-east-1',
    instanceId: id(n),
    name: `web-${n}`,
    platform: 'Linux',
    status,
    message
  })
}

function fakePort(): RunnerPort & { infos: string[]; warnings: string[] } {
  const infos: string[] = []
  const warnings: string[] = []
  return {
    infos,
    warnings,
    mask: () => undefined,
    info: message => infos.push(message),
    warning: message => warnings.push(message),
    debug: () => undefined
  }
}

describe('buildNotification', () => {
  const settings = makeSettings({
    notifyTopicArn: TOPIC,
    sourceRegions: ['us-east-1', 'eu-west-1']
  })

  it('puts the account and counts in an ASCII subject and the detail in the message', () => {
    const rows = [
      row(1, 'installed'),
      row(2, 'installed'),
      row(3, 'skipped-registered'),
      row(4, 'failed', 'install command failed (Undeliverable)\nsecond line'),
      row(5, 'timed-out', 'install command still InProgress at the 30-minute bound'),
      makeRow({
        accountId: ACCOUNT_ID,
        region: 'eu-west-1',
        status: 'failed',
        message: 'AccessDenied'
      })
    ]
    const { subject, message } = buildNotification(settings, rows, RUN_URL)
    expect(subject).toBe(
      `DRS agent roll-out ${ACCOUNT_ID} needs attention: 2 installed, 3 failed, 1 skipped of 5`
    )
    expect(subject.length).toBeLessThanOrEqual(100)
    expect(subject).toMatch(/^[\x20-\x7e]+$/)
    expect(message).toContain(`Run: ${RUN_URL}`)
    expect(message).toContain('Source regions: us-east-1, eu-west-1')
    expect(message).toContain('Target region: us-west-2')
    expect(message).toContain('Instances: 5\nInstalled: 2\nFailed or timed out: 3\nSkipped: 1')
    expect(message).toContain('By status: installed 2, failed 2, timed-out 1, skipped-registered 1')
    expect(message).toContain(
      [
        'Needs attention (3):',
        '- eu-west-1 (whole region) failed: AccessDenied',
        `- us-east-1 ${id(4)} (web-4) failed: install command failed (Undeliverable) second line`,
        `- us-east-1 ${id(5)} (web-5) timed-out: install command still InProgress at the 30-minute bound`
      ].join('\n')
    )
    expect(message).not.toContain(id(1))
  })

  it('says when nothing needs attention', () => {
    const { subject, message } = buildNotification(settings, [row(1, 'installed')], RUN_URL)
    expect(subject).toBe(
      `DRS agent roll-out ${ACCOUNT_ID} done: 1 installed, 0 failed, 0 skipped of 1`
    )
    expect(message).toContain('No instance needs attention.')
  })

  it('caps the list so the message stays under 256 KiB', () => {
    const rows = Array.from({ length: 20_000 }, (_, n) =>
      row(n, 'failed', `boom ${'x'.repeat(500)}`)
    )
    const { message } = buildNotification(settings, rows, RUN_URL)
    const size = Buffer.byteLength(message, 'utf8')
    expect(size).toBeLessThanOrEqual(MESSAGE_BUDGET_BYTES)
    expect(size).toBeLessThan(256 * 1024)
    const listed = message.split('\n').filter(line => line.startsWith('- ')).length
    expect(listed).toBeGreaterThan(100)
    expect(message).toContain(
      `… and ${20_000 - listed} more; the run's summary and results-file list them all.`
    )
    expect(message.startsWith('DRS agent roll-out')).toBe(true)
    expect(message).toContain(RUN_URL)
  })
})

describe('publishNotification', () => {
  let sns: Stub
  let regions: string[]
  const clients = {
    sns: (region: string): SNSClient => {
      regions.push(region)
      return new SNSClient({ region, credentials })
    }
  }

  beforeEach(() => {
    sns = stub(SNSClient)
    regions = []
  })
  afterEach(() => sns.restore())

  it('publishes once, in the topic region', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' })
    const port = fakePort()
    const settings = makeSettings({ notifyTopicArn: TOPIC })
    await publishNotification(settings, clients, [row(1, 'installed')], RUN_URL, port)
    const calls = sns.commandCalls(PublishCommand)
    expect(calls).toHaveLength(1)
    expect(regions).toEqual(['eu-central-1'])
    const { subject, message } = buildNotification(settings, [row(1, 'installed')], RUN_URL)
    expect(calls[0].args[0].input).toEqual({ TopicArn: TOPIC, Subject: subject, Message: message })
    expect(port.infos).toEqual([`Notification published to ${TOPIC} (message m-1).`])
    expect(port.warnings).toEqual([])
  })

  it('gives a FIFO topic a group and a deduplication id', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-2' })
    const fifo = `${TOPIC}.fifo`
    await publishNotification(
      makeSettings({ notifyTopicArn: fifo }),
      clients,
      [],
      RUN_URL,
      fakePort()
    )
    const input = sns.commandCalls(PublishCommand)[0].args[0].input
    expect(input.MessageGroupId).toBe('drs-orchestration')
    expect(input.MessageDeduplicationId).toMatch(/^[0-9a-f]{64}$/)
  })

  it('does nothing without a topic', async () => {
    await publishNotification(makeSettings(), clients, [row(1, 'failed')], RUN_URL, fakePort())
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0)
    expect(regions).toEqual([])
  })

  it('turns a failed publish into a warning and never throws', async () => {
    sns.on(PublishCommand).rejects(
      Object.assign(new Error('User is not authorized to perform: SNS:Publish'), {
        name: 'AuthorizationErrorException'
      })
    )
    const port = fakePort()
    await expect(
      publishNotification(
        makeSettings({ notifyTopicArn: TOPIC }),
        clients,
        [row(1, 'failed')],
        RUN_URL,
        port
      )
    ).resolves.toBeUndefined()
    expect(port.warnings).toHaveLength(1)
    expect(port.warnings[0]).toContain(
      `Could not publish the notification to ${TOPIC} (AuthorizationErrorException: User is not authorized to perform: SNS:Publish)`
    )
    expect(port.warnings[0]).toContain('sns:Publish')
    expect(port.infos).toEqual([])
  })
})
