// The accounts module: one central session for every account, a refreshing session per account,
// failures kept to their account, the slot pool, and the row order across accounts.
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals'
import {
  AssumeRoleCommand as StsAssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand as StsAssumeRoleWithWebIdentityCommand,
  STSClient,
  STSServiceException,
  type AssumeRoleCommandInput,
  type AssumeRoleCommandOutput,
  type AssumeRoleWithWebIdentityCommandInput,
  type AssumeRoleWithWebIdentityCommandOutput
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider, MetadataBearer } from '@smithy/types'
import { mockClient, type AwsCommand } from 'aws-sdk-client-mock'
import {
  accountLogPrefix,
  createAccountSessions,
  isCentralFailure,
  isManyAccountRun,
  prefixedPort,
  settingsForAccount,
  SlotPool,
  sortAccountRows
} from '../src/accounts/index.js'
import { CredentialChainError, type CredentialChainOptions } from '../src/aws/credentials.js'
import type { Clock, RunnerPort } from '../src/shared/port.js'
import { makeRow } from '../src/shared/rows.js'
import { makeSettings } from './fixtures/settings.js'

const MINUTE = 60_000
const CENTRAL_ROLE = 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator'
const roleOf = (account: string): string => `arn:aws:iam::${account}:role/DRSOrchestrationRole`
const TARGETS = ['111111111111', '222222222222', '333333333333'].map(accountId => ({
  accountId,
  roleArn: roleOf(accountId)
}))

function mockView<I extends object, O extends MetadataBearer>(
  command: new (input: I) => unknown
): new (input: I) => AwsCommand<I, O> {
  return command as unknown as new (input: I) => AwsCommand<I, O>
}
const AssumeRoleCommand = mockView<AssumeRoleCommandInput, AssumeRoleCommandOutput>(
  StsAssumeRoleCommand
)
const AssumeRoleWithWebIdentityCommand = mockView<
  AssumeRoleWithWebIdentityCommandInput,
  AssumeRoleWithWebIdentityCommandOutput
>(StsAssumeRoleWithWebIdentityCommand)
const stsMock = mockClient(STSClient as unknown as Parameters<typeof mockClient>[0])

class FakeClock implements Clock {
  time = Date.UTC(2025, 0, 1, 12)
  now(): number {
    return this.time
  }
  async sleep(ms: number): Promise<void> {
    this.time += ms
  }
}

let serial = 0
function credentials(kind: string, clock: Clock) {
  serial++
  return {
    AccessKeyId: `ASIA${kind}${serial}`,
    SecretAccessKey: `${kind}-secret-${serial}`,
    SessionToken: `${kind}-token-${serial}`,
    Expiration: new Date(clock.now() + 60 * MINUTE)
  }
}

function denied(message: string): STSServiceException {
  return new STSServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message
  })
}

function harness() {
  const clock = new FakeClock()
  const masked: string[] = []
  let tokens = 0
  const port: RunnerPort = {
    mask: secret => masked.push(secret),
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    getIdToken: async () => `oidc-token-${++tokens}`
  }
  stsMock.on(AssumeRoleWithWebIdentityCommand).callsFake(async () => ({
    Credentials: credentials('CENTRAL', clock)
  }))
  stsMock.on(AssumeRoleCommand).callsFake(async (input: AssumeRoleCommandInput) => {
    if (input.RoleArn === roleOf('222222222222')) throw denied('not trusted')
    return { Credentials: credentials('TARGET', clock) }
  })
  const options: CredentialChainOptions = {
    stsRegion: 'us-west-2',
    retryMode: 'standard',
    maxAttempts: 1,
    userAgent: 'test',
    clock
  }
  return { clock, port, masked, options, tokens: () => tokens }
}

const calls = (command: unknown): number =>
  stsMock.commandCalls(command as Parameters<typeof stsMock.commandCalls>[0]).length

async function settle(provider: AwsCredentialIdentityProvider): Promise<unknown> {
  return provider().then(
    () => 'ok',
    (error: unknown) => error
  )
}

