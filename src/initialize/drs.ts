// The DRS half of initialize-drs, in one recovery region: is DRS initialised (the template read
// answers UninitializedAccountException when not), InitializeService if not, then the default
// replication configuration template if there is none. Idempotent: a second run only reads.
import {
  CreateReplicationConfigurationTemplateCommand,
  InitializeServiceCommand,
  paginateDescribeReplicationConfigurationTemplates,
  type CreateReplicationConfigurationTemplateRequest,
  type DrsClient,
  type ReplicationConfigurationTemplate
} from '@aws-sdk/client-drs'
import { hintFor } from '../install/preflight.js'
import { errorCode, errorMessage, type Clock, type RunnerPort } from '../shared/port.js'
import type { InitializeSettings } from './settings.js'

export type Initialized = 'true' | 'already' | 'false'

export interface InitializeResult {
  /** true: this run initialised DRS; already: it was; false: dry run, nothing changed. */
  initialized: Initialized
  /** The template found or created; null when none exists (dry run). */
  templateId: string | null
  templateCreated: boolean
  /** Every template the region holds after the run (ids). */
  templateIds: string[]
  /** What was done or, in a dry run, would be done; empty when nothing needed doing. */
  changes: string[]
}

/** A failure of one DRS step, worded with the step's API and what to do. */
export class InitializeError extends Error {
  constructor(
    readonly api: string,
    message: string,
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = 'InitializeError'
  }
}

/** How long a region may take to answer as initialised after InitializeService. */
export const SETTLE_ATTEMPTS = 6
export const SETTLE_DELAY_MS = 5000

const NOT_INITIALISED = 'UninitializedAccountException'

function failure(api: string, region: string, error: unknown): InitializeError {
  const code = errorCode(error)
  const denied = code === 'AccessDeniedException' || code === 'AccessDenied'
  const hint = denied
    ? `the target role needs ${api}${api === 'drs:InitializeService' ? ' and the IAM permissions InitializeService uses (deploy the target role with AllowDrsInitialisation=true)' : ''} (check its policy, permission boundary and any SCP)`
    : hintFor(error, api, region)
  return new InitializeError(
    api,
    `${api} failed in ${region} (${code}: ${errorMessage(error)}); ${hint}`,
    { cause: error }
  )
}

/** The region's templates, or null when DRS is not initialised there. */
export async function listTemplates(
  client: DrsClient,
  region: string
): Promise<ReplicationConfigurationTemplate[] | null> {
  const templates: ReplicationConfigurationTemplate[] = []
  try {
    for await (const page of paginateDescribeReplicationConfigurationTemplates({ client }, {})) {
      templates.push(...(page.items ?? []))
    }
  } catch (error) {
    if (errorCode(error) === NOT_INITIALISED) return null
    throw failure('drs:DescribeReplicationConfigurationTemplates', region, error)
  }
  return templates
}

/** The default template's request, with DRS's fixed PIT rules and the chosen day retention. */
export function templateRequest(
  settings: InitializeSettings
): CreateReplicationConfigurationTemplateRequest {
  const publicIp = settings.dataPlaneRouting === 'public-ip'
  return {
    stagingAreaSubnetId: settings.stagingSubnetId,
    associateDefaultSecurityGroup: settings.securityGroupIds.length === 0,
    replicationServersSecurityGroupsIDs: settings.securityGroupIds,
    replicationServerInstanceType: settings.replicationServerInstanceType,
    useDedicatedReplicationServer: false,
    defaultLargeStagingDiskType: 'GP3',
    ebsEncryption: 'DEFAULT',
    bandwidthThrottling: 0,
    dataPlaneRouting: publicIp ? 'PUBLIC_IP' : 'PRIVATE_IP',
    createPublicIP: publicIp,
    stagingAreaTags: {},
    // DRS requires exactly these three rules; only the DAY retention may change (1 to 365).
    pitPolicy: [
      { ruleID: 1, units: 'MINUTE', interval: 10, retentionDuration: 60, enabled: true },
      { ruleID: 2, units: 'HOUR', interval: 1, retentionDuration: 24, enabled: true },
      {
        ruleID: 3,
        units: 'DAY',
        interval: 1,
        retentionDuration: settings.retentionDays,
        enabled: true
      }
    ]
  }
}

