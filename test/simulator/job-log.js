// @ts-check
// What DRS reports about jobs, computed from their planned times: the log items of
// DescribeJobLogItems, and snapshots of jobs and recovery instances for test assertions.

/**
 * @typedef {import('./jobs.js').Job} Job
 * @typedef {import('./jobs.js').Jobs} Jobs
 */

/** When a failure happens, as a share of launchSeconds. */
/** @type {Record<string, number>} */
export const FAIL_AT = { SNAPSHOT_FAIL: 0.15, CONVERSION_FAIL: 0.5, LAUNCH_FAILED: 1 }

/** @param {Jobs} jobs */
function allRegions(jobs) {
  return [...jobs.world.accounts.values()].flatMap(a => [...a.regions.values()])
}

/** Every job of every region, now. @param {Jobs} jobs */
export function jobsSnapshot(jobs) {
  const now = jobs.clock.now()
  return allRegions(jobs).flatMap(r =>
    r.jobList.map(job => ({
      id: job.id,
      account: job.account,
      region: job.region,
      type: job.type,
      initiatedBy: job.initiatedBy,
      isDrill: job.isDrill,
      status: jobs.status(job, now),
      createdAt: job.createdAt,
      endAt: job.endAt,
      tags: job.tags,
      servers: job.servers.map(p => ({
        sourceServerID: p.sourceServerID,
        recoveryInstanceID: p.recoveryInstanceID,
        launchStatus: jobs.launchStatus(p, now)
      }))
    }))
  )
}

/** Every recovery instance that exists now. @param {Jobs} jobs */
export function recoveryInstancesSnapshot(jobs) {
  return allRegions(jobs).flatMap(r =>
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

/**
 * The job's log as DRS lists it at time t: JOB_START, per server the snapshot, conversion and
 * launch steps (or cleanup for TERMINATE), failures with their rawError, JOB_END.
 * @param {Job} job
 * @param {number} t simulated time
 */
export function logItems(job, t) {
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
