// @ts-check
// DRS jobs on simulated time: StartRecovery launches (drills and recoveries) and
// TerminateRecoveryInstances. A job's status, its servers' launch statuses and its log items are
// computed from times planned when it starts; what changes the world (a recovery instance and its
// EC2 instance appearing, SSM registration, termination) is scheduled on the engine's due heap.

import { TERMINATED_VISIBLE_SECONDS } from './scenario.js'
import { hashHex } from './util.js'

/** Per-server drill behaviour; the scenario overrides it (world, region, instance, server). */
export const DRILL_DEFAULTS = {
  /** PENDING -> STARTED */
  jobStartSeconds: 10,
  /** job start -> LAUNCHED (or FAILED) */
  launchSeconds: 600,
  /** LAUNCHED | FAILED */
  outcome: 'LAUNCHED',
  /** the log event of a failure: LAUNCH_FAILED | SNAPSHOT_FAIL | CONVERSION_FAIL */
  failEvent: 'LAUNCH_FAILED',
  rawError:
    'Failed to launch the recovery instance: the launch template subnet has no available IP addresses (InsufficientFreeAddressesInSubnet).',
  /** EC2 status checks once they finish: ok | impaired | system-impaired | initializing */
  statusChecks: 'ok',
  /** LAUNCHED -> status checks done (initializing before) */
  statusOkAfterSeconds: 180,
  /** the recovery instance registers with SSM (Online) */
  ssm: false,
  ssmOnlineAfterSeconds: 120,
  /** age of the point-in-time snapshot at StartRecovery (on-demand: the replication lag) */
  snapshotAgeSeconds: 0,
  /** TERMINATE job start -> EC2 terminated */
  terminateSeconds: 90
}

/** When a failure happens, as a share of launchSeconds. */
/** @type {Record<string, number>} */
const FAIL_AT = { SNAPSHOT_FAIL: 0.15, CONVERSION_FAIL: 0.5, LAUNCH_FAILED: 1 }

/**
 * @typedef {import('./scenario.js').Region} Region
 * @typedef {import('./scenario.js').SourceServer} SourceServer
 * @typedef {import('./scenario.js').Instance} Instance
 * @typedef {{ sourceServerID: string, server: SourceServer, recoveryInstanceID: string | null,
 *   startAt: number, endAt: number, outcome: string, failEvent: string | null,
 *   rawError: string | null, snapshotAt: number, previousSnapshot: boolean,
 *   launchSeconds: number }} Participant
 * @typedef {{ id: string, arn: string, account: string, region: string,
 *   type: 'LAUNCH' | 'TERMINATE', initiatedBy: string, isDrill: boolean, createdAt: number,
 *   startAt: number, endAt: number, tags: Record<string, string>,
 *   servers: Participant[] }} Job
 * @typedef {{ id: string, arn: string, sourceServerID: string, server: SourceServer,
 *   jobID: string, isDrill: boolean, snapshotAt: number, launchedAt: number,
 *   tags: Record<string, string>, instance: Instance }} RecoveryInstance
 */

export class Jobs {
  /**
   * @param {import('./scenario.js').World} world
   * @param {import('./clock.js').Clock} clock
   * @param {{ schedule(at: number, run: () => void): void,
   *   replicationOf(server: SourceServer): { state: string } }} engine
   */
  constructor(world, clock, engine) {
    this.world = world
    this.clock = clock
    this.due = engine
    for (const { region, spec } of world.declaredRecoveryInstances) this.declare(region, spec)
    for (const { region, serverId, spec } of world.declaredActiveJobs) {
      const server = /** @type {SourceServer} */ (region.sourceServers.get(serverId))
      const remaining = spec.remainingSeconds ?? 3600
      this.launch(region, [{ server, snapshotId: null }], {
        isDrill: spec.isDrill ?? true,
        tags: spec.tags ?? {},
        createdAt: -60,
        launchSeconds: remaining + 50
      })
    }
  }

