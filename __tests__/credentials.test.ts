import { afterAll, beforeEach, describe, expect, jest, test } from '@jest/globals'
import {
  AssumeRoleCommand as StsAssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand as StsAssumeRoleWithWebIdentityCommand,
  ExpiredTokenException,
  InvalidIdentityTokenException,
  STSClient,
  STSServiceException,
  type AssumeRoleCommandInput,
  type AssumeRoleCommandOutput,
  type AssumeRoleWithWebIdentityCommandInput,
  type AssumeRoleWithWebIdentityCommandOutput,
  type Credentials
} from '@aws-sdk/client-sts'
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  MetadataBearer
} from '@smithy/types'
import { mockClient, type AwsCommand } from 'aws-sdk-client-mock'
import {
  CredentialChainError,
  buildAssumeRoleInput,
  createCentralCredentials,
  createTargetCredentials,
  explainStsError,
  sanitiseSourceIdentity,
  sanitiseTagValue,
  sessionTags,
  type CredentialChainOptions
} from '../src/aws/credentials.js'
import type { Settings } from '../src/settings/index.js'
import type { Clock, RunnerPort } from '../src/shared/port.js'
import { RUN, makeSettings } from './fixtures/settings.js'

// ---- fixtures -------------------------------------------------------------------------------

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const TARGET_ROLE = 'arn:aws:iam::123456789012:role/DRSOrchestrationRole'
const CENTRAL_ROLE = 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator'

/** The run as GitHub describes it, with characters STS refuses in tags and SourceIdentity. */
const BOT_RUN = {
  ...RUN,
  actor: 'dependabot[bot]',
  workflow: 'DR rollout (nightly) #1',
  runId: '9876543210'
}

const ambientSettings = (overrides: Partial<Settings> = {}): Settings =>
  makeSettings({ externalId: 'ext-id-123', run: BOT_RUN, ...overrides })

const oidcSettings = (overrides: Partial<Settings> = {}): Settings =>
  makeSettings({
    oidcRoleArn: CENTRAL_ROLE,
    audience: 'sts.amazonaws.com',
    run: BOT_RUN,
    ...overrides
  })

class FakeClock implements Clock {
  constructor(public time = Date.UTC(2025, 0, 1, 12)) {}
  now(): number {
    return this.time
  }
  async sleep(ms: number): Promise<void> {
    this.time += ms
  }
  advance(ms: number): void {
    this.time += ms
  }
}

/** Everything the fake port saw, in order, with STS sends interleaved by the mock. */
type Event =
  | { kind: 'mask'; secret: string }
  | { kind: 'info' | 'warning' | 'debug'; message: string }
  | { kind: 'token'; audience: string }
  | { kind: 'send'; command: string }

interface FakePort extends RunnerPort {
  events: Event[]
  masked(): string[]
  logged(): string[]
  audiences(): string[]
}

/** A RunnerPort that records calls. `tokens` yields the OIDC tokens; omit it for no token source. */
function fakePort(events: Event[], tokens?: (audience: string) => Promise<string>): FakePort {
  const port: FakePort = {
    events,
    mask: secret => events.push({ kind: 'mask', secret }),
    info: message => events.push({ kind: 'info', message }),
    warning: message => events.push({ kind: 'warning', message }),
    debug: message => events.push({ kind: 'debug', message }),
    masked: () => events.flatMap(e => (e.kind === 'mask' ? [e.secret] : [])),
    logged: () =>
      events.flatMap(e =>
        e.kind === 'info' || e.kind === 'warning' || e.kind === 'debug' ? [e.message] : []
      ),
    audiences: () => events.flatMap(e => (e.kind === 'token' ? [e.audience] : []))
  }
  if (tokens) {
    port.getIdToken = async audience => {
      events.push({ kind: 'token', audience })
      return tokens(audience)
    }
  }
  return port
}

