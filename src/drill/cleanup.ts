// Cleanup that cannot be forgotten: TerminateRecoveryInstances for the recovery instances of this
// run's own LAUNCH jobs (never another's, never one that is not a drill), then confirmed within a
// bound (the drill instance's EC2 state terminated, or the TERMINATE job COMPLETED). Used by the
// main step after the last wave and by the post step for whatever the main step left.
import { nextDelay } from '../install/wait/schedule.js'
import { chunk } from '../shared/concurrency.js'
import { errorCode, errorMessage, type Clock, type RunnerPort } from '../shared/port.js'
import type { DrillApi } from './drs-api.js'
import type { LedgerView } from './state.js'

/** How long termination may take before it counts as not confirmed. */
export const CLEANUP_BOUND_MS = 10 * 60 * 1000
/** TerminateRecoveryInstances takes up to 200 ids. */
const TERMINATE_MAX = 200

export interface CleanupContext {
  api: DrillApi
  clock: Clock
  port: RunnerPort
  ledger: LedgerView
  boundMs?: number
}

export interface ServerCleanup {
  /** The account, set when the post step merges many accounts' cleanups. */
  accountId?: string
  recoveryInstanceId: string | null
  drillInstanceId: string | null
  /** true: confirmed; false: asked (or should have been) but not confirmed; null: nothing to terminate. */
  terminated: boolean | null
  message: string | null
}

export interface CleanupResult {
  bySourceServer: Map<string, ServerCleanup>
  /** Terminations asked for (or due) that could not be confirmed. */
  unconfirmed: number
  terminated: number
}

interface Asked {
  sourceServerId: string
  ec2InstanceId: string | null
  terminateJobId: string | null
}

class Cleanup {
  readonly servers = new Map<string, ServerCleanup>()
  readonly asked = new Map<string, Asked>()
  readonly confirmed: Set<string>
  readonly ourJobs: Set<string>
  pendingLaunches = 0

  constructor(
    private readonly ctx: CleanupContext,
    private readonly keep: ReadonlySet<string>
  ) {
    this.confirmed = new Set(ctx.ledger.state.confirmed)
    this.ourJobs = new Set(ctx.ledger.state.jobs.map(job => job.jobId))
  }

  entry(sourceServerId: string): ServerCleanup {
    let entry = this.servers.get(sourceServerId)
    if (!entry) {
      entry = { recoveryInstanceId: null, drillInstanceId: null, terminated: null, message: null }
      this.servers.set(sourceServerId, entry)
    }
    return entry
  }