  /** @param {Region} region @param {SourceServer} server */
  drillSpec(region, server) {
    const inst = server.instanceId ? this.world.instances.get(server.instanceId) : undefined
    return {
      ...DRILL_DEFAULTS,
      ...this.world.drill,
      ...region.drill,
      ...(inst?.drill ?? {}),
      ...(server.drill ?? {})
    }
  }

  /** @param {Job} job @param {number} [t] */
  status(job, t = this.clock.now()) {
    if (t < job.startAt) return 'PENDING'
    return t < job.endAt ? 'STARTED' : 'COMPLETED'
  }

  /** @param {Participant} p @param {number} [t] */
  launchStatus(p, t = this.clock.now()) {
    if (t < p.startAt) return 'PENDING'
    if (t < p.endAt) return 'IN_PROGRESS'
    return p.outcome
  }

  /** Jobs of the region not yet COMPLETED. @param {Region} region */
  active(region) {
    const now = this.clock.now()
    return region.jobList.filter(job => this.status(job, now) !== 'COMPLETED')
  }

  /**
   * @param {Region} region
   * @param {'LAUNCH' | 'TERMINATE'} type
   * @param {string} initiatedBy
   * @param {boolean} isDrill
   * @param {number} createdAt
   * @param {number} startAt
   * @param {Record<string, string>} tags
   * @returns {Job}
   */
  newJob(region, type, initiatedBy, isDrill, createdAt, startAt, tags) {
    const id = `drsjob-${hashHex('job', region.account, region.name, region.jobList.length).slice(0, 17)}`
    /** @type {Job} */
    const job = {
      id,
      arn: `arn:aws:drs:${region.name}:${region.account}:job/${id}`,
      account: region.account,
      region: region.name,
      type,
      initiatedBy,
      isDrill,
      createdAt,
      startAt,
      endAt: startAt + 1,
      tags,
      servers: []
    }
    region.jobs.set(id, job)
    region.jobList.push(job)
    return job
  }

  /**
   * StartRecovery (validated by the caller): a LAUNCH job whose servers go PENDING ->
   * IN_PROGRESS -> LAUNCHED or FAILED; each launched one gets a recovery instance.
   * @param {Region} region
   * @param {Array<{ server: SourceServer, snapshotId: string | null }>} requests
   * @param {{ isDrill: boolean, tags: Record<string, string>, createdAt?: number,
   *   launchSeconds?: number }} options
   */
  launch(region, requests, options) {
    const now = options.createdAt ?? this.clock.now()
    const first = requests[0] ? this.drillSpec(region, requests[0].server) : DRILL_DEFAULTS
    const job = this.newJob(
      region,
      'LAUNCH',
      options.isDrill ? 'START_DRILL' : 'START_RECOVERY',
      options.isDrill,
      now,
      now + first.jobStartSeconds,
      options.tags
    )
    for (const { server, snapshotId } of requests) {
      const spec = this.drillSpec(region, server)
      const unsynced = ['INITIATING', 'INITIAL_SYNC'].includes(this.stateOf(server))
      const failed = unsynced || spec.outcome === 'FAILED'
      const failEvent = unsynced ? 'SNAPSHOT_FAIL' : failed ? spec.failEvent : null
      const launchSeconds = options.launchSeconds ?? spec.launchSeconds
      /** @type {Participant} */
      const p = {
        sourceServerID: server.id,
        server,
        recoveryInstanceID: null,
        startAt: job.startAt,
        endAt: job.startAt + launchSeconds * (failEvent ? (FAIL_AT[failEvent] ?? 1) : 1),
        outcome: failed ? 'FAILED' : 'LAUNCHED',
        failEvent,
        rawError: unsynced
          ? `Source server ${server.id} has no recovery snapshot yet: initial sync has not completed.`
          : failed
            ? spec.rawError
            : null,
        snapshotAt:
          now - (server.lagSeconds ?? 0) - (snapshotId ? 600 : 0) - spec.snapshotAgeSeconds,
        previousSnapshot: snapshotId !== null,
        launchSeconds
      }
      job.servers.push(p)
      job.endAt = Math.max(job.endAt, p.endAt)
      server.lastLaunch = {
        apiCallAt: now,
        jobID: job.id,
        type: options.isDrill ? 'DRILL' : 'RECOVERY',
        status: 'PENDING'
      }
      server.lastLaunchResult = 'PENDING'
      const launch = server.lastLaunch
      this.due.schedule(p.startAt, () => {
        if (server.lastLaunch === launch) launch.status = 'IN_PROGRESS'
      })
      this.due.schedule(p.endAt, () => this.finishLaunch(region, job, p, spec, launch))
    }
    return job
  }

