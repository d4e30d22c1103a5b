// Account discovery for the discover-accounts helper action: which accounts of an AWS Organization
// get a deploy job, and the matrix that names them. Inputs are parsed here (pure), the
// Organizations calls take a client, and nothing here imports @actions/core.
import {
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  paginateListTagsForResource,
  type Account,
  type OrganizationsClient
} from '@aws-sdk/client-organizations'
import {
  ACCOUNT_ID,
  audienceProblem,
  inputReader,
  isRoleName,
  PARTITION,
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
import { escapeCell } from '../report/text.js'
import { errorCode, errorMessage } from '../shared/port.js'

/** GitHub runs at most 256 jobs from one matrix; more accounts than that fail discovery. */
export const MATRIX_LIMIT = 256
/** Tag look-ups in flight at once (Organizations allows only a few requests per second). */
const TAG_CONCURRENCY = 4

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
  }
]

export const DISCOVER_OUTPUTS: readonly OutputSpec[] = [
  {
    name: 'matrix',
    description:
      'JSON for strategy.matrix: {"include":[{"account-id":"...","role-arn":"..."}]}, one entry per ACTIVE account, sorted by account id.'
  },
  { name: 'account-count', description: 'Number of accounts in the matrix.' }
]

export interface DiscoverSettings {
  roleName: string
  oidcRoleArn: string | null
  audience: string
  organizationsRoleArn: string | null
  organizationalUnits: string[]
  accountTags: KeyValue[]
  excludeAccounts: string[]
  /** The partition of the role ARNs given (aws when none is given); Organizations is called there. */
  partition: string
  roleSessionName: string
  run: RunContext
}

const OU_ID = /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/
const ROOT_ID = /^r-[0-9a-z]{4,32}$/
const ACCOUNT_ARN_PARTITION = new RegExp(`^arn:(${PARTITION}):organizations::`)

/** The region whose endpoint serves Organizations (a global service) in each partition. */
const HOME_REGIONS: Record<string, string> = {
  aws: 'us-east-1',
  'aws-us-gov': 'us-gov-west-1',
  'aws-cn': 'cn-northwest-1',
  'aws-iso': 'us-iso-east-1',
  'aws-iso-b': 'us-isob-east-1'
}

export function partitionHomeRegion(partition: string): string {
  return HOME_REGIONS[partition] ?? 'us-east-1'
}

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
    partition: orgs.partition ?? oidc.partition ?? 'aws',
    roleSessionName,
    run
  }
}

export interface OrgAccount {
  id: string
  name: string | null
  /** From the account's ARN; null when Organizations gave none. */
  partition: string | null
  state: string
}

/** What discovery tells its caller besides the result (the front logs it). */
export interface DiscoveryLog {
  info(message: string): void
  warning(message: string): void
}

/** Stops discovery; `message` says what to fix. */
export class DiscoveryError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
    this.name = 'DiscoveryError'
  }
}

/**
 * ACTIVE means every lifecycle field Organizations returns says ACTIVE: `State` (the current
 * field) and `Status` (retired in 2026). Suspended, closed and pending accounts get no job.
 */
export function isActive(account: Pick<Account, 'State' | 'Status'>): boolean {
  const fields = [account.State, account.Status].filter(value => value !== undefined)
  return fields.length > 0 && fields.every(value => value === 'ACTIVE')
}

function toOrgAccount(account: Account): OrgAccount | null {
  if (!account.Id) return null
  return {
    id: account.Id,
    name: account.Name ?? null,
    partition: ACCOUNT_ARN_PARTITION.exec(account.Arn ?? '')?.[1] ?? null,
    state: account.State ?? account.Status ?? 'UNKNOWN'
  }
}

