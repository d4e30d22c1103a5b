// The simulator's injected faults (test/simulator/faults.js), driven by the real SDK clients: what
// each fault does on the wire and to the simulated world.
import { afterEach, describe, expect, it } from '@jest/globals'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  SSMClient
} from '@aws-sdk/client-ssm'
import { DescribeSourceServersCommand, DrsClient } from '@aws-sdk/client-drs'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>

const TARGET = '222222222222'
const ROLE = `arn:aws:iam::${TARGET}:role/DRSOrchestrationRole`
const DOC = 'AWSDisasterRecovery-InstallDRAgentOnInstance'
const id = (n: number): string => `i-${n.toString(16).padStart(17, '0')}`

function scenario(faults: unknown[], instances: unknown[] = [{ id: id(1) }, { id: id(2) }]) {
  return {
    manualClock: true,
    accounts: {
      [TARGET]: {
        roles: [{ arn: ROLE, trustedPrincipals: ['ambient'] }],
        regions: { 'us-east-1': { instances } }
      }
    },
    faults
  }
}

let sim: Simulator | null = null
afterEach(async () => {
  await sim?.close()
  sim = null
})

function config(s: Simulator, extra: Record<string, unknown> = {}) {
  return {
    region: 'us-east-1',
    endpoint: s.url,
    credentials: s.ambient,
    maxAttempts: 1,
    ...extra
  }
}

/** The target role's session: the SSM calls act in the target account. */
async function targetSsm(s: Simulator, extra: Record<string, unknown> = {}): Promise<SSMClient> {
  const sts = new STSClient(config(s))
  const { Credentials } = await sts.send(
    new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'faults' })
  )
  const credentials = {
    accessKeyId: Credentials?.AccessKeyId ?? '',
    secretAccessKey: Credentials?.SecretAccessKey ?? '',
    sessionToken: Credentials?.SessionToken ?? ''
  }
  return new SSMClient({ ...config(s, extra), credentials })
}

function send(ssm: SSMClient, ids = [id(1)]) {
  return ssm.send(
    new SendCommandCommand({
      DocumentName: DOC,
      InstanceIds: ids,
      Parameters: { Region: ['us-west-2'] },
      Comment: 'fault test'
    })
  )
}

