// One account's check against mocked EC2 and DRS clients: matching, orphans looked up in batches,
// region and account failures as rows, instance-ids, and only read calls.
import {
  DescribeSourceServersCommand,
  DrsClient,
  UninitializedAccountException,
  type SourceServer
} from '@aws-sdk/client-drs'
import {
  DescribeInstancesCommand,
  EC2Client,
  type DescribeInstancesCommandInput,
  type Instance
} from '@aws-sdk/client-ec2'
import { describe, expect, it } from '@jest/globals'
import { checkAccount, type CheckClients } from '../src/check/account.js'
import type { CheckSettings } from '../src/check/settings.js'
import { sdkError } from './fixtures/errors.js'
import { stub, type Stub } from './fixtures/mock.js'
import { recordingPort } from './fixtures/port.js'
import { ACCOUNT_ID, RUN } from './fixtures/settings.js'

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }
const NOW = Date.parse('2026-12-01T12:00:00Z')
const TAGS = [
  { Key: 'dr:enabled', Value: 'true' },
  { Key: 'dr:recovery-strategy', Value: 'drs' }
]

function settings(overrides: Partial<CheckSettings> = {}): CheckSettings {
  return {
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
    sourceRegions: ['eu-west-1', 'us-east-1'],
    targetRegion: 'us-west-2',
    oidcRoleArn: null,
    audience: 'sts.amazonaws.com',
    roleSessionName: 'drs-4242-1',
    roleDurationSeconds: 3600,
    sessionTagging: true,
    tagFilters: [
      { key: 'dr:enabled', value: 'true' },
      { key: 'dr:recovery-strategy', value: 'drs' }
    ],
    instanceIds: [],
    notifyTopicArn: null,
    run: RUN,
    maxLagMinutes: 15,
    maxDrillAgeDays: null,
    failOn: ['unprotected', 'failed'],
    ...overrides
  }
}

const id = (n: number): string => `i-${n.toString(16).padStart(17, '0')}`

function instance(n: number, extra: Partial<Instance> = {}): Instance {
  return {
    InstanceId: id(n),
    State: { Name: 'running' },
    Tags: [{ Key: 'Name', Value: `host-${n}` }, ...TAGS],
    ...extra
  }
}

function server(
  n: number,
  state = 'CONTINUOUS',
  extra: { originRegion?: string; account?: string; archived?: boolean; sid?: string } = {}
): SourceServer {
  return {
    sourceServerID: extra.sid ?? `s-${n.toString(16).padStart(17, '0')}`,
    sourceProperties: { identificationHints: { awsInstanceID: id(n) } },
    sourceCloudProperties: {
      originRegion: extra.originRegion ?? 'us-east-1',
      originAccountID: extra.account ?? ACCOUNT_ID
    },
    dataReplicationInfo: {
      dataReplicationState: state as never,
      lagDuration: state === 'CONTINUOUS' ? 'PT1S' : undefined
    },
    lifeCycle: { lastSeenByServiceDateTime: '2026-12-01T11:59:00Z' },
    ...(extra.archived ? { isArchived: true } : {})
  } as SourceServer
}

interface World {
  clients: CheckClients
  ec2: Record<string, Stub>
  drs: Stub
}

/**
 * `listing` answers the filtered listing of each region; `known` holds every instance EC2 knows,
 * for the look-ups by instance-id filter.
 */
function world(
  servers: SourceServer[],
  listing: Record<string, Instance[]>,
  known: Record<string, Instance[]> = listing
): World {
  const ec2: Record<string, Stub> = {}
  const ec2Clients: Record<string, EC2Client> = {}
  for (const region of ['eu-west-1', 'us-east-1']) {
    ec2Clients[region] = new EC2Client({ region, credentials })
    ec2[region] = stub(ec2Clients[region])
    ec2[region].on(DescribeInstancesCommand).callsFake((input: DescribeInstancesCommandInput) => {
      const idFilter = input.Filters?.find(filter => filter.Name === 'instance-id')
      const pool = idFilter
        ? (known[region] ?? []).filter(i => idFilter.Values?.includes(i.InstanceId ?? ''))
        : (listing[region] ?? [])
      return { Reservations: [{ Instances: pool }] }
    })
  }
  const drsClient = new DrsClient({ region: 'us-west-2', credentials })
  const drs = stub(drsClient)
  drs.on(DescribeSourceServersCommand).resolves({ items: servers })
  return {
    clients: {
      ec2: region => ec2Clients[region],
      drs: region => {
        if (region !== 'us-west-2') throw new Error(`DRS asked in ${region}`)
        return drsClient
      }
    },
    ec2,
    drs
  }
}

const idFilterCalls = (mock: Stub): string[][] =>
  mock
    .commandCalls(DescribeInstancesCommand)
    .map(call => call.args[0].input.Filters?.find(f => f.Name === 'instance-id')?.Values ?? [])
    .filter(values => values.length > 0)

