import {
  AccessDeniedException,
  type DataReplicationState,
  DescribeSourceServersCommand,
  DrsClient,
  UninitializedAccountException,
  type SourceServer
} from '@aws-sdk/client-drs'
import { DescribeInstancesCommand, EC2Client, type Instance } from '@aws-sdk/client-ec2'
import {
  DescribeInstanceInformationCommand,
  SSMClient,
  type InstanceInformation
} from '@aws-sdk/client-ssm'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { stub, type Stub } from './fixtures/mock.js'
import {
  discoverFleet,
  instanceFilterSets,
  unknownIdRows,
  type DiscoveryClients,
  type RegionDiscovery
} from '../src/install/discover.js'
import {
  decideAfterSsm,
  decideBeforeSsm,
  DrsNotInitialisedError,
  loadRegistrations,
  regionFailureMessage,
  RunFailure,
  type Ec2Instance
} from '../src/install/preflight.js'
import type { Row } from '../src/shared/rows.js'
import { sdkError } from './fixtures/errors.js'
import { recordingPort } from './fixtures/port.js'
import { ACCOUNT_ID, makeSettings } from './fixtures/settings.js'

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }
const ROW_FIELDS = [
  'accountId',
  'region',
  'instanceId',
  'name',
  'platform',
  'status',
  'commandId',
  'sourceServerId',
  'replicationState',
  'message'
].sort()
const PROFILE = { Arn: `arn:aws:iam::${ACCOUNT_ID}:instance-profile/drs-agent` }

interface Fleet {
  clients: DiscoveryClients
  ec2: Record<string, Stub>
  ssm: Record<string, Stub>
  drs: Stub
}

function fleet(regions: string[], targetRegion = 'us-west-2'): Fleet {
  const ec2: Record<string, EC2Client> = {}
  const ssm: Record<string, SSMClient> = {}
  const ec2Mocks: Record<string, Stub> = {}
  const ssmMocks: Record<string, Stub> = {}
  for (const region of regions) {
    ec2[region] = new EC2Client({ region, credentials })
    ssm[region] = new SSMClient({ region, credentials })
    ec2Mocks[region] = stub(ec2[region])
    ssmMocks[region] = stub(ssm[region])
  }
  const drs = new DrsClient({ region: targetRegion, credentials })
  const drsMock = stub(drs)
  drsMock.on(DescribeSourceServersCommand).resolves({ items: [] })
  return {
    clients: {
      ec2: region => ec2[region],
      ssm: region => ssm[region],
      drs: region => {
        if (region !== targetRegion) throw new Error(`DRS asked in ${region}`)
        return drs
      }
    },
    ec2: ec2Mocks,
    ssm: ssmMocks,
    drs: drsMock
  }
}

function instance(id: string, extra: Partial<Instance> = {}): Instance {
  return {
    InstanceId: id,
    State: { Name: 'running' },
    PlatformDetails: 'Linux/UNIX',
    IamInstanceProfile: PROFILE,
    Tags: [{ Key: 'Name', Value: `web-${id.slice(-2)}` }],
    ...extra
  }
}

function reservations(instances: Instance[], NextToken?: string) {
  return { Reservations: [{ Instances: instances }], NextToken }
}

function online(id: string, extra: Partial<InstanceInformation> = {}): InstanceInformation {
  return { InstanceId: id, PingStatus: 'Online', PlatformType: 'Linux', ...extra }
}

function server(instanceId: string, sourceServerID: string, state = 'CONTINUOUS'): SourceServer {
  return {
    sourceServerID,
    sourceProperties: { identificationHints: { awsInstanceID: instanceId } },
    dataReplicationInfo: { dataReplicationState: state as DataReplicationState }
  }
}

/**
 * Answers with `responses` in turn and returns copies of the inputs as sent (the SDK paginators
 * reuse one input object, so the mock's own record shows only its last state).
 */
