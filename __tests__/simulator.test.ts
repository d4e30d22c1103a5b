// The AWS simulator, driven by the real SDK v3 clients: every operation and every error the
// action's tests rely on, as the wire protocols deliver them.

import { afterEach, describe, expect, it } from '@jest/globals'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandOutput,
  EC2Client
} from '@aws-sdk/client-ec2'
import {
  CancelCommandCommand,
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  SSMClient
} from '@aws-sdk/client-ssm'
import {
  DescribeSourceServersCommand,
  DrsClient,
  UninitializedAccountException
} from '@aws-sdk/client-drs'
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns'
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  OrganizationsClient
} from '@aws-sdk/client-organizations'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>
interface Creds {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

const TARGET = '222222222222'
const OTHER = '333333333333'
const CENTRAL = 'arn:aws:iam::111111111111:role/GitHubDRS'
const ROLE = `arn:aws:iam::${TARGET}:role/DRSOrchestrationRole`
const NO_TAGS_ROLE = `arn:aws:iam::${TARGET}:role/NoSessionTags`
const READ_ONLY_ROLE = `arn:aws:iam::${TARGET}:role/ReadOnly`
const LONG_ROLE = `arn:aws:iam::${TARGET}:role/LongSessions`
const OTHER_ROLE = `arn:aws:iam::${OTHER}:role/DRSOrchestrationRole`
const TOPIC = `arn:aws:sns:us-east-1:${TARGET}:drs`
const DOC = 'AWSDisasterRecovery-InstallDRAgentOnInstance'

/** i-00000000000000001 style ids */
const id = (n: number): string => `i-${n.toString(16).padStart(17, '0')}`

const WEB = id(1)
const WIN = id(2)
const FAIL = id(3)
const LOST = id(4)
const UNMANAGED = id(5)
const STOPPED = id(6)
const SLOW = id(7)
const UNDELIVERABLE = id(8)
const STALLS = id(9)
const NO_PROFILE = id(10)
const CANCELS = id(11)
const EU_WEB = id(0x21)
const REGISTERED = id(0x22)
const OTHER_INSTANCE = id(0x31)

const dr = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }

function scenario(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    timeScale: 1,
    oidc: { subject: 'repo:octo/fleet:ref:refs/heads/main', tokenLifetimeSeconds: 300 },
    roleForOidc: [
      { arn: CENTRAL, oidcSubjects: ['repo:octo/fleet:*'], oidcAudience: 'sts.amazonaws.com' }
    ],
    accounts: {
      [TARGET]: {
        roles: [
          { arn: ROLE, externalId: 'x', trustedPrincipals: [CENTRAL, 'ambient'] },
          { arn: NO_TAGS_ROLE, trustedPrincipals: [CENTRAL, 'ambient'], refuseSessionTags: true },
          {
            arn: READ_ONLY_ROLE,
            trustedPrincipals: ['ambient'],
            deny: ['ssm:SendCommand', 'ec2:*']
          },
          { arn: LONG_ROLE, trustedPrincipals: [CENTRAL, 'ambient'], maxSessionDuration: 43200 }
        ],
        regions: {
          'us-east-1': {
            instances: [
              { id: WEB, name: 'web-1', tags: dr, install: { durationSeconds: 60 } },
              { id: WIN, name: 'win-1', platform: 'Windows', tags: dr },
              {
                id: FAIL,
                name: 'fail-1',
                tags: dr,
                install: {
                  outcome: 'Failed',
                  durationSeconds: 30,
                  errorText: 'curl: (22) 403 Forbidden'
                }
              },
              { id: LOST, name: 'lost-1', tags: dr, pingStatus: 'ConnectionLost' },
              { id: UNMANAGED, name: 'unmanaged-1', tags: dr, pingStatus: null },
              { id: STOPPED, name: 'stopped-1', tags: dr, state: 'stopped' },
              {
                id: SLOW,
                name: 'slow-1',
                tags: dr,
                install: { outcome: 'TimedOut', durationSeconds: 100 }
              },
              {
                id: UNDELIVERABLE,
                name: 'gone-1',
                tags: dr,
                install: { outcome: 'Undeliverable' }
              },
              {
                id: STALLS,
                name: 'stalls-1',
                tags: dr,
                install: { durationSeconds: 60, stalled: true }
              },
              { id: NO_PROFILE, name: 'noprofile-1', tags: { env: 'dev' }, instanceProfile: null },
              {
                id: CANCELS,
                name: 'cancel-1',
                tags: { env: 'dev' },
                install: { outcome: 'Cancelled', durationSeconds: 50 }
              }
            ]
          },
          'eu-west-1': {
            instances: [
              { id: EU_WEB, name: 'eu-web-1', tags: dr },
              { id: REGISTERED, name: 'eu-registered', tags: dr }
            ]
          },
          'ap-east-1': { enabled: false },
          'eu-central-1': { drsInitialized: false },
          'us-west-2': {
            replication: { registerAfterSeconds: 30, initialSyncSeconds: 300 },
            sourceServers: [{ instanceId: REGISTERED, replicationState: 'CONTINUOUS' }]
          }
        }
      },
      [OTHER]: {
        roles: [{ arn: OTHER_ROLE, trustedPrincipals: ['ambient'] }],
        regions: { 'us-east-1': { instances: [{ id: OTHER_INSTANCE, name: 'other-1', tags: dr }] } }
      }
    },
    sns: { topics: [TOPIC] },
    ...extra
  }
}

const open: Array<{ destroy(): void }> = []
const sims: Simulator[] = []

afterEach(async () => {
  for (const client of open.splice(0)) client.destroy()
  for (const sim of sims.splice(0)) await sim.close()
})

async function start(spec: Record<string, unknown> = scenario(), options = {}): Promise<Simulator> {
  const sim = await startSimulator(spec, options)
  sims.push(sim)
  return sim
}

function track<T extends { destroy(): void }>(client: T): T {
  open.push(client)
  return client
}

function config(sim: Simulator, region: string, credentials: Creds) {
  return { endpoint: sim.url, region, credentials, maxAttempts: 1 }
}
const sts = (sim: Simulator, credentials: Creds = sim.ambient, region = 'us-east-1') =>
  track(new STSClient(config(sim, region, credentials)))
const ec2 = (sim: Simulator, credentials: Creds, region = 'us-east-1') =>
  track(new EC2Client(config(sim, region, credentials)))
const ssm = (sim: Simulator, credentials: Creds, region = 'us-east-1') =>
  track(new SSMClient(config(sim, region, credentials)))
const drs = (sim: Simulator, credentials: Creds, region = 'us-west-2') =>
  track(new DrsClient(config(sim, region, credentials)))

function creds(
  c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } | undefined
): Creds {
  return {
    accessKeyId: c?.AccessKeyId ?? '',
    secretAccessKey: c?.SecretAccessKey ?? '',
    sessionToken: c?.SessionToken
  }
}

