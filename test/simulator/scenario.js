// @ts-check
// Turns a scenario (plain JSON, see README.md) into the simulator's world: Maps keyed by id, every
// default filled in, generated fleets expanded with deterministic ids.

import { DEFAULT_TAGS, scenarioAccounts } from './generator.js'
import { buildOrganizations } from './organizations-world.js'
import { declaredServer, makeSourceServer, REPLICATION_STATES } from './servers.js'
import { awsId, hashHex } from './util.js'

export { DEFAULT_TAGS, makeSourceServer, REPLICATION_STATES }

export const DRS_INSTALL_DOCUMENT = 'AWSDisasterRecovery-InstallDRAgentOnInstance'

export const DEFAULT_AMBIENT = {
  accessKeyId: 'AKIASIMAMBIENT000001',
  secretAccessKey: 'simAmbientSecretKey/0000000000000000000000',
  principalArn: 'arn:aws:iam::111111111111:user/ci'
}

/** How long EC2 keeps listing a terminated instance. */
export const TERMINATED_VISIBLE_SECONDS = 3600

const THROTTLE_SERVICES = ['sts', 'ec2', 'ssm', 'drs', 'sns', 'organizations']

/**
 * @typedef {{ outcome: string, durationSeconds: number, jitterSeconds: number, errorText: string,
 *   responseCode: number, registers: boolean, registerAfterSeconds: number | null,
 *   initialSyncSeconds: number | null, stalled: boolean, stalledError: string }} InstallSpec
 * @typedef {{ id: string, account: string, region: string, name: string | null,
 *   tags: Record<string, string>, platform: 'Linux' | 'Windows', state: string,
 *   pingStatus: string | null, instanceProfile: string | null, install: InstallSpec,
 *   privateIp: string, hostname: string, launchMs: number, goneAt: number | null,
 *   checks: StatusChecks | null, drill: any }} Instance
 *   `goneAt`: simulated second from which EC2 no longer lists a terminated instance (AWS keeps
 *   them visible for about an hour). `checks`: how its EC2 status checks go (recovery instances).
 * @typedef {{ from: number, okAt: number, result: 'ok' | 'impaired' | 'system-impaired' |
 *   'initializing' | 'insufficient-data' }} StatusChecks
 * @typedef {{ id: string, account: string, region: string, arn: string, instanceId: string | null,
 *   hostname: string, originRegion: string | null, tags: Record<string, string>,
 *   registeredAt: number, fixedState: string | null, stalled: boolean, stalledError: string,
 *   errorRaw: string | null, initiatingSeconds: number, initialSyncSeconds: number,
 *   archived: boolean, lastLaunchResult: string, os: string, commandId: string | null,
 *   onPremises: boolean, explicitError: { error: string, rawError: string } | null,
 *   lagSeconds: number | null, etaAt: number | null, lastSeenAt: number | null,
 *   originAccount: string, lastLaunch: LastLaunch | null, recoveryInstanceId: string | null,
 *   drill: any }} SourceServer
 *   `onPremises`: replicates a server outside EC2 (no awsInstanceID, no sourceCloudProperties).
 *   Times (`registeredAt`, `etaAt`, `lastSeenAt`, `apiCallAt`) are simulated seconds (negative:
 *   before the simulator started).
 * @typedef {{ apiCallAt: number, jobID: string, type: 'DRILL' | 'RECOVERY',
 *   status: string }} LastLaunch
 * @typedef {{ registerAfterSeconds: number, initialSyncSeconds: number,
 *   initiatingSeconds: number | null }} Replication
 * @typedef {{ name: string, account: string, enabled: boolean, drsInitialized: boolean,
 *   instances: Map<string, Instance>, instanceList: Instance[], managedList: Instance[],
 *   replication: Replication, sourceServers: Map<string, SourceServer>,
 *   serversByInstance: Map<string, SourceServer>, serverList: SourceServer[],
 *   plannedRegistrations: Set<string>,
 *   commands: Map<string, any>, commandList: any[], expiring: number,
 *   jobs: Map<string, import('./jobs.js').Job>, jobList: import('./jobs.js').Job[],
 *   recoveryInstances: Map<string, import('./jobs.js').RecoveryInstance>,
 *   drill: Record<string, any> }} Region
 *   `expiring`: how many of its instances have a `goneAt` (so EC2 filters only when needed);
 *   `jobs`, `recoveryInstances`: DRS jobs and recovery instances (see jobs.js).
 * @typedef {{ id: string, declared: boolean, regions: Map<string, Region> }} Account
 *   `declared` is true when the scenario gives the account regions (it owns resources).
 * @typedef {{ arn: string, account: string, name: string, roleId: string,
 *   externalId: string | null, trustedPrincipals: string[], refuseSessionTags: boolean,
 *   refuseSourceIdentity: boolean, maxSessionDuration: number, deny: string[],
 *   oidcSubjects: string[] | null, oidcAudience: string }} Role
 * @typedef {{ name: string, installs: boolean, parameters: string[] | null,
 *   requiredParameters: string[], plugin: { Linux: string, Windows: string } }} SsmDocument
 */

