// @ts-check
// The moving parts behind SSM and DRS: command invocations whose status follows simulated time,
// agent registrations that create DRS source servers, and replication that advances over time.
// Everything is computed from timestamps planned when a command is sent, so reading a status is
// O(1) and nothing runs in the background; due registrations are applied by sync().

import { DRS_INSTALL_DOCUMENT, makeSourceServer } from './scenario.js'
import { Jobs } from './jobs.js'
import { hashUnit, MinHeap } from './util.js'

const REGION_PATTERN = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/

/**
 * @typedef {import('./scenario.js').Instance} Instance
 * @typedef {import('./scenario.js').SourceServer} SourceServer
 * @typedef {import('./scenario.js').Region} Region
 * @typedef {{ commandId: string, instanceId: string, instance: Instance | null,
 *   account: string, region: string, documentName: string, comment: string,
 *   requestedAt: number, startAt: number, endAt: number, finalStatus: string,
 *   finalDetails: string, responseCode: number, stdout: string, stderr: string,
 *   pluginName: string, command: Command, targetRegion: string | null,
 *   registerAt: number | null, registeredServerId: string | null, outcome: string }} Invocation
 * @typedef {{ id: string, account: string, region: string, documentName: string, comment: string,
 *   parameters: Record<string, string[]>, instanceIds: string[], targets: any[],
 *   requestedAt: number, timeoutSeconds: number, maxConcurrency: string, maxErrors: string,
 *   maxErrorsCount: number, invocations: Invocation[], byInstance: Map<string, Invocation>,
 *   cancelledAt: number | null, serviceRole: string, principalArn: string }} Command
 */

/** SSM's MaxConcurrency / MaxErrors: a count or a percentage of the targets. */
/** @param {string} value @param {number} targets @param {'ceil' | 'floor'} round */
export function resolveRate(value, targets, round) {
  if (value.endsWith('%')) {
    const pct = Number(value.slice(0, -1))
    const n = (pct / 100) * targets
    return round === 'ceil' ? Math.max(1, Math.ceil(n)) : Math.floor(n)
  }
  return Number(value)
}

export class Engine {
  /**
   * @param {import('./scenario.js').World} world
   * @param {import('./clock.js').Clock} clock
   */
  constructor(world, clock) {
    this.world = world
    this.clock = clock
    /** @type {MinHeap<{ at: number, run: () => void }>} */
    this.due = new MinHeap()
    /** @type {Map<string, Command>} */
    this.commands = new Map()
    /** @type {Invocation[]} */
    this.invocations = []
    /** @type {Map<string, { aud: string, sub: string, expiresAt: number | null, expiresAtMs: number, claims: any }>} */
    this.oidcTokens = new Map()
    /** @type {Array<any>} */
    this.messages = []
    /** DRS jobs and recovery instances (drills) */
    this.jobs = new Jobs(world, clock, this)
  }

  /** Applies everything that fell due up to now (registrations). */
  sync() {
    const now = this.clock.now()
    for (let next = this.due.peek(); next && next.at <= now; next = this.due.peek()) {
      this.due.pop()
      next.run()
    }
  }

  /** @param {number} at @param {() => void} run */
  schedule(at, run) {
    this.due.push({ at, run })
  }

  // ---- SSM commands ---------------------------------------------------------------------------

  /**
   * Plans every invocation of a new command: when it leaves Pending, when it ends, how.
   * MaxConcurrency limits how many run at once; once more than MaxErrors invocations failed,
   * invocations not yet started end as Terminated.
   * @param {Command} cmd
   * @param {Instance[]} targets
   * @param {import('./scenario.js').SsmDocument} doc
   */
  plan(cmd, targets, doc) {
    const now = cmd.requestedAt
    const n = targets.length
    const concurrency = resolveRate(cmd.maxConcurrency, n, 'ceil')
    const maxErrors = resolveRate(cmd.maxErrors, n, 'floor')
    cmd.maxErrorsCount = maxErrors
    /** @type {MinHeap<{ at: number }>} */
    const running = new MinHeap()
    /** @type {number[]} */
    const errorEnds = []
    const delivery = this.world.ssm.deliverySeconds
    const targetRegionName = cmd.parameters.Region?.[0] ?? null

    for (const inst of targets) {
      let start = now
      if (running.size >= concurrency)
        start = Math.max(now, /** @type {{ at: number }} */ (running.pop()).at)
      /** @type {Invocation} */
      const inv = {
        commandId: cmd.id,
        instanceId: inst.id,
        instance: inst,
        account: cmd.account,
        region: cmd.region,
        documentName: cmd.documentName,
        comment: cmd.comment,
        requestedAt: now,
        startAt: start,
        endAt: start,
        finalStatus: 'Success',
        finalDetails: 'Success',
        responseCode: 0,
        stdout: '',
        stderr: '',
        pluginName: doc.plugin[inst.platform],
        command: cmd,
        targetRegion: doc.installs ? targetRegionName : null,
        registerAt: null,
        registeredServerId: null,
        outcome: 'Success'
      }
      const threshold = errorEnds.length > maxErrors ? errorEnds[maxErrors] : Infinity
      if (start >= threshold) {
        inv.outcome = 'Terminated'
        inv.startAt = inv.endAt = Math.max(now, threshold)
        inv.finalStatus = 'Failed'
        inv.finalDetails = 'Terminated'
        inv.responseCode = -1
        running.push({ at: start })
      } else {
        this.planOne(inv, inst, doc, start, delivery, cmd.timeoutSeconds)
        running.push({ at: inv.endAt })
        if (inv.finalDetails === 'Failed' || inv.finalDetails === 'ExecutionTimedOut') {
          insertSorted(errorEnds, inv.endAt)
        }
      }
      cmd.invocations.push(inv)
      cmd.byInstance.set(inst.id, inv)
      this.invocations.push(inv)
    }
  }

