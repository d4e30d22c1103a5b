// @ts-check
// Elastic Disaster Recovery initialisation (REST-JSON): InitializeService (204, no body),
// DescribeReplicationConfigurationTemplates and CreateReplicationConfigurationTemplate, with the
// API reference's constraints. A region the scenario lists as initialised holds one default
// template (what the console's first-time set-up leaves); a region initialised here holds none
// until one is created. Templates live beside the scenario's regions, keyed by region.

import { awsId, hashHex, pageOf, readToken, SimError } from '../util.js'
import { callerRegion, optionalNumber } from './common.js'
import { initializedRegion, validation } from './drs-jobs.js'

/** @typedef {import('./common.js').Ctx} Ctx */
/** @typedef {import('../scenario.js').Region} Region */

const SUBNET_ID = /^subnet-[0-9a-fA-F]{8,}$/
const SECURITY_GROUP_ID = /^sg-[0-9a-fA-F]{8,}$/
const TEMPLATE_ID = /^rct-[0-9a-zA-Z]{17}$/
const DISK_TYPES = ['GP2', 'GP3', 'ST1', 'AUTO']
const ENCRYPTIONS = ['DEFAULT', 'CUSTOM', 'NONE']
const ROUTINGS = ['PRIVATE_IP', 'PUBLIC_IP']
/** The members CreateReplicationConfigurationTemplate requires (API reference). */
const REQUIRED = [
  'stagingAreaSubnetId',
  'associateDefaultSecurityGroup',
  'replicationServersSecurityGroupsIDs',
  'replicationServerInstanceType',
  'useDedicatedReplicationServer',
  'defaultLargeStagingDiskType',
  'ebsEncryption',
  'bandwidthThrottling',
  'dataPlaneRouting',
  'createPublicIP',
  'stagingAreaTags',
  'pitPolicy'
]

/** @type {WeakMap<Region, any[]>} */
const templatesByRegion = new WeakMap()

/** @param {Ctx} ctx @param {string} id */
function templateArn(ctx, id) {
  const region = callerRegion(ctx)
  return `arn:aws:drs:${region.name}:${region.account}:replication-configuration-template/${id}`
}

/** @param {string} seed */
function templateId(seed) {
  return `rct-${hashHex(seed).slice(0, 17)}`
}

/** The region's templates; a scenario-initialised region starts with the console's default. */
/** @param {Ctx} ctx @param {Region} region */
function templatesOf(ctx, region) {
  let list = templatesByRegion.get(region)
  if (!list) {
    list = []
    if (region.drsInitialized) {
      const id = templateId(`console-default/${region.account}/${region.name}`)
      list.push({
        replicationConfigurationTemplateID: id,
        arn: templateArn(ctx, id),
        stagingAreaSubnetId: `subnet-${hashHex(region.account, region.name).slice(0, 17)}`,
        associateDefaultSecurityGroup: true,
        replicationServersSecurityGroupsIDs: [],
        replicationServerInstanceType: 't3.small',
        useDedicatedReplicationServer: false,
        defaultLargeStagingDiskType: 'GP3',
        ebsEncryption: 'DEFAULT',
        bandwidthThrottling: 0,
        dataPlaneRouting: 'PRIVATE_IP',
        createPublicIP: false,
        stagingAreaTags: {},
        pitPolicy: defaultPitPolicy(7),
        tags: {}
      })
    }
    templatesByRegion.set(region, list)
  }
  return list
}

/** @param {number} days */
function defaultPitPolicy(days) {
  return [
    { ruleID: 1, units: 'MINUTE', interval: 10, retentionDuration: 60, enabled: true },
    { ruleID: 2, units: 'HOUR', interval: 1, retentionDuration: 24, enabled: true },
    { ruleID: 3, units: 'DAY', interval: 1, retentionDuration: days, enabled: true }
  ]
}

/** @param {string} name @param {string} message */
function fieldInvalid(name, message) {
  return new SimError('ValidationException', `Invalid ${name}: ${message}`, {
    fields: { reason: 'FIELD_VALIDATION_FAILED', fieldList: [{ name, message }] }
  })
}

/** DRS's rule: exactly MINUTE 10/60, HOUR 1/24 and DAY 1/(1..365). */
/** @param {unknown} policy */
function checkPitPolicy(policy) {
  if (!Array.isArray(policy) || policy.length !== 3) {
    throw fieldInvalid('pitPolicy', 'must contain exactly three rules (MINUTE, HOUR, DAY)')
  }
  /** @type {Record<string, any>} */
  const byUnit = Object.fromEntries(policy.map(rule => [String(rule?.units), rule]))
  const fixed = (
    /** @type {string} */ units,
    /** @type {number} */ interval,
    /** @type {number} */ retention
  ) =>
    byUnit[units] &&
    byUnit[units].interval === interval &&
    byUnit[units].retentionDuration === retention
  const day = byUnit.DAY
  const dayOk =
    day &&
    day.interval === 1 &&
    Number.isInteger(day.retentionDuration) &&
    day.retentionDuration >= 1 &&
    day.retentionDuration <= 365
  if (!fixed('MINUTE', 10, 60) || !fixed('HOUR', 1, 24) || !dayOk) {
    throw fieldInvalid(
      'pitPolicy',
      'rules must be MINUTE interval 10 retention 60, HOUR interval 1 retention 24, and DAY interval 1 retention 1 to 365'
    )
  }
}

