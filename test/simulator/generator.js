// @ts-check
// Many accounts without per-account boilerplate: a scenario's `generate` block (or an array of
// them) expands into ordinary account specs (roles, regions, instances, source servers), which
// buildWorld then reads like hand-written ones. Explicit `accounts` entries are merged over the
// generated ones, so a test can generate 300 accounts and hand-tune two of them.

import { hashHex } from './util.js'

export const DEFAULT_TAGS = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }

/**
 * @typedef {{ accounts?: number, firstAccountId?: string, accountIds?: string[],
 *   instancesPerAccount?: number, instancesPerRegion?: number, sourceRegions?: string[],
 *   targetRegion?: string, roleName?: string, externalId?: string | null,
 *   trustedPrincipals?: string[], role?: Record<string, unknown>, tags?: Record<string, string>,
 *   namePrefix?: string, install?: Record<string, unknown>, drill?: Record<string, unknown>,
 *   windowsEvery?: number, registeredEvery?: number, registeredState?: string,
 *   waves?: { tag?: string, count: number },
 *   replication?: Record<string, unknown>, overrides?: Record<string, Override> }} Generate
 * @typedef {{ denied?: boolean | 'missing' | 'untrusted', drsInitialized?: boolean,
 *   replicatingServers?: number, replicatingState?: string, instancesPerAccount?: number,
 *   instancesPerRegion?: number, install?: Record<string, unknown>,
 *   tags?: Record<string, string>, registeredEvery?: number,
 *   sourceServers?: any[], regions?: Record<string, any> }} Override
 */

/**
 * The account ids of one generate block: `accountIds` as given, else `accounts` consecutive ids
 * from `firstAccountId`.
 * @param {Generate} gen
 */
export function generatedAccountIds(gen) {
  if (Array.isArray(gen.accountIds)) return gen.accountIds.map(String)
  const first = BigInt(String(gen.firstAccountId ?? '200000000000'))
  const count = gen.accounts ?? 0
  /** @type {string[]} */
  const ids = []
  for (let i = 0; i < count; i++) ids.push(String(first + BigInt(i)).padStart(12, '0'))
  for (const id of ids) {
    if (!/^\d{12}$/.test(id))
      throw new Error(`scenario: generated account id ${id} is not 12 digits`)
  }
  return ids
}

