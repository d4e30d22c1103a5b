// The initialize-drs inputs: the install's role-chain inputs and target-region (validated by the
// install's own parser, so the rules live in one place) plus the replication template's own.
// Pure: raw strings in, one InitializeSettings out, or one InputError holding every problem.
import {
  INPUTS,
  InputError,
  inputReader,
  parseSettings,
  splitList,
  unique,
  type InputProblem,
  type InputSpec,
  type OutputSpec,
  type RunContext,
  type Settings
} from '../settings/index.js'

/** The install inputs initialize-drs takes, in the order initialize-drs/action.yml lists them. */
export const INITIALIZE_SHARED_INPUTS = [
  'role-arn',
  'account-id',
  'external-id',
  'target-region',
  'oidc-role-arn',
  'audience',
  'role-session-name',
  'role-duration-seconds',
  'session-tagging',
  'dry-run'
] as const

/** The console's default replication server type (the smallest the DRS console offers). */
export const DEFAULT_REPLICATION_SERVER_TYPE = 't3.small'
/** DRS's default day-rule retention of point-in-time snapshots (1 to 365 allowed). */
export const DEFAULT_RETENTION_DAYS = '7'
export const DATA_PLANE_ROUTINGS = ['private-ip', 'public-ip'] as const
export type DataPlaneRouting = (typeof DATA_PLANE_ROUTINGS)[number]

// One account per step (a matrix or shards run it per account): role-arn names it.
const DESCRIPTION_OVERRIDES: Readonly<Record<string, string>> = {
  'role-arn':
    'Target-account role to assume, arn:<partition>:iam::<12-digit account>:role/<path/name>.',
  'account-id':
    'Target account id (12 digits). Defaults to the account in role-arn and must equal it.',
  'target-region':
    'The DRS recovery region to initialise (where the replication servers and staging disks live).',
  'dry-run':
    'Read what is there and say what would change; initialise nothing and create no template.'
}

const OWN_INPUTS: readonly InputSpec[] = [
  {
    name: 'staging-subnet-id',
    kind: 'text',
    required: true,
    description:
      'Subnet (subnet-xxxxxxxx, in target-region) for the replication servers of the default replication template. Used only when no template exists yet.'
  },
  {
    name: 'replication-server-instance-type',
    kind: 'text',
    required: false,
    default: DEFAULT_REPLICATION_SERVER_TYPE,
    description: 'EC2 instance type of the replication servers (e.g. t3.small, m5.large).'
  },
  {
    name: 'security-group-ids',
    kind: 'list',
    required: false,
    description:
      'Security groups (sg-xxxxxxxx, commas, spaces or newlines) for the replication servers. Unset: DRS creates and uses its default security group (TCP 1500 in, 443 out).'
  },
  {
    name: 'data-plane-routing',
    kind: 'text',
    required: false,
    default: 'private-ip',
    description:
      'How the agents reach the replication servers: private-ip (VPN, Direct Connect or VPC peering to the staging subnet) or public-ip (a public IP on each replication server).'
  },
  {
    name: 'snapshot-retention-days',
    kind: 'text',
    required: false,
    default: DEFAULT_RETENTION_DAYS,
    description:
      'Days of daily point-in-time snapshots to keep, 1 to 365 (the 10-minute and hourly rules are fixed by DRS).'
  }
]

export const INITIALIZE_INPUTS: readonly InputSpec[] = [
  ...INITIALIZE_SHARED_INPUTS.map(name => {
    const spec = INPUTS.find(input => input.name === name)
    if (!spec) throw new Error(`the install has no input ${name}`)
    return {
      ...spec,
      required: spec.required || name === 'role-arn',
      description: DESCRIPTION_OVERRIDES[name] ?? spec.description
    }
  }),
  ...OWN_INPUTS
]

export const INITIALIZE_OUTPUTS: readonly OutputSpec[] = [
  {
    name: 'initialized',
    description:
      'true: this run initialised DRS in target-region. already: it was initialised before. false: a dry run found it not initialised (nothing changed).'
  },
  {
    name: 'template-id',
    description:
      'The replication configuration template id (rct-...): the one found, or the one created; empty in a dry run that would create one.'
  },
  { name: 'template-created', description: 'true when this run created the template.' }
]