/** A token source handing out token-1, token-2, ... */
function tokenSource(): { next: (audience: string) => Promise<string>; issued: string[] } {
  const issued: string[] = []
  return {
    issued,
    next: async () => {
      const token = `eyJhbGciOiJSUzI1NiJ9.github-oidc-token-${issued.length + 1}.sig`
      issued.push(token)
      return token
    }
  }
}

let serial = 0
/** Fresh STS credentials, all three values unique across the test file. */
function stsCredentials(kind: string, clock: Clock, lifetimeMs = HOUR): Credentials {
  serial++
  return {
    AccessKeyId: `ASIA${kind.toUpperCase()}${serial}`,
    SecretAccessKey: `${kind}-secret-access-key-${serial}`,
    SessionToken: `${kind}-session-token-${serial}`,
    Expiration: new Date(clock.now() + lifetimeMs)
  }
}

const secretsOf = (credentials: Credentials): string[] => [
  credentials.AccessKeyId!,
  credentials.SecretAccessKey!,
  credentials.SessionToken!
]

const identityOf = (credentials: Credentials): AwsCredentialIdentity => ({
  accessKeyId: credentials.AccessKeyId!,
  secretAccessKey: credentials.SecretAccessKey!,
  sessionToken: credentials.SessionToken!,
  expiration: credentials.Expiration
})

const AMBIENT: AwsCredentialIdentity = {
  accessKeyId: 'AKIAAMBIENTEXAMPLE',
  secretAccessKey: 'ambient-secret-key'
}

/** An STS error as the SDK throws an unmodelled one (AccessDenied, ValidationError, ExpiredToken). */
function stsError(name: string, message: string): STSServiceException {
  return new STSServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message
  })
}

// aws-sdk-client-mock is typed against the hoisted @smithy/types 2.x (client-drs's line), while
// client-sts brings 4.x; the two agree at run time, so the classes get the mock's view once, here.
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

interface Harness {
  clock: FakeClock
  events: Event[]
  port: FakePort
  tokens: ReturnType<typeof tokenSource>
  ambient: jest.Mock<AwsCredentialIdentityProvider>
  options: CredentialChainOptions
  central: Credentials[]
  target: Credentials[]
}

/**
 * Wires the fakes: STS answers every AssumeRoleWithWebIdentity and AssumeRole with fresh
 * credentials (recorded in `central` / `target`) of the given lifetime, logging each send.
 */
function harness(lifetimeMs = HOUR, withTokenSource = true): Harness {
  const clock = new FakeClock()
  const events: Event[] = []
  const tokens = tokenSource()
  const port = fakePort(events, withTokenSource ? tokens.next : undefined)
  const ambient = jest.fn<AwsCredentialIdentityProvider>(async () => AMBIENT)
  const central: Credentials[] = []
  const target: Credentials[] = []
  stsMock.on(AssumeRoleWithWebIdentityCommand).callsFake(async () => {
    events.push({ kind: 'send', command: 'AssumeRoleWithWebIdentity' })
    const credentials = stsCredentials('central', clock, lifetimeMs)
    central.push(credentials)
    return { Credentials: credentials }
  })
  stsMock.on(AssumeRoleCommand).callsFake(async () => {
    events.push({ kind: 'send', command: 'AssumeRole' })
    const credentials = stsCredentials('target', clock, lifetimeMs)
    target.push(credentials)
    return { Credentials: credentials }
  })
  const options: CredentialChainOptions = {
    stsRegion: 'us-east-1',
    retryMode: 'standard',
    maxAttempts: 3,
    userAgent: 'drs-orchestration-action/test',
    clock,
    ambient
  }
  return { clock, events, port, tokens, ambient, options, central, target }
}

/** The credentials the STSClient that sent this call was configured with. */
async function signingCredentialsOf(call: { thisValue: unknown }): Promise<AwsCredentialIdentity> {
  const client = call.thisValue as STSClient
  const credentials = client.config.credentials as AwsCredentialIdentityProvider
  return credentials()
}

/** Runs the chain once and returns its CredentialChainError (fails the test if it succeeds). */
async function chainError(settings: Settings, h: Harness): Promise<CredentialChainError> {
  const { provider } = createTargetCredentials(settings, h.port, h.options)
  const error = await provider().then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(CredentialChainError)
  return error as CredentialChainError
}

