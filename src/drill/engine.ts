// The drill operation: credentials -> discovery -> plan -> waves -> cleanup, plain values in and
// out. The front supplies the port, the ledger's save function and the cancel signal.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { forEachAccount, topicCredentials, type AccountContext } from '../accounts/each.js'
import { isManyAccountRun, settingsForAccount, type AccountTarget } from '../accounts/targets.js'
import { AwsClients, loadSnsClient } from '../aws/clients.js'
import { sourceServersByInstance } from '../aws/drs-servers.js'
import { retrySettingsFromEnv } from '../aws/retry.js'
import { errorMessage, systemClock, type Clock, type RunnerPort } from '../shared/port.js'
import { cleanUp, type CleanupResult } from './cleanup.js'
import { discoverDrill } from './discover.js'
import { createDrillApi, type DrillApi } from './drs-api.js'
import { planWaves, type JobLimits, type Wave } from './plan.js'
import { drillFailureRow, makeDrillRow, sortDrillRows, type DrillRow } from './rows.js'
import type { DrillSettings } from './settings.js'
import { pendingAccounts, type DrillLedger, type LedgerView } from './state.js'
import { runWaves } from './waves.js'

export interface DrillEngineOptions {
  env: NodeJS.ProcessEnv
  userAgent: string
  ledger: DrillLedger
  clock?: Clock
  signal?: AbortSignal
  ambient?: AwsCredentialIdentityProvider
  /** Smaller DRS limits (tests). */
  limits?: JobLimits
  /** The reads and writes, instead of the SDK clients (tests). */
  api?: DrillApi
  /** Link to the workflow run, for the notification. */
  runUrl?: string
  /** The rows known so far (after discovery, after the waves), for a report if a cancel cuts the run short. */
  progress?: (rows: readonly DrillRow[]) => void
  /** Said on a cancelled run's launched rows; null says nothing (the CLI cleans up itself). */
  cancelNote?: string | null
}

export interface DrillResult {
  rows: DrillRow[]
  fatal: string | null
  /** Terminations asked for that were not confirmed (the step fails). */
  unconfirmed: number
}

function stopped(settings: DrillSettings, message: string): DrillResult {
  return {
    rows: settings.sourceRegions.map(region =>
      drillFailureRow(settings.accountId, region, message)
    ),
    fatal: message,
    unconfirmed: 0
  }
}

function dryRunRows(waves: readonly Wave[]): DrillRow[] {
  return waves.flatMap(wave =>
    wave.jobs.flatMap((job, index) =>
      job.map(target =>
        makeDrillRow({
          ...target,
          status: 'dry-run',
          message: `would launch in job ${index + 1} of ${wave.jobs.length} (${job.length} server(s))`
        })
      )
    )
  )
}

/** Puts what cleanup found and did into the rows. */
export function applyCleanup(
  rows: readonly DrillRow[],
  result: CleanupResult | null,
  note: string | null
): DrillRow[] {
  return rows.map(row => {
    const found = row.sourceServerId ? result?.bySourceServer.get(row.sourceServerId) : undefined
    const recoveryInstanceId = row.recoveryInstanceId ?? found?.recoveryInstanceId ?? null
    const drillInstanceId = row.drillInstanceId ?? found?.drillInstanceId ?? null
    const launched = recoveryInstanceId !== null
    const terminated = found?.terminated ?? (launched ? false : null)
    const extra = found?.message ?? (launched && terminated === false ? note : null)
    return {
      ...row,
      recoveryInstanceId,
      drillInstanceId,
      terminated,
      message: extra ? (row.message ? `${row.message}; ${extra}` : extra) : row.message
    }
  })
}

async function finishDrill(
  settings: DrillSettings,
  rows: DrillRow[],
  ctx: { api: DrillApi; clock: Clock; port: RunnerPort; ledger: LedgerView; signal?: AbortSignal },
  cancelNote: string | null = 'cancelled: left for the post step to terminate'
): Promise<DrillResult> {
  if (ctx.signal?.aborted) {
    return {
      rows: applyCleanup(rows, null, cancelNote),
      fatal: null,
      unconfirmed: 0
    }
  }
  if (settings.cleanup === 'never') {
    ctx.ledger.finish()
    return { rows: applyCleanup(rows, null, 'kept (cleanup: never)'), fatal: null, unconfirmed: 0 }
  }
  const keep = new Set(settings.cleanup === 'on-success' ? ctx.ledger.state.keep : [])
  const result = await cleanUp(ctx, keep)
  ctx.ledger.finish()
  return {
    rows: applyCleanup(rows, result, 'kept (cleanup: on-success keeps failed drills)'),
    fatal: null,
    unconfirmed: result.unconfirmed
  }
}

