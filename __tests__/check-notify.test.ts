// The check's SNS notification: its text (pure), and one Publish in the topic's region that never
// fails the check.
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { buildCheckNotification, publishCheckNotification } from '../src/check/notify.js'
import { makeCheckRow, type CheckStatus } from '../src/check/rows.js'
import type { CheckSettings } from '../src/check/settings.js'
import { sdkError } from './fixtures/errors.js'
import { stub, type Stub } from './fixtures/mock.js'
import { recordingPort } from './fixtures/port.js'
import { ACCOUNT_ID, RUN } from './fixtures/settings.js'

const TOPIC = `arn:aws:sns:eu-central-1:${ACCOUNT_ID}:drs-check`
const RUN_URL = 'https://github.com/acme/dr/actions/runs/4242'
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }

const SETTINGS: CheckSettings = {
  roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/DRSOrchestrationRole`,
  partition: 'aws',
  accountId: ACCOUNT_ID,
  targets: [
    { accountId: ACCOUNT_ID, roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/DRSOrchestrationRole` }
  ],
  roleName: null,
  duplicateAccounts: [],
  accountConcurrency: 10,
  externalId: null,
  sourceRegions: ['us-east-1'],
  targetRegion: 'us-west-2',
  oidcRoleArn: null,
  audience: 'sts.amazonaws.com',
  roleSessionName: 'drs-4242-1',
  roleDurationSeconds: 3600,
  sessionTagging: true,
  tagFilters: [{ key: 'dr:enabled', value: 'true' }],
  instanceIds: [],
  notifyTopicArn: TOPIC,
  run: RUN,
  maxLagMinutes: 15,
  maxDrillAgeDays: null,
  failOn: ['unprotected', 'failed']
}

const row = (status: CheckStatus, n: number) =>
  makeCheckRow({
    accountId: ACCOUNT_ID,
    region: 'us-east-1',
    instanceId: `i-${String(n).padStart(17, '0')}`,
    name: `host-${n}`,
    status,
    message: `${status}: do something`
  })

describe('buildCheckNotification', () => {
  it('gives coverage and the rows that need attention', () => {
    const { subject, message } = buildCheckNotification(
      SETTINGS,
      [row('protected', 1), row('unprotected', 2), row('syncing', 3)],
      RUN_URL
    )
    expect(subject).toBe(`DRS protection check ${ACCOUNT_ID} needs attention: coverage 66%`)
    expect(message).toContain(RUN_URL)
    expect(message).toContain('Needs attention (1):')
    expect(message).toContain(`- ${ACCOUNT_ID} us-east-1 i-00000000000000002 (host-2) unprotected`)
    expect(message).not.toContain('host-1')
  })

  it('covers the whole run in one message over many accounts', () => {
    const targets = [ACCOUNT_ID, '210987654321'].map(accountId => ({
      accountId,
      roleArn: `arn:aws:iam::${accountId}:role/DRSOrchestrationRole`
    }))
    const { subject, message } = buildCheckNotification(
      { ...SETTINGS, targets },
      [row('protected', 1), row('unprotected', 2)],
      RUN_URL
    )
    expect(subject).toBe('DRS protection check 2 accounts needs attention: coverage 50%')
    expect(message).toContain('DRS protection check for 2 accounts: needs attention.')
  })

  it('says ok when nothing in fail-on occurred', () => {
    const { subject, message } = buildCheckNotification(SETTINGS, [row('stalled', 1)], RUN_URL)
    expect(subject).toContain('ok: coverage 100%')
    expect(message).toContain('Needs attention (1):')
  })
})

describe('publishCheckNotification', () => {
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
    const port = recordingPort()
    await publishCheckNotification(SETTINGS, clients, [row('protected', 1)], RUN_URL, port)
    expect(regions).toEqual(['eu-central-1'])
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1)
    expect(sns.commandCalls(PublishCommand)[0].args[0].input.TopicArn).toBe(TOPIC)
    expect(port.infos.join('\n')).toContain('(message m-1)')
  })

  it('warns, never throws, when the publish fails', async () => {
    sns.on(PublishCommand).rejects(sdkError('AuthorizationError', 'not allowed', 403))
    const port = recordingPort()
    await publishCheckNotification(SETTINGS, clients, [row('protected', 1)], RUN_URL, port)
    expect(port.warnings.join('\n')).toContain('AuthorizationError: not allowed')
  })

  it('does nothing without notify-topic-arn', async () => {
    await publishCheckNotification(
      { ...SETTINGS, notifyTopicArn: null },
      clients,
      [row('protected', 1)],
      RUN_URL,
      recordingPort()
    )
    expect(sns.calls()).toHaveLength(0)
  })
})
