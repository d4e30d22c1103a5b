// One operation's per-account work over every account of a run (the check and the drill use it):
// one central session, each account assumed on its own while it holds an account-concurrency
// slot, a failure of one account that account's result only, a central failure the whole run's.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { AwsClients } from '../aws/clients.js'
import type { ChainSettings } from '../aws/credentials.js'
import type { RetryMode } from '../aws/retry.js'
import { errorMessage, type Clock, type RunnerPort } from '../shared/port.js'
import { prefixedPort } from './port.js'
import { createAccountSessions, isCentralFailure, type AccountSessions } from './sessions.js'
import { SlotPool, type ReleaseSlot } from './slots.js'
import {
  accountLogPrefix,
  isManyAccountRun,
  type AccountsSettings,
  type AccountTarget
} from './targets.js'

export interface EachAccountOptions {
  stsRegion: string
  retryMode: RetryMode
  maxAttempts: number
  userAgent: string
  /** account-concurrency: accounts holding a slot at once. */
  concurrency: number
  clock?: Clock
  ambient?: AwsCredentialIdentityProvider
}

export interface AccountContext {
  target: AccountTarget
  /** The account's clients (destroyed when its work ends). */
  clients: AwsClients
  credentials: AwsCredentialIdentityProvider
  /** The run's port; its log lines carry the account id in a many-account run. */
  port: RunnerPort
  /** Gives the slot back early: from here on the account only waits. Called again at the end. */
  releaseSlot: ReleaseSlot
}

export interface AccountWork<R> {
  run(account: AccountContext): Promise<R>
  /** The result of an account that could not start: its role assumption, or the central hop. */
  failed(target: AccountTarget, message: string): R
}

export interface EachAccountResult<R> {
  /** One per target, in the order of settings.targets. */
  results: R[]
  /** Set when the central hop failed: every account not done by then has its failed result. */
  centralFailure: string | null
  /** Accounts whose role was assumed. */
  assumed: number
  sessions: AccountSessions
}

export async function forEachAccount<R>(
  settings: ChainSettings & AccountsSettings,
  port: RunnerPort,
  options: EachAccountOptions,
  work: AccountWork<R>
): Promise<EachAccountResult<R>> {
  const { concurrency, ...chain } = options
  const sessions = createAccountSessions(settings, port, chain)
  try {
    await sessions.start()
  } catch (error) {
    const message = errorMessage(error)
    return {
      results: settings.targets.map(target => work.failed(target, message)),
      centralFailure: message,
      assumed: 0,
      sessions
    }
  }
  const slots = new SlotPool(Math.max(1, concurrency))
  const many = isManyAccountRun(settings)
  let centralFailure: string | null = null
  let assumed = 0

  const runAccount = async (target: AccountTarget): Promise<R> => {
    const release = await slots.acquire()
    try {
      if (centralFailure !== null) return work.failed(target, centralFailure)
      const accountPort = prefixedPort(port, accountLogPrefix(settings, target.accountId))
      const credentials = sessions.forAccount(target).provider
      try {
        await credentials()
      } catch (error) {
        const message = errorMessage(error)
        if (isCentralFailure(error)) centralFailure ??= message
        else if (many) accountPort.warning(`Account ${target.accountId} stopped: ${message}`)
        return work.failed(target, message)
      }
      assumed++
      accountPort.info(
        `Assumed ${target.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`
      )
      const clients = new AwsClients({
        credentials,
        retryMode: options.retryMode,
        maxAttempts: options.maxAttempts,
        userAgent: options.userAgent
      })
      try {
        return await work.run({
          target,
          clients,
          credentials,
          port: accountPort,
          releaseSlot: release
        })
      } finally {
        clients.destroy()
      }
    } finally {
      release()
    }
  }
  const results = await Promise.all(settings.targets.map(runAccount))
  return { results, centralFailure, assumed, sessions }
}

/**
 * The credentials a run-wide SNS publish uses: the topic's account's own session when that
 * account is in the run, else the central ones (undefined: the SDK's default chain).
 */
export function topicCredentials(
  topicArn: string,
  targets: readonly AccountTarget[],
  sessions: AccountSessions
): AwsCredentialIdentityProvider | undefined {
  const account = topicArn.split(':')[4]
  const target = targets.find(entry => entry.accountId === account)
  return target ? sessions.forAccount(target).provider : sessions.central
}
