import {
  ListCommandsCommand,
  SendCommandCommand,
  SSMClient,
  type SendCommandCommandInput
} from '@aws-sdk/client-ssm'
import { afterEach, describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import { stub, type Stub } from './fixtures/mock.js'
import {
  CANCELLED_BEFORE_SEND,
  commandComment,
  deployFleet,
  documentArn,
  LOOKUP_DELAY_MS,
  LOOKUP_GRACE_MS,
  lookupDelays,
  MAX_COMMENT_LENGTH,
  MAX_SEND_ATTEMPTS,
  type BatchResult
} from '../src/install/deploy.js'
import { ssmTimestamp } from '../src/aws/ssm-time.js'
import type { Candidate } from '../src/install/preflight.js'
import {
  classifySendError,
  guardAgainstBlindResend,
  isOutcomeUnknown,
  sendCommandOnce,
  SendOutcomeUnknownError
} from '../src/install/send.js'
import { Pacer } from '../src/shared/concurrency.js'
import type { Row } from '../src/shared/rows.js'
import { schedulingClock } from './fixtures/clock.js'
import { networkError, sdkError } from './fixtures/errors.js'
import { recordingPort } from './fixtures/port.js'
import { ACCOUNT_ID, makeSettings } from './fixtures/settings.js'

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }
const ROW_FIELDS = [
  'accountId',
  'commandId',
  'instanceId',
  'message',
  'name',
  'platform',
  'region',
  'replicationState',
  'sourceServerId',
  'status'
]

const id = (n: number): string => `i-${n.toString(16).padStart(17, '0')}`

function candidates(count: number, region = 'us-east-1', from = 1): Candidate[] {
  return Array.from({ length: count }, (_, n) => ({
    accountId: ACCOUNT_ID,
    region,
    instanceId: id(from + n),
    name: `web-${from + n}`,
    platform: 'Linux'
  }))
}

const mocks: Stub[] = []
afterEach(() => {
  for (const mock of mocks.splice(0)) mock.restore()
})

function regionalSsm(regions: string[]): {
  clients: { ssm(region: string): SSMClient }
  mock: Record<string, Stub>
} {
  const clients: Record<string, SSMClient> = {}
  const mock: Record<string, Stub> = {}
  for (const region of regions) {
    clients[region] = new SSMClient({ region, credentials })
    mock[region] = stub(clients[region])
    mocks.push(mock[region])
  }
  return { clients: { ssm: region => clients[region] }, mock }
}

function sent(mock: Stub): SendCommandCommandInput[] {
  return mock.commandCalls(SendCommandCommand).map(call => call.args[0].input)
}

function expectComplete(rows: Row[]): void {
  for (const row of rows) expect(Object.keys(row).sort()).toEqual(ROW_FIELDS)
}

let commandCounter = 0
function accept(input: SendCommandCommandInput) {
  commandCounter++
  return {
    Command: {
      CommandId: `cmd-${commandCounter}`,
      Comment: input.Comment,
      InstanceIds: input.InstanceIds
    }
  }
}

