// The simulator's DRS beyond the install: every replication state, errors, lag and last launch
// (protection check), orphaned servers and EC2's view of their instances, and drills (jobs,
// launch statuses, log items, recovery instances, status checks, termination), all through the
// real SDK clients.

import { afterEach, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2'
import { DescribeSourceServersCommand, DrsClient } from '@aws-sdk/client-drs'
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
    const direct = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [RECENT] }))
    expect(direct.Reservations?.[0]?.Instances?.[0]?.State?.Name).toBe('terminated')
    // the terminated one leaves the listing once its hour is over
    sim.advance(3000)
    const later = await lookup()
    expect([...later.keys()].sort()).toEqual([STOPPED, UNTAGGED].sort())
  })
})