beforeEach(() => {
  stsMock.reset()
})

afterAll(() => {
  stsMock.restore()
})

// ---- the pure helpers ------------------------------------------------------------------------------

describe('sanitising for STS', () => {
  test('SourceIdentity keeps [\\w+=,.@-] and needs 2 characters', () => {
    expect(sanitiseSourceIdentity('dependabot[bot]')).toBe('dependabotbot')
    expect(sanitiseSourceIdentity('octo-cat_1+=,.@')).toBe('octo-cat_1+=,.@')
    expect(sanitiseSourceIdentity('a')).toBeUndefined()
    expect(sanitiseSourceIdentity('[]')).toBeUndefined()
    expect(sanitiseSourceIdentity('x'.repeat(80))).toBe('x'.repeat(64))
  })

  test('tag values keep letters, spaces, digits and _.:/=+-@, at most 256', () => {
    expect(sanitiseTagValue('acme/dr-rollout')).toBe('acme/dr-rollout')
    expect(sanitiseTagValue('DR rollout (nightly) #1')).toBe('DR rollout nightly 1')
    expect(sanitiseTagValue('Déploiement: été')).toBe('Déploiement: été')
    expect(sanitiseTagValue('a"b;c<d>')).toBe('abcd')
    expect(sanitiseTagValue('w'.repeat(300))).toHaveLength(256)
  })

  test('session tags name repository, workflow and run id, dropping empty ones', () => {
    expect(sessionTags(BOT_RUN)).toEqual([
      { Key: 'GitHubRepository', Value: 'acme/dr-rollout' },
      { Key: 'GitHubWorkflow', Value: 'DR rollout nightly 1' },
      { Key: 'GitHubRunId', Value: '9876543210' }
    ])
    expect(sessionTags({ ...BOT_RUN, workflow: '()', runId: '' })).toEqual([
      { Key: 'GitHubRepository', Value: 'acme/dr-rollout' }
    ])
  })

  test('buildAssumeRoleInput without tagging carries no Tags or SourceIdentity', () => {
    const input = buildAssumeRoleInput(ambientSettings(), false)
    expect(input).toEqual({
      RoleArn: TARGET_ROLE,
      RoleSessionName: 'drs-4242-1',
      DurationSeconds: 3600,
      ExternalId: 'ext-id-123'
    })
  })
})

// ---- starting from ambient credentials ------------------------------------------------------------

