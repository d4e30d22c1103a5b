// Shards: the accounts split into groups of `accounts-per-job`, one matrix job per group, so any
// number of accounts runs within GitHub's 256-job matrix limit.
import { MATRIX_LIMIT } from './matrix.js'

export interface Shard {
  /** 1, 2, ... in account order; a string, as matrix values and artifact names use it. */
  shard: string
  /** The shard's account ids, comma separated (the accounts input of the other actions). */
  accounts: string
}

export interface Shards {
  include: Shard[]
}

/** The fewest accounts per job that keep `count` accounts within `limit` jobs (at least 1). */
export function defaultAccountsPerJob(count: number, limit = MATRIX_LIMIT): number {
  return Math.max(1, Math.ceil(count / limit))
}

/**
 * Every account in exactly one shard, shards and the accounts in them in account order; each
 * shard but the last holds `perJob` accounts. `perJob` is a positive integer.
 */
export function buildShards(accountIds: readonly string[], perJob: number): Shards {
  if (!Number.isInteger(perJob) || perJob < 1) throw new RangeError(`perJob ${perJob}`)
  const sorted = [...new Set(accountIds)].sort()
  const include: Shard[] = []
  for (let start = 0; start < sorted.length; start += perJob) {
    include.push({
      shard: String(include.length + 1),
      accounts: sorted.slice(start, start + perJob).join(',')
    })
  }
  return { include }
}

/** Null when `perJob` keeps `count` accounts within the matrix limit, else the message to fail with. */
export function shardLimitProblem(
  count: number,
  perJob: number,
  limit = MATRIX_LIMIT
): string | null {
  const jobs = Math.ceil(count / perJob)
  if (jobs <= limit) return null
  return (
    `accounts-per-job: ${perJob} makes ${jobs} shards for ${count} accounts, but a GitHub Actions matrix runs at most ${limit} jobs. ` +
    `Set accounts-per-job to at least ${defaultAccountsPerJob(count, limit)}, or leave it unset (the fewest that fit).`
  )
}
