// Pure planning of a drill: which servers may be drilled, their waves, the StartRecovery jobs of
// each wave within DRS's per-account-region limits, and the RTO/RPO arithmetic.
import type { DrillStatus } from './rows.js'

/** DRS quotas per account and region (DRS-FACTS.md; none adjustable): kept in one place. */
export const DRS_JOB_LIMITS = {
  serversPerJob: 100,
  concurrentJobs: 20,
  serversInActiveJobs: 500
} as const

export type JobLimits = { -readonly [K in keyof typeof DRS_JOB_LIMITS]: number }

/** A server that passed eligibility: it will be launched in its wave. */
export interface DrillTarget {
  accountId: string
  /** Source region of the instance. */
  region: string
  instanceId: string
  name: string | null
  sourceServerId: string
  wave: number | null
}

export interface Wave {
  wave: number | null
  /** Each inner list is one StartRecovery call, in launch order. */
  jobs: DrillTarget[][]
}

type Tags = Readonly<Record<string, string>> | undefined

function numeric(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null
  const number = Number(value.trim())
  return Number.isFinite(number) ? number : null
}

/** The wave of a server: the tag's numeric value on the instance, else on the source server. */
export function waveOf(waveTag: string, instanceTags: Tags, serverTags: Tags): number | null {
  return numeric(instanceTags?.[waveTag]) ?? numeric(serverTags?.[waveTag])
}

/** What discovery knows about a server that decides whether it may be drilled. */
export interface ServerFacts {
  replicationState: string | null
  /** A LAUNCH or TERMINATE job not yet COMPLETED that includes the server. */
  activeJobId: string | null
  /** A recovery instance of the server that this run did not launch. */
  existingRecoveryInstanceId: string | null
}

export interface Skip {
  status: Extract<DrillStatus, 'skipped-unhealthy' | 'skipped-busy'>
  message: string
}

/** Null when the server may be drilled; otherwise why not (unhealthy before busy). */
export function eligibility(facts: ServerFacts): Skip | null {
  if (facts.replicationState !== 'CONTINUOUS') {
    return {
      status: 'skipped-unhealthy',
      message: `replication is ${facts.replicationState ?? 'unknown'}, not CONTINUOUS: only healthy servers are drilled`
    }
  }
  if (facts.activeJobId) {
    return {
      status: 'skipped-busy',
      message: `DRS job ${facts.activeJobId} is in progress for this server (one job per server at a time)`
    }
  }
  if (facts.existingRecoveryInstanceId) {
    return {
      status: 'skipped-busy',
      message:
        `the server already has recovery instance ${facts.existingRecoveryInstanceId}, not launched by this run ` +
        '(left untouched): terminate it in the DRS console if it is a leftover, then drill again'
    }
  }
  return null
}

function compareWave(a: number | null, b: number | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a - b
}

function compareTarget(a: DrillTarget, b: DrillTarget): number {
  return (
    (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
    (a.instanceId < b.instanceId ? -1 : a.instanceId > b.instanceId ? 1 : 0)
  )
}

/** Waves lowest first, the servers without a wave last; each wave cut into jobs of at most `maxServersPerJob`. */
export function planWaves(targets: readonly DrillTarget[], maxServersPerJob: number): Wave[] {
  if (!Number.isInteger(maxServersPerJob) || maxServersPerJob < 1) {
    throw new Error(`maxServersPerJob must be a positive whole number, got ${maxServersPerJob}`)
  }
  const perJob = Math.min(maxServersPerJob, DRS_JOB_LIMITS.serversPerJob)
  const byWave = new Map<number | null, DrillTarget[]>()
  for (const target of targets) {
    const list = byWave.get(target.wave) ?? []
    list.push(target)
    byWave.set(target.wave, list)
  }
  return [...byWave.keys()].sort(compareWave).map(wave => {
    const servers = byWave.get(wave)!.sort(compareTarget)
    // Even jobs: 101 servers at 100 per job make 51 + 50, not 100 + 1.
    const jobCount = Math.ceil(servers.length / perJob)
    const size = Math.ceil(servers.length / jobCount)
    const jobs: DrillTarget[][] = []
    for (let at = 0; at < servers.length; at += size) jobs.push(servers.slice(at, at + size))
    return { wave, jobs }
  })
}

/** Jobs and servers in DRS jobs that are not COMPLETED (this run's and anyone else's). */
export interface ActiveLoad {
  jobs: number
  servers: number
}

/**
 * How many of the queued jobs (sizes, in order) may start now without passing the account's
 * limits. Jobs start in order: a big job that does not fit holds back the smaller ones after it,
 * so a wave's servers launch in the planned order.
 */
export function startableJobs(
  queuedSizes: readonly number[],
  active: ActiveLoad,
  limits: JobLimits = DRS_JOB_LIMITS
): number {
  let jobs = active.jobs
  let servers = active.servers
  let count = 0
  for (const size of queuedSizes) {
    if (jobs + 1 > limits.concurrentJobs || servers + size > limits.serversInActiveJobs) break
    jobs++
    servers += size
    count++
  }
  return count
}

/** ISO 8601 UTC. */
export function toIso(ms: number): string {
  return new Date(ms).toISOString()
}

/** Whole seconds from `earlier` to `later` (ISO strings); null when either is unknown. */
export function secondsBetween(later: string | null, earlier: string | null): number | null {
  if (later === null || earlier === null) return null
  const diff = Date.parse(later) - Date.parse(earlier)
  return Number.isFinite(diff) ? Math.round(diff / 1000) : null
}

/** Recovery time: from StartRecovery's answer to the first passing health check. */
export function rtoSeconds(startedAt: string | null, healthyAt: string | null): number | null {
  return secondsBetween(healthyAt, startedAt)
}

/**
 * Recovery point: how old the snapshot was when the drill started. A snapshot taken after the
 * start (DRS's on-demand snapshot) means no data older than the start was lost: 0, not negative.
 */
export function rpoSeconds(snapshotAt: string | null, startedAt: string | null): number | null {
  const seconds = secondsBetween(startedAt, snapshotAt)
  return seconds === null ? null : Math.max(0, seconds)
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function maximum(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null)
  return known.length === 0 ? null : Math.max(...known)
}
