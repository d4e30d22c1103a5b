// The simulator's DRS beyond the install: every replication state, errors, lag and last launch
// (protection check), orphaned servers and EC2's view of their instances, and drills (jobs,
// launch statuses, log items, recovery instances, status checks, termination), all through the
// real SDK clients.

import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  DescribeInstancesCommand,
  DescribeInstanceStatusCommand,
  EC2Client
} from '@aws-sdk/client-ec2'
import { DescribeInstanceInformationCommand, SSMClient } from '@aws-sdk/client-ssm'
import {
  DescribeJobLogItemsCommand,
  DescribeJobsCommand,
  DescribeRecoveryInstancesCommand,
  DescribeSourceServersCommand,
  DrsClient,
  StartRecoveryCommand,
  TerminateRecoveryInstancesCommand
} from '@aws-sdk/client-drs'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>
interface Creds {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

const ACCOUNT = '222222222222'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const SOURCE = 'us-east-1'
const TARGET = 'us-west-2'
const dr = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }
const id = (n: number): string => `i-${n.toString(16).padStart(17, '0')}`
const sid = (n: number): string => `s-${n.toString(16).padStart(17, '0')}`

const sims: Simulator[] = []
const clients: Array<{ destroy(): void }> = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of sims.splice(0)) await s.close()
})

async function start(regions: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const sim = await startSimulator(
    {
      accounts: {
        [ACCOUNT]: { roles: [{ arn: ROLE, trustedPrincipals: ['ambient'] }], regions }
      },
      // sessions in real time, so simulated hours of drills do not expire them
      credentialTime: 'real',
      ...extra
    },
    { manualClock: true }
  )
  sims.push(sim)
  const sts = new STSClient({ endpoint: sim.url, region: SOURCE, credentials: sim.ambient })
  clients.push(sts)
  const out = await sts.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'drs-test' }))
  const creds: Creds = {
    accessKeyId: out.Credentials?.AccessKeyId ?? '',
    secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
    sessionToken: out.Credentials?.SessionToken
  }
  const make = <T extends { destroy(): void }>(c: T): T => (clients.push(c), c)
  const config = (region: string) => ({
    endpoint: sim.url,
    region,
    credentials: creds,
    maxAttempts: 1
  })
  return {
    sim,
    creds,
    drs: make(new DrsClient(config(TARGET))),
    ec2: make(new EC2Client(config(SOURCE))),
    ec2Target: make(new EC2Client(config(TARGET)))
  }
}

const STATES = [
  'STOPPED',
  'INITIATING',
  'INITIAL_SYNC',
  'BACKLOG',
  'CREATING_SNAPSHOT',
  'CONTINUOUS',
  'PAUSED',
  'RESCAN',
  'STALLED',
  'DISCONNECTED'
]