function pages<I>(
  mock: Stub,
  command: new (...args: never) => { input: I },
  responses: object[]
): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = []
  let next = 0
  mock.on(command).callsFake(input => {
    seen.push(structuredClone(input) as Record<string, unknown>)
    return responses[next++]
  })
  return seen
}

function expectComplete(rows: Row[]): void {
  for (const row of rows) expect(Object.keys(row).sort()).toEqual(ROW_FIELDS)
}

const id = (n: number): string => `i-${n.toString(16).padStart(17, '0')}`

describe('instanceFilterSets', () => {
  it('matches every tag and running instances only', () => {
    expect(instanceFilterSets(makeSettings())).toEqual([
      [
        { Name: 'tag:dr:enabled', Values: ['true'] },
        { Name: 'tag:dr:recovery-strategy', Values: ['drs'] },
        { Name: 'instance-state-name', Values: ['running'] }
      ]
    ])
  })

  it('looks ids up with the instance-id filter, 200 values at most, in any state', () => {
    const ids = Array.from({ length: 450 }, (_, n) => id(n))
    const sets = instanceFilterSets(makeSettings({ instanceIds: ids, tagFilters: [] }))
    expect(sets.map(set => set.map(filter => filter.Name))).toEqual([
      ['instance-id'],
      ['instance-id'],
      ['instance-id']
    ])
    expect(sets.map(set => set[0].Values?.length)).toEqual([200, 200, 50])
    expect(sets.flatMap(set => set[0].Values)).toEqual(ids)
  })
})

describe('loadRegistrations', () => {
  let f: Fleet
  beforeEach(() => {
    f = fleet(['us-east-1'])
  })

  it('reads every page and keys source servers by EC2 instance id', async () => {
    f.drs
      .on(DescribeSourceServersCommand)
      .resolvesOnce({ items: [server(id(1), 's-1')], nextToken: 'page-2' })
      .resolvesOnce({
        items: [
          server(id(2), 's-2', 'STALLED'),
          { sourceServerID: 's-vmware', sourceProperties: { identificationHints: {} } }
        ]
      })
    const map = await loadRegistrations(f.clients.drs('us-west-2'), 'us-west-2', true)
    expect(f.drs.calls()).toHaveLength(2)
    expect(f.drs.call(1).args[0].input).toMatchObject({ nextToken: 'page-2' })
    expect([...map.keys()]).toEqual([id(1), id(2)])
    expect(map.get(id(1))).toEqual({
      sourceServerId: 's-1',
      replicationState: 'CONTINUOUS',
      note: null
    })
    expect(map.get(id(2))?.note).toMatch(/STALLED/)
  })

  it('says when a server is disconnected, and prefers a connected one for the same instance', async () => {
    const old = server(id(1), 's-old', 'DISCONNECTED')
    old.lifeCycle = { lastSeenByServiceDateTime: '2024-01-01T00:00:00Z' }
    f.drs.on(DescribeSourceServersCommand).resolves({
      items: [old, server(id(1), 's-new'), server(id(2), 's-2', 'DISCONNECTED')]
    })
    const map = await loadRegistrations(f.clients.drs('us-west-2'), 'us-west-2', true)
    expect(map.get(id(1))?.sourceServerId).toBe('s-new')
    expect(map.get(id(2))?.note).toMatch(/DISCONNECTED/)
  })

  it('only checks DRS is initialised (one single-item call) without skip-registered', async () => {
    const map = await loadRegistrations(f.clients.drs('us-west-2'), 'us-west-2', false)
    expect(map.size).toBe(0)
    expect(f.drs.calls()).toHaveLength(1)
    expect(f.drs.call(0).args[0].input).toEqual({ filters: {}, maxResults: 1 })
  })

  it('turns UninitializedAccountException into DrsNotInitialisedError with the fix', async () => {
    f.drs.on(DescribeSourceServersCommand).rejects(
      new UninitializedAccountException({
        message: 'Account not initialized',
        $metadata: {}
      })
    )
    const failure = await loadRegistrations(f.clients.drs('us-west-2'), 'us-west-2', true).catch(
      (error: unknown) => error
    )
    expect(failure).toBeInstanceOf(DrsNotInitialisedError)
    expect(failure).toBeInstanceOf(RunFailure)
    expect((failure as RunFailure).kind).toBe('drs-not-initialised')
    expect((failure as Error).message).toMatch(/not initialised in us-west-2/)
    expect((failure as Error).message).toMatch(/default replication configuration template/)
  })

  it('turns any other DRS error into a RunFailure naming the API and code', async () => {
    f.drs
      .on(DescribeSourceServersCommand)
      .rejects(new AccessDeniedException({ message: 'nope', $metadata: {} }))
    const failure = await loadRegistrations(f.clients.drs('us-west-2'), 'us-west-2', false).catch(
      (error: unknown) => error
    )
    expect(failure).toBeInstanceOf(RunFailure)
    expect(failure).not.toBeInstanceOf(DrsNotInitialisedError)
    expect((failure as RunFailure).kind).toBe('drs-unavailable')
    expect((failure as Error).message).toMatch(
      /drs:DescribeSourceServers failed in us-west-2 \(AccessDeniedException: nope\).*needs drs:DescribeSourceServers/
    )
  })
})

