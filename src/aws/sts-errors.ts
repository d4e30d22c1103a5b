// What to fix when an STS hop of the credential chain fails: by hop, the error's kind
// (classifyAwsError) and its code.
import { errorCode, errorMessage } from '../shared/port.js'
import type { ChainHop, ChainSettings } from './credentials.js'
import { classifyAwsError, isRetryableKind, type AwsErrorKind } from './errors.js'

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
    // Printed by the actions and the CLI alike: the fix of each.
    return (
      `No usable starting credentials (${code}: ${detail}). In a workflow, set oidc-role-arn (with "permissions: id-token: write") ` +
      `or run a credentials step before this one; with the CLI, pass --profile NAME or set AWS_PROFILE or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.`
    )
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