/** What one account's drill needs beyond its settings. */
interface AccountDrill {
  account: AccountContext
  options: DrillEngineOptions
  clock: Clock
  ledger: LedgerView
  progress: (rows: readonly DrillRow[]) => void
}

/** One account's drill: discovery (holding its slot), plan, waves, cleanup. */
async function drillAccount(settings: DrillSettings, run: AccountDrill): Promise<DrillResult> {
  const { account, options, clock, ledger } = run
  const { clients, port } = account
  const api = options.api ?? createDrillApi(clients, settings.targetRegion, options.signal)
  let discovery
  try {
    discovery = await discoverDrill(settings, clients, api, () =>
      sourceServersByInstance(clients.drs(settings.targetRegion), options.signal)
    )
  } catch (error) {
    return stopped(settings, errorMessage(error))
  }
  // From here on the account mostly waits for its launches: the next account may discover.
  account.releaseSlot()
  const waves = planWaves(discovery.targets, settings.maxServersPerJob)
  port.info(
    `Drill plan: ${discovery.targets.length} server(s) in ${waves.length} wave(s), ${discovery.rows.length} other row(s).`
  )
  run.progress(discovery.rows)
  if (settings.dryRun) {
    return {
      rows: sortDrillRows([...discovery.rows, ...dryRunRows(waves)]),
      fatal: null,
      unconfirmed: 0
    }
  }
  const ctx = { api, clock, port, ledger, signal: options.signal }
  const drilled = await runWaves(
    {
      ...ctx,
      settings,
      deadline: clock.now() + settings.timeoutMinutes * 60_000,
      foreignLoad: discovery.foreignLoad,
      limits: options.limits
    },
    waves
  )
  run.progress(
    sortDrillRows([...discovery.rows, ...applyCleanup(drilled, null, 'cleanup not finished')])
  )
  const result = await finishDrill(settings, drilled, ctx, options.cancelNote)
  return { ...result, rows: sortDrillRows([...discovery.rows, ...result.rows]) }
}

function accountOptions(
  settings: DrillSettings,
  options: Pick<DrillEngineOptions, 'env' | 'userAgent' | 'ambient'>,
  clock: Clock
) {
  return {
    stsRegion: settings.targetRegion,
    ...retrySettingsFromEnv(options.env),
    userAgent: options.userAgent,
    concurrency: settings.accountConcurrency,
    clock,
    ambient: options.ambient
  }
}

/**
 * The drill over every account of the run: one central session, each account's drill on its own
 * (waves and DRS's job quotas are per account and region), one notification at the end.
 */
export async function runDrill(
  settings: DrillSettings,
  port: RunnerPort,
  options: DrillEngineOptions
): Promise<DrillResult> {
  const clock = options.clock ?? systemClock
  const many = isManyAccountRun(settings)
  if (settings.duplicateAccounts.length > 0) {
    port.info(
      `accounts lists ${settings.duplicateAccounts.join(', ')} more than once: each is drilled once.`
    )
  }
  const known = new Map<string, readonly DrillRow[]>()
  const run = await forEachAccount<DrillResult>(
    settings,
    port,
    accountOptions(settings, options, clock),
    {
      failed: (target, message) => stopped(settingsForAccount(settings, target), message),
      run: account =>
        drillAccount(settingsForAccount(settings, account.target), {
          account,
          options,
          clock,
          ledger: options.ledger.forAccount(account.target.accountId),
          progress: rows => {
            known.set(account.target.accountId, rows)
            options.progress?.(sortDrillRows([...known.values()].flat()))
          }
        })
    }
  )
  const rows = sortDrillRows(run.results.flatMap(result => result.rows))
  // Every account that launched has finished its cleanup: nothing is left for the post step.
  if (pendingAccounts(options.ledger.state, settings.accountId).length === 0) {
    options.ledger.finish()
  }
  const fatal = run.centralFailure ?? (many ? null : (run.results[0]?.fatal ?? null))
  const unconfirmed = run.results.reduce((sum, result) => sum + result.unconfirmed, 0)
  const topicArn = settings.notifyTopicArn
  if (topicArn && !options.signal?.aborted && run.centralFailure === null && run.assumed > 0) {
    // With role-arn the target role publishes, as in the first release.
    const credentials = many
      ? topicCredentials(topicArn, settings.targets, run.sessions)
      : run.sessions.forAccount(settings.targets[0]).provider
    // Undefined credentials: the SDK's default chain (no central hop, no ambient override).
    const clients = new AwsClients({
      credentials: credentials as AwsCredentialIdentityProvider,
      ...retrySettingsFromEnv(options.env),
      userAgent: options.userAgent
    })
    try {
      const [{ publishDrillNotification }] = await Promise.all([
        import('./notify.js'),
        loadSnsClient()
      ])
      await publishDrillNotification(settings, clients, rows, options.runUrl ?? '', port)
    } finally {
      clients.destroy()
    }
  }
  return { rows, fatal, unconfirmed }
}

