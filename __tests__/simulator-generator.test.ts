// The simulator's scenario generator: many accounts from one block, per-account roles and trust,
// overrides (denied, DRS not initialised, the replicating-server quota reached), explicit accounts
// merged over generated ones, all through the real SDK clients.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2'
import { DescribeSourceServersCommand, DrsClient } from '@aws-sdk/client-drs'
import { startSimulator } from '../test/simulator/index.js'
import { generatedAccountIds, scenarioAccounts } from '../test/simulator/generator.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>
interface Creds {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

const CENTRAL = 'arn:aws:iam::111111111111:role/GitHubDRS'
const FIRST = '200000000000'
const acct = (n: number): string => String(BigInt(FIRST) + BigInt(n)).padStart(12, '0')
const MISSING = acct(1)
const UNTRUSTED = acct(2)
const UNINITIALISED = acct(3)
const FULL = acct(4)
const EXPLICIT = acct(5)

const generate = {
  accounts: 6,
  firstAccountId: FIRST,
  instancesPerAccount: 5,
  sourceRegions: ['us-east-1', 'eu-west-1'],
  targetRegion: 'us-west-2',
  roleName: 'DRSOrchestrationRole',
  externalId: 'ext-1',
  trustedPrincipals: ['ambient', CENTRAL],
  registeredEvery: 5,
  overrides: {
    [MISSING]: { denied: 'missing' },
    [UNTRUSTED]: { denied: 'untrusted' },
    [UNINITIALISED]: { drsInitialized: false },
    [FULL]: { replicatingServers: 4 }
  }
}

const explicitInstance = 'i-0abcdef0123456789'

describe('scenario generator', () => {
  let sim: Simulator
  const clients: Array<{ destroy(): void }> = []
  const track = <T extends { destroy(): void }>(c: T): T => (clients.push(c), c)
  const config = (region: string, credentials: Creds) => ({
    endpoint: sim.url,
    region,
    credentials,
    maxAttempts: 1
  })

  async function assume(account: string): Promise<Creds> {
    const sts = track(new STSClient(config('us-east-1', sim.ambient)))
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${account}:role/DRSOrchestrationRole`,
        RoleSessionName: 'gen',
        ExternalId: 'ext-1'
      })
    )
    return {
      accessKeyId: out.Credentials?.AccessKeyId ?? '',
      secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
      sessionToken: out.Credentials?.SessionToken
    }
  }

  beforeAll(async () => {
    sim = await startSimulator(
      {
        generate,
        accounts: {
          [EXPLICIT]: {
            regions: { 'us-east-1': { instances: [{ id: explicitInstance, name: 'extra' }] } }
          },
          '999999999999': {
            roles: [{ arn: 'arn:aws:iam::999999999999:role/Other', trustedPrincipals: ['*'] }],
            regions: { 'us-east-1': {} }
          }
        }
      },
      { manualClock: true }
    )
  })

  afterAll(async () => {
    for (const c of clients) c.destroy()
    await sim.close()
  })

  it('gives every generated account its role, instances over the source regions and servers', async () => {
    const creds = await assume(acct(0))
    const east = await track(new EC2Client(config('us-east-1', creds))).send(
      new DescribeInstancesCommand({})
    )
    const west = await track(new EC2Client(config('eu-west-1', creds))).send(
      new DescribeInstancesCommand({})
    )
    const eastIds = (east.Reservations ?? []).flatMap(r => r.Instances ?? [])
    const westIds = (west.Reservations ?? []).flatMap(r => r.Instances ?? [])
    // 5 per account, round-robin over two regions: 3 + 2
    expect(eastIds).toHaveLength(3)
    expect(westIds).toHaveLength(2)
    expect(eastIds[0]?.Tags).toEqual(expect.arrayContaining([{ Key: 'dr:enabled', Value: 'true' }]))
    const servers = await track(new DrsClient(config('us-west-2', creds))).send(
      new DescribeSourceServersCommand({})
    )
    // registeredEvery 5 counts per region: the 5th instance of a region; none here (3 + 2)
    expect(servers.items).toEqual([])
    // another generated account sees only its own instances
    const other = await assume(acct(5))
    const otherEast = await track(new EC2Client(config('us-east-1', other))).send(
      new DescribeInstancesCommand({})
    )
    const otherIds = (otherEast.Reservations ?? []).flatMap(r => r.Instances ?? [])
    expect(otherIds.map(i => i.InstanceId)).not.toContain(eastIds[0]?.InstanceId)
  })

  it('denies the AssumeRole of a missing role and of a role that does not trust the caller', async () => {
    const sts = track(new STSClient(config('us-east-1', sim.ambient)))
    for (const account of [MISSING, UNTRUSTED]) {
      await expect(
        sts.send(
          new AssumeRoleCommand({
            RoleArn: `arn:aws:iam::${account}:role/DRSOrchestrationRole`,
            RoleSessionName: 'gen',
            ExternalId: 'ext-1'
          })
        )
      ).rejects.toMatchObject({ name: 'AccessDenied' })
    }
    // the external id of the block is required by every generated role
    await expect(
      sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${acct(0)}:role/DRSOrchestrationRole`,
          RoleSessionName: 'gen'
        })
      )
    ).rejects.toMatchObject({ name: 'AccessDenied' })
  })

  it('leaves an overridden account uninitialised and fills another up with replicating servers', async () => {
    const uninit = await assume(UNINITIALISED)
    await expect(
      track(new DrsClient(config('us-west-2', uninit))).send(new DescribeSourceServersCommand({}))
    ).rejects.toMatchObject({ name: 'UninitializedAccountException' })
    const full = await assume(FULL)
    const out = await track(new DrsClient(config('us-west-2', full))).send(
      new DescribeSourceServersCommand({})
    )
    expect(out.items).toHaveLength(4)
    for (const item of out.items ?? []) {
      expect(item.dataReplicationInfo?.dataReplicationState).toBe('CONTINUOUS')
      expect(item.sourceProperties?.identificationHints?.awsInstanceID).toBeUndefined()
      expect(item.sourceCloudProperties).toBeUndefined()
    }
  })

  it('merges an explicit account over the generated one and keeps unrelated explicit accounts', async () => {
    const creds = await assume(EXPLICIT)
    const east = await track(new EC2Client(config('us-east-1', creds))).send(
      new DescribeInstancesCommand({})
    )
    const ids = (east.Reservations ?? []).flatMap(r => r.Instances ?? []).map(i => i.InstanceId)
    expect(ids).toHaveLength(4)
    expect(ids).toContain(explicitInstance)
    const accounts = scenarioAccounts({
      generate,
      accounts: { '999999999999': { regions: { 'us-east-1': {} } } }
    })
    expect(Object.keys(accounts)).toHaveLength(7)
  })

  it('registers every Nth instance as a source server and gives deterministic ids', () => {
    const accounts = scenarioAccounts({
      generate: { ...generate, instancesPerRegion: 10, registeredEvery: 2, overrides: {} }
    })
    const a0 = accounts[acct(0)]
    expect(a0.regions['us-east-1'].instances).toHaveLength(10)
    expect(a0.regions['us-west-2'].sourceServers).toHaveLength(10)
    const again = scenarioAccounts({ generate: { ...generate, instancesPerRegion: 10 } })
    expect(again[acct(0)].regions['us-east-1'].instances[0].id).toBe(
      a0.regions['us-east-1'].instances[0].id
    )
    const all = Object.values(accounts).flatMap(a =>
      Object.values(a.regions as Record<string, { instances?: Array<{ id: string }> }>).flatMap(
        r => r.instances ?? []
      )
    )
    expect(new Set(all.map(i => i.id)).size).toBe(all.length)
    const waved = scenarioAccounts({ generate: { ...generate, waves: { count: 3 } } })
    expect(
      waved[acct(0)].regions['us-east-1'].instances.map(
        (i: { tags: Record<string, string> }) => i.tags['dr:wave']
      )
    ).toEqual(['1', '2', '3'])
    expect(generatedAccountIds({ accountIds: ['123456789012'] })).toEqual(['123456789012'])
    expect(generatedAccountIds({ accounts: 2, firstAccountId: '000000000009' })).toEqual([
      '000000000009',
      '000000000010'
    ])
  })
})