describe('decisions (precedence)', () => {
  const settings = makeSettings()
  const base: Ec2Instance = {
    instanceId: id(1),
    name: 'web',
    platformDetails: 'Windows',
    instanceProfileArn: null,
    state: 'running'
  }
  const registered = {
    sourceServerId: 's-1',
    replicationState: 'STALLED',
    note: 'replication is STALLED'
  }

  it('not running beats registered', () => {
    const row = decideBeforeSsm(settings, 'us-east-1', { ...base, state: 'stopped' }, registered)
    expect(row).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/instance is stopped, not running/)
    })
  })

  it('registered beats unmanaged and no profile, with the replication state and note', () => {
    const row = decideBeforeSsm(settings, 'us-east-1', base, registered)
    expect(row).toMatchObject({
      status: 'skipped-registered',
      sourceServerId: 's-1',
      replicationState: 'STALLED',
      message: expect.stringMatching(/already a DRS source server in us-west-2.*STALLED/)
    })
  })

  it('registered is not skipped without skip-registered', () => {
    expect(
      decideBeforeSsm(makeSettings({ skipRegistered: false }), 'us-east-1', base, registered)
    ).toBeNull()
  })

  it('unmanaged beats no profile; ping status and fix in the message', () => {
    const lost = decideAfterSsm(settings, 'us-east-1', base, {
      pingStatus: 'ConnectionLost',
      platformType: 'Windows',
      lastPingDateTime: new Date('2024-05-01T00:00:00Z')
    })
    expect(lost).toMatchObject({
      status: 'skipped-unmanaged',
      platform: 'Windows',
      message: expect.stringMatching(/ConnectionLost \(last ping 2024-05-01T00:00:00.000Z\)/)
    })
    expect(decideAfterSsm(settings, 'us-east-1', base, undefined)).toMatchObject({
      status: 'skipped-unmanaged',
      message: expect.stringMatching(/not registered with SSM/)
    })
  })

  it('no instance profile fails with the policies to attach', () => {
    const row = decideAfterSsm(settings, 'us-east-1', base, {
      pingStatus: 'Online',
      platformType: 'Windows',
      lastPingDateTime: null
    })
    expect(row).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(
        /AWSElasticDisasterRecoveryEc2InstancePolicy.*AmazonSSMManagedInstanceCore/
      )
    })
  })

  it('a ready instance is a candidate with SSM platform preferred', () => {
    const candidate = decideAfterSsm(
      settings,
      'us-east-1',
      { ...base, instanceProfileArn: PROFILE.Arn },
      { pingStatus: 'Online', platformType: 'Windows', lastPingDateTime: null }
    )
    expect(candidate).toEqual({
      accountId: ACCOUNT_ID,
      region: 'us-east-1',
      instanceId: id(1),
      name: 'web',
      platform: 'Windows'
    })
  })
})