describe('ambient start (oidc-role-arn unset)', () => {
  test('one AssumeRole with every field, signed with the ambient credentials', async () => {
    const h = harness()
    const { provider, assumptions } = createTargetCredentials(
      ambientSettings({ roleDurationSeconds: 7200 }),
      h.port,
      h.options
    )

    const identity = await provider()

    expect(identity).toEqual(identityOf(h.target[0]))
    expect(assumptions()).toBe(1)
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(0)
    const calls = stsMock.commandCalls(AssumeRoleCommand)
    expect(calls).toHaveLength(1)
    const expected: AssumeRoleCommandInput = {
      RoleArn: TARGET_ROLE,
      RoleSessionName: 'drs-4242-1',
      DurationSeconds: 7200,
      ExternalId: 'ext-id-123',
      SourceIdentity: 'dependabotbot',
      Tags: [
        { Key: 'GitHubRepository', Value: 'acme/dr-rollout' },
        { Key: 'GitHubWorkflow', Value: 'DR rollout nightly 1' },
        { Key: 'GitHubRunId', Value: '9876543210' }
      ]
    }
    expect(calls[0].args[0].input).toEqual(expected)
    expect(h.port.audiences()).toEqual([])

    expect(h.ambient).not.toHaveBeenCalled()
    await expect(signingCredentialsOf(calls[0])).resolves.toMatchObject(AMBIENT)
    expect(h.ambient).toHaveBeenCalled()
  })

  test('session-tagging false sends no Tags and no SourceIdentity', async () => {
    const h = harness()
    const { provider } = createTargetCredentials(
      ambientSettings({ sessionTagging: false }),
      h.port,
      h.options
    )
    await provider()
    const [call] = stsMock.commandCalls(AssumeRoleCommand)
    expect(call.args[0].input).toEqual({
      RoleArn: TARGET_ROLE,
      RoleSessionName: 'drs-4242-1',
      DurationSeconds: 3600,
      ExternalId: 'ext-id-123'
    })
  })

  test('without external-id there is no ExternalId field at all', async () => {
    const h = harness()
    const { provider } = createTargetCredentials(
      ambientSettings({ externalId: null }),
      h.port,
      h.options
    )
    await provider()
    const [call] = stsMock.commandCalls(AssumeRoleCommand)
    expect(Object.keys(call.args[0].input)).not.toContain('ExternalId')
    expect(call.args[0].input.SourceIdentity).toBe('dependabotbot')
  })

  test('an actor too short for SourceIdentity is left out, tags still sent', async () => {
    const h = harness()
    const settings = ambientSettings({ run: { ...BOT_RUN, actor: '[x]' } })
    await createTargetCredentials(settings, h.port, h.options).provider()
    const [call] = stsMock.commandCalls(AssumeRoleCommand)
    expect(Object.keys(call.args[0].input)).not.toContain('SourceIdentity')
    expect(call.args[0].input.Tags).toHaveLength(3)
  })
})

// ---- starting from the GitHub OIDC token -------------------------------------------------------------

describe('OIDC start (oidc-role-arn set)', () => {
  test('token for the audience -> web identity into the central role -> AssumeRole signed with it', async () => {
    const h = harness()
    const settings = oidcSettings({ audience: 'sts.amazonaws.com.cn', externalId: 'ext-id-123' })
    const { provider, assumptions } = createTargetCredentials(settings, h.port, h.options)

    const identity = await provider()

    expect(h.port.audiences()).toEqual(['sts.amazonaws.com.cn'])
    const web = stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)
    expect(web).toHaveLength(1)
    expect(web[0].args[0].input).toEqual({
      RoleArn: CENTRAL_ROLE,
      RoleSessionName: 'drs-4242-1',
      WebIdentityToken: h.tokens.issued[0],
      DurationSeconds: 3600
    })
    for (const field of ['ExternalId', 'Tags', 'SourceIdentity', 'TransitiveTagKeys']) {
      expect(Object.keys(web[0].args[0].input)).not.toContain(field)
    }

    const assume = stsMock.commandCalls(AssumeRoleCommand)
    expect(assume).toHaveLength(1)
    expect(assume[0].args[0].input).toMatchObject({
      RoleArn: TARGET_ROLE,
      ExternalId: 'ext-id-123',
      SourceIdentity: 'dependabotbot'
    })
    await expect(signingCredentialsOf(assume[0])).resolves.toMatchObject(identityOf(h.central[0]))
    expect(h.ambient).not.toHaveBeenCalled()

    expect(identity).toEqual(identityOf(h.target[0]))
    expect(assumptions()).toBe(1)
  })

  test('both hops use the STS region and retry settings from the options', async () => {
    const h = harness()
    const options = { ...h.options, stsRegion: 'eu-central-1', maxAttempts: 7 }
    await createTargetCredentials(oidcSettings(), h.port, options).provider()
    const calls = [
      ...stsMock.commandCalls(AssumeRoleWithWebIdentityCommand),
      ...stsMock.commandCalls(AssumeRoleCommand)
    ]
    expect(calls).toHaveLength(2)
    for (const call of calls) {
      const { config } = call.thisValue as STSClient
      await expect(config.region()).resolves.toBe('eu-central-1')
      await expect(config.maxAttempts()).resolves.toBe(7)
    }
  })

  test('the central session is asked for at most an hour', async () => {
    const h = harness()
    await createTargetCredentials(
      oidcSettings({ roleDurationSeconds: 1800 }),
      h.port,
      h.options
    ).provider()
    expect(
      stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)[0].args[0].input.DurationSeconds
    ).toBe(1800)
    expect(stsMock.commandCalls(AssumeRoleCommand)[0].args[0].input.DurationSeconds).toBe(1800)
  })
})