export interface InitializeSettings extends Pick<
  Settings,
  | 'roleArn'
  | 'partition'
  | 'accountId'
  | 'externalId'
  | 'targetRegion'
  | 'oidcRoleArn'
  | 'audience'
  | 'roleSessionName'
  | 'roleDurationSeconds'
  | 'sessionTagging'
  | 'dryRun'
  | 'run'
> {
  stagingSubnetId: string
  replicationServerInstanceType: string
  /** Empty: DRS's default security group. */
  securityGroupIds: string[]
  dataPlaneRouting: DataPlaneRouting
  retentionDays: number
}

/** DRS's patterns (CreateReplicationConfigurationTemplate): subnet-/sg- and 8 or more hex digits. */
const SUBNET_ID = /^subnet-[0-9a-fA-F]{8,}$/
const SECURITY_GROUP_ID = /^sg-[0-9a-fA-F]{8,}$/
/** At most 32 security groups per template (DRS's limit). */
export const MAX_SECURITY_GROUPS = 32
/** An EC2 instance type name: family, optional generation/attributes, a dot, a size. */
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+$/

function parseOwnInputs(
  read: (name: string) => string,
  problems: InputProblem[]
): Omit<InitializeSettings, keyof Settings> {
  const reader = inputReader(INITIALIZE_INPUTS, read)
  const subnet = reader.required('staging-subnet-id', 'a subnet id like subnet-0123456789abcdef0')
  if (subnet !== '' && !SUBNET_ID.test(subnet)) {
    reader.fail('staging-subnet-id', 'a subnet id like subnet-0123456789abcdef0', subnet)
  }
  const instanceType = reader.get('replication-server-instance-type')
  if (!INSTANCE_TYPE.test(instanceType) || instanceType.length > 255) {
    reader.fail(
      'replication-server-instance-type',
      'an EC2 instance type like t3.small',
      instanceType
    )
  }
  const groups = unique(splitList(reader.get('security-group-ids'), true))
  for (const group of groups) {
    if (!SECURITY_GROUP_ID.test(group)) {
      reader.fail('security-group-ids', 'security group ids like sg-0123456789abcdef0', group)
    }
  }
  if (groups.length > MAX_SECURITY_GROUPS) {
    reader.fail(
      'security-group-ids',
      `at most ${MAX_SECURITY_GROUPS} security groups (DRS's limit)`,
      `${groups.length} groups`
    )
  }
  const routing = reader.get('data-plane-routing')
  if (!(DATA_PLANE_ROUTINGS as readonly string[]).includes(routing)) {
    reader.fail('data-plane-routing', DATA_PLANE_ROUTINGS.join(' or '), routing)
  }
  const retention = reader.get('snapshot-retention-days')
  const retentionDays = Number(retention)
  if (!/^\d+$/.test(retention) || retentionDays < 1 || retentionDays > 365) {
    reader.fail('snapshot-retention-days', 'a whole number of days from 1 to 365', retention)
  }
  problems.push(...reader.problems)
  return {
    stagingSubnetId: subnet,
    replicationServerInstanceType: instanceType,
    securityGroupIds: groups,
    dataPlaneRouting: routing as DataPlaneRouting,
    retentionDays
  }
}

/**
 * Parses the initialize-drs inputs, reporting every problem at once. The shared inputs go through
 * the install's parser; its other inputs read as unset (source-regions as target-region, which it
 * requires), and only problems with this action's own inputs are reported.
 */
export function parseInitializeSettings(
  read: (name: string) => string,
  run: RunContext
): InitializeSettings {
  const shared = new Set<string>(INITIALIZE_SHARED_INPUTS)
  const problems: InputProblem[] = []
  let base: Settings | null = null
  try {
    base = parseSettings(name => {
      if (name === 'source-regions') return read('target-region')
      return shared.has(name) ? read(name) : ''
    }, run)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    problems.push(...error.issues.filter(issue => shared.has(issue.input)))
  }
  const own = parseOwnInputs(read, problems)
  if (problems.length > 0 || !base) throw new InputError(problems)
  return {
    roleArn: base.roleArn,
    partition: base.partition,
    accountId: base.accountId,
    externalId: base.externalId,
    targetRegion: base.targetRegion,
    oidcRoleArn: base.oidcRoleArn,
    audience: base.audience,
    roleSessionName: base.roleSessionName,
    roleDurationSeconds: base.roleDurationSeconds,
    sessionTagging: base.sessionTagging,
    dryRun: base.dryRun,
    run: base.run,
    ...own
  }
}