describe('checkAccount', () => {
  it('classifies matches, finds orphans with one batched look-up, and ignores foreign servers', async () => {
    const { clients, ec2 } = world(
      [
        server(1),
        server(3, 'CONTINUOUS'), // instance stopped
        server(4, 'DISCONNECTED'), // instance gone
        server(5), // instance untagged
        server(6, 'CONTINUOUS', { account: '999999999999' }), // another account's instance
        server(7, 'CONTINUOUS', { originRegion: 'ap-south-1' }), // not a source region
        server(8, 'CONTINUOUS', { archived: true }),
        server(9, 'STALLED', { originRegion: 'eu-west-1' })
      ],
      { 'us-east-1': [instance(1), instance(2)], 'eu-west-1': [instance(9)] },
      {
        'us-east-1': [
          instance(3, { State: { Name: 'stopped' } }),
          instance(5, { Tags: [{ Key: 'dr:enabled', Value: 'false' }] })
        ]
      }
    )
    const { rows, fatal } = await checkAccount(settings(), clients, recordingPort(), NOW)
    expect(fatal).toBeNull()
    expect(rows.map(row => [row.region, row.instanceId, row.status])).toEqual([
      ['eu-west-1', id(9), 'stalled'],
      ['us-east-1', id(1), 'protected'],
      ['us-east-1', id(2), 'unprotected'],
      ['us-east-1', id(3), 'orphaned'],
      ['us-east-1', id(4), 'orphaned'],
      ['us-east-1', id(5), 'orphaned']
    ])
    expect(rows[3].message).toContain('stopped')
    expect(rows[4].message).toContain('no longer exists in EC2 (terminated)')
    expect(rows[5].message).toContain(
      'dr:enabled is "false", not "true"; no tag dr:recovery-strategy'
    )
    expect(rows[1]).toEqual({
      operation: 'check',
      accountId: ACCOUNT_ID,
      region: 'us-east-1',
      instanceId: id(1),
      name: 'host-1',
      status: 'protected',
      sourceServerId: server(1).sourceServerID,
      replicationState: 'CONTINUOUS',
      lagSeconds: 1,
      lastSeenAt: '2026-12-01T11:59:00Z',
      lastDrillAt: null,
      message: 'CONTINUOUS, lag 1s'
    })
    expect(rows[3].name).toBe('host-3')
    // One look-up, in the orphans' own region, for exactly the orphans.
    expect(idFilterCalls(ec2['us-east-1'])).toEqual([[id(3), id(4), id(5)]])
    expect(idFilterCalls(ec2['eu-west-1'])).toEqual([])
  })

  it('batches orphan look-ups at 200 ids per call', async () => {
    const servers = Array.from({ length: 450 }, (_, n) => server(100 + n))
    const { clients, ec2 } = world(servers, { 'us-east-1': [] })
    const { rows } = await checkAccount(settings(), clients, recordingPort(), NOW)
    expect(rows).toHaveLength(450)
    expect(rows.every(row => row.status === 'orphaned')).toBe(true)
    expect(idFilterCalls(ec2['us-east-1']).map(ids => ids.length)).toEqual([200, 200, 50])
  })

  it('reports a second server of a running instance as orphaned', async () => {
    const { clients } = world(
      [server(1, 'DISCONNECTED', { sid: 's-0000000000000000a' }), server(1, 'CONTINUOUS')],
      { 'us-east-1': [instance(1)] }
    )
    const { rows } = await checkAccount(settings(), clients, recordingPort(), NOW)
    expect(rows.map(row => [row.sourceServerId, row.status])).toEqual([
      [server(1).sourceServerID, 'protected'],
      ['s-0000000000000000a', 'orphaned']
    ])
    expect(rows[1].message).toContain(
      `second source server for the same instance (the one reported is ${server(1).sourceServerID})`
    )
  })

  it('turns a region that fails into one failed row and skips its orphans', async () => {
    const { clients, ec2 } = world(
      [server(1), server(9, 'CONTINUOUS', { originRegion: 'eu-west-1' })],
      {
        'us-east-1': [instance(1)]
      }
    )
    ec2['eu-west-1']
      .on(DescribeInstancesCommand)
      .rejects(sdkError('UnauthorizedOperation', 'You are not authorized', 403))
    const port = recordingPort()
    const { rows, fatal } = await checkAccount(settings(), clients, port, NOW)
    expect(fatal).toBeNull()
    expect(rows.map(row => [row.region, row.instanceId, row.status])).toEqual([
      ['eu-west-1', null, 'failed'],
      ['us-east-1', id(1), 'protected']
    ])
    expect(rows[0].message).toContain(
      'ec2:DescribeInstances failed in eu-west-1 (UnauthorizedOperation'
    )
    expect(port.warnings.join('\n')).toContain('eu-west-1')
  })

  it('stops the account when DRS is not initialised: a failed row per source region, no EC2 call', async () => {
    const { clients, ec2, drs } = world([], {})
    drs
      .on(DescribeSourceServersCommand)
      .rejects(new UninitializedAccountException({ message: 'not initialized', $metadata: {} }))
    const { rows, fatal } = await checkAccount(settings(), clients, recordingPort(), NOW)
    expect(fatal).toContain('not initialised in us-west-2')
    expect(rows.map(row => [row.region, row.status])).toEqual([
      ['eu-west-1', 'failed'],
      ['us-east-1', 'failed']
    ])
    expect(rows[0].message).toBe(fatal)
    expect(ec2['us-east-1'].calls()).toHaveLength(0)
    expect(ec2['eu-west-1'].calls()).toHaveLength(0)
  })

  it('with instance-ids: unknown and stopped ids fail, orphans are not reported', async () => {
    const { clients, ec2 } = world([server(1), server(3)], {
      'us-east-1': [instance(1), instance(2, { State: { Name: 'stopped' } })]
    })
    const { rows } = await checkAccount(
      settings({ instanceIds: [id(1), id(2), id(77)], tagFilters: [] }),
      clients,
      recordingPort(),
      NOW
    )
    expect(rows.map(row => [row.region, row.instanceId, row.status])).toEqual([
      [null, id(77), 'failed'],
      ['us-east-1', id(1), 'protected'],
      ['us-east-1', id(2), 'failed']
    ])
    expect(rows[0].message).toContain('instance not found in eu-west-1, us-east-1')
    expect(rows[2].message).toContain('instance is stopped, not running')
    // The only EC2 calls are the listings by the given ids.
    for (const mock of Object.values(ec2)) {
      expect(idFilterCalls(mock)).toEqual([[id(1), id(2), id(77)]])
    }
  })
})