/** OIDC token -> central role -> target role, as the action does. */
async function chain(
  sim: Simulator,
  roleArn = ROLE,
  externalId = 'x'
): Promise<{ central: Creds; target: Creds }> {
  const token = sim.issueIdToken('sts.amazonaws.com')
  const web = await sts(sim).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: CENTRAL,
      RoleSessionName: 'drs-1-1',
      WebIdentityToken: token
    })
  )
  const central = creds(web.Credentials)
  const assumed = await sts(sim, central).send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'drs-1-1', ExternalId: externalId })
  )
  return { central, target: creds(assumed.Credentials) }
}

/** The target role straight from the ambient credentials (no chaining). */
async function direct(
  sim: Simulator,
  roleArn = ROLE,
  externalId: string | undefined = 'x'
): Promise<Creds> {
  const out = await sts(sim).send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'direct', ExternalId: externalId })
  )
  return creds(out.Credentials)
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

async function failure(
  promise: Promise<unknown>
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise
  } catch (error) {
    return error as Error & { $metadata?: { httpStatusCode?: number } }
  }
  throw new Error('expected the call to fail')
}

describe('OIDC token endpoint', () => {
  it('serves @actions/core getIDToken through ACTIONS_ID_TOKEN_REQUEST_URL', async () => {
    const sim = await start()
    const saved = {
      url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    }
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = sim.oidc.requestUrl
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = sim.oidc.requestToken
    const write = process.stdout.write
    process.stdout.write = (() => true) as typeof process.stdout.write
    try {
      const core = await import('@actions/core')
      const token = await core.getIDToken('sts.amazonaws.com')
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'))
      expect(claims).toMatchObject({
        aud: 'sts.amazonaws.com',
        sub: 'repo:octo/fleet:ref:refs/heads/main'
      })
      const web = await sts(sim).send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: CENTRAL,
          RoleSessionName: 's1',
          WebIdentityToken: token
        })
      )
      expect(web.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111111111111:assumed-role/GitHubDRS/s1')
      expect(web.SubjectFromWebIdentityToken).toBe('repo:octo/fleet:ref:refs/heads/main')
    } finally {
      process.stdout.write = write
      restore('ACTIONS_ID_TOKEN_REQUEST_URL', saved.url)
      restore('ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token)
    }
    const oidcCalls = sim.calls().filter(c => c.service === 'oidc')
    expect(oidcCalls).toHaveLength(1)
    expect(oidcCalls[0].params).toMatchObject({
      audience: 'sts.amazonaws.com',
      'api-version': '2.0'
    })
  })

  it('refuses a wrong request token with 401', async () => {
    const sim = await start()
    const response = await fetch(`${sim.oidc.requestUrl}&audience=x`, {
      headers: { authorization: 'Bearer nope' }
    })
    expect(response.status).toBe(401)
  })
})