  /** @param {SourceServer} server */
  stateOf(server) {
    return this.due.replicationOf(server).state
  }

  /**
   * @param {Region} region
   * @param {Job} job
   * @param {Participant} p
   * @param {typeof DRILL_DEFAULTS} spec
   * @param {import('./scenario.js').LastLaunch} launch
   */
  finishLaunch(region, job, p, spec, launch) {
    const server = p.server
    if (server.lastLaunch === launch) {
      launch.status = p.outcome
      server.lastLaunchResult = p.outcome === 'LAUNCHED' ? 'SUCCEEDED' : 'FAILED'
    }
    if (p.outcome !== 'LAUNCHED') return
    // DRS keeps one recovery instance per source server: a new launch replaces the old one
    const previous = server.recoveryInstanceId
      ? region.recoveryInstances.get(server.recoveryInstanceId)
      : undefined
    if (previous) this.terminateInstance(region, previous, p.endAt, p.endAt + spec.terminateSeconds)
    const ri = this.createRecoveryInstance(region, job, p, spec, p.endAt)
    p.recoveryInstanceID = ri.id
  }

  /**
   * The EC2 instance DRS launched, and the recovery instance that names it.
   * @param {Region} region
   * @param {Job} job
   * @param {Participant} p
   * @param {typeof DRILL_DEFAULTS} spec
   * @param {number} at
   * @param {string} [ec2Id]
   */
  createRecoveryInstance(region, job, p, spec, at, ec2Id) {
    const server = p.server
    const source = server.instanceId ? this.world.instances.get(server.instanceId) : undefined
    const id = ec2Id ?? `i-${hashHex('recovery', job.id, server.id).slice(0, 17)}`
    const inst = this.world.addInstance(region, {
      id,
      name: source?.name ?? server.hostname,
      platform: source?.platform ?? (server.os.startsWith('Microsoft') ? 'Windows' : 'Linux'),
      pingStatus: null,
      instanceProfile: null,
      launchTime: new Date(this.clock.wallMs(at)).toISOString()
    })
    inst.checks = {
      from: at,
      okAt: at + spec.statusOkAfterSeconds,
      result: /** @type {any} */ (spec.statusChecks)
    }
    if (spec.ssm) {
      const online = () => {
        if (inst.state !== 'running') return
        inst.pingStatus = 'Online'
        region.managedList.push(inst)
      }
      const onlineAt = at + spec.ssmOnlineAfterSeconds
      if (onlineAt <= this.clock.now()) online()
      else this.due.schedule(onlineAt, online)
    }
    /** @type {RecoveryInstance} */
    const ri = {
      id,
      arn: `arn:aws:drs:${region.name}:${region.account}:recovery-instance/${id}`,
      sourceServerID: server.id,
      server,
      jobID: job.id,
      isDrill: job.isDrill,
      snapshotAt: p.snapshotAt,
      launchedAt: at,
      tags: { ...job.tags },
      instance: inst
    }
    region.recoveryInstances.set(id, ri)
    server.recoveryInstanceId = id
    return ri
  }

