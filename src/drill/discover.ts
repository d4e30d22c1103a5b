// Drill discovery: the instances (by tag-filters or instance-ids) in every source region, their
// DRS source servers in target-region, and what is already going on there (jobs in progress,
// recovery instances), turned into drill targets plus the rows already decided.
import type { SourceServer } from '@aws-sdk/client-drs'
import { paginateDescribeInstances, type EC2Client } from '@aws-sdk/client-ec2'
import { EC2_PAGE_SIZE, instanceFilterSets } from '../install/discover.js'
import { DrsNotInitialisedError, RunFailure, regionFailureMessage } from '../install/preflight.js'
import { errorCode } from '../shared/port.js'
import type { DrillApi } from './drs-api.js'
import { eligibility, waveOf, type ActiveLoad, type DrillTarget } from './plan.js'
import { drillFailureRow, makeDrillRow, sortDrillRows, type DrillRow } from './rows.js'
import type { DrillSettings } from './settings.js'

export interface DrillDiscovery {
  targets: DrillTarget[]
  rows: DrillRow[]
  /** Jobs not COMPLETED before the drill started (anyone's), for DRS's per-region limits. */
  foreignLoad: ActiveLoad
}

interface FoundInstance {
  instanceId: string
  name: string | null
  tags: Record<string, string>
}

async function listInstances(ec2: EC2Client, settings: DrillSettings): Promise<FoundInstance[]> {
  const byId = new Map<string, FoundInstance>()
  for (const Filters of instanceFilterSets(settings)) {
    const pages = paginateDescribeInstances(
      { client: ec2, pageSize: EC2_PAGE_SIZE },
      { Filters, MaxResults: EC2_PAGE_SIZE }
    )
    for await (const page of pages) {
      for (const reservation of page.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) {
          if (!instance.InstanceId) continue
          const tags: Record<string, string> = {}
          for (const tag of instance.Tags ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? ''
          byId.set(instance.InstanceId, {
            instanceId: instance.InstanceId,
            name: tags.Name ?? null,
            tags
          })
        }
      }
    }
  }
  return [...byId.values()]
}

async function loadServers(
  api: DrillApi,
  settings: DrillSettings,
  loadSourceServers: () => Promise<Map<string, SourceServer>>
) {
  try {
    const [servers, active, recoveryInstances] = await Promise.all([
      loadSourceServers(),
      api.activeJobs(),
      api.recoveryInstances()
    ])
    return { servers, active, recoveryInstances }
  } catch (error) {
    if (errorCode(error) === 'UninitializedAccountException') {
      throw new DrsNotInitialisedError(settings.targetRegion, { cause: error })
    }
    throw new RunFailure(
      'drs-unavailable',
      regionFailureMessage(
        'drs:DescribeSourceServers/DescribeJobs/DescribeRecoveryInstances',
        settings.targetRegion,
        error
      ),
      { cause: error }
    )
  }
}

export async function discoverDrill(
  settings: DrillSettings,
  clients: { ec2(region: string): EC2Client },
  api: DrillApi,
  loadSourceServers: () => Promise<Map<string, SourceServer>>
): Promise<DrillDiscovery> {
  const { servers, active, recoveryInstances } = await loadServers(api, settings, loadSourceServers)
  const activeJobOf = new Map<string, string>()
  for (const job of active) {
    for (const p of job.participants) activeJobOf.set(p.sourceServerId, job.jobId)
  }
  const recoveryInstanceOf = new Map<string, string>()
  for (const ri of recoveryInstances) {
    if (ri.sourceServerId) recoveryInstanceOf.set(ri.sourceServerId, ri.recoveryInstanceId)
  }
  const foreignLoad: ActiveLoad = {
    jobs: active.length,
    servers: active.reduce((sum, job) => sum + job.participants.length, 0)
  }

  const targets: DrillTarget[] = []
  const rows: DrillRow[] = []
  const found = new Set<string>()
  await Promise.all(
    settings.sourceRegions.map(async region => {
      let instances: FoundInstance[]
      try {
        instances = await listInstances(clients.ec2(region), settings)
      } catch (error) {
        rows.push(
          drillFailureRow(
            settings.accountId,
            region,
            regionFailureMessage('ec2:DescribeInstances', region, error)
          )
        )
        return
      }
      for (const instance of instances) {
        found.add(instance.instanceId)
        const server = servers.get(instance.instanceId)
        const base = {
          accountId: settings.accountId,
          region,
          instanceId: instance.instanceId,
          name: instance.name,
          wave: waveOf(settings.waveTag, instance.tags, server?.tags)
        }
        if (!server?.sourceServerID) {
          rows.push(
            makeDrillRow({
              ...base,
              status: 'skipped-unhealthy',
              message: `no DRS source server in ${settings.targetRegion}: install the agent first (nothing to drill)`
            })
          )
          continue
        }
        const sourceServerId = server.sourceServerID
        const skip = eligibility({
          replicationState: server.dataReplicationInfo?.dataReplicationState ?? null,
          activeJobId: activeJobOf.get(sourceServerId) ?? null,
          existingRecoveryInstanceId: recoveryInstanceOf.get(sourceServerId) ?? null
        })
        if (skip) rows.push(makeDrillRow({ ...base, sourceServerId, ...skip }))
        else targets.push({ ...base, sourceServerId })
      }
    })
  )
  for (const id of settings.instanceIds) {
    if (found.has(id)) continue
    rows.push(
      makeDrillRow({
        accountId: settings.accountId,
        instanceId: id,
        status: 'failed',
        message: `instance not found in ${settings.sourceRegions.join(', ')}: check the id and source-regions`
      })
    )
  }
  return { targets, rows: sortDrillRows(rows), foreignLoad }
}