describe('STS', () => {
  it('chains OIDC -> central role -> target role with session tags and SourceIdentity', async () => {
    const sim = await start()
    const token = sim.issueIdToken('sts.amazonaws.com')
    const web = await sts(sim).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: CENTRAL,
        RoleSessionName: 'run-1',
        WebIdentityToken: token
      })
    )
    expect(web.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(web.Credentials?.Expiration).toBeInstanceOf(Date)
    expect(web.Audience).toBe('sts.amazonaws.com')
    const central = creds(web.Credentials)
    const who = await sts(sim, central).send(new GetCallerIdentityCommand({}))
    expect(who).toMatchObject({
      Account: '111111111111',
      Arn: 'arn:aws:sts::111111111111:assumed-role/GitHubDRS/run-1'
    })
    const assumed = await sts(sim, central).send(
      new AssumeRoleCommand({
        RoleArn: ROLE,
        RoleSessionName: 'run-1',
        ExternalId: 'x',
        DurationSeconds: 3600,
        SourceIdentity: 'octocat',
        Tags: [
          { Key: 'repository', Value: 'octo/fleet' },
          { Key: 'run-id', Value: '42' }
        ]
      })
    )
    expect(assumed.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${TARGET}:assumed-role/DRSOrchestrationRole/run-1`
    )
    expect(assumed.SourceIdentity).toBe('octocat')
    expect(assumed.PackedPolicySize).toBeGreaterThan(0)
    const target = creds(assumed.Credentials)
    expect((await sts(sim, target).send(new GetCallerIdentityCommand({}))).Account).toBe(TARGET)
    const session = sim.state.sessions.find(s => s.accessKeyId === target.accessKeyId)
    expect(session).toMatchObject({ chained: true, sourceIdentity: 'octocat', account: TARGET })
    expect(session?.tags).toEqual([
      { Key: 'repository', Value: 'octo/fleet' },
      { Key: 'run-id', Value: '42' }
    ])
    const call = sim.calls().find(c => c.operation === 'AssumeRole')
    expect(call).toMatchObject({
      service: 'sts',
      region: 'us-east-1',
      accessKeyId: central.accessKeyId
    })
    expect(call?.params).toMatchObject({ RoleArn: ROLE, ExternalId: 'x', DurationSeconds: 3600 })
  })

  it('refuses a wrong or missing ExternalId and an untrusted caller with AccessDenied', async () => {
    const sim = await start()
    const { central } = await chain(sim)
    for (const externalId of ['wrong', undefined]) {
      const error = await failure(
        sts(sim, central).send(
          new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'sess', ExternalId: externalId })
        )
      )
      expect(error.name).toBe('AccessDenied')
      expect(error.message).toContain('not authorized to perform: sts:AssumeRole')
      expect(error.$metadata?.httpStatusCode).toBe(403)
    }
    const untrusted = await failure(
      sts(sim, central).send(
        new AssumeRoleCommand({ RoleArn: READ_ONLY_ROLE, RoleSessionName: 'sess' })
      )
    )
    expect(untrusted.name).toBe('AccessDenied')
    const missing = await failure(
      sts(sim).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${TARGET}:role/Nope`,
          RoleSessionName: 'sess'
        })
      )
    )
    expect(missing.name).toBe('AccessDenied')
  })

  it('refuses session tags and SourceIdentity when the trust policy lacks TagSession/SetSourceIdentity', async () => {
    const sim = await start()
    const { central } = await chain(sim)
    const tagged = await failure(
      sts(sim, central).send(
        new AssumeRoleCommand({
          RoleArn: NO_TAGS_ROLE,
          RoleSessionName: 'sess',
          Tags: [{ Key: 'a', Value: 'b' }]
        })
      )
    )
    expect(tagged.name).toBe('AccessDenied')
    expect(tagged.message).toContain('sts:TagSession')
    const identity = await failure(
      sts(sim, central).send(
        new AssumeRoleCommand({
          RoleArn: NO_TAGS_ROLE,
          RoleSessionName: 'sess',
          SourceIdentity: 'me'
        })
      )
    )
    expect(identity.message).toContain('sts:SetSourceIdentity')
    await expect(
      sts(sim, central).send(
        new AssumeRoleCommand({ RoleArn: NO_TAGS_ROLE, RoleSessionName: 'sess' })
      )
    ).resolves.toBeDefined()
  })

  it('validates session names, tags and SourceIdentity like STS', async () => {
    const sim = await start()
    const badName = await failure(
      sts(sim).send(
        new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'a b', ExternalId: 'x' })
      )
    )
    expect(badName.name).toBe('ValidationError')
    const badSource = await failure(
      sts(sim).send(
        new AssumeRoleCommand({
          RoleArn: ROLE,
          RoleSessionName: 'ok',
          ExternalId: 'x',
          SourceIdentity: 'dependabot[bot]'
        })
      )
    )
    expect(badSource.name).toBe('ValidationError')
    expect(badSource.message).toContain('sourceIdentity')
  })

  it('caps chained sessions at one hour and every session at the role maximum', async () => {
    const sim = await start()
    const { central } = await chain(sim)
    const chained = await failure(
      sts(sim, central).send(
        new AssumeRoleCommand({
          RoleArn: LONG_ROLE,
          RoleSessionName: 'sess',
          DurationSeconds: 7200
        })
      )
    )
    expect(chained.name).toBe('ValidationError')
    expect(chained.message).toBe(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
    )
    // not chained (ambient user): the role's own maximum applies
    await expect(
      sts(sim).send(
        new AssumeRoleCommand({
          RoleArn: LONG_ROLE,
          RoleSessionName: 'sess',
          DurationSeconds: 7200
        })
      )
    ).resolves.toBeDefined()
    const overMax = await failure(
      sts(sim).send(
        new AssumeRoleCommand({
          RoleArn: ROLE,
          RoleSessionName: 'sess',
          ExternalId: 'x',
          DurationSeconds: 7200
        })
      )
    )
    expect(overMax.name).toBe('ValidationError')
    expect(overMax.message).toContain('MaxSessionDuration')
  })

  it('validates web identity tokens: audience, subject, signature, expiry', async () => {
    const sim = await start(
      scenario({
        roleForOidc: [
          { arn: CENTRAL, oidcSubjects: ['repo:octo/fleet:*'] },
          { arn: 'arn:aws:iam::111111111111:role/OtherRepo', oidcSubjects: ['repo:octo/other:*'] }
        ]
      }),
      { manualClock: true }
    )
    const client = sts(sim)
    const send = (token: string, roleArn = CENTRAL) =>
      client.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: roleArn,
          RoleSessionName: 'sess',
          WebIdentityToken: token
        })
      )
    const wrongAudience = await failure(send(sim.issueIdToken('api://something-else')))
    expect(wrongAudience.name).toBe('InvalidIdentityTokenException')
    const wrongSubject = await failure(
      send(sim.issueIdToken('sts.amazonaws.com'), 'arn:aws:iam::111111111111:role/OtherRepo')
    )
    expect(wrongSubject.name).toBe('AccessDenied')
    const forged = await failure(send('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'))
    expect(forged.name).toBe('InvalidIdentityTokenException')
    const garbage = await failure(send('not-a-jwt'))
    expect(garbage.name).toBe('InvalidIdentityTokenException')
    const token = sim.issueIdToken('sts.amazonaws.com')
    sim.advance(301)
    const expired = await failure(send(token))
    expect(expired.name).toBe('ExpiredTokenException')
  })

  it('refuses unknown, mismatched and expired credentials', async () => {
    const sim = await start(scenario(), { manualClock: true })
    const unknown = { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }
    const bad = await failure(sts(sim, unknown).send(new GetCallerIdentityCommand({})))
    expect(bad.name).toBe('InvalidClientTokenId')
    expect((await failure(ec2(sim, unknown).send(new DescribeInstancesCommand({})))).name).toBe(
      'AuthFailure'
    )
    expect(
      (await failure(ssm(sim, unknown).send(new DescribeInstanceInformationCommand({})))).name
    ).toBe('UnrecognizedClientException')

    const target = await direct(sim)
    const wrongToken = { ...target, sessionToken: 'IQoJsimSomethingElse' }
    expect((await failure(sts(sim, wrongToken).send(new GetCallerIdentityCommand({})))).name).toBe(
      'InvalidClientTokenId'
    )
    const short = creds(
      (
        await sts(sim).send(
          new AssumeRoleCommand({
            RoleArn: ROLE,
            RoleSessionName: 'sess',
            ExternalId: 'x',
            DurationSeconds: 900
          })
        )
      ).Credentials
    )
    sim.advance(899)
    await expect(sts(sim, short).send(new GetCallerIdentityCommand({}))).resolves.toBeDefined()
    sim.advance(2)
    expect((await failure(sts(sim, short).send(new GetCallerIdentityCommand({})))).name).toBe(
      'ExpiredToken'
    )
    expect((await failure(ec2(sim, short).send(new DescribeInstancesCommand({})))).name).toBe(
      'RequestExpired'
    )
    expect(
      (await failure(ssm(sim, short).send(new DescribeInstanceInformationCommand({})))).name
    ).toBe('ExpiredTokenException')
  })
})

