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
import { classifyAwsError, isRetryableKind, type AwsErrorKind } from './errors.js'
import { REQUEST_TIMEOUTS, type RetryMode } from './retry.js'
import type { RunContext, Settings } from '../settings/inputs.js'

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

/** Says what to fix for an STS failure, by hop, the error's kind (classifyAwsError) and code. */
export function explainStsError(error: unknown, hop: ChainHop, settings: ChainSettings): string {
  const code = errorCode(error)
  const detail = errorMessage(error)
  if (hop === 'oidc-token') {
    return (
      `Could not get a GitHub OIDC token (${detail}). Give the job "permissions: id-token: write" ` +
      `(and run it where ACTIONS_ID_TOKEN_REQUEST_URL is set), or leave oidc-role-arn unset to start from ambient credentials.`
    )
  }
  const starting = hop === 'target-role' && !settings.oidcRoleArn
  const kind = classifyAwsError(error, { credentials: starting ? 'starting' : 'issued' })
  const roleArn = hop === 'central-role' ? settings.oidcRoleArn : settings.roleArn
  if (isRetryableKind(kind)) {
    return (
      `STS did not answer AssumeRole${hop === 'central-role' ? 'WithWebIdentity' : ''} into ${roleArn} ` +
      `after the SDK's retries (${code}: ${detail}); ${kind === 'throttled' ? 'STS is throttling: run fewer jobs at once or ' : ''}try again.`
    )
  }
  const byHop =
    hop === 'central-role'
      ? centralRoleHint(code, kind, detail, settings)
      : targetRoleHint(code, kind, detail, settings)
  if (byHop) return byHop
  if (code === 'ValidationError' && /DurationSeconds|session limit/i.test(detail)) {
    return (
      `role-duration-seconds ${settings.roleDurationSeconds} is refused (${detail}). Role-chained sessions are capped at ` +
      `one hour by STS, and no session may exceed the role's MaxSessionDuration: use 3600 or less (the action refreshes sessions).`
    )
  }
  if (code === 'RegionDisabledException') {
    return `The STS endpoint the action uses (in target-region) is not activated for this account (${detail}); activate it in IAM account settings.`
  }
  if (
    code === 'InvalidClientTokenId' ||
    code === 'UnrecognizedClientException' ||
    code === 'CredentialsProviderError'
  ) {
    return `No usable starting credentials (${code}: ${detail}). Set oidc-role-arn, or configure credentials before this step.`
  }
  return `Could not assume ${roleArn} (${code}: ${detail}).`
}

function centralRoleHint(
  code: string,
  kind: AwsErrorKind,
  detail: string,
  settings: ChainSettings
): string | null {
  // The SDK names the modelled error InvalidIdentityTokenException; the wire code is InvalidIdentityToken.
  if (code === 'InvalidIdentityToken' || code === 'InvalidIdentityTokenException') {
    return (
      `AssumeRoleWithWebIdentity into ${settings.oidcRoleArn} rejected the token (${code}: ${detail}). ` +
      `Check that the orchestration account has the IAM OIDC provider token.actions.githubusercontent.com ` +
      `with client id "${settings.audience}" (the audience input).`
    )
  }
  if (kind === 'access-denied') {
    return (
      `AssumeRoleWithWebIdentity into ${settings.oidcRoleArn} was denied (${detail}). Check the role's trust policy: ` +
      `token.actions.githubusercontent.com:aud must be "${settings.audience}" and :sub must match ` +
      `repo:${settings.run.repository || 'OWNER/REPO'}:... for this branch or environment.`
    )
  }
  if (code === 'ExpiredTokenException' || code === 'ExpiredToken') {
    return `The GitHub OIDC token expired before it was used (${detail}); re-run the job.`
  }
  return null
}

function targetRoleHint(
  code: string,
  kind: AwsErrorKind,
  detail: string,
  settings: ChainSettings
): string | null {
  if (kind === 'access-denied') {
    const externalIdHint = settings.externalId
      ? 'the external-id input must equal the sts:ExternalId in the trust policy'
      : 'if the trust policy requires sts:ExternalId, set the external-id input'
    return (
      `AssumeRole into ${settings.roleArn} was denied (${detail}). Check the role's trust policy: it must trust ` +
      `${settings.oidcRoleArn ?? 'the calling principal'}, and ${externalIdHint}.`
    )
  }
  if (code === 'ExpiredToken' || code === 'ExpiredTokenException') {
    return settings.oidcRoleArn
      ? `The session of ${settings.oidcRoleArn} expired before ${settings.roleArn} could be assumed (${detail}); re-run the job.`
      : `The starting credentials expired (${detail}), so ${settings.roleArn} cannot be assumed or renewed. ` +
          `For long waits use oidc-role-arn: the action then renews both sessions itself.`
  }
  return null
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
  requestHandler: typeof REQUEST_TIMEOUTS
}

function stsConfigOf(options: CredentialChainOptions): StsConfig {
  return {
    region: options.stsRegion,
    retryMode: options.retryMode,
    maxAttempts: options.maxAttempts,
    customUserAgent: options.userAgent,
    requestHandler: REQUEST_TIMEOUTS
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
  return refreshingProvider(
    () => assumeCentralRole({ ...settings, oidcRoleArn }, port, stsConfig),
    options.clock ?? systemClock,
    () => port.info(`Renewed the session for ${oidcRoleArn}.`)
  ).provider
}
