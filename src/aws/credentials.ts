// The credential chain: (GitHub OIDC token -> central role) or ambient credentials -> target role,
// exposed as one refreshing provider that every AWS client shares.
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  STSClient,
  type AssumeRoleCommandInput,
  type Credentials,
  type Tag
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { classifyAwsError, type AwsErrorKind } from './errors.js'
import { explainStsError } from './sts-errors.js'

export { explainStsError } from './sts-errors.js'
import { proxySecrets, requestHandlerSettings, type RequestHandlerSettings } from './proxy.js'
import type { RetryMode } from './retry.js'
import type { RunContext, Settings } from '../settings/index.js'

/** What the chain needs from the settings; the helper actions build it without a full Settings. */
export type ChainSettings = Pick<
  Settings,
  | 'roleArn'
  | 'externalId'
  | 'oidcRoleArn'
  | 'audience'
  | 'roleSessionName'
  | 'roleDurationSeconds'
  | 'sessionTagging'
  | 'run'
>
import {
  errorCode,
  errorMessage,
  systemClock,
  type Clock,
  type RunnerPort
} from '../shared/port.js'

export interface CredentialChainOptions {
  /** Region of the STS endpoint both hops use. */
  stsRegion: string
  retryMode: RetryMode
  maxAttempts: number
  userAgent: string
  clock?: Clock
  /** Starting credentials when oidc-role-arn is unset; default: the SDK's default provider chain. */
  ambient?: AwsCredentialIdentityProvider
  /**
   * Called when an STS hop has answered with credentials. The engine starts loading the EC2, SSM
   * and DRS clients here: the first request is out by then, so the load overlaps the rest of the
   * chain instead of delaying its start.
   */
  onAnswer?: (hop: ChainHop) => void
}

export type ChainHop = 'oidc-token' | 'central-role' | 'target-role'

/**
 * A failure of the chain; `message` says what to fix. `causeKind` is what the STS (or token)
 * failure was: a retryable one during a renewal is asked again in the next round, see
 * classifyAwsError.
 */
export class CredentialChainError extends Error {
  constructor(
    message: string,
    readonly hop: ChainHop,
    readonly code: string,
    readonly causeKind: AwsErrorKind = 'invalid'
  ) {
    super(message)
    this.name = 'CredentialChainError'
  }
}

// The SDK re-asks a provider once credentials are within 5 minutes of expiry; refresh a little
// earlier than that, or at a quarter of the lifetime for short sessions.
const SDK_REFRESH_WINDOW_MS = 5 * 60 * 1000
const REFRESH_MARGIN_MS = 60 * 1000

const TAG_CHARS = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu
const SOURCE_IDENTITY_CHARS = /[^\w+=,.@-]/g

export function sanitiseTagValue(raw: string, maxLength = 256): string {
  return raw.replace(TAG_CHARS, '').slice(0, maxLength)
}

/** STS SourceIdentity: [\w+=,.@-], 2..64; `dependabot[bot]` becomes `dependabotbot`. */
export function sanitiseSourceIdentity(raw: string): string | undefined {
  const value = raw.replace(SOURCE_IDENTITY_CHARS, '').slice(0, 64)
  return value.length >= 2 ? value : undefined
}

/** Session tags that make the target session readable in CloudTrail; empty values are dropped. */
export function sessionTags(run: RunContext): Tag[] {
  const tags: Tag[] = [
    { Key: 'GitHubRepository', Value: sanitiseTagValue(run.repository) },
    { Key: 'GitHubWorkflow', Value: sanitiseTagValue(run.workflow) },
    { Key: 'GitHubRunId', Value: sanitiseTagValue(run.runId) }
  ]
  return tags.filter(tag => tag.Value !== '')
}

/** The AssumeRole request into role-arn. ExternalId and tags belong here, never on the web-identity hop. */
export function buildAssumeRoleInput(
  settings: ChainSettings,
  withSessionTags = settings.sessionTagging
): AssumeRoleCommandInput {
  const input: AssumeRoleCommandInput = {
    RoleArn: settings.roleArn,
    RoleSessionName: settings.roleSessionName,
    DurationSeconds: settings.roleDurationSeconds
  }
  if (settings.externalId) input.ExternalId = settings.externalId
  if (withSessionTags) {
    const sourceIdentity = sanitiseSourceIdentity(settings.run.actor)
    if (sourceIdentity) input.SourceIdentity = sourceIdentity
    const tags = sessionTags(settings.run)
    if (tags.length > 0) input.Tags = tags
  }
  return input
}