// ---- masking ------------------------------------------------------------------------------------------------

describe('masking', () => {
  test('the token and every key of both hops are masked before use, and never logged', async () => {
    const h = harness()
    const { provider } = createTargetCredentials(
      oidcSettings({ externalId: 'ext-id-123' }),
      h.port,
      h.options
    )
    await provider()
    h.clock.advance(HOUR - 2 * MINUTE)
    await provider() // a renewal, so something is logged

    const secrets = [
      ...h.tokens.issued,
      ...h.central.flatMap(secretsOf),
      ...h.target.flatMap(secretsOf)
    ]
    expect(h.tokens.issued).toHaveLength(2)
    expect(secrets).toHaveLength(2 + 6 + 6)
    expect(h.port.masked()).toEqual(expect.arrayContaining(secrets))

    // Each secret is masked before the next send (the token before the web-identity call that
    // carries it, the central keys before the AssumeRole they sign).
    const sends = h.events.flatMap((e, i) => (e.kind === 'send' ? [i] : []))
    expect(sends).toHaveLength(4)
    const maskedAt = (secret: string): number =>
      h.events.findIndex(e => e.kind === 'mask' && e.secret === secret)
    expect(maskedAt(h.tokens.issued[0])).toBeLessThan(sends[0])
    for (const secret of secretsOf(h.central[0])) expect(maskedAt(secret)).toBeLessThan(sends[1])
    expect(maskedAt(h.tokens.issued[1])).toBeLessThan(sends[2])
    for (const secret of secretsOf(h.central[1])) expect(maskedAt(secret)).toBeLessThan(sends[3])

    const logged = h.port.logged()
    expect(logged.length).toBeGreaterThan(0)
    for (const message of logged) {
      for (const secret of [...secrets, 'ext-id-123']) expect(message).not.toContain(secret)
    }
  })

  test('the session from the untagged probe is masked too', async () => {
    const h = harness()
    const probe = stsCredentials('probe', h.clock)
    stsMock.on(AssumeRoleCommand).callsFake(async (input: AssumeRoleCommandInput) => {
      if (input.Tags) throw stsError('AccessDenied', 'not authorized to perform: sts:TagSession')
      return { Credentials: probe }
    })
    await chainError(ambientSettings(), h)
    expect(h.port.masked()).toEqual(expect.arrayContaining(secretsOf(probe)))
  })
})

// ---- refresh -------------------------------------------------------------------------------------------------