  /**
   * TerminateRecoveryInstances (validated by the caller): a TERMINATE job; each EC2 instance goes
   * shutting-down when the job starts and terminated when its server's part ends.
   * @param {Region} region
   * @param {RecoveryInstance[]} instances
   */
  terminate(region, instances) {
    const now = this.clock.now()
    const first = instances[0] ? this.drillSpec(region, instances[0].server) : DRILL_DEFAULTS
    const job = this.newJob(
      region,
      'TERMINATE',
      'TERMINATE_RECOVERY_INSTANCES',
      instances.some(ri => ri.isDrill),
      now,
      now + Math.min(5, first.jobStartSeconds),
      {}
    )
    for (const ri of instances) {
      const spec = this.drillSpec(region, ri.server)
      /** @type {Participant} */
      const p = {
        sourceServerID: ri.sourceServerID,
        server: ri.server,
        recoveryInstanceID: ri.id,
        startAt: job.startAt,
        endAt: job.startAt + spec.terminateSeconds,
        outcome: 'TERMINATED',
        failEvent: null,
        rawError: null,
        snapshotAt: ri.snapshotAt,
        previousSnapshot: false,
        launchSeconds: spec.terminateSeconds
      }
      job.servers.push(p)
      job.endAt = Math.max(job.endAt, p.endAt)
      this.terminateInstance(region, ri, p.startAt, p.endAt)
    }
    return job
  }

  /**
   * @param {Region} region
   * @param {RecoveryInstance} ri
   * @param {number} from shutting-down
   * @param {number} until terminated (and gone from DRS; from EC2 an hour later)
   */
  terminateInstance(region, ri, from, until) {
    const inst = ri.instance
    this.due.schedule(from, () => {
      if (inst.state === 'running' || inst.state === 'pending') inst.state = 'shutting-down'
    })
    this.due.schedule(until, () => {
      inst.state = 'terminated'
      inst.pingStatus = null
      const at = region.managedList.indexOf(inst)
      if (at >= 0) region.managedList.splice(at, 1)
      if (inst.goneAt === null) region.expiring++
      inst.goneAt = until + TERMINATED_VISIBLE_SECONDS
      region.recoveryInstances.delete(ri.id)
      if (ri.server.recoveryInstanceId === ri.id) ri.server.recoveryInstanceId = null
    })
  }

  /**
   * A recovery instance the scenario declares (a recovery, or a drill someone else launched),
   * with the completed job that launched it.
   * @param {Region} region
   * @param {any} spec
   */
  declare(region, spec) {
    const server = spec.sourceServerID
      ? region.sourceServers.get(String(spec.sourceServerID))
      : region.serversByInstance.get(String(spec.instanceId))
    if (!server) {
      throw new Error(
        `scenario: recovery instance for unknown source server ${spec.sourceServerID ?? spec.instanceId}`
      )
    }
    const launchedAt = -(spec.launchedSecondsAgo ?? 3600)
    const isDrill = spec.isDrill ?? false
    const job = this.newJob(
      region,
      'LAUNCH',
      isDrill ? 'START_DRILL' : 'START_RECOVERY',
      isDrill,
      launchedAt - 610,
      launchedAt - 600,
      spec.jobTags ?? {}
    )
    /** @type {Participant} */
    const p = {
      sourceServerID: server.id,
      server,
      recoveryInstanceID: null,
      startAt: job.startAt,
      endAt: launchedAt,
      outcome: 'LAUNCHED',
      failEvent: null,
      rawError: null,
      snapshotAt: job.createdAt - (spec.snapshotAgeSeconds ?? 0),
      previousSnapshot: false,
      launchSeconds: 600
    }
    job.servers.push(p)
    job.endAt = launchedAt
    const drill = { ...this.drillSpec(region, server), ...spec }
    const ri = this.createRecoveryInstance(region, job, p, drill, launchedAt, spec.ec2InstanceID)
    ri.tags = { ...(spec.tags ?? {}) }
    p.recoveryInstanceID = ri.id
    server.lastLaunch = {
      apiCallAt: job.createdAt,
      jobID: job.id,
      type: isDrill ? 'DRILL' : 'RECOVERY',
      status: 'LAUNCHED'
    }
    server.lastLaunchResult = 'SUCCEEDED'
  }