describe('EC2 DescribeInstances', () => {
  it('filters by tag and state and returns the instance shape the action reads', async () => {
    const sim = await start()
    const target = await direct(sim)
    const out = await ec2(sim, target).send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: 'tag:dr:enabled', Values: ['true'] },
          { Name: 'tag:dr:recovery-strategy', Values: ['drs'] },
          { Name: 'instance-state-name', Values: ['running'] }
        ]
      })
    )
    const instances = (out.Reservations ?? []).flatMap(r => r.Instances ?? [])
    const ids = instances.map(i => i.InstanceId)
    expect(ids).toEqual([WEB, WIN, FAIL, LOST, UNMANAGED, SLOW, UNDELIVERABLE, STALLS])
    const win = instances.find(i => i.InstanceId === WIN)
    expect(win).toMatchObject({
      State: { Name: 'running', Code: 16 },
      Platform: 'windows',
      PlatformDetails: 'Windows',
      IamInstanceProfile: { Arn: expect.stringContaining(':instance-profile/') }
    })
    expect(win?.Tags).toContainEqual({ Key: 'Name', Value: 'win-1' })
    const web = instances.find(i => i.InstanceId === WEB)
    expect(web?.PlatformDetails).toBe('Linux/UNIX')
    expect(web?.Platform).toBeUndefined()
    const all = await ec2(sim, target).send(
      new DescribeInstancesCommand({ InstanceIds: [NO_PROFILE, STOPPED] })
    )
    const byId = new Map(
      (all.Reservations ?? []).flatMap(r => r.Instances ?? []).map(i => [i.InstanceId, i])
    )
    expect(byId.get(NO_PROFILE)?.IamInstanceProfile).toBeUndefined()
    expect(byId.get(STOPPED)?.State?.Name).toBe('stopped')
    expect(sim.calls().find(c => c.service === 'ec2')?.params).toMatchObject({
      Filters: [
        { Name: 'tag:dr:enabled', Values: ['true'] },
        { Name: 'tag:dr:recovery-strategy', Values: ['drs'] },
        { Name: 'instance-state-name', Values: ['running'] }
      ]
    })
  })

  it('pages with MaxResults/NextToken, and at 1000 without MaxResults', async () => {
    const sim = await start(
      scenario({
        instanceGenerator: [
          { account: TARGET, region: 'ca-central-1', count: 2500, windowsEvery: 5 }
        ]
      })
    )
    const target = await direct(sim)
    const client = ec2(sim, target)
    const small: string[] = []
    let token: string | undefined
    let pages = 0
    do {
      const out = await client.send(
        new DescribeInstancesCommand({
          MaxResults: 5,
          NextToken: token,
          Filters: [{ Name: 'tag:dr:enabled', Values: ['true'] }]
        })
      )
      pages++
      small.push(
        ...(out.Reservations ?? []).flatMap(r => r.Instances ?? []).map(i => i.InstanceId ?? '')
      )
      token = out.NextToken
    } while (token)
    expect(pages).toBe(2)
    expect(small).toHaveLength(9)

    const big = ec2(sim, target, 'ca-central-1')
    const sizes: number[] = []
    const seen = new Set<string>()
    token = undefined
    do {
      const out: DescribeInstancesCommandOutput = await big.send(
        new DescribeInstancesCommand({ NextToken: token })
      )
      const page = (out.Reservations ?? []).flatMap(r => r.Instances ?? [])
      sizes.push(page.length)
      for (const i of page) seen.add(i.InstanceId ?? '')
      token = out.NextToken
    } while (token)
    expect(sizes).toEqual([1000, 1000, 500])
    expect(seen.size).toBe(2500)
    const windows = [...sim.state.instances.values()].filter(
      i => i.region === 'ca-central-1' && i.platform === 'Windows'
    )
    expect(windows).toHaveLength(500)
  })

  it('answers unknown, malformed and conflicting parameters with EC2 errors', async () => {
    const sim = await start()
    const client = ec2(sim, await direct(sim))
    const notFound = await failure(
      client.send(new DescribeInstancesCommand({ InstanceIds: [WEB, id(0xfff)] }))
    )
    expect(notFound.name).toBe('InvalidInstanceID.NotFound')
    expect(notFound.message).toContain(id(0xfff))
    const malformed = await failure(
      client.send(new DescribeInstancesCommand({ InstanceIds: ['i-xyz'] }))
    )
    expect(malformed.name).toBe('InvalidInstanceID.Malformed')
    const combo = await failure(
      client.send(new DescribeInstancesCommand({ InstanceIds: [WEB], MaxResults: 5 }))
    )
    expect(combo.name).toBe('InvalidParameterCombination')
    const badMax = await failure(client.send(new DescribeInstancesCommand({ MaxResults: 3 })))
    expect(badMax.name).toBe('InvalidParameterValue')
    const badToken = await failure(
      client.send(new DescribeInstancesCommand({ NextToken: 'forged' }))
    )
    expect(badToken.name).toBe('InvalidPaginationToken')
  })

  it('keeps accounts apart: another account sees none of these instances, the central role is denied', async () => {
    const sim = await start()
    const { central, target } = await chain(sim)
    const other = creds(
      (await sts(sim).send(new AssumeRoleCommand({ RoleArn: OTHER_ROLE, RoleSessionName: 'sess' })))
        .Credentials
    )
    const leaked = await failure(
      ec2(sim, other).send(new DescribeInstancesCommand({ InstanceIds: [WEB] }))
    )
    expect(leaked.name).toBe('InvalidInstanceID.NotFound')
    const mine = await ec2(sim, other).send(new DescribeInstancesCommand({}))
    expect(
      (mine.Reservations ?? []).flatMap(r => r.Instances ?? []).map(i => i.InstanceId)
    ).toEqual([OTHER_INSTANCE])
    const centralCall = await failure(ec2(sim, central).send(new DescribeInstancesCommand({})))
    expect(centralCall.name).toBe('UnauthorizedOperation')
    expect(centralCall.$metadata?.httpStatusCode).toBe(403)
    const ssmCentral = await failure(
      ssm(sim, central).send(new DescribeInstanceInformationCommand({}))
    )
    expect(ssmCentral.name).toBe('AccessDeniedException')
    const drsCentral = await failure(
      drs(sim, central).send(new DescribeSourceServersCommand({ filters: {} }))
    )
    expect(drsCentral.name).toBe('AccessDeniedException')
    await expect(
      ec2(sim, target).send(new DescribeInstancesCommand({ InstanceIds: [WEB] }))
    ).resolves.toBeDefined()
  })

  it('applies a role deny list', async () => {
    const sim = await start()
    const readOnly = await direct(sim, READ_ONLY_ROLE, undefined)
    const denied = await failure(ec2(sim, readOnly).send(new DescribeInstancesCommand({})))
    expect(denied.name).toBe('UnauthorizedOperation')
    const send = await failure(
      ssm(sim, readOnly).send(
        new SendCommandCommand({
          InstanceIds: [WEB],
          DocumentName: DOC,
          Parameters: { Region: ['us-west-2'] }
        })
      )
    )
    expect(send.name).toBe('AccessDeniedException')
    await expect(
      ssm(sim, readOnly).send(new DescribeInstanceInformationCommand({}))
    ).resolves.toBeDefined()
  })

  it('answers every call into a region that is not enabled as AWS does', async () => {
    const sim = await start()
    const target = await direct(sim)
    expect(
      (await failure(ec2(sim, target, 'ap-east-1').send(new DescribeInstancesCommand({})))).name
    ).toBe('AuthFailure')
    expect(
      (
        await failure(
          ssm(sim, target, 'ap-east-1').send(new DescribeInstanceInformationCommand({}))
        )
      ).name
    ).toBe('UnrecognizedClientException')
    expect(
      (
        await failure(
          drs(sim, target, 'ap-east-1').send(new DescribeSourceServersCommand({ filters: {} }))
        )
      ).name
    ).toBe('UnrecognizedClientException')
    const calls = sim.calls().filter(c => c.region === 'ap-east-1')
    expect(calls.map(c => c.reason)).toEqual([
      'region-not-enabled',
      'region-not-enabled',
      'region-not-enabled'
    ])
  })
})

