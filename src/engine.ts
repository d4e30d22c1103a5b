// Runs the phases for every source region and returns one row per instance touched. Plain values
// in and out; the front supplies the runner port and the resolved settings, and reports the result.
// The engine reads no environment variable.
//
// Only the credential chain (and the STS client) loads with this module: the EC2, SSM and DRS
// clients (src/install/fleet.ts) load while STS answers, and SNS only when notify-topic-arn is set.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { createTargetCredentials } from './aws/credentials.js'
import type { RetryMode } from './aws/retry.js'
import type { AwsClients } from './aws/clients.js'
import type { FleetDiscovery, RegionDiscovery } from './install/discover.js'
import type { Candidate } from './install/preflight.js'
import { rollOut } from './install/rollout.js'
import { planStages } from './install/stages.js'
import type { Settings } from './settings/index.js'
import { systemClock, type Clock } from './shared/clock.js'
import { awaitingSendRow, errorMessage, type RunnerPort } from './shared/port.js'
import { sortRows, stoppedRunRows, type Row } from './shared/rows.js'

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
  /** Set when a failure stopped the whole run (role assumption, DRS not initialised). */
  fatal: string | null
}

/** Every source region gets a failed row carrying the reason, so no account is lost silently. */
function stoppedRun(settings: Settings, message: string): EngineResult {
  return {
    rows: stoppedRunRows(settings.accountId, settings.sourceRegions, message),
    fatal: message
  }
}

/**
 * The rows known so far, published whole on every change: each region as discovery answers it,
 * each batch as SSM answers it. Candidates not yet answered are published as awaiting their send.
 */
class RunProgress {
  private decided: Row[] = []
  private readonly candidates = new Map<string, Row>()

  constructor(private readonly port: RunnerPort) {}

  region(result: RegionDiscovery): void {
    this.decided.push(...result.rows)
    for (const candidate of result.candidates) this.set(awaitingSendRow(candidate))
    this.publish()
  }

  discovered(discovery: FleetDiscovery): void {
    this.decided = [...discovery.rows]
    this.publish()
  }

  answered(rows: readonly Row[]): void {
    for (const row of rows) this.set(row)
    this.publish()
  }

  private set(row: Row): void {
    this.candidates.set(`${row.region ?? ''}/${row.instanceId ?? ''}`, row)
  }

  private publish(): void {
    this.port.progress?.(sortRows([...this.decided, ...this.candidates.values()]))
  }
}

type FleetModule = typeof import('./install/fleet.js')

/**
 * One stage: send these candidates, then wait for them (as wait-for says). The wait publishes
 * only this stage's rows, so its progress goes through RunProgress, which keeps the others.
 */
async function sendAndWait(
  settings: Settings,
  fleet: Pick<FleetModule, 'deployFleet' | 'waitForFleet'> & { clients: AwsClients },
  candidates: Candidate[],
  port: RunnerPort,
  progress: RunProgress,
  clock: Clock,
  signal: AbortSignal | undefined
): Promise<Row[]> {
  const deployment = await fleet.deployFleet(settings, fleet.clients, candidates, port, clock, {
    signal,
    onBatch: batch => progress.answered(batch.rows)
  })
  let rows = deployment.rows
  progress.answered(rows)
  if (!settings.dryRun && settings.waitFor !== 'none' && !signal?.aborted) {
    const stagePort: RunnerPort = {
      mask: secret => port.mask(secret),
      info: message => port.info(message),
      warning: message => port.warning(message),
      debug: message => port.debug(message),
      progress: answered => progress.answered(answered)
    }
    rows = await fleet.waitForFleet(
      settings,
      fleet.clients,
      rows,
      deployment.commands,
      stagePort,
      clock,
      signal
    )
    progress.answered(rows)
  }
  return rows
}

export async function runEngine(
  settings: Settings,
  port: RunnerPort,
  options: EngineOptions
): Promise<EngineResult> {
  const clock = options.clock ?? systemClock
  const { signal } = options
  const retry = { retryMode: options.retryMode, maxAttempts: options.maxAttempts }
  // Starts once STS has answered the first hop, so the load never delays the first request.
  let fleetModule: Promise<typeof import('./install/fleet.js')> | null = null
  const loadFleet = (): Promise<typeof import('./install/fleet.js')> =>
    (fleetModule ??= import('./install/fleet.js'))
  const credentials = createTargetCredentials(settings, port, {
    stsRegion: settings.targetRegion,
    ...retry,
    userAgent: options.userAgent,
    clock,
    ambient: options.ambient,
    onAnswer: () => void loadFleet().catch(() => undefined)
  })

  try {
    // Assume up front: a broken chain stops the run before any other call.
    await credentials.provider()
  } catch (error) {
    return stoppedRun(settings, errorMessage(error))
  }
  const { AwsClients, deployFleet, discoverFleet, loadSnsClient, waitForFleet } = await loadFleet()
  port.info(
    `Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`
  )

  const clients = new AwsClients({
    credentials: credentials.provider,
    ...retry,
    userAgent: options.userAgent
  })
  const progress = new RunProgress(port)
  try {
    let discovery
    try {
      discovery = await discoverFleet(settings, clients, port, {
        signal,
        onRegion: result => progress.region(result)
      })
    } catch (error) {
      return stoppedRun(settings, errorMessage(error))
    }
    progress.discovered(discovery)

    // Staged roll-out: each stage is sent and waited for before the next (one stage unstaged).
    const fleet = { clients, deployFleet, waitForFleet }
    const rollout = await rollOut(
      planStages(settings.accountId, discovery.candidates, settings),
      stage => sendAndWait(settings, fleet, stage.candidates, port, progress, clock, signal),
      { maxFailures: settings.maxFailures, port, dryRun: settings.dryRun, signal }
    )
    const rows = sortRows([...discovery.rows, ...rollout.rows])
    port.progress?.(rows)

    if (settings.notifyTopicArn && !signal?.aborted) {
      const [{ publishNotification }] = await Promise.all([
        import('./report/notify.js'),
        loadSnsClient()
      ])
      await publishNotification(settings, clients, rows, options.runUrl, port)
    }
    return { rows, fatal: null }
  } finally {
    clients.destroy()
  }
}
