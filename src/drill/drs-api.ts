// The reads and writes a drill makes, behind one small interface (so the launch, wait and cleanup
// loops are testable without SDK mocks), and the factory that builds it from the AWS clients.
import {
  StartRecoveryCommand,
  TerminateRecoveryInstancesCommand,
  paginateDescribeJobLogItems,
  paginateDescribeJobs,
  paginateDescribeRecoveryInstances,
  type DrsClient,
  type Job,
  type RecoveryInstance
} from '@aws-sdk/client-drs'
import { DescribeInstanceStatusCommand, type EC2Client } from '@aws-sdk/client-ec2'
import type { SSMClient } from '@aws-sdk/client-ssm'
import { describeSsmStatus } from '../install/discover.js'
import { chunk } from '../shared/concurrency.js'
import { errorCode } from '../shared/port.js'

export const DRILL_RUN_TAG = 'drs-orchestration:run'

export interface Participant {
  sourceServerId: string
  recoveryInstanceId: string | null
  /** PENDING | IN_PROGRESS | LAUNCHED | FAILED | TERMINATED */
  launchStatus: string | null
}

export interface JobView {
  jobId: string
  /** LAUNCH | TERMINATE | ... */
  type: string | null
  /** PENDING | STARTED | COMPLETED */
  status: string | null
  isDrill: boolean | null
  participants: Participant[]
}

export interface RecoveryInstanceView {
  recoveryInstanceId: string
  sourceServerId: string | null
  jobId: string | null
  ec2InstanceId: string | null
  isDrill: boolean
  snapshotAt: string | null
}

export interface LogItem {
  at: string | null
  event: string | null
  sourceServerId: string | null
  rawError: string | null
}

export interface Ec2Health {
  /** pending | running | shutting-down | terminated | ... */
  state: string | null
  instanceStatus: string | null
  systemStatus: string | null
}

export interface DrillApi {
  startDrill(sourceServerIds: readonly string[], runTag: string): Promise<JobView>
  jobs(jobIds: readonly string[]): Promise<JobView[]>
  /** Every job of the region not COMPLETED (anyone's): busy servers and the DRS limits. */
  activeJobs(): Promise<JobView[]>
  logItems(jobId: string): Promise<LogItem[]>
  /** Recovery instances of these servers (all of the region when omitted). */
  recoveryInstances(sourceServerIds?: readonly string[]): Promise<RecoveryInstanceView[]>
  terminate(recoveryInstanceIds: readonly string[]): Promise<JobView>
  /** EC2 state and status checks in target-region; an id EC2 does not know yet is absent. */
  ec2Health(instanceIds: readonly string[]): Promise<Map<string, Ec2Health>>
  /** The ids whose SSM agent is Online in target-region. */
  ssmOnline(instanceIds: readonly string[]): Promise<Set<string>>
}

export function toJobView(job: Job): JobView {
  const withDrill = job as Job & { isDrill?: boolean }
  return {
    jobId: job.jobID ?? '',
    type: job.type ?? null,
    status: job.status ?? null,
    isDrill:
      withDrill.isDrill ??
      (job.initiatedBy === 'START_DRILL'
        ? true
        : job.initiatedBy === 'START_RECOVERY'
          ? false
          : null),
    participants: (job.participatingServers ?? []).map(server => ({
      sourceServerId: server.sourceServerID ?? '',
      recoveryInstanceId: server.recoveryInstanceID ?? null,
      launchStatus: server.launchStatus ?? null
    }))
  }
}

export function toRecoveryInstanceView(ri: RecoveryInstance): RecoveryInstanceView {
  return {
    recoveryInstanceId: ri.recoveryInstanceID ?? '',
    sourceServerId: ri.sourceServerID ?? null,
    jobId: ri.jobID ?? null,
    ec2InstanceId: ri.ec2InstanceID ?? null,
    // Unknown counts as not a drill: the action never terminates what it cannot prove is one.
    isDrill: ri.isDrill === true,
    snapshotAt: ri.pointInTimeSnapshotDateTime ?? null
  }
}

/** DescribeJobs' jobIDs filter and DescribeRecoveryInstances' id filters take up to 200 values. */
const FILTER_MAX = 200
/** Jobs created within this window are read for what is in progress. */
const ACTIVE_JOB_WINDOW_MS = 3 * 24 * 3600 * 1000
/** DescribeInstanceStatus takes up to 100 ids. */
const EC2_STATUS_MAX = 100

