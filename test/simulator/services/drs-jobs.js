// @ts-check
// Elastic Disaster Recovery drills (REST-JSON): StartRecovery, DescribeJobs, DescribeJobLogItems,
// DescribeRecoveryInstances, TerminateRecoveryInstances. The job machinery is in ../jobs.js.

import { pageOf, readToken, SimError } from '../util.js'
import { callerRegion, optionalNumber } from './common.js'

const SOURCE_SERVER_ID = /^s-[0-9a-zA-Z]{17}$/
const JOB_ID = /^drsjob-[0-9a-zA-Z]{17}$/
const RECOVERY_INSTANCE_ID = /^i-[0-9a-fA-F]{8,}$/
const SNAPSHOT_ID = /^pit-[0-9a-zA-Z]{17}$/
const DATE =
  /^[1-9][0-9]*-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([0-1][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?Z$/

/** @typedef {import('../jobs.js').Job} Job */
/** @typedef {import('../jobs.js').RecoveryInstance} RecoveryInstance */
/** @typedef {import('./common.js').Ctx} Ctx */

/** @param {string} message @param {string} [reason] */
export function validation(message, reason = 'OTHER') {
  return new SimError('ValidationException', message, { fields: { reason } })
}

/** @param {string} member @param {number} max */
function tooLong(member, max) {
  return validation(
    `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    'FIELD_VALIDATION_FAILED'
  )
}

/**
 * The caller's region, which must have DRS initialised.
 * @param {Ctx} ctx
 */
export function initializedRegion(ctx) {
  const region = callerRegion(ctx)
  if (!region.drsInitialized) {
    throw new SimError(
      'UninitializedAccountException',
      `Account ${region.account} is not initialized for AWS Elastic Disaster Recovery in ${region.name}.`,
      { reason: 'drs-not-initialized' }
    )
  }
  return region
}

/**
 * @param {string} quotaCode
 * @param {string} message
 */
function quotaExceeded(quotaCode, message) {
  return new SimError('ServiceQuotaExceededException', message, {
    status: 402,
    fields: { serviceCode: 'drs', ...(quotaCode ? { quotaCode } : {}) },
    reason: 'quota'
  })
}

/** @param {string} resourceId @param {string} message */
function conflict(resourceId, message) {
  return new SimError('ConflictException', message, {
    status: 409,
    fields: { resourceId, resourceType: 'SOURCE_SERVER' },
    reason: 'conflict'
  })
}

/** @param {Ctx} ctx @param {number} sim */
const iso = (ctx, sim) => new Date(ctx.clock.wallMs(sim)).toISOString()

/** @param {Ctx} ctx @param {Job} job */
function jobJson(ctx, job) {
  const jobs = ctx.engine.jobs
  const now = ctx.clock.now()
  const status = jobs.status(job, now)
  return {
    jobID: job.id,
    arn: job.arn,
    type: job.type,
    initiatedBy: job.initiatedBy,
    creationDateTime: iso(ctx, job.createdAt),
    ...(status === 'COMPLETED' ? { endDateTime: iso(ctx, job.endAt) } : {}),
    status,
    participatingServers: job.servers.map(p => ({
      sourceServerID: p.sourceServerID,
      ...(p.recoveryInstanceID ? { recoveryInstanceID: p.recoveryInstanceID } : {}),
      launchStatus: jobs.launchStatus(p, now)
    })),
    tags: job.tags
  }
}

/** @param {Ctx} ctx @param {RecoveryInstance} ri */
function recoveryInstanceJson(ctx, ri) {
  const inst = ri.instance
  return {
    recoveryInstanceID: ri.id,
    ec2InstanceID: inst.id,
    ec2InstanceState: inst.state.toUpperCase(),
    jobID: ri.jobID,
    sourceServerID: ri.sourceServerID,
    arn: ri.arn,
    tags: ri.tags,
    isDrill: ri.isDrill,
    pointInTimeSnapshotDateTime: iso(ctx, ri.snapshotAt),
    originEnvironment: ri.server.onPremises ? 'ON_PREMISES' : 'AWS',
    ...(ri.server.onPremises
      ? {}
      : { originAvailabilityZone: `${ri.server.originRegion ?? ri.server.region}a` }),
    recoveryInstanceProperties: {
      lastUpdatedDateTime: iso(ctx, ri.launchedAt),
      identificationHints: { awsInstanceID: inst.id, hostname: inst.hostname, fqdn: inst.hostname },
      os: { fullString: ri.server.os }
    }
  }
}

/**
 * @param {string} scope
 * @param {unknown} maxResults
 * @param {unknown} nextToken
 * @template T
 * @param {T[]} list
 */
function page(scope, maxResults, nextToken, list) {
  const max = optionalNumber(maxResults)
  if (max !== undefined && (!Number.isInteger(max) || max < 1)) {
    throw validation(`maxResults must be a positive integer (got ${maxResults}).`)
  }
  const offset = readToken(/** @type {any} */ (nextToken), scope)
  if (offset === null) throw validation('Invalid nextToken.')
  return pageOf(list, offset, Math.min(max ?? 1000, 1000), scope)
}

/**
 * DRS's job quotas and its one-job-per-server rule for servers about to join a new job.
 * @param {Ctx} ctx
 * @param {import('../scenario.js').Region} region
 * @param {string[]} serverIds
 */
function checkJobQuotas(ctx, region, serverIds) {
  const q = ctx.world.drsQuotas
  const active = ctx.engine.jobs.active(region)
  const busy = new Set(active.flatMap(job => job.servers.map(p => p.sourceServerID)))
  const taken = serverIds.find(id => busy.has(id))
  if (taken) {
    throw conflict(taken, `Source server ${taken} is already participating in an active job.`)
  }
  if (active.length >= q.concurrentJobs) {
    throw quotaExceeded(
      'L-D88FAC3A',
      `The maximum number of concurrent jobs (${q.concurrentJobs}) has been reached.`
    )
  }
  const inJobs = active.reduce((n, job) => n + job.servers.length, 0)
  if (inJobs + serverIds.length > q.serversInActiveJobs) {
    throw quotaExceeded(
      'L-05AFA8C6',
      `The maximum number of source servers in all active jobs (${q.serversInActiveJobs}) would be exceeded: ${inJobs} are in active jobs and ${serverIds.length} more were requested.`
    )
  }
}

/** @type {Record<string, import('./common.js').Handler>} */
export const drsJobOperations = {
  StartRecovery(ctx) {
    const p = ctx.params
    const requested = Array.isArray(p.sourceServers) ? p.sourceServers : []
    if (requested.length < 1) {
      throw validation(
        "1 validation error detected: Value at 'sourceServers' failed to satisfy constraint: Member must have length greater than or equal to 1",
        'FIELD_VALIDATION_FAILED'
      )
    }
    if (requested.length > 200) throw tooLong('sourceServers', 200)
    /** @type {string[]} */
    const ids = requested.map((/** @type {any} */ s) => String(s?.sourceServerID ?? ''))
    for (const [i, id] of ids.entries()) {
      if (!SOURCE_SERVER_ID.test(id)) throw validation(`Invalid source server ID: ${id}`)
      const snap = requested[i].recoverySnapshotID
      if (snap !== undefined && !SNAPSHOT_ID.test(String(snap))) {
        throw validation(`Invalid recovery snapshot ID: ${snap}`)
      }
    }
    if (new Set(ids).size !== ids.length) throw validation('Duplicate source server IDs.')
    const region = initializedRegion(ctx)
    const q = ctx.world.drsQuotas
    if (ids.length > q.serversPerJob) {
      throw quotaExceeded(
        '',
        `A job can include at most ${q.serversPerJob} source servers; ${ids.length} were requested.`
      )
    }
    const servers = ids.map(id => {
      const server = region.sourceServers.get(id)
      if (!server || server.archived) {
        throw validation(`Source server ${id} does not exist in ${region.name}.`)
      }
      return server
    })
    checkJobQuotas(ctx, region, ids)
    const job = ctx.engine.jobs.launch(
      region,
      servers.map((server, i) => ({
        server,
        snapshotId: requested[i].recoverySnapshotID ?? null
      })),
      { isDrill: p.isDrill === true, tags: p.tags ?? {} }
    )
    return { job: jobJson(ctx, job) }
  },

  DescribeJobs(ctx) {
    const filters = ctx.params.filters ?? {}
    /** @type {string[]} */
    const ids = (filters.jobIDs ?? []).map(String)
    if (ids.length > 1000) throw tooLong('filters.jobIDs', 1000)
    for (const id of ids) if (!JOB_ID.test(id)) throw validation(`Invalid job ID: ${id}`)
    for (const key of ['fromDate', 'toDate']) {
      if (filters[key] !== undefined && !DATE.test(String(filters[key]))) {
        throw validation(`Invalid ${key}: ${filters[key]}`, 'FIELD_VALIDATION_FAILED')
      }
    }
    const region = initializedRegion(ctx)
    const from = filters.fromDate ? Date.parse(filters.fromDate) : -Infinity
    const to = filters.toDate ? Date.parse(filters.toDate) : Infinity
    const idSet = new Set(ids)
    const list = region.jobList
      .filter(job => idSet.size === 0 || idSet.has(job.id))
      .filter(job => {
        const created = ctx.clock.wallMs(job.createdAt)
        return created >= from && created <= to
      })
      .reverse() // newest first, as DRS sorts them
    const scope = JSON.stringify(['drs-jobs', region.account, region.name, filters])
    const { page: items, nextToken } = page(
      scope,
      ctx.params.maxResults,
      ctx.params.nextToken,
      list
    )
    return { items: items.map(job => jobJson(ctx, job)), nextToken }
  },

  DescribeJobLogItems(ctx) {
    const id = String(ctx.params.jobID ?? '')
    if (!JOB_ID.test(id)) throw validation(`Invalid job ID: ${id}`)
    const region = initializedRegion(ctx)
    const job = region.jobs.get(id)
    const all = job ? ctx.engine.jobs.logItems(job) : []
    const scope = JSON.stringify(['drs-log', region.account, region.name, id])
    const { page: items, nextToken } = page(scope, ctx.params.maxResults, ctx.params.nextToken, all)
    return {
      items: items.map(item => ({
        logDateTime: iso(ctx, item.at),
        event: item.event,
        ...(item.eventData ? { eventData: item.eventData } : {})
      })),
      nextToken
    }
  },

  DescribeRecoveryInstances(ctx) {
    const filters = ctx.params.filters ?? {}
    /** @type {string[]} */
    const ids = (filters.recoveryInstanceIDs ?? []).map(String)
    /** @type {string[]} */
    const servers = (filters.sourceServerIDs ?? []).map(String)
    if (ids.length > 200) throw tooLong('filters.recoveryInstanceIDs', 200)
    if (servers.length > 200) throw tooLong('filters.sourceServerIDs', 200)
    const region = initializedRegion(ctx)
    const idSet = new Set(ids)
    const serverSet = new Set(servers)
    const list = [...region.recoveryInstances.values()].filter(
      ri =>
        (idSet.size === 0 || idSet.has(ri.id)) &&
        (serverSet.size === 0 || serverSet.has(ri.sourceServerID))
    )
    const scope = JSON.stringify(['drs-ri', region.account, region.name, filters])
    const { page: items, nextToken } = page(
      scope,
      ctx.params.maxResults,
      ctx.params.nextToken,
      list
    )
    return { items: items.map(ri => recoveryInstanceJson(ctx, ri)), nextToken }
  },

  TerminateRecoveryInstances(ctx) {
    /** @type {string[]} */
    const ids = (
      Array.isArray(ctx.params.recoveryInstanceIDs) ? ctx.params.recoveryInstanceIDs : []
    ).map(String)
    if (ids.length < 1) {
      throw validation(
        "1 validation error detected: Value at 'recoveryInstanceIDs' failed to satisfy constraint: Member must have length greater than or equal to 1",
        'FIELD_VALIDATION_FAILED'
      )
    }
    if (ids.length > 200) throw tooLong('recoveryInstanceIDs', 200)
    for (const id of ids) {
      if (!RECOVERY_INSTANCE_ID.test(id)) throw validation(`Invalid recovery instance ID: ${id}`)
    }
    const region = initializedRegion(ctx)
    const missing = ids.filter(id => !region.recoveryInstances.has(id))
    if (missing.length > 0) {
      throw validation(`Recovery instances not found: ${missing.join(', ')}`)
    }
    const instances = [...new Set(ids)].map(
      id => /** @type {RecoveryInstance} */ (region.recoveryInstances.get(id))
    )
    checkJobQuotas(
      ctx,
      region,
      instances.map(ri => ri.sourceServerID)
    )
    const job = ctx.engine.jobs.terminate(region, instances)
    return { job: jobJson(ctx, job) }
  }
}