describe('discoverFleet', () => {
  it('pages EC2 and SSM with the exact filters and splits candidates from decided rows', async () => {
    const f = fleet(['us-east-1'])
    f.drs.on(DescribeSourceServersCommand).resolves({ items: [server(id(3), 's-3')] })
    const ec2Calls = pages(f.ec2['us-east-1'], DescribeInstancesCommand, [
      reservations([instance(id(1)), instance(id(2))], 'ec2-page-2'),
      reservations([
        instance(id(3)),
        instance(id(4), { IamInstanceProfile: undefined }),
        instance(id(5), { PlatformDetails: 'Windows', Tags: [] })
      ])
    ])
    const ssmCalls = pages(f.ssm['us-east-1'], DescribeInstanceInformationCommand, [
      { InstanceInformationList: [online(id(1))], NextToken: 'ssm-page-2' },
      { InstanceInformationList: [online(id(2), { PlatformType: undefined }), online(id(4))] }
    ])
    const port = recordingPort()

    const result = await discoverFleet(makeSettings(), f.clients, port)

    expect(ec2Calls).toEqual([
      {
        Filters: [
          { Name: 'tag:dr:enabled', Values: ['true'] },
          { Name: 'tag:dr:recovery-strategy', Values: ['drs'] },
          { Name: 'instance-state-name', Values: ['running'] }
        ],
        MaxResults: 1000
      },
      expect.objectContaining({ NextToken: 'ec2-page-2', MaxResults: 1000 })
    ])
    expect(ec2Calls[1].Filters).toEqual(ec2Calls[0].Filters)
    // The registered instance is never asked about.
    expect(ssmCalls).toEqual([
      { Filters: [{ Key: 'InstanceIds', Values: [id(1), id(2), id(4), id(5)] }], MaxResults: 50 },
      {
        Filters: [{ Key: 'InstanceIds', Values: [id(1), id(2), id(4), id(5)] }],
        MaxResults: 50,
        NextToken: 'ssm-page-2'
      }
    ])

    expect(result.candidates).toEqual([
      {
        accountId: ACCOUNT_ID,
        region: 'us-east-1',
        instanceId: id(1),
        name: 'web-01',
        platform: 'Linux'
      },
      {
        accountId: ACCOUNT_ID,
        region: 'us-east-1',
        instanceId: id(2),
        name: 'web-02',
        platform: 'Linux/UNIX'
      }
    ])
    expect(result.rows.map(row => [row.instanceId, row.status])).toEqual([
      [id(3), 'skipped-registered'],
      [id(4), 'failed'],
      [id(5), 'skipped-unmanaged']
    ])
    expect(result.rows[2]).toMatchObject({ name: null, platform: 'Windows' })
    expectComplete(result.rows)
    expect(port.lines).toContain(
      'info us-east-1: 5 instance(s) found, 2 eligible, 1 failed, 1 skipped-registered, 1 skipped-unmanaged'
    )
  })

  it('asks SSM in chunks of 50 ids', async () => {
    const f = fleet(['us-east-1'])
    const ids = Array.from({ length: 120 }, (_, n) => id(n + 1))
    f.ec2['us-east-1']
      .on(DescribeInstancesCommand)
      .resolves(reservations(ids.map(i => instance(i))))
    f.ssm['us-east-1'].on(DescribeInstanceInformationCommand).callsFake(input => ({
      InstanceInformationList: (input.Filters?.[0].Values ?? []).map(i => online(i))
    }))
    const result = await discoverFleet(makeSettings(), f.clients, recordingPort())
    const chunks = f.ssm['us-east-1']
      .commandCalls(DescribeInstanceInformationCommand)
      .map(call => call.args[0].input.Filters?.[0].Values ?? [])
    expect(chunks.map(c => c.length)).toEqual([50, 50, 20])
    expect(chunks.flat()).toEqual(ids)
    expect(result.candidates).toHaveLength(120)
  })

  it('registered AND unmanaged AND unprofiled is skipped-registered; without skip-registered it is unmanaged', async () => {
    const setup = () => {
      const f = fleet(['us-east-1'])
      f.drs
        .on(DescribeSourceServersCommand)
        .resolves({ items: [server(id(1), 's-1', 'DISCONNECTED')] })
      f.ec2['us-east-1']
        .on(DescribeInstancesCommand)
        .resolves(reservations([instance(id(1), { IamInstanceProfile: undefined })]))
      f.ssm['us-east-1']
        .on(DescribeInstanceInformationCommand)
        .resolves({ InstanceInformationList: [online(id(1), { PingStatus: 'Inactive' })] })
      return f
    }
    const skipping = await discoverFleet(makeSettings(), setup().clients, recordingPort())
    expect(skipping.rows).toEqual([
      expect.objectContaining({
        status: 'skipped-registered',
        sourceServerId: 's-1',
        replicationState: 'DISCONNECTED',
        message: expect.stringMatching(/DISCONNECTED/)
      })
    ])
    const f = setup()
    const all = await discoverFleet(
      makeSettings({ skipRegistered: false }),
      f.clients,
      recordingPort()
    )
    expect(all.rows).toEqual([
      expect.objectContaining({ status: 'skipped-unmanaged', sourceServerId: null })
    ])
    expect(f.drs.call(0).args[0].input).toEqual({ filters: {}, maxResults: 1 })
  })

  it('looks instance ids up in every region: found, not running, unknown everywhere', async () => {
    const f = fleet(['eu-west-1', 'us-east-1'])
    const settings = makeSettings({
      sourceRegions: ['us-east-1', 'eu-west-1'],
      tagFilters: [],
      instanceIds: [id(1), id(2), id(9)]
    })
    f.ec2['us-east-1'].on(DescribeInstancesCommand).resolves(reservations([instance(id(1))]))
    f.ec2['eu-west-1']
      .on(DescribeInstancesCommand)
      .resolves(reservations([instance(id(2), { State: { Name: 'stopped' } })]))
    f.ssm['us-east-1']
      .on(DescribeInstanceInformationCommand)
      .resolves({ InstanceInformationList: [online(id(1))] })

    const result = await discoverFleet(settings, f.clients, recordingPort())

    for (const region of ['us-east-1', 'eu-west-1']) {
      expect(f.ec2[region].call(0).args[0].input).toEqual({
        Filters: [{ Name: 'instance-id', Values: [id(1), id(2), id(9)] }],
        MaxResults: 1000
      })
    }
    // Nothing in eu-west-1 needs SSM: its only instance is stopped.
    expect(f.ssm['eu-west-1'].calls()).toHaveLength(0)
    expect(result.candidates.map(c => c.instanceId)).toEqual([id(1)])
    expect(result.rows).toEqual([
      expect.objectContaining({
        region: null,
        instanceId: id(9),
        status: 'failed',
        message: expect.stringMatching(/not found in us-east-1, eu-west-1/)
      }),
      expect.objectContaining({
        region: 'eu-west-1',
        instanceId: id(2),
        status: 'failed',
        message: expect.stringMatching(/instance is stopped, not running/)
      })
    ])
    expectComplete(result.rows)
  })

  it('isolates a failed region and names the API, code and hint', async () => {
    const f = fleet(['ap-south-1', 'eu-west-1', 'us-east-1'])
    const settings = makeSettings({
      sourceRegions: ['us-east-1', 'eu-west-1', 'ap-south-1'],
      tagFilters: [],
      instanceIds: [id(1), id(2)]
    })
    f.ec2['us-east-1']
      .on(DescribeInstancesCommand)
      .rejects(sdkError('UnauthorizedOperation', 'You are not authorized', 403))
    f.ec2['eu-west-1'].on(DescribeInstancesCommand).resolves(reservations([instance(id(1))]))
    f.ssm['eu-west-1']
      .on(DescribeInstanceInformationCommand)
      .resolves({ InstanceInformationList: [online(id(1))] })
    f.ec2['ap-south-1'].on(DescribeInstancesCommand).resolves(reservations([instance(id(2))]))
    f.ssm['ap-south-1']
      .on(DescribeInstanceInformationCommand)
      .rejects(sdkError('AccessDeniedException', 'not allowed', 400))
    const port = recordingPort()

    const result = await discoverFleet(settings, f.clients, port)

    expect(result.candidates.map(c => [c.region, c.instanceId])).toEqual([['eu-west-1', id(1)]])
    expect(result.rows).toEqual([
      expect.objectContaining({
        region: 'ap-south-1',
        instanceId: null,
        status: 'failed',
        message: expect.stringMatching(
          /^ssm:DescribeInstanceInformation failed in ap-south-1 \(AccessDeniedException: not allowed\); the target role needs ssm:DescribeInstanceInformation/
        )
      }),
      expect.objectContaining({
        region: 'us-east-1',
        instanceId: null,
        status: 'failed',
        message: expect.stringMatching(
          /^ec2:DescribeInstances failed in us-east-1 \(UnauthorizedOperation: You are not authorized\); the target role needs ec2:DescribeInstances/
        )
      })
    ])
    // id(2) was found in ap-south-1 before SSM failed there, so it is not "unknown".
    expect(result.rows.some(row => row.instanceId === id(2))).toBe(false)
    expectComplete(result.rows)
    expect(port.lines.filter(line => line.startsWith('warning'))).toHaveLength(2)
  })

  it('stops before any EC2 call when DRS is not initialised (dry-run too)', async () => {
    const f = fleet(['us-east-1'])
    f.drs.on(DescribeSourceServersCommand).rejects(
      new UninitializedAccountException({
        message: 'Account not initialized',
        $metadata: {}
      })
    )
    await expect(
      discoverFleet(makeSettings({ dryRun: true }), f.clients, recordingPort())
    ).rejects.toThrow(DrsNotInitialisedError)
    expect(f.ec2['us-east-1'].calls()).toHaveLength(0)
  })
})

