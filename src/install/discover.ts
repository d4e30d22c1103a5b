// Fleet discovery: DRS source servers in the target region, EC2 instances by tag or id in every
// source region, and their SSM readiness, turned into send candidates plus the rows already decided.
import {
  paginateDescribeInstances,
  type EC2Client,
  type Filter,
  type Instance
} from '@aws-sdk/client-ec2'
import {
  paginateDescribeInstanceInformation,
  type InstanceInformation,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { AwsClients } from '../aws/clients.js'
import type { Settings } from '../settings/index.js'
import { chunk } from '../shared/concurrency.js'
import { errorMessage, type RunnerPort } from '../shared/port.js'
import { makeRow, regionFailureRow, sortRows, type Row } from '../shared/rows.js'
import {
  decideAfterSsm,
  decideBeforeSsm,
  isCandidate,
  listTargetServers,
  regionFailureMessage,
  type Candidate,
  type Ec2Instance,
  type Registration,
  type SsmStatus
} from './preflight.js'

export interface FleetDiscovery {
  /** Eligible to send (or to report as dry-run), ordered by region then instance id. */
  candidates: Candidate[]
  /** Rows already final: skipped, failed preflight, failed regions, unknown ids. */
  rows: Row[]
  /** Source servers replicating in target-region (the quota count); null when not listed. */
  replicating?: number | null
}

export type DiscoveryClients = Pick<AwsClients, 'ec2' | 'ssm' | 'drs'>

/** EC2 caps the values of one filter at 200. */
export const EC2_FILTER_VALUES_MAX = 200
export const EC2_PAGE_SIZE = 1000
/** DescribeInstanceInformation pages hold at most 50; one InstanceIds filter chunk fills one page. */
export const SSM_PAGE_SIZE = 50

/** One Filters list per DescribeInstances listing (instance ids are split at EC2's 200-value cap). */
export function instanceFilterSets(settings: Settings): Filter[][] {
  if (settings.instanceIds.length > 0) {
    // The filter form, not InstanceIds: an unknown id in InstanceIds fails the whole call.
    return chunk(settings.instanceIds, EC2_FILTER_VALUES_MAX).map(ids => [
      { Name: 'instance-id', Values: ids }
    ])
  }
  return [
    [
      ...settings.tagFilters.map(tag => ({ Name: `tag:${tag.key}`, Values: [tag.value] })),
      { Name: 'instance-state-name', Values: ['running'] }
    ]
  ]
}

/** `waveTag`: also carry that tag's value (the staged roll-out's wave-tag). */
export function toEc2Instance(
  instance: Instance,
  waveTag: string | null = null
): Ec2Instance | null {
  if (!instance.InstanceId) return null
  return {
    instanceId: instance.InstanceId,
    name: instance.Tags?.find(tag => tag.Key === 'Name')?.Value ?? null,
    platformDetails: instance.PlatformDetails ?? null,
    instanceProfileArn: instance.IamInstanceProfile?.Arn ?? null,
    state: instance.State?.Name ?? 'unknown',
    ...(waveTag === null
      ? {}
      : { waveTagValue: instance.Tags?.find(tag => tag.Key === waveTag)?.Value ?? null })
  }
}

/** Thrown before a call once the run's cancel signal aborted: discovery makes no further call. */
export class DiscoveryCancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'DiscoveryCancelled'
  }
}

function checkNotCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DiscoveryCancelled()
}

export async function describeInstances(
  ec2: EC2Client,
  settings: Settings,
  signal?: AbortSignal
): Promise<Ec2Instance[]> {
  const byId = new Map<string, Ec2Instance>()
  for (const Filters of instanceFilterSets(settings)) {
    checkNotCancelled(signal)
    const pages = paginateDescribeInstances(
      { client: ec2, pageSize: EC2_PAGE_SIZE },
      { Filters, MaxResults: EC2_PAGE_SIZE }
    )
    for await (const page of pages) {
      for (const reservation of page.Reservations ?? []) {
        for (const raw of reservation.Instances ?? []) {
          const instance = toEc2Instance(raw, settings.waveTag)
          if (instance) byId.set(instance.instanceId, instance)
        }
      }
      // Before the next page's call; a complete answer is kept.
      if (page.NextToken) checkNotCancelled(signal)
    }
  }
  return [...byId.values()]
}

/**
 * SSM status of the given instances. Filtered chunks cost ceil(n/50) calls; an unfiltered listing
 * costs ceil(m/50) for the m managed nodes of the region, which is never fewer unless most of the
 * candidates are unmanaged (unknowable before listing), so filtered chunks it is.
 */
export async function describeSsmStatus(
  ssm: SSMClient,
  instanceIds: readonly string[],
  signal?: AbortSignal
): Promise<Map<string, SsmStatus>> {
  const byId = new Map<string, SsmStatus>()
  for (const ids of chunk(instanceIds, SSM_PAGE_SIZE)) {
    checkNotCancelled(signal)
    const pages = paginateDescribeInstanceInformation(
      { client: ssm, pageSize: SSM_PAGE_SIZE },
      { Filters: [{ Key: 'InstanceIds', Values: ids }], MaxResults: SSM_PAGE_SIZE }
    )
    for await (const page of pages) {
      for (const info of page.InstanceInformationList ?? []) {
        if (info.InstanceId) byId.set(info.InstanceId, toSsmStatus(info))
      }
      // Before the next page's call; a complete answer is kept.
      if (page.NextToken) checkNotCancelled(signal)
    }
  }
  return byId
}