beforeEach(() => {
  stsMock.reset()
})
afterAll(() => {
  stsMock.restore()
})

describe('createAccountSessions', () => {
  const settings = makeSettings({ oidcRoleArn: CENTRAL_ROLE })

  test('one OIDC exchange and one central session serve every account', async () => {
    const h = harness()
    const sessions = createAccountSessions(settings, h.port, h.options)
    await sessions.start()
    const results = await Promise.all(
      TARGETS.map(target => settle(sessions.forAccount(target).provider))
    )
    expect(results[0]).toBe('ok')
    expect(results[2]).toBe('ok')
    expect(h.tokens()).toBe(1)
    expect(calls(AssumeRoleWithWebIdentityCommand)).toBe(1)
    // Each account its own AssumeRole (the denied one asks once more without tags to tell why).
    const assumed = stsMock.commandCalls(AssumeRoleCommand).map(call => call.args[0].input.RoleArn)
    expect(new Set(assumed)).toEqual(new Set(TARGETS.map(t => t.roleArn)))
    // Every AssumeRole signs with the central session.
    for (const call of stsMock.commandCalls(AssumeRoleCommand)) {
      const client = call.thisValue as STSClient
      const signing = await (client.config.credentials as AwsCredentialIdentityProvider)()
      expect(signing.accessKeyId).toMatch(/^ASIACENTRAL/)
    }
  })

  test('a denied account fails alone, as a target-role failure', async () => {
    const h = harness()
    const sessions = createAccountSessions(settings, h.port, h.options)
    await sessions.start()
    const error = await settle(sessions.forAccount(TARGETS[1]).provider)
    expect(error).toBeInstanceOf(CredentialChainError)
    expect((error as CredentialChainError).hop).toBe('target-role')
    expect(isCentralFailure(error)).toBe(false)
    expect(await settle(sessions.forAccount(TARGETS[0]).provider)).toBe('ok')
  })

  test('a central failure is reported by start() and is the central hop', async () => {
    const h = harness()
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(denied('no trust for the token'))
    const sessions = createAccountSessions(settings, h.port, h.options)
    const error = await sessions.start().then(
      () => null,
      (e: unknown) => e
    )
    expect(isCentralFailure(error)).toBe(true)
    expect(calls(AssumeRoleCommand)).toBe(0)
  })

  test('an account renews its own session; the central one renews only near its expiry', async () => {
    const h = harness()
    const sessions = createAccountSessions(settings, h.port, h.options)
    await sessions.start()
    const first = sessions.forAccount(TARGETS[0])
    expect(sessions.forAccount(TARGETS[0])).toBe(first)
    await first.provider()
    h.clock.time += 40 * MINUTE
    await first.provider()
    expect(first.assumptions()).toBe(1)
    h.clock.time += 15 * MINUTE
    await first.provider()
    expect(first.assumptions()).toBe(2)
    // The renewal signs with the central provider, which renews once (it is as old) for everyone.
    const signing = async (index: number) => {
      const client = stsMock.commandCalls(AssumeRoleCommand)[index].thisValue as STSClient
      return (client.config.credentials as AwsCredentialIdentityProvider)()
    }
    const renewedWith = await signing(1)
    expect(calls(AssumeRoleWithWebIdentityCommand)).toBe(2)
    await sessions.forAccount(TARGETS[2]).provider()
    expect((await signing(2)).accessKeyId).toBe(renewedWith.accessKeyId)
    expect(calls(AssumeRoleWithWebIdentityCommand)).toBe(2)
  })

  test('without oidc-role-arn every account signs with the ambient credentials', async () => {
    const h = harness()
    const ambient = async () => ({ accessKeyId: 'AKIAAMBIENT', secretAccessKey: 'x' })
    const sessions = createAccountSessions(makeSettings(), h.port, { ...h.options, ambient })
    await sessions.start()
    expect(await settle(sessions.forAccount(TARGETS[0]).provider)).toBe('ok')
    expect(calls(AssumeRoleWithWebIdentityCommand)).toBe(0)
    const client = stsMock.commandCalls(AssumeRoleCommand)[0].thisValue as STSClient
    const signing = await (client.config.credentials as AwsCredentialIdentityProvider)()
    expect(signing.accessKeyId).toBe('AKIAAMBIENT')
  })
})

