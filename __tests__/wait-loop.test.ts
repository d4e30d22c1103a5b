// The wait loop against a fake of its reads (WaitReads): no SDK mocks. The faults of issue 19
// that the wait must absorb: a credential renewal blip, eventual consistency right after a send,
// and a request that never answers.
import { describe, expect, it } from '@jest/globals'
import type { Command, CommandInvocation } from '@aws-sdk/client-ssm'
import type { SourceServer } from '@aws-sdk/client-drs'
import { CredentialChainError } from '../src/aws/credentials.js'
import { invokedAfter, ssmTimestamp } from '../src/aws/ssm-time.js'
import type { SentCommand } from '../src/install/sent-commands.js'
import {
  followFleet,
  MISS_GRACE_MS,
  MISS_ROUNDS,
  type WaitReads
} from '../src/install/wait/index.js'
import { makeRow, type Row } from '../src/shared/rows.js'
import { steppingClock } from './fixtures/clock.js'
import { sdkError } from './fixtures/errors.js'
import { recordingPort } from './fixtures/port.js'
import { ACCOUNT_ID, makeSettings } from './fixtures/settings.js'

const REGION = 'us-east-1'
const I1 = 'i-0000000000000b001'
const I2 = 'i-0000000000000b002'

function pending(instanceId: string, commandId: string): Row {
  return makeRow({
    accountId: ACCOUNT_ID,
    region: REGION,
    instanceId,
    platform: 'Linux',
    status: 'pending',
    commandId
  })
}

function sent(commandId: string, instanceIds: string[], sentAt: number): SentCommand {
  return { accountId: ACCOUNT_ID, region: REGION, commandId, instanceIds, comment: 'c', sentAt }
}

const succeeded = (id: string, n: number): Command => ({
  CommandId: id,
  Status: 'Success',
  StatusDetails: 'Success',
  TargetCount: n,
  CompletedCount: n,
  ErrorCount: 0,
  DeliveryTimedOutCount: 0
})

const server = (instanceId: string): SourceServer => ({
  sourceServerID: `s-${instanceId.slice(-4)}`,
  sourceProperties: { identificationHints: { awsInstanceID: instanceId } },
  dataReplicationInfo: { dataReplicationState: 'INITIATING' }
})

interface FakeReads extends WaitReads {
  calls: string[]
  signals: AbortSignal[]
}

/** Reads that answer from `commandById`; the listing finds nothing, so every round asks by id. */
function fakeReads(commandById: (id: string, call: number) => Promise<Command | null>): FakeReads {
  let call = 0
  const reads: FakeReads = {
    calls: [],
    signals: [],
    listCommands: async (_region, _filters, _wanted, _max, signal) => {
      reads.calls.push('listCommands')
      reads.signals.push(signal)
      return { found: [], pages: 1 }
    },
    commandById: (_region, id, signal) => {
      reads.calls.push(`commandById ${id}`)
      reads.signals.push(signal)
      return commandById(id, ++call)
    },
    invocations: async (): Promise<CommandInvocation[]> => {
      reads.calls.push('invocations')
      return []
    },
    sourceServers: async instanceIds => {
      reads.calls.push('sourceServers')
      return new Map([...instanceIds].map(id => [id, server(id)]))
    }
  }
  return reads
}

