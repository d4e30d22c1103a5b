// Preflight: the DRS check that opens every run, and what DRS, EC2 and SSM said about one instance,
// decided into a final row or a send candidate (pure functions, in the contract's precedence:
// not-running id > skipped-registered > skipped-unmanaged > no instance profile > candidate), and
// the hint for a call that failed, by the kind of failure.
import {
  DescribeSourceServersCommand,
  type DrsClient,
  type SourceServer
} from '@aws-sdk/client-drs'
import { isArchived, sourceServersByInstance } from '../aws/drs-servers.js'
import { classifyAwsError } from '../aws/errors.js'
import type { Settings } from '../settings/index.js'
import { errorCode, errorMessage } from '../shared/port.js'
import { makeRow, type Row } from '../shared/rows.js'

/** An instance that passed every preflight: the deploy phase sends (or dry-runs) it. */
export interface Candidate {
  accountId: string
  region: string
  instanceId: string
  name: string | null
  platform: string | null
  /** The value of the wave-tag tag (set only when wave-tag is): orders the staged roll-out. */
  waveTagValue?: string | null
}

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
  /** The value of the wave-tag tag; present only when wave-tag is set. */
  waveTagValue?: string | null
}

export interface SsmStatus {
  pingStatus: string | null
  platformType: string | null
  lastPingDateTime: Date | null
}

const AGENT_PROFILE_HINT =
  'attach an IAM instance profile whose role has AWSElasticDisasterRecoveryEc2InstancePolicy ' +
  '(the DRS agent) and AmazonSSMManagedInstanceCore (SSM)'

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
  if (instance.waveTagValue !== undefined) candidate.waveTagValue = instance.waveTagValue
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

export function isCandidate(decision: Row | Candidate): decision is Candidate {
  return !('status' in decision)
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

/** What to do about a failed call, by the kind of failure. */
export function hintFor(error: unknown, api: string, region: string): string {
  const service = api.split(':')[0]
  switch (classifyAwsError(error)) {
    case 'access-denied':
      return `the target role needs ${api} in ${region} (check its policy, permission boundary and any SCP)`
    case 'region-disabled':
      return (
        `${region} may not be enabled for this account (the credentials were not accepted there): ` +
        'enable it (Account settings) or remove it from the regions'
      )
    case 'bad-credentials':
      return `the target role's session was not accepted in ${region}; run again, and check the runner's clock if it persists`
    case 'throttled':
      return 'still throttled after the SDK retries; run again later or raise AWS_MAX_ATTEMPTS'
    case 'not-sent':
    case 'maybe-sent':
      return `the ${service} endpoint in ${region} could not be reached after retries (network, proxy or AWS_ENDPOINT_URL)`
    case 'transient':
      return `the ${service} endpoint in ${region} kept failing after retries; run again later`
    default:
      return 'see the error above'
  }
}

/** A region-wide failure message: the API, the error code, and what to do. */
export function regionFailureMessage(api: string, region: string, error: unknown): string {
  const code = errorCode(error)
  return `${api} failed in ${region} (${code}: ${errorMessage(error)}); ${hintFor(error, api, region)}`
}

function drsFailure(error: unknown, targetRegion: string): RunFailure {
  if (errorCode(error) === 'UninitializedAccountException') {
    return new DrsNotInitialisedError(targetRegion, { cause: error })
  }
  return new RunFailure(
    'drs-unavailable',
    `drs:DescribeSourceServers failed in ${targetRegion} (${errorCode(error)}: ${errorMessage(error)}); ` +
      `${hintFor(error, 'drs:DescribeSourceServers', targetRegion)}`,
    { cause: error }
  )
}

/** What the opening DRS listing says: the registrations, and the replicating count. */
export interface DrsListing {
  registrations: Map<string, Registration>
  /**
   * Source servers that count against drs-replicating-limit (not archived, neither STOPPED nor
   * DISCONNECTED); null when the servers were not listed (skip-registered off).
   */
  replicating: number | null
}

/** Whether a listed server counts against DRS's replicating-server quota. */
export function countsAsReplicating(server: SourceServer): boolean {
  const state = server.dataReplicationInfo?.dataReplicationState
  return !isArchived(server) && state !== 'STOPPED' && state !== 'DISCONNECTED'
}

/**
 * DRS source servers in the target region, by EC2 instance id, and how many replicate. Always
 * called first: it doubles as the check that DRS is initialised. Without skip-registered one
 * single-item call is enough (and nothing is counted).
 */
export async function listTargetServers(
  drs: DrsClient,
  targetRegion: string,
  listAll: boolean
): Promise<DrsListing> {
  const registrations = new Map<string, Registration>()
  let replicating = 0
  try {
    if (!listAll) {
      await drs.send(new DescribeSourceServersCommand({ filters: {}, maxResults: 1 }))
      return { registrations, replicating: null }
    }
    const servers = await sourceServersByInstance(drs, undefined, undefined, server => {
      if (countsAsReplicating(server)) replicating++
    })
    for (const [instanceId, server] of servers) {
      registrations.set(instanceId, registrationOf(server))
    }
  } catch (error) {
    throw drsFailure(error, targetRegion)
  }
  return { registrations, replicating }
}

/** The registrations alone (see listTargetServers). */
export async function loadRegistrations(
  drs: DrsClient,
  targetRegion: string,
  listAll: boolean
): Promise<Map<string, Registration>> {
  return (await listTargetServers(drs, targetRegion, listAll)).registrations
}
