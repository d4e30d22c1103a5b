// The one pure decision of the check: an instance (or its absence) and its DRS source server (or
// its absence) -> a contract status and a message that says what to do. No I/O, no clock.
import type { SourceServer } from '@aws-sdk/client-drs'
import { formatDuration, parseDurationSeconds, replicationErrorAdvice } from './advice.js'
import type { CheckStatus } from './rows.js'

export interface CheckPolicy {
  targetRegion: string
  maxLagMinutes: number
  /** null: drills are not checked. */
  maxDrillAgeDays: number | null
}

/** Why a source server's instance is not among the running matches (from an EC2 look-up). */
export type OriginInstance =
  | { kind: 'gone' }
  | { kind: 'state'; state: string }
  /** Running, but a tag filter does not match: `mismatch` says which. */
  | { kind: 'untagged'; mismatch: string }
  /** The instance has another, preferred source server. */
  | { kind: 'duplicate'; preferredServerId: string | null }
  | { kind: 'unknown'; reason: string }

export interface ClassifyInput {
  /** A running instance that matches the filters; null for a server whose instance is not one. */
  instance: { instanceId: string } | null
  server: SourceServer | null
  /** Only for instance null: what EC2 says about the server's instance. */
  origin?: OriginInstance
}

export interface Verdict {
  status: CheckStatus
  sourceServerId: string | null
  replicationState: string | null
  lagSeconds: number | null
  lastSeenAt: string | null
  lastDrillAt: string | null
  message: string
}

const SYNCING_STATES: Readonly<Record<string, string>> = {
  INITIATING: 'DRS is setting up replication (replication server, staging disks)',
  INITIAL_SYNC: 'the first copy of the disks is being made',
  RESCAN: 'DRS is rescanning the disks (after a restart or an agent reinstall)',
  BACKLOG: 'replication is catching up on a backlog of writes',
  CREATING_SNAPSHOT: 'DRS is creating the first recovery snapshot'
}

const DAY_MS = 86400 * 1000

function ageText(sinceIso: string, now: number): string {
  const at = Date.parse(sinceIso)
  return Number.isNaN(at) ? '' : ` (${formatDuration((now - at) / 1000)} ago)`
}

function facts(server: SourceServer): Omit<Verdict, 'status' | 'message'> {
  const info = server.dataReplicationInfo
  return {
    sourceServerId: server.sourceServerID ?? null,
    replicationState: info?.dataReplicationState ?? null,
    lagSeconds: parseDurationSeconds(info?.lagDuration),
    lastSeenAt: server.lifeCycle?.lastSeenByServiceDateTime ?? null,
    lastDrillAt: server.lifeCycle?.lastLaunch?.initiated?.apiCallDateTime ?? null
  }
}

function stalledMessage(server: SourceServer, state: string): string {
  const error = server.dataReplicationInfo?.dataReplicationError
  const code = error?.error
  const detail = [code, error?.rawError].filter(Boolean).join(': ')
  const head =
    state === 'STALLED' ? 'replication is STALLED' : `replication (${state}) reports an error`
  return `${head}${detail ? ` (${detail})` : ''}: ${replicationErrorAdvice(code)}`
}

/** null when the drill is recent enough (or not checked); else why it is overdue. */
function drillOverdue(server: SourceServer, policy: CheckPolicy, now: number): string | null {
  if (policy.maxDrillAgeDays === null) return null
  const initiated = server.lifeCycle?.lastLaunch?.initiated
  const limit = `max-drill-age-days ${policy.maxDrillAgeDays}`
  const action = 'run a drill (DRS console: Initiate drill, or the drill action)'
  const at = initiated?.apiCallDateTime ? Date.parse(initiated.apiCallDateTime) : NaN
  if (!initiated?.apiCallDateTime || Number.isNaN(at)) {
    return `no drill or recovery launch on record (${limit}): ${action}`
  }
  const what = `the last launch (${initiated.type ?? 'launch'} at ${initiated.apiCallDateTime})`
  if (server.lastLaunchResult !== 'SUCCEEDED') {
    return `${what} did not succeed (lastLaunchResult ${server.lastLaunchResult ?? 'unknown'}): fix the launch settings and ${action}`
  }
  if (now - at > policy.maxDrillAgeDays * DAY_MS) {
    return `${what} is ${formatDuration((now - at) / 1000)} old, above ${limit}: ${action}`
  }
  return null
}