describe('SSM', () => {
  it('describes managed instances with filters and paging', async () => {
    const sim = await start()
    const client = ssm(sim, await direct(sim))
    const ids: string[] = []
    let token: string | undefined
    let pages = 0
    do {
      const out = await client.send(
        new DescribeInstanceInformationCommand({ MaxResults: 5, NextToken: token })
      )
      pages++
      ids.push(...(out.InstanceInformationList ?? []).map(i => i.InstanceId ?? ''))
      token = out.NextToken
    } while (token)
    expect(pages).toBe(2)
    expect(ids).not.toContain(UNMANAGED)
    expect(ids).toHaveLength(10)
    const some = await client.send(
      new DescribeInstanceInformationCommand({
        Filters: [{ Key: 'InstanceIds', Values: [WIN, LOST, UNMANAGED, STOPPED] }]
      })
    )
    expect(
      some.InstanceInformationList?.map(i => [i.InstanceId, i.PingStatus, i.PlatformType])
    ).toEqual([
      [WIN, 'Online', 'Windows'],
      [LOST, 'ConnectionLost', 'Linux'],
      [STOPPED, 'ConnectionLost', 'Linux']
    ])
    const tooSmall = await failure(
      client.send(new DescribeInstanceInformationCommand({ MaxResults: 2 }))
    )
    expect(tooSmall.name).toBe('ValidationException')
  })

  it('validates SendCommand: more than 50 ids, unknown document, missing parameter, unmanaged instance', async () => {
    const sim = await start()
    const client = ssm(sim, await direct(sim))
    const many = Array.from({ length: 51 }, (_, i) => id(0x1000 + i))
    const tooMany = await failure(
      client.send(
        new SendCommandCommand({
          InstanceIds: many,
          DocumentName: DOC,
          Parameters: { Region: ['us-west-2'] }
        })
      )
    )
    expect(tooMany.name).toBe('ValidationException')
    expect(tooMany.message).toContain('less than or equal to 50')
    const noDoc = await failure(
      client.send(
        new SendCommandCommand({
          InstanceIds: [WEB],
          DocumentName: 'Nope-Doc',
          Parameters: { Region: ['us-west-2'] }
        })
      )
    )
    expect(noDoc.name).toBe('InvalidDocument')
    const noRegion = await failure(
      client.send(new SendCommandCommand({ InstanceIds: [WEB], DocumentName: DOC }))
    )
    expect(noRegion.name).toBe('InvalidParameters')
    const unmanaged = await failure(
      client.send(
        new SendCommandCommand({
          InstanceIds: [WEB, UNMANAGED],
          DocumentName: DOC,
          Parameters: { Region: ['us-west-2'] }
        })
      )
    )
    expect(unmanaged.name).toBe('InvalidInstanceId')
    expect(unmanaged.message).toContain(UNMANAGED)
    const longComment = await failure(
      client.send(
        new SendCommandCommand({
          InstanceIds: [WEB],
          DocumentName: DOC,
          Parameters: { Region: ['us-west-2'] },
          Comment: 'x'.repeat(101)
        })
      )
    )
    expect(longComment.name).toBe('ValidationException')
    expect(sim.state.commands).toHaveLength(0)
  })

  it('runs invocations through Pending, InProgress and every terminal status on simulated time', async () => {
    const sim = await start(scenario(), { manualClock: true })
    const target = await direct(sim)
    const client = ssm(sim, target)
    const ids = [WEB, FAIL, SLOW, UNDELIVERABLE, LOST, CANCELS]
    const sent = await client.send(
      new SendCommandCommand({
        InstanceIds: ids,
        DocumentName: DOC,
        Parameters: { Region: ['us-west-2'], Tags: ['team=dr,env=prod'] },
        Comment: 'drs rollout',
        MaxErrors: '100%',
        TimeoutSeconds: 600
      })
    )
    const commandId = sent.Command?.CommandId ?? ''
    expect(sent.Command).toMatchObject({
      Status: 'Pending',
      TargetCount: 6,
      Comment: 'drs rollout',
      MaxErrors: '100%'
    })
    const status = async (instanceId: string) => {
      const out = await client.send(
        new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId })
      )
      return [out.Status, out.StatusDetails]
    }
    expect(await status(WEB)).toEqual(['Pending', 'Pending'])
    sim.advance(3)
    expect(await status(WEB)).toEqual(['InProgress', 'InProgress'])
    expect(await status(UNDELIVERABLE)).toEqual(['Failed', 'Undeliverable'])
    expect(await status(LOST)).toEqual(['Pending', 'Pending'])
    const running = await client.send(new ListCommandsCommand({ CommandId: commandId }))
    expect(running.Commands?.[0]).toMatchObject({ Status: 'InProgress', CompletedCount: 1 })
    sim.advance(40)
    expect(await status(FAIL)).toEqual(['Failed', 'Failed'])
    const failed = await client.send(
      new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: FAIL })
    )
    expect(failed.StandardErrorContent).toContain('curl: (22) 403 Forbidden')
    expect(failed.ResponseCode).toBe(1)
    sim.advance(30)
    expect(await status(WEB)).toEqual(['Success', 'Success'])
    expect(await status(CANCELS)).toEqual(['Cancelled', 'Cancelled'])
    const web = await client.send(
      new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: WEB })
    )
    expect(web).toMatchObject({ ResponseCode: 0, PluginName: expect.any(String) })
    expect(web.ExecutionEndDateTime).not.toBe('')
    sim.advance(40)
    expect(await status(SLOW)).toEqual(['TimedOut', 'ExecutionTimedOut'])
    sim.advance(500)
    expect(await status(LOST)).toEqual(['TimedOut', 'DeliveryTimedOut'])
    const done = await client.send(new ListCommandsCommand({ CommandId: commandId }))
    expect(done.Commands?.[0]).toMatchObject({
      TargetCount: 6,
      CompletedCount: 6,
      ErrorCount: 2,
      DeliveryTimedOutCount: 1,
      Status: 'Success',
      StatusDetails: 'Incomplete'
    })
    const detailed = await client.send(
      new ListCommandInvocationsCommand({ CommandId: commandId, Details: true })
    )
    const plugin = detailed.CommandInvocations?.find(i => i.InstanceId === FAIL)
      ?.CommandPlugins?.[0]
    expect(plugin).toMatchObject({ Status: 'Failed', ResponseCode: 1 })
    expect(plugin?.Output).toContain('403 Forbidden')
    const installs = sim.state.installs
    expect(installs).toHaveLength(6)
    expect(installs.every(i => i.finished)).toBe(true)
    expect(sim.state.lastInstallFinishedAt()?.sim).toBeCloseTo(600, 5)
  })

  it('honours MaxConcurrency and MaxErrors: invocations not started after too many errors are Terminated', async () => {
    const sim = await start(
      scenario({
        instanceGenerator: [
          {
            account: TARGET,
            region: 'sa-east-1',
            count: 6,
            failEvery: 1,
            install: { durationSeconds: 60 }
          }
        ]
      }),
      { manualClock: true }
    )
    const client = ssm(sim, await direct(sim), 'sa-east-1')
    const ids = [...sim.state.instances.values()]
      .filter(i => i.region === 'sa-east-1')
      .map(i => i.id)
    const sent = await client.send(
      new SendCommandCommand({
        InstanceIds: ids,
        DocumentName: DOC,
        Parameters: { Region: ['us-west-2'] },
        MaxConcurrency: '2',
        MaxErrors: '1'
      })
    )
    sim.advance(10)
    const early = await client.send(
      new ListCommandInvocationsCommand({ CommandId: sent.Command?.CommandId })
    )
    expect(early.CommandInvocations?.map(i => i.Status)).toEqual([
      'InProgress',
      'InProgress',
      'Pending',
      'Pending',
      'Pending',
      'Pending'
    ])
    sim.advance(100)
    const late = await client.send(
      new ListCommandInvocationsCommand({ CommandId: sent.Command?.CommandId })
    )
    expect(late.CommandInvocations?.map(i => i.StatusDetails)).toEqual([
      'Failed',
      'Failed',
      'Terminated',
      'Terminated',
      'Terminated',
      'Terminated'
    ])
    const cmd = await client.send(new ListCommandsCommand({ CommandId: sent.Command?.CommandId }))
    expect(cmd.Commands?.[0]).toMatchObject({ Status: 'Failed', ErrorCount: 2, CompletedCount: 6 })
  })

  it('lists commands and invocations with paging, and cancels', async () => {
    const sim = await start(scenario(), { manualClock: true })
    const client = ssm(sim, await direct(sim))
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const out = await client.send(
        new SendCommandCommand({
          InstanceIds: [WEB, WIN],
          DocumentName: DOC,
          Parameters: { Region: ['us-west-2'] },
          Comment: `batch ${i}`
        })
      )
      ids.push(out.Command?.CommandId ?? '')
    }
    const first = await client.send(new ListCommandsCommand({ MaxResults: 2 }))
    expect(first.Commands).toHaveLength(2)
    const second = await client.send(
      new ListCommandsCommand({ MaxResults: 2, NextToken: first.NextToken })
    )
    expect(second.Commands).toHaveLength(1)
    expect(second.NextToken).toBeUndefined()
    expect(
      [...(first.Commands ?? []), ...(second.Commands ?? [])].map(c => c.CommandId).sort()
    ).toEqual([...ids].sort())
    const invocations = await client.send(new ListCommandInvocationsCommand({ MaxResults: 4 }))
    expect(invocations.CommandInvocations).toHaveLength(4)
    expect(invocations.NextToken).toBeDefined()
    const forWin = await client.send(
      new ListCommandInvocationsCommand({ CommandId: ids[0], InstanceId: WIN })
    )
    expect(forWin.CommandInvocations?.map(i => i.InstanceId)).toEqual([WIN])
    await client.send(new CancelCommandCommand({ CommandId: ids[0] }))
    sim.advance(1)
    const cancelled = await client.send(
      new GetCommandInvocationCommand({ CommandId: ids[0], InstanceId: WEB })
    )
    expect(cancelled.Status).toBe('Cancelled')
    const missing = await failure(
      client.send(new GetCommandInvocationCommand({ CommandId: ids[1], InstanceId: LOST }))
    )
    expect(missing.name).toBe('InvocationDoesNotExist')
    const unknownCommand = await failure(
      client.send(
        new GetCommandInvocationCommand({
          CommandId: '00000000-0000-0000-0000-000000000000',
          InstanceId: WEB
        })
      )
    )
    expect(unknownCommand.name).toBe('InvocationDoesNotExist')
  })
})