  /**
   * @param {Invocation} inv
   * @param {Instance} inst
   * @param {import('./scenario.js').SsmDocument} doc
   * @param {number} start
   * @param {number} delivery
   * @param {number} deliveryTimeout
   */
  planOne(inv, inst, doc, start, delivery, deliveryTimeout) {
    const reachable = inst.pingStatus === 'Online' && inst.state === 'running'
    const spec = inst.install
    let outcome = doc.installs ? spec.outcome : 'Success'
    let errorText = spec.errorText
    let duration = doc.installs ? spec.durationSeconds : 1
    if (doc.installs && spec.jitterSeconds > 0) {
      duration += (hashUnit(inst.id, inv.commandId) * 2 - 1) * spec.jitterSeconds
    }
    duration = Math.max(1, duration)
    const targetRegion = inv.targetRegion
    if (doc.installs && outcome === 'Success' && targetRegion) {
      const acct = this.world.accounts.get(inv.account)
      const r = acct?.regions.get(targetRegion)
      if (!REGION_PATTERN.test(targetRegion) || (r && !r.enabled)) {
        outcome = 'Failed'
        errorText = `Failed to reach the Elastic Disaster Recovery endpoint drs.${targetRegion}.amazonaws.com: Could not connect to the endpoint URL.\nFailed to install the AWS Replication Agent.`
      } else if (!r || !r.drsInitialized) {
        outcome = 'Failed'
        errorText = `UninitializedAccountException: Account ${inv.account} is not initialized for AWS Elastic Disaster Recovery in ${targetRegion}.\nFailed to install the AWS Replication Agent.`
      } else if (spec.registers && !r.serversByInstance.has(inst.id)) {
        // DRS's replicating-server quota: a new server beyond it is refused at registration,
        // so the installer fails (servers already planned to register count too).
        const limit = this.world.drsQuotas.replicatingServers
        if (this.replicatingCount(r) >= limit) {
          outcome = 'Failed'
          errorText = `ServiceQuotaExceededException: Account ${inv.account} has reached the limit of ${limit} replicating source servers in ${targetRegion}.\nFailed to install the AWS Replication Agent.`
        }
      }
    }
    if (!reachable && outcome !== 'Undeliverable') outcome = 'DeliveryTimedOut'
    inv.outcome = outcome
    const region = targetRegion ?? inst.region
    const downloading = `Downloading the AWS Replication Agent installer from aws-drs-installer-${region}...`
    const ran = doc.installs
      ? `${downloading}\nInstalling the AWS Replication Agent...`
      : 'Running the commands...'
    switch (outcome) {
      case 'Success':
        inv.startAt = start + delivery
        inv.endAt = inv.startAt + duration
        inv.stdout = doc.installs
          ? `${ran}\nThe installation of the AWS Replication Agent has finished.\nSource server registered with AWS Elastic Disaster Recovery in ${region}.`
          : ran
        if (doc.installs && spec.registers && targetRegion) {
          const acct = this.world.accounts.get(inv.account)
          const r = acct?.regions.get(targetRegion)
          const after = spec.registerAfterSeconds ?? r?.replication.registerAfterSeconds ?? 30
          inv.registerAt = Math.max(inv.startAt, inv.endAt + after)
          if (r && !r.serversByInstance.has(inst.id)) r.plannedRegistrations.add(inst.id)
          const at = inv.registerAt
          this.schedule(at, () => this.register(inv, at))
        }
        break
      case 'Failed':
        inv.startAt = start + delivery
        inv.endAt = inv.startAt + duration
        inv.finalStatus = 'Failed'
        inv.finalDetails = 'Failed'
        inv.responseCode = spec.responseCode
        inv.stdout = ran
        inv.stderr = errorText
        break
      case 'TimedOut':
      case 'ExecutionTimedOut':
        inv.outcome = 'TimedOut'
        inv.startAt = start + delivery
        inv.endAt = inv.startAt + duration
        inv.finalStatus = 'TimedOut'
        inv.finalDetails = 'ExecutionTimedOut'
        inv.responseCode = -1
        inv.stdout = ran
        inv.stderr = 'Execution timed out.'
        break
      case 'Cancelled':
        inv.startAt = start + delivery
        inv.endAt = inv.startAt + duration
        inv.finalStatus = 'Cancelled'
        inv.finalDetails = 'Cancelled'
        inv.responseCode = -1
        inv.stdout = ran
        break
      case 'Undeliverable':
        inv.startAt = inv.endAt = start + delivery
        inv.finalStatus = 'Failed'
        inv.finalDetails = 'Undeliverable'
        inv.responseCode = -1
        break
      default:
        // DeliveryTimedOut (also every instance that is not reachable)
        inv.outcome = 'DeliveryTimedOut'
        inv.startAt = inv.endAt = start + deliveryTimeout
        inv.finalStatus = 'TimedOut'
        inv.finalDetails = 'DeliveryTimedOut'
        inv.responseCode = -1
    }
  }

