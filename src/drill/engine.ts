// The drill operation: credentials -> discovery -> plan -> waves -> cleanup, plain values in and
// out. The front supplies the port, the ledger's save function and the cancel signal.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { AwsClients, loadSnsClient } from '../aws/clients.js'
import { createTargetCredentials } from '../aws/credentials.js'
import { sourceServersByInstance } from '../aws/drs-servers.js'
import { retrySettingsFromEnv } from '../aws/retry.js'
import { errorMessage, systemClock, type Clock, type RunnerPort } from '../shared/port.js'
import { cleanUp, type CleanupResult } from './cleanup.js'
import { discoverDrill } from './discover.js'
import { createDrillApi, type DrillApi } from './drs-api.js'
import { planWaves, type JobLimits, type Wave } from './plan.js'
import { drillFailureRow, makeDrillRow, sortDrillRows, type DrillRow } from './rows.js'
import type { DrillSettings } from './settings.js'
import type { DrillLedger } from './state.js'
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
  ctx: { api: DrillApi; clock: Clock; port: RunnerPort; ledger: DrillLedger; signal?: AbortSignal },
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

export async function runDrill(
  settings: DrillSettings,
  port: RunnerPort,
  options: DrillEngineOptions
): Promise<DrillResult> {
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
    await credentials.provider()
  } catch (error) {
    return stopped(settings, errorMessage(error))
  }
  port.info(
    `Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`
  )
  const clients = new AwsClients({
    credentials: credentials.provider,
    ...retry,
    userAgent: options.userAgent
  })
  const api = options.api ?? createDrillApi(clients, settings.targetRegion, options.signal)
  try {
    let discovery
    try {
      discovery = await discoverDrill(settings, clients, api, () =>
        sourceServersByInstance(clients.drs(settings.targetRegion), options.signal)
      )
    } catch (error) {
      return stopped(settings, errorMessage(error))
    }
    const waves = planWaves(discovery.targets, settings.maxServersPerJob)
    port.info(
      `Drill plan: ${discovery.targets.length} server(s) in ${waves.length} wave(s), ${discovery.rows.length} other row(s).`
    )
    options.progress?.(discovery.rows)
    if (settings.dryRun) {
      return {
        rows: sortDrillRows([...discovery.rows, ...dryRunRows(waves)]),
        fatal: null,
        unconfirmed: 0
      }
    }
    const ctx = { api, clock, port, ledger: options.ledger, signal: options.signal }
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
    options.progress?.(
      sortDrillRows([...discovery.rows, ...applyCleanup(drilled, null, 'cleanup not finished')])
    )
    const result = await finishDrill(settings, drilled, ctx, options.cancelNote)
    const rows = sortDrillRows([...discovery.rows, ...result.rows])
    if (settings.notifyTopicArn && !options.signal?.aborted) {
      const [{ publishDrillNotification }] = await Promise.all([
        import('./notify.js'),
        loadSnsClient()
      ])
      await publishDrillNotification(settings, clients, rows, options.runUrl ?? '', port)
    }
    return { ...result, rows }
  } finally {
    clients.destroy()
  }
}

export interface LeftoverResult {
  result: CleanupResult | null
  fatal: string | null
}

/**
 * The post step's (and the CLI signal handler's) part: terminate and confirm what a main step
 * recorded in its ledger but did not finish cleaning up.
 */
export async function cleanUpLeftovers(
  settings: DrillSettings,
  ledger: DrillLedger,
  port: RunnerPort,
  options: Omit<DrillEngineOptions, 'ledger' | 'signal' | 'limits'> & { boundMs?: number }
): Promise<LeftoverResult> {
  const state = ledger.state
  if (state.finished || state.cleanup === 'never' || state.jobs.length === 0)
    return { result: null, fatal: null }
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
    await credentials.provider()
  } catch (error) {
    return { result: null, fatal: errorMessage(error) }
  }
  const clients = new AwsClients({
    credentials: credentials.provider,
    ...retry,
    userAgent: options.userAgent
  })
  try {
    const api = options.api ?? createDrillApi(clients, settings.targetRegion)
    const keep = new Set(state.cleanup === 'on-success' ? state.keep : [])
    port.info(
      `Cleaning up after the drill: ${state.jobs.length} launch job(s) recorded by the main step.`
    )
    const result = await cleanUp({ api, clock, port, ledger, boundMs: options.boundMs }, keep)
    ledger.finish()
    return { result, fatal: null }
  } finally {
    clients.destroy()
  }
}