describe('DRS', () => {
  it('registers a source server after a successful install and replicates to CONTINUOUS', async () => {
    const sim = await start(scenario(), { manualClock: true })
    const target = await direct(sim)
    const sent = await ssm(sim, target).send(
      new SendCommandCommand({
        InstanceIds: [WEB, STALLS, FAIL],
        DocumentName: DOC,
        Parameters: { Region: ['us-west-2'], Tags: ['team=dr'] },
        MaxErrors: '100%'
      })
    )
    const client = drs(sim, target)
    const servers = async () => {
      const out = await client.send(new DescribeSourceServersCommand({ filters: {} }))
      return new Map(
        (out.items ?? []).map(s => [s.sourceProperties?.identificationHints?.awsInstanceID, s])
      )
    }
    expect([...(await servers()).keys()]).toEqual([REGISTERED])
    sim.advance(62) // installs done at 62 (2 s delivery + 60 s)
    expect((await servers()).has(WEB)).toBe(false)
    sim.advance(31) // registered 30 s after the install finished
    let now = await servers()
    expect(now.get(WEB)?.dataReplicationInfo?.dataReplicationState).toBe('INITIATING')
    expect(now.get(WEB)?.tags).toEqual({ team: 'dr' })
    expect(now.get(WEB)?.sourceServerID).toMatch(/^s-[0-9a-f]{17}$/)
    expect(now.has(FAIL)).toBe(false)
    sim.advance(60)
    now = await servers()
    expect(now.get(WEB)?.dataReplicationInfo?.dataReplicationState).toBe('INITIAL_SYNC')
    expect(now.get(STALLS)?.dataReplicationInfo?.dataReplicationState).toBe('STALLED')
    expect(now.get(STALLS)?.dataReplicationInfo?.dataReplicationError?.error).toBe(
      'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER'
    )
    sim.advance(300)
    now = await servers()
    expect(now.get(WEB)?.dataReplicationInfo?.dataReplicationState).toBe('CONTINUOUS')
    expect(now.get(STALLS)?.dataReplicationInfo?.dataReplicationState).toBe('STALLED')
    const one = await client.send(
      new DescribeSourceServersCommand({ filters: { hardwareId: WEB } })
    )
    expect(one.items).toHaveLength(1)
    const state = sim.state.sourceServers.find(s => s.instanceId === WEB)
    expect(state).toMatchObject({
      region: 'us-west-2',
      replicationState: 'CONTINUOUS',
      commandId: sent.Command?.CommandId
    })
  })

  it('answers an uninitialised region with UninitializedAccountException', async () => {
    const sim = await start()
    const target = await direct(sim)
    for (const region of ['eu-central-1', 'sa-east-1']) {
      const error = await failure(
        drs(sim, target, region).send(new DescribeSourceServersCommand({ filters: {} }))
      )
      expect(error.name).toBe('UninitializedAccountException')
      expect(error).toBeInstanceOf(UninitializedAccountException)
    }
  })

  it('fails installs whose target region is not initialised', async () => {
    const sim = await start(scenario(), { manualClock: true })
    const client = ssm(sim, await direct(sim))
    const sent = await client.send(
      new SendCommandCommand({
        InstanceIds: [WEB],
        DocumentName: DOC,
        Parameters: { Region: ['eu-central-1'] }
      })
    )
    sim.advance(100)
    const out = await client.send(
      new GetCommandInvocationCommand({ CommandId: sent.Command?.CommandId, InstanceId: WEB })
    )
    expect(out.Status).toBe('Failed')
    expect(out.StandardErrorContent).toContain('not initialized')
  })

  it('pages source servers', async () => {
    const sim = await start(
      scenario({
        instanceGenerator: [
          {
            account: TARGET,
            region: 'eu-west-1',
            count: 30,
            registeredEvery: 1,
            registeredIn: 'us-west-2',
            idSeed: 'p'
          }
        ]
      })
    )
    const client = drs(sim, await direct(sim))
    const seen: string[] = []
    let token: string | undefined
    do {
      const out = await client.send(
        new DescribeSourceServersCommand({ filters: {}, maxResults: 7, nextToken: token })
      )
      seen.push(...(out.items ?? []).map(s => s.sourceServerID ?? ''))
      token = out.nextToken
    } while (token)
    expect(new Set(seen).size).toBe(31)
  })
})