describe('SlotPool', () => {
  test('never more than its size at once, first come first served', async () => {
    const pool = new SlotPool(2)
    const order: string[] = []
    let peak = 0
    const gates = new Map<string, () => void>()
    const work = (name: string) =>
      pool.run(async () => {
        order.push(name)
        peak = Math.max(peak, pool.inUse)
        await new Promise<void>(resolve => gates.set(name, resolve))
      })
    const all = ['a', 'b', 'c', 'd'].map(work)
    await new Promise(resolve => setImmediate(resolve))
    expect(order).toEqual(['a', 'b'])
    expect(pool.waiting).toBe(2)
    gates.get('b')!()
    await new Promise(resolve => setImmediate(resolve))
    expect(order).toEqual(['a', 'b', 'c'])
    for (const name of ['a', 'c']) gates.get(name)!()
    await new Promise(resolve => setImmediate(resolve))
    gates.get('d')!()
    await Promise.all(all)
    expect(order).toEqual(['a', 'b', 'c', 'd'])
    expect(peak).toBe(2)
    expect(pool.inUse).toBe(0)
  })

  test('a release given twice frees one slot only', async () => {
    const pool = new SlotPool(1)
    const release = await pool.acquire()
    release()
    release()
    expect(pool.inUse).toBe(0)
    await pool.acquire()
    expect(pool.inUse).toBe(1)
  })

  test('a failing work gives its slot back', async () => {
    const pool = new SlotPool(1)
    await expect(pool.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(pool.inUse).toBe(0)
  })
})

describe('targets', () => {
  test('settingsForAccount takes the account id and role of the target', () => {
    const settings = makeSettings({ roleName: 'DRSOrchestrationRole', targets: TARGETS })
    const one = settingsForAccount(settings, TARGETS[2])
    expect(one.accountId).toBe('333333333333')
    expect(one.roleArn).toBe(roleOf('333333333333'))
    expect(one.targets).toEqual([TARGETS[2]])
    expect(isManyAccountRun(settings)).toBe(true)
    expect(isManyAccountRun(makeSettings())).toBe(false)
    expect(accountLogPrefix(settings, '333333333333')).toBe('[333333333333] ')
    expect(accountLogPrefix(makeSettings(), '123456789012')).toBe('')
  })

  test('rows sort by account, then region, then instance', () => {
    const rows = [
      makeRow({ accountId: '2', region: 'a', instanceId: 'i-1', status: 'failed' }),
      makeRow({ accountId: '1', region: 'b', instanceId: 'i-1', status: 'failed' }),
      makeRow({ accountId: '1', region: 'a', instanceId: 'i-2', status: 'failed' }),
      makeRow({ accountId: '1', region: 'a', instanceId: null, status: 'failed' })
    ]
    expect(sortAccountRows(rows).map(r => `${r.accountId}/${r.region}/${r.instanceId}`)).toEqual([
      '1/a/null',
      '1/a/i-2',
      '1/b/i-1',
      '2/a/i-1'
    ])
  })

  test('prefixedPort prefixes log lines only', () => {
    const lines: string[] = []
    const masked: string[] = []
    const port = prefixedPort(
      {
        mask: s => masked.push(s),
        info: m => lines.push(m),
        warning: m => lines.push(`warn ${m}`),
        debug: () => undefined
      },
      '[1] '
    )
    port.info('found')
    port.warning('slow')
    port.mask('secret')
    expect(lines).toEqual(['[1] found', 'warn [1] slow'])
    expect(masked).toEqual(['secret'])
  })
})
