// The simulator's DRS initialisation through the real SDK client: InitializeService (204),
// the replication configuration templates and their documented constraints, the uninitialised
// error, and a role denied the call.

import { afterEach, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  CreateReplicationConfigurationTemplateCommand,
  DescribeReplicationConfigurationTemplatesCommand,
  DescribeSourceServersCommand,
  DrsClient,
  InitializeServiceCommand,
  type CreateReplicationConfigurationTemplateRequest
} from '@aws-sdk/client-drs'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>

const ACCOUNT = '222222222222'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const TARGET = 'us-west-2'

const sims: Simulator[] = []
const clients: Array<{ destroy(): void }> = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of sims.splice(0)) await s.close()
})

async function drsFor(region: Record<string, unknown>, deny: string[] = []): Promise<DrsClient> {
  const sim = await startSimulator({
    accounts: {
      [ACCOUNT]: {
        roles: [{ arn: ROLE, trustedPrincipals: ['ambient'], deny }],
        regions: { [TARGET]: region }
      }
    }
  })
  sims.push(sim)
  const sts = new STSClient({ endpoint: sim.url, region: TARGET, credentials: sim.ambient })
  clients.push(sts)
  const out = await sts.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'init' }))
  const drs = new DrsClient({
    endpoint: sim.url,
    region: TARGET,
    maxAttempts: 1,
    credentials: {
      accessKeyId: out.Credentials?.AccessKeyId ?? '',
      secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
      sessionToken: out.Credentials?.SessionToken
    }
  })
  clients.push(drs)
  return drs
}

const REQUEST: CreateReplicationConfigurationTemplateRequest = {
  stagingAreaSubnetId: 'subnet-0123456789abcdef0',
  associateDefaultSecurityGroup: true,
  replicationServersSecurityGroupsIDs: [],
  replicationServerInstanceType: 't3.small',
  useDedicatedReplicationServer: false,
  defaultLargeStagingDiskType: 'GP3',
  ebsEncryption: 'DEFAULT',
  bandwidthThrottling: 0,
  dataPlaneRouting: 'PRIVATE_IP',
  createPublicIP: false,
  stagingAreaTags: {},
  pitPolicy: [
    { ruleID: 1, units: 'MINUTE', interval: 10, retentionDuration: 60, enabled: true },
    { ruleID: 2, units: 'HOUR', interval: 1, retentionDuration: 24, enabled: true },
    { ruleID: 3, units: 'DAY', interval: 1, retentionDuration: 7, enabled: true }
  ]
}

describe('simulator: DRS initialisation', () => {
  it('an uninitialised region answers UninitializedAccountException until InitializeService', async () => {
    const drs = await drsFor({ drsInitialized: false })
    const describe = () => drs.send(new DescribeReplicationConfigurationTemplatesCommand({}))
    await expect(describe()).rejects.toMatchObject({ name: 'UninitializedAccountException' })
    await expect(
      drs.send(new CreateReplicationConfigurationTemplateCommand(REQUEST))
    ).rejects.toMatchObject({ name: 'UninitializedAccountException' })
    const init = await drs.send(new InitializeServiceCommand({}))
    expect(init.$metadata.httpStatusCode).toBe(204)
    // Initialised, with no template yet; the other DRS reads work now.
    expect((await describe()).items).toEqual([])
    expect((await drs.send(new DescribeSourceServersCommand({}))).items).toEqual([])
    // A second InitializeService changes nothing.
    await drs.send(new InitializeServiceCommand({}))
    expect((await describe()).items).toEqual([])
  })

  it('creates a template and lists it, with the request members', async () => {
    const drs = await drsFor({ drsInitialized: false })
    await drs.send(new InitializeServiceCommand({}))
    const created = await drs.send(new CreateReplicationConfigurationTemplateCommand(REQUEST))
    expect(created.replicationConfigurationTemplateID).toMatch(/^rct-[0-9a-z]{17}$/)
    expect(created.arn).toBe(
      `arn:aws:drs:${TARGET}:${ACCOUNT}:replication-configuration-template/${created.replicationConfigurationTemplateID}`
    )
    const listed = await drs.send(new DescribeReplicationConfigurationTemplatesCommand({}))
    expect(listed.items).toHaveLength(1)
    expect(listed.items?.[0]).toMatchObject({
      replicationConfigurationTemplateID: created.replicationConfigurationTemplateID,
      stagingAreaSubnetId: REQUEST.stagingAreaSubnetId,
      replicationServerInstanceType: 't3.small'
    })
  })

  it('a region the scenario lists as initialised holds the console default template', async () => {
    const drs = await drsFor({})
    const listed = await drs.send(new DescribeReplicationConfigurationTemplatesCommand({}))
    expect(listed.items).toHaveLength(1)
    expect(listed.items?.[0].replicationConfigurationTemplateID).toMatch(/^rct-[0-9a-f]{17}$/)
  })

  it.each([
    ['a bad subnet id', { stagingAreaSubnetId: 'subnet-xyz' }, 'stagingAreaSubnetId'],
    [
      'a bad security group',
      { replicationServersSecurityGroupsIDs: ['sg-1'] },
      'replicationServersSecurityGroupsIDs'
    ],
    ['a missing member', { ebsEncryption: undefined }, 'ebsEncryption'],
    ['an unknown routing', { dataPlaneRouting: 'VPN' as 'PRIVATE_IP' }, 'dataPlaneRouting'],
    [
      'a PIT policy other than DRS allows',
      { pitPolicy: [{ ruleID: 1, units: 'DAY' as const, interval: 1, retentionDuration: 400 }] },
      'pitPolicy'
    ]
  ])('refuses %s with ValidationException naming the field', async (_, change, field) => {
    const drs = await drsFor({})
    const error = await drs
      .send(new CreateReplicationConfigurationTemplateCommand({ ...REQUEST, ...change }))
      .then(
        () => null,
        (e: unknown) => e
      )
    expect(error).toMatchObject({ name: 'ValidationException', reason: 'FIELD_VALIDATION_FAILED' })
    expect((error as { fieldList?: Array<{ name: string }> }).fieldList?.[0].name).toBe(field)
  })

  it('a role denied InitializeService gets AccessDeniedException and the region stays as it was', async () => {
    const drs = await drsFor({ drsInitialized: false }, ['drs:InitializeService'])
    await expect(drs.send(new InitializeServiceCommand({}))).rejects.toMatchObject({
      name: 'AccessDeniedException'
    })
    await expect(
      drs.send(new DescribeReplicationConfigurationTemplatesCommand({}))
    ).rejects.toMatchObject({ name: 'UninitializedAccountException' })
  })
})