describe('deployFleet', () => {
  it('sends 120 instances in 3 commands of 50/50/20, each id once, with the run in the comment', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1'].on(SendCommandCommand).callsFake(accept)
    const port = recordingPort()
    const fleet = candidates(120).reverse()

    const { rows } = await deployFleet(makeSettings(), clients, fleet, port, schedulingClock())

    const inputs = sent(mock['us-east-1'])
    expect(inputs.map(input => input.InstanceIds?.length)).toEqual([50, 50, 20])
    const ids = inputs.flatMap(input => input.InstanceIds ?? [])
    expect(new Set(ids).size).toBe(120)
    expect([...ids].sort()).toEqual(fleet.map(c => c.instanceId).sort())
    expect(inputs[0]).toEqual({
      DocumentName: 'AWSDisasterRecovery-InstallDRAgentOnInstance',
      InstanceIds: expect.any(Array),
      Parameters: { Region: ['us-west-2'] },
      Comment: 'drs-orchestration acme/dr-rollout run 4242/1 batch 1',
      MaxErrors: '100%'
    })
    expect(inputs.map(input => input.Comment)).toEqual([
      'drs-orchestration acme/dr-rollout run 4242/1 batch 1',
      'drs-orchestration acme/dr-rollout run 4242/1 batch 2',
      'drs-orchestration acme/dr-rollout run 4242/1 batch 3'
    ])
    expect(rows).toHaveLength(120)
    expect(rows.every(row => row.status === 'pending' && row.commandId?.startsWith('cmd-'))).toBe(
      true
    )
    expect(rows.map(row => row.instanceId)).toEqual([...fleet.map(c => c.instanceId)].sort())
    expect(rows[0]).toMatchObject({
      accountId: ACCOUNT_ID,
      region: 'us-east-1',
      name: 'web-1',
      platform: 'Linux'
    })
    expectComplete(rows)
    expect(port.lines).toEqual(['info us-east-1: sent 120 instance(s) in 3 command(s)'])
  })

  it('passes Tags, MaxConcurrency and MaxErrors through', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1'].on(SendCommandCommand).callsFake(accept)
    const settings = makeSettings({
      maxConcurrency: '10%',
      maxErrors: '2',
      documentName: 'Custom-Install',
      sourceServerTags: [
        { key: 'team', value: 'payments' },
        { key: 'env', value: 'prod' }
      ]
    })
    await deployFleet(settings, clients, candidates(2), recordingPort(), schedulingClock())
    expect(sent(mock['us-east-1'])).toEqual([
      {
        DocumentName: 'Custom-Install',
        InstanceIds: [id(1), id(2)],
        Parameters: { Region: ['us-west-2'], Tags: ['team=payments,env=prod'] },
        Comment: 'drs-orchestration acme/dr-rollout run 4242/1 batch 1',
        MaxConcurrency: '10%',
        MaxErrors: '2'
      }
    ])
  })

  it('sends nothing in a dry run and reports every candidate', async () => {
    const { clients, mock } = regionalSsm(['us-east-1', 'eu-west-1'])
    const port = recordingPort()
    const { rows } = await deployFleet(
      makeSettings({ dryRun: true }),
      clients,
      [...candidates(60), ...candidates(1, 'eu-west-1', 100)],
      port,
      schedulingClock()
    )
    expect(mock['us-east-1'].calls()).toHaveLength(0)
    expect(mock['eu-west-1'].calls()).toHaveLength(0)
    expect(rows).toHaveLength(61)
    expect(rows[0]).toMatchObject({ region: 'eu-west-1', status: 'dry-run', commandId: null })
    expect(rows.every(row => row.status === 'dry-run')).toBe(true)
    expectComplete(rows)
    expect(port.lines).toEqual([
      'info us-east-1: dry run, would send 60 instance(s) in 2 command(s)',
      'info eu-west-1: dry run, would send 1 instance(s) in 1 command(s)'
    ])
  })

  it('fails only the batch refused with AccessDenied for the document, with the policy hint, unsplit', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1'].on(SendCommandCommand).callsFake(input => {
      if (input.Comment?.endsWith('batch 2')) {
        throw sdkError(
          'AccessDeniedException',
          'User: arn:aws:sts::123456789012:assumed-role/DRSOrchestrationRole/drs-4242-1 is not ' +
            'authorized to perform: ssm:SendCommand on resource: ' +
            'arn:aws:ssm:us-east-1::document/AWSDisasterRecovery-InstallDRAgentOnInstance',
          400
        )
      }
      return accept(input)
    })
    const port = recordingPort()
    const { rows } = await deployFleet(
      makeSettings(),
      clients,
      candidates(120),
      port,
      schedulingClock()
    )
    const failed = rows.filter(row => row.status === 'failed')
    expect(failed.map(row => row.instanceId)).toEqual(
      candidates(50, 'us-east-1', 51).map(c => c.instanceId)
    )
    expect(failed[0].message).toContain(
      'arn:aws:ssm:us-east-1::document/AWSDisasterRecovery-InstallDRAgentOnInstance'
    )
    expect(failed[0].message).toContain('ssm:resourceTag/dr:enabled = true')
    expect(failed[0].message).toContain(`arn:aws:ec2:us-east-1:${ACCOUNT_ID}:instance/*`)
    expect(rows.filter(row => row.status === 'pending')).toHaveLength(70)
    expect(sent(mock['us-east-1'])).toHaveLength(3)
    expectComplete(rows)
    expect(port.lines).toEqual([
      'info us-east-1: sent 70 instance(s) in 2 command(s), 50 failed to send'
    ])
  })

  it('splits a batch refused with AccessDenied down to the one instance the role may not target', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    const denied = id(37)
    mock['us-east-1'].on(SendCommandCommand).callsFake(input => {
      if (input.InstanceIds?.includes(denied)) {
        throw sdkError(
          'AccessDeniedException',
          `User: arn:aws:sts::${ACCOUNT_ID}:assumed-role/DRSOrchestrationRole/drs-4242-1 is not ` +
            'authorized to perform: ssm:SendCommand on resource: ' +
            `arn:aws:ec2:us-east-1:${ACCOUNT_ID}:instance/${denied}`,
          400
        )
      }
      return accept(input)
    })
    const port = recordingPort()
    const { rows, commands } = await deployFleet(
      makeSettings(),
      clients,
      candidates(50),
      port,
      schedulingClock()
    )
    expect(rows.filter(row => row.status === 'failed').map(row => row.instanceId)).toEqual([denied])
    const refused = rows.find(row => row.instanceId === denied)
    expect(refused?.message).toMatch(/^SendCommand failed \(AccessDeniedException: /)
    expect(refused?.message).toContain('ssm:resourceTag/dr:enabled = true')
    expect(rows.filter(row => row.status === 'pending')).toHaveLength(49)
    // Every other instance was sent exactly once, in a command SSM accepted.
    const accepted = sent(mock['us-east-1']).filter(input => !input.InstanceIds?.includes(denied))
    expect(accepted.flatMap(input => input.InstanceIds).sort()).toEqual(
      candidates(50)
        .map(c => c.instanceId)
        .filter(instanceId => instanceId !== denied)
    )
    // Halving: one refused call per level (50, 25, 13, 7, 4, 2, 1), an accepted sibling beside each.
    expect(sent(mock['us-east-1'])).toHaveLength(13)
    expect(commands.flatMap(command => command.instanceIds).sort()).toEqual(
      accepted.flatMap(input => input.InstanceIds).sort()
    )
    expect(port.lines).toEqual([
      'info us-east-1: sent 49 instance(s) in 6 command(s), 1 failed to send'
    ])
  })

  it('fails each instance with the access-denied hint when the role may target none of a batch', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1']
      .on(SendCommandCommand)
      .rejects(sdkError('AccessDeniedException', 'not authorized to perform: ssm:SendCommand', 400))
    const { rows, commands } = await deployFleet(
      makeSettings(),
      clients,
      candidates(4),
      recordingPort(),
      schedulingClock()
    )
    expect(rows.map(row => row.status)).toEqual(['failed', 'failed', 'failed', 'failed'])
    for (const row of rows) expect(row.message).toContain('ssm:resourceTag/dr:enabled = true')
    // 4 -> 2 + 2 -> 1 + 1 + 1 + 1, and no single instance is tried twice.
    const singles = sent(mock['us-east-1']).filter(input => input.InstanceIds?.length === 1)
    expect(singles.flatMap(input => input.InstanceIds).sort()).toEqual(
      candidates(4).map(c => c.instanceId)
    )
    expect(sent(mock['us-east-1'])).toHaveLength(7)
    expect(commands).toEqual([])
  })

  it.each([
    ['InvalidDocument', /does not exist in us-east-1/],
    ['ValidationException', /max-concurrency, max-errors/],
    ['InvalidParameters', /rejected its parameters/],
    ['UnsupportedPlatformType', /does not support this platform/]
  ])('fails a batch rejected with %s, with a hint, and does not retry', async (code, hint) => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1'].on(SendCommandCommand).rejects(sdkError(code, 'rejected', 400))
    const { rows } = await deployFleet(
      makeSettings(),
      clients,
      candidates(3),
      recordingPort(),
      schedulingClock()
    )
    expect(sent(mock['us-east-1'])).toHaveLength(1)
    expect(rows.every(row => row.status === 'failed')).toBe(true)
    expect(rows[0].message).toMatch(new RegExp(`^SendCommand failed \\(${code}: rejected\\)`))
    expect(rows[0].message).toMatch(hint)
  })

  it('splits a batch refused with InvalidInstanceId so the other instances still get the agent', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    const bad = id(3)
    mock['us-east-1'].on(SendCommandCommand).callsFake(input => {
      if (input.InstanceIds?.includes(bad))
        throw sdkError('InvalidInstanceId', 'Instances not in a valid state', 400)
      return accept(input)
    })
    const { rows } = await deployFleet(
      makeSettings(),
      clients,
      candidates(5),
      recordingPort(),
      schedulingClock()
    )
    expect(rows.map(row => [row.instanceId, row.status])).toEqual([
      [id(1), 'pending'],
      [id(2), 'pending'],
      [id(3), 'failed'],
      [id(4), 'pending'],
      [id(5), 'pending']
    ])
    expect(rows[2].message).toMatch(/InvalidInstanceId.*SSM agent/)
    const accepted = sent(mock['us-east-1'])
      .filter(input => !input.InstanceIds?.includes(bad))
      .flatMap(input => input.InstanceIds ?? [])
    expect(accepted.sort()).toEqual([id(1), id(2), id(4), id(5)])
    const comments = sent(mock['us-east-1']).map(input => input.Comment)
    expect(new Set(comments).size).toBe(comments.length)
  })

  it('looks a lost command up instead of sending it again', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    const clock = schedulingClock()
    const startedAt = clock.now()
    const comment = 'drs-orchestration acme/dr-rollout run 4242/1 batch 1'
    mock['us-east-1']
      .on(SendCommandCommand)
      .rejects(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    mock['us-east-1'].on(ListCommandsCommand).resolves({
      Commands: [
        // Same comment from another job of the same run, other instances: not ours.
        {
          CommandId: 'cmd-other',
          Comment: comment,
          DocumentName: 'AWSDisasterRecovery-InstallDRAgentOnInstance',
          InstanceIds: [id(9)],
          RequestedDateTime: new Date(startedAt - 1000)
        },
        {
          CommandId: 'cmd-lost',
          Comment: comment,
          DocumentName: 'AWSDisasterRecovery-InstallDRAgentOnInstance',
          InstanceIds: [id(2), id(1)],
          RequestedDateTime: new Date(startedAt)
        }
      ]
    })
    const { rows } = await deployFleet(
      makeSettings(),
      clients,
      candidates(2),
      recordingPort(),
      clock
    )

    expect(sent(mock['us-east-1'])).toHaveLength(1)
    const lookups = mock['us-east-1'].commandCalls(ListCommandsCommand)
    expect(lookups).toHaveLength(1)
    expect(lookups[0].args[0].input).toEqual({
      // Whole seconds, as SSM's filters write them (src/aws/ssm-time.ts).
      Filters: [{ key: 'InvokedAfter', value: ssmTimestamp(startedAt - 5 * 60 * 1000) }],
      MaxResults: 50
    })
    expect(lookups[0].args[0].input.Filters?.[0].value).toMatch(/T\d\d:\d\d:\d\dZ$/)
    expect(clock.sleeps).toContain(LOOKUP_DELAY_MS)
    expect(rows.map(row => [row.status, row.commandId])).toEqual([
      ['pending', 'cmd-lost'],
      ['pending', 'cmd-lost']
    ])
  })

  it('sends once more when the lost command is still not listed after the grace period', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1']
      .on(SendCommandCommand)
      .rejectsOnce(
        new SendOutcomeUnknownError(Object.assign(new Error('timeout'), { name: 'TimeoutError' }))
      )
      .callsFake(accept)
    mock['us-east-1']
      .on(ListCommandsCommand)
      .resolvesOnce({
        Commands: [{ CommandId: 'cmd-x', Comment: 'someone else', DocumentName: 'X' }],
        NextToken: 't'
      })
      .resolvesOnce({ Commands: [] })
      .resolves({ Commands: [] })
    const clock = schedulingClock()
    const { rows } = await deployFleet(
      makeSettings(),
      clients,
      candidates(2),
      recordingPort(),
      clock
    )
    expect(sent(mock['us-east-1'])).toHaveLength(2)
    // One look-up per wait of the grace period; the first one reads two pages.
    expect(mock['us-east-1'].commandCalls(ListCommandsCommand)).toHaveLength(
      lookupDelays().length + 1
    )
    expect(lookupDelays()).toEqual([2000, 4000, 8000, 16000])
    expect(lookupDelays().reduce((sum, delay) => sum + delay, 0)).toBe(LOOKUP_GRACE_MS)
    expect(clock.sleeps.filter(ms => ms >= LOOKUP_DELAY_MS)).toEqual(
      expect.arrayContaining(lookupDelays())
    )
    expect(rows.every(row => row.status === 'pending' && row.commandId?.startsWith('cmd-'))).toBe(
      true
    )
    expect(rows[0].commandId).not.toBe('cmd-x')
  })

  it('finds a command SSM lists late, within the grace period, and does not send it again', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    const clock = schedulingClock()
    const start = clock.now()
    const comment = 'drs-orchestration acme/dr-rollout run 4242/1 batch 1'
    mock['us-east-1'].on(SendCommandCommand).rejects(networkError('ECONNRESET', 'socket hang up'))
    // SSM lists the command only 10 s after it was created.
    mock['us-east-1'].on(ListCommandsCommand).callsFake(() => ({
      Commands:
        clock.now() - start < 10_000
          ? []
          : [
              {
                CommandId: 'cmd-late',
                Comment: comment,
                DocumentName: 'AWSDisasterRecovery-InstallDRAgentOnInstance',
                InstanceIds: [id(1), id(2)],
                RequestedDateTime: new Date(start)
              }
            ]
    }))
    const { rows, commands } = await deployFleet(
      makeSettings(),
      clients,
      candidates(2),
      recordingPort(),
      clock
    )
    expect(sent(mock['us-east-1'])).toHaveLength(1)
    expect(mock['us-east-1'].commandCalls(ListCommandsCommand)).toHaveLength(3)
    expect(rows.map(row => [row.status, row.commandId])).toEqual([
      ['pending', 'cmd-late'],
      ['pending', 'cmd-late']
    ])
    expect(commands).toEqual([
      {
        accountId: ACCOUNT_ID,
        region: 'us-east-1',
        commandId: 'cmd-late',
        instanceIds: [id(1), id(2)],
        comment,
        sentAt: start + 2000 + 4000 + 8000
      }
    ])
  })

  it('does not resend blind when the lookup itself fails', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1'].on(SendCommandCommand).rejects(networkError('ETIMEDOUT'))
    mock['us-east-1']
      .on(ListCommandsCommand)
      .rejects(sdkError('AccessDeniedException', 'no list', 400))
    const { rows } = await deployFleet(
      makeSettings(),
      clients,
      candidates(1),
      recordingPort(),
      schedulingClock()
    )
    expect(sent(mock['us-east-1'])).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: 'failed', commandId: null })
    expect(rows[0].message).toMatch(
      /outcome unknown.*ListCommands failed \(AccessDeniedException: no list\); not resent/
    )
    expect(rows[0].message).toContain('drs-orchestration acme/dr-rollout run 4242/1 batch 1')
  })

  it('retries a refusal (throttling, 5xx) after the SDK gave up, then succeeds', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1']
      .on(SendCommandCommand)
      .rejectsOnce(sdkError('ThrottlingException', 'Rate exceeded', 400))
      .rejectsOnce(sdkError('InternalServerError', 'oops', 500))
      .callsFake(accept)
    const { rows } = await deployFleet(
      makeSettings(),
      clients,
      candidates(1),
      recordingPort(),
      schedulingClock()
    )
    expect(sent(mock['us-east-1'])).toHaveLength(3)
    expect(mock['us-east-1'].commandCalls(ListCommandsCommand)).toHaveLength(0)
    expect(rows[0].status).toBe('pending')
  })

  it('gives up after a bounded number of attempts', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1']
      .on(SendCommandCommand)
      .rejects(sdkError('ThrottlingException', 'Rate exceeded', 400))
    const { rows } = await deployFleet(
      makeSettings(),
      clients,
      candidates(2),
      recordingPort(),
      schedulingClock()
    )
    expect(sent(mock['us-east-1'])).toHaveLength(MAX_SEND_ATTEMPTS)
    expect(rows.every(row => row.status === 'failed')).toBe(true)
    expect(rows[0].message).toMatch(
      new RegExp(`^gave up after ${MAX_SEND_ATTEMPTS} SendCommand attempts \\(ThrottlingException`)
    )
  })

  it('paces sends within a region with the injected clock; regions do not wait for each other', async () => {
    const { clients, mock } = regionalSsm(['us-east-1', 'eu-west-1'])
    const clock = schedulingClock()
    const start = clock.now()
    const times: Record<string, number[]> = { 'us-east-1': [], 'eu-west-1': [] }
    for (const region of ['us-east-1', 'eu-west-1']) {
      mock[region].on(SendCommandCommand).callsFake(input => {
        times[region].push(clock.now() - start)
        return accept(input)
      })
    }
    const port = recordingPort()
    await deployFleet(
      makeSettings(),
      clients,
      [...candidates(150, 'us-east-1'), ...candidates(10, 'eu-west-1', 500)],
      port,
      clock
    )
    expect(times['us-east-1'].map(Math.round)).toEqual([0, 333, 667])
    expect(times['eu-west-1']).toEqual([0])
    expect(port.lines.sort()).toEqual([
      'info eu-west-1: sent 10 instance(s) in 1 command(s)',
      'info us-east-1: sent 150 instance(s) in 3 command(s)'
    ])
  })
})

