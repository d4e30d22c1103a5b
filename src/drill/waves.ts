// Runs the waves: StartRecovery for each job as DRS's limits allow, then one polling loop over the
// wave's jobs (DescribeJobs), recovery instances (DescribeRecoveryInstances) and health (EC2
// status checks, SSM) until every server of the wave is healthy or failed, or the bound passes.
import { nextDelay } from '../install/wait/schedule.js'
import { errorCode, errorMessage, type Clock, type RunnerPort } from '../shared/port.js'
import type { DrillApi, JobView, LogItem } from './drs-api.js'
import {
  DRS_JOB_LIMITS,
  rpoSeconds,
  rtoSeconds,
  startableJobs,
  toIso,
  type ActiveLoad,
  type DrillTarget,
  type JobLimits,
  type Wave
} from './plan.js'
import { makeDrillRow, type DrillRow, type DrillStatus } from './rows.js'
import type { DrillSettings } from './settings.js'
import type { LedgerView } from './state.js'

/** One server's drill as it goes. */
export interface Tracked {
  target: DrillTarget
  jobId: string | null
  startedAt: string | null
  launchedAt: string | null
  recoveryInstanceId: string | null
  drillInstanceId: string | null
  snapshotAt: string | null
  healthyAt: string | null
  /** Set once final. */
  status: DrillStatus | null
  message: string | null
}

export interface WaveContext {
  settings: DrillSettings
  api: DrillApi
  port: RunnerPort
  clock: Clock
  ledger: LedgerView
  /** Epoch ms at which the drill's bound (timeout-minutes) passes. */
  deadline: number
  foreignLoad: ActiveLoad
  limits?: JobLimits
  signal?: AbortSignal
}

const FAILURE_EVENTS = new Set([
  'LAUNCH_FAILED',
  'SNAPSHOT_FAIL',
  'CONVERSION_FAIL',
  'JOB_CANCEL',
  'SERVER_SKIPPED',
  'LAUNCH_ACTIONS_FAIL'
])

const waveName = (wave: number | null): string =>
  wave === null ? 'the last wave (no wave tag)' : `wave ${wave}`

export function track(target: DrillTarget): Tracked {
  return {
    target,
    jobId: null,
    startedAt: null,
    launchedAt: null,
    recoveryInstanceId: null,
    drillInstanceId: null,
    snapshotAt: null,
    healthyAt: null,
    status: null,
    message: null
  }
}

export function toRow(server: Tracked, status: DrillStatus, message: string | null): DrillRow {
  return makeDrillRow({
    ...server.target,
    status,
    jobId: server.jobId,
    recoveryInstanceId: server.recoveryInstanceId,
    drillInstanceId: server.drillInstanceId,
    snapshotAt: server.snapshotAt,
    startedAt: server.startedAt,
    launchedAt: server.launchedAt,
    healthyAt: server.healthyAt,
    rtoSeconds: status === 'passed' ? rtoSeconds(server.startedAt, server.healthyAt) : null,
    rpoSeconds: rpoSeconds(server.snapshotAt, server.startedAt),
    message
  })
}

/** The reason DRS's job log gives for a server's failed launch. */
export function failureReason(items: readonly LogItem[], sourceServerId: string): string {
  const item = [...items]
    .reverse()
    .find(
      entry =>
        entry.sourceServerId === sourceServerId && entry.event && FAILURE_EVENTS.has(entry.event)
    )
  if (!item) return 'launch failed (the job log gives no reason): see the job in the DRS console'
  return `launch failed (${item.event}${item.rawError ? `: ${item.rawError}` : ''})`
}

/** One wave from its first StartRecovery to every server final. */
export class WaveRun {
  private readonly queue: Tracked[][]
  private readonly jobs = new Map<string, { servers: Tracked[]; status: string | null }>()
  private readonly servers: Tracked[]

  constructor(
    private readonly ctx: WaveContext,
    private readonly wave: Wave
  ) {
    this.queue = wave.jobs.map(job => job.map(track))
    this.servers = this.queue.flat()
  }

  async run(): Promise<DrillRow[]> {
    const { clock, port, signal } = this.ctx
    port.info(
      `Drill ${waveName(this.wave.wave)}: ${this.servers.length} server(s) in ${this.queue.length} job(s).`
    )
    let delay: number | null = null
    for (;;) {
      let changed = await this.startJobs()
      changed = (await this.poll()) || changed
      if (this.servers.every(server => server.status !== null)) break
      if (signal?.aborted) {
        this.finishOpen('timed-out', 'the run was cancelled before the drill instance was healthy')
        break
      }
      if (clock.now() >= this.ctx.deadline) {
        this.finishOpen(
          'timed-out',
          `not healthy within timeout-minutes ${this.ctx.settings.timeoutMinutes}`
        )
        break
      }
      delay = nextDelay(delay, changed)
      await clock.sleep(Math.min(delay, Math.max(0, this.ctx.deadline - clock.now())), signal)
    }
    return this.servers.map(server => toRow(server, server.status!, server.message))
  }