  /** @param {Invocation} inv */
  endOf(inv) {
    const cancelled = inv.command.cancelledAt
    return cancelled !== null && cancelled < inv.endAt ? cancelled : inv.endAt
  }

  /**
   * The invocation's Status and StatusDetails at simulated time t.
   * @param {Invocation} inv
   * @param {number} [t]
   * @returns {{ status: string, details: string, terminal: boolean, started: boolean }}
   */
  statusOf(inv, t = this.clock.now()) {
    const cancelled = inv.command.cancelledAt
    if (cancelled !== null && cancelled < inv.endAt && t >= cancelled) {
      return {
        status: 'Cancelled',
        details: 'Cancelled',
        terminal: true,
        started: cancelled > inv.startAt
      }
    }
    if (t >= inv.endAt) {
      return {
        status: inv.finalStatus,
        details: inv.finalDetails,
        terminal: true,
        started: inv.startAt < inv.endAt
      }
    }
    if (t >= inv.startAt)
      return { status: 'InProgress', details: 'InProgress', terminal: false, started: true }
    return { status: 'Pending', details: 'Pending', terminal: false, started: false }
  }

  /** @param {Invocation} inv @param {number} [t] */
  visible(inv, t = this.clock.now()) {
    return t >= inv.requestedAt + this.world.ssm.invocationVisibleAfterSeconds
  }

  /**
   * Command-level Status, StatusDetails and counts, derived from the invocations as SSM does.
   * @param {Command} cmd
   * @param {number} [t]
   */
  commandStatus(cmd, t = this.clock.now()) {
    let completed = 0
    let errors = 0
    let deliveryTimedOut = 0
    let success = 0
    let cancelled = 0
    let started = 0
    for (const inv of cmd.invocations) {
      const s = this.statusOf(inv, t)
      if (s.started || s.terminal) started++
      if (!s.terminal) continue
      completed++
      if (s.details === 'Success') success++
      else if (s.details === 'Failed' || s.details === 'ExecutionTimedOut') errors++
      else if (s.details === 'DeliveryTimedOut') deliveryTimedOut++
      else if (s.details === 'Cancelled') cancelled++
    }
    const n = cmd.invocations.length
    let status
    let details
    if (completed < n) {
      if (cmd.cancelledAt !== null && t >= cmd.cancelledAt) {
        status = details = 'Cancelling'
      } else if (started === 0) {
        status = details = 'Pending'
      } else {
        status = details = 'InProgress'
      }
    } else if (cancelled > 0 && cmd.cancelledAt !== null) {
      status = details = 'Cancelled'
    } else if (success === n) {
      status = details = 'Success'
    } else if (errors > 0 && errors >= cmd.maxErrorsCount) {
      status = details = 'Failed'
    } else if (
      deliveryTimedOut > 0 &&
      deliveryTimedOut + errors >= Math.max(1, cmd.maxErrorsCount)
    ) {
      status = 'TimedOut'
      details = 'DeliveryTimedOut'
    } else {
      status = 'Success'
      details = 'Incomplete'
    }
    return {
      status,
      details,
      targetCount: n,
      completedCount: completed,
      errorCount: errors,
      deliveryTimedOutCount: deliveryTimedOut
    }
  }

  // ---- DRS -------------------------------------------------------------------------------------