describe('DRS source servers for the protection check', () => {
  it('returns every declared replication state with errors, lag, ETA, last seen and last launch', async () => {
    const servers = STATES.map((state, i) => ({
      sourceServerID: sid(i + 1),
      instanceId: id(i + 1),
      replicationState: state
    }))
    servers.push(
      {
        sourceServerID: sid(0x20),
        instanceId: id(0x20),
        replicationState: 'CONTINUOUS',
        lagDuration: 'PT1H2M',
        lastLaunch: { type: 'DRILL', daysAgo: 40 },
        lastSeenSecondsAgo: 30
      } as never,
      {
        sourceServerID: sid(0x21),
        instanceId: id(0x21),
        replicationState: 'BACKLOG',
        etaAfterSeconds: 1800,
        lastLaunch: { type: 'RECOVERY', secondsAgo: 600, status: 'FAILED' }
      } as never,
      {
        sourceServerID: sid(0x22),
        instanceId: id(0x22),
        replicationState: 'INITIAL_SYNC',
        dataReplicationError: {
          error: 'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER',
          rawError: 'Connection timed out on TCP 1500'
        }
      } as never,
      {
        sourceServerID: sid(0x23),
        instanceId: id(0x23),
        archived: true,
        originRegion: 'eu-west-1',
        originAccountID: '444444444444'
      } as never
    )
    const { sim, drs } = await start({
      [SOURCE]: {
        instances: servers.map(s => ({ id: (s as { instanceId: string }).instanceId, tags: dr }))
      },
      [TARGET]: { sourceServers: servers }
    })
    const out = await drs.send(new DescribeSourceServersCommand({}))
    const byId = new Map((out.items ?? []).map(s => [s.sourceServerID, s]))
    STATES.forEach((state, i) => {
      const item = byId.get(sid(i + 1))
      expect(item?.dataReplicationInfo?.dataReplicationState).toBe(state)
      expect(item?.sourceProperties?.identificationHints?.awsInstanceID).toBe(id(i + 1))
      expect(item?.sourceCloudProperties).toMatchObject({
        originRegion: SOURCE,
        originAccountID: ACCOUNT
      })
      expect(item?.lastLaunchResult).toBe('NOT_STARTED')
      expect(item?.lifeCycle?.lastLaunch).toBeUndefined()
    })
    expect(byId.get(sid(6))?.dataReplicationInfo?.lagDuration).toBe('PT0S')
    expect(byId.get(sid(9))?.dataReplicationInfo?.dataReplicationError).toMatchObject({
      error: 'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER'
    })
    expect(byId.get(sid(10))?.dataReplicationInfo?.dataReplicationError).toBeUndefined()
    const disconnectedSeen = Date.parse(
      byId.get(sid(10))?.lifeCycle?.lastSeenByServiceDateTime ?? ''
    )
    expect(Date.now() - disconnectedSeen).toBeGreaterThan(3600_000)

    const lagging = byId.get(sid(0x20))
    expect(lagging?.dataReplicationInfo?.lagDuration).toBe('PT1H2M')
    expect(lagging?.lastLaunchResult).toBe('SUCCEEDED')
    expect(lagging?.lifeCycle?.lastLaunch?.initiated?.type).toBe('DRILL')
    expect(lagging?.lifeCycle?.lastLaunch?.initiated?.jobID).toMatch(/^drsjob-[0-9a-f]{17}$/)
    expect(lagging?.lifeCycle?.lastLaunch?.status).toBe('LAUNCHED')
    const drillAge =
      Date.now() - Date.parse(lagging?.lifeCycle?.lastLaunch?.initiated?.apiCallDateTime ?? '')
    expect(Math.round(drillAge / 86400_000)).toBe(40)
    const seenAge = Date.now() - Date.parse(lagging?.lifeCycle?.lastSeenByServiceDateTime ?? '')
    expect(Math.round(seenAge / 1000)).toBe(30)

    const backlog = byId.get(sid(0x21))
    expect(backlog?.lastLaunchResult).toBe('FAILED')
    expect(backlog?.lifeCycle?.lastLaunch?.initiated?.type).toBe('RECOVERY')
    expect(
      Date.parse(backlog?.dataReplicationInfo?.etaDateTime ?? '') - Date.now()
    ).toBeGreaterThan(1700_000)
    expect(
      backlog?.dataReplicationInfo?.replicatedDisks?.[0]?.backloggedStorageBytes
    ).toBeGreaterThan(0)

    expect(byId.get(sid(0x22))?.dataReplicationInfo?.dataReplicationError).toEqual({
      error: 'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER',
      rawError: 'Connection timed out on TCP 1500'
    })
    const archived = byId.get(sid(0x23))
    // isArchived is newer than client-drs 3.523's types; the deserializer passes it through
    expect((archived as { isArchived?: boolean })?.isArchived).toBe(true)
    expect(archived?.sourceCloudProperties).toMatchObject({
      originRegion: 'eu-west-1',
      originAccountID: '444444444444'
    })
    expect((byId.get(sid(1)) as { isArchived?: boolean })?.isArchived).toBeUndefined()
    // state holds; time passing does not move a declared state
    sim.advance(7200)
    const later = await drs.send(
      new DescribeSourceServersCommand({ filters: { sourceServerIDs: [sid(3)] } })
    )
    expect(later.items?.[0]?.dataReplicationInfo?.dataReplicationState).toBe('INITIAL_SYNC')
  })

  it('refuses an unknown replication state in the scenario', async () => {
    await expect(
      startSimulator({
        accounts: {
          [ACCOUNT]: { regions: { [TARGET]: { sourceServers: [{ replicationState: 'HAPPY' }] } } }
        }
      })
    ).rejects.toThrow(/unknown replicationState HAPPY/)
  })

  it('lets an orphan look-up by instance-id filter see terminated and stopped instances for an hour', async () => {
    const RECENT = id(0x31)
    const LONG_AGO = id(0x32)
    const STOPPED = id(0x33)
    const UNTAGGED = id(0x34)
    const { sim, ec2 } = await start({
      [SOURCE]: {
        instances: [
          { id: RECENT, tags: dr, state: 'terminated', terminatedSecondsAgo: 600 },
          { id: LONG_AGO, tags: dr, state: 'terminated', terminatedSecondsAgo: 7200 },
          { id: STOPPED, tags: dr, state: 'stopped' },
          { id: UNTAGGED, tags: { team: 'x' } }
        ]
      },
      [TARGET]: {
        sourceServers: [RECENT, LONG_AGO, STOPPED, UNTAGGED, id(0x35)].map(instanceId => ({
          instanceId
        }))
      }
    })
    const lookup = async () => {
      const out = await ec2.send(
        new DescribeInstancesCommand({
          Filters: [
            { Name: 'instance-id', Values: [RECENT, LONG_AGO, STOPPED, UNTAGGED, id(0x35)] }
          ]
        })
      )
      return new Map(
        (out.Reservations ?? [])
          .flatMap(r => r.Instances ?? [])
          .map(i => [i.InstanceId, { state: i.State?.Name, tags: i.Tags ?? [] }])
      )
    }
    const first = await lookup()
    expect([...first.keys()].sort()).toEqual([RECENT, STOPPED, UNTAGGED].sort())
    expect(first.get(RECENT)?.state).toBe('terminated')
    expect(first.get(STOPPED)?.state).toBe('stopped')
    expect(first.get(UNTAGGED)?.tags).toEqual([{ Key: 'team', Value: 'x' }])
    // by id, a terminated instance long gone is unknown, as in EC2
    await expect(
      ec2.send(new DescribeInstancesCommand({ InstanceIds: [LONG_AGO] }))
    ).rejects.toMatchObject({ name: 'InvalidInstanceID.NotFound' })
    // look-ups must be batched: EC2 takes at most 200 filter values a call
    const values = Array.from({ length: 201 }, (_, i) => id(0x1000 + i))
    await expect(
      ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: values }] }))
    ).rejects.toMatchObject({ name: 'FilterLimitExceeded' })
    const direct = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [RECENT] }))
    expect(direct.Reservations?.[0]?.Instances?.[0]?.State?.Name).toBe('terminated')
    // the terminated one leaves the listing once its hour is over
    sim.advance(3000)
    const later = await lookup()
    expect([...later.keys()].sort()).toEqual([STOPPED, UNTAGGED].sort())
  })
})