describe('simulator faults', () => {
  it('answers an error fault with an HTML page when asked (a proxy in front of AWS)', async () => {
    sim = await startSimulator(
      scenario([{ service: 'drs', status: 503, code: 'ServiceUnavailable', html: true }])
    )
    const drs = new DrsClient(config(sim))
    const error = await drs.send(new DescribeSourceServersCommand({})).catch((e: unknown) => e)
    expect((error as Error).name).toBe('SyntaxError')
    expect((error as { $response?: { statusCode?: number } }).$response?.statusCode).toBe(503)
    expect(sim.calls().map(c => c.reason)).toEqual(['fault-html'])
  })

  it('bursts STS errors after the first assumption only (a renewal mid-run)', async () => {
    sim = await startSimulator(
      scenario([
        {
          service: 'sts',
          operation: 'AssumeRole',
          after: 1,
          times: 3,
          status: 503,
          code: 'ServiceUnavailable'
        }
      ])
    )
    const sts = new STSClient(config(sim))
    const assume = () =>
      sts.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'fault' })).then(
        () => 'ok',
        (e: unknown) => (e as Error).name
      )
    const outcomes = []
    for (let i = 0; i < 5; i++) outcomes.push(await assume())
    expect(outcomes).toEqual([
      'ok',
      'ServiceUnavailable',
      'ServiceUnavailable',
      'ServiceUnavailable',
      'ok'
    ])
    expect(sim.calls().map(c => c.status)).toEqual([200, 503, 503, 503, 200])
  })

  it('hangs a request: no answer until the client gives up', async () => {
    sim = await startSimulator(
      scenario([{ service: 'ssm', operation: 'ListCommands', kind: 'hang' }])
    )
    const ssm = await targetSsm(sim, {
      requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true }
    })
    const error = await ssm.send(new ListCommandsCommand({})).catch((e: unknown) => e)
    expect((error as Error).name).toBe('TimeoutError')
    const ssmCalls = () => sim!.calls().filter(c => c.service === 'ssm')
    expect(ssmCalls()).toHaveLength(1)
    expect(ssmCalls()[0]).toMatchObject({ reason: 'fault-hang', status: 0 })
    // The next call is answered.
    await expect(ssm.send(new ListCommandsCommand({}))).resolves.toMatchObject({ Commands: [] })
  })

  it('cuts a SendCommand answer mid-body after creating the command', async () => {
    sim = await startSimulator(
      scenario([{ service: 'ssm', operation: 'SendCommand', kind: 'cut-body' }])
    )
    const ssm = await targetSsm(sim)
    await expect(send(ssm)).rejects.toThrow()
    // SSM did the work: the command exists although its answer never arrived whole.
    expect(sim.state.commands).toHaveLength(1)
    expect(sim.calls().find(c => c.service === 'ssm')).toMatchObject({
      reason: 'fault-cut-body',
      status: 200
    })
  })

  it('resets after the answer and lists the command only after listedAfterSeconds', async () => {
    sim = await startSimulator(
      scenario([
        {
          service: 'ssm',
          operation: 'SendCommand',
          kind: 'reset-after-answer',
          listedAfterSeconds: 30
        }
      ])
    )
    const ssm = await targetSsm(sim)
    await expect(send(ssm)).rejects.toThrow()
    const [command] = sim.state.commands
    expect(command.instanceIds).toEqual([id(1)])
    const listed = async () => (await ssm.send(new ListCommandsCommand({}))).Commands ?? []
    expect(await listed()).toEqual([])
    await expect(
      ssm.send(new ListCommandsCommand({ CommandId: command.id }))
    ).rejects.toMatchObject({ name: 'InvalidCommandId' })
    sim.advance(30)
    expect((await listed()).map(c => c.CommandId)).toEqual([command.id])
  })

  it('answers InvalidCommandId for a command younger than forSeconds', async () => {
    sim = await startSimulator(scenario([{ kind: 'invalid-command-id', forSeconds: 5 }]))
    const ssm = await targetSsm(sim)
    const sent = await send(ssm)
    const commandId = sent.Command?.CommandId
    for (const ask of [
      () => ssm.send(new ListCommandsCommand({ CommandId: commandId })),
      () => ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId }))
    ]) {
      await expect(ask()).rejects.toMatchObject({ name: 'InvalidCommandId' })
    }
    sim.advance(5)
    const listed = await ssm.send(new ListCommandsCommand({ CommandId: commandId }))
    expect(listed.Commands?.map(c => c.CommandId)).toEqual([commandId])
  })

  it('answers an empty ListCommands page with a NextToken that leads to the real page', async () => {
    sim = await startSimulator(scenario([{ kind: 'empty-page', times: 2 }]))
    const ssm = await targetSsm(sim)
    const sent = await send(ssm)
    const first = await ssm.send(new ListCommandsCommand({}))
    expect(first.Commands).toEqual([])
    expect(first.NextToken).toBeTruthy()
    const second = await ssm.send(new ListCommandsCommand({ NextToken: first.NextToken }))
    expect(second.Commands).toEqual([])
    const third = await ssm.send(new ListCommandsCommand({ NextToken: second.NextToken }))
    expect(third.Commands?.map(c => c.CommandId)).toEqual([sent.Command?.CommandId])
    expect(third.NextToken).toBeUndefined()
  })

  it('refuses SendCommand naming an instance the role may not target, as IAM does', async () => {
    sim = await startSimulator(
      scenario([], [{ id: id(1) }, { id: id(2), denySendCommand: true }, { id: id(3) }])
    )
    const ssm = await targetSsm(sim)
    const error = await send(ssm, [id(1), id(2), id(3)]).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'AccessDeniedException' })
    expect((error as Error).message).toContain(
      `ssm:SendCommand on resource: arn:aws:ec2:us-east-1:${TARGET}:instance/${id(2)}`
    )
    expect(sim.state.commands).toHaveLength(0)
    await expect(send(ssm, [id(1), id(3)])).resolves.toMatchObject({
      Command: { TargetCount: 2 }
    })
  })
})