function toIdentity(credentials: Credentials | undefined, port: RunnerPort): AwsCredentialIdentity {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey || !credentials.SessionToken) {
    throw new Error('STS returned no credentials')
  }
  // Masked before anything else can see them.
  port.mask(credentials.AccessKeyId)
  port.mask(credentials.SecretAccessKey)
  port.mask(credentials.SessionToken)
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    sessionToken: credentials.SessionToken,
    expiration: credentials.Expiration
  }
}

function isAccessDenied(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'AccessDenied' || code === 'AccessDeniedException'
}

export interface TargetCredentials {
  provider: AwsCredentialIdentityProvider
  /** How many times the chain ran (first assumption included). */
  assumptions(): number
}

interface StsConfig {
  region: string
  retryMode: RetryMode
  maxAttempts: number
  customUserAgent: string
  requestHandler: RequestHandlerSettings
}

function stsConfigOf(options: CredentialChainOptions): StsConfig {
  return {
    region: options.stsRegion,
    retryMode: options.retryMode,
    maxAttempts: options.maxAttempts,
    customUserAgent: options.userAgent,
    requestHandler: requestHandlerSettings()
  }
}

function chainFailure(error: unknown, hop: ChainHop, settings: ChainSettings): never {
  if (error instanceof CredentialChainError) throw error
  // The target hop signs with the starting credentials unless a central session came first.
  const credentials = hop === 'target-role' && !settings.oidcRoleArn ? 'starting' : 'issued'
  throw new CredentialChainError(
    explainStsError(error, hop, settings),
    hop,
    errorCode(error),
    classifyAwsError(error, { credentials })
  )
}

/** A fresh OIDC token exchanged for the central role's session (both masked at once). */
async function assumeCentralRole(
  settings: ChainSettings & { oidcRoleArn: string },
  port: RunnerPort,
  stsConfig: StsConfig
): Promise<AwsCredentialIdentity> {
  if (!port.getIdToken) {
    throw new CredentialChainError(
      'oidc-role-arn is set but no OIDC token source is available: run inside GitHub Actions with "permissions: id-token: write".',
      'oidc-token',
      'NoTokenSource'
    )
  }
  let token: string
  try {
    token = await port.getIdToken(settings.audience)
  } catch (error) {
    return chainFailure(error, 'oidc-token', settings)
  }
  port.mask(token)
  // Web-identity calls are unsigned: no starting credentials are needed or used.
  const sts = new STSClient(stsConfig)
  try {
    const response = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: settings.oidcRoleArn,
        RoleSessionName: settings.roleSessionName,
        WebIdentityToken: token,
        DurationSeconds: Math.min(settings.roleDurationSeconds, 3600)
      })
    )
    return toIdentity(response.Credentials, port)
  } catch (error) {
    return chainFailure(error, 'central-role', settings)
  } finally {
    sts.destroy()
  }
}

async function assumeTargetRole(
  settings: ChainSettings,
  port: RunnerPort,
  stsConfig: StsConfig,
  start: AwsCredentialIdentityProvider | AwsCredentialIdentity | undefined
): Promise<AwsCredentialIdentity> {
  const sts = new STSClient({ ...stsConfig, credentials: start })
  try {
    try {
      const response = await sts.send(new AssumeRoleCommand(buildAssumeRoleInput(settings)))
      return toIdentity(response.Credentials, port)
    } catch (error) {
      if (!settings.sessionTagging || !isAccessDenied(error)) throw error
      // Tell a tagging refusal from a trust refusal: the same request without tags decides it.
      let untaggedWorks = false
      try {
        const probe = await sts.send(new AssumeRoleCommand(buildAssumeRoleInput(settings, false)))
        untaggedWorks = true
        // The probe's session is discarded, but it exists: mask it like any other.
        const { AccessKeyId, SecretAccessKey, SessionToken } = probe.Credentials ?? {}
        for (const secret of [AccessKeyId, SecretAccessKey, SessionToken])
          if (secret) port.mask(secret)
      } catch {
        // The refusal is not about tags; report the original error.
      }
      if (!untaggedWorks) throw error
      throw new CredentialChainError(
        `AssumeRole into ${settings.roleArn} was denied only because of session tags / SourceIdentity (${errorMessage(error)}). ` +
          `Allow sts:TagSession and sts:SetSourceIdentity for ${settings.oidcRoleArn ?? 'the calling principal'} in the role's trust policy, or set session-tagging: false.`,
        'target-role',
        errorCode(error)
      )
    }
  } catch (error) {
    return chainFailure(error, 'target-role', settings)
  } finally {
    sts.destroy()
  }
}

