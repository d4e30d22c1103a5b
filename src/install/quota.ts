// The DRS quota preflight: DRS replicates at most drs-replicating-limit source servers per account
// and region, so candidates beyond what is left are failed up front, in row order, instead of
// being sent to an install the agent cannot finish.
import type { Settings } from '../settings/index.js'
import { makeRow, type Row } from '../shared/rows.js'
import type { Candidate } from './preflight.js'

export interface QuotaDecision {
  /** The candidates within the quota, still in row order. */
  send: Candidate[]
  /** One failed row for each candidate beyond it. */
  rows: Row[]
}

export function quotaMessage(
  settings: Pick<Settings, 'targetRegion' | 'accountId' | 'drsReplicatingLimit'>,
  replicating: number,
  eligible: number
): string {
  return (
    `not sent: DRS in ${settings.targetRegion} already replicates ${replicating} source servers ` +
    `for account ${settings.accountId}; drs-replicating-limit is ${settings.drsReplicatingLimit} ` +
    `and ${eligible} more were eligible`
  )
}

/**
 * Splits `candidates` (row order: region, then instance id) at the room left under the quota.
 * `replicating` null (the servers were not listed) sends every candidate.
 */
export function applyReplicatingQuota(
  settings: Pick<Settings, 'targetRegion' | 'accountId' | 'drsReplicatingLimit'>,
  candidates: readonly Candidate[],
  replicating: number | null
): QuotaDecision {
  if (replicating === null) return { send: [...candidates], rows: [] }
  const room = Math.max(0, settings.drsReplicatingLimit - replicating)
  if (candidates.length <= room) return { send: [...candidates], rows: [] }
  const message = quotaMessage(settings, replicating, candidates.length)
  return {
    send: candidates.slice(0, room),
    rows: candidates
      .slice(room)
      .map(candidate => makeRow({ ...candidate, status: 'failed', message }))
  }
}