export function toSsmStatus(info: InstanceInformation): SsmStatus {
  return {
    pingStatus: info.PingStatus ?? null,
    platformType: info.PlatformType ?? null,
    lastPingDateTime: info.LastPingDateTime ?? null
  }
}

class StepError extends Error {
  constructor(
    readonly api: string,
    readonly error: unknown
  ) {
    super(errorMessage(error))
  }
}

async function step<T>(api: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw error instanceof DiscoveryCancelled ? error : new StepError(api, error)
  }
}

export interface RegionDiscovery {
  region: string
  candidates: Candidate[]
  rows: Row[]
  /** Instance ids EC2 returned (known even when SSM failed afterwards). */
  foundIds: string[]
  failed: boolean
}

/** One source region; never rejects: a failure becomes the region's single failed row. */
export async function discoverRegion(
  settings: Settings,
  clients: Pick<AwsClients, 'ec2' | 'ssm'>,
  region: string,
  registrations: ReadonlyMap<string, Registration>,
  signal?: AbortSignal
): Promise<RegionDiscovery> {
  const foundIds: string[] = []
  try {
    const instances = await step('ec2:DescribeInstances', () =>
      describeInstances(clients.ec2(region), settings, signal)
    )
    foundIds.push(...instances.map(instance => instance.instanceId))

    const rows: Row[] = []
    const needSsm: Ec2Instance[] = []
    for (const instance of instances) {
      const row = decideBeforeSsm(
        settings,
        region,
        instance,
        registrations.get(instance.instanceId)
      )
      if (row) rows.push(row)
      else needSsm.push(instance)
    }
    const ssm =
      needSsm.length === 0
        ? new Map<string, SsmStatus>()
        : await step('ssm:DescribeInstanceInformation', () =>
            describeSsmStatus(
              clients.ssm(region),
              needSsm.map(instance => instance.instanceId),
              signal
            )
          )

    const candidates: Candidate[] = []
    for (const instance of needSsm) {
      const decision = decideAfterSsm(settings, region, instance, ssm.get(instance.instanceId))
      if (isCandidate(decision)) candidates.push(decision)
      else rows.push(decision)
    }
    return { region, candidates, rows, foundIds, failed: false }
  } catch (error) {
    const message =
      error instanceof DiscoveryCancelled
        ? `not searched: the run was cancelled before discovery in ${region} ended; nothing was sent there`
        : error instanceof StepError
          ? regionFailureMessage(error.api, region, error.error)
          : `discovery failed in ${region}: ${errorMessage(error)}`
    return {
      region,
      candidates: [],
      rows: [regionFailureRow(settings.accountId, region, message)],
      foundIds,
      failed: true
    }
  }
}

/** One failed row (region null) per instance-ids id that no region returned. */
export function unknownIdRows(
  settings: Settings,
  found: ReadonlySet<string>,
  searched: readonly string[],
  failedRegions: readonly string[]
): Row[] {
  const searchedText = searched.length > 0 ? searched.join(', ') : 'no region'
  const unsearched =
    failedRegions.length > 0
      ? `; ${failedRegions.join(', ')} could not be searched (see the region's row)`
      : ''
  return settings.instanceIds
    .filter(id => !found.has(id))
    .map(id =>
      makeRow({
        accountId: settings.accountId,
        region: null,
        instanceId: id,
        status: 'failed',
        message: `instance not found in ${searchedText}${unsearched}: check the id and source-regions`
      })
    )
}

function summarise(result: RegionDiscovery): string {
  if (result.failed) return `${result.region}: discovery failed (${result.rows[0]?.message ?? ''})`
  const counts = new Map<string, number>()
  for (const row of result.rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1)
  const parts = [
    `${result.foundIds.length} instance(s) found`,
    `${result.candidates.length} eligible`
  ]
  for (const [status, count] of [...counts].sort()) parts.push(`${count} ${status}`)
  return `${result.region}: ${parts.join(', ')}`
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1
}

export interface DiscoveryOptions {
  /** The run's cancel signal: checked before every call; a region cut short is a failed row. */
  signal?: AbortSignal
  /** Called as each source region is answered, so progress can publish its rows at once. */
  onRegion?(result: RegionDiscovery): void
}

export async function discoverFleet(
  settings: Settings,
  clients: DiscoveryClients,
  port: RunnerPort,
  options: DiscoveryOptions = {}
): Promise<FleetDiscovery> {
  const { signal, onRegion } = options
  // Before any EC2 or SSM call, so an uninitialised DRS stops the run at once (dry-run too).
  const { registrations, replicating } = await listTargetServers(
    clients.drs(settings.targetRegion),
    settings.targetRegion,
    settings.skipRegistered
  )
  port.debug(
    `${registrations.size} DRS source server(s) in ${settings.targetRegion} with an EC2 instance id`
  )

  const results = await Promise.all(
    settings.sourceRegions.map(async region => {
      const result = await discoverRegion(settings, clients, region, registrations, signal)
      if (result.failed) port.warning(summarise(result))
      else port.info(summarise(result))
      onRegion?.(result)
      return result
    })
  )

  const rows = results.flatMap(result => result.rows)
  if (settings.instanceIds.length > 0) {
    const found = new Set(results.flatMap(result => result.foundIds))
    const searched = results.filter(result => !result.failed).map(result => result.region)
    const failed = results.filter(result => result.failed).map(result => result.region)
    rows.push(...unknownIdRows(settings, found, searched, failed))
  }

  const candidates = results
    .flatMap(result => result.candidates)
    .sort((a, b) => compareText(a.region, b.region) || compareText(a.instanceId, b.instanceId))
  return { candidates, rows: sortRows(rows), replicating }
}
