// @ts-check
// DRS source servers in the world: the ones a scenario declares (any replication state, error,
// lag, last launch, archived, on-premises, orphaned) and the ones installs register.

import { parseIsoDuration } from './durations.js'
import { hashHex } from './util.js'

/**
 * @typedef {import('./scenario.js').Region} Region
 * @typedef {import('./scenario.js').SourceServer} SourceServer
 * @typedef {import('./scenario.js').Instance} Instance
 * @typedef {import('./scenario.js').LastLaunch} LastLaunch
 */

/** DRS's DataReplicationState values (SDK model). */
export const REPLICATION_STATES = [
  'STOPPED',
  'INITIATING',
  'INITIAL_SYNC',
  'BACKLOG',
  'CREATING_SNAPSHOT',
  'CONTINUOUS',
  'PAUSED',
  'RESCAN',
  'STALLED',
  'DISCONNECTED'
]

/**
 * A source server the scenario declares (already registered before the run): any replication
 * state, error, lag, ETA, last-seen time and last launch, archived, on-premises or orphaned
 * (its instance terminated, stopped, untagged or unknown).
 * @param {Region} r
 * @param {any} spec
 * @param {Map<string, Instance>} instances
 */
export function declaredServer(r, spec, instances) {
  const instanceId = spec.instanceId ?? spec.awsInstanceID ?? null
  const inst = instanceId ? (instances.get(String(instanceId)) ?? null) : null
  const state = spec.stalled ? 'STALLED' : (spec.replicationState ?? 'CONTINUOUS')
  if (!REPLICATION_STATES.includes(state)) {
    throw new Error(`scenario: unknown replicationState ${state} (one of ${REPLICATION_STATES})`)
  }
  const lag =
    spec.lagDuration !== undefined
      ? parseIsoDuration(String(spec.lagDuration))
      : (spec.lagSeconds ?? null)
  const launch = spec.lastLaunch ?? null
  /** @type {LastLaunch | null} */
  const lastLaunch = launch
    ? {
        apiCallAt: -(launch.secondsAgo ?? (launch.daysAgo ?? 1) * 86400),
        jobID:
          launch.jobID ??
          `drsjob-${hashHex('lastLaunch', r.account, instanceId ?? '').slice(0, 17)}`,
        type: launch.type === 'RECOVERY' ? 'RECOVERY' : 'DRILL',
        status: launch.status ?? 'LAUNCHED'
      }
    : null
  const launchResult = lastLaunch
    ? { LAUNCHED: 'SUCCEEDED', FAILED: 'FAILED', TERMINATED: 'SUCCEEDED' }[lastLaunch.status]
    : undefined
  const error = spec.dataReplicationError
  return makeSourceServer(r, {
    id: spec.sourceServerID,
    instanceId: spec.origin === 'on-premises' ? null : instanceId,
    hostname: spec.hostname ?? inst?.hostname ?? 'unknown-host',
    originRegion: spec.originRegion ?? inst?.region ?? null,
    originAccount: spec.originAccountID ?? r.account,
    tags: spec.tags ?? {},
    registeredAt: -(spec.registeredSecondsAgo ?? 86400),
    fixedState: state,
    stalled: Boolean(spec.stalled),
    stalledError: spec.error ?? 'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER',
    explicitError: error
      ? {
          error: String(error.error ?? error),
          rawError: String(error.rawError ?? `${error.error ?? error}`)
        }
      : null,
    lagSeconds: lag,
    etaAt: spec.etaAfterSeconds ?? null,
    lastSeenAt: spec.lastSeenSecondsAgo !== undefined ? -spec.lastSeenSecondsAgo : null,
    archived: spec.archived ?? false,
    lastLaunchResult: spec.lastLaunchResult ?? launchResult ?? 'NOT_STARTED',
    lastLaunch,
    onPremises: spec.origin === 'on-premises',
    drill: spec.drill ?? null,
    os:
      inst?.platform === 'Windows'
        ? 'Microsoft Windows Server 2022 Datacenter'
        : 'Amazon Linux 2023'
  })
}

/**
 * @param {Region} r
 * @param {Partial<import('./scenario.js').SourceServer> & { hostname: string }} fields
 * @returns {SourceServer}
 */
export function makeSourceServer(r, fields) {
  const id =
    fields.id ??
    `s-${hashHex('server', r.account, r.name, fields.instanceId ?? fields.hostname, r.serverList.length).slice(0, 17)}`
  const initialSync = fields.initialSyncSeconds ?? r.replication.initialSyncSeconds
  /** @type {SourceServer} */
  const server = {
    id,
    account: r.account,
    region: r.name,
    arn: `arn:aws:drs:${r.name}:${r.account}:source-server/${id}`,
    instanceId: fields.instanceId ?? null,
    hostname: fields.hostname,
    originRegion: fields.originRegion ?? null,
    tags: fields.tags ?? {},
    registeredAt: fields.registeredAt ?? 0,
    fixedState: fields.fixedState ?? null,
    stalled: fields.stalled ?? false,
    stalledError: fields.stalledError ?? 'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER',
    errorRaw: fields.errorRaw ?? null,
    initiatingSeconds:
      fields.initiatingSeconds ?? r.replication.initiatingSeconds ?? Math.round(initialSync * 0.2),
    initialSyncSeconds: initialSync,
    archived: fields.archived ?? false,
    lastLaunchResult: fields.lastLaunchResult ?? 'NOT_STARTED',
    os: fields.os ?? 'Amazon Linux 2023',
    commandId: fields.commandId ?? null,
    onPremises: fields.onPremises ?? false,
    explicitError: fields.explicitError ?? null,
    lagSeconds: fields.lagSeconds ?? null,
    etaAt: fields.etaAt ?? null,
    lastSeenAt: fields.lastSeenAt ?? null,
    originAccount: fields.originAccount ?? r.account,
    lastLaunch: fields.lastLaunch ?? null,
    recoveryInstanceId: null,
    drill: fields.drill ?? null
  }
  r.sourceServers.set(id, server)
  r.serverList.push(server)
  if (server.instanceId && !server.archived) r.serversByInstance.set(server.instanceId, server)
  return server
}