/** @param {any} p */
function checkTemplateRequest(p) {
  for (const name of REQUIRED) {
    if (p[name] === undefined || p[name] === null) throw fieldInvalid(name, 'is required')
  }
  const subnet = String(p.stagingAreaSubnetId)
  if (subnet.length > 255 || !SUBNET_ID.test(subnet)) {
    throw fieldInvalid('stagingAreaSubnetId', `must match subnet-[0-9a-fA-F]{8,} (got ${subnet})`)
  }
  const groups = p.replicationServersSecurityGroupsIDs
  if (!Array.isArray(groups) || groups.length > 32) {
    throw fieldInvalid('replicationServersSecurityGroupsIDs', 'must be a list of at most 32 ids')
  }
  for (const group of groups) {
    if (!SECURITY_GROUP_ID.test(String(group))) {
      throw fieldInvalid(
        'replicationServersSecurityGroupsIDs',
        `must match sg-[0-9a-fA-F]{8,} (got ${group})`
      )
    }
  }
  const type = String(p.replicationServerInstanceType)
  if (type.length === 0 || type.length > 255) {
    throw fieldInvalid('replicationServerInstanceType', 'must have length 1 to 255')
  }
  const enums = /** @type {const} */ ([
    ['defaultLargeStagingDiskType', DISK_TYPES],
    ['ebsEncryption', ENCRYPTIONS],
    ['dataPlaneRouting', ROUTINGS]
  ])
  for (const [name, allowed] of enums) {
    if (!allowed.includes(String(p[name])))
      throw fieldInvalid(name, `must be one of ${allowed.join(', ')}`)
  }
  if (!Number.isInteger(p.bandwidthThrottling) || p.bandwidthThrottling < 0) {
    throw fieldInvalid('bandwidthThrottling', 'must be a whole number, 0 or more')
  }
  checkPitPolicy(p.pitPolicy)
}

/** @type {Record<string, import('./common.js').Handler>} */
export const drsInitOperations = {
  /** Answers 204 with no body; initialising an initialised region changes nothing. */
  InitializeService(ctx) {
    const region = callerRegion(ctx)
    if (!region.drsInitialized) {
      templatesByRegion.set(region, templatesByRegion.get(region) ?? [])
      region.drsInitialized = true
    }
    return undefined
  },

  DescribeReplicationConfigurationTemplates(ctx) {
    const p = ctx.params
    const max = optionalNumber(p.maxResults)
    if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > 1000)) {
      throw validation(`maxResults must be between 1 and 1000 (got ${p.maxResults}).`)
    }
    /** @type {string[]} */
    const ids = (p.replicationConfigurationTemplateIDs ?? []).map(String)
    if (ids.length > 200)
      throw validation('replicationConfigurationTemplateIDs must contain at most 200 items.')
    for (const id of ids) {
      if (!TEMPLATE_ID.test(id))
        throw validation(`Invalid replication configuration template ID: ${id}`)
    }
    const region = initializedRegion(ctx)
    const all = templatesOf(ctx, region)
    const list =
      ids.length > 0 ? all.filter(t => ids.includes(t.replicationConfigurationTemplateID)) : all
    const key = JSON.stringify(['drs-rct', region.account, region.name, ids])
    const offset = readToken(p.nextToken, key)
    if (offset === null) throw validation('Invalid nextToken.')
    const { page, nextToken } = pageOf(list, offset, max ?? 1000, key)
    return { items: page, nextToken }
  },

  CreateReplicationConfigurationTemplate(ctx) {
    const p = ctx.params ?? {}
    const region = initializedRegion(ctx)
    checkTemplateRequest(p)
    const list = templatesOf(ctx, region)
    const id = `rct-${awsId('', 17).toLowerCase()}`
    const template = {
      replicationConfigurationTemplateID: id,
      arn: templateArn(ctx, id),
      ...Object.fromEntries(REQUIRED.map(name => [name, p[name]])),
      ...(p.ebsEncryptionKeyArn ? { ebsEncryptionKeyArn: p.ebsEncryptionKeyArn } : {}),
      ...(p.autoReplicateNewDisks !== undefined
        ? { autoReplicateNewDisks: p.autoReplicateNewDisks }
        : {}),
      tags: p.tags ?? {}
    }
    list.push(template)
    return template
  }
}
