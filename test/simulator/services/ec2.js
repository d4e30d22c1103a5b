// @ts-check
// EC2 (ec2Query): DescribeInstances, and DescribeInstanceStatus from ec2-status.js.

import { asList, awsId, el, globMatch, pageOf, readToken, SimError } from '../util.js'
import { callerRegion, optionalNumber } from './common.js'
import { checkFilterValues, DescribeInstanceStatus, INSTANCE_ID, STATE_CODE } from './ec2-status.js'
const DEFAULT_PAGE = 1000

/**
 * @param {{ Name: string, Values: string[] }} filter
 * @returns {(inst: import('../scenario.js').Instance) => boolean}
 */
function filterFn(filter) {
  const values = filter.Values
  /** @param {string | null | undefined} v */
  const any = v => v !== null && v !== undefined && values.some(pattern => globMatch(pattern, v))
  const name = filter.Name
  if (name.startsWith('tag:')) {
    const key = name.slice(4)
    return inst => any(inst.tags[key])
  }
  switch (name) {
    case 'tag-key':
      return inst => Object.keys(inst.tags).some(k => any(k))
    case 'tag-value':
      return inst => Object.values(inst.tags).some(v => any(v))
    case 'instance-state-name':
      return inst => any(inst.state)
    case 'instance-state-code':
      return inst => any(String(STATE_CODE[inst.state] ?? ''))
    case 'instance-id':
      return inst => any(inst.id)
    case 'platform':
      return inst => any(inst.platform === 'Windows' ? 'windows' : null)
    case 'platform-details':
      return inst => any(platformDetails(inst))
    case 'iam-instance-profile.arn':
      return inst => any(inst.instanceProfile)
    case 'private-ip-address':
      return inst => any(inst.privateIp)
    default:
      throw new SimError('InvalidParameterValue', `The filter '${name}' is invalid`)
  }
}

/** @param {import('../scenario.js').Instance} inst */
function platformDetails(inst) {
  return inst.platform === 'Windows' ? 'Windows' : 'Linux/UNIX'
}

/** @param {import('../scenario.js').Instance} inst */
function instanceXml(inst) {
  const tags = Object.entries(inst.tags).map(([k, v]) => el('item', [el('key', k), el('value', v)]))
  const az = `${inst.region}a`
  const privateDns =
    inst.region === 'us-east-1'
      ? `ip-${inst.privateIp.replace(/\./g, '-')}.ec2.internal`
      : `ip-${inst.privateIp.replace(/\./g, '-')}.${inst.region}.compute.internal`
  const instance = el('item', [
    el('instanceId', inst.id),
    el('imageId', `ami-${inst.id.slice(2, 19).padEnd(17, '0')}`),
    el('instanceState', [el('code', STATE_CODE[inst.state] ?? 16), el('name', inst.state)]),
    el('privateDnsName', privateDns),
    el('dnsName', ''),
    el('instanceType', inst.platform === 'Windows' ? 'm5.large' : 't3.medium'),
    el('launchTime', new Date(inst.launchMs).toISOString()),
    el('placement', [el('availabilityZone', az), el('tenancy', 'default')]),
    inst.platform === 'Windows' ? el('platform', 'windows') : '',
    el('privateIpAddress', inst.privateIp),
    el('architecture', 'x86_64'),
    el('rootDeviceType', 'ebs'),
    el('rootDeviceName', inst.platform === 'Windows' ? '/dev/sda1' : '/dev/xvda'),
    inst.instanceProfile
      ? el('iamInstanceProfile', [
          el('arn', inst.instanceProfile),
          el('id', awsId('AIPA', 21, inst.instanceProfile))
        ])
      : '',
    tags.length > 0 ? el('tagSet', tags) : '',
    el('platformDetails', platformDetails(inst)),
    el('usageOperation', inst.platform === 'Windows' ? 'RunInstances:0002' : 'RunInstances')
  ])
  return el('item', [
    el('reservationId', `r-${inst.id.slice(2)}`),
    el('ownerId', inst.account),
    el('groupSet', []),
    el('instancesSet', [instance])
  ])
}

/** @type {import('./common.js').Service} */
export const ec2 = {
  normalize(_operation, raw) {
    const p = { ...raw }
    delete p.Action
    delete p.Version
    if (p.Filter !== undefined) {
      p.Filters = asList(p.Filter).map((/** @type {any} */ f) => ({
        Name: String(f?.Name ?? ''),
        Values: asList(f?.Value).map(String)
      }))
      delete p.Filter
    }
    if (p.InstanceId !== undefined) {
      p.InstanceIds = asList(p.InstanceId).map(String)
      delete p.InstanceId
    }
    if (p.MaxResults !== undefined) p.MaxResults = Number(p.MaxResults)
    return p
  },

  operations: {
    DescribeInstances(ctx) {
      const p = ctx.params
      /** @type {string[]} */
      const ids = p.InstanceIds ?? []
      /** @type {Array<{ Name: string, Values: string[] }>} */
      const filters = p.Filters ?? []
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
      checkFilterValues(filters)
      const tests = filters.map(filterFn)
      const region = callerRegion(ctx)
      /** @type {import('../scenario.js').Instance[]} */
      let base
      const now = ctx.clock.now()
      /** @param {import('../scenario.js').Instance | undefined} inst */
      const visible = inst => inst !== undefined && (inst.goneAt === null || now < inst.goneAt)
      if (ids.length > 0) {
        const missing = ids.filter(id => !visible(region.instances.get(id)))
        if (missing.length === 1) {
          throw new SimError(
            'InvalidInstanceID.NotFound',
            `The instance ID '${missing[0]}' does not exist`
          )
        }
        if (missing.length > 1) {
          throw new SimError(
            'InvalidInstanceID.NotFound',
            `The instance IDs '${missing.join(', ')}' do not exist`
          )
        }
        base = [...new Set(ids)].map(id => /** @type {any} */ (region.instances.get(id)))
      } else {
        base = region.expiring > 0 ? region.instanceList.filter(visible) : region.instanceList
      }
      const selected = tests.length === 0 ? base : base.filter(inst => tests.every(t => t(inst)))
      const queryKey = JSON.stringify(['ec2', region.account, region.name, ids, filters])
      const offset = readToken(p.NextToken, queryKey)
      if (offset === null) {
        throw new SimError(
          'InvalidPaginationToken',
          `The specified pagination token is not valid: ${p.NextToken}`
        )
      }
      const size = maxResults ?? (ids.length > 0 ? Infinity : DEFAULT_PAGE)
      const { page, nextToken } = pageOf(selected, offset, size, queryKey)
      return el('reservationSet', page.map(instanceXml)) + el('nextToken', nextToken)
    },
    DescribeInstanceStatus
  }
}
