// Fleet discovery: DRS source servers in the target region, EC2 instances by tag or id in every
// source region, and their SSM readiness, turned into send candidates plus the rows already decided.
import {
  DescribeSourceServersCommand,
  type DrsClient,
  type SourceServer
} from '@aws-sdk/client-drs'
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
import { sourceServersByInstance } from '../aws/drs-servers.js'
import type { Settings } from '../settings/index.js'
import { errorCode, errorMessage, httpStatusOf, type RunnerPort } from '../shared/port.js'
import { makeRow, regionFailureRow, sortRows, type Row } from '../shared/rows.js'

/** An instance that passed every preflight: the deploy phase sends (or dry-runs) it. */
export interface Candidate {
  accountId: string
  region: string
  instanceId: string
  name: string | null
  platform: string | null
}

export interface FleetDiscovery {
  /** Eligible to send (or to report as dry-run), ordered by region then instance id. */
  candidates: Candidate[]
  /** Rows already final: skipped, failed preflight, failed regions, unknown ids. */
  rows: Row[]
}

export type DiscoveryClients = Pick<AwsClients, 'ec2' | 'ssm' | 'drs'>

/** What DRS in the target region knows about an EC2 instance. */
export interface Registration {
  sourceServerId: string | null
  replicationState: string | null
  /** Set when replication needs a human (stalled or disconnected). */
  note: string | null
}

export interface Ec2Instance {
  instanceId: string
  name: string | null
  platformDetails: string | null
  instanceProfileArn: string | null
  state: string
}

export interface SsmStatus {
  pingStatus: string | null
  platformType: string | null
  lastPingDateTime: Date | null
}

export type RunFailureKind = 'drs-not-initialised' | 'drs-unavailable'

/** A failure that stops the whole run; the engine reports one failed row per source region. */
export class RunFailure extends Error {
  constructor(
    readonly kind: RunFailureKind,
    message: string,
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = 'RunFailure'
  }
}

export class DrsNotInitialisedError extends RunFailure {
  constructor(
    readonly targetRegion: string,
    options?: ErrorOptions
  ) {
    super(
      'drs-not-initialised',
      `Elastic Disaster Recovery is not initialised in ${targetRegion} for this account: open the ` +
        `DRS console in ${targetRegion} and choose "Set default replication and launch settings" ` +
        '(this creates the default replication configuration template), then run again.',
      options
    )
    this.name = 'DrsNotInitialisedError'
  }
}

/** EC2 caps the values of one filter at 200. */
export const EC2_FILTER_VALUES_MAX = 200
export const EC2_PAGE_SIZE = 1000
/** DescribeInstanceInformation pages hold at most 50; one InstanceIds filter chunk fills one page. */
export const SSM_PAGE_SIZE = 50

const AGENT_PROFILE_HINT =
  'attach an IAM instance profile whose role has AWSElasticDisasterRecoveryEc2InstancePolicy ' +
  '(the DRS agent) and AmazonSSMManagedInstanceCore (SSM)'

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size))
  return chunks
}

function replicationNote(server: SourceServer): string | null {
  const info = server.dataReplicationInfo
  const state = info?.dataReplicationState
  const error = info?.dataReplicationError?.error
  const lastSeen = server.lifeCycle?.lastSeenByServiceDateTime
  if (state === 'STALLED') {
    return (
      `replication is STALLED${error ? ` (${error})` : ''}: check the source server in the DRS ` +
      'console (staging-area network, replication server, agent connectivity on TCP 1500)'
    )
  }
  if (state === 'DISCONNECTED') {
    return (
      `the source server is DISCONNECTED${lastSeen ? ` (agent last seen ${lastSeen})` : ''}: ` +
      'reconnect the agent, or run with skip-registered: false to reinstall it'
    )
  }
  return null
}

export function registrationOf(server: SourceServer): Registration {
  return {
    sourceServerId: server.sourceServerID ?? null,
    replicationState: server.dataReplicationInfo?.dataReplicationState ?? null,
    note: replicationNote(server)
  }
}