  /**
   * The agent registered: a source server appears in the target region (or the existing one for
   * the same instance starts replicating again).
   * @param {Invocation} inv
   * @param {number} at
   */
  register(inv, at) {
    const inst = /** @type {Instance} */ (inv.instance)
    const r = this.world.region(inv.account, /** @type {string} */ (inv.targetRegion))
    r.plannedRegistrations.delete(inst.id)
    const cancelled = inv.command.cancelledAt
    if (cancelled !== null && cancelled < inv.endAt) return
    const tags = parseTagList(inv.command.parameters.Tags?.[0] ?? '')
    const existing = r.serversByInstance.get(inst.id)
    const initialSync = inst.install.initialSyncSeconds ?? r.replication.initialSyncSeconds
    if (existing) {
      existing.registeredAt = at
      existing.fixedState = null
      existing.stalled = inst.install.stalled
      existing.stalledError = inst.install.stalledError
      existing.initialSyncSeconds = initialSync
      existing.tags = { ...existing.tags, ...tags }
      existing.commandId = inv.commandId
      inv.registeredServerId = existing.id
      return
    }
    const server = makeSourceServer(r, {
      instanceId: inst.id,
      hostname: inst.hostname,
      originRegion: inst.region,
      tags,
      registeredAt: at,
      stalled: inst.install.stalled,
      stalledError: inst.install.stalledError,
      initialSyncSeconds: initialSync,
      initiatingSeconds: r.replication.initiatingSeconds ?? Math.round(initialSync * 0.2),
      os:
        inst.platform === 'Windows'
          ? 'Microsoft Windows Server 2022 Datacenter'
          : 'Amazon Linux 2023 (kernel 6.1)',
      commandId: inv.commandId
    })
    this.world.sourceServers.set(server.id, server)
    inv.registeredServerId = server.id
  }

  /**
   * Source servers that count against DRS's replicating-server quota in a region: not archived,
   * not STOPPED or DISCONNECTED, plus the registrations already planned.
   * @param {any} r
   */
  replicatingCount(r) {
    let count = r.plannedRegistrations.size
    for (const server of r.serverList) {
      if (server.archived) continue
      const { state } = this.replicationOf(server)
      if (state !== 'STOPPED' && state !== 'DISCONNECTED') count++
    }
    return count
  }

  /**
   * @param {SourceServer} server
   * @param {number} [t]
   * @returns {{ state: string, error: { error: string, rawError: string } | null }}
   */
  replicationOf(server, t = this.clock.now()) {
    const stalledError = {
      error: server.stalledError,
      rawError:
        server.errorRaw ??
        `Failed to connect the AWS Replication Agent on ${server.hostname} to the replication server on TCP port 1500.`
    }
    if (server.fixedState) {
      return {
        state: server.fixedState,
        error: server.explicitError ?? (server.fixedState === 'STALLED' ? stalledError : null)
      }
    }
    const elapsed = t - server.registeredAt
    if (elapsed < server.initiatingSeconds) return { state: 'INITIATING', error: null }
    if (server.stalled) return { state: 'STALLED', error: stalledError }
    if (elapsed < server.initialSyncSeconds) return { state: 'INITIAL_SYNC', error: null }
    return { state: 'CONTINUOUS', error: null }
  }

  // ---- snapshots for tests ---------------------------------------------------------------------

  /** @param {Invocation} inv */
  invocationSnapshot(inv) {
    const s = this.statusOf(inv)
    return {
      commandId: inv.commandId,
      instanceId: inv.instanceId,
      account: inv.account,
      region: inv.region,
      documentName: inv.documentName,
      targetRegion: inv.targetRegion,
      status: s.status,
      statusDetails: s.details,
      outcome: inv.outcome,
      requestedAt: inv.requestedAt,
      startedAt: inv.startAt,
      finishedAt: this.endOf(inv),
      finished: s.terminal,
      registerAt: inv.registerAt,
      sourceServerId: inv.registeredServerId
    }
  }

  /** Every install the simulator ran (the agent document), with simulated and wall-clock times. */
  installs() {
    return this.invocations
      .filter(inv => inv.targetRegion !== null || inv.documentName === DRS_INSTALL_DOCUMENT)
      .map(inv => {
        const snap = this.invocationSnapshot(inv)
        return {
          ...snap,
          finishedAtMs: snap.finished ? this.clock.wallMs(snap.finishedAt) : null
        }
      })
  }
}

/** `k=v,k=v` (the install document's Tags parameter) -> object */
/** @param {string} text */
export function parseTagList(text) {
  /** @type {Record<string, string>} */
  const tags = {}
  for (const part of text.split(/[,\n]/)) {
    const at = part.indexOf('=')
    if (at > 0) tags[part.slice(0, at).trim()] = part.slice(at + 1).trim()
  }
  return tags
}

/** @param {number[]} sorted @param {number} value */
function insertSorted(sorted, value) {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] <= value) lo = mid + 1
    else hi = mid
  }
  sorted.splice(lo, 0, value)
}