describe('throttling', () => {
  it('answers with each service’s own throttling error at rate 1.0', async () => {
    const sim = await start(
      scenario({
        ambient: {
          accessKeyId: 'AKIASIMTARGETUSER001',
          secretAccessKey: 's',
          principalArn: `arn:aws:iam::${TARGET}:user/ops`
        },
        throttle: {
          rate: 1,
          services: ['ec2', 'ssm', 'drs', 'sts', 'sns', 'organizations'],
          seed: 7
        }
      })
    )
    const ambient = sim.ambient
    const e1 = await failure(ec2(sim, ambient).send(new DescribeInstancesCommand({})))
    expect(e1.name).toBe('RequestLimitExceeded')
    const e2 = await failure(ssm(sim, ambient).send(new DescribeInstanceInformationCommand({})))
    expect(e2.name).toBe('ThrottlingException')
    const e3 = await failure(
      drs(sim, ambient).send(new DescribeSourceServersCommand({ filters: {} }))
    )
    expect(e3.name).toBe('ThrottlingException')
    expect(e3.$metadata?.httpStatusCode).toBe(429)
    const e4 = await failure(sts(sim, ambient).send(new GetCallerIdentityCommand({})))
    expect(e4.name).toBe('Throttling')
    const e5 = await failure(
      track(new SNSClient(config(sim, 'us-east-1', ambient))).send(
        new PublishCommand({ TopicArn: TOPIC, Message: 'x' })
      )
    )
    expect(e5.name).toBe('ThrottledException')
    expect(sim.calls().every(c => c.throttled)).toBe(true)
  })

  it('throttles a deterministic fraction, which SDK retries absorb', async () => {
    const spec = scenario({
      ambient: {
        accessKeyId: 'AKIASIMTARGETUSER001',
        secretAccessKey: 's',
        principalArn: `arn:aws:iam::${TARGET}:user/ops`
      },
      throttle: { rate: 0.3, services: ['ec2'], seed: 42 }
    })
    const run = async () => {
      const sim = await start(spec)
      const client = track(
        new EC2Client({
          endpoint: sim.url,
          region: 'us-east-1',
          credentials: sim.ambient,
          maxAttempts: 10
        })
      )
      for (let i = 0; i < 5; i++) await client.send(new DescribeInstancesCommand({}))
      return sim.calls().map(c => c.throttled)
    }
    const first = await run()
    expect(first.filter(Boolean).length).toBeGreaterThan(0)
    expect(await run()).toEqual(first)
  }, 30000)
})

describe('SNS', () => {
  it('publishes in the topic’s region with the topic account’s credentials', async () => {
    const sim = await start()
    const target = await direct(sim)
    const sns = (region: string, c: Creds) => track(new SNSClient(config(sim, region, c)))
    const out = await sns('us-east-1', target).send(
      new PublishCommand({ TopicArn: TOPIC, Subject: 'DRS rollout', Message: 'done' })
    )
    expect(out.MessageId).toMatch(/^[0-9a-f-]{36}$/)
    expect(sim.state.messages).toEqual([
      expect.objectContaining({
        topicArn: TOPIC,
        subject: 'DRS rollout',
        message: 'done',
        account: TARGET
      })
    ])
    const notFound = await failure(
      sns('us-east-1', target).send(
        new PublishCommand({ TopicArn: `arn:aws:sns:us-east-1:${TARGET}:nope`, Message: 'x' })
      )
    )
    expect(notFound.name).toBe('NotFoundException')
    const wrongRegion = await failure(
      sns('us-west-2', target).send(new PublishCommand({ TopicArn: TOPIC, Message: 'x' }))
    )
    expect(wrongRegion.name).toBe('InvalidParameterException')
    const other = creds(
      (await sts(sim).send(new AssumeRoleCommand({ RoleArn: OTHER_ROLE, RoleSessionName: 'sess' })))
        .Credentials
    )
    const denied = await failure(
      sns('us-east-1', other).send(new PublishCommand({ TopicArn: TOPIC, Message: 'x' }))
    )
    expect(denied.name).toBe('AuthorizationErrorException')
  })
})

