// Fleet scale: 5,000 instances across 4 regions, thousands of calls, through the real SDK clients.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2'
import {
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  SendCommandCommand,
  SSMClient
} from '@aws-sdk/client-ssm'
import { DescribeSourceServersCommand, DrsClient } from '@aws-sdk/client-drs'
import { startSimulator } from '../test/simulator/index.js'

const ACCOUNT = '222222222222'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const REGIONS = ['us-east-1', 'us-east-2', 'eu-west-1', 'ap-southeast-2']
const TARGET = 'us-west-2'
const PER_REGION = 1250

type Simulator = Awaited<ReturnType<typeof startSimulator>>

describe('fleet scale', () => {
  let sim: Simulator
  const clients: Array<{ destroy(): void }> = []

  beforeAll(async () => {
    sim = await startSimulator({
      timeScale: 0.002,
      credentialTime: 'real',
      accounts: {
        [ACCOUNT]: {
          roles: [{ arn: ROLE, trustedPrincipals: ['ambient'] }],
          regions: {
            [TARGET]: { replication: { registerAfterSeconds: 10, initialSyncSeconds: 120 } }
          }
        }
      },
      instanceGenerator: REGIONS.map(region => ({
        account: ACCOUNT,
        region,
        count: PER_REGION,
        windowsEvery: 5,
        unmanagedEvery: 50,
        failEvery: 97,
        install: { durationSeconds: 60, jitterSeconds: 20 }
      }))
    })
  })

  afterAll(async () => {
    for (const c of clients) c.destroy()
    await sim.close()
  })

  it('discovers, sends and waits for 5,000 instances without an error (speed: npm run bench)', async () => {
    const sts = new STSClient({ endpoint: sim.url, region: 'us-east-1', credentials: sim.ambient })
    clients.push(sts)
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'bench' }))
    const credentials = {
      accessKeyId: out.Credentials?.AccessKeyId ?? '',
      secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
      sessionToken: out.Credentials?.SessionToken
    }
    const commandIds: Array<{ region: string; id: string; instances: string[] }> = []
    const ssmIn = new Map(
      REGIONS.map(region => [region, new SSMClient({ endpoint: sim.url, region, credentials })])
    )
    clients.push(...ssmIn.values())
    let online = 0

    await Promise.all(
      REGIONS.map(async region => {
        const ec2 = new EC2Client({ endpoint: sim.url, region, credentials })
        clients.push(ec2)
        const ssm = ssmIn.get(region) as SSMClient
        const ids: string[] = []
        let token: string | undefined
        do {
          const page = await ec2.send(
            new DescribeInstancesCommand({
              Filters: [
                { Name: 'tag:dr:enabled', Values: ['true'] },
                { Name: 'instance-state-name', Values: ['running'] }
              ],
              NextToken: token
            })
          )
          for (const r of page.Reservations ?? [])
            for (const i of r.Instances ?? []) ids.push(i.InstanceId ?? '')
          token = page.NextToken
        } while (token)
        expect(ids).toHaveLength(PER_REGION)

        const managed: string[] = []
        for (let i = 0; i < ids.length; i += 50) {
          const batch = ids.slice(i, i + 50)
          const info = await ssm.send(
            new DescribeInstanceInformationCommand({
              Filters: [{ Key: 'InstanceIds', Values: batch }]
            })
          )
          for (const item of info.InstanceInformationList ?? []) {
            if (item.PingStatus === 'Online') managed.push(item.InstanceId ?? '')
          }
        }
        online += managed.length
        for (let i = 0; i < managed.length; i += 50) {
          const batch = managed.slice(i, i + 50)
          const sent = await ssm.send(
            new SendCommandCommand({
              InstanceIds: batch,
              DocumentName: 'AWSDisasterRecovery-InstallDRAgentOnInstance',
              Parameters: { Region: [TARGET] },
              MaxErrors: '100%'
            })
          )
          commandIds.push({ region, id: sent.Command?.CommandId ?? '', instances: batch })
        }
      })
    )
    expect(online).toBe(REGIONS.length * (PER_REGION - PER_REGION / 50))

    // poll until every invocation is terminal
    const terminal = new Set(['Success', 'Failed', 'TimedOut', 'Cancelled'])
    const statuses = new Map<string, string>()
    for (;;) {
      await Promise.all(
        commandIds.map(async ({ region, id }) => {
          const ssm = ssmIn.get(region) as SSMClient
          let token: string | undefined
          do {
            const page = await ssm.send(
              new ListCommandInvocationsCommand({ CommandId: id, NextToken: token })
            )
            for (const inv of page.CommandInvocations ?? []) {
              statuses.set(inv.InstanceId ?? '', inv.Status ?? '')
            }
            token = page.NextToken
          } while (token)
        })
      )
      if ([...statuses.values()].every(s => terminal.has(s)) && statuses.size === online) break
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    const failed = [...statuses.values()].filter(s => s === 'Failed').length
    expect(failed).toBeGreaterThan(0)

    // GetCommandInvocation for every other instance, 64 in flight: thousands of calls
    const work = commandIds
      .flatMap(c => c.instances.map(instanceId => ({ ...c, instanceId })))
      .filter((_, i) => i % 2 === 0)
    let next = 0
    let agreeing = 0
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        for (let item = work[next++]; item; item = work[next++]) {
          const one = await (ssmIn.get(item.region) as SSMClient).send(
            new GetCommandInvocationCommand({ CommandId: item.id, InstanceId: item.instanceId })
          )
          if (one.Status === statuses.get(item.instanceId)) agreeing++
        }
      })
    )
    expect(agreeing).toBe(work.length)

    // wait for the registrations, then read every source server in the target region
    const last = sim.state.lastInstallFinishedAt()
    expect(last).not.toBeNull()
    const drs = new DrsClient({ endpoint: sim.url, region: TARGET, credentials })
    clients.push(drs)
    let servers = 0
    for (let attempt = 0; attempt < 100; attempt++) {
      servers = 0
      let token: string | undefined
      do {
        const page = await drs.send(
          new DescribeSourceServersCommand({ filters: {}, nextToken: token })
        )
        servers += page.items?.length ?? 0
        token = page.nextToken
      } while (token)
      if (servers === online - failed) break
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    expect(servers).toBe(online - failed)

    const calls = sim.calls()
    expect(calls.length).toBeGreaterThan(2500)
    expect(calls.filter(c => c.error !== null)).toEqual([])
  }, 120000)
})
