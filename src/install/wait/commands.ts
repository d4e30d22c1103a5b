// Following the install commands in SSM: command status (one listing per region, or one call
// per id), then the invocations of each finished command that did not fully succeed.
import type { Command, CommandFilter, CommandInvocation } from '@aws-sdk/client-ssm'
import { awsErrorFacts } from '../../aws/errors.js'
import { invokedAfter } from '../../aws/ssm-time.js'
import { mapLimited } from '../../shared/concurrency.js'
import { errorCode, errorMessage } from '../../shared/port.js'
import { describeError, invocationMessage } from './messages.js'
import {
  cutOffByDeadline,
  finish,
  installSucceeded,
  NO_ANSWER,
  observe,
  openRows,
  type CommandState,
  type Context,
  type RegionState
} from './tracking.js'

const TERMINAL_COMMAND = new Set(['Success', 'Failed', 'Cancelled', 'TimedOut'])
// Parallel calls per region; SSM's read APIs throttle at a few requests per second.
const CONCURRENCY = 5
// SSM compares InvokedAfter with its own clock: allow for our clock being ahead (SigV4 refuses
// more than 5 minutes of skew anyway).
const CLOCK_SKEW_MS = 5 * 60 * 1000
/**
 * SSM may not know a command for a moment after SendCommand answered (eventual consistency): a
 * command is "not in SSM" only after this many misses in a row, and this long after its send.
 */
export const MISS_ROUNDS = 3
export const MISS_GRACE_MS = 60_000

/**
 * What to do with a failed read: retryable ones (throttling, 5xx, network, a deadline, a
 * credential renewal that failed for a retryable reason, credentials about to be renewed) are
 * asked again next round; the rest are returned as the reason to fail with.
 */
export function readFailure(
  ctx: Context,
  api: string,
  region: string,
  error: unknown
): string | null {
  const facts = awsErrorFacts(error)
  const renewable = facts.kind === 'bad-credentials' && errorCode(error) !== 'CredentialChainError'
  if (facts.retryable || renewable) {
    ctx.notes.add(`${api} in ${region}: ${facts.code}, retrying`)
    return null
  }
  if (errorCode(error) === 'CredentialChainError') {
    return `${api} in ${region} could not renew the credentials (${errorMessage(error)})`
  }
  return `${api} in ${region} failed (${describeError(error)})`
}

function failRegion(ctx: Context, state: RegionState, reason: string): void {
  const message = `could not follow the install command: ${reason}; the target role needs ssm:ListCommands and ssm:ListCommandInvocations`
  for (const command of state.commands) {
    for (const tracked of openRows(command)) finish(ctx, tracked, 'failed', message)
  }
}

function listingFilters(ctx: Context, commands: CommandState[]): CommandFilter[] {
  const since = Math.min(...commands.map(c => c.sentAt)) - CLOCK_SKEW_MS
  const filters: CommandFilter[] = [invokedAfter(since)]
  // A document given by ARN may be listed under its name: filter only on plain names.
  if (!ctx.settings.documentName.startsWith('arn:')) {
    filters.push({ key: 'DocumentName', value: ctx.settings.documentName })
  }
  return filters
}

/** One listing for the region's outstanding commands; false when the region failed. */
async function listRegion(
  ctx: Context,
  state: RegionState,
  commands: CommandState[],
  found: Map<string, Command>
): Promise<boolean> {
  try {
    const wanted = new Set(commands.map(c => c.id))
    // Never page further than asking for each command by id would cost.
    const listing = await ctx.reads.listCommands(
      state.region,
      listingFilters(ctx, commands),
      wanted,
      wanted.size,
      ctx.signal
    )
    for (const command of listing.found) found.set(command.CommandId ?? '', command)
    state.listingPages = Math.max(1, listing.pages)
  } catch (error) {
    if (ctx.signal.aborted) {
      if (cutOffByDeadline(ctx)) for (const command of commands) command.lastError = NO_ANSWER
      return true
    }
    const facts = awsErrorFacts(error)
    if (facts.kind === 'invalid') {
      // A filter this endpoint does not take: ask by id from now on.
      state.useListing = false
      return true
    }
    const reason = readFailure(ctx, 'ListCommands', state.region, error)
    if (reason !== null) {
      failRegion(ctx, state, reason)
      return false
    }
  }
  return true
}

/** Asks for each command the listing did not show; false when the region failed. */
async function askById(
  ctx: Context,
  state: RegionState,
  commands: CommandState[],
  found: Map<string, Command>,
  missing: CommandState[]
): Promise<boolean> {
  let regionError: string | null = null
  await mapLimited(commands, CONCURRENCY, async command => {
    if (regionError !== null || ctx.signal.aborted) return
    try {
      const match = await ctx.reads.commandById(state.region, command.id, ctx.signal)
      if (match) found.set(command.id, match)
      else missing.push(command)
    } catch (error) {
      if (ctx.signal.aborted) {
        if (cutOffByDeadline(ctx)) command.lastError = NO_ANSWER
        return
      }
      if (/InvalidCommandId/i.test(errorCode(error))) {
        missing.push(command)
        return
      }
      regionError = readFailure(ctx, 'ListCommands', state.region, error)
      if (regionError === null) command.lastError = describeError(error)
    }
  })
  if (regionError !== null) failRegion(ctx, state, regionError)
  return regionError === null
}

/** A miss fails the command's rows only after MISS_ROUNDS rounds and MISS_GRACE_MS after its send. */
function recordMiss(ctx: Context, command: CommandState): void {
  command.misses++
  const graceOver = ctx.clock.now() - command.sentAt >= MISS_GRACE_MS
  if (command.misses < MISS_ROUNDS || !graceOver) {
    ctx.notes.add(`ListCommands in ${command.region}: ${command.id} not listed yet, asking again`)
    return
  }
  for (const tracked of openRows(command)) {
    finish(
      ctx,
      tracked,
      'failed',
      `SSM has no command ${command.id} in ${command.region} (it expired or was never sent)`
    )
  }
}

