// The matrix discovery hands to the deploy jobs, its GitHub limit, and the job summary.
import { escapeCell } from '../report/text.js'
import { describeDiscovery, type DiscoverFilters, type Discovery } from './discovery.js'
import type { OrgAccount } from './organizations.js'
import type { Shards } from './shards.js'

/** GitHub runs at most 256 jobs from one matrix; above it only the shards output is set. */
export const MATRIX_LIMIT = 256

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

/** Null when the matrix fits GitHub's limit, else the warning that says why it is not set. */
export function matrixLimitProblem(count: number, limit = MATRIX_LIMIT): string | null {
  if (count <= limit) return null
  return (
    `${count} accounts matched, but a GitHub Actions matrix runs at most ${limit} jobs, so the matrix output is not set. ` +
    `Fan out over the shards output instead (each job takes a shard's accounts with role-name), ` +
    `or narrow the selection with organizational-units, account-tag or exclude-accounts.`
  )
}

/** A short job summary: the selection, the shards, and one table row per account. */
export function renderDiscoverySummary(
  discovery: Discovery,
  filters: DiscoverFilters,
  matrix: Matrix,
  shards?: Shards
): string {
  const lines = [
    '## DRS roll-out: accounts discovered',
    '',
    describeDiscovery(discovery, filters),
    ''
  ]
  if (matrix.include.length === 0) return `${lines.join('\n')}No account matched.\n`
  if (shards) {
    const largest = Math.max(...shards.include.map(shard => shard.accounts.split(',').length))
    lines.push(
      `Shards: ${shards.include.length} (at most ${largest} account${largest === 1 ? '' : 's'} each).`,
      ''
    )
  }
  lines.push('| Account | Name | Role |', '|---|---|---|')
  const names = new Map(discovery.accounts.map(account => [account.id, account.name]))
  for (const entry of matrix.include) {
    lines.push(
      `| ${entry['account-id']} | ${escapeCell(names.get(entry['account-id']) ?? '')} | \`${entry['role-arn']}\` |`
    )
  }
  return `${lines.join('\n')}\n`
}