  private finishOpen(status: DrillStatus, reason: string): void {
    for (const server of this.servers) {
      if (server.status !== null) continue
      const where =
        server.jobId === null
          ? 'StartRecovery was not called yet'
          : server.launchedAt
            ? 'launched'
            : 'still launching'
      server.status = status
      server.message = `${reason} (${where})`
    }
  }

  private ourLoad(): ActiveLoad {
    let jobs = 0
    let servers = 0
    for (const job of this.jobs.values()) {
      if (job.status === 'COMPLETED') continue
      jobs++
      servers += job.servers.length
    }
    return { jobs, servers }
  }

  /** Starts the queued jobs DRS's limits allow now; true when any started. */
  private async startJobs(): Promise<boolean> {
    if (this.queue.length === 0 || this.ctx.signal?.aborted) return false
    const ours = this.ourLoad()
    let foreign = this.ctx.foreignLoad
    const sizes = (): number[] => this.queue.map(job => job.length)
    let count = startableJobs(
      sizes(),
      { jobs: ours.jobs + foreign.jobs, servers: ours.servers + foreign.servers },
      this.ctx.limits ?? DRS_JOB_LIMITS
    )
    if (count === 0 && ours.jobs === 0) {
      // Held back only by other jobs: see whether they have finished.
      foreign = await this.refreshForeignLoad()
      count = startableJobs(sizes(), foreign, this.ctx.limits ?? DRS_JOB_LIMITS)
    }
    for (const job of this.queue.splice(0, count)) await this.start(job)
    return count > 0
  }

  private async refreshForeignLoad(): Promise<ActiveLoad> {
    try {
      const active = (await this.ctx.api.activeJobs()).filter(job => !this.jobs.has(job.jobId))
      this.ctx.foreignLoad = {
        jobs: active.length,
        servers: active.reduce((sum, job) => sum + job.participants.length, 0)
      }
    } catch (error) {
      this.ctx.port.warning(
        `drs:DescribeJobs failed (${errorMessage(error)}); trying again next round.`
      )
    }
    return this.ctx.foreignLoad
  }

  private async start(job: Tracked[]): Promise<void> {
    const ids = job.map(server => server.target.sourceServerId)
    let answer: JobView
    try {
      answer = await this.ctx.api.startDrill(ids, this.ctx.settings.roleSessionName)
    } catch (error) {
      for (const server of job) {
        server.status = 'failed'
        server.message = `drs:StartRecovery failed (${errorCode(error)}: ${errorMessage(error)})`
      }
      this.ctx.port.warning(
        `StartRecovery failed for ${ids.length} server(s): ${errorMessage(error)}`
      )
      return
    }
    // Recorded before anything else, so a cancel from here on still finds the job.
    this.ctx.ledger.jobStarted(answer.jobId, ids)
    const startedAt = toIso(this.ctx.clock.now())
    for (const server of job) {
      server.jobId = answer.jobId
      server.startedAt = startedAt
    }
    this.jobs.set(answer.jobId, { servers: job, status: answer.status })
    this.ctx.port.info(
      `Started drill job ${answer.jobId} for ${ids.length} server(s) (${waveName(this.wave.wave)}).`
    )
  }

  /** One round of reads; true when anything changed. */
  private async poll(): Promise<boolean> {
    try {
      const launched = await this.pollJobs()
      const located = await this.locateInstances()
      const checked = await this.checkHealth()
      return launched || located || checked
    } catch (error) {
      if (this.ctx.signal?.aborted) return false
      this.ctx.port.warning(
        `Drill poll failed (${errorCode(error)}: ${errorMessage(error)}); trying again.`
      )
      return false
    }
  }

  private async pollJobs(): Promise<boolean> {
    // A job counts against DRS's limits until COMPLETED: while jobs wait in the queue, keep
    // reading the status of every job not yet COMPLETED, not only of those still launching.
    const open = [...this.jobs].filter(
      ([, job]) =>
        job.servers.some(s => s.status === null && s.launchedAt === null) ||
        (this.queue.length > 0 && job.status !== 'COMPLETED')
    )
    if (open.length === 0) return false
    let changed = false
    const views = await this.ctx.api.jobs(open.map(([id]) => id))
    for (const view of views) {
      const job = this.jobs.get(view.jobId)
      if (!job) continue
      job.status = view.status
      const failed: Tracked[] = []
      for (const server of job.servers) {
        if (server.status !== null || server.launchedAt !== null) continue
        const p = view.participants.find(
          entry => entry.sourceServerId === server.target.sourceServerId
        )
        if (p?.launchStatus === 'LAUNCHED') {
          server.launchedAt = toIso(this.ctx.clock.now())
          server.recoveryInstanceId = p.recoveryInstanceId
          changed = true
          if (this.ctx.settings.healthCheck === 'launched') this.pass(server, server.launchedAt)
        } else if (
          p?.launchStatus === 'FAILED' ||
          p?.launchStatus === 'TERMINATED' ||
          (view.status === 'COMPLETED' && !p?.recoveryInstanceId)
        ) {
          failed.push(server)
        }
      }
      if (failed.length > 0) {
        changed = true
        const items = await this.ctx.api.logItems(view.jobId).catch(() => [] as LogItem[])
        for (const server of failed) {
          server.status = 'failed'
          server.message = failureReason(items, server.target.sourceServerId)
        }
      }
    }
    return changed
  }