/**
 * Caches what `obtain` returns and obtains anew when it nears expiry. Concurrent callers share
 * one renewal; a failed renewal is tried again on the next call.
 */
function refreshingProvider(
  obtain: () => Promise<AwsCredentialIdentity>,
  clock: Clock,
  onRenewed: () => void
): TargetCredentials {
  let current: { identity: AwsCredentialIdentity; obtainedAt: number } | null = null
  let renewal: Promise<AwsCredentialIdentity> | null = null
  let count = 0

  function fresh(): boolean {
    if (!current) return false
    const expiration = current.identity.expiration?.getTime()
    if (expiration === undefined) return true
    const lifetime = expiration - current.obtainedAt
    const window = Math.min(SDK_REFRESH_WINDOW_MS + REFRESH_MARGIN_MS, lifetime / 4)
    return expiration - clock.now() > window
  }

  const provider: AwsCredentialIdentityProvider = async () => {
    if (fresh()) return current!.identity
    if (!renewal) {
      const renewing = current !== null
      renewal = obtain()
        .then(identity => {
          count++
          current = { identity, obtainedAt: clock.now() }
          if (renewing) onRenewed()
          return identity
        })
        .finally(() => {
          renewal = null
        })
    }
    return renewal
  }
  return { provider, assumptions: () => count }
}

/**
 * Builds the refreshing provider for the target role. The first call assumes the chain; later
 * calls return the cached session until it nears expiry, then run the whole chain again
 * (a fresh OIDC token and central session too).
 */
export function createTargetCredentials(
  settings: ChainSettings,
  port: RunnerPort,
  options: CredentialChainOptions
): TargetCredentials {
  const stsConfig = stsConfigOf(options)
  for (const secret of proxySecrets()) port.mask(secret)
  const { oidcRoleArn } = settings
  return refreshingProvider(
    async () => {
      let start: AwsCredentialIdentityProvider | AwsCredentialIdentity | undefined = options.ambient
      if (oidcRoleArn) {
        start = await assumeCentralRole({ ...settings, oidcRoleArn }, port, stsConfig)
        options.onAnswer?.('central-role')
      }
      const identity = await assumeTargetRole(settings, port, stsConfig, start)
      options.onAnswer?.('target-role')
      return identity
    },
    options.clock ?? systemClock,
    () => port.info(`Renewed the session for ${settings.roleArn}.`)
  )
}

/**
 * A refreshing session for settings.roleArn assumed from `start` (a shared central session, or
 * the ambient start when undefined): the per-account hop of a many-account run. A renewal asks
 * `start` again, which renews itself only when it nears expiry, so all accounts share one central
 * session and one OIDC exchange.
 */
export function createRoleCredentials(
  settings: ChainSettings,
  port: RunnerPort,
  options: CredentialChainOptions,
  start: AwsCredentialIdentityProvider | undefined
): TargetCredentials {
  const stsConfig = stsConfigOf(options)
  return refreshingProvider(
    async () => {
      const identity = await assumeTargetRole(settings, port, stsConfig, start)
      options.onAnswer?.('target-role')
      return identity
    },
    options.clock ?? systemClock,
    () => port.debug(`Renewed the session for ${settings.roleArn}.`)
  )
}

/**
 * The central role's own refreshing session (OIDC token -> AssumeRoleWithWebIdentity), for the
 * helper actions that act as the central role itself; without oidc-role-arn, the ambient start.
 */
export function createCentralCredentials(
  settings: ChainSettings,
  port: RunnerPort,
  options: CredentialChainOptions
): AwsCredentialIdentityProvider | undefined {
  const { oidcRoleArn } = settings
  if (!oidcRoleArn) return options.ambient
  const stsConfig = stsConfigOf(options)
  for (const secret of proxySecrets()) port.mask(secret)
  return refreshingProvider(
    () => assumeCentralRole({ ...settings, oidcRoleArn }, port, stsConfig),
    options.clock ?? systemClock,
    () => port.info(`Renewed the session for ${oidcRoleArn}.`)
  ).provider
}