function classifyServer(server: SourceServer, policy: CheckPolicy, now: number): Verdict {
  const base = facts(server)
  const state = base.replicationState ?? 'UNKNOWN'
  const verdict = (status: CheckStatus, message: string): Verdict => ({
    ...base,
    status,
    message
  })
  if (state === 'STALLED' || server.dataReplicationInfo?.dataReplicationError?.error) {
    return verdict('stalled', stalledMessage(server, state))
  }
  if (state === 'DISCONNECTED') {
    const seen = base.lastSeenAt
      ? `DRS last saw the agent at ${base.lastSeenAt}${ageText(base.lastSeenAt, now)}`
      : 'DRS has no last-seen time for the agent'
    return verdict(
      'disconnected',
      `the agent is DISCONNECTED; ${seen}: check the instance runs and its aws-replication service reaches the DRS endpoint in ${policy.targetRegion} on TCP 443, or reinstall the agent`
    )
  }
  if (state === 'STOPPED') {
    return verdict(
      'stopped',
      'replication is STOPPED: start data replication for this source server (DRS console), or disconnect and delete it if the server no longer needs protection'
    )
  }
  if (state === 'PAUSED') {
    return verdict(
      'stopped',
      'replication is PAUSED: resume data replication for this source server (DRS console)'
    )
  }
  if (SYNCING_STATES[state]) {
    const eta = server.dataReplicationInfo?.etaDateTime
    return verdict(
      'syncing',
      `${state}: ${SYNCING_STATES[state]}${eta ? `; DRS expects it to finish at ${eta}` : ''}; nothing to do, check again later`
    )
  }
  if (state !== 'CONTINUOUS') {
    return verdict(
      'stalled',
      `replication state ${state} is not one this check knows: open the source server in the DRS console`
    )
  }
  const lagText =
    base.lagSeconds === null ? 'lag not reported' : `lag ${formatDuration(base.lagSeconds)}`
  if (base.lagSeconds !== null && base.lagSeconds > policy.maxLagMinutes * 60) {
    return verdict(
      'lagging',
      `CONTINUOUS but ${lagText}, above max-lag-minutes ${policy.maxLagMinutes}: check the bandwidth between the source and the staging subnet, bandwidth throttling in the replication settings, and the replication server's size`
    )
  }
  const overdue = drillOverdue(server, policy, now)
  if (overdue) return verdict('drill-overdue', `CONTINUOUS, ${lagText}; ${overdue}`)
  const drill = base.lastDrillAt ? `; last launch ${base.lastDrillAt}` : ''
  return verdict('protected', `CONTINUOUS, ${lagText}${drill}`)
}

function orphanReason(origin: OriginInstance | undefined): string {
  const cleanUp =
    'disconnect the source server and delete it in DRS (it is billed while it exists), or archive it'
  switch (origin?.kind) {
    case 'gone':
      return `its instance no longer exists in EC2 (terminated): ${cleanUp}`
    case 'state':
      if (origin.state === 'terminated' || origin.state === 'shutting-down') {
        return `its instance is ${origin.state}: ${cleanUp}`
      }
      return `its instance is ${origin.state}, not running: start it if it still needs protection, else ${cleanUp}`
    case 'untagged':
      return `its instance runs but no longer matches tag-filters (${origin.mismatch}): tag it again if it still needs protection, else ${cleanUp}`
    case 'duplicate':
      return `a second source server for the same instance (the one reported is ${origin.preferredServerId ?? 'another'}): ${cleanUp}`
    case 'unknown':
      return `its instance is not among the running matches, and looking it up failed (${origin.reason})`
    default:
      return `its instance is not found running with the filters: ${cleanUp}`
  }
}

/**
 * The contract's status for one row (first that applies: unprotected, stalled, disconnected,
 * stopped, syncing, lagging, drill-overdue, protected; orphaned for a server without a running
 * matching instance). `now` is epoch milliseconds.
 */
export function classify(input: ClassifyInput, policy: CheckPolicy, now: number): Verdict {
  const { instance, server } = input
  if (instance && !server) {
    return {
      status: 'unprotected',
      sourceServerId: null,
      replicationState: null,
      lagSeconds: null,
      lastSeenAt: null,
      lastDrillAt: null,
      message: `no DRS source server in ${policy.targetRegion}: install the agent (the drs-orchestration action with this instance in its filters)`
    }
  }
  if (!server) throw new Error('classify needs an instance, a source server, or both')
  if (instance) return classifyServer(server, policy, now)
  const state = server.dataReplicationInfo?.dataReplicationState ?? 'unknown'
  return {
    ...facts(server),
    status: 'orphaned',
    message: `source server ${server.sourceServerID ?? '?'} (${state}) is orphaned: ${orphanReason(input.origin)}`
  }
}