async function ec2HealthOf(ec2: EC2Client, ids: readonly string[], into: Map<string, Ec2Health>) {
  try {
    const answer = await ec2.send(
      new DescribeInstanceStatusCommand({ InstanceIds: [...ids], IncludeAllInstances: true })
    )
    for (const status of answer.InstanceStatuses ?? []) {
      if (!status.InstanceId) continue
      into.set(status.InstanceId, {
        state: status.InstanceState?.Name ?? null,
        instanceStatus: status.InstanceStatus?.Status ?? null,
        systemStatus: status.SystemStatus?.Status ?? null
      })
    }
  } catch (error) {
    // One id EC2 does not list yet (eventual consistency) fails the whole call: ask one by one.
    if (errorCode(error) !== 'InvalidInstanceID.NotFound') throw error
    if (ids.length === 1) return
    for (const id of ids) await ec2HealthOf(ec2, [id], into)
  }
}

export function createDrillApi(
  clients: {
    drs(region: string): DrsClient
    ec2(region: string): EC2Client
    ssm(region: string): SSMClient
  },
  targetRegion: string,
  signal?: AbortSignal
): DrillApi {
  const drs = (): DrsClient => clients.drs(targetRegion)
  const options = signal ? { abortSignal: signal } : undefined
  const listJobs = async (jobIds: readonly string[], fromDate?: string): Promise<JobView[]> => {
    const views: JobView[] = []
    const filters = fromDate ? { fromDate } : { jobIDs: [...jobIds] }
    const pages = paginateDescribeJobs({ client: drs() }, { filters })
    for await (const page of pages) views.push(...(page.items ?? []).map(toJobView))
    return views
  }
  return {
    async startDrill(sourceServerIds, runTag) {
      const answer = await drs().send(
        new StartRecoveryCommand({
          sourceServers: sourceServerIds.map(sourceServerID => ({ sourceServerID })),
          isDrill: true,
          tags: { [DRILL_RUN_TAG]: runTag }
        }),
        options
      )
      if (!answer.job?.jobID) throw new Error('StartRecovery answered without a job')
      return toJobView(answer.job)
    },
    async jobs(jobIds) {
      const views: JobView[] = []
      for (const ids of chunk(jobIds, FILTER_MAX)) views.push(...(await listJobs(ids)))
      return views
    },
    async activeJobs() {
      // No job runs for days: a bounded window keeps an account's long job history out of it.
      const fromDate = new Date(Date.now() - ACTIVE_JOB_WINDOW_MS)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
      return (await listJobs([], fromDate)).filter(job => job.status !== 'COMPLETED')
    },
    async logItems(jobId) {
      const items: LogItem[] = []
      for await (const page of paginateDescribeJobLogItems({ client: drs() }, { jobID: jobId })) {
        for (const item of page.items ?? []) {
          items.push({
            at: item.logDateTime ?? null,
            event: item.event ?? null,
            sourceServerId: item.eventData?.sourceServerID ?? null,
            rawError: item.eventData?.rawError ?? null
          })
        }
      }
      return items
    },
    async recoveryInstances(sourceServerIds) {
      const views: RecoveryInstanceView[] = []
      const filterSets = sourceServerIds ? chunk(sourceServerIds, FILTER_MAX) : [undefined]
      for (const ids of filterSets) {
        if (ids && ids.length === 0) continue
        const pages = paginateDescribeRecoveryInstances(
          { client: drs() },
          { filters: ids ? { sourceServerIDs: [...ids] } : {} }
        )
        for await (const page of pages)
          views.push(...(page.items ?? []).map(toRecoveryInstanceView))
      }
      return views
    },
    async terminate(recoveryInstanceIds) {
      const answer = await drs().send(
        new TerminateRecoveryInstancesCommand({ recoveryInstanceIDs: [...recoveryInstanceIds] })
      )
      if (!answer.job?.jobID) throw new Error('TerminateRecoveryInstances answered without a job')
      return toJobView(answer.job)
    },
    async ec2Health(instanceIds) {
      const health = new Map<string, Ec2Health>()
      for (const ids of chunk(instanceIds, EC2_STATUS_MAX)) {
        await ec2HealthOf(clients.ec2(targetRegion), ids, health)
      }
      return health
    },
    async ssmOnline(instanceIds) {
      const online = new Set<string>()
      if (instanceIds.length === 0) return online
      for (const [id, status] of await describeSsmStatus(clients.ssm(targetRegion), instanceIds)) {
        if (status.pingStatus === 'Online') online.add(id)
      }
      return online
    }
  }
}
