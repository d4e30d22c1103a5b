// The discover-accounts action's inputs and outputs, and their pure parser (shared field
// validators from settings/fields.ts).
import {
  ACCOUNT_ID,
  audienceProblem,
  inputReader,
  isRoleName,
  parsePairs,
  parseRoleArn,
  roleArnExpected,
  sanitiseSessionName,
  splitList,
  unique,
  type InputSpec,
  type KeyValue,
  type OutputSpec,
  type RunContext
} from '../settings/index.js'

export const DISCOVER_INPUTS: readonly InputSpec[] = [
  {
    name: 'role-name',
    kind: 'text',
    required: true,
    description:
      'Name of the target role in every account (e.g. DRSOrchestrationRole; a path like team/DRSOrchestrationRole is allowed). The matrix gives each account arn:<partition>:iam::<account>:role/<role-name>.'
  },
  {
    name: 'oidc-role-arn',
    kind: 'text',
    required: false,
    description:
      'Central orchestration role. Set: the GitHub OIDC token is exchanged for it (AssumeRoleWithWebIdentity). Unset: the credentials already in the environment are the central credentials.'
  },
  {
    name: 'audience',
    kind: 'text',
    required: false,
    default: 'sts.amazonaws.com',
    description: 'Audience of the GitHub OIDC token.'
  },
  {
    name: 'organizations-role-arn',
    kind: 'text',
    required: false,
    description:
      'Role in the management or delegated-administrator account to read AWS Organizations from, assumed from the central credentials. Unset: the central credentials read Organizations themselves.'
  },
  {
    name: 'organizational-units',
    kind: 'list',
    required: false,
    description:
      'Only accounts under these OUs (ou-xxxx-xxxxxxxx) or roots (r-xxxx), nested OUs included; commas, spaces or newlines. Unset: every account of the organization.'
  },
  {
    name: 'account-tag',
    kind: 'list',
    required: false,
    description:
      'Only accounts carrying this tag, as key=value (several pairs, separated by commas or newlines, must all match).'
  },
  {
    name: 'exclude-accounts',
    kind: 'list',
    required: false,
    description: 'Account ids (12 digits) to leave out; commas, spaces or newlines.'
  },
  {
    name: 'accounts-per-job',
    kind: 'text',
    required: false,
    description:
      'Accounts per shard (a whole number, at least 1). Unset: the fewest that keep the shards at or under 256 jobs (1 up to 256 accounts, 2 up to 512, ...).'
  }
]

export const DISCOVER_OUTPUTS: readonly OutputSpec[] = [
  {
    name: 'matrix',
    description:
      'JSON for strategy.matrix: {"include":[{"account-id":"...","role-arn":"..."}]}, one entry per ACTIVE account, sorted by account id.'
  },
  { name: 'account-count', description: 'Number of accounts in the matrix.' },
  {
    name: 'shards',
    description:
      'JSON for strategy.matrix: {"include":[{"shard":"1","accounts":"111111111111,222222222222"}]}, every account in exactly one shard of at most accounts-per-job accounts, in account order; pass accounts to the actions with role-name. Set for any number of accounts (matrix is not set above 256).'
  }
]

export interface DiscoverSettings {
  roleName: string
  oidcRoleArn: string | null
  audience: string
  organizationsRoleArn: string | null
  organizationalUnits: string[]
  accountTags: KeyValue[]
  excludeAccounts: string[]
  /** accounts-per-job; null: the fewest that keep the shards within the matrix limit. */
  accountsPerJob: number | null
  /** The partition of the role ARNs given (aws when none is given); Organizations is called there. */
  partition: string
  roleSessionName: string
  run: RunContext
}

const OU_ID = /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/
const ROOT_ID = /^r-[0-9a-z]{4,32}$/

/**
 * Parses the discover-accounts inputs, collecting every problem so one run reports them all.
 * `read` returns the raw value ('' when unset), as core.getInput does. Throws InputError; no I/O.
 */
export function parseDiscoverSettings(
  read: (name: string) => string,
  run: RunContext
): DiscoverSettings {
  const input = inputReader(DISCOVER_INPUTS, read)
  const { get, fail } = input

  const roleName = get('role-name')
  if (roleName === '')
    input.problems.push({
      input: 'role-name',
      expected: 'the target role name, e.g. DRSOrchestrationRole',
      required: true
    })
  else if (roleName.startsWith('arn:')) {
    fail(
      'role-name',
      'a role name such as DRSOrchestrationRole, not an ARN (the account id is filled in per account)',
      roleName
    )
  } else if (!isRoleName(roleName)) {
    fail('role-name', 'an IAM role name of 1 to 64 characters from [A-Za-z0-9_+=,.@-]', roleName)
  }

  const roleArn = (
    name: string,
    example: string
  ): { arn: string | null; partition: string | null } => {
    const value = get(name)
    if (value === '') return { arn: null, partition: null }
    const role = parseRoleArn(value)
    if (!role) {
      fail(name, roleArnExpected(example), value)
      return { arn: null, partition: null }
    }
    return { arn: value, partition: role.partition }
  }
  const oidc = roleArn('oidc-role-arn', 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator')
  const orgs = roleArn(
    'organizations-role-arn',
    'arn:aws:iam::111111111111:role/DRSOrganizationsReader'
  )
  if (oidc.partition && orgs.partition && oidc.partition !== orgs.partition) {
    fail(
      'organizations-role-arn',
      `the same partition as oidc-role-arn (${oidc.partition})`,
      orgs.arn ?? ''
    )
  }

  const audience = get('audience')
  const audienceWrong = audienceProblem(audience)
  if (audienceWrong)
    fail(
      'audience',
      audienceWrong,
      audience === '' ? undefined : JSON.stringify(audience).slice(1, -1)
    )

  const organizationalUnits = unique(splitList(get('organizational-units'), true))
  for (const id of organizationalUnits) {
    if (!OU_ID.test(id) && !ROOT_ID.test(id)) {
      fail(
        'organizational-units',
        'organizational unit ids like ou-ab12-cd34ef56 or root ids like r-ab12',
        id
      )
    }
  }

  const { pairs: accountTags, bad } = parsePairs(get('account-tag'))
  for (const item of bad) fail('account-tag', 'key=value, e.g. dr:enabled=true', item)

  const excludeAccounts = unique(splitList(get('exclude-accounts'), true))
  for (const id of excludeAccounts) {
    if (!ACCOUNT_ID.test(id)) fail('exclude-accounts', 'account ids of 12 digits', id)
  }

  const perJob = get('accounts-per-job')
  let accountsPerJob: number | null = null
  if (perJob !== '') {
    if (/^\d+$/.test(perJob) && Number(perJob) >= 1 && Number.isSafeInteger(Number(perJob))) {
      accountsPerJob = Number(perJob)
    } else {
      fail(
        'accounts-per-job',
        'a whole number of accounts of at least 1 (unset: the fewest that keep the shards at or under 256 jobs)',
        perJob
      )
    }
  }

  const roleSessionName = sanitiseSessionName(
    `drs-discover-${run.runId || 'local'}-${run.runAttempt || '1'}`
  )

  input.done()
  return {
    roleName,
    oidcRoleArn: oidc.arn,
    audience,
    organizationsRoleArn: orgs.arn,
    organizationalUnits,
    accountTags,
    excludeAccounts,
    accountsPerJob,
    partition: orgs.partition ?? oidc.partition ?? 'aws',
    roleSessionName,
    run
  }
}