describe('deployFleet: cancel and progress', () => {
  const NOT_SENT = `not sent: ${CANCELLED_BEFORE_SEND}`

  it('publishes each batch as SSM answers it, with its command', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1'].on(SendCommandCommand).callsFake(accept)
    const published: BatchResult[] = []
    const { commands } = await deployFleet(
      makeSettings(),
      clients,
      candidates(120),
      recordingPort(),
      schedulingClock(),
      { onBatch: batch => published.push(batch) }
    )
    expect(published.map(batch => batch.rows.length)).toEqual([50, 50, 20])
    expect(published.flatMap(batch => batch.commands)).toEqual(commands)
    expect(commands.map(command => command.instanceIds.length)).toEqual([50, 50, 20])
    for (const batch of published) {
      expect(batch.rows.every(row => row.commandId === batch.commands[0].commandId)).toBe(true)
    }
  })

  it('sends nothing after the signal aborts: later batches are failed rows saying why', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1'].on(SendCommandCommand).callsFake(accept)
    const cancel = new AbortController()
    const { rows, commands } = await deployFleet(
      makeSettings(),
      clients,
      candidates(150),
      recordingPort(),
      schedulingClock(),
      { signal: cancel.signal, onBatch: () => cancel.abort() }
    )
    expect(sent(mock['us-east-1'])).toHaveLength(1)
    expect(commands).toHaveLength(1)
    const pending = rows.filter(row => row.status === 'pending')
    expect(pending).toHaveLength(50)
    expect(pending.every(row => row.commandId === commands[0].commandId)).toBe(true)
    const notSent = rows.filter(row => row.status === 'failed')
    expect(notSent).toHaveLength(100)
    expect(notSent.every(row => row.message === NOT_SENT && row.commandId === null)).toBe(true)
    expectComplete(rows)
  })

  it('sends nothing at all when the signal aborted before the phase', async () => {
    const { clients, mock } = regionalSsm(['us-east-1', 'eu-west-1'])
    const cancel = new AbortController()
    cancel.abort()
    const { rows, commands } = await deployFleet(
      makeSettings(),
      clients,
      [...candidates(60), ...candidates(2, 'eu-west-1', 100)],
      recordingPort(),
      schedulingClock(),
      { signal: cancel.signal }
    )
    expect(mock['us-east-1'].calls()).toHaveLength(0)
    expect(mock['eu-west-1'].calls()).toHaveLength(0)
    expect(commands).toEqual([])
    expect(rows).toHaveLength(62)
    expect(rows.every(row => row.status === 'failed' && row.message === NOT_SENT)).toBe(true)
  })

  it('does not resend a lost batch once cancelled: one last look-up, then the way to check', async () => {
    const { clients, mock } = regionalSsm(['us-east-1'])
    mock['us-east-1'].on(SendCommandCommand).rejects(networkError('ECONNRESET'))
    const cancel = new AbortController()
    mock['us-east-1'].on(ListCommandsCommand).callsFake(() => {
      cancel.abort()
      return { Commands: [] }
    })
    const { rows, commands } = await deployFleet(
      makeSettings(),
      clients,
      candidates(2),
      recordingPort(),
      schedulingClock(),
      { signal: cancel.signal }
    )
    expect(sent(mock['us-east-1'])).toHaveLength(1)
    expect(mock['us-east-1'].commandCalls(ListCommandsCommand)).toHaveLength(1)
    expect(commands).toEqual([])
    expect(rows.every(row => row.status === 'failed')).toBe(true)
    expect(rows[0].message).toMatch(/outcome unknown .*cancelled.*not resent/)
    expect(rows[0].message).toContain('drs-orchestration acme/dr-rollout run 4242/1 batch 1')
  })
})

