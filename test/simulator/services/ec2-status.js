// @ts-check
// EC2 (ec2Query): DescribeInstanceStatus — the instance and system status checks a drill waits
// for. A recovery instance's checks are `initializing` until its `checks.okAt`, then what the
// scenario says (ok, impaired, system-impaired, or initializing for ever); other running
// instances are `ok`.

import { el, globMatch, pageOf, readToken, SimError } from '../util.js'
import { callerRegion, optionalNumber } from './common.js'

export const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/
/** @type {Record<string, number>} */
export const STATE_CODE = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80
}

/** Filter values EC2 accepts in one call, over all filters. */
export const FILTER_VALUES_MAX = 200

/** @param {Array<{ Values: string[] }>} filters */
export function checkFilterValues(filters) {
  const total = filters.reduce((n, f) => n + f.Values.length, 0)
  if (total > FILTER_VALUES_MAX) {
    throw new SimError(
      'FilterLimitExceeded',
      `The maximum number of filter values specified on a single call is ${FILTER_VALUES_MAX}`
    )
  }
}

/** @typedef {import('../scenario.js').Instance} Instance */
/** @typedef {{ instance: string, system: string, since: number | null }} Checks */

/**
 * @param {Instance} inst
 * @param {number} now
 * @returns {Checks}
 */
export function checksOf(inst, now) {
  if (inst.state !== 'running') {
    return { instance: 'not-applicable', system: 'not-applicable', since: null }
  }
  const c = inst.checks
  if (!c) return { instance: 'ok', system: 'ok', since: null }
  if (now < c.okAt || c.result === 'initializing') {
    return { instance: 'initializing', system: 'initializing', since: null }
  }
  switch (c.result) {
    case 'impaired':
      return { instance: 'impaired', system: 'ok', since: c.okAt }
    case 'system-impaired':
      return { instance: 'impaired', system: 'impaired', since: c.okAt }
    case 'insufficient-data':
      return { instance: 'insufficient-data', system: 'insufficient-data', since: null }
    default:
      return { instance: 'ok', system: 'ok', since: null }
  }
}

/** @param {string} status */
function reachability(status) {
  switch (status) {
    case 'ok':
      return 'passed'
    case 'impaired':
      return 'failed'
    case 'initializing':
      return 'initializing'
    default:
      return 'insufficient-data'
  }
}

/**
 * @param {{ Name: string, Values: string[] }} filter
 * @param {number} now
 * @returns {(inst: Instance) => boolean}
 */
function statusFilter(filter, now) {
  /** @param {string | null | undefined} v */
  const any = v =>
    v !== null && v !== undefined && filter.Values.some(pattern => globMatch(pattern, v))
  switch (filter.Name) {
    case 'instance-id':
      return inst => any(inst.id)
    case 'instance-state-name':
      return inst => any(inst.state)
    case 'instance-state-code':
      return inst => any(String(STATE_CODE[inst.state] ?? ''))
    case 'availability-zone':
      return inst => any(`${inst.region}a`)
    case 'instance-status.status':
      return inst => any(checksOf(inst, now).instance)
    case 'system-status.status':
      return inst => any(checksOf(inst, now).system)
    case 'instance-status.reachability':
      return inst => any(reachability(checksOf(inst, now).instance))
    case 'system-status.reachability':
      return inst => any(reachability(checksOf(inst, now).system))
    default:
      throw new SimError('InvalidParameterValue', `The filter '${filter.Name}' is invalid`)
  }
}

/**
 * @param {string} status
 * @param {number | null} since
 * @param {(sim: number) => string} iso
 */
function summaryXml(status, since, iso) {
  const detail = el('item', [
    el('name', 'reachability'),
    el('status', reachability(status)),
    since !== null && status === 'impaired' ? el('impairedSince', iso(since)) : ''
  ])
  return [el('status', status), status === 'not-applicable' ? '' : el('details', [detail])]
}

/** @type {import('./common.js').Handler} */
export function DescribeInstanceStatus(ctx) {
  const p = ctx.params
  /** @type {string[]} */
  const ids = p.InstanceIds ?? []
  const maxResults = optionalNumber(p.MaxResults)
  for (const id of ids) {
    if (!INSTANCE_ID.test(id))
      throw new SimError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`)
  }
  if (maxResults !== undefined && ids.length > 0) {
    throw new SimError(
      'InvalidParameterCombination',
      'The parameter instancesSet cannot be used with the parameter maxResults'
    )
  }
  if (
    maxResults !== undefined &&
    (!Number.isInteger(maxResults) || maxResults < 5 || maxResults > 1000)
  ) {
    throw new SimError(
      'InvalidParameterValue',
      `Value ( ${p.MaxResults} ) for parameter maxResults is invalid. Expecting a value ${maxResults < 5 ? 'greater than 5' : 'less than 1000'}.`
    )
  }
  checkFilterValues(p.Filters ?? [])
  const now = ctx.clock.now()
  /** @type {Array<(inst: Instance) => boolean>} */
  const tests = (p.Filters ?? []).map((/** @type {any} */ f) => statusFilter(f, now))
  const region = callerRegion(ctx)
  /** @param {Instance | undefined} inst */
  const visible = inst => inst !== undefined && (inst.goneAt === null || now < inst.goneAt)
  const missing = ids.filter(id => !visible(region.instances.get(id)))
  if (missing.length > 0) {
    throw new SimError(
      'InvalidInstanceID.NotFound',
      missing.length === 1
        ? `The instance ID '${missing[0]}' does not exist`
        : `The instance IDs '${missing.join(', ')}' do not exist`
    )
  }
  const includeAll = String(p.IncludeAllInstances) === 'true'
  const base =
    ids.length > 0
      ? [...new Set(ids)].map(id => /** @type {Instance} */ (region.instances.get(id)))
      : region.instanceList.filter(visible)
  const selected = base.filter(
    inst => (includeAll || inst.state === 'running') && tests.every(t => t(inst))
  )
  const key = JSON.stringify(['ec2-status', region.account, region.name, ids, p.Filters ?? []])
  const offset = readToken(p.NextToken, key)
  if (offset === null) {
    throw new SimError(
      'InvalidPaginationToken',
      `The specified pagination token is not valid: ${p.NextToken}`
    )
  }
  const { page, nextToken } = pageOf(selected, offset, maxResults ?? 1000, key)
  const iso = (/** @type {number} */ sim) => new Date(ctx.clock.wallMs(sim)).toISOString()
  const items = page.map(inst => {
    const c = checksOf(inst, now)
    return el('item', [
      el('instanceId', inst.id),
      el('availabilityZone', `${inst.region}a`),
      el('instanceState', [el('code', STATE_CODE[inst.state] ?? 16), el('name', inst.state)]),
      el('instanceStatus', summaryXml(c.instance, c.since, iso)),
      el('systemStatus', summaryXml(c.system, c.since, iso))
    ])
  })
  return el('instanceStatusSet', items) + el('nextToken', nextToken)
}