const LAUNCH_TAG = { 'drs-orchestration:run': 'drs-42-1' }

/** A target region with CONTINUOUS servers for the given source instances. */
function drillRegions(
  servers: Array<Record<string, unknown> & { n: number }>,
  target: Record<string, unknown> = {}
) {
  return {
    [SOURCE]: { instances: servers.map(s => ({ id: id(s.n), name: `app-${s.n}`, tags: dr })) },
    [TARGET]: {
      ...target,
      sourceServers: [
        ...servers.map(({ n, ...rest }) => ({
          sourceServerID: sid(n),
          instanceId: id(n),
          ...rest
        })),
        ...(((target as { sourceServers?: unknown[] }).sourceServers ?? []) as unknown[])
      ]
    }
  }
}

describe('DRS drills', () => {
  it('runs a clean drill: job statuses, recovery instance, EC2 status checks, SSM, log, termination', async () => {
    const { sim, creds, drs, ec2Target } = await start(
      drillRegions([
        { n: 1, lagSeconds: 30 },
        { n: 2, drill: { ssm: true, launchSeconds: 300 } }
      ])
    )
    const ssm = new SSMClient({
      endpoint: sim.url,
      region: TARGET,
      credentials: creds,
      maxAttempts: 1
    })
    clients.push(ssm)
    const started = await drs.send(
      new StartRecoveryCommand({
        sourceServers: [{ sourceServerID: sid(1) }, { sourceServerID: sid(2) }],
        isDrill: true,
        tags: LAUNCH_TAG
      })
    )
    expect(started.$metadata.httpStatusCode).toBe(202)
    const job = started.job
    expect(job).toMatchObject({
      type: 'LAUNCH',
      initiatedBy: 'START_DRILL',
      status: 'PENDING',
      tags: LAUNCH_TAG,
      participatingServers: [
        { sourceServerID: sid(1), launchStatus: 'PENDING' },
        { sourceServerID: sid(2), launchStatus: 'PENDING' }
      ]
    })
    expect(job?.jobID).toMatch(/^drsjob-[0-9a-zA-Z]{17}$/)
    const describe = async () =>
      (await drs.send(new DescribeJobsCommand({ filters: { jobIDs: [job?.jobID ?? ''] } })))
        .items?.[0]
    sim.advance(10)
    expect(await describe()).toMatchObject({
      status: 'STARTED',
      participatingServers: [{ launchStatus: 'IN_PROGRESS' }, { launchStatus: 'IN_PROGRESS' }]
    })
    const during = await drs.send(new DescribeSourceServersCommand({}))
    expect(during.items?.[0]?.lifeCycle?.lastLaunch).toMatchObject({
      initiated: { jobID: job?.jobID, type: 'DRILL' },
      status: 'IN_PROGRESS'
    })
    expect(during.items?.[0]?.lastLaunchResult).toBe('PENDING')
    sim.advance(300)
    const half = await describe()
    expect(half?.status).toBe('STARTED')
    expect(half?.participatingServers?.map(p => p.launchStatus)).toEqual([
      'IN_PROGRESS',
      'LAUNCHED'
    ])
    sim.advance(300)
    const done = await describe()
    expect(done?.status).toBe('COMPLETED')
    expect(done?.endDateTime).toBeDefined()
    expect(done?.participatingServers?.map(p => p.launchStatus)).toEqual(['LAUNCHED', 'LAUNCHED'])

    const ris = await drs.send(new DescribeRecoveryInstancesCommand({}))
    expect(ris.items).toHaveLength(2)
    const ri = ris.items?.find(r => r.sourceServerID === sid(1))
    expect(ri).toMatchObject({
      jobID: job?.jobID,
      isDrill: true,
      ec2InstanceState: 'RUNNING',
      tags: LAUNCH_TAG
    })
    expect(ri?.recoveryInstanceID).toBe(ri?.ec2InstanceID)
    expect(done?.participatingServers?.[0]?.recoveryInstanceID).toBe(ri?.recoveryInstanceID)
    // the on-demand snapshot is as old as the replication lag at StartRecovery
    // (timestamps map simulated time to the wall clock as seen from the answering moment, so
    // compare times from one answer)
    const jobCreated = Date.parse(done?.creationDateTime ?? '')
    const snapshot = Date.parse(ri?.pointInTimeSnapshotDateTime ?? '')
    expect(Math.round((jobCreated - snapshot) / 1000)).toBe(30)
    const byServer = await drs.send(
      new DescribeRecoveryInstancesCommand({ filters: { sourceServerIDs: [sid(2)] } })
    )
    expect(byServer.items?.map(r => r.sourceServerID)).toEqual([sid(2)])
    const servers = await drs.send(new DescribeSourceServersCommand({}))
    expect(servers.items?.[0]).toMatchObject({
      lastLaunchResult: 'SUCCEEDED',
      recoveryInstanceId: ri?.recoveryInstanceID,
      lifeCycle: { lastLaunch: { status: 'LAUNCHED' } }
    })

    // EC2 in the target region: the instance and its status checks
    const ec2Id = ri?.ec2InstanceID ?? ''
    const inst = await ec2Target.send(new DescribeInstancesCommand({ InstanceIds: [ec2Id] }))
    expect(inst.Reservations?.[0]?.Instances?.[0]?.State?.Name).toBe('running')
    const status = async () =>
      (await ec2Target.send(new DescribeInstanceStatusCommand({ InstanceIds: [ec2Id] })))
        .InstanceStatuses?.[0]
    expect(await status()).toMatchObject({
      InstanceId: ec2Id,
      InstanceState: { Name: 'running', Code: 16 },
      InstanceStatus: { Status: 'initializing' },
      SystemStatus: { Status: 'initializing' }
    })
    sim.advance(180)
    expect(await status()).toMatchObject({
      InstanceStatus: { Status: 'ok', Details: [{ Name: 'reachability', Status: 'passed' }] },
      SystemStatus: { Status: 'ok' }
    })
    // only the server with `ssm: true` registers with SSM
    const info = await ssm.send(new DescribeInstanceInformationCommand({}))
    const other = ris.items?.find(r => r.sourceServerID === sid(2))?.ec2InstanceID
    expect(info.InstanceInformationList?.map(i => [i.InstanceId, i.PingStatus])).toEqual([
      [other, 'Online']
    ])

    const log = await drs.send(new DescribeJobLogItemsCommand({ jobID: job?.jobID }))
    const events = (log.items ?? []).map(i => i.event)
    expect(events[0]).toBe('JOB_START')
    expect(events[events.length - 1]).toBe('JOB_END')
    expect(events.filter(e => e === 'LAUNCH_START')).toHaveLength(2)
    expect(events).not.toContain('LAUNCH_FAILED')

    // termination: a TERMINATE job, EC2 shutting-down then terminated, DRS forgets it
    await expect(
      drs.send(new TerminateRecoveryInstancesCommand({ recoveryInstanceIDs: [id(0xdead)] }))
    ).rejects.toMatchObject({ name: 'ValidationException' })
    const term = await drs.send(
      new TerminateRecoveryInstancesCommand({ recoveryInstanceIDs: [ec2Id] })
    )
    expect(term.job).toMatchObject({
      type: 'TERMINATE',
      initiatedBy: 'TERMINATE_RECOVERY_INSTANCES',
      status: 'PENDING',
      participatingServers: [{ sourceServerID: sid(1), recoveryInstanceID: ec2Id }]
    })
    sim.advance(5)
    const shutting = await drs.send(
      new DescribeRecoveryInstancesCommand({ filters: { recoveryInstanceIDs: [ec2Id] } })
    )
    expect(shutting.items?.[0]?.ec2InstanceState).toBe('SHUTTING-DOWN')
    await expect(
      drs.send(new TerminateRecoveryInstancesCommand({ recoveryInstanceIDs: [ec2Id] }))
    ).rejects.toMatchObject({ name: 'ConflictException' })
    sim.advance(90)
    const terminated = await ec2Target.send(new DescribeInstancesCommand({ InstanceIds: [ec2Id] }))
    expect(terminated.Reservations?.[0]?.Instances?.[0]?.State?.Name).toBe('terminated')
    const gone = await drs.send(
      new DescribeRecoveryInstancesCommand({ filters: { recoveryInstanceIDs: [ec2Id] } })
    )
    expect(gone.items).toEqual([])
    const termJob = await drs.send(
      new DescribeJobsCommand({ filters: { jobIDs: [term.job?.jobID ?? ''] } })
    )
    expect(termJob.items?.[0]).toMatchObject({
      status: 'COMPLETED',
      participatingServers: [{ launchStatus: 'TERMINATED' }]
    })
    const termLog = await drs.send(new DescribeJobLogItemsCommand({ jobID: term.job?.jobID }))
    expect(termLog.items?.map(i => i.event)).toEqual([
      'JOB_START',
      'CLEANUP_START',
      'CLEANUP_END',
      'JOB_END'
    ])
    expect(sim.state.recoveryInstances.map(r => r.sourceServerID)).toEqual([sid(2)])
    const ops = sim.calls().map(c => c.operation)
    expect(ops).toContain('StartRecovery')
    expect(ops).toContain('TerminateRecoveryInstances')
  })

  it('fails a launch with the log reason, impairs a status check and refuses an unsynced server', async () => {
    const { sim, drs, ec2Target } = await start(
      drillRegions([
        { n: 1, drill: { outcome: 'FAILED', rawError: 'Subnet subnet-0abc has no free IPs' } },
        { n: 2, drill: { statusChecks: 'impaired', statusOkAfterSeconds: 60 } },
        { n: 3, replicationState: 'INITIAL_SYNC' },
        { n: 4, drill: { outcome: 'FAILED', failEvent: 'CONVERSION_FAIL', rawError: 'bad AMI' } }
      ])
    )
    const out = await drs.send(
      new StartRecoveryCommand({
        sourceServers: [1, 2, 3, 4].map(n => ({ sourceServerID: sid(n) })),
        isDrill: true
      })
    )
    sim.advance(10 + 600)
    const job = (
      await drs.send(new DescribeJobsCommand({ filters: { jobIDs: [out.job?.jobID ?? ''] } }))
    ).items?.[0]
    expect(job?.status).toBe('COMPLETED')
    expect(job?.participatingServers?.map(p => p.launchStatus)).toEqual([
      'FAILED',
      'LAUNCHED',
      'FAILED',
      'FAILED'
    ])
    const log = await drs.send(new DescribeJobLogItemsCommand({ jobID: out.job?.jobID }))
    const failures = (log.items ?? []).filter(i => /FAIL/.test(i.event ?? ''))
    expect(failures.map(f => [f.event, f.eventData?.sourceServerID])).toEqual(
      expect.arrayContaining([
        ['LAUNCH_FAILED', sid(1)],
        ['SNAPSHOT_FAIL', sid(3)],
        ['CONVERSION_FAIL', sid(4)]
      ])
    )
    expect(failures.find(f => f.event === 'LAUNCH_FAILED')?.eventData?.rawError).toBe(
      'Subnet subnet-0abc has no free IPs'
    )
    const servers = await drs.send(new DescribeSourceServersCommand({}))
    expect(servers.items?.find(s => s.sourceServerID === sid(1))?.lastLaunchResult).toBe('FAILED')
    const ris = await drs.send(new DescribeRecoveryInstancesCommand({}))
    expect(ris.items?.map(r => r.sourceServerID)).toEqual([sid(2)])
    sim.advance(60)
    const status = await ec2Target.send(
      new DescribeInstanceStatusCommand({
        Filters: [{ Name: 'instance-status.status', Values: ['impaired'] }]
      })
    )
    expect(status.InstanceStatuses?.map(s => s.InstanceId)).toEqual([ris.items?.[0]?.ec2InstanceID])
    expect(status.InstanceStatuses?.[0]).toMatchObject({
      InstanceStatus: { Status: 'impaired', Details: [{ Status: 'failed' }] },
      SystemStatus: { Status: 'ok' }
    })
    expect(
      status.InstanceStatuses?.[0]?.InstanceStatus?.Details?.[0]?.ImpairedSince
    ).toBeInstanceOf(Date)
  })

  it("keeps DRS's limits: servers per job, one job per server, concurrent jobs, servers in jobs", async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ n: i + 1 }))
    const { drs } = await start(drillRegions(many), {
      drsQuotas: { concurrentJobs: 3, serversInActiveJobs: 6 }
    })
    const servers = (ns: number[]) => ns.map(n => ({ sourceServerID: sid(n) }))
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i)
    const tooMany = await drs
      .send(new StartRecoveryCommand({ sourceServers: servers(range(1, 101)), isDrill: true }))
      .catch((e: unknown) => e as Error & Record<string, unknown>)
    expect(tooMany).toMatchObject({ name: 'ServiceQuotaExceededException', serviceCode: 'drs' })
    expect((tooMany as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(
      402
    )
    await expect(
      drs.send(
        new StartRecoveryCommand({
          sourceServers: Array.from({ length: 201 }, () => ({ sourceServerID: sid(1) }))
        })
      )
    ).rejects.toMatchObject({ name: 'ValidationException' })
    await expect(
      drs.send(new StartRecoveryCommand({ sourceServers: servers([0x999]) }))
    ).rejects.toMatchObject({ name: 'ValidationException' })

    await drs.send(new StartRecoveryCommand({ sourceServers: servers([1, 2]), isDrill: true }))
    const busy = await drs
      .send(new StartRecoveryCommand({ sourceServers: servers([2, 3]), isDrill: true }))
      .catch((e: unknown) => e as Error & Record<string, unknown>)
    expect(busy).toMatchObject({ name: 'ConflictException', resourceId: sid(2) })
    expect((busy as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(409)
    await drs.send(new StartRecoveryCommand({ sourceServers: servers([3, 4]), isDrill: true }))
    // 4 servers in active jobs: 3 more would pass 6
    await expect(
      drs.send(new StartRecoveryCommand({ sourceServers: servers([5, 6, 7]), isDrill: true }))
    ).rejects.toMatchObject({ name: 'ServiceQuotaExceededException', quotaCode: 'L-05AFA8C6' })
    await drs.send(new StartRecoveryCommand({ sourceServers: servers([5]), isDrill: true }))
    await expect(
      drs.send(new StartRecoveryCommand({ sourceServers: servers([6]), isDrill: true }))
    ).rejects.toMatchObject({ name: 'ServiceQuotaExceededException', quotaCode: 'L-D88FAC3A' })
  })

  it('declares recovery instances and active jobs someone else started, and filters and pages jobs', async () => {
    const { sim, drs, ec2Target } = await start(
      drillRegions(
        [{ n: 1 }, { n: 2, activeJob: { isDrill: true, remainingSeconds: 900 } }, { n: 3 }],
        {
          recoveryInstances: [
            {
              sourceServerID: sid(1),
              isDrill: false,
              launchedSecondsAgo: 7200,
              ec2InstanceID: id(0xe1)
            }
          ]
        }
      )
    )
    const ris = await drs.send(new DescribeRecoveryInstancesCommand({}))
    expect(ris.items).toEqual([
      expect.objectContaining({
        recoveryInstanceID: id(0xe1),
        sourceServerID: sid(1),
        isDrill: false,
        ec2InstanceState: 'RUNNING'
      })
    ])
    const ec2 = await ec2Target.send(new DescribeInstanceStatusCommand({ InstanceIds: [id(0xe1)] }))
    expect(ec2.InstanceStatuses?.[0]?.InstanceStatus?.Status).toBe('ok')
    await expect(
      drs.send(new StartRecoveryCommand({ sourceServers: [{ sourceServerID: sid(2) }] }))
    ).rejects.toMatchObject({ name: 'ConflictException' })
    const jobs = await drs.send(new DescribeJobsCommand({}))
    expect(jobs.items?.map(j => [j.initiatedBy, j.status])).toEqual([
      ['START_DRILL', 'STARTED'],
      ['START_RECOVERY', 'COMPLETED']
    ])
    const servers = await drs.send(new DescribeSourceServersCommand({}))
    expect(servers.items?.[0]?.lifeCycle?.lastLaunch?.initiated?.type).toBe('RECOVERY')
    await drs.send(
      new StartRecoveryCommand({ sourceServers: [{ sourceServerID: sid(3) }], isDrill: true })
    )
    const newest = await drs.send(new DescribeJobsCommand({ maxResults: 1 }))
    expect(newest.items?.[0]?.participatingServers?.[0]?.sourceServerID).toBe(sid(3))
    expect(newest.nextToken).toBeDefined()
    const rest = await drs.send(
      new DescribeJobsCommand({ maxResults: 5, nextToken: newest.nextToken })
    )
    expect(rest.items).toHaveLength(2)
    const recent = await drs.send(
      new DescribeJobsCommand({
        filters: { fromDate: new Date(Date.now() - 600_000).toISOString() }
      })
    )
    expect(recent.items).toHaveLength(2)
    await expect(
      drs.send(new DescribeJobsCommand({ filters: { fromDate: 'yesterday' } }))
    ).rejects.toMatchObject({ name: 'ValidationException' })
    sim.advance(900)
    const after = await drs.send(new DescribeJobsCommand({ maxResults: 3 }))
    expect(after.items?.map(j => j.status)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED'])
    // the active job someone else started launched its instance in the end
    expect(sim.state.recoveryInstances.map(r => r.sourceServerID).sort()).toEqual([
      sid(1),
      sid(2),
      sid(3)
    ])
  })
})

describe('demo scenarios', () => {
  const scenario = (name: string) =>
    fileURLToPath(new URL(`../test/scenarios/${name}`, import.meta.url))

  async function session(sim: Simulator, account = ACCOUNT): Promise<Creds> {
    const sts = new STSClient({ endpoint: sim.url, region: SOURCE, credentials: sim.ambient })
    clients.push(sts)
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${account}:role/DRSOrchestrationRole`,
        RoleSessionName: 'demo-test',
        ExternalId: 'drs-demo-external-id'
      })
    )
    return {
      accessKeyId: out.Credentials?.AccessKeyId ?? '',
      secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
      sessionToken: out.Credentials?.SessionToken
    }
  }

  it('check.json declares every replication state, orphans and an uninitialised account', async () => {
    const sim = await startSimulator(scenario('check.json'), { manualClock: true })
    sims.push(sim)
    const creds = await session(sim)
    const drs = new DrsClient({ endpoint: sim.url, region: TARGET, credentials: creds })
    clients.push(drs)
    const out = await drs.send(new DescribeSourceServersCommand({}))
    const states = new Set((out.items ?? []).map(s => s.dataReplicationInfo?.dataReplicationState))
    expect([...states].sort()).toEqual([...STATES].sort())
    const ec2 = new EC2Client({ endpoint: sim.url, region: SOURCE, credentials: creds })
    clients.push(ec2)
    const running = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: 'tag:dr:enabled', Values: ['true'] },
          { Name: 'instance-state-name', Values: ['running'] }
        ]
      })
    )
    const runningIds = new Set(
      (running.Reservations ?? []).flatMap(r => r.Instances ?? []).map(i => i.InstanceId)
    )
    const orphans = (out.items ?? []).filter(
      s =>
        !(s as { isArchived?: boolean }).isArchived &&
        s.sourceProperties?.identificationHints?.awsInstanceID &&
        !runningIds.has(s.sourceProperties.identificationHints.awsInstanceID)
    )
    expect(orphans).toHaveLength(4)
    const other = await session(sim, '333333333333')
    const uninit = new DrsClient({ endpoint: sim.url, region: TARGET, credentials: other })
    clients.push(uninit)
    await expect(uninit.send(new DescribeSourceServersCommand({}))).rejects.toMatchObject({
      name: 'UninitializedAccountException'
    })
  })

  it('drill.json launches a clean wave, fails one launch and impairs one instance', async () => {
    const sim = await startSimulator(scenario('drill.json'), { manualClock: true })
    sims.push(sim)
    const creds = await session(sim)
    const drs = new DrsClient({ endpoint: sim.url, region: TARGET, credentials: creds })
    const ec2 = new EC2Client({ endpoint: sim.url, region: TARGET, credentials: creds })
    clients.push(drs, ec2)
    const ids = ['s-0d0d0d0d0d0d00001', 's-0d0d0d0d0d0d00004', 's-0d0d0d0d0d0d00005']
    await expect(
      drs.send(
        new StartRecoveryCommand({ sourceServers: [{ sourceServerID: 's-0d0d0d0d0d0d00008' }] })
      )
    ).rejects.toMatchObject({ name: 'ConflictException' })
    const { job } = await drs.send(
      new StartRecoveryCommand({
        sourceServers: ids.map(sourceServerID => ({ sourceServerID })),
        isDrill: true
      })
    )
    sim.advance(10 + 600 + 180)
    const done = await drs.send(
      new DescribeJobsCommand({ filters: { jobIDs: [job?.jobID ?? ''] } })
    )
    expect(done.items?.[0]?.participatingServers?.map(p => p.launchStatus)).toEqual([
      'LAUNCHED',
      'FAILED',
      'LAUNCHED'
    ])
    const ris = await drs.send(
      new DescribeRecoveryInstancesCommand({ filters: { sourceServerIDs: [ids[0], ids[2]] } })
    )
    const statuses = await ec2.send(
      new DescribeInstanceStatusCommand({
        InstanceIds: (ris.items ?? []).map(r => r.ec2InstanceID ?? '')
      })
    )
    const byInstance = new Map(
      (statuses.InstanceStatuses ?? []).map(s => [s.InstanceId, s.InstanceStatus?.Status])
    )
    const ec2Of = (server: string) =>
      ris.items?.find(r => r.sourceServerID === server)?.ec2InstanceID
    expect(byInstance.get(ec2Of(ids[0]))).toBe('ok')
    expect(byInstance.get(ec2Of(ids[2]))).toBe('impaired')
    const all = await drs.send(new DescribeRecoveryInstancesCommand({}))
    expect(all.items?.filter(r => r.isDrill === false).map(r => r.sourceServerID)).toEqual([
      's-0d0d0d0d0d0d00009'
    ])
  })
})