describe('helpers', () => {
  it('keeps the comment within SSM limit and the batch label intact', () => {
    const settings = makeSettings({
      run: {
        runId: '98765432101',
        runAttempt: '3',
        repository: `a-very-long-organisation-name/${'x'.repeat(90)}`,
        workflow: 'w',
        actor: 'a',
        serverUrl: 'https://github.com'
      }
    })
    const comment = commandComment(settings, '12.1.2')
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(comment).toMatch(/^drs-orchestration a-very-long.* run 98765432101\/3 batch 12\.1\.2$/)
  })

  it('points at the right document ARN', () => {
    expect(documentArn(makeSettings(), 'eu-west-1')).toBe(
      'arn:aws:ssm:eu-west-1::document/AWSDisasterRecovery-InstallDRAgentOnInstance'
    )
    expect(documentArn(makeSettings({ documentName: 'Custom-Install' }), 'eu-west-1')).toBe(
      `arn:aws:ssm:eu-west-1:${ACCOUNT_ID}:document/Custom-Install`
    )
  })

  it.each([
    [networkError('ECONNRESET', 'socket hang up'), 'outcome-unknown'],
    [networkError('EPIPE'), 'outcome-unknown'],
    [Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 'outcome-unknown'],
    [new SendOutcomeUnknownError(new Error('x')), 'outcome-unknown'],
    [networkError('ECONNREFUSED'), 'retryable'],
    [networkError('ENOTFOUND'), 'retryable'],
    [sdkError('ThrottlingException', 'slow', 400), 'retryable'],
    [sdkError('InternalServerError', 'x', 500), 'retryable'],
    [sdkError('AccessDeniedException', 'x', 400), 'access-denied'],
    [sdkError('InvalidInstanceId', 'x', 400), 'invalid-instance'],
    [sdkError('InvalidDocument', 'x', 400), 'rejected'],
    // The answer's headers came (HTTP 200), then the body broke off: SSM created the command.
    [
      Object.assign(networkError('ECONNRESET', 'aborted'), { $metadata: { httpStatusCode: 200 } }),
      'outcome-unknown'
    ],
    // A gateway timed out waiting for SSM: the request went upstream.
    [sdkError('GatewayTimeout', 'upstream timed out', 504), 'outcome-unknown'],
    [sdkError('ServiceUnavailable', 'x', 503), 'retryable']
  ])('classifies %p as %s', (error, kind) => {
    expect(classifySendError(error)).toBe(kind)
  })

  it('reserves paced slots for concurrent callers', async () => {
    const clock = schedulingClock()
    const pacer = new Pacer(clock, 100)
    await Promise.all([pacer.take(), pacer.take(), pacer.take()])
    expect(clock.sleeps).toEqual([100, 200])
  })
})