describe('refresh', () => {
  test('returns the cached session while fresh, then assumes again near expiry', async () => {
    const h = harness()
    const { provider, assumptions } = createTargetCredentials(ambientSettings(), h.port, h.options)

    const first = await provider()
    h.clock.advance(30 * MINUTE)
    expect(await provider()).toBe(first)
    h.clock.advance(23 * MINUTE) // 7 minutes left: still outside the refresh window
    expect(await provider()).toBe(first)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1)
    expect(h.port.logged()).toEqual([])

    h.clock.advance(2 * MINUTE) // 5 minutes left: the SDK would re-ask now, so renew
    const second = await provider()
    expect(second).toEqual(identityOf(h.target[1]))
    expect(second.accessKeyId).not.toBe(first.accessKeyId)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(2)
    expect(assumptions()).toBe(2)
    expect(h.port.logged()).toEqual([`Renewed the session for ${TARGET_ROLE}.`])

    expect(await provider()).toBe(second)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(2)
  })

  test('with OIDC a renewal runs the whole chain again: new token, both hops', async () => {
    const h = harness()
    const { provider, assumptions } = createTargetCredentials(oidcSettings(), h.port, h.options)
    await provider()
    h.clock.advance(10 * MINUTE)
    await provider()
    expect(h.tokens.issued).toHaveLength(1)

    h.clock.advance(45 * MINUTE)
    const renewed = await provider()

    expect(h.port.audiences()).toEqual(['sts.amazonaws.com', 'sts.amazonaws.com'])
    const web = stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)
    expect(web.map(call => call.args[0].input.WebIdentityToken)).toEqual(h.tokens.issued)
    expect(h.tokens.issued[1]).not.toBe(h.tokens.issued[0])
    const assume = stsMock.commandCalls(AssumeRoleCommand)
    expect(assume).toHaveLength(2)
    await expect(signingCredentialsOf(assume[1])).resolves.toMatchObject(identityOf(h.central[1]))
    expect(renewed).toEqual(identityOf(h.target[1]))
    expect(assumptions()).toBe(2)
  })

  test('concurrent first calls share one assumption', async () => {
    const h = harness()
    let release!: () => void
    const gate = new Promise<void>(resolve => (release = resolve))
    stsMock.on(AssumeRoleCommand).callsFake(async () => {
      await gate
      const credentials = stsCredentials('target', h.clock)
      h.target.push(credentials)
      return { Credentials: credentials }
    })
    const { provider, assumptions } = createTargetCredentials(ambientSettings(), h.port, h.options)

    const pending = [provider(), provider(), provider()]
    await new Promise(resolve => setImmediate(resolve))
    release()
    const results = await Promise.all(pending)

    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1)
    expect(new Set(results).size).toBe(1)
    expect(results[0]).toEqual(identityOf(h.target[0]))
    expect(assumptions()).toBe(1)
  })

  test('concurrent calls during a renewal share ONE renewal (one token, one of each hop)', async () => {
    const h = harness()
    const { provider, assumptions } = createTargetCredentials(oidcSettings(), h.port, h.options)
    const first = await provider()

    let release!: () => void
    const gate = new Promise<void>(resolve => (release = resolve))
    stsMock.on(AssumeRoleCommand).callsFake(async () => {
      await gate
      const credentials = stsCredentials('target', h.clock)
      h.target.push(credentials)
      return { Credentials: credentials }
    })
    h.clock.advance(58 * MINUTE)
    const pending = [provider(), provider(), provider(), provider()]
    await new Promise(resolve => setImmediate(resolve))
    release()
    const results = await Promise.all(pending)

    expect(new Set(results).size).toBe(1)
    expect(results[0]).not.toBe(first)
    expect(results[0]).toEqual(identityOf(h.target[1]))
    expect(h.tokens.issued).toHaveLength(2)
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(2)
    expect(assumptions()).toBe(2)
  })

  test('a 60-second session refreshes at a quarter of its lifetime, not on every call', async () => {
    const h = harness(60 * 1000)
    const { provider } = createTargetCredentials(ambientSettings(), h.port, h.options)

    const first = await provider()
    expect(await provider()).toBe(first)
    h.clock.advance(40 * 1000) // 20 s left > 15 s
    expect(await provider()).toBe(first)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1)

    h.clock.advance(6 * 1000) // 14 s left < 15 s
    const second = await provider()
    expect(second).not.toBe(first)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(2)
    expect(await provider()).toBe(second)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(2)
  })

  test('a failed renewal is reported, and the next call tries again', async () => {
    const h = harness()
    const { provider } = createTargetCredentials(ambientSettings(), h.port, h.options)
    await provider()
    h.clock.advance(58 * MINUTE)
    stsMock
      .on(AssumeRoleCommand)
      .rejectsOnce(
        stsError('ExpiredToken', 'The security token included in the request is expired')
      )
    await expect(provider()).rejects.toBeInstanceOf(CredentialChainError)
    stsMock.on(AssumeRoleCommand).resolves({ Credentials: stsCredentials('target', h.clock) })
    await expect(provider()).resolves.toMatchObject({
      accessKeyId: expect.stringMatching(/^ASIATARGET/)
    })
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(3)
  })
})

// ---- errors and their hints -----------------------------------------------------------------------------