/** InitializeService, then the template read until the region answers as initialised. */
async function initialise(
  client: DrsClient,
  region: string,
  clock: Clock
): Promise<ReplicationConfigurationTemplate[]> {
  try {
    await client.send(new InitializeServiceCommand({}))
  } catch (error) {
    throw failure('drs:InitializeService', region, error)
  }
  for (let attempt = 1; ; attempt++) {
    const templates = await listTemplates(client, region)
    if (templates) return templates
    if (attempt >= SETTLE_ATTEMPTS) {
      throw new InitializeError(
        'drs:InitializeService',
        `drs:InitializeService succeeded in ${region}, but DRS still answers ${NOT_INITIALISED} after ` +
          `${SETTLE_ATTEMPTS} reads: run again in a few minutes (a second run picks up where this one stopped)`
      )
    }
    await clock.sleep(SETTLE_DELAY_MS)
  }
}

async function createTemplate(
  client: DrsClient,
  settings: InitializeSettings
): Promise<ReplicationConfigurationTemplate> {
  const api = 'drs:CreateReplicationConfigurationTemplate'
  try {
    const created = await client.send(
      new CreateReplicationConfigurationTemplateCommand(templateRequest(settings))
    )
    if (!created.replicationConfigurationTemplateID) {
      throw new Error('the answer carries no replicationConfigurationTemplateID')
    }
    return created
  } catch (error) {
    throw failure(api, settings.targetRegion, error)
  }
}

/** Initialises DRS and its default template in settings.targetRegion, doing only what is missing. */
export async function initializeRegion(
  client: DrsClient,
  settings: InitializeSettings,
  port: RunnerPort,
  clock: Clock
): Promise<InitializeResult> {
  const region = settings.targetRegion
  const changes: string[] = []
  let templates = await listTemplates(client, region)
  const wasInitialised = templates !== null
  if (templates === null) {
    if (settings.dryRun) {
      changes.push(`would initialise DRS in ${region} (drs:InitializeService)`)
      changes.push(`would create the default replication template (${describe(settings)})`)
      return {
        initialized: 'false',
        templateId: null,
        templateCreated: false,
        templateIds: [],
        changes
      }
    }
    port.info(`DRS is not initialised in ${region}: calling InitializeService.`)
    templates = await initialise(client, region, clock)
    changes.push(`initialised DRS in ${region}`)
  }
  const initialized: Initialized = wasInitialised ? 'already' : 'true'
  const ids = templates.flatMap(t => t.replicationConfigurationTemplateID ?? [])
  if (ids.length > 0) {
    port.info(
      `A replication configuration template exists in ${region} (${ids.join(', ')}): left as it is.`
    )
    return { initialized, templateId: ids[0], templateCreated: false, templateIds: ids, changes }
  }
  if (settings.dryRun) {
    changes.push(`would create the default replication template (${describe(settings)})`)
    return { initialized, templateId: null, templateCreated: false, templateIds: [], changes }
  }
  const created = await createTemplate(client, settings)
  const id = created.replicationConfigurationTemplateID as string
  changes.push(`created the default replication template ${id} (${describe(settings)})`)
  return { initialized, templateId: id, templateCreated: true, templateIds: [id], changes }
}

/** The template's settings in a few words, for logs and the summary. */
export function describe(settings: InitializeSettings): string {
  const groups =
    settings.securityGroupIds.length > 0
      ? `security groups ${settings.securityGroupIds.join(', ')}`
      : 'the DRS default security group'
  return (
    `staging subnet ${settings.stagingSubnetId}, ${settings.replicationServerInstanceType} ` +
    `replication servers, ${groups}, ${settings.dataPlaneRouting} routing, ` +
    `${settings.retentionDays}-day snapshot retention`
  )
}
