// Runs the phases for every source region and returns one row per instance touched. Plain values
// in and out; the front supplies the runner port and reports the result.
//
// Only the credential chain (and the STS client) loads with this module: the EC2, SSM and DRS
// clients (src/install/fleet.ts) load while STS answers, and SNS only when notify-topic-arn is set.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { createTargetCredentials } from './aws/credentials.js'
import type { Settings } from './settings/index.js'
import { errorMessage, systemClock, type Clock, type RunnerPort } from './shared/port.js'
import { retrySettingsFromEnv } from './aws/retry.js'
import { sortRows, stoppedRunRows, type Row } from './shared/rows.js'

export interface EngineOptions {
  env: NodeJS.ProcessEnv
  userAgent: string
  /** Link to the workflow run (or terminal session) for the notification. */
  runUrl: string
  clock?: Clock
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

export async function runEngine(
  settings: Settings,
  port: RunnerPort,
  options: EngineOptions
): Promise<EngineResult> {
  const clock = options.clock ?? systemClock
  const retry = retrySettingsFromEnv(options.env)
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
  try {
    let discovery
    try {
      discovery = await discoverFleet(settings, clients, port)
    } catch (error) {
      return stoppedRun(settings, errorMessage(error))
    }
    let rows: Row[] = discovery.rows
    port.progress?.(sortRows(rows))

    const deployed = await deployFleet(settings, clients, discovery.candidates, port, clock)
    rows = [...rows, ...deployed]
    port.progress?.(sortRows(rows))

    if (!settings.dryRun && settings.waitFor !== 'none' && !options.signal?.aborted) {
      rows = await waitForFleet(settings, clients, rows, port, clock, options.signal)
    }
    rows = sortRows(rows)
    port.progress?.(rows)

    if (settings.notifyTopicArn && !options.signal?.aborted) {
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