/**
 * True when the command's own counts prove every invocation succeeded. Status Success alone does
 * not: SSM reports it for a command whose errors stayed under MaxErrors. Undeliverable,
 * Terminated and Cancelled invocations make StatusDetails Incomplete or Cancelled; Failed and
 * ExecutionTimedOut count in ErrorCount; DeliveryTimedOut in DeliveryTimedOutCount.
 */
export function everyInvocationSucceeded(command: Command): boolean {
  const target = command.TargetCount ?? 0
  return (
    command.Status === 'Success' &&
    command.StatusDetails === 'Success' &&
    target > 0 &&
    command.CompletedCount === target &&
    command.ErrorCount === 0 &&
    command.DeliveryTimedOutCount === 0
  )
}

function applyListed(ctx: Context, command: CommandState, listed: Command): void {
  command.lastError = null
  command.misses = 0
  command.status = listed.Status ?? null
  command.completed = Math.min(listed.CompletedCount ?? 0, command.rows.length)
  command.done =
    TERMINAL_COMMAND.has(listed.Status ?? '') ||
    (listed.TargetCount !== undefined &&
      listed.TargetCount > 0 &&
      (listed.CompletedCount ?? 0) >= listed.TargetCount)
  if (everyInvocationSucceeded(listed)) {
    // The counts answer for every instance: no invocation listing is needed.
    for (const tracked of openRows(command)) installSucceeded(ctx, tracked)
    return
  }
  const progress = `command ${listed.Status ?? 'Unknown'}, ${listed.CompletedCount ?? 0} of ${listed.TargetCount ?? '?'} instances done`
  if (progress !== command.progress) ctx.changed = true
  command.progress = progress
  for (const tracked of openRows(command)) {
    if (!tracked.invocationSeen) {
      tracked.lastStatus = listed.Status ?? 'Pending'
      tracked.row.message = progress
    }
  }
}

/** Command-level status for the outstanding commands of one region: a listing or one call per id. */
async function refreshCommands(
  ctx: Context,
  state: RegionState,
  commands: CommandState[]
): Promise<void> {
  const found = new Map<string, Command>()
  if (state.useListing && commands.length > state.listingPages) {
    if (!(await listRegion(ctx, state, commands, found))) return
  }
  const missing: CommandState[] = []
  const rest = commands.filter(c => !found.has(c.id))
  if (!(await askById(ctx, state, rest, found, missing))) return
  if (ctx.signal.aborted) return
  for (const command of missing) recordMiss(ctx, command)
  for (const command of commands) {
    const listed = found.get(command.id)
    if (listed) applyListed(ctx, command, listed)
  }
}

function applyInvocation(
  ctx: Context,
  command: CommandState,
  invocations: Map<string, CommandInvocation>
): void {
  for (const tracked of openRows(command)) {
    const invocation = invocations.get(tracked.row.instanceId ?? '')
    if (!invocation) {
      if (command.status !== null && TERMINAL_COMMAND.has(command.status)) {
        finish(
          ctx,
          tracked,
          'failed',
          `SSM lists no invocation of command ${command.id} for this instance (the command ended ${command.status})`
        )
      }
      continue
    }
    const status = invocation.Status ?? 'Pending'
    tracked.invocationSeen = true
    if (status === 'Success') installSucceeded(ctx, tracked)
    else if (status === 'Failed' || status === 'Cancelled')
      finish(ctx, tracked, 'failed', invocationMessage(invocation))
    else if (status === 'TimedOut') finish(ctx, tracked, 'timed-out', invocationMessage(invocation))
    else {
      tracked.lastStatus = status
      observe(ctx, tracked, `invocation ${status}`, `install command ${status}`)
    }
  }
}

/** One listing of a finished command's invocations gives every instance's outcome and output. */
async function readInvocations(ctx: Context, command: CommandState): Promise<void> {
  let listed: CommandInvocation[]
  try {
    listed = await ctx.reads.invocations(command.region, command.id, ctx.signal)
  } catch (error) {
    if (ctx.signal.aborted) {
      if (cutOffByDeadline(ctx)) command.lastError = NO_ANSWER
      return
    }
    const reason = readFailure(ctx, 'ListCommandInvocations', command.region, error)
    if (reason === null) {
      command.lastError = describeError(error)
      return
    }
    const message = `could not read the install command's results: ListCommandInvocations for ${command.id} in ${command.region} failed (${describeError(error)})`
    for (const tracked of openRows(command)) finish(ctx, tracked, 'failed', message)
    return
  }
  const invocations = new Map<string, CommandInvocation>()
  for (const invocation of listed) {
    if (invocation.InstanceId) invocations.set(invocation.InstanceId, invocation)
  }
  applyInvocation(ctx, command, invocations)
}

/** One round of SSM reads for a region; at the bound (`last`) every open command is read once. */
export async function followCommands(
  ctx: Context,
  state: RegionState,
  last: boolean
): Promise<void> {
  const open = state.commands.filter(c => openRows(c).length > 0)
  const unfinished = open.filter(c => !c.done)
  if (unfinished.length > 0) await refreshCommands(ctx, state, unfinished)
  if (ctx.signal.aborted) return
  // At the bound, read even unfinished commands once, so each instance gets its own outcome.
  const toRead = open.filter(c => openRows(c).length > 0 && (c.done || last))
  await mapLimited(toRead, CONCURRENCY, command => readInvocations(ctx, command))
}