describe('discoverFleet: cancel and progress', () => {
  it('hands each region to onRegion as it is answered', async () => {
    const f = fleet(['us-east-1', 'eu-west-1'])
    f.ec2['us-east-1'].on(DescribeInstancesCommand).resolves(reservations([instance(id(1))]))
    f.ec2['eu-west-1'].on(DescribeInstancesCommand).resolves(reservations([instance(id(2))]))
    f.ssm['us-east-1'].on(DescribeInstanceInformationCommand).resolves({
      InstanceInformationList: [online(id(1))]
    })
    f.ssm['eu-west-1'].on(DescribeInstanceInformationCommand).resolves({
      InstanceInformationList: [online(id(2), { PingStatus: 'ConnectionLost' })]
    })
    const seen: RegionDiscovery[] = []
    await discoverFleet(
      makeSettings({ sourceRegions: ['us-east-1', 'eu-west-1'] }),
      f.clients,
      recordingPort(),
      {
        onRegion: result => seen.push(result)
      }
    )
    const byRegion = new Map(seen.map(result => [result.region, result]))
    expect([...byRegion.keys()].sort()).toEqual(['eu-west-1', 'us-east-1'])
    expect(byRegion.get('us-east-1')?.candidates.map(c => c.instanceId)).toEqual([id(1)])
    expect(byRegion.get('eu-west-1')?.rows.map(row => [row.instanceId, row.status])).toEqual([
      [id(2), 'skipped-unmanaged']
    ])
  })

  it('makes no call after the signal aborts; a region cut short is a failed row saying so', async () => {
    const f = fleet(['us-east-1'])
    const cancel = new AbortController()
    // The first page answers, then the run is cancelled: no second EC2 page, no SSM call.
    f.ec2['us-east-1'].on(DescribeInstancesCommand).callsFake(() => {
      cancel.abort()
      return reservations([instance(id(1))], 'page-2')
    })
    const port = recordingPort()
    const result = await discoverFleet(makeSettings(), f.clients, port, { signal: cancel.signal })
    expect(f.ec2['us-east-1'].calls()).toHaveLength(1)
    expect(f.ssm['us-east-1'].calls()).toHaveLength(0)
    expect(result.candidates).toEqual([])
    expect(result.rows).toHaveLength(1)
    expect(result.rows[0]).toMatchObject({
      region: 'us-east-1',
      instanceId: null,
      status: 'failed'
    })
    expect(result.rows[0].message).toMatch(/^not searched: the run was cancelled/)
    expect(port.warnings).toHaveLength(1)
  })

  it('makes no EC2 or SSM call at all when the signal aborted before the phase', async () => {
    const f = fleet(['us-east-1', 'eu-west-1'])
    const cancel = new AbortController()
    cancel.abort()
    const result = await discoverFleet(
      makeSettings({
        sourceRegions: ['us-east-1', 'eu-west-1'],
        instanceIds: [id(1)],
        tagFilters: []
      }),
      f.clients,
      recordingPort(),
      { signal: cancel.signal }
    )
    for (const region of ['us-east-1', 'eu-west-1']) {
      expect(f.ec2[region].calls()).toHaveLength(0)
      expect(f.ssm[region].calls()).toHaveLength(0)
    }
    expect(result.rows.map(row => [row.region, row.instanceId, row.status])).toEqual([
      [null, id(1), 'failed'],
      ['eu-west-1', null, 'failed'],
      ['us-east-1', null, 'failed']
    ])
    expect(result.rows[0].message).toMatch(
      /not found in no region; us-east-1, eu-west-1 could not be searched/
    )
  })
})