  /** Every job of every region, now (for test assertions). */
  snapshot() {
    const now = this.clock.now()
    return this.regions().flatMap(r =>
      r.jobList.map(job => ({
        id: job.id,
        account: job.account,
        region: job.region,
        type: job.type,
        initiatedBy: job.initiatedBy,
        isDrill: job.isDrill,
        status: this.status(job, now),
        createdAt: job.createdAt,
        endAt: job.endAt,
        tags: job.tags,
        servers: job.servers.map(p => ({
          sourceServerID: p.sourceServerID,
          recoveryInstanceID: p.recoveryInstanceID,
          launchStatus: this.launchStatus(p, now)
        }))
      }))
    )
  }

  /** Every recovery instance that exists now (for test assertions). */
  recoveryInstanceSnapshot() {
    return this.regions().flatMap(r =>
      [...r.recoveryInstances.values()].map(ri => ({
        id: ri.id,
        account: r.account,
        region: r.name,
        sourceServerID: ri.sourceServerID,
        jobID: ri.jobID,
        isDrill: ri.isDrill,
        ec2State: ri.instance.state
      }))
    )
  }

  regions() {
    return [...this.world.accounts.values()].flatMap(a => [...a.regions.values()])
  }

  /**
   * The job's log as DRS lists it at time t: JOB_START, per server the snapshot, conversion and
   * launch steps (or cleanup for TERMINATE), failures with their rawError, JOB_END.
   * @param {Job} job
   * @param {number} [t]
   */
  logItems(job, t = this.clock.now()) {
    /** @type {Array<{ at: number, event: string, eventData?: Record<string, string> }>} */
    const items = [{ at: job.startAt, event: 'JOB_START' }]
    for (const p of job.servers) {
      const data = { sourceServerID: p.sourceServerID }
      /** @param {number} share @param {string} event @param {Record<string, string>} [extra] */
      const add = (share, event, extra = {}) =>
        items.push({
          at: p.startAt + p.launchSeconds * share,
          event,
          eventData: { ...data, ...extra }
        })
      if (job.type === 'TERMINATE') {
        add(0, 'CLEANUP_START', { targetInstanceID: p.recoveryInstanceID ?? '' })
        items.push({ at: p.endAt, event: 'CLEANUP_END', eventData: data })
        continue
      }
      const fail = p.failEvent
      const failure = { rawError: p.rawError ?? '' }
      if (p.previousSnapshot) add(0, 'USING_PREVIOUS_SNAPSHOT')
      else {
        add(0, 'SNAPSHOT_START')
        if (fail === 'SNAPSHOT_FAIL') {
          add(FAIL_AT.SNAPSHOT_FAIL, 'SNAPSHOT_FAIL', failure)
          continue
        }
        add(FAIL_AT.SNAPSHOT_FAIL, 'SNAPSHOT_END')
      }
      add(FAIL_AT.SNAPSHOT_FAIL, 'CONVERSION_START')
      if (fail === 'CONVERSION_FAIL') {
        add(FAIL_AT.CONVERSION_FAIL, 'CONVERSION_FAIL', failure)
        continue
      }
      add(FAIL_AT.CONVERSION_FAIL, 'CONVERSION_END')
      add(FAIL_AT.CONVERSION_FAIL, 'LAUNCH_START')
      if (fail) add(1, 'LAUNCH_FAILED', failure)
    }
    items.push({ at: job.endAt, event: 'JOB_END' })
    return items.filter(item => item.at <= t).sort((a, b) => a.at - b.at)
  }
}