describe('errors say what to fix', () => {
  test('no OIDC token source', async () => {
    const h = harness(HOUR, false)
    const error = await chainError(oidcSettings(), h)
    expect(error.hop).toBe('oidc-token')
    expect(error.code).toBe('NoTokenSource')
    expect(error.message).toContain('id-token: write')
    expect(stsMock.calls()).toHaveLength(0)
  })

  test('the token request fails', async () => {
    const h = harness()
    h.port.getIdToken = async () => {
      throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
    }
    const error = await chainError(oidcSettings(), h)
    expect(error.name).toBe('CredentialChainError')
    expect(error.hop).toBe('oidc-token')
    expect(error.message).toContain('id-token: write')
    expect(error.message).toContain('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
    expect(stsMock.calls()).toHaveLength(0)
  })

  test.each([
    [
      'as the SDK throws it',
      new InvalidIdentityTokenException({ message: 'Incorrect token audience', $metadata: {} })
    ],
    ['by its wire code', stsError('InvalidIdentityToken', 'Incorrect token audience')]
  ])('InvalidIdentityToken (%s) points at the OIDC provider', async (_how, rejection) => {
    const h = harness()
    stsMock.on(AssumeRoleWithWebIdentityCommand).rejects(rejection)
    const error = await chainError(oidcSettings({ audience: 'my-audience' }), h)
    expect(error.hop).toBe('central-role')
    expect(error.message).toContain('OIDC provider token.actions.githubusercontent.com')
    expect(error.message).toContain('"my-audience"')
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(0)
  })

  test('AccessDenied on the web-identity hop points at the aud/sub trust conditions', async () => {
    const h = harness()
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'))
    const error = await chainError(oidcSettings(), h)
    expect(error.hop).toBe('central-role')
    expect(error.code).toBe('AccessDenied')
    expect(error.message).toContain(CENTRAL_ROLE)
    expect(error.message).toContain(
      'token.actions.githubusercontent.com:aud must be "sts.amazonaws.com"'
    )
    expect(error.message).toContain(':sub must match repo:acme/dr-rollout:')
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(0)
  })

  test('AccessDenied only because of tags: the untagged probe succeeds, the error says sts:TagSession', async () => {
    const h = harness()
    stsMock.on(AssumeRoleCommand).callsFake(async (input: AssumeRoleCommandInput) => {
      if (input.Tags || input.SourceIdentity) {
        throw stsError('AccessDenied', 'User is not authorized to perform: sts:TagSession')
      }
      return { Credentials: stsCredentials('probe', h.clock) }
    })
    const error = await chainError(oidcSettings({ externalId: 'ext-id-123' }), h)
    expect(error.hop).toBe('target-role')
    expect(error.code).toBe('AccessDenied')
    expect(error.message).toContain('sts:TagSession')
    expect(error.message).toContain('sts:SetSourceIdentity')
    expect(error.message).toContain('session-tagging: false')
    expect(error.message).toContain(CENTRAL_ROLE)

    const calls = stsMock.commandCalls(AssumeRoleCommand)
    expect(calls).toHaveLength(2)
    expect(calls[0].args[0].input.Tags).toHaveLength(3)
    expect(calls[1].args[0].input).toEqual({
      RoleArn: TARGET_ROLE,
      RoleSessionName: 'drs-4242-1',
      DurationSeconds: 3600,
      ExternalId: 'ext-id-123'
    })
  })

  test.each([
    [
      'with external-id',
      'ext-id-123',
      'the external-id input must equal the sts:ExternalId in the trust policy'
    ],
    [
      'without external-id',
      null,
      'if the trust policy requires sts:ExternalId, set the external-id input'
    ]
  ])(
    'AccessDenied also without tags (%s): trust policy and external-id hint',
    async (_how, externalId, hint) => {
      const h = harness()
      stsMock
        .on(AssumeRoleCommand)
        .rejects(stsError('AccessDenied', 'Not authorized to perform sts:AssumeRole'))
      const error = await chainError(ambientSettings({ externalId }), h)
      expect(error.hop).toBe('target-role')
      expect(error.code).toBe('AccessDenied')
      expect(error.message).toContain(`AssumeRole into ${TARGET_ROLE} was denied`)
      expect(error.message).toContain('trust policy')
      expect(error.message).toContain(hint)
      expect(error.message).not.toContain('sts:TagSession')
      expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(2)
    }
  )

  test('AccessDenied with session-tagging off is not retried at all', async () => {
    const h = harness()
    stsMock
      .on(AssumeRoleCommand)
      .rejects(stsError('AccessDenied', 'Not authorized to perform sts:AssumeRole'))
    const error = await chainError(ambientSettings({ sessionTagging: false }), h)
    expect(error.hop).toBe('target-role')
    expect(error.message).toContain('trust policy')
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1)
  })

  test('ExpiredToken with ambient credentials recommends oidc-role-arn', async () => {
    const h = harness()
    stsMock
      .on(AssumeRoleCommand)
      .rejects(stsError('ExpiredToken', 'The security token included in the request is expired'))
    const error = await chainError(ambientSettings(), h)
    expect(error.hop).toBe('target-role')
    expect(error.code).toBe('ExpiredToken')
    expect(error.message).toContain('The starting credentials expired')
    expect(error.message).toContain('use oidc-role-arn')
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1)
  })

  test('an expired OIDC token says to re-run', async () => {
    const h = harness()
    stsMock
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(new ExpiredTokenException({ message: 'Token expired', $metadata: {} }))
    const error = await chainError(oidcSettings(), h)
    expect(error.hop).toBe('central-role')
    expect(error.message).toContain('OIDC token expired')
  })

  test('ValidationError about DurationSeconds gives the one-hour cap hint', async () => {
    const h = harness()
    stsMock
      .on(AssumeRoleCommand)
      .rejects(
        stsError(
          'ValidationError',
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
        )
      )
    const error = await chainError(ambientSettings({ roleDurationSeconds: 7200 }), h)
    expect(error.hop).toBe('target-role')
    expect(error.code).toBe('ValidationError')
    expect(error.message).toContain('role-duration-seconds 7200 is refused')
    expect(error.message).toContain('one hour')
    expect(error.message).toContain('use 3600 or less')
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(1)
  })

  test('an unrelated error names the role and the code', () => {
    const message = explainStsError(
      stsError('MalformedPolicyDocument', 'bad policy'),
      'target-role',
      ambientSettings()
    )
    expect(message).toBe(`Could not assume ${TARGET_ROLE} (MalformedPolicyDocument: bad policy).`)
  })
})

