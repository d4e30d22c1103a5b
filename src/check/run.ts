// The check operation: the install's credential chain and clients, then one account checked.
// Plain values in and out; the front supplies the port and reports the rows. The per-account work
// is checkAccount(settings for one account, its clients), so many accounts slot in around it.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { AwsClients, loadSnsClient } from '../aws/clients.js'
import { createTargetCredentials } from '../aws/credentials.js'
import { retrySettingsFromEnv } from '../aws/retry.js'
import { errorMessage, systemClock, type Clock, type RunnerPort } from '../shared/port.js'
import { checkAccount } from './account.js'
import { accountFailureRows, type CheckRow } from './rows.js'
import type { CheckSettings } from './settings.js'

export interface CheckOptions {
  env: NodeJS.ProcessEnv
  userAgent: string
  /** Link to the workflow run (or terminal session) for the notification. */
  runUrl: string
  clock?: Clock
  /** Starting credentials instead of the SDK default chain (the CLI's profile, tests). */
  ambient?: AwsCredentialIdentityProvider
}

export interface CheckResult {
  rows: CheckRow[]
  /** Set when a failure stopped the account (role assumption, DRS not initialised). */
  fatal: string | null
  accountCount: number
}

export async function runCheck(
  settings: CheckSettings,
  port: RunnerPort,
  options: CheckOptions
): Promise<CheckResult> {
  const clock = options.clock ?? systemClock
  const retry = retrySettingsFromEnv(options.env)
  const credentials = createTargetCredentials(settings, port, {
    stsRegion: settings.targetRegion,
    ...retry,
    userAgent: options.userAgent,
    clock,
    ambient: options.ambient
  })
  try {
    // Assume up front: a broken chain gives one failed row per source region and no other call.
    await credentials.provider()
  } catch (error) {
    const message = errorMessage(error)
    return {
      rows: accountFailureRows(settings.accountId, settings.sourceRegions, message),
      fatal: message,
      accountCount: 1
    }
  }
  port.info(
    `Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`
  )
  const clients = new AwsClients({
    credentials: credentials.provider,
    ...retry,
    userAgent: options.userAgent
  })
  try {
    const result = await checkAccount(settings, clients, port, clock.now())
    if (settings.notifyTopicArn) {
      const [{ publishCheckNotification }] = await Promise.all([
        import('./notify.js'),
        loadSnsClient()
      ])
      await publishCheckNotification(settings, clients, result.rows, options.runUrl, port)
    }
    return { ...result, accountCount: 1 }
  } finally {
    clients.destroy()
  }
}