/** Says what to fix for an Organizations failure. */
export function explainOrganizationsError(error: unknown, parentId?: string): string {
  const code = errorCode(error)
  const detail = errorMessage(error)
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    return (
      `AWS Organizations refused the request (${detail}). Only the management account or a delegated administrator ` +
      `can list accounts: set organizations-role-arn to a role there that trusts the central role and allows ` +
      `organizations:ListAccounts, ListAccountsForParent, ListOrganizationalUnitsForParent and ListTagsForResource.`
    )
  }
  if (code === 'AWSOrganizationsNotInUseException') {
    return `The account of the credentials is not in an AWS Organization (${detail}); set organizations-role-arn to a role in the management account.`
  }
  if (code === 'ParentNotFoundException' && parentId) {
    return `organizational-units: ${parentId} is not an OU or root of this organization (${detail}).`
  }
  if (code === 'TooManyRequestsException') {
    return `AWS Organizations kept throttling the requests (${detail}); re-run the job, or raise AWS_MAX_ATTEMPTS.`
  }
  return `AWS Organizations call failed (${code}: ${detail}).`
}

/** Errors of the credentials (not of Organizations) already say what to fix: passed on as they are. */
const PASS_THROUGH = new Set(['CredentialChainError', 'CredentialsProviderError'])

function wrap(error: unknown, parentId?: string): never {
  if (error instanceof DiscoveryError) throw error
  if (error instanceof Error && PASS_THROUGH.has(error.name)) throw error
  throw new DiscoveryError(explainOrganizationsError(error, parentId), errorCode(error))
}

/** Every account of the organization (ListAccounts), any state. */
export async function listAllAccounts(client: OrganizationsClient): Promise<Account[]> {
  const accounts: Account[] = []
  try {
    for await (const page of paginateListAccounts({ client }, {})) {
      accounts.push(...(page.Accounts ?? []))
    }
  } catch (error) {
    wrap(error)
  }
  return accounts
}

/**
 * Every account under the given OUs or roots, nested OUs included (walked breadth first; each OU
 * once, each account once even when the ids overlap).
 */
export async function listAccountsUnder(
  client: OrganizationsClient,
  parentIds: readonly string[]
): Promise<Account[]> {
  const seenParents = new Set<string>()
  const seenAccounts = new Set<string>()
  const accounts: Account[] = []
  const queue = [...parentIds]
  while (queue.length > 0) {
    const parentId = queue.shift()!
    if (seenParents.has(parentId)) continue
    seenParents.add(parentId)
    try {
      for await (const page of paginateListAccountsForParent({ client }, { ParentId: parentId })) {
        for (const account of page.Accounts ?? []) {
          if (account.Id && !seenAccounts.has(account.Id)) {
            seenAccounts.add(account.Id)
            accounts.push(account)
          }
        }
      }
      for await (const page of paginateListOrganizationalUnitsForParent(
        { client },
        { ParentId: parentId }
      )) {
        for (const ou of page.OrganizationalUnits ?? []) if (ou.Id) queue.push(ou.Id)
      }
    } catch (error) {
      // Only a requested id can be "not found"; a child OU vanishing mid-walk is an ordinary error.
      wrap(error, parentIds.includes(parentId) ? parentId : undefined)
    }
  }
  return accounts
}

