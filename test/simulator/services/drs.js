// @ts-check
// Elastic Disaster Recovery (REST-JSON): POST /DescribeSourceServers, the drill operations of
// drs-jobs.js and the initialisation operations of drs-init.js.

import { pageOf, readToken } from '../util.js'
import { isoDuration } from '../durations.js'
import { optionalNumber } from './common.js'
import { drsInitOperations } from './drs-init.js'
import { drsJobOperations, initializedRegion, validation } from './drs-jobs.js'

const SOURCE_SERVER_ID = /^s-[0-9a-zA-Z]{17}$/

/**
 * @param {import('../scenario.js').SourceServer} server
 * @param {import('./common.js').Ctx} ctx
 */
function serverJson(server, ctx) {
  const { state, error } = ctx.engine.replicationOf(server)
  const iso = (/** @type {number} */ sim) => new Date(ctx.clock.wallMs(sim)).toISOString()
  const now = ctx.clock.now()
  const registered = iso(server.registeredAt)
  const disconnected = state === 'DISCONNECTED'
  const lastSeen =
    server.lastSeenAt !== null
      ? iso(server.lastSeenAt)
      : disconnected
        ? iso(Math.max(server.registeredAt, now - 86400 * 3))
        : iso(now)
  const lag = server.lagSeconds ?? (state === 'CONTINUOUS' ? 0 : null)
  const synced = !['INITIATING', 'INITIAL_SYNC'].includes(state)
  /** @type {Record<string, any>} */
  const replication = {
    dataReplicationState: state,
    lagDuration: lag === null ? undefined : isoDuration(lag),
    replicatedDisks: [
      {
        deviceName: server.os.startsWith('Microsoft') ? 'C:' : '/dev/xvda',
        totalStorageBytes: 8589934592,
        replicatedStorageBytes: synced ? 8589934592 : 0,
        rescannedStorageBytes: state === 'RESCAN' ? 2147483648 : 0,
        backloggedStorageBytes: state === 'BACKLOG' ? 1073741824 : 0
      }
    ],
    dataReplicationInitiation: {
      startDateTime: registered,
      steps: [
        { name: 'WAIT', status: 'SUCCEEDED' },
        { name: 'CREATE_SECURITY_GROUP', status: 'SUCCEEDED' },
        {
          name: 'LAUNCH_REPLICATION_SERVER',
          status: state === 'INITIATING' ? 'IN_PROGRESS' : 'SUCCEEDED'
        },
        {
          name: 'CONNECT_AGENT_TO_REPLICATION_SERVER',
          status:
            state === 'INITIATING' ? 'NOT_STARTED' : state === 'STALLED' ? 'FAILED' : 'SUCCEEDED'
        },
        {
          name: 'START_DATA_TRANSFER',
          status: state === 'INITIATING' || state === 'STALLED' ? 'NOT_STARTED' : 'SUCCEEDED'
        }
      ]
    }
  }
  if (server.etaAt !== null) replication.etaDateTime = iso(server.etaAt)
  else if (state === 'INITIAL_SYNC') {
    replication.etaDateTime = iso(server.registeredAt + server.initialSyncSeconds)
  }
  if (error) replication.dataReplicationError = error
  return {
    sourceServerID: server.id,
    arn: server.arn,
    tags: server.tags,
    lastLaunchResult: server.lastLaunchResult,
    ...(server.recoveryInstanceId ? { recoveryInstanceId: server.recoveryInstanceId } : {}),
    dataReplicationInfo: replication,
    lifeCycle: {
      addedToServiceDateTime: registered,
      firstByteDateTime:
        state === 'CONTINUOUS' || state === 'INITIAL_SYNC' ? registered : undefined,
      lastSeenByServiceDateTime: lastSeen,
      elapsedReplicationDuration: `PT${Math.max(0, Math.round(now - server.registeredAt))}S`,
      ...(server.lastLaunch
        ? {
            lastLaunch: {
              initiated: {
                apiCallDateTime: iso(server.lastLaunch.apiCallAt),
                jobID: server.lastLaunch.jobID,
                type: server.lastLaunch.type
              },
              status: server.lastLaunch.status
            }
          }
        : {})
    },
    sourceProperties: {
      lastUpdatedDateTime: registered,
      recommendedInstanceType: 't3.medium',
      identificationHints: {
        hostname: server.hostname,
        fqdn: server.hostname,
        ...(server.instanceId ? { awsInstanceID: server.instanceId } : {})
      },
      os: { fullString: server.os },
      cpus: [{ cores: 2, modelName: 'Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz' }],
      ramBytes: 4294967296,
      disks: [
        { deviceName: server.os.startsWith('Microsoft') ? 'C:' : '/dev/xvda', bytes: 8589934592 }
      ],
      networkInterfaces: []
    },
    ...(server.onPremises
      ? {}
      : {
          sourceCloudProperties: {
            originAccountID: server.originAccount,
            originRegion: server.originRegion ?? server.region,
            originAvailabilityZone: `${server.originRegion ?? server.region}a`
          }
        }),
    stagingArea: { status: 'NOT_EXTENDED' },
    replicationDirection: 'FAILOVER',
    agentVersion: '1.2.1700.0',
    ...(server.archived ? { isArchived: true } : {})
  }
}

/** @type {import('./common.js').Service} */
export const drs = {
  operations: {
    DescribeSourceServers(ctx) {
      const p = ctx.params
      const filters = p.filters ?? {}
      const max = optionalNumber(p.maxResults)
      if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > 1000)) {
        throw validation(`maxResults must be between 1 and 1000 (got ${p.maxResults}).`)
      }
      /** @type {string[]} */
      const ids = (filters.sourceServerIDs ?? []).map(String)
      if (ids.length > 200) throw validation('sourceServerIDs must contain at most 200 items.')
      for (const id of ids) {
        if (!SOURCE_SERVER_ID.test(id)) throw validation(`Invalid source server ID: ${id}`)
      }
      const region = initializedRegion(ctx)
      const idSet = new Set(ids)
      let list = ids.length > 0 ? region.serverList.filter(s => idSet.has(s.id)) : region.serverList
      if (filters.hardwareId) {
        const hw = String(filters.hardwareId)
        list = list.filter(s => s.instanceId === hw || s.hostname === hw)
      }
      if (Array.isArray(filters.stagingAccountIDs) && filters.stagingAccountIDs.length > 0) {
        const accounts = filters.stagingAccountIDs.map(String)
        list = list.filter(s => accounts.includes(s.account))
      }
      const key = JSON.stringify(['drs', region.account, region.name, filters])
      const offset = readToken(p.nextToken, key)
      if (offset === null) throw validation('Invalid nextToken.')
      const { page, nextToken } = pageOf(list, offset, max ?? 1000, key)
      return { items: page.map(s => serverJson(s, ctx)), nextToken }
    },
    ...drsJobOperations,
    ...drsInitOperations
  }
}
