// The check of one account: DRS source servers of the target region, the running matching
// instances of every source region, classified; then the orphans, looked up in batches. Read-only:
// DescribeSourceServers and DescribeInstances are the only calls.
import type { SourceServer } from '@aws-sdk/client-drs'
import type { AwsClients } from '../aws/clients.js'
import { describeInstances, unknownIdRows } from '../install/discover.js'
import {
  DrsNotInitialisedError,
  regionFailureMessage,
  type Ec2Instance
} from '../install/preflight.js'
import type { Settings } from '../settings/index.js'
import { errorCode, type RunnerPort } from '../shared/port.js'
import { classify, type CheckPolicy, type OriginInstance } from './classify.js'
import { lookUpOrigins, type OriginLookup } from './orphans.js'
import { accountFailureRows, makeCheckRow, sortCheckRows, type CheckRow } from './rows.js'
import {
  indexByInstance,
  instanceIdOf,
  listActiveSourceServers,
  originRegionOf,
  type ServerIndex
} from './servers.js'
import type { CheckSettings } from './settings.js'

export type CheckClients = Pick<AwsClients, 'ec2' | 'drs'>

export interface AccountCheck {
  rows: CheckRow[]
  /** Set when the account could not be checked at all (DRS not initialised or unreadable). */
  fatal: string | null
}

/** The install's discovery reads only the filters and the account of its settings. */
function discoveryView(settings: CheckSettings): Settings {
  return settings as unknown as Settings
}

function policyOf(settings: CheckSettings): CheckPolicy {
  return {
    targetRegion: settings.targetRegion,
    maxLagMinutes: settings.maxLagMinutes,
    maxDrillAgeDays: settings.maxDrillAgeDays
  }
}

interface RegionCheck {
  region: string
  rows: CheckRow[]
  /** Ids EC2 returned for the filters (any state, for instance-ids). */
  foundIds: string[]
  /** Ids of the running matches. */
  runningIds: string[]
  failed: boolean
}

function instanceRows(
  settings: CheckSettings,
  region: string,
  instance: Ec2Instance,
  index: ServerIndex,
  now: number
): CheckRow[] {
  const base = {
    accountId: settings.accountId,
    region,
    instanceId: instance.instanceId,
    name: instance.name
  }
  if (instance.state !== 'running') {
    // Only instance-ids can name one: the tag listing asks EC2 for running instances.
    const message = `instance is ${instance.state}, not running: start it, or remove it from instance-ids`
    return [makeCheckRow({ ...base, status: 'failed', message })]
  }
  const preferred = index.preferred.get(instance.instanceId) ?? null
  const rows = [
    makeCheckRow({ ...base, ...classify({ instance, server: preferred }, policyOf(settings), now) })
  ]
  for (const server of index.all.get(instance.instanceId) ?? []) {
    if (server === preferred) continue
    const origin: OriginInstance = {
      kind: 'duplicate',
      preferredServerId: preferred?.sourceServerID ?? null
    }
    rows.push(
      makeCheckRow({
        ...base,
        ...classify({ instance: null, server, origin }, policyOf(settings), now)
      })
    )
  }
  return rows
}

async function checkRegion(
  settings: CheckSettings,
  clients: CheckClients,
  region: string,
  index: ServerIndex,
  now: number
): Promise<RegionCheck> {
  try {
    const instances = await describeInstances(clients.ec2(region), discoveryView(settings))
    return {
      region,
      rows: instances.flatMap(instance => instanceRows(settings, region, instance, index, now)),
      foundIds: instances.map(instance => instance.instanceId),
      runningIds: instances.filter(i => i.state === 'running').map(i => i.instanceId),
      failed: false
    }
  } catch (error) {
    const message = regionFailureMessage('ec2:DescribeInstances', region, error)
    return {
      region,
      rows: [makeCheckRow({ accountId: settings.accountId, region, status: 'failed', message })],
      foundIds: [],
      runningIds: [],
      failed: true
    }
  }
}