/** The tags of one account, as a record. */
export async function accountTags(
  client: OrganizationsClient,
  accountId: string
): Promise<Record<string, string>> {
  const tags: Record<string, string> = {}
  try {
    for await (const page of paginateListTagsForResource({ client }, { ResourceId: accountId })) {
      for (const tag of page.Tags ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? ''
    }
  } catch (error) {
    wrap(error)
  }
  return tags
}

export function matchesTags(tags: Record<string, string>, wanted: readonly KeyValue[]): boolean {
  return wanted.every(({ key, value }) => tags[key] === value)
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export type DiscoverFilters = Pick<
  DiscoverSettings,
  'organizationalUnits' | 'accountTags' | 'excludeAccounts'
>

export interface Discovery {
  /** The selected accounts, sorted by id. */
  accounts: OrgAccount[]
  /** Accounts seen but left out because they are not ACTIVE. */
  inactive: OrgAccount[]
  /** How many accounts the exclude list removed. */
  excluded: number
  /** How many ACTIVE accounts lacked the tag. */
  untagged: number
}

/**
 * Lists the organization's accounts (all, or under the OUs), keeps the ACTIVE ones, drops the
 * excluded ids, then (only for what is left, to spare the API) keeps those carrying every tag.
 */
export async function discoverAccounts(
  client: OrganizationsClient,
  filters: DiscoverFilters,
  log?: DiscoveryLog
): Promise<Discovery> {
  const listed =
    filters.organizationalUnits.length > 0
      ? await listAccountsUnder(client, filters.organizationalUnits)
      : await listAllAccounts(client)
  const all = listed.map(toOrgAccount).filter(account => account !== null)
  const activeIds = new Set(listed.filter(isActive).map(account => account.Id))
  const inactive = all.filter(account => !activeIds.has(account.id))
  const excludeSet = new Set(filters.excludeAccounts)
  const active = all.filter(account => activeIds.has(account.id))
  let candidates = active.filter(account => !excludeSet.has(account.id))
  const excluded = active.length - candidates.length

  const listedIds = new Set(all.map(account => account.id))
  const unknownExcludes = filters.excludeAccounts.filter(id => !listedIds.has(id))
  if (unknownExcludes.length > 0) {
    log?.info(`exclude-accounts: not among the listed accounts: ${unknownExcludes.join(', ')}`)
  }

  let untagged = 0
  if (filters.accountTags.length > 0 && candidates.length > 0) {
    const tags = await mapLimited(candidates, TAG_CONCURRENCY, account =>
      accountTags(client, account.id)
    )
    const kept = candidates.filter((_, index) => matchesTags(tags[index], filters.accountTags))
    untagged = candidates.length - kept.length
    candidates = kept
  }

  candidates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { accounts: candidates, inactive, excluded, untagged }
}

export interface MatrixEntry {
  'account-id': string
  'role-arn': string
}

export interface Matrix {
  include: MatrixEntry[]
}

/** The role-name in every account, in the account's own partition (else the fallback's). */
export function buildMatrix(
  accounts: readonly OrgAccount[],
  roleName: string,
  fallbackPartition = 'aws'
): Matrix {
  return {
    include: accounts.map(account => ({
      'account-id': account.id,
      'role-arn': `arn:${account.partition ?? fallbackPartition}:iam::${account.id}:role/${roleName}`
    }))
  }
}

/** Null when the matrix fits GitHub's limit, else the message to fail with. */
export function matrixLimitProblem(count: number, limit = MATRIX_LIMIT): string | null {
  if (count <= limit) return null
  return (
    `${count} accounts matched, but a GitHub Actions matrix runs at most ${limit} jobs. Narrow the selection with ` +
    `organizational-units, account-tag or exclude-accounts, and run the workflow once per group ` +
    `(for example one call of the reusable workflow per top-level OU).`
  )
}

/** One line saying what was selected and what was left out, for the log. */
export function describeDiscovery(discovery: Discovery, filters: DiscoverFilters): string {
  const parts = [
    `${discovery.accounts.length} account${discovery.accounts.length === 1 ? '' : 's'} selected`
  ]
  if (discovery.inactive.length > 0) parts.push(`${discovery.inactive.length} not ACTIVE`)
  if (discovery.excluded > 0) parts.push(`${discovery.excluded} excluded`)
  if (filters.accountTags.length > 0) {
    const tag = filters.accountTags.map(({ key, value }) => `${key}=${value}`).join(', ')
    parts.push(`${discovery.untagged} without ${tag}`)
  }
  const scope =
    filters.organizationalUnits.length > 0
      ? ` under ${filters.organizationalUnits.join(', ')}`
      : ' in the organization'
  return `${parts.join(', ')}${scope}.`
}

/** A short job summary: the selection and one table row per account. */
export function renderDiscoverySummary(
  discovery: Discovery,
  filters: DiscoverFilters,
  matrix: Matrix
): string {
  const lines = [
    '## DRS roll-out: accounts discovered',
    '',
    describeDiscovery(discovery, filters),
    ''
  ]
  if (matrix.include.length === 0) return `${lines.join('\n')}No account matched.\n`
  lines.push('| Account | Name | Role |', '|---|---|---|')
  const names = new Map(discovery.accounts.map(account => [account.id, account.name]))
  for (const entry of matrix.include) {
    lines.push(
      `| ${entry['account-id']} | ${escapeCell(names.get(entry['account-id']) ?? '')} | \`${entry['role-arn']}\` |`
    )
  }
  return `${lines.join('\n')}\n`
}
