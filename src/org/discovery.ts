// Which accounts get a deploy job: the organization's accounts (all, or under OUs), ACTIVE only,
// minus the excluded ids, carrying every wanted tag.
import type { OrganizationsClient } from '@aws-sdk/client-organizations'
import type { KeyValue } from '../settings/index.js'
import { mapLimited } from '../shared/concurrency.js'
import type { DiscoverSettings } from './discover-settings.js'
import {
  accountTags,
  isActive,
  listAccountsUnder,
  listAllAccounts,
  toOrgAccount,
  type OrgAccount
} from './organizations.js'

/** Tag look-ups in flight at once (Organizations allows only a few requests per second). */
const TAG_CONCURRENCY = 4

/** What discovery tells its caller besides the result (the front logs it). */
export interface DiscoveryLog {
  info(message: string): void
  warning(message: string): void
}

export function matchesTags(tags: Record<string, string>, wanted: readonly KeyValue[]): boolean {
  return wanted.every(({ key, value }) => tags[key] === value)
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
