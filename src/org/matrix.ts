// The matrix discovery hands to the deploy jobs, its GitHub limit, and the job summary.
import { escapeCell } from '../report/text.js'
import { describeDiscovery, type DiscoverFilters, type Discovery } from './discovery.js'
import type { OrgAccount } from './organizations.js'

/** GitHub runs at most 256 jobs from one matrix; more accounts than that fail discovery. */
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

/** Null when the matrix fits GitHub's limit, else the message to fail with. */
export function matrixLimitProblem(count: number, limit = MATRIX_LIMIT): string | null {
  if (count <= limit) return null
  return (
    `${count} accounts matched, but a GitHub Actions matrix runs at most ${limit} jobs. Narrow the selection with ` +
    `organizational-units, account-tag or exclude-accounts, and run the workflow once per group ` +
    `(for example one call of the reusable workflow per top-level OU).`
  )
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