describe('the wait absorbs what issue 19 found', () => {
  it('a credential renewal that fails for a retryable reason is asked again next round', async () => {
    const clock = steppingClock()
    const port = recordingPort()
    const blip = new CredentialChainError(
      'STS did not answer',
      'target-role',
      'ServiceUnavailable',
      'transient'
    )
    const reads = fakeReads(async (id, call) => {
      if (call <= 2) throw blip
      return succeeded(id, 2)
    })
    const rows = [pending(I1, 'c1'), pending(I2, 'c1')]
    const result = await followFleet(
      makeSettings({}),
      reads,
      rows,
      [sent('c1', [I1, I2], clock.start)],
      port,
      clock
    )
    expect(result.map(r => r.status)).toEqual(['installed', 'installed'])
    expect(
      port.infos.some(l => l.includes('ListCommands in us-east-1: ServiceUnavailable, retrying'))
    ).toBe(true)
  })

  it('a renewal refused for good fails the rows with the chain\'s own words, not "needs ssm:ListCommands"', async () => {
    const clock = steppingClock()
    const refused = new CredentialChainError(
      'AssumeRole into the role was denied',
      'target-role',
      'AccessDenied',
      'access-denied'
    )
    const reads = fakeReads(async () => {
      throw refused
    })
    const [row] = await followFleet(
      makeSettings({}),
      reads,
      [pending(I1, 'c1')],
      [sent('c1', [I1], clock.start)],
      recordingPort(),
      clock
    )
    expect(row.status).toBe('failed')
    expect(row.message).toContain(
      'could not renew the credentials (AssumeRole into the role was denied)'
    )
  })

  it('an expired session answered by SSM is retried (the provider renews it), not access denied', async () => {
    const clock = steppingClock()
    const reads = fakeReads(async (id, call) => {
      if (call === 1) throw sdkError('ExpiredTokenException', 'The security token expired', 400)
      return succeeded(id, 1)
    })
    const [row] = await followFleet(
      makeSettings({}),
      reads,
      [pending(I1, 'c1')],
      [sent('c1', [I1], clock.start)],
      recordingPort(),
      clock
    )
    expect(row.status).toBe('installed')
  })

  it('InvalidCommandId and empty answers right after the send are misses, not "SSM has no command"', async () => {
    const clock = steppingClock()
    const reads = fakeReads(async (id, call) => {
      if (call === 1) throw sdkError('InvalidCommandId', '', 400)
      if (call === 2) return null
      return succeeded(id, 1)
    })
    const port = recordingPort()
    const [row] = await followFleet(
      makeSettings({}),
      reads,
      [pending(I1, 'c1')],
      [sent('c1', [I1], clock.start)],
      port,
      clock
    )
    expect(row.status).toBe('installed')
    expect(port.infos.filter(l => l.includes('c1 not listed yet, asking again'))).toHaveLength(2)
  })

  it('a command SSM never knows fails only after the misses and the grace period', async () => {
    const clock = steppingClock()
    const reads = fakeReads(async () => null)
    const [row] = await followFleet(
      makeSettings({ timeoutMinutes: 30 }),
      reads,
      [pending(I1, 'gone')],
      [sent('gone', [I1], clock.start)],
      recordingPort(),
      clock
    )
    expect(row.status).toBe('failed')
    expect(row.message).toBe('SSM has no command gone in us-east-1 (it expired or was never sent)')
    const asked = reads.calls.filter(c => c === 'commandById gone').length
    expect(asked).toBeGreaterThanOrEqual(MISS_ROUNDS)
    // Failed no earlier than the grace period after the send.
    expect(clock.now() - clock.start).toBeGreaterThanOrEqual(MISS_GRACE_MS)
  })

  it('every read carries a deadline: a request that never answers ends with the bound', async () => {
    const clock = steppingClock()
    // Answers only when its signal aborts, as a hung HTTP request under an abort signal does.
    const hung = (signal: AbortSignal): Promise<never> =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () =>
          reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }))
        )
      })
    const reads = fakeReads(async () => null)
    reads.commandById = (_region, _id, signal) => {
      reads.signals.push(signal)
      return hung(signal)
    }
    // A bound of 0.3 s: the round's requests are cut off there, the round at the bound too.
    const [row] = await followFleet(
      makeSettings({ timeoutMinutes: 0.005 }),
      reads,
      [pending(I1, 'c1')],
      [sent('c1', [I1], clock.start)],
      recordingPort(),
      clock
    )
    expect(row.status).toBe('timed-out')
    expect(row.message).toContain('install command still Pending at the 0.005-minute bound')
    expect(reads.signals.length).toBeGreaterThanOrEqual(1)
    expect(reads.signals.every(s => s.aborted)).toBe(true)
  })
})

describe('ssmTimestamp / invokedAfter', () => {
  it('writes whole seconds without milliseconds, rounded down', () => {
    expect(ssmTimestamp(Date.UTC(2024, 6, 7, 0, 0, 0, 999))).toBe('2024-07-07T00:00:00Z')
    expect(invokedAfter(Date.UTC(2024, 6, 7, 12, 30, 15, 1))).toEqual({
      key: 'InvokedAfter',
      value: '2024-07-07T12:30:15Z'
    })
  })
})
