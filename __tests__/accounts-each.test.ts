// forEachAccount (src/accounts/each.ts), what the check and the drill run their accounts through:
// the account-concurrency bound, an account's failure its own result, a central failure every
// account's, the early slot release, and which credentials a run-wide publish uses.
import { beforeEach, describe, expect, test } from '@jest/globals'
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
import type { MetadataBearer } from '@smithy/types'
import { mockClient, type AwsCommand } from 'aws-sdk-client-mock'
import { forEachAccount, topicCredentials, type AccountWork } from '../src/accounts/each.js'
import type { RunnerPort } from '../src/shared/port.js'
import { makeSettings } from './fixtures/settings.js'

const roleOf = (account: string): string => `arn:aws:iam::${account}:role/DRSOrchestrationRole`
const ACCOUNTS = ['111111111111', '222222222222', '333333333333', '444444444444']
const TARGETS = ACCOUNTS.map(accountId => ({ accountId, roleArn: roleOf(accountId) }))
const CENTRAL = 'arn:aws:iam::999999999999:role/GitHubCentral'

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

let serial = 0
const issued = () => ({
  Credentials: {
    AccessKeyId: `ASIA${++serial}`,
    SecretAccessKey: `secret-${serial}`,
    SessionToken: `token-${serial}`,
    Expiration: new Date(Date.now() + 3600_000)
  }
})
const denied = (message: string) =>
  new STSServiceException({
    name: 'AccessDenied',
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message
  })

const warnings: string[] = []
const port: RunnerPort = {
  mask: () => undefined,
  info: () => undefined,
  warning: message => warnings.push(message),
  debug: () => undefined,
  getIdToken: async () => 'oidc-token'
}
const OPTIONS = {
  stsRegion: 'us-west-2',
  retryMode: 'standard' as const,
  maxAttempts: 1,
  userAgent: 'test',
  concurrency: 2
}
const settings = (oidcRoleArn: string | null = null) =>
  makeSettings({
    targets: TARGETS,
    roleArn: TARGETS[0].roleArn,
    accountId: ACCOUNTS[0],
    roleName: 'DRSOrchestrationRole',
    sessionTagging: false,
    oidcRoleArn
  })

beforeEach(() => {
  stsMock.reset()
  warnings.length = 0
  stsMock.on(AssumeRoleWithWebIdentityCommand).callsFake(async () => issued())
  stsMock.on(AssumeRoleCommand).callsFake(async (input: AssumeRoleCommandInput) => {
    if (input.RoleArn === roleOf('222222222222')) throw denied('not trusted')
    return issued()
  })
})

describe('forEachAccount', () => {
  test('at most account-concurrency accounts at once; a denied account is its own failed result', async () => {
    let inFlight = 0
    let peak = 0
    const work: AccountWork<string> = {
      failed: (target, message) => `${target.accountId} failed: ${message}`,
      run: async ({ target }) => {
        inFlight++
        peak = Math.max(peak, inFlight)
        await new Promise(resolve => setTimeout(resolve, 5))
        inFlight--
        return `${target.accountId} ok`
      }
    }
    const result = await forEachAccount(settings(), port, OPTIONS, work)
    expect(peak).toBe(2)
    expect(result.results.map(r => r.slice(0, 16))).toEqual([
      '111111111111 ok',
      '222222222222 fai',
      '333333333333 ok',
      '444444444444 ok'
    ])
    expect(result.results[1]).toContain('not trusted')
    expect(result.centralFailure).toBeNull()
    expect(result.assumed).toBe(3)
    expect(warnings).toEqual([
      expect.stringContaining('[222222222222] Account 222222222222 stopped:')
    ])
  })

  test('an account that releases its slot early lets the next one start', async () => {
    let inFlight = 0
    let peak = 0
    const result = await forEachAccount(
      settings(),
      port,
      { ...OPTIONS, concurrency: 1 },
      {
        failed: target => target.accountId,
        run: async ({ target, releaseSlot }) => {
          releaseSlot()
          inFlight++
          peak = Math.max(peak, inFlight)
          await new Promise(resolve => setTimeout(resolve, 20))
          inFlight--
          return target.accountId
        }
      }
    )
    expect(peak).toBeGreaterThan(1)
    expect(result.results).toEqual(ACCOUNTS)
  })

  test('a central failure is every account failed, with no account assumed and no work run', async () => {
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(denied('central refused'))
    let ran = 0
    const result = await forEachAccount(settings(CENTRAL), port, OPTIONS, {
      failed: (target, message) => `${target.accountId}: ${message}`,
      run: async () => {
        ran++
        return 'ran'
      }
    })
    expect(ran).toBe(0)
    expect(result.centralFailure).toContain('central refused')
    expect(result.results).toHaveLength(4)
    for (const entry of result.results) expect(entry).toContain('central refused')
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(0)
  })

  test('one central exchange serves every account; a topic in the run publishes with its account', async () => {
    const result = await forEachAccount(settings(CENTRAL), port, OPTIONS, {
      failed: () => null,
      run: async ({ credentials }) => (await credentials()).accessKeyId
    })
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(4)
    const inRun = topicCredentials(
      'arn:aws:sns:us-west-2:333333333333:drs',
      TARGETS,
      result.sessions
    )
    expect((await inRun!()).accessKeyId).toBe(result.results[2])
    const outside = topicCredentials(
      'arn:aws:sns:us-west-2:555555555555:drs',
      TARGETS,
      result.sessions
    )
    expect(outside).toBe(result.sessions.central)
  })
})