/**
 * @param {any} scenario
 */
export function buildWorld(scenario = {}) {
  const s = scenario ?? {}
  const timeScale = s.timeScale ?? 1
  const manualClock = s.manualClock ?? false

  const oidc = {
    subject: s.oidc?.subject ?? 'repo:octo/fleet:ref:refs/heads/main',
    tokenLifetimeSeconds: s.oidc?.tokenLifetimeSeconds ?? 300,
    issuer: s.oidc?.issuer ?? 'https://token.actions.githubusercontent.com',
    claims: s.oidc?.claims ?? {},
    requestToken: s.oidc?.requestToken ?? `sim-oidc-request-${hashHex(Math.random()).slice(0, 24)}`
  }

  const ambientList =
    s.ambient === undefined ? [DEFAULT_AMBIENT] : [s.ambient].flat().filter(Boolean)
  const ambient = ambientList.map((/** @type {any} */ a) => ({
    accessKeyId: String(a.accessKeyId ?? DEFAULT_AMBIENT.accessKeyId),
    secretAccessKey: String(a.secretAccessKey ?? DEFAULT_AMBIENT.secretAccessKey),
    sessionToken: a.sessionToken ?? null,
    principalArn: String(a.principalArn ?? DEFAULT_AMBIENT.principalArn),
    expiresAfterSeconds: a.expiresAfterSeconds ?? null,
    deny: a.deny ?? []
  }))

  const throttle = {
    rate: s.throttle?.rate ?? 0,
    services: new Set(s.throttle?.services ?? THROTTLE_SERVICES),
    operations: s.throttle?.operations ? new Set(s.throttle.operations) : null,
    seed: s.throttle?.seed ?? 1
  }

  const faults = (s.faults ?? []).map((/** @type {any} */ f) => ({
    service: f.service ?? null,
    operation: f.operation ?? null,
    region: f.region ?? null,
    code: f.code ?? 'InternalFailure',
    message: f.message ?? 'We encountered an internal error. Please try again.',
    status: f.status ?? 500,
    after: f.after ?? 0,
    times: f.times ?? 1,
    seen: 0,
    fired: 0
  }))

  /** @type {Map<string, Role>} */
  const roles = new Map()
  /** @type {Map<string, Account>} */
  const accounts = new Map()
  /** @type {Map<string, Instance>} */
  const instances = new Map()
  const defaultReplication = {
    registerAfterSeconds: s.replication?.registerAfterSeconds ?? 30,
    initialSyncSeconds: s.replication?.initialSyncSeconds ?? 300,
    initiatingSeconds: s.replication?.initiatingSeconds ?? null
  }

  /** @param {string} id */
  const account = id => {
    let a = accounts.get(id)
    if (!a) {
      a = { id, declared: false, regions: new Map() }
      accounts.set(id, a)
    }
    return a
  }

  /**
   * @param {Account} acct
   * @param {string} name
   * @param {any} [spec]
   * @returns {Region}
   */
  const region = (acct, name, spec) => {
    let r = acct.regions.get(name)
    if (!r) {
      r = {
        name,
        account: acct.id,
        enabled: true,
        // listed regions default to DRS initialised; a region the scenario never names does not
        drsInitialized: spec !== undefined,
        instances: new Map(),
        instanceList: [],
        managedList: [],
        replication: { ...defaultReplication },
        sourceServers: new Map(),
        serversByInstance: new Map(),
        serverList: [],
        plannedRegistrations: new Set(),
        commands: new Map(),
        commandList: [],
        expiring: 0,
        jobs: new Map(),
        jobList: [],
        recoveryInstances: new Map(),
        drill: {}
      }
      acct.regions.set(name, r)
    }
    if (spec) {
      if (spec.enabled !== undefined) r.enabled = Boolean(spec.enabled)
      if (spec.drsInitialized !== undefined) r.drsInitialized = Boolean(spec.drsInitialized)
      if (spec.replication) r.replication = { ...r.replication, ...spec.replication }
      if (spec.drill) r.drill = { ...r.drill, ...spec.drill }
    }
    return r
  }

  /** @param {any} spec @param {string} acct */
  const addRole = (spec, acct) => {
    const arn = String(spec.arn)
    const match = /^arn:[\w-]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn)
    if (!match) throw new Error(`scenario: not a role ARN: ${arn}`)
    /** @type {Role} */
    const role = {
      arn,
      account: match[1] ?? acct,
      name: match[2],
      roleId: awsId('AROA', 21, arn),
      externalId: spec.externalId ?? null,
      trustedPrincipals: spec.trustedPrincipals ?? ['*'],
      refuseSessionTags: spec.refuseSessionTags ?? false,
      refuseSourceIdentity: spec.refuseSourceIdentity ?? spec.refuseSessionTags ?? false,
      maxSessionDuration: spec.maxSessionDuration ?? 3600,
      deny: spec.deny ?? [],
      oidcSubjects: spec.oidcSubjects ?? null,
      oidcAudience: spec.oidcAudience ?? 'sts.amazonaws.com'
    }
    roles.set(arn, role)
  }

  for (const spec of s.oidcRoles ?? s.roleForOidc ?? []) {
    addRole({ oidcSubjects: ['*'], ...spec, trustedPrincipals: spec.trustedPrincipals ?? [] }, '')
  }

  /** @type {Array<{ region: Region, spec: any }>} */
  const preRegistered = []
  /** @type {Array<{ region: Region, spec: any }>} */
  const declaredRecoveryInstances = []
  /** @type {Array<{ region: Region, serverId: string, spec: any }>} */
  const declaredActiveJobs = []

  for (const [id, acctSpec] of Object.entries(scenarioAccounts(s))) {
    const acct = account(id)
    acct.declared ||= Object.keys(/** @type {any} */ (acctSpec).regions ?? {}).length > 0
    for (const roleSpec of /** @type {any} */ (acctSpec).roles ?? []) addRole(roleSpec, id)
    for (const [name, regionSpec] of Object.entries(/** @type {any} */ (acctSpec).regions ?? {})) {
      const r = region(acct, name, regionSpec)
      for (const inst of /** @type {any} */ (regionSpec).instances ?? []) {
        addInstance(r, inst)
      }
      for (const server of /** @type {any} */ (regionSpec).sourceServers ?? []) {
        preRegistered.push({ region: r, spec: server })
      }
      for (const ri of /** @type {any} */ (regionSpec).recoveryInstances ?? []) {
        declaredRecoveryInstances.push({ region: r, spec: ri })
      }
    }
  }

  /** @param {Region} r @param {any} spec */
  function addInstance(r, spec) {
    const id = String(spec.id)
    if (instances.has(id)) throw new Error(`scenario: duplicate instance id ${id}`)
    const platform = /^win/i.test(spec.platform ?? '') ? 'Windows' : 'Linux'
    const instanceProfile =
      spec.instanceProfile === undefined
        ? `arn:aws:iam::${r.account}:instance-profile/AmazonSSMRoleForInstancesQuickSetup`
        : spec.instanceProfile
    const installSpec = spec.install ?? {}
    const noProfile = instanceProfile === null
    const seq = r.instanceList.length + 1
    /** @type {Instance} */
    const inst = {
      id,
      account: r.account,
      region: r.name,
      name: spec.name ?? null,
      tags: { ...(spec.name ? { Name: spec.name } : {}), ...(spec.tags ?? {}) },
      platform,
      state: spec.state ?? 'running',
      pingStatus: spec.pingStatus === undefined ? 'Online' : spec.pingStatus,
      instanceProfile,
      install: {
        outcome: installSpec.outcome ?? (noProfile ? 'Failed' : 'Success'),
        durationSeconds: installSpec.durationSeconds ?? (platform === 'Windows' ? 120 : 60),
        jitterSeconds: installSpec.jitterSeconds ?? 0,
        errorText:
          installSpec.errorText ??
          (noProfile
            ? 'Unable to locate credentials. You can configure credentials by running "aws configure".\nFailed to install the AWS Replication Agent.'
            : 'Failed to install the AWS Replication Agent.'),
        responseCode: installSpec.responseCode ?? 1,
        registers: installSpec.registers ?? true,
        registerAfterSeconds: installSpec.registerAfterSeconds ?? null,
        initialSyncSeconds: installSpec.initialSyncSeconds ?? null,
        stalled: installSpec.stalled ?? spec.stalled ?? false,
        stalledError: installSpec.stalledError ?? 'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER'
      },
      privateIp: spec.privateIp ?? `10.${(seq >> 16) & 255}.${(seq >> 8) & 255}.${seq & 255}`,
      hostname: spec.hostname ?? '',
      launchMs: Date.parse(spec.launchTime ?? '2024-01-15T10:00:00Z'),
      goneAt:
        (spec.state ?? 'running') === 'terminated'
          ? TERMINATED_VISIBLE_SECONDS - (spec.terminatedSecondsAgo ?? 0)
          : null,
      checks: spec.statusChecks ? { from: -86400, okAt: -86400, result: spec.statusChecks } : null,
      drill: spec.drill ?? null
    }
    if (!inst.hostname) {
      inst.hostname =
        platform === 'Windows'
          ? `EC2AMAZ-${id.slice(-7).toUpperCase()}`
          : `ip-${inst.privateIp.replace(/\./g, '-')}.${r.name === 'us-east-1' ? 'ec2.internal' : `${r.name}.compute.internal`}`
    }
    instances.set(id, inst)
    r.instances.set(id, inst)
    r.instanceList.push(inst)
    if (inst.goneAt !== null) r.expiring++
    if (inst.pingStatus !== null && inst.state !== 'terminated') r.managedList.push(inst)
    return inst
  }

  for (const gen of s.instanceGenerator ?? []) {
    const acct = account(String(gen.account))
    acct.declared = true
    const r = region(acct, String(gen.region), {})
    const count = gen.count ?? 0
    /** @param {string} key @param {number} i */
    const every = (key, i) => gen[key] > 0 && (i + 1) % gen[key] === 0
    for (let i = 0; i < count; i++) {
      const id = `i-${hashHex('gen', gen.account, gen.region, gen.idSeed ?? '', i).slice(0, 17)}`
      const windows = every('windowsEvery', i)
      const failing = every('failEvery', i)
      const inst = addInstance(r, {
        id,
        name: `${gen.namePrefix ?? 'host'}-${r.name}-${String(i + 1).padStart(5, '0')}`,
        tags: gen.tags ?? DEFAULT_TAGS,
        platform: windows ? 'Windows' : 'Linux',
        state: every('stoppedEvery', i) ? 'stopped' : 'running',
        pingStatus: every('unmanagedEvery', i)
          ? 'ConnectionLost'
          : every('notInSsmEvery', i)
            ? null
            : 'Online',
        instanceProfile: every('noProfileEvery', i) ? null : undefined,
        install: {
          ...(gen.install ?? {}),
          ...(failing
            ? {
                outcome: 'Failed',
                errorText:
                  gen.failText ??
                  'Failed to download the AWS Replication Agent installer: HTTP 403 Forbidden.'
              }
            : {})
        }
      })
      if (every('registeredEvery', i) && gen.registeredIn) {
        preRegistered.push({
          region: region(acct, String(gen.registeredIn), {}),
          spec: { instanceId: inst.id, replicationState: 'CONTINUOUS' }
        })
      }
    }
  }

  /** @type {Map<string, SourceServer>} */
  const sourceServers = new Map()
  for (const { region: r, spec } of preRegistered) {
    const server = declaredServer(r, spec, instances)
    if (sourceServers.has(server.id)) {
      throw new Error(`scenario: duplicate source server id ${server.id}`)
    }
    sourceServers.set(server.id, server)
    if (spec.activeJob)
      declaredActiveJobs.push({ region: r, serverId: server.id, spec: spec.activeJob })
  }

  const topics = new Map()
  for (const t of s.sns?.topics ?? []) {
    const spec = typeof t === 'string' ? { arn: t } : t
    const match = /^arn:[\w-]+:sns:([\w-]+):(\d{12}):(.+)$/.exec(spec.arn)
    if (!match) throw new Error(`scenario: not an SNS topic ARN: ${spec.arn}`)
    topics.set(spec.arn, {
      arn: spec.arn,
      region: match[1],
      account: match[2],
      allowAccounts: spec.allowAccounts ?? [match[2]]
    })
  }

  /** @type {Map<string, SsmDocument>} */
  const documents = new Map()
  const drsPlugin = { Linux: 'installDRAgentLinux', Windows: 'installDRAgentWindows' }
  documents.set(DRS_INSTALL_DOCUMENT, {
    name: DRS_INSTALL_DOCUMENT,
    installs: true,
    parameters: ['Region', 'Tags'],
    requiredParameters: ['Region'],
    plugin: drsPlugin
  })
  documents.set('AWS-RunShellScript', {
    name: 'AWS-RunShellScript',
    installs: false,
    parameters: ['commands', 'workingDirectory', 'executionTimeout'],
    requiredParameters: ['commands'],
    plugin: { Linux: 'aws:runShellScript', Windows: 'aws:runShellScript' }
  })
  documents.set('AWS-RunPowerShellScript', {
    name: 'AWS-RunPowerShellScript',
    installs: false,
    parameters: ['commands', 'workingDirectory', 'executionTimeout'],
    requiredParameters: ['commands'],
    plugin: { Linux: 'aws:runPowerShellScript', Windows: 'aws:runPowerShellScript' }
  })
  for (const d of s.ssm?.documents ?? []) {
    const spec = typeof d === 'string' ? { name: d } : d
    documents.set(spec.name, {
      name: spec.name,
      installs: spec.installs ?? true,
      parameters: spec.parameters ?? null,
      requiredParameters: spec.requiredParameters ?? [],
      plugin: spec.plugin ?? drsPlugin
    })
  }

  const org = s.organizations ? buildOrganizations(s.organizations) : null

  return {
    timeScale,
    manualClock,
    credentialTime: s.credentialTime === 'real' ? 'real' : 'simulated',
    oidc,
    ambient,
    throttle,
    faults,
    roles,
    accounts,
    instances,
    sourceServers,
    topics,
    documents,
    organizations: org,
    ssm: {
      invocationVisibleAfterSeconds: s.ssm?.invocationVisibleAfterSeconds ?? 0,
      deliverySeconds: s.ssm?.deliverySeconds ?? 2
    },
    /** region(account, name) for on-demand (empty, enabled) regions of a declared account */
    region: (/** @type {string} */ acctId, /** @type {string} */ name) =>
      region(account(acctId), name),
    makeSourceServer,
    /** adds an instance at run time (a recovery instance DRS launched) */
    addInstance,
    /** drill timing and outcome defaults for every server (see jobs.js) */
    drill: s.drill ?? {},
    /** DRS job quotas; override to test them with small numbers */
    drsQuotas: {
      serversPerJob: s.drsQuotas?.serversPerJob ?? 100,
      concurrentJobs: s.drsQuotas?.concurrentJobs ?? 20,
      serversInActiveJobs: s.drsQuotas?.serversInActiveJobs ?? 500,
      /** replicating source servers per account and region (DRS's quota, 300); unset: no limit */
      replicatingServers: s.drsQuotas?.replicatingServers ?? Number.POSITIVE_INFINITY
    },
    /** recovery instances and active jobs the scenario declares (created by jobs.js) */
    declaredRecoveryInstances,
    declaredActiveJobs
  }
}

/** @typedef {ReturnType<typeof buildWorld>} World */
