// The AWS Organizations reads discover-accounts makes (accounts, OUs, tags, each paginated), and
// what to fix when Organizations refuses.
import {
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  paginateListTagsForResource,
  type Account,
  type OrganizationsClient
} from '@aws-sdk/client-organizations'
import { PARTITION } from '../settings/index.js'
import { errorCode, errorMessage } from '../shared/port.js'

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

export interface OrgAccount {
  id: string
  name: string | null
  /** From the account's ARN; null when Organizations gave none. */
  partition: string | null
  state: string
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

export function toOrgAccount(account: Account): OrgAccount | null {
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
