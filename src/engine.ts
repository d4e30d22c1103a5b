// Runs install's phases for every account and source region and returns one row per instance
// touched. Plain values in and out; the front supplies the runner port and the resolved settings,
// and reports the result. The engine reads no environment variable.
//
// Only the credential chain (and the STS client) loads with this module: the EC2, SSM and DRS
// clients (src/install/fleet.ts) load while STS answers, and SNS only when notify-topic-arn is set.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import {
  accountLogPrefix,
  createAccountSessions,
  isManyAccountRun,
  prefixedPort,
  settingsForAccount,
  SlotPool,
  sortAccountRows,
  type AccountTarget
} from './accounts/index.js'
import { createTargetCredentials, type CredentialChainOptions } from './aws/credentials.js'
import type { RetryMode } from './aws/retry.js'
import type { AccountInput, AccountOutcome, AccountRunContext, Waiter } from './install/account.js'
import { RunProgress } from './install/run-progress.js'
import type { Settings } from './settings/index.js'
import { systemClock, type Clock } from './shared/clock.js'
import { errorMessage, type RunnerPort } from './shared/port.js'
import { stoppedRunRows, type Row } from './shared/rows.js'

export interface EngineOptions {
  /** The SDK's retry mode for every client (the front resolves AWS_RETRY_MODE). */
  retryMode: RetryMode
  /** The SDK's attempts per call (the front resolves AWS_MAX_ATTEMPTS). */
  maxAttempts: number
  userAgent: string
  /** Link to the workflow run (or terminal session) for the notification. */
  runUrl: string
  clock?: Clock
  /** The run's cancel signal: nothing is sent once it aborted, and the wait ends. */
  signal?: AbortSignal
  /** Starting credentials instead of the SDK default chain (the CLI's profile, tests). */
  ambient?: AwsCredentialIdentityProvider
}

export interface EngineResult {
  rows: Row[]
  /**
   * Set when a failure stopped the whole run: with role-arn, its assumption or DRS not
   * initialised; with accounts, only the central hop (an account's own failure is its rows).
   */
  fatal: string | null
}

type FleetModule = typeof import('./install/fleet.js')

/** Every account and source region gets a failed row carrying the reason. */
function stoppedRun(settings: Settings, message: string): EngineResult {
  const rows = settings.targets.flatMap(target =>
    stoppedRunRows(target.accountId, settings.sourceRegions, message)
  )
  return { rows: sortAccountRows(rows), fatal: message }
}

interface Run {
  settings: Settings
  port: RunnerPort
  options: EngineOptions
  clock: Clock
  chain: CredentialChainOptions
  loadFleet(): Promise<FleetModule>
}

/**
 * What every account shares. One account waits as in the first release; many accounts share one
 * wait loop, which takes each account's sends as they come.
 */
function accountContext(run: Run, fleet: FleetModule, progress: RunProgress): AccountRunContext {
  const { settings, clock, options, port } = run
  const { signal } = options
  const many = isManyAccountRun(settings)
  const shared = many ? new fleet.SharedWait({ port, clock, signal }) : null
  const waiter: Waiter = shared
    ? s =>
        shared.submit(
          s.settings,
          fleet.createWaitReads(s.clients, s.settings.targetRegion),
          s.rows,
          s.commands,
          s.port,
          `[${s.settings.accountId}] `
        )
    : s => fleet.waitForFleet(s.settings, s.clients, s.rows, s.commands, s.port, clock, signal)
  return {
    fleet,
    slots: new SlotPool(many ? settings.accountConcurrency : 1),
    waiter,
    progress,
    clock,
    signal,
    retry: { retryMode: options.retryMode, maxAttempts: options.maxAttempts },
    userAgent: options.userAgent
  }
}

function assumedLine(settings: Settings): string {
  return `Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`
}

/** One account (role-arn): its assumption or DRS failing stops the run, as in the first release. */
async function runSingleAccount(run: Run): Promise<EngineResult> {
  const { settings, port } = run
  const credentials = createTargetCredentials(settings, port, run.chain)
  try {
    await credentials.provider()
  } catch (error) {
    return stoppedRun(settings, errorMessage(error))
  }
  const fleet = await run.loadFleet()
  const progress = new RunProgress(port)
  const context = accountContext(run, fleet, progress)
  const outcome = await fleet.runAccount(context, {
    settings,
    credentials: credentials.provider,
    port: accountPort(port, progress),
    onAssumed: () => port.info(assumedLine(settings))
  })
  if (outcome.stopped !== null) return { rows: outcome.rows, fatal: outcome.stopped }
  return finish(run, outcome.rows, credentials.provider)
}