export interface LeftoverResult {
  result: CleanupResult | null
  /** Set when cleanup could not start at all (the central hop; with role-arn, the role). */
  fatal: string | null
  /** Accounts whose cleanup could not start (their role assumption), in a many-account run. */
  accountFailures: { accountId: string; message: string }[]
}

/** The role of an account the saved state names: from the run's accounts, else role-name. */
function leftoverTarget(settings: DrillSettings, accountId: string): AccountTarget | null {
  const listed = settings.targets.find(target => target.accountId === accountId)
  if (listed) return listed
  if (!settings.roleName) return null
  return {
    accountId,
    roleArn: `arn:${settings.partition}:iam::${accountId}:role/${settings.roleName}`
  }
}

function mergeCleanups(results: readonly (CleanupResult | null)[]): CleanupResult {
  const merged: CleanupResult = { bySourceServer: new Map(), unconfirmed: 0, terminated: 0 }
  for (const result of results) {
    if (!result) continue
    for (const [server, entry] of result.bySourceServer) merged.bySourceServer.set(server, entry)
    merged.unconfirmed += result.unconfirmed
    merged.terminated += result.terminated
  }
  return merged
}

/**
 * The post step's (and the CLI signal handler's) part: in every account the saved state names,
 * terminate and confirm what the main step launched there but did not finish cleaning up.
 */
export async function cleanUpLeftovers(
  settings: DrillSettings,
  ledger: DrillLedger,
  port: RunnerPort,
  options: Omit<DrillEngineOptions, 'ledger' | 'signal' | 'limits'> & { boundMs?: number }
): Promise<LeftoverResult> {
  const state = ledger.state
  const pending = pendingAccounts(state, settings.accountId)
  if (pending.length === 0) return { result: null, fatal: null, accountFailures: [] }
  const clock = options.clock ?? systemClock
  const accountFailures: LeftoverResult['accountFailures'] = []
  const targets: AccountTarget[] = []
  for (const accountId of pending) {
    const target = leftoverTarget(settings, accountId)
    if (target) targets.push(target)
    else
      accountFailures.push({
        accountId,
        message: `account ${accountId} has drill jobs of this run but is not the role-arn account: terminate its drill instances in the DRS console`
      })
  }
  const keep = new Set(state.cleanup === 'on-success' ? state.keep : [])
  port.info(
    `Cleaning up after the drill: ${state.jobs.length} launch job(s) recorded by the main step` +
      (pending.length > 1 ? ` in ${pending.length} accounts.` : '.')
  )
  const run = await forEachAccount<CleanupResult | null>(
    { ...settings, targets },
    port,
    accountOptions(settings, options, clock),
    {
      failed: (target, message) => {
        accountFailures.push({ accountId: target.accountId, message })
        return null
      },
      run: async account => {
        const { accountId } = account.target
        const view = ledger.forAccount(accountId, accountId === settings.accountId)
        const api = options.api ?? createDrillApi(account.clients, settings.targetRegion)
        const result = await cleanUp(
          { api, clock, port: account.port, ledger: view, boundMs: options.boundMs },
          keep
        )
        view.finish()
        for (const entry of result.bySourceServer.values()) entry.accountId = accountId
        return result
      }
    }
  )
  const results = run.results.filter((result): result is CleanupResult => result !== null)
  const many = isManyAccountRun(settings) || pending.length > 1
  const fatal =
    run.centralFailure ??
    (!many && results.length === 0 ? (accountFailures[0]?.message ?? null) : null)
  if (results.length > 0 && accountFailures.length === 0) ledger.finish()
  return {
    result: results.length > 0 ? mergeCleanups(results) : null,
    fatal,
    accountFailures: fatal ? [] : accountFailures
  }
}