  /** The drill instance's EC2 id and snapshot time, from DescribeRecoveryInstances. */
  private async locateInstances(): Promise<boolean> {
    const waiting = this.servers.filter(s => s.launchedAt !== null && s.drillInstanceId === null)
    if (waiting.length === 0) return false
    const views = await this.ctx.api.recoveryInstances(waiting.map(s => s.target.sourceServerId))
    let changed = false
    for (const server of waiting) {
      const view = views.find(
        ri => ri.sourceServerId === server.target.sourceServerId && ri.jobId === server.jobId
      )
      if (!view) continue
      server.recoveryInstanceId = view.recoveryInstanceId
      server.drillInstanceId = view.ec2InstanceId
      server.snapshotAt = view.snapshotAt
      changed = true
    }
    return changed
  }

  private async checkHealth(): Promise<boolean> {
    const { api, settings } = this.ctx
    if (settings.healthCheck === 'launched') return false
    const open = this.servers.filter(s => s.status === null && s.drillInstanceId !== null)
    if (open.length === 0) return false
    const health = await api.ec2Health(open.map(s => s.drillInstanceId!))
    const ok: Tracked[] = []
    let changed = false
    for (const server of open) {
      const h = health.get(server.drillInstanceId!)
      if (!h) continue
      if (h.state === 'shutting-down' || h.state === 'terminated' || h.state === 'stopped') {
        this.fail(server, `the drill instance is ${h.state}`)
        changed = true
      } else if (h.instanceStatus === 'impaired' || h.systemStatus === 'impaired') {
        this.fail(
          server,
          `EC2 status checks impaired (instance ${h.instanceStatus ?? 'unknown'}, system ${h.systemStatus ?? 'unknown'}): see the instance's console output`
        )
        changed = true
      } else if (h.state === 'running' && h.instanceStatus === 'ok' && h.systemStatus === 'ok') {
        ok.push(server)
      }
    }
    const online =
      settings.healthCheck === 'ssm' && ok.length > 0
        ? await api.ssmOnline(ok.map(s => s.drillInstanceId!))
        : null
    const now = toIso(this.ctx.clock.now())
    for (const server of ok) {
      if (online && !online.has(server.drillInstanceId!)) continue
      this.pass(server, now)
      changed = true
    }
    return changed
  }

  private pass(server: Tracked, healthyAt: string): void {
    server.healthyAt = healthyAt
    server.status = 'passed'
    server.message = null
  }

  private fail(server: Tracked, message: string): void {
    server.status = 'failed'
    server.message = message
  }
}

/** Rows for a wave that was never started. */
export function notStartedRows(wave: Wave, message: string): DrillRow[] {
  return wave.jobs.flat().map(target => toRow(track(target), 'not-started', message))
}

/** Every wave in order, each waited for before the next; stop-on-wave-failure stops the rest. */
export async function runWaves(ctx: WaveContext, waves: readonly Wave[]): Promise<DrillRow[]> {
  const rows: DrillRow[] = []
  let stopped: string | null = null
  for (const wave of waves) {
    if (stopped === null && ctx.signal?.aborted)
      stopped = 'not started: the run was cancelled before this wave'
    if (stopped !== null) {
      rows.push(...notStartedRows(wave, stopped))
      continue
    }
    const waveRows = await new WaveRun(ctx, wave).run()
    rows.push(...waveRows)
    const failed = waveRows.filter(row => row.status === 'failed' || row.status === 'timed-out')
    // on-success keeps the failed drills' instances, also when a cancel leaves them to the post step.
    if (ctx.settings.cleanup === 'on-success') {
      for (const row of failed) if (row.sourceServerId) ctx.ledger.keep(row.sourceServerId)
    }
    const failures = failed.length
    if (failures > 0 && ctx.settings.stopOnWaveFailure) {
      stopped = `not started: ${waveName(wave.wave)} had ${failures} failed or timed-out server(s) and stop-on-wave-failure is on`
      ctx.port.warning(stopped.replace(/^not started: /, 'Stopping the drill: '))
    }
    if (stopped === null && ctx.clock.now() >= ctx.deadline) {
      stopped = `not started: timeout-minutes ${ctx.settings.timeoutMinutes} passed before this wave`
    }
  }
  return rows
}
