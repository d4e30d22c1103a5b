// One account's install: acquire a slot -> assume -> discover -> quota preflight -> send ->
// release the slot -> wait. The account holds an account-concurrency slot only while it
// discovers or sends; `sendAndWait` takes one again for each later send (a staged roll-out
// calls it once per stage), so an account that is only waiting never blocks another.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { ReleaseSlot, SlotPool } from '../accounts/index.js'
import type { AwsClients } from '../aws/clients.js'
import type { RetryMode } from '../aws/retry.js'
import type { Settings } from '../settings/index.js'
import type { Clock } from '../shared/clock.js'
import { errorMessage, type RunnerPort } from '../shared/port.js'
import { sortRows, stoppedRunRows, type Row } from '../shared/rows.js'
import type { FleetDiscovery } from './discover.js'
import type { Candidate } from './preflight.js'
import { applyReplicatingQuota } from './quota.js'
import { rollOut } from './rollout.js'
import { planStages } from './stages.js'
import type { SentCommand } from './sent-commands.js'
import type { RunProgress } from './run-progress.js'

type FleetModule = typeof import('./fleet.js')

/** What the wait is handed for one send of one account; resolves with the rows final. */
export interface WaitSubmission {
  settings: Settings
  clients: Pick<AwsClients, 'ssm' | 'drs'>
  port: RunnerPort
  /** The send's rows (pending ones are followed; the rest pass through). */
  rows: Row[]
  commands: SentCommand[]
}

export type Waiter = (submission: WaitSubmission) => Promise<Row[]>

/** What every account of a run shares. */
export interface AccountRunContext {
  fleet: FleetModule
  slots: SlotPool
  waiter: Waiter
  progress: RunProgress
  clock: Clock
  signal: AbortSignal | undefined
  retry: { retryMode: RetryMode; maxAttempts: number }
  userAgent: string
}

/** An account after discovery: its clients, and the one way to send and wait for candidates. */
export class AccountPipeline {
  private held: ReleaseSlot | null
  private sends = 0

  constructor(
    readonly settings: Settings,
    readonly clients: AwsClients,
    readonly port: RunnerPort,
    private readonly run: AccountRunContext,
    held: ReleaseSlot
  ) {
    this.held = held
  }

  /** The run's cancel signal. */
  get signal(): AbortSignal | undefined {
    return this.run.signal
  }

  /** Gives the discovery slot back (when nothing is to be sent). */
  releaseSlot(): void {
    this.held?.()
    this.held = null
  }

  /**
   * Sends these candidates (holding a slot while sending), then waits for them without a slot;
   * returns one final row per candidate. May be called again for more candidates of the account.
   */
  async sendAndWait(candidates: readonly Candidate[]): Promise<Row[]> {
    if (candidates.length === 0) {
      this.releaseSlot()
      return []
    }
    const { fleet, clock, signal, progress } = this.run
    const release = this.held ?? (await this.run.slots.acquire())
    this.held = null
    this.sends++
    let deployment
    try {
      deployment = await fleet.deployFleet(
        this.settings,
        this.clients,
        [...candidates],
        this.port,
        clock,
        {
          signal,
          onBatch: batch => progress.answered(batch.rows),
          labelPrefix: this.sends > 1 ? `s${this.sends}-` : ''
        }
      )
    } finally {
      release()
    }
    progress.answered(deployment.rows)
    if (this.settings.dryRun || this.settings.waitFor === 'none' || signal?.aborted) {
      return deployment.rows
    }
    return this.run.waiter({
      settings: this.settings,
      clients: this.clients,
      port: this.port,
      rows: deployment.rows,
      commands: deployment.commands
    })
  }
}

/** How one account ended: its rows, and the reason when a failure stopped it as a whole. */
export interface AccountOutcome {
  rows: Row[]
  stopped: string | null
}

/** What is sent for an account's candidates; a staged roll-out replaces the default single send. */
export type InstallCandidates = (
  pipeline: AccountPipeline,
  candidates: Candidate[]
) => Promise<Row[]>

/**
 * The default: the account's staged roll-out (canary, waves, failure budget), each stage one
 * sendAndWait. Without canary and wave-tag it is one stage: everything sent at once.
 */
export const stagedRollOut: InstallCandidates = async (pipeline, candidates) => {
  const { settings, port } = pipeline
  const rollout = await rollOut(
    planStages(settings.accountId, candidates, settings),
    stage => pipeline.sendAndWait(stage.candidates),
    { maxFailures: settings.maxFailures, port, dryRun: settings.dryRun, signal: pipeline.signal }
  )
  // A plan without stages (no candidates) never called sendAndWait: give the slot back.
  pipeline.releaseSlot()
  return rollout.rows
}

export interface AccountInput {
  /** The account's own settings (settingsForAccount). */
  settings: Settings
  credentials: AwsCredentialIdentityProvider
  port: RunnerPort
  /** Called once the account's role is assumed, before discovery. */
  onAssumed?(): void
  install?: InstallCandidates
}

function stopped(settings: Settings, message: string): AccountOutcome {
  return {
    rows: stoppedRunRows(settings.accountId, settings.sourceRegions, message),
    stopped: message
  }
}

/** Discovery for one account: null (with the stopped outcome) when DRS or the role stopped it. */
async function discover(
  run: AccountRunContext,
  input: AccountInput,
  clients: AwsClients
): Promise<FleetDiscovery | AccountOutcome> {
  try {
    const discovery = await run.fleet.discoverFleet(input.settings, clients, input.port, {
      signal: run.signal,
      onRegion: result => run.progress.region(result)
    })
    run.progress.answered(discovery.rows)
    return discovery
  } catch (error) {
    return stopped(input.settings, errorMessage(error))
  }
}

/** Runs one account end to end. Never rejects for an AWS failure: it becomes the account's rows. */
export async function runAccount(
  run: AccountRunContext,
  input: AccountInput
): Promise<AccountOutcome> {
  const { settings } = input
  const release = await run.slots.acquire()
  let clients: AwsClients | null = null
  try {
    try {
      // Assume up front: a role that cannot be assumed stops the account before any other call.
      await input.credentials()
    } catch (error) {
      const outcome = stopped(settings, errorMessage(error))
      run.progress.answered(outcome.rows)
      return outcome
    }
    input.onAssumed?.()
    clients = new run.fleet.AwsClients({
      credentials: input.credentials,
      ...run.retry,
      userAgent: run.userAgent
    })
    const discovery = await discover(run, input, clients)
    if (!('candidates' in discovery)) {
      run.progress.answered(discovery.rows)
      return discovery
    }
    const quota = applyReplicatingQuota(
      settings,
      discovery.candidates,
      discovery.replicating ?? null
    )
    if (quota.rows.length > 0) {
      input.port.warning(`${quota.rows.length} candidate(s) ${quota.rows[0].message ?? ''}`)
      run.progress.answered(quota.rows)
    }
    const pipeline = new AccountPipeline(settings, clients, input.port, run, release)
    const sent = await (input.install ?? stagedRollOut)(pipeline, quota.send)
    return { rows: sortRows([...discovery.rows, ...quota.rows, ...sent]), stopped: null }
  } finally {
    release()
    clients?.destroy()
  }
}