function drsFailure(error: unknown, targetRegion: string): RunFailure {
  if (errorCode(error) === 'UninitializedAccountException') {
    return new DrsNotInitialisedError(targetRegion, { cause: error })
  }
  return new RunFailure(
    'drs-unavailable',
    `drs:DescribeSourceServers failed in ${targetRegion} (${errorCode(error)}: ${errorMessage(error)}); ` +
      `${hintFor(errorCode(error), 'drs:DescribeSourceServers', targetRegion, error)}`,
    { cause: error }
  )
}

/**
 * DRS source servers in the target region, by EC2 instance id. Always called first: it doubles as
 * the check that DRS is initialised. Without skip-registered one single-item call is enough.
 */
export async function loadRegistrations(
  drs: DrsClient,
  targetRegion: string,
  listAll: boolean
): Promise<Map<string, Registration>> {
  const byInstance = new Map<string, Registration>()
  try {
    if (!listAll) {
      await drs.send(new DescribeSourceServersCommand({ filters: {}, maxResults: 1 }))
      return byInstance
    }
    for (const [instanceId, server] of await sourceServersByInstance(drs)) {
      byInstance.set(instanceId, registrationOf(server))
    }
  } catch (error) {
    throw drsFailure(error, targetRegion)
  }
  return byInstance
}

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

export function toEc2Instance(instance: Instance): Ec2Instance | null {
  if (!instance.InstanceId) return null
  return {
    instanceId: instance.InstanceId,
    name: instance.Tags?.find(tag => tag.Key === 'Name')?.Value ?? null,
    platformDetails: instance.PlatformDetails ?? null,
    instanceProfileArn: instance.IamInstanceProfile?.Arn ?? null,
    state: instance.State?.Name ?? 'unknown'
  }
}