/** `cn-*` -> aws-cn, `us-gov-*` -> aws-us-gov, else aws (as IAM ARNs are written). */
/** @param {string} region */
export function partitionOf(region) {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

/**
 * One generated account as an ordinary account spec.
 * @param {Generate} gen
 * @param {string} id
 */
function accountSpec(gen, id) {
  const o = gen.overrides?.[id] ?? {}
  const sourceRegions = gen.sourceRegions ?? ['us-east-1']
  const target = gen.targetRegion ?? 'us-west-2'
  const roleName = gen.roleName ?? 'DRSOrchestrationRole'
  const arn = `arn:${partitionOf(target)}:iam::${id}:role/${roleName}`
  const denied = o.denied === true ? 'untrusted' : (o.denied ?? null)
  /** @type {any[]} */
  const roles =
    denied === 'missing'
      ? []
      : [
          {
            ...(gen.role ?? {}),
            arn,
            externalId: gen.externalId ?? null,
            // a role that exists but trusts nobody who will call it
            trustedPrincipals:
              denied === 'untrusted'
                ? [`arn:aws:iam::${id}:root`]
                : (gen.trustedPrincipals ?? ['*'])
          }
        ]

  /** @type {Record<string, any>} */
  const regions = {}
  const perRegion = regionCounts(
    o.instancesPerRegion ?? gen.instancesPerRegion,
    o.instancesPerAccount ?? gen.instancesPerAccount ?? 0,
    sourceRegions.length
  )
  const registeredEvery = o.registeredEvery ?? gen.registeredEvery ?? 0
  /** @type {any[]} */
  const targetServers = []
  sourceRegions.forEach((region, r) => {
    /** @type {any[]} */
    const instances = []
    for (let i = 0; i < perRegion[r]; i++) {
      const instanceId = `i-${hashHex('generate', id, region, i).slice(0, 17)}`
      const windows = (gen.windowsEvery ?? 0) > 0 && (i + 1) % (gen.windowsEvery ?? 1) === 0
      const tags = o.tags ?? gen.tags ?? DEFAULT_TAGS
      const waves = gen.waves
      instances.push({
        id: instanceId,
        name: `${gen.namePrefix ?? 'host'}-${id.slice(-4)}-${region}-${String(i + 1).padStart(4, '0')}`,
        // waves: instance i of a region is in wave (i mod count) + 1, for drills in waves
        tags:
          waves && waves.count > 0
            ? { ...tags, [waves.tag ?? 'dr:wave']: String((i % waves.count) + 1) }
            : tags,
        platform: windows ? 'Windows' : 'Linux',
        ...(gen.install || o.install ? { install: { ...gen.install, ...o.install } } : {}),
        ...(gen.drill ? { drill: gen.drill } : {})
      })
      if (registeredEvery > 0 && (i + 1) % registeredEvery === 0) {
        targetServers.push({
          instanceId,
          replicationState: gen.registeredState ?? 'CONTINUOUS'
        })
      }
    }
    regions[region] = { instances }
  })
  // replicating servers already in the target region (e.g. on-premises ones), to reach the quota
  const replicating = o.replicatingServers ?? 0
  for (let i = 0; i < replicating; i++) {
    targetServers.push({
      hostname: `onprem-${id.slice(-4)}-${String(i + 1).padStart(4, '0')}`,
      origin: 'on-premises',
      replicationState: o.replicatingState ?? 'CONTINUOUS'
    })
  }
  targetServers.push(...(o.sourceServers ?? []))
  const targetSpec = regions[target] ?? {}
  regions[target] = {
    ...targetSpec,
    ...(gen.replication ? { replication: gen.replication } : {}),
    drsInitialized: o.drsInitialized ?? true,
    sourceServers: [...(targetSpec.sourceServers ?? []), ...targetServers]
  }
  for (const [name, spec] of Object.entries(o.regions ?? {})) {
    regions[name] = { ...(regions[name] ?? {}), ...spec }
  }
  return { roles, regions }
}

/**
 * Instances per source region: `perRegion` each when given, else `perAccount` spread round-robin
 * (the first regions get the remainder).
 * @param {number | undefined} perRegion
 * @param {number} perAccount
 * @param {number} regionCount
 */
function regionCounts(perRegion, perAccount, regionCount) {
  if (perRegion !== undefined) return Array.from({ length: regionCount }, () => perRegion)
  const base = Math.floor(perAccount / regionCount)
  const extra = perAccount % regionCount
  return Array.from({ length: regionCount }, (_, r) => base + (r < extra ? 1 : 0))
}

/**
 * The scenario's accounts: every generated account, with explicit `accounts` merged over them
 * (an explicit account's `roles` replace the generated roles when given; its regions are merged
 * region by region, explicit fields winning, instances and source servers appended).
 * @param {any} scenario
 * @returns {Record<string, any>}
 */
export function scenarioAccounts(scenario) {
  const blocks = [scenario.generate ?? []].flat()
  if (blocks.length === 0) return scenario.accounts ?? {}
  /** @type {Record<string, any>} */
  const out = {}
  for (const gen of blocks) {
    for (const id of generatedAccountIds(gen)) {
      if (out[id]) throw new Error(`scenario: account ${id} generated twice`)
      out[id] = accountSpec(gen, id)
    }
  }
  for (const [id, explicit] of Object.entries(scenario.accounts ?? {})) {
    const base = out[id]
    if (!base) {
      out[id] = explicit
      continue
    }
    /** @type {Record<string, any>} */
    const regions = { ...base.regions }
    for (const [name, spec] of Object.entries(/** @type {any} */ (explicit).regions ?? {})) {
      const prior = regions[name] ?? {}
      regions[name] = {
        ...prior,
        ...spec,
        instances: [...(prior.instances ?? []), ...(spec.instances ?? [])],
        sourceServers: [...(prior.sourceServers ?? []), ...(spec.sourceServers ?? [])]
      }
    }
    out[id] = { ...base, ...explicit, roles: explicit.roles ?? base.roles, regions }
  }
  return out
}