describe('Organizations', () => {
  const orgScenario = () =>
    scenario({
      organizations: {
        managementAccount: '111111111111',
        roots: [{ id: 'r-ab12', name: 'Root' }],
        ous: [
          { id: 'ou-ab12-11111111', name: 'Workloads', parent: 'r-ab12' },
          { id: 'ou-ab12-22222222', name: 'Prod', parent: 'ou-ab12-11111111' }
        ],
        accounts: [
          { id: '111111111111', name: 'management', parent: 'r-ab12' },
          { id: TARGET, name: 'shop-prod', parent: 'ou-ab12-22222222', tags: { drs: 'enabled' } },
          { id: OTHER, name: 'shop-dev', parent: 'ou-ab12-11111111', tags: { drs: 'disabled' } },
          { id: '444444444444', name: 'sandbox', parent: 'r-ab12', status: 'SUSPENDED' }
        ],
        pageSize: 2
      }
    })

  it('lists roots, OUs, accounts and tags with paging', async () => {
    const sim = await start(orgScenario())
    const client = track(new OrganizationsClient(config(sim, 'us-east-1', sim.ambient)))
    const roots = await client.send(new ListRootsCommand({}))
    expect(roots.Roots?.map(r => r.Id)).toEqual(['r-ab12'])
    const names: string[] = []
    let token: string | undefined
    let pages = 0
    do {
      const out = await client.send(new ListAccountsCommand({ NextToken: token }))
      names.push(...(out.Accounts ?? []).map(a => a.Name ?? ''))
      token = out.NextToken
      pages++
    } while (token)
    expect(pages).toBe(2)
    expect(names).toEqual(['management', 'shop-prod', 'shop-dev', 'sandbox'])
    const ous = await client.send(
      new ListOrganizationalUnitsForParentCommand({ ParentId: 'ou-ab12-11111111' })
    )
    expect(ous.OrganizationalUnits?.map(o => o.Id)).toEqual(['ou-ab12-22222222'])
    const inProd = await client.send(
      new ListAccountsForParentCommand({ ParentId: 'ou-ab12-22222222' })
    )
    expect(inProd.Accounts?.map(a => [a.Id, a.Status])).toEqual([[TARGET, 'ACTIVE']])
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceId: TARGET }))
    expect(tags.Tags).toEqual([{ Key: 'drs', Value: 'enabled' }])
    const badParent = await failure(
      client.send(new ListAccountsForParentCommand({ ParentId: 'ou-ab12-99999999' }))
    )
    expect(badParent.name).toBe('ParentNotFoundException')
  })

  it('denies callers outside the management account', async () => {
    const sim = await start(orgScenario())
    const target = await direct(sim)
    const client = track(new OrganizationsClient(config(sim, 'us-east-1', target)))
    expect((await failure(client.send(new ListAccountsCommand({})))).name).toBe(
      'AccessDeniedException'
    )
  })
})

describe('AWS_ENDPOINT_URL', () => {
  it('routes clients created without an endpoint option to the simulator', async () => {
    const sim = await start()
    const saved = process.env.AWS_ENDPOINT_URL
    process.env.AWS_ENDPOINT_URL = sim.url
    try {
      const client = track(
        new STSClient({ region: 'us-east-1', credentials: sim.ambient, maxAttempts: 1 })
      )
      const who = await client.send(new GetCallerIdentityCommand({}))
      expect(who.Arn).toBe('arn:aws:iam::111111111111:user/ci')
      const target = await direct(sim)
      const drsClient = track(
        new DrsClient({ region: 'us-west-2', credentials: target, maxAttempts: 1 })
      )
      const servers = await drsClient.send(new DescribeSourceServersCommand({ filters: {} }))
      expect(servers.items).toHaveLength(1)
      const ec2Client = track(
        new EC2Client({ region: 'eu-west-1', credentials: target, maxAttempts: 1 })
      )
      const out = await ec2Client.send(new DescribeInstancesCommand({}))
      expect(out.Reservations).toHaveLength(2)
    } finally {
      restore('AWS_ENDPOINT_URL', saved)
    }
    const regions = sim.calls().map(c => `${c.service}:${c.region}`)
    expect(regions).toEqual(['sts:us-east-1', 'sts:us-east-1', 'drs:us-west-2', 'ec2:eu-west-1'])
  })
})

describe('call log', () => {
  it('records every request in order with service, operation, region, key, params and outcome', async () => {
    const sim = await start()
    const target = await direct(sim)
    await failure(ec2(sim, target).send(new DescribeInstancesCommand({ InstanceIds: [id(0xabc)] })))
    const calls = sim.calls()
    expect(calls).toHaveLength(2)
    expect(calls[0]).toMatchObject({
      service: 'sts',
      operation: 'AssumeRole',
      accessKeyId: sim.ambient.accessKeyId,
      principal: 'arn:aws:iam::111111111111:user/ci',
      status: 200,
      error: null,
      throttled: false
    })
    expect(calls[1]).toMatchObject({
      service: 'ec2',
      operation: 'DescribeInstances',
      region: 'us-east-1',
      accessKeyId: target.accessKeyId,
      account: TARGET,
      params: { InstanceIds: [id(0xabc)] },
      status: 400,
      error: 'InvalidInstanceID.NotFound'
    })
    expect(calls[1].at).toBeGreaterThanOrEqual(calls[0].at)
  })
})

describe('scenario extras', () => {
  it('injects faults, delays invocation visibility and resolves tag Targets', async () => {
    const sim = await start(
      scenario({
        faults: [
          {
            service: 'ssm',
            operation: 'SendCommand',
            code: 'InternalServerError',
            status: 500,
            times: 1
          }
        ],
        ssm: { invocationVisibleAfterSeconds: 5 }
      }),
      { manualClock: true }
    )
    const client = ssm(sim, await direct(sim))
    const send = () =>
      client.send(
        new SendCommandCommand({
          Targets: [{ Key: 'tag:env', Values: ['dev'] }],
          DocumentName: DOC,
          Parameters: { Region: ['us-west-2'] }
        })
      )
    const fault = await failure(send())
    expect(fault.name).toBe('InternalServerError')
    const sent = await send()
    expect(sent.Command?.TargetCount).toBe(2)
    const commandId = sent.Command?.CommandId
    const early = await failure(
      client.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: CANCELS }))
    )
    expect(early.name).toBe('InvocationDoesNotExist')
    sim.advance(6)
    const later = await client.send(
      new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: CANCELS })
    )
    expect(later.Status).toBe('InProgress')
    expect(sim.calls().filter(c => c.reason === 'fault')).toHaveLength(1)
  })
  it('keeps credential and token lifetimes in real time with credentialTime real', async () => {
    const sim = await start(scenario({ credentialTime: 'real' }), { manualClock: true })
    const token = sim.issueIdToken('sts.amazonaws.com')
    const target = await direct(sim)
    sim.advance(7200)
    await expect(sts(sim, target).send(new GetCallerIdentityCommand({}))).resolves.toBeDefined()
    await expect(
      sts(sim).send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: CENTRAL,
          RoleSessionName: 'sess',
          WebIdentityToken: token
        })
      )
    ).resolves.toBeDefined()
  })

  it('treats an ambient assumed-role principal as a role session (chained)', async () => {
    const runner = 'arn:aws:sts::111111111111:assumed-role/RunnerRole/i-0abc'
    const sim = await start(
      scenario({
        ambient: {
          accessKeyId: 'ASIASIMRUNNER0000001',
          secretAccessKey: 's',
          sessionToken: 'tok',
          principalArn: runner
        },
        accounts: {
          [TARGET]: {
            roles: [
              { arn: ROLE, trustedPrincipals: ['arn:aws:iam::111111111111:role/RunnerRole'] }
            ],
            regions: { 'us-east-1': {} }
          }
        }
      })
    )
    expect(sim.env().AWS_SESSION_TOKEN).toBe('tok')
    const chained = await failure(
      sts(sim).send(
        new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'sess', DurationSeconds: 7200 })
      )
    )
    expect(chained.message).toContain('role chaining')
    await expect(
      sts(sim).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'sess' }))
    ).resolves.toBeDefined()
  })
})