// ---- the central role on its own (the discover-accounts helper action) ----------------------

describe('createCentralCredentials', () => {
  test('with oidc-role-arn: only the web-identity hop, masked, cached while fresh', async () => {
    const h = harness()
    const provider = createCentralCredentials(oidcSettings(), h.port, h.options)
    expect(provider).toBeDefined()
    const first = await provider!()
    const again = await provider!()
    expect(again).toBe(first)
    expect(stsMock.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1)
    expect(stsMock.commandCalls(AssumeRoleCommand)).toHaveLength(0)
    expect(first).toEqual(identityOf(h.central[0]))
    expect(h.port.masked()).toEqual(
      expect.arrayContaining([h.tokens.issued[0], ...secretsOf(h.central[0])])
    )
  })

  test('renews with a fresh token near expiry', async () => {
    const h = harness()
    const provider = createCentralCredentials(oidcSettings(), h.port, h.options)!
    await provider()
    h.clock.advance(HOUR - 2 * MINUTE)
    const renewed = await provider()
    expect(renewed).toEqual(identityOf(h.central[1]))
    expect(h.tokens.issued).toHaveLength(2)
  })

  test('without oidc-role-arn: the ambient start, no STS call', async () => {
    const h = harness()
    const provider = createCentralCredentials(ambientSettings(), h.port, h.options)
    expect(provider).toBe(h.ambient)
    expect(stsMock.calls()).toHaveLength(0)
  })
})