describe('guardAgainstBlindResend (real client, no network)', () => {
  function clientFailingWith(error: Error): { client: SSMClient; attempts: () => number } {
    let attempts = 0
    const client = new SSMClient({
      region: 'us-east-1',
      credentials,
      maxAttempts: 3,
      requestHandler: {
        handle: async () => {
          attempts++
          throw error
        }
      } as never
    })
    return { client, attempts: () => attempts }
  }

  const input = { DocumentName: 'AWS-RunShellScript', InstanceIds: [id(1)] }

  it('stops the SDK from resending after a reset connection', async () => {
    const { client, attempts } = clientFailingWith(networkError('ECONNRESET', 'socket hang up'))
    const failure = await client
      .send(guardAgainstBlindResend(new SendCommandCommand(input)))
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SendOutcomeUnknownError)
    expect(isOutcomeUnknown(failure)).toBe(true)
    expect(attempts()).toBe(1)
    client.destroy()
  })

  it('leaves the SDK to retry when the connection was never made', async () => {
    const { client, attempts } = clientFailingWith(networkError('ECONNREFUSED'))
    const failure = await client
      .send(guardAgainstBlindResend(new SendCommandCommand(input)))
      .catch((error: unknown) => error)
    expect(failure).not.toBeInstanceOf(SendOutcomeUnknownError)
    expect(attempts()).toBe(3)
    client.destroy()
  })

  /** A client whose every attempt gets this HTTP answer; the body may break off midway. */
  function clientAnswering(answer: { status: number; body: string; cutAfter?: number }): {
    client: SSMClient
    attempts: () => number
  } {
    let attempts = 0
    const client = new SSMClient({
      region: 'us-east-1',
      credentials,
      maxAttempts: 3,
      requestHandler: {
        handle: async () => {
          attempts++
          const text = answer.body.slice(0, answer.cutAfter ?? answer.body.length)
          const body = new Readable({
            read() {
              this.push(text)
              if (answer.cutAfter === undefined) this.push(null)
              else this.destroy(networkError('ECONNRESET', 'aborted'))
            }
          })
          return {
            response: {
              statusCode: answer.status,
              headers: { 'content-type': 'application/x-amz-json-1.1' },
              body
            }
          }
        }
      } as never
    })
    return { client, attempts: () => attempts }
  }

  const answer = JSON.stringify({
    Command: { CommandId: 'cmd-1', Comment: 'c', InstanceIds: [id(1)] }
  })

  it('stops the SDK from resending when the answer breaks off mid-body (HTTP 200 + ECONNRESET)', async () => {
    const { client, attempts } = clientAnswering({ status: 200, body: answer, cutAfter: 20 })
    const failure = await sendCommandOnce(client, input).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SendOutcomeUnknownError)
    expect(classifySendError(failure)).toBe('outcome-unknown')
    expect(attempts()).toBe(1)
    client.destroy()
  })

  it('resolves with the command only once the answer is read in full', async () => {
    const { client, attempts } = clientAnswering({ status: 200, body: answer })
    const output = await sendCommandOnce(client, input)
    expect(output.Command?.CommandId).toBe('cmd-1')
    expect(attempts()).toBe(1)
    client.destroy()
  })

  it('leaves the SDK to retry a refusal SSM answered (no command exists)', async () => {
    const { client, attempts } = clientAnswering({
      status: 400,
      body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' })
    })
    const failure = await sendCommandOnce(client, input).catch((error: unknown) => error)
    expect(failure).not.toBeInstanceOf(SendOutcomeUnknownError)
    expect(classifySendError(failure)).toBe('retryable')
    expect(attempts()).toBe(3)
    client.destroy()
  })

  it('deploys through a real client: a cut answer is looked up, not sent again', async () => {
    let sends = 0
    let lookups = 0
    const comment = 'drs-orchestration acme/dr-rollout run 4242/1 batch 1'
    const client = new SSMClient({
      region: 'us-east-1',
      credentials,
      maxAttempts: 3,
      requestHandler: {
        handle: async (request: { headers: Record<string, string> }) => {
          const target = request.headers['x-amz-target']
          const listed = JSON.stringify({
            Commands: [
              {
                CommandId: 'cmd-cut',
                Comment: comment,
                DocumentName: 'AWSDisasterRecovery-InstallDRAgentOnInstance',
                InstanceIds: [id(1)]
              }
            ]
          })
          if (target === 'AmazonSSM.SendCommand') sends++
          else lookups++
          const text = target === 'AmazonSSM.SendCommand' ? answer.slice(0, 20) : listed
          const body = new Readable({
            read() {
              this.push(text)
              if (target === 'AmazonSSM.SendCommand') this.destroy(networkError('ECONNRESET'))
              else this.push(null)
            }
          })
          return {
            response: {
              statusCode: 200,
              headers: { 'content-type': 'application/x-amz-json-1.1' },
              body
            }
          }
        }
      } as never
    })
    const { rows, commands } = await deployFleet(
      makeSettings(),
      { ssm: () => client },
      candidates(1),
      recordingPort(),
      schedulingClock()
    )
    expect(sends).toBe(1)
    expect(lookups).toBe(1)
    expect(rows.map(row => [row.status, row.commandId])).toEqual([['pending', 'cmd-cut']])
    expect(commands.map(command => command.commandId)).toEqual(['cmd-cut'])
    client.destroy()
  })
})