  /** Finds this run's recovery instances not yet asked for; counts launches still going. */
  async candidates(): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    this.pendingLaunches = 0
    if (this.ourJobs.size === 0) return found
    for (const job of await this.ctx.api.jobs([...this.ourJobs])) {
      for (const p of job.participants) {
        if (this.keep.has(p.sourceServerId)) continue
        if (p.recoveryInstanceId) {
          if (!this.asked.has(p.recoveryInstanceId) && !this.confirmed.has(p.recoveryInstanceId))
            found.set(p.recoveryInstanceId, p.sourceServerId)
        } else if (p.launchStatus === 'PENDING' || p.launchStatus === 'IN_PROGRESS') {
          this.pendingLaunches++
        }
      }
    }
    return found
  }

  /** Only instances DRS lists as drills of this run's jobs are terminated. */
  async terminate(found: Map<string, string>): Promise<boolean> {
    if (found.size === 0) return false
    const views = await this.ctx.api.recoveryInstances([...new Set(found.values())])
    const verified: string[] = []
    for (const [recoveryInstanceId, sourceServerId] of found) {
      const entry = this.entry(sourceServerId)
      entry.recoveryInstanceId = recoveryInstanceId
      const view = views.find(ri => ri.recoveryInstanceId === recoveryInstanceId)
      if (!view) {
        entry.terminated = false
        entry.message = `recovery instance ${recoveryInstanceId} is no longer listed by DRS; check it in the console`
        this.asked.set(recoveryInstanceId, {
          sourceServerId,
          ec2InstanceId: null,
          terminateJobId: null
        })
        continue
      }
      entry.drillInstanceId = view.ec2InstanceId
      if (!view.isDrill || !view.jobId || !this.ourJobs.has(view.jobId)) {
        // Never ours to terminate: left as it is, said in the row.
        entry.message = `recovery instance ${recoveryInstanceId} left untouched: not a drill of this run`
        this.asked.set(recoveryInstanceId, {
          sourceServerId,
          ec2InstanceId: null,
          terminateJobId: 'skipped'
        })
        this.confirmed.add(recoveryInstanceId)
        continue
      }
      verified.push(recoveryInstanceId)
      this.asked.set(recoveryInstanceId, {
        sourceServerId,
        ec2InstanceId: view.ec2InstanceId,
        terminateJobId: null
      })
    }
    for (const ids of chunk(verified, TERMINATE_MAX)) {
      try {
        const job = await this.ctx.api.terminate(ids)
        for (const id of ids) this.asked.get(id)!.terminateJobId = job.jobId
        this.ctx.port.info(`Terminating ${ids.length} drill instance(s): job ${job.jobId}.`)
      } catch (error) {
        for (const id of ids) this.asked.delete(id)
        this.ctx.port.warning(
          `drs:TerminateRecoveryInstances failed (${errorCode(error)}: ${errorMessage(error)}); trying again.`
        )
      }
    }
    return verified.length > 0
  }

  /** Confirms by the EC2 state or by the TERMINATE job; true when any was confirmed. */
  async confirm(): Promise<boolean> {
    const open = [...this.asked].filter(
      ([id, a]) => !this.confirmed.has(id) && a.terminateJobId && a.terminateJobId !== 'skipped'
    )
    if (open.length === 0) return false
    const fresh: string[] = []
    const ec2Ids = open.map(([, a]) => a.ec2InstanceId).filter((id): id is string => id !== null)
    const health = ec2Ids.length > 0 ? await this.ctx.api.ec2Health(ec2Ids) : new Map()
    const jobs = await this.ctx.api.jobs([...new Set(open.map(([, a]) => a.terminateJobId!))])
    for (const [id, a] of open) {
      const ec2Gone =
        a.ec2InstanceId !== null && health.get(a.ec2InstanceId)?.state === 'terminated'
      const job = jobs.find(view => view.jobId === a.terminateJobId)
      const p = job?.participants.find(
        entry => entry.recoveryInstanceId === id || entry.sourceServerId === a.sourceServerId
      )
      const jobDone = job?.status === 'COMPLETED' && p?.launchStatus !== 'FAILED'
      if (ec2Gone || jobDone) fresh.push(id)
    }
    for (const id of fresh) this.confirmed.add(id)
    this.ctx.ledger.confirmed(fresh)
    return fresh.length > 0
  }

  done(): boolean {
    return this.pendingLaunches === 0 && [...this.asked.keys()].every(id => this.confirmed.has(id))
  }
}

/**
 * Terminates and confirms every recovery instance of the ledger's jobs except the kept servers'.
 * Waits for launches still in progress (a cancelled run's) to produce their instance, within the
 * bound. Never rejects for an AWS error: what is not confirmed is counted and said per server.
 */
export async function cleanUp(
  ctx: CleanupContext,
  keep: ReadonlySet<string> = new Set()
): Promise<CleanupResult> {
  const run = new Cleanup(ctx, keep)
  const deadline = ctx.clock.now() + (ctx.boundMs ?? CLEANUP_BOUND_MS)
  let delay: number | null = null
  for (;;) {
    let changed = false
    try {
      changed = await run.terminate(await run.candidates())
      changed = (await run.confirm()) || changed
    } catch (error) {
      ctx.port.warning(
        `Drill cleanup round failed (${errorCode(error)}: ${errorMessage(error)}); trying again.`
      )
    }
    if (run.done() || ctx.clock.now() >= deadline) break
    delay = nextDelay(delay, changed)
    await ctx.clock.sleep(Math.min(delay, Math.max(0, deadline - ctx.clock.now())))
  }
  let unconfirmed = run.pendingLaunches
  let terminated = 0
  for (const [id, a] of run.asked) {
    const entry = run.entry(a.sourceServerId)
    entry.recoveryInstanceId = id
    if (a.terminateJobId === 'skipped') continue
    if (run.confirmed.has(id)) {
      entry.terminated = true
      terminated++
    } else {
      entry.terminated = false
      entry.message ??= `termination of ${id} not confirmed within ${Math.round((ctx.boundMs ?? CLEANUP_BOUND_MS) / 60000)} minutes: terminate it in the DRS console`
      unconfirmed++
    }
  }
  if (run.pendingLaunches > 0) {
    ctx.port.warning(
      `${run.pendingLaunches} drill launch(es) were still in progress at the end of cleanup: their instances may still start; check the DRS console.`
    )
  }
  return { bySourceServer: run.servers, unconfirmed, terminated }
}
