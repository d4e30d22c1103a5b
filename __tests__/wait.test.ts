import { DescribeSourceServersCommand, DrsClient, type SourceServer } from '@aws-sdk/client-drs'
import {
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SSMClient,
  type Command,
  type CommandInvocation
} from '@aws-sdk/client-ssm'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { stub, type Stub } from './fixtures/mock.js'
import type { Settings } from '../src/settings/index.js'
import type { SentCommand } from '../src/install/sent-commands.js'
import { steppingClock, type SteppingClock } from './fixtures/clock.js'
import { recordingPort, type RecordingPort } from './fixtures/port.js'
import { makeRow, type Row } from '../src/shared/rows.js'
import {
  BACKOFF,
  estimateRemainingMs,
  everyInvocationSucceeded,
  MIN_POLL_MS,
  nextDelay,
  outputTail,
  waitForFleet
} from '../src/install/wait/index.js'
import { ACCOUNT_ID, makeSettings } from './fixtures/settings.js'

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }
const ROW_FIELDS = Object.keys(makeRow({ status: 'pending' })).sort()
// aws-sdk-client-mock is typed against an older @smithy/types than these clients, so the stub's
// shape is written out here.

interface Harness {
  clients: { ssm(region: string): SSMClient; drs(region: string): DrsClient }
  ssm: Record<string, Stub>
  drs: Stub
}

function harness(regions = ['us-east-1'], targetRegion = 'us-west-2'): Harness {
  const ssmClients: Record<string, SSMClient> = {}
  const ssm: Record<string, Stub> = {}
  for (const region of regions) {
    ssmClients[region] = new SSMClient({ region, credentials })
    ssm[region] = stub(ssmClients[region])
  }
  const drsClient = new DrsClient({ region: targetRegion, credentials })
  const drs = stub(drsClient)
  drs.on(DescribeSourceServersCommand).resolves({ items: [] })
  return {
    clients: {
      ssm: region => {
        const client = ssmClients[region]
        if (!client) throw new Error(`no SSM client for ${region}`)
        return client
      },
      drs: region => {
        if (region !== targetRegion) throw new Error(`DRS asked in ${region}`)
        return drsClient
      }
    },
    ssm,
    drs
  }
}

type FakeClock = SteppingClock
type FakePort = RecordingPort
const fakeClock = steppingClock
const fakePort = recordingPort

/**
 * The commands deploy would hand over for these rows: one per region and command id, sent
 * 55 minutes before the wait starts (so a listing asks from an hour back, clock skew included).
 */
function sentCommands(rows: Row[], sentAt: number): SentCommand[] {
  const byKey = new Map<string, SentCommand>()
  for (const row of rows) {
    if (row.status !== 'pending' || !row.commandId || !row.region || !row.instanceId) continue
    const key = `${row.region}/${row.commandId}`
    const known = byKey.get(key)
    if (known) known.instanceIds.push(row.instanceId)
    else
      byKey.set(key, {
        accountId: row.accountId ?? '',
        region: row.region,
        commandId: row.commandId,
        instanceIds: [row.instanceId],
        comment: 'drs-orchestration test',
        sentAt
      })
  }
  return [...byKey.values()]
}

const roundLines = (port: FakePort): string[] => port.infos.filter(line => /^wait \d+ /.test(line))

function pending(instanceId: string, commandId: string, region = 'us-east-1'): Row {
  return makeRow({
    accountId: ACCOUNT_ID,
    region,
    instanceId,
    name: `host-${instanceId.slice(-4)}`,
    platform: 'Linux',
    status: 'pending',
    commandId
  })
}

function command(id: string, status: string, completed: number, target: number): Command {
  return {
    CommandId: id,
    Status: status as Command['Status'],
    CompletedCount: completed,
    TargetCount: target,
    ErrorCount: 0,
    DeliveryTimedOutCount: 0
  }
}

function invocation(
  commandId: string,
  instanceId: string,
  status: string,
  statusDetails = status,
  output?: string
): CommandInvocation {
  return {
    CommandId: commandId,
    InstanceId: instanceId,
    Status: status as CommandInvocation['Status'],
    StatusDetails: statusDetails,
    CommandPlugins: [
      {
        Name: 'InstallAgent',
        Status: status as 'Success',
        Output: output
      }
    ]
  }
}

function server(
  instanceId: string,
  state: string,
  error?: { error?: string; rawError?: string }
): SourceServer {
  return {
    sourceServerID: `s-${instanceId.slice(2)}`,
    sourceProperties: { identificationHints: { awsInstanceID: instanceId } },
    dataReplicationInfo: {
      dataReplicationState: state as 'CONTINUOUS',
      dataReplicationError: error as { error?: 'AGENT_NOT_SEEN'; rawError?: string } | undefined
    }
  }
}

function awsError(name: string, message = `${name} happened`): Error {
  return Object.assign(new Error(message), { name, $metadata: {} })
}

const I1 = 'i-0000000000000a001'
const I2 = 'i-0000000000000a002'
const I3 = 'i-0000000000000a003'

