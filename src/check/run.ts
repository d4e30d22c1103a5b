// The check operation: one central session, then every account checked on its own (at most
// account-concurrency at once), then one notification for the whole run. Plain values in and out;
// the front supplies the port and reports the rows. The per-account work is checkAccount.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { forEachAccount, topicCredentials } from '../accounts/each.js'
import { isManyAccountRun, settingsForAccount } from '../accounts/targets.js'
import { AwsClients, loadSnsClient } from '../aws/clients.js'
import { retrySettingsFromEnv } from '../aws/retry.js'
import { systemClock, type Clock, type RunnerPort } from '../shared/port.js'
import { checkAccount, type AccountCheck } from './account.js'
import { accountFailureRows, sortCheckRows, type CheckRow } from './rows.js'
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
  /**
   * Set when a failure stopped the run: the central hop; with role-arn also the one account's
   * role assumption or DRS not initialised. With accounts, an account's failure is its rows only.
   */
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
  const many = isManyAccountRun(settings)
  if (settings.duplicateAccounts.length > 0) {
    port.info(
      `accounts lists ${settings.duplicateAccounts.join(', ')} more than once: each is checked once.`
    )
  }
  const run = await forEachAccount<AccountCheck>(
    settings,
    port,
    {
      stsRegion: settings.targetRegion,
      ...retry,
      userAgent: options.userAgent,
      concurrency: settings.accountConcurrency,
      clock,
      ambient: options.ambient
    },
    {
      failed: (target, message) => ({
        rows: accountFailureRows(target.accountId, settings.sourceRegions, message),
        fatal: message
      }),
      run: account =>
        checkAccount(
          settingsForAccount(settings, account.target),
          account.clients,
          account.port,
          clock.now()
        )
    }
  )
  const rows = sortCheckRows(run.results.flatMap(result => result.rows))
  const fatal = run.centralFailure ?? (many ? null : (run.results[0]?.fatal ?? null))
  const topicArn = settings.notifyTopicArn
  if (topicArn && run.centralFailure === null && run.assumed > 0) {
    // With role-arn the target role publishes, as in the first release.
    const credentials = many
      ? topicCredentials(topicArn, settings.targets, run.sessions)
      : run.sessions.forAccount(settings.targets[0]).provider
    // Undefined credentials: the SDK's default chain (no central hop, no ambient override).
    const clients = new AwsClients({
      credentials: credentials as AwsCredentialIdentityProvider,
      ...retry,
      userAgent: options.userAgent
    })
    try {
      const [{ publishCheckNotification }] = await Promise.all([
        import('./notify.js'),
        loadSnsClient()
      ])
      await publishCheckNotification(settings, clients, rows, options.runUrl, port)
    } finally {
      clients.destroy()
    }
  }
  return { rows, fatal, accountCount: settings.targets.length }
}