export async function describeInstances(
  ec2: EC2Client,
  settings: Settings
): Promise<Ec2Instance[]> {
  const byId = new Map<string, Ec2Instance>()
  for (const Filters of instanceFilterSets(settings)) {
    const pages = paginateDescribeInstances(
      { client: ec2, pageSize: EC2_PAGE_SIZE },
      { Filters, MaxResults: EC2_PAGE_SIZE }
    )
    for await (const page of pages) {
      for (const reservation of page.Reservations ?? []) {
        for (const raw of reservation.Instances ?? []) {
          const instance = toEc2Instance(raw)
          if (instance) byId.set(instance.instanceId, instance)
        }
      }
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
  instanceIds: readonly string[]
): Promise<Map<string, SsmStatus>> {
  const byId = new Map<string, SsmStatus>()
  for (const ids of chunk(instanceIds, SSM_PAGE_SIZE)) {
    const pages = paginateDescribeInstanceInformation(
      { client: ssm, pageSize: SSM_PAGE_SIZE },
      { Filters: [{ Key: 'InstanceIds', Values: ids }], MaxResults: SSM_PAGE_SIZE }
    )
    for await (const page of pages) {
      for (const info of page.InstanceInformationList ?? []) {
        if (info.InstanceId) byId.set(info.InstanceId, toSsmStatus(info))
      }
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

/**
 * The rows decided before SSM is asked (precedence: not-running id > skipped-registered), or null
 * when the instance still needs its SSM status.
 */
export function decideBeforeSsm(
  settings: Settings,
  region: string,
  instance: Ec2Instance,
  registration: Registration | undefined
): Row | null {
  const base = {
    accountId: settings.accountId,
    region,
    instanceId: instance.instanceId,
    name: instance.name,
    platform: instance.platformDetails
  }
  if (instance.state !== 'running') {
    return makeRow({
      ...base,
      status: 'failed',
      message: `instance is ${instance.state}, not running: start it, or remove it from instance-ids`
    })
  }
  if (settings.skipRegistered && registration) {
    const state = registration.replicationState ?? 'unknown'
    return makeRow({
      ...base,
      status: 'skipped-registered',
      sourceServerId: registration.sourceServerId,
      replicationState: registration.replicationState,
      message:
        `already a DRS source server in ${settings.targetRegion} (replication ${state})` +
        (registration.note ? `; ${registration.note}` : '')
    })
  }
  return null
}

/** After SSM: skipped-unmanaged > no instance profile (failed) > candidate. */
export function decideAfterSsm(
  settings: Settings,
  region: string,
  instance: Ec2Instance,
  ssm: SsmStatus | undefined
): Row | Candidate {
  const candidate: Candidate = {
    accountId: settings.accountId,
    region,
    instanceId: instance.instanceId,
    name: instance.name,
    platform: ssm?.platformType ?? instance.platformDetails
  }
  if (ssm?.pingStatus !== 'Online') {
    const message = ssm
      ? `SSM agent is ${ssm.pingStatus ?? 'in an unknown state'}` +
        (ssm.lastPingDateTime ? ` (last ping ${ssm.lastPingDateTime.toISOString()})` : '') +
        ': check the agent is running and the instance reaches the ssm, ssmmessages and ec2messages endpoints'
      : 'not registered with SSM: run the SSM agent, give the instance AmazonSSMManagedInstanceCore ' +
        '(or enable Default Host Management Configuration) and let it reach the SSM endpoints'
    return makeRow({ ...candidate, status: 'skipped-unmanaged', message })
  }
  if (!instance.instanceProfileArn) {
    return makeRow({
      ...candidate,
      status: 'failed',
      message: `no IAM instance profile: ${AGENT_PROFILE_HINT}`
    })
  }
  return candidate
}

function isCandidate(decision: Row | Candidate): decision is Candidate {
  return !('status' in decision)
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'TimeoutError'
])

function hintFor(code: string, api: string, region: string, error: unknown): string {
  if (/^(AccessDenied|AccessDeniedException|UnauthorizedOperation)$/.test(code)) {
    return `the target role needs ${api} in ${region} (check its policy, permission boundary and any SCP)`
  }
  if (
    code === 'OptInRequired' ||
    code === 'UnrecognizedClientException' ||
    code === 'InvalidClientTokenId'
  ) {
    return `${region} may not be enabled for this account: enable it (Account settings) or remove it from the regions`
  }
  if (code === 'AuthFailure')
    return `the credentials were not accepted in ${region}; is the region enabled?`
  if (/Throttl|RequestLimitExceeded|TooManyRequests/.test(code)) {
    return 'still throttled after the SDK retries; run again later or raise AWS_MAX_ATTEMPTS'
  }
  const status = httpStatusOf(error)
  const networkCode = (error as { code?: unknown } | null)?.code
  if (
    NETWORK_CODES.has(code) ||
    (typeof networkCode === 'string' && NETWORK_CODES.has(networkCode)) ||
    status === undefined
  ) {
    return `the ${api.split(':')[0]} endpoint in ${region} could not be reached after retries (network, proxy or AWS_ENDPOINT_URL)`
  }
  return 'see the error above'
}

/** A region-wide failure message: the API, the error code, and what to do. */
export function regionFailureMessage(api: string, region: string, error: unknown): string {
  const code = errorCode(error)
  return `${api} failed in ${region} (${code}: ${errorMessage(error)}); ${hintFor(code, api, region, error)}`
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
    throw new StepError(api, error)
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
  registrations: ReadonlyMap<string, Registration>
): Promise<RegionDiscovery> {
  const foundIds: string[] = []
  try {
    const instances = await step('ec2:DescribeInstances', () =>
      describeInstances(clients.ec2(region), settings)
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
              needSsm.map(instance => instance.instanceId)
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
      error instanceof StepError
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

export async function discoverFleet(
  settings: Settings,
  clients: DiscoveryClients,
  port: RunnerPort
): Promise<FleetDiscovery> {
  // Before any EC2 or SSM call, so an uninitialised DRS stops the run at once (dry-run too).
  const registrations = await loadRegistrations(
    clients.drs(settings.targetRegion),
    settings.targetRegion,
    settings.skipRegistered
  )
  port.debug(
    `${registrations.size} DRS source server(s) in ${settings.targetRegion} with an EC2 instance id`
  )

  const results = await Promise.all(
    settings.sourceRegions.map(region => discoverRegion(settings, clients, region, registrations))
  )
  for (const result of results) {
    if (result.failed) port.warning(summarise(result))
    else port.info(summarise(result))
  }

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
  return { candidates, rows: sortRows(rows) }
}