/** The account's port: its log lines prefixed in a many-account run, its progress merged. */
function accountPort(port: RunnerPort, progress: RunProgress, prefix = ''): RunnerPort {
  const prefixed = prefixedPort(port, prefix)
  return { ...prefixed, progress: rows => progress.answered(rows) }
}

/** Many accounts: one central session, one AssumeRole per account, failures per account. */
async function runManyAccounts(run: Run): Promise<EngineResult> {
  const { settings, port } = run
  if (settings.duplicateAccounts.length > 0) {
    port.info(
      `accounts: dropped duplicate ${settings.duplicateAccounts.join(', ')} (each account runs once).`
    )
  }
  const sessions = createAccountSessions(settings, port, run.chain)
  try {
    // The central hop first: its failure is the only one that stops every account.
    await sessions.start()
  } catch (error) {
    return stoppedRun(settings, errorMessage(error))
  }
  const fleet = await run.loadFleet()
  const progress = new RunProgress(port)
  const context = accountContext(run, fleet, progress)
  port.info(
    `Running ${settings.targets.length} account(s), ${settings.accountConcurrency} at a time in discovery and sending` +
      `${settings.oidcRoleArn ? `, via ${settings.oidcRoleArn}` : ''}.`
  )
  const outcomes = await Promise.all(
    settings.targets.map(target => {
      const accountSettings = settingsForAccount(settings, target)
      const input: AccountInput = {
        settings: accountSettings,
        credentials: sessions.forAccount(target).provider,
        port: accountPort(port, progress, accountLogPrefix(settings, target.accountId)),
        onAssumed: () => port.debug(assumedLine(accountSettings))
      }
      return fleet.runAccount(context, input).then(outcome => report(port, target, outcome))
    })
  )
  const rows = sortAccountRows(outcomes.flatMap(outcome => outcome.rows))
  const topicAccount = topicAccountOf(settings)
  const topicTarget = settings.targets.find(target => target.accountId === topicAccount)
  const notifyCredentials = topicTarget
    ? sessions.forAccount(topicTarget).provider
    : sessions.central
  return finish(run, rows, notifyCredentials)
}

function report(port: RunnerPort, target: AccountTarget, outcome: AccountOutcome): AccountOutcome {
  if (outcome.stopped !== null) port.warning(`[${target.accountId}] ${outcome.stopped}`)
  return outcome
}

/** The account id in notify-topic-arn, or null. */
function topicAccountOf(settings: Settings): string | null {
  return settings.notifyTopicArn?.split(':')[4] ?? null
}

/** The final rows published, and the one notification of the run. */
async function finish(
  run: Run,
  rows: Row[],
  credentials: AwsCredentialIdentityProvider | undefined
): Promise<EngineResult> {
  const { settings, port, options } = run
  const sorted = sortAccountRows(rows)
  port.progress?.(sorted)
  if (settings.notifyTopicArn && !options.signal?.aborted) {
    const [{ publishNotification }, { AwsClients, loadSnsClient }] = await Promise.all([
      import('./report/notify.js'),
      run.loadFleet()
    ])
    await loadSnsClient()
    const clients = new AwsClients({
      // Undefined (an ambient start without a profile): the SDK's default chain signs.
      credentials: credentials as AwsCredentialIdentityProvider,
      retryMode: options.retryMode,
      maxAttempts: options.maxAttempts,
      userAgent: options.userAgent
    })
    try {
      await publishNotification(settings, clients, sorted, options.runUrl, port)
    } finally {
      clients.destroy()
    }
  }
  return { rows: sorted, fatal: null }
}

export async function runEngine(
  settings: Settings,
  port: RunnerPort,
  options: EngineOptions
): Promise<EngineResult> {
  const clock = options.clock ?? systemClock
  // Starts once STS has answered the first hop, so the load never delays the first request.
  let fleetModule: Promise<FleetModule> | null = null
  const loadFleet = (): Promise<FleetModule> => (fleetModule ??= import('./install/fleet.js'))
  const run: Run = {
    settings,
    port,
    options,
    clock,
    loadFleet,
    chain: {
      stsRegion: settings.targetRegion,
      retryMode: options.retryMode,
      maxAttempts: options.maxAttempts,
      userAgent: options.userAgent,
      clock,
      ambient: options.ambient,
      onAnswer: () => void loadFleet().catch(() => undefined)
    }
  }
  return isManyAccountRun(settings) ? runManyAccounts(run) : runSingleAccount(run)
}