describe('waitForFleet', () => {
  let h: Harness
  let clock: FakeClock
  let port: FakePort

  beforeEach(() => {
    h = harness()
    clock = fakeClock()
    port = fakePort()
  })

  const run = (settings: Partial<Settings>, rows: Row[], signal?: AbortSignal): Promise<Row[]> =>
    waitForFleet(
      makeSettings(settings),
      h.clients,
      rows,
      sentCommands(rows, clock.start - 55 * 60_000),
      port,
      clock,
      signal
    )

  it('returns the rows untouched with wait-for none', async () => {
    const rows = [pending(I1, 'c1')]
    const result = await run({ waitFor: 'none' }, rows)
    expect(result).toEqual(rows)
    expect(h.ssm['us-east-1'].calls()).toHaveLength(0)
    expect(h.drs.calls()).toHaveLength(0)
  })

  it('passes final rows through and makes no call when nothing is pending', async () => {
    const rows = [
      makeRow({
        accountId: ACCOUNT_ID,
        region: 'us-east-1',
        instanceId: I1,
        status: 'skipped-registered'
      }),
      makeRow({
        accountId: ACCOUNT_ID,
        region: 'us-east-1',
        status: 'failed',
        message: 'region down'
      })
    ]
    expect(await run({}, rows)).toEqual(rows)
    expect(h.ssm['us-east-1'].calls()).toHaveLength(0)
    expect(h.drs.calls()).toHaveLength(0)
  })

  it('installs: one status call, one invocation listing, one DRS listing; other rows pass through', async () => {
    const skipped = makeRow({
      accountId: ACCOUNT_ID,
      region: 'us-east-1',
      instanceId: I3,
      status: 'skipped-unmanaged',
      message: 'SSM agent ConnectionLost'
    })
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Success', 2, 2)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [invocation('c1', I1, 'Success'), invocation('c1', I2, 'Success')]
    })
    h.drs.on(DescribeSourceServersCommand).resolves({
      items: [
        server(I1, 'INITIATING'),
        server(I2, 'INITIAL_SYNC'),
        server('i-0ffffffffffffffff', 'CONTINUOUS')
      ]
    })

    const result = await run({}, [pending(I1, 'c1'), skipped, pending(I2, 'c1')])

    expect(result.map(r => [r.instanceId, r.status, r.sourceServerId, r.replicationState])).toEqual(
      [
        [I1, 'installed', 's-0000000000000a001', 'INITIATING'],
        [I3, 'skipped-unmanaged', null, null],
        [I2, 'installed', 's-0000000000000a002', 'INITIAL_SYNC']
      ]
    )
    expect(result[1]).toEqual(skipped)
    expect(result[0]).toMatchObject({
      commandId: 'c1',
      name: 'host-a001',
      platform: 'Linux',
      message: null
    })
    for (const row of result) expect(Object.keys(row).sort()).toEqual(ROW_FIELDS)
    expect(h.ssm['us-east-1'].commandCalls(ListCommandsCommand)).toHaveLength(1)
    expect(h.ssm['us-east-1'].commandCalls(ListCommandInvocationsCommand)).toHaveLength(1)
    expect(h.ssm['us-east-1'].commandCalls(ListCommandInvocationsCommand)[0].args[0].input).toEqual(
      {
        CommandId: 'c1',
        Details: true,
        MaxResults: 50,
        NextToken: undefined
      }
    )
    expect(h.ssm['us-east-1'].commandCalls(GetCommandInvocationCommand)).toHaveLength(0)
    expect(h.drs.commandCalls(DescribeSourceServersCommand)).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('maps each invocation status to its row, with StatusDetails and the output tail', async () => {
    const ids = [
      'i-0000000000000b001',
      'i-0000000000000b002',
      'i-0000000000000b003',
      'i-0000000000000b004'
    ]
    const longOutput = `${'downloading installer... '.repeat(100)}ERROR: checksum mismatch for aws-replication-installer-init`
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Failed', 4, 4)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [
        invocation('c1', ids[0], 'Failed', 'Failed', longOutput),
        invocation('c1', ids[1], 'Failed', 'Undeliverable'),
        invocation('c1', ids[2], 'Cancelled', 'Terminated'),
        invocation('c1', ids[3], 'TimedOut', 'DeliveryTimedOut')
      ]
    })
    const result = await run(
      {},
      ids.map(id => pending(id, 'c1'))
    )

    expect(result.map(r => r.status)).toEqual(['failed', 'failed', 'failed', 'timed-out'])
    expect(result[0].message).toMatch(/^install command failed; output: …/)
    expect(result[0].message).toContain(
      'ERROR: checksum mismatch for aws-replication-installer-init'
    )
    expect(result[0].message!.length).toBeLessThan(400)
    expect(result[1].message).toContain('(Undeliverable)')
    expect(result[1].message).toContain('could not be reached by SSM')
    expect(result[2].message).toContain('install command cancelled (Terminated)')
    expect(result[3].message).toContain('timed out before delivery (DeliveryTimedOut)')
    // Nothing succeeded, so DRS is never asked.
    expect(h.drs.commandCalls(DescribeSourceServersCommand)).toHaveLength(0)
    for (const row of result) expect(Object.keys(row).sort()).toEqual(ROW_FIELDS)
  })

  it('says an execution time-out is one', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'TimedOut', 1, 1)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [invocation('c1', I1, 'TimedOut', 'ExecutionTimedOut', 'still copying')]
    })
    const [row] = await run({}, [pending(I1, 'c1')])
    expect(row.status).toBe('timed-out')
    expect(row.message).toContain('timed out during execution (ExecutionTimedOut)')
    expect(row.message).toContain('output: still copying')
  })

  it('keeps looking for a late registration, then installs', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Success', 1, 1)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [invocation('c1', I1, 'Success')]
    })
    h.drs
      .on(DescribeSourceServersCommand)
      .resolvesOnce({ items: [] })
      .resolvesOnce({ items: [] })
      .resolvesOnce({ items: [] })
      .resolves({ items: [server(I1, 'INITIATING')] })

    const [row] = await run({}, [pending(I1, 'c1')])

    expect(row).toMatchObject({
      status: 'installed',
      sourceServerId: 's-0000000000000a001',
      replicationState: 'INITIATING'
    })
    expect(h.drs.commandCalls(DescribeSourceServersCommand)).toHaveLength(4)
    // The command was done after the first round: never asked again.
    expect(h.ssm['us-east-1'].commandCalls(ListCommandsCommand)).toHaveLength(1)
    expect(h.ssm['us-east-1'].commandCalls(ListCommandInvocationsCommand)).toHaveLength(1)
  })

  it('fails a Success that never registers, at the bound, saying what to check', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Success', 1, 1)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [invocation('c1', I1, 'Success')]
    })
    const [row] = await run({ timeoutMinutes: 0.5 }, [pending(I1, 'c1')])

    expect(row.status).toBe('failed')
    expect(row.message).toContain(
      'no DRS source server for this instance appeared in us-west-2 by the 0.5-minute bound'
    )
    expect(row.message).toContain('443')
    expect(row.message).toContain('TCP 1500')
    expect(row.message).toContain('failed checksum')
    expect(h.drs.commandCalls(DescribeSourceServersCommand).length).toBeGreaterThan(2)
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(30_000)
  })

  it('does not take an archived source server for a registration', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Success', 1, 1)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [invocation('c1', I1, 'Success')]
    })
    const archived = { ...server(I1, 'DISCONNECTED'), sourceServerID: 's-old', isArchived: true }
    h.drs
      .on(DescribeSourceServersCommand)
      .resolvesOnce({ items: [archived] })
      .resolves({ items: [archived, server(I1, 'INITIATING')] })
    const [row] = await run({}, [pending(I1, 'c1')])
    expect(row).toMatchObject({ status: 'installed', sourceServerId: 's-0000000000000a001' })
    expect(h.drs.commandCalls(DescribeSourceServersCommand)).toHaveLength(2)
  })

  it('reads every page of the DRS listing', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Success', 2, 2)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [invocation('c1', I1, 'Success'), invocation('c1', I2, 'Success')]
    })
    h.drs
      .on(DescribeSourceServersCommand)
      .resolvesOnce({ items: [server(I1, 'INITIATING')], nextToken: 'page-2' })
      .resolvesOnce({ items: [server(I2, 'INITIATING')] })
    const result = await run({}, [pending(I1, 'c1'), pending(I2, 'c1')])
    expect(result.map(r => r.status)).toEqual(['installed', 'installed'])
    // The paginator reuses one input object, so only the last page's token can be checked.
    const pages = h.drs.commandCalls(DescribeSourceServersCommand)
    expect(pages).toHaveLength(2)
    expect(pages[1].args[0].input).toMatchObject({ filters: {}, nextToken: 'page-2' })
  })

  describe('wait-for replication', () => {
    beforeEach(() => {
      h.ssm['us-east-1']
        .on(ListCommandsCommand)
        .resolves({ Commands: [command('c1', 'Success', 1, 1)] })
      h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
        CommandInvocations: [invocation('c1', I1, 'Success')]
      })
    })

    it('installs once the server reaches CONTINUOUS', async () => {
      h.drs
        .on(DescribeSourceServersCommand)
        .resolvesOnce({ items: [] })
        .resolvesOnce({ items: [server(I1, 'INITIATING')] })
        .resolvesOnce({ items: [server(I1, 'INITIAL_SYNC')] })
        .resolves({ items: [server(I1, 'CONTINUOUS')] })
      const [row] = await run({ waitFor: 'replication' }, [pending(I1, 'c1')])
      expect(row).toMatchObject({
        status: 'installed',
        replicationState: 'CONTINUOUS',
        message: null
      })
      const lines = roundLines(port)
      expect(lines[0]).toContain('1 awaiting DRS registration')
      expect(lines[1]).toContain('1 replicating (INITIATING 1)')
      expect(lines[2]).toContain('1 replicating (INITIAL_SYNC 1)')
      expect(lines[3]).toContain('1 installed')
    })

    it('times out a server not CONTINUOUS by the bound, with its state', async () => {
      h.drs.on(DescribeSourceServersCommand).resolves({ items: [server(I1, 'INITIAL_SYNC')] })
      const [row] = await run({ waitFor: 'replication', timeoutMinutes: 0.5 }, [pending(I1, 'c1')])
      expect(row).toMatchObject({
        status: 'timed-out',
        replicationState: 'INITIAL_SYNC',
        sourceServerId: 's-0000000000000a001'
      })
      expect(row.message).toBe('replication INITIAL_SYNC, not CONTINUOUS, at the 0.5-minute bound')
    })

    it('reports a stalled server and its replication error as it goes and at the bound', async () => {
      h.drs.on(DescribeSourceServersCommand).resolves({
        items: [
          server(I1, 'STALLED', {
            error: 'AGENT_NOT_SEEN',
            rawError: 'agent last seen 10 minutes ago'
          })
        ]
      })
      const [row] = await run({ waitFor: 'replication', timeoutMinutes: 0.5 }, [pending(I1, 'c1')])
      expect(row.status).toBe('timed-out')
      expect(row.replicationState).toBe('STALLED')
      expect(row.message).toContain('error AGENT_NOT_SEEN: agent last seen 10 minutes ago')
      expect(row.message).toContain('TCP 1500')
      expect(roundLines(port)[0]).toContain('replication errors: AGENT_NOT_SEEN 1')
      expect(port.snapshots[0][0]).toMatchObject({
        status: 'pending',
        replicationState: 'STALLED',
        message: 'replication STALLED; error AGENT_NOT_SEEN: agent last seen 10 minutes ago'
      })
    })

    it('names a failed initiation step', async () => {
      const stalled = server(I1, 'INITIATING')
      stalled.dataReplicationInfo!.dataReplicationInitiation = {
        steps: [
          { name: 'CREATE_SECURITY_GROUP', status: 'SUCCEEDED' },
          { name: 'CONNECT_AGENT_TO_REPLICATION_SERVER', status: 'FAILED' }
        ]
      }
      h.drs.on(DescribeSourceServersCommand).resolves({ items: [stalled] })
      const [row] = await run({ waitFor: 'replication', timeoutMinutes: 0.1 }, [pending(I1, 'c1')])
      expect(row.message).toContain('failed step CONNECT_AGENT_TO_REPLICATION_SERVER')
      expect(roundLines(port)[0]).toContain('replication errors: FAILED_STEP 1')
    })
  })

  it('times out what is still running at the bound, reading each instance once at the end', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'InProgress', 1, 3)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [
        invocation('c1', I1, 'Success'),
        invocation('c1', I2, 'InProgress'),
        invocation('c1', I3, 'Delayed')
      ]
    })
    h.drs.on(DescribeSourceServersCommand).resolves({ items: [server(I1, 'INITIATING')] })

    const result = await run({ timeoutMinutes: 0.5 }, [
      pending(I1, 'c1'),
      pending(I2, 'c1'),
      pending(I3, 'c1')
    ])

    expect(result.map(r => r.status)).toEqual(['installed', 'timed-out', 'timed-out'])
    expect(result[1].message).toBe('install command still InProgress at the 0.5-minute bound')
    expect(result[2].message).toBe('install command still Delayed at the 0.5-minute bound')
    expect(h.ssm['us-east-1'].commandCalls(ListCommandInvocationsCommand)).toHaveLength(1)
    expect(h.drs.commandCalls(DescribeSourceServersCommand)).toHaveLength(1)
  })

  describe('adaptive backoff', () => {
    it('grows while nothing changes and never sleeps past the bound', async () => {
      h.ssm['us-east-1']
        .on(ListCommandsCommand)
        .resolves({ Commands: [command('c1', 'InProgress', 0, 1)] })
      h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
        CommandInvocations: [invocation('c1', I1, 'InProgress')]
      })
      await run({ timeoutMinutes: 1 }, [pending(I1, 'c1')])
      expect(clock.sleeps).toEqual([5000, 7500, 11250, 16875, 19375])
      expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(60_000)
      expect(clock.now() - clock.start).toBe(60_000)
    })

    it('goes back to the first delay when something changes', async () => {
      h.ssm['us-east-1']
        .on(ListCommandsCommand)
        .resolvesOnce({ Commands: [command('c1', 'InProgress', 0, 2)] })
        .resolvesOnce({ Commands: [command('c1', 'InProgress', 0, 2)] })
        .resolvesOnce({ Commands: [command('c1', 'InProgress', 0, 2)] })
        .resolvesOnce({ Commands: [command('c1', 'InProgress', 1, 2)] })
        .resolvesOnce({ Commands: [command('c1', 'InProgress', 1, 2)] })
        .resolves({ Commands: [command('c1', 'Success', 2, 2)] })
      h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
        CommandInvocations: [invocation('c1', I1, 'Success'), invocation('c1', I2, 'Success')]
      })
      h.drs
        .on(DescribeSourceServersCommand)
        .resolves({ items: [server(I1, 'INITIATING'), server(I2, 'INITIATING')] })
      const result = await run({}, [pending(I1, 'c1'), pending(I2, 'c1')])
      expect(result.map(r => r.status)).toEqual(['installed', 'installed'])
      expect(clock.sleeps).toEqual([5000, 7500, 11250, 5000, 7500])
    })

    it('nextDelay starts, grows by the factor, caps and resets', () => {
      expect(nextDelay(null, false)).toBe(BACKOFF.initialMs)
      expect(nextDelay(5000, false)).toBe(7500)
      expect(nextDelay(25_000, false)).toBe(BACKOFF.maxMs)
      expect(nextDelay(BACKOFF.maxMs, false)).toBe(BACKOFF.maxMs)
      expect(nextDelay(BACKOFF.maxMs, true)).toBe(BACKOFF.initialMs)
    })

    it('nextDelay comes early when the estimate says the end is near, never under the floor', () => {
      expect(nextDelay(5000, true, 2400)).toBe(2400)
      expect(nextDelay(5000, true, 10)).toBe(MIN_POLL_MS)
      // An estimate never stretches the pause past the backoff.
      expect(nextDelay(5000, true, 60_000)).toBe(BACKOFF.initialMs)
      expect(nextDelay(5000, false, 60_000)).toBe(7500)
    })

    it('estimates the rest from the rate of the last interval', () => {
      const at = (ms: number, done: number) => ({ at: ms, done, total: 100 })
      expect(estimateRemainingMs(null, at(0, 10))).toBeNull()
      expect(estimateRemainingMs(at(0, 10), at(5000, 60))).toBe(4000)
      // No progress, or nothing left: nothing to estimate.
      expect(estimateRemainingMs(at(0, 10), at(5000, 10))).toBeNull()
      expect(estimateRemainingMs(at(0, 10), at(5000, 100))).toBeNull()
    })

    it('checks sooner when the rate of completions says the end is near', async () => {
      const ids = Array.from({ length: 10 }, (_, i) => `i-${String(i).padStart(17, '0')}`)
      const listings = [0, 5, 8, 9, 10].map(done => ({
        Commands: [
          {
            ...command('c1', done === 10 ? 'Success' : 'InProgress', done, 10),
            StatusDetails: done === 10 ? 'Success' : 'InProgress'
          }
        ]
      }))
      let call = 0
      h.ssm['us-east-1'].on(ListCommandsCommand).callsFake(() => listings[Math.min(call++, 4)])
      h.drs
        .on(DescribeSourceServersCommand)
        .resolves({ items: ids.map(id => server(id, 'INITIATING')) })
      const result = await run(
        {},
        ids.map(id => pending(id, 'c1'))
      )
      expect(result.every(r => r.status === 'installed')).toBe(true)
      // 5 of 10 invocations in the first 5 s leave 5 more at that rate (5 s, the backoff too);
      // 3 in the next 5 s leave 2 (3.3 s); 1 in 3.3 s leaves 1 (3.3 s); then all are done.
      expect(clock.sleeps).toEqual([5000, 5000, 3333, 3333])
    })
  })

  describe('a command whose counts prove success', () => {
    const succeeded = (id: string, n: number): Command => ({
      ...command(id, 'Success', n, n),
      StatusDetails: 'Success'
    })

    it('needs no invocation listing', async () => {
      h.ssm['us-east-1'].on(ListCommandsCommand).resolves({ Commands: [succeeded('c1', 2)] })
      h.drs
        .on(DescribeSourceServersCommand)
        .resolves({ items: [server(I1, 'INITIATING'), server(I2, 'INITIATING')] })
      const result = await run({}, [pending(I1, 'c1'), pending(I2, 'c1')])
      expect(result.map(r => [r.status, r.sourceServerId])).toEqual([
        ['installed', 's-0000000000000a001'],
        ['installed', 's-0000000000000a002']
      ])
      expect(h.ssm['us-east-1'].commandCalls(ListCommandInvocationsCommand)).toHaveLength(0)
      expect(h.drs.commandCalls(DescribeSourceServersCommand)).toHaveLength(1)
    })

    it('still fails a row whose server never appears, saying to read the output', async () => {
      h.ssm['us-east-1'].on(ListCommandsCommand).resolves({ Commands: [succeeded('c1', 1)] })
      const [row] = await run({ timeoutMinutes: 0.5 }, [pending(I1, 'c1')])
      expect(row.status).toBe('failed')
      expect(row.message).toContain('failed checksum')
      expect(h.ssm['us-east-1'].commandCalls(ListCommandInvocationsCommand)).toHaveLength(0)
    })

    it('is told apart from a Success with errors under MaxErrors, which is listed', () => {
      expect(everyInvocationSucceeded(succeeded('c1', 50))).toBe(true)
      // SSM says Success/Incomplete when some invocations were Undeliverable or Terminated.
      expect(
        everyInvocationSucceeded({ ...succeeded('c1', 50), StatusDetails: 'Incomplete' })
      ).toBe(false)
      expect(everyInvocationSucceeded({ ...succeeded('c1', 50), ErrorCount: 1 })).toBe(false)
      expect(everyInvocationSucceeded({ ...succeeded('c1', 50), DeliveryTimedOutCount: 1 })).toBe(
        false
      )
      expect(everyInvocationSucceeded({ ...succeeded('c1', 50), CompletedCount: 49 })).toBe(false)
      // Without StatusDetails (older answers, the other tests' fixtures) the listing decides.
      expect(everyInvocationSucceeded(command('c1', 'Success', 50, 50))).toBe(false)
    })
  })

  describe('polling that scales', () => {
    it('lists DRS at most every 5 s while commands still run, then every round', async () => {
      const done = (id: string, n: number): Command => ({
        ...command(id, 'Success', n, n),
        StatusDetails: 'Success'
      })
      const others = Array.from({ length: 10 }, (_, i) => `i-${String(i + 100).padStart(17, '0')}`)
      // c1 is done at once; c2's completions come quickly enough for checks under 5 s apart.
      const c2 = [0, 5, 8, 9].map(n => command('c2', 'InProgress', n, 10))
      let round = 0
      h.ssm['us-east-1'].on(ListCommandsCommand).callsFake(() => {
        const second = round < c2.length ? c2[round] : done('c2', 10)
        round++
        return { Commands: [done('c1', 1), second] }
      })
      const listedAt: number[] = []
      h.drs.on(DescribeSourceServersCommand).callsFake(() => {
        listedAt.push(clock.now() - clock.start)
        // I1's server appears late, so I1 waits through the rounds where c2 still runs.
        const ready = listedAt.length >= 4 ? [I1, ...others] : []
        return { items: ready.map(id => server(id, 'INITIATING')) }
      })
      const result = await run({}, [pending(I1, 'c1'), ...others.map(id => pending(id, 'c2'))])
      expect(result.every(r => r.status === 'installed')).toBe(true)
      expect(clock.sleeps).toEqual([5000, 5000, 3333, 3333])
      // Rounds at 0, 5, 10, 13.3 and 16.7 s: the one at 13.3 s skips DRS (listed 3.3 s before,
      // c2 still running); at 16.7 s c2 is done, so DRS is read again at once.
      expect(listedAt).toEqual([0, 5000, 10000, 16666])
    })

    it('uses one listing for many commands and one invocation listing per command', async () => {
      const rows: Row[] = []
      const commandIds = ['c1', 'c2', 'c3']
      const invocations: Record<string, CommandInvocation[]> = {}
      const servers: SourceServer[] = []
      for (const [n, id] of commandIds.entries()) {
        invocations[id] = []
        for (let i = 0; i < 50; i++) {
          const instanceId = `i-${String(n * 100 + i).padStart(17, '0')}`
          rows.push(pending(instanceId, id))
          invocations[id].push(invocation(id, instanceId, 'Success'))
          servers.push(server(instanceId, 'INITIATING'))
        }
      }
      h.ssm['us-east-1']
        .on(ListCommandsCommand)
        .resolvesOnce({
          Commands: [
            command('other', 'Success', 3, 3),
            ...commandIds.map(id => command(id, 'InProgress', 10, 50))
          ],
          NextToken: 'more'
        })
        .resolves({ Commands: commandIds.map(id => command(id, 'Success', 50, 50)) })
      for (const id of commandIds) {
        h.ssm['us-east-1']
          .on(ListCommandInvocationsCommand, { CommandId: id })
          .resolves({ CommandInvocations: invocations[id] })
      }
      h.drs.on(DescribeSourceServersCommand).resolves({ items: servers })

      const result = await run({}, rows)

      expect(result.every(r => r.status === 'installed')).toBe(true)
      const listCalls = h.ssm['us-east-1']
        .commandCalls(ListCommandsCommand)
        .map(c => c.args[0].input)
      // Round 1 found all three on the first page and stopped paging; round 2 the same.
      expect(listCalls).toHaveLength(2)
      for (const input of listCalls) {
        expect(input.CommandId).toBeUndefined()
        expect(input.MaxResults).toBe(50)
        expect(input.Filters).toEqual([
          { key: 'InvokedAfter', value: '2023-11-14T21:13:20Z' },
          { key: 'DocumentName', value: 'AWSDisasterRecovery-InstallDRAgentOnInstance' }
        ])
      }
      const invocationCalls = h.ssm['us-east-1']
        .commandCalls(ListCommandInvocationsCommand)
        .map(c => c.args[0].input.CommandId)
      expect(invocationCalls.sort()).toEqual(commandIds)
      expect(h.ssm['us-east-1'].commandCalls(GetCommandInvocationCommand)).toHaveLength(0)
      expect(h.drs.commandCalls(DescribeSourceServersCommand)).toHaveLength(1)
      expect(roundLines(port)).toHaveLength(2)
    })

    it('asks by id for a command the listing does not show', async () => {
      const rows = [pending(I1, 'c1'), pending(I2, 'c2'), pending(I3, 'c3')]
      h.ssm['us-east-1'].on(ListCommandsCommand, { CommandId: undefined }).resolves({
        Commands: [command('c1', 'Success', 1, 1), command('c2', 'Success', 1, 1)]
      })
      h.ssm['us-east-1']
        .on(ListCommandsCommand, { CommandId: 'c3' })
        .resolves({ Commands: [command('c3', 'Success', 1, 1)] })
      const instanceOf: Record<string, string> = { c1: I1, c2: I2, c3: I3 }
      h.ssm['us-east-1'].on(ListCommandInvocationsCommand).callsFake(input => {
        const id = input.CommandId ?? ''
        return { CommandInvocations: [invocation(id, instanceOf[id], 'Failed', 'Failed', 'boom')] }
      })
      const result = await run({}, rows)
      expect(result.map(r => r.status)).toEqual(['failed', 'failed', 'failed'])
      const inputs = h.ssm['us-east-1'].commandCalls(ListCommandsCommand).map(c => c.args[0].input)
      expect(inputs.map(i => i.CommandId ?? 'listing')).toEqual(['listing', 'c3'])
    })

    it('falls back to asking by id when the listing filters are refused', async () => {
      const rows = [pending(I1, 'c1'), pending(I2, 'c2')]
      h.ssm['us-east-1']
        .on(ListCommandsCommand, { CommandId: undefined })
        .rejects(awsError('InvalidFilterKey'))
      h.ssm['us-east-1']
        .on(ListCommandsCommand, { CommandId: 'c1' })
        .resolves({ Commands: [command('c1', 'Success', 1, 1)] })
      h.ssm['us-east-1']
        .on(ListCommandsCommand, { CommandId: 'c2' })
        .resolves({ Commands: [command('c2', 'InProgress', 0, 1)] })
      h.ssm['us-east-1'].on(ListCommandInvocationsCommand, { CommandId: 'c1' }).resolves({
        CommandInvocations: [invocation('c1', I1, 'Failed', 'Failed')]
      })
      h.ssm['us-east-1'].on(ListCommandInvocationsCommand, { CommandId: 'c2' }).resolves({
        CommandInvocations: [invocation('c2', I2, 'InProgress')]
      })
      const result = await run({ timeoutMinutes: 0.1 }, rows)
      expect(result.map(r => r.status)).toEqual(['failed', 'timed-out'])
      const inputs = h.ssm['us-east-1'].commandCalls(ListCommandsCommand).map(c => c.args[0].input)
      // One refused listing, then only ids: c1 and c2 in round 1, c2 alone afterwards.
      expect(inputs.filter(i => i.CommandId === undefined)).toHaveLength(1)
      expect(inputs.slice(0, 3).map(i => i.CommandId ?? 'listing')).toEqual(['listing', 'c1', 'c2'])
      expect(inputs.slice(3).every(i => i.CommandId === 'c2')).toBe(true)
    })
  })

  it('fails the rows of a region whose ListCommands is denied; other regions carry on', async () => {
    h = harness(['us-east-1', 'eu-west-1'])
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .rejects(awsError('AccessDeniedException', 'not authorized to perform ssm:ListCommands'))
    h.ssm['eu-west-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c2', 'Success', 1, 1)] })
    h.ssm['eu-west-1']
      .on(ListCommandInvocationsCommand)
      .resolves({ CommandInvocations: [invocation('c2', I2, 'Success')] })
    h.drs.on(DescribeSourceServersCommand).resolves({ items: [server(I2, 'INITIATING')] })

    const result = await run({}, [pending(I1, 'c1', 'us-east-1'), pending(I2, 'c2', 'eu-west-1')])

    expect(result[0].status).toBe('failed')
    expect(result[0].message).toContain(
      'ListCommands in us-east-1 failed (AccessDeniedException: not authorized to perform ssm:ListCommands)'
    )
    expect(result[0].commandId).toBe('c1')
    expect(result[1].status).toBe('installed')
  })

  it('retries a throttled call on the next round instead of failing', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .rejectsOnce(awsError('ThrottlingException', 'Rate exceeded'))
      .resolves({ Commands: [command('c1', 'Success', 1, 1)] })
    h.ssm['us-east-1']
      .on(ListCommandInvocationsCommand)
      .rejectsOnce(
        Object.assign(new Error('oops'), {
          name: 'InternalServerError',
          $metadata: { httpStatusCode: 500 }
        })
      )
      .resolves({ CommandInvocations: [invocation('c1', I1, 'Success')] })
    h.drs
      .on(DescribeSourceServersCommand)
      .rejectsOnce(awsError('ThrottlingException'))
      .resolves({ items: [server(I1, 'INITIATING')] })
    const [row] = await run({}, [pending(I1, 'c1')])
    expect(row.status).toBe('installed')
    const lines = roundLines(port)
    expect(lines[0]).toContain('ListCommands in us-east-1: ThrottlingException, retrying')
    expect(lines[1]).toContain('ListCommandInvocations in us-east-1: InternalServerError, retrying')
    expect(lines[2]).toContain('DescribeSourceServers in us-west-2: ThrottlingException, retrying')
  })

  it('says the last failed status check of a command still open at the bound', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .rejects(awsError('ThrottlingException', 'Rate exceeded'))
    h.ssm['us-east-1']
      .on(ListCommandInvocationsCommand)
      .rejects(awsError('ThrottlingException', 'Rate exceeded'))
    const [row] = await run({ timeoutMinutes: 0.1 }, [pending(I1, 'c1')])
    expect(row.status).toBe('timed-out')
    expect(row.message).toBe(
      'install command still Pending at the 0.1-minute bound (last status check failed: ThrottlingException: Rate exceeded)'
    )
  })

  it('fails the rows of a command SSM does not know', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('other', 'Success', 1, 1)] })
    h.ssm['us-east-1'].on(ListCommandsCommand, { CommandId: 'gone' }).resolves({ Commands: [] })
    h.ssm['us-east-1']
      .on(ListCommandsCommand, { CommandId: 'bad' })
      .rejects(awsError('InvalidCommandId'))
    const result = await run({}, [pending(I1, 'gone'), pending(I2, 'bad')])
    // Two commands > one listing page: the listing comes first and shows neither.
    expect(result.map(r => r.status)).toEqual(['failed', 'failed'])
    expect(result[0].message).toBe(
      'SSM has no command gone in us-east-1 (it expired or was never sent)'
    )
    expect(result[1].message).toBe(
      'SSM has no command bad in us-east-1 (it expired or was never sent)'
    )
  })

  it('fails an instance a finished command has no invocation for', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Failed', 1, 2)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [invocation('c1', I1, 'Failed', 'Failed')]
    })
    const result = await run({}, [pending(I1, 'c1'), pending(I2, 'c1')])
    expect(result[1]).toMatchObject({
      status: 'failed',
      message: 'SSM lists no invocation of command c1 for this instance (the command ended Failed)'
    })
  })

  it('fails the rows of a command whose invocations cannot be read', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Success', 1, 1)] })
    h.ssm['us-east-1']
      .on(ListCommandInvocationsCommand)
      .rejects(awsError('AccessDeniedException', 'no'))
    const [row] = await run({}, [pending(I1, 'c1')])
    expect(row.status).toBe('failed')
    expect(row.message).toContain(
      'ListCommandInvocations for c1 in us-east-1 failed (AccessDeniedException: no)'
    )
  })

  it('fails rows awaiting registration when DRS cannot be read', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'Success', 1, 1)] })
    h.ssm['us-east-1']
      .on(ListCommandInvocationsCommand)
      .resolves({ CommandInvocations: [invocation('c1', I1, 'Success')] })
    h.drs.on(DescribeSourceServersCommand).rejects(awsError('AccessDeniedException', 'denied'))
    const [row] = await run({}, [pending(I1, 'c1')])
    expect(row.status).toBe('failed')
    expect(row.message).toContain(
      'the install command succeeded, but its source server could not be confirmed'
    )
    expect(row.message).toContain('drs:DescribeSourceServers')
  })

  it('fails a pending row that carries no command id', async () => {
    const row = makeRow({
      accountId: ACCOUNT_ID,
      region: 'us-east-1',
      instanceId: I1,
      status: 'pending'
    })
    const [result] = await run({}, [row])
    expect(result.status).toBe('failed')
    expect(h.ssm['us-east-1'].calls()).toHaveLength(0)
  })

  it('calls progress and logs one line every round, counting per status', async () => {
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolvesOnce({ Commands: [command('c1', 'InProgress', 0, 2)] })
      .resolves({ Commands: [command('c1', 'Failed', 2, 2)] })
    h.ssm['us-east-1'].on(ListCommandInvocationsCommand).resolves({
      CommandInvocations: [
        invocation('c1', I1, 'Success'),
        invocation('c1', I2, 'Failed', 'Failed')
      ]
    })
    h.drs
      .on(DescribeSourceServersCommand)
      .resolvesOnce({ items: [] })
      .resolves({ items: [server(I1, 'INITIATING')] })
    const passThrough = makeRow({
      accountId: ACCOUNT_ID,
      region: 'us-east-1',
      instanceId: I3,
      status: 'dry-run'
    })
    await run({}, [pending(I1, 'c1'), pending(I2, 'c1'), passThrough])

    const lines = roundLines(port)
    expect(lines).toHaveLength(3)
    expect(port.snapshots).toHaveLength(3)
    expect(lines[0]).toBe('wait 1 (0s): 2 pending/in progress; next check in 5s')
    expect(lines[1]).toBe('wait 2 (5s): 1 awaiting DRS registration, 1 failed; next check in 5s')
    expect(lines[2]).toBe('wait 3 (10s): 1 installed, 1 failed')
    expect(port.snapshots[0].map(r => r.status)).toEqual(['pending', 'pending', 'dry-run'])
    expect(port.snapshots[0][0].message).toBe('command InProgress, 0 of 2 instances done')
    expect(port.snapshots[1].map(r => r.status)).toEqual(['pending', 'failed', 'dry-run'])
    expect(port.snapshots[2].map(r => r.status)).toEqual(['installed', 'failed', 'dry-run'])
  })

  it('returns the rows as known when the signal aborts', async () => {
    const controller = new AbortController()
    clock.onSleep = count => {
      if (count === 2) controller.abort()
    }
    h.ssm['us-east-1']
      .on(ListCommandsCommand)
      .resolves({ Commands: [command('c1', 'InProgress', 1, 2)] })
    const result = await run({}, [pending(I1, 'c1'), pending(I2, 'c1')], controller.signal)
    expect(result.map(r => r.status)).toEqual(['pending', 'pending'])
    expect(result[0]).toMatchObject({
      commandId: 'c1',
      message: 'wait cancelled; last seen: command InProgress, 1 of 2 instances done'
    })
    expect(h.ssm['us-east-1'].commandCalls(ListCommandsCommand)).toHaveLength(2)
    expect(port.snapshots.at(-1)!.map(r => r.message)).toEqual(result.map(r => r.message))
    for (const row of result) expect(Object.keys(row).sort()).toEqual(ROW_FIELDS)
  })

  it('returns at once when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const result = await run({}, [pending(I1, 'c1')], controller.signal)
    expect(result[0].status).toBe('pending')
    expect(h.ssm['us-east-1'].calls()).toHaveLength(0)
  })
})

describe('outputTail', () => {
  it('keeps the end of the failing plugin output on one line', () => {
    const tail = outputTail({
      CommandPlugins: [
        { Name: 'ok', Status: 'Success', Output: 'fine' },
        {
          Name: 'bad',
          Status: 'Failed',
          Output: `${'x'.repeat(1000)}\n----------ERROR-------\nInstallation failed\n`
        }
      ]
    })
    expect(tail).toHaveLength(300)
    expect(tail!.startsWith('…')).toBe(true)
    expect(tail!.endsWith('----------ERROR------- Installation failed')).toBe(true)
    expect(outputTail({ CommandPlugins: [] })).toBeNull()
  })
})
