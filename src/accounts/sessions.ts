// One central session for the whole run, one refreshing session per account built on it.
//
// With oidc-role-arn, the OIDC token is exchanged once (AssumeRoleWithWebIdentity) and the central
// session renews itself only when it nears expiry; every account's AssumeRole signs with it. Without
// it, every account's AssumeRole signs with the ambient credentials.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import {
  createCentralCredentials,
  createRoleCredentials,
  CredentialChainError,
  type ChainSettings,
  type CredentialChainOptions,
  type TargetCredentials
} from '../aws/credentials.js'
import type { RunnerPort } from '../shared/port.js'
import type { AccountTarget } from './targets.js'

export interface AccountSessions {
  /**
   * The central credentials every account's AssumeRole signs with (undefined: the SDK's default
   * chain), also what a run-wide call outside the accounts uses (a notification to a topic in
   * an account that is not in the run).
   */
  readonly central: AwsCredentialIdentityProvider | undefined
  /**
   * Obtains the central session now (no-op without oidc-role-arn): a failure here is the one that
   * stops the whole run. Throws CredentialChainError.
   */
  start(): Promise<void>
  /** The account's own refreshing session (created on first use, then the same one). */
  forAccount(target: AccountTarget): TargetCredentials
}

/** True when a chain failure is the central hop's (the OIDC token or the central role). */
export function isCentralFailure(error: unknown): boolean {
  return error instanceof CredentialChainError && error.hop !== 'target-role'
}

export function createAccountSessions(
  settings: ChainSettings,
  port: RunnerPort,
  options: CredentialChainOptions
): AccountSessions {
  const central = createCentralCredentials(settings, port, options)
  const byAccount = new Map<string, TargetCredentials>()
  const hasCentralHop = settings.oidcRoleArn !== null
  return {
    central,
    async start() {
      if (!hasCentralHop || !central) return
      await central()
      options.onAnswer?.('central-role')
    },
    forAccount(target) {
      let credentials = byAccount.get(target.accountId)
      if (!credentials) {
        credentials = createRoleCredentials(
          { ...settings, roleArn: target.roleArn },
          port,
          options,
          central
        )
        byAccount.set(target.accountId, credentials)
      }
      return credentials
    }
  }
}
