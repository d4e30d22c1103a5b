// Preflight: what DRS, EC2 and SSM said about one instance, decided into a final row or a send
// candidate. Pure functions, in the contract's precedence (not-running id > skipped-registered >
// skipped-unmanaged > no instance profile > candidate).
import type { SourceServer } from '@aws-sdk/client-drs'
import type { Settings } from '../settings/inputs.js'
import { makeRow, type Row } from '../shared/rows.js'

/** An instance that passed every preflight: the deploy phase sends (or dry-runs) it. */
export interface Candidate {
  accountId: string
  region: string
  instanceId: string
  name: string | null
  platform: string | null
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
