// Following the rows past their install command in DRS: the source server appears, then (with
// `wait-for: replication`) its replication reaches CONTINUOUS.
import type { SourceServer } from '@aws-sdk/client-drs'
import { describeError, replicationError, replicationMessage } from './messages.js'
import { readFailure } from './commands.js'
import {
  cutOffByDeadline,
  finish,
  NO_ANSWER,
  observe,
  type Context,
  type Tracked
} from './tracking.js'

function failWaiting(ctx: Context, waiting: Tracked[], reason: string): void {
  for (const tracked of waiting) {
    const what =
      tracked.phase === 'registration'
        ? 'the install command succeeded, but its source server could not be confirmed'
        : 'its replication state could not be read'
    finish(ctx, tracked, 'failed', `${what}: ${reason}`)
  }
}

function applyServer(ctx: Context, tracked: Tracked, server: SourceServer): void {
  const state = server.dataReplicationInfo?.dataReplicationState ?? null
  const error = replicationError(server)
  tracked.row.sourceServerId = server.sourceServerID ?? tracked.row.sourceServerId
  tracked.row.replicationState = state
  tracked.replicationError = error
  if (ctx.settings.waitFor !== 'replication') {
    finish(ctx, tracked, 'installed', error ? replicationMessage(state, error) : null)
  } else if (state === 'CONTINUOUS') {
    finish(ctx, tracked, 'installed', null)
  } else {
    tracked.phase = 'replication'
    observe(
      ctx,
      tracked,
      `replication ${state} ${error?.text ?? ''}`,
      replicationMessage(state, error)
    )
  }
}

/** Reads DRS for the rows past their install command; false when none is, so nothing was asked. */
export async function followRegistration(ctx: Context, rows: Tracked[]): Promise<boolean> {
  const waiting = rows.filter(t => t.phase === 'registration' || t.phase === 'replication')
  if (waiting.length === 0) return false
  const region = ctx.settings.targetRegion
  let servers: Map<string, SourceServer>
  try {
    const ids = new Set(waiting.map(t => t.row.instanceId ?? ''))
    servers = await ctx.reads.sourceServers(ids, ctx.signal)
  } catch (error) {
    if (ctx.signal.aborted) {
      if (cutOffByDeadline(ctx)) ctx.registrationError = NO_ANSWER
      return true
    }
    const reason = readFailure(ctx, 'DescribeSourceServers', region, error)
    if (reason === null) ctx.registrationError = describeError(error)
    else {
      const detail = reason.includes('could not renew')
        ? reason
        : `DescribeSourceServers in ${region} failed (${describeError(error)}); the target role needs drs:DescribeSourceServers`
      failWaiting(ctx, waiting, detail)
    }
    return true
  }
  ctx.registrationError = null
  for (const tracked of waiting) {
    const server = servers.get(tracked.row.instanceId ?? '')
    if (server) applyServer(ctx, tracked, server)
  }
  return true
}