describe('messages', () => {
  it('region failures carry a hint per kind of error', () => {
    expect(
      regionFailureMessage(
        'ec2:DescribeInstances',
        'af-south-1',
        sdkError('OptInRequired', 'opt in', 401)
      )
    ).toMatch(/af-south-1 may not be enabled/)
    expect(
      regionFailureMessage(
        'ec2:DescribeInstances',
        'us-east-1',
        sdkError('AuthFailure', 'bad', 401)
      )
    ).toMatch(/credentials were not accepted/)
    expect(
      regionFailureMessage(
        'ssm:DescribeInstanceInformation',
        'us-east-1',
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
      )
    ).toMatch(/the ssm endpoint in us-east-1 could not be reached/)
    expect(
      regionFailureMessage(
        'ec2:DescribeInstances',
        'us-east-1',
        sdkError('RequestLimitExceeded', 'slow', 503)
      )
    ).toMatch(/throttled/)
  })

  it('unknown ids say which regions could not be searched', () => {
    const rows = unknownIdRows(
      makeSettings({ instanceIds: [id(1), id(2)], tagFilters: [] }),
      new Set([id(1)]),
      ['us-east-1'],
      ['eu-west-1']
    )
    expect(rows).toEqual([
      {
        accountId: ACCOUNT_ID,
        region: null,
        instanceId: id(2),
        name: null,
        platform: null,
        status: 'failed',
        commandId: null,
        sourceServerId: null,
        replicationState: null,
        message: expect.stringMatching(/not found in us-east-1; eu-west-1 could not be searched/)
      }
    ])
  })
})