/** Servers of instances not among the running matches, by the source region they come from. */
function orphanCandidates(
  settings: CheckSettings,
  servers: readonly SourceServer[],
  running: ReadonlySet<string>,
  checkedRegions: readonly string[]
): Map<string, SourceServer[]> {
  const byRegion = new Map<string, SourceServer[]>()
  for (const server of servers) {
    const instanceId = instanceIdOf(server)
    if (!instanceId || running.has(instanceId)) continue
    const region = originRegionOf(server, settings.accountId, checkedRegions)
    if (region) byRegion.set(region, [...(byRegion.get(region) ?? []), server])
  }
  return byRegion
}

async function orphanRows(
  settings: CheckSettings,
  clients: CheckClients,
  region: string,
  servers: readonly SourceServer[],
  now: number
): Promise<CheckRow[]> {
  const ids = [...new Set(servers.map(server => instanceIdOf(server) ?? ''))]
  let origins: Map<string, OriginLookup>
  try {
    origins = await lookUpOrigins(clients.ec2(region), ids, settings.tagFilters)
  } catch (error) {
    const origin: OriginInstance = {
      kind: 'unknown',
      reason: regionFailureMessage('ec2:DescribeInstances', region, error)
    }
    origins = new Map(ids.map(id => [id, { origin, name: null }]))
  }
  return servers.map(server => {
    const instanceId = instanceIdOf(server) ?? ''
    const found = origins.get(instanceId)
    return makeCheckRow({
      accountId: settings.accountId,
      region,
      instanceId,
      name: found?.name ?? null,
      ...classify({ instance: null, server, origin: found?.origin }, policyOf(settings), now)
    })
  })
}

function drsFailureMessage(error: unknown, targetRegion: string): string {
  if (errorCode(error) === 'UninitializedAccountException') {
    return new DrsNotInitialisedError(targetRegion).message
  }
  return regionFailureMessage('drs:DescribeSourceServers', targetRegion, error)
}

function regionLine(result: RegionCheck): string {
  if (result.failed) return `${result.region}: ${result.rows[0]?.message ?? 'failed'}`
  return `${result.region}: ${result.runningIds.length} running matching instance(s)`
}

/** Checks one account with its clients; never rejects for AWS errors (they become failed rows). */
export async function checkAccount(
  settings: CheckSettings,
  clients: CheckClients,
  port: RunnerPort,
  now: number
): Promise<AccountCheck> {
  let servers: SourceServer[]
  try {
    servers = await listActiveSourceServers(clients.drs(settings.targetRegion))
  } catch (error) {
    const message = drsFailureMessage(error, settings.targetRegion)
    return {
      rows: accountFailureRows(settings.accountId, settings.sourceRegions, message),
      fatal: message
    }
  }
  port.debug(`${servers.length} active DRS source server(s) in ${settings.targetRegion}`)
  const index = indexByInstance(servers)

  const regions = await Promise.all(
    settings.sourceRegions.map(region => checkRegion(settings, clients, region, index, now))
  )
  for (const result of regions) {
    if (result.failed) port.warning(regionLine(result))
    else port.info(regionLine(result))
  }
  const rows = regions.flatMap(result => result.rows)
  const checked = regions.filter(result => !result.failed).map(result => result.region)

  if (settings.instanceIds.length > 0) {
    const found = new Set(regions.flatMap(result => result.foundIds))
    const failedRegions = regions.filter(result => result.failed).map(result => result.region)
    for (const row of unknownIdRows(discoveryView(settings), found, checked, failedRegions)) {
      rows.push(makeCheckRow({ ...row, status: 'failed' }))
    }
  } else {
    const running = new Set(regions.flatMap(result => result.runningIds))
    const candidates = orphanCandidates(settings, servers, running, checked)
    const orphans = await Promise.all(
      [...candidates].map(([region, list]) => orphanRows(settings, clients, region, list, now))
    )
    rows.push(...orphans.flat())
  }
  return { rows: sortCheckRows(rows), fatal: null }
}
