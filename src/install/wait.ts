// Waits for the sent install commands: command status first, then the invocations of each
// finished command that did not fully succeed (one listing per command), then the DRS source
// server and, with `wait-for: replication`, its replication state. Every call answers for a whole
// command, page or fleet, never for one instance, so a round costs the same for 10 instances as
// for 10,000; a command whose counts say every invocation succeeded needs no invocation listing.
import type { SourceServer } from '@aws-sdk/client-drs'
import {
  ListCommandsCommand,
  paginateListCommandInvocations,
  paginateListCommands,
  type Command,
  type CommandFilter,
  type CommandInvocation,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { AwsClients } from '../aws/clients.js'
import { sourceServersByInstance } from '../aws/drs-servers.js'
import type { Settings } from '../settings/index.js'
import {
  errorCode,
  errorMessage,
  httpStatusOf,
  systemClock,
  type Clock,
  type RunnerPort
} from '../shared/port.js'
import type { Row, Status } from '../shared/rows.js'

/** Adaptive polling: quick while things move, slower while nothing changes. */
export const BACKOFF = { initialMs: 5_000, factor: 1.5, maxMs: 30_000 } as const
/** The shortest pause, however near the end the progress says it is. */
export const MIN_POLL_MS = 1_000

/**
 * The next pause: back to the start after a change, otherwise a little longer, up to the cap.
 * With `etaMs` (when the progress so far says everything should be done), no longer than that,
 * but never under MIN_POLL_MS: the last completion is seen within about a second of the estimate
 * instead of up to a whole backoff step later.
 */
export function nextDelay(
  previousMs: number | null,
  changed: boolean,
  etaMs: number | null = null
): number {
  const backoff =
    previousMs === null || changed
      ? BACKOFF.initialMs
      : Math.min(Math.round(previousMs * BACKOFF.factor), BACKOFF.maxMs)
  if (etaMs === null) return backoff
  return Math.max(MIN_POLL_MS, Math.min(backoff, Math.round(etaMs)))
}

/**
 * Progress at one round: invocations SSM counts as completed, of all sent. Counted per invocation
 * (CompletedCount), not per final row: rows become final a whole command at a time, and only
 * after DRS lists their servers, so they would make the end look further away than it is.
 */
export interface Progress {
  at: number
  done: number
  total: number
}

/**
 * When everything should be done at the rate of the last interval, in ms from `now.at`; null
 * when the last interval made no progress (nothing to estimate from) or nothing remains.
 */
export function estimateRemainingMs(previous: Progress | null, now: Progress): number | null {
  if (!previous || now.done <= previous.done || now.done >= now.total) return null
  const msPerUnit = (now.at - previous.at) / (now.done - previous.done)
  return (now.total - now.done) * msPerUnit
}

const TERMINAL_COMMAND = new Set(['Success', 'Failed', 'Cancelled', 'TimedOut'])
// Parallel calls per region; SSM's read APIs throttle at a few requests per second.
const CONCURRENCY = 5
// How far before the wait started a command may have been sent and still be found by one listing;
// one sent earlier is asked for by id, so this only tunes cost, never correctness.
const LISTING_LOOKBACK_MS = 60 * 60 * 1000
const OUTPUT_TAIL = 300
const REACHABILITY =
  'check the instance can reach the DRS endpoints on HTTPS 443 and the replication servers on TCP 1500'

type Phase = 'command' | 'registration' | 'replication' | 'final'

interface Tracked {
  row: Row
  phase: Phase
  /** The last state seen; a change resets the backoff. */
  detail: string
  /** Invocation or command status for the "still ... at the bound" message. */
  lastStatus: string
  /** Set once the command's invocations were read: its own status outranks the command's. */
  invocationSeen: boolean
  /** Replication error as last reported by DRS (code, and the code with its details). */
  replicationError: { code: string; text: string } | null
}

interface CommandState {
  id: string
  rows: Tracked[]
  status: string | null
  done: boolean
  /** Invocations SSM counts as completed (CompletedCount). */
  completed: number
  progress: string
  /** Last transient error while following this command, said at the bound if it never cleared. */
  lastError: string | null
}

interface RegionState {
  region: string
  ssm: SSMClient
  commands: CommandState[]
  useListing: boolean
  /** Pages the last listing needed: the estimate of what the next one costs. */
  listingPages: number
}

interface Context {
  settings: Settings
  clients: Pick<AwsClients, 'ssm' | 'drs'>
  signal?: AbortSignal
  bound: string
  /** Transient problems this round, said once in the round's log line. */
  notes: Set<string>
  changed: boolean
}

function isTransient(error: unknown): boolean {
  const status = httpStatusOf(error)
  if (
    (error as { $retryable?: unknown } | null)?.$retryable ||
    status === 429 ||
    (status !== undefined && status >= 500)
  )
    return true
  return /throttl|toomanyrequests|requestlimitexceeded|slowdown|serviceunavailable|internalserver|internalfailure|internalerror|requesttimeout|timeouterror|econnreset|etimedout|econnrefused|epipe|eai_again/i.test(
    errorCode(error)
  )
}

function describeError(error: unknown): string {
  const code = errorCode(error)
  const message = errorMessage(error)
  return message.startsWith(code) ? message : `${code}: ${message}`
}

function isAccessDenied(error: unknown): boolean {
  return /accessdenied|unauthorized|notauthorized|unrecognizedclient|invalidclienttokenid|expiredtoken|authfailure/i.test(
    errorCode(error)
  )
}

async function forEachLimit<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/** The end of the plugin output, where the installer prints its error, on one line. */
export function outputTail(invocation: CommandInvocation, max = OUTPUT_TAIL): string | null {
  const plugins = invocation.CommandPlugins ?? []
  const failing = plugins.filter(p => p.Status !== 'Success' && p.Output?.trim())
  const text = (failing.length > 0 ? failing : plugins)
    .map(p => p.Output ?? '')
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim()
  if (text === '') return null
  return text.length > max ? `…${text.slice(text.length - max + 1)}` : text
}

const DETAIL_HINTS: Record<string, string> = {
  Undeliverable:
    'the instance could not be reached by SSM (agent stopped, instance stopped or gone, or no instance profile)',
  Terminated: 'the instance was stopped or terminated during the install',
  InvalidPlatform: 'the document does not support this platform',
  AccessDenied: 'the command was not allowed on this instance (check the target role and any SCPs)',
  DeliveryTimedOut: 'the SSM agent did not pick the command up in time (check it is online)',
  ExecutionTimedOut: "the install ran past the document's execution timeout"
}

function invocationMessage(invocation: CommandInvocation): string {
  const status = invocation.Status ?? 'Unknown'
  const details = invocation.StatusDetails
  let head: string
  if (status === 'TimedOut') {
    head =
      details === 'DeliveryTimedOut'
        ? 'install command timed out before delivery (DeliveryTimedOut)'
        : `install command timed out during execution (${details ?? 'ExecutionTimedOut'})`
  } else {
    head = `install command ${status === 'Cancelled' ? 'cancelled' : 'failed'}${details && details !== status ? ` (${details})` : ''}`
  }
  const hint = details ? DETAIL_HINTS[details] : undefined
  const tail = outputTail(invocation)
  return `${head}${hint ? `: ${hint}` : ''}${tail ? `; output: ${tail}` : ''}`
}

function replicationError(server: SourceServer): { code: string; text: string } | null {
  const info = server.dataReplicationInfo
  const error = info?.dataReplicationError
  const failedSteps = (info?.dataReplicationInitiation?.steps ?? [])
    .filter(step => step.status === 'FAILED')
    .map(step => step.name)
  const parts: string[] = []
  if (error?.error || error?.rawError)
    parts.push([error.error, error.rawError].filter(Boolean).join(': '))
  if (failedSteps.length > 0) parts.push(`failed step ${failedSteps.join(', ')}`)
  if (parts.length === 0) return null
  return {
    code: error?.error ?? (failedSteps.length > 0 ? 'FAILED_STEP' : 'ERROR'),
    text: parts.join('; ')
  }
}

function registrationMissing(settings: Settings, bound: string): string {
  return (
    `the install command reported Success, but no DRS source server for this instance appeared in ` +
    `${settings.targetRegion} by the ${bound}: ${REACHABILITY}, and read the command output ` +
    '(the Linux step can report Success after a failed checksum)'
  )
}

function finish(ctx: Context, tracked: Tracked, status: Status, message: string | null): void {
  tracked.phase = 'final'
  tracked.row.status = status
  tracked.row.message = message
  ctx.changed = true
}

function observe(ctx: Context, tracked: Tracked, detail: string, message: string): void {
  if (tracked.detail !== detail) ctx.changed = true
  tracked.detail = detail
  tracked.row.message = message
}

/** Command-level status for the outstanding commands of one region: a listing or one call per id. */
async function refreshCommands(
  ctx: Context,
  state: RegionState,
  commands: CommandState[],
  since: number
): Promise<void> {
  const wanted = new Map(commands.map(c => [c.id, c]))
  const found = new Map<string, Command>()
  const options = { abortSignal: ctx.signal }

  if (state.useListing && commands.length > state.listingPages) {
    // SSM documents the timestamp without fractions of a second (2024-07-07T00:00:00Z).
    const invokedAfter = new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const filters: CommandFilter[] = [{ key: 'InvokedAfter', value: invokedAfter }]
    // A document given by ARN may be listed under its name: filter only on plain names.
    if (!ctx.settings.documentName.startsWith('arn:')) {
      filters.push({ key: 'DocumentName', value: ctx.settings.documentName })
    }
    let pages = 0
    try {
      const pager = paginateListCommands(
        { client: state.ssm },
        { Filters: filters, MaxResults: 50 },
        options
      )
      for await (const page of pager) {
        pages++
        for (const command of page.Commands ?? []) {
          if (command.CommandId && wanted.has(command.CommandId))
            found.set(command.CommandId, command)
        }
        // Never page further than asking for each command by id would cost.
        if (found.size === wanted.size || pages >= wanted.size) break
      }
      state.listingPages = Math.max(1, pages)
    } catch (error) {
      if (ctx.signal?.aborted) return
      if (isTransient(error)) {
        ctx.notes.add(`ListCommands in ${state.region}: ${errorCode(error)}, retrying`)
        return
      }
      if (isAccessDenied(error)) {
        failRegion(ctx, state, `ListCommands in ${state.region} failed (${describeError(error)})`)
        return
      }
      // A filter this endpoint does not take: ask by id from now on.
      state.useListing = false
    }
  }

  let regionError: string | null = null
  const missing: string[] = []
  await forEachLimit(
    commands.filter(c => !found.has(c.id)),
    CONCURRENCY,
    async command => {
      if (regionError !== null || ctx.signal?.aborted) return
      try {
        const out = await state.ssm.send(
          new ListCommandsCommand({ CommandId: command.id }),
          options
        )
        const match = out.Commands?.find(c => c.CommandId === command.id)
        if (match) found.set(command.id, match)
        else missing.push(command.id)
      } catch (error) {
        if (ctx.signal?.aborted) return
        if (isTransient(error)) {
          command.lastError = describeError(error)
          ctx.notes.add(`ListCommands in ${state.region}: ${errorCode(error)}, retrying`)
        } else if (/InvalidCommandId/i.test(errorCode(error))) missing.push(command.id)
        else regionError = `ListCommands in ${state.region} failed (${describeError(error)})`
      }
    }
  )
  if (ctx.signal?.aborted) return
  if (regionError !== null) {
    failRegion(ctx, state, regionError)
    return
  }

  for (const id of missing) {
    const command = wanted.get(id)
    if (!command) continue
    for (const tracked of openRows(command)) {
      finish(
        ctx,
        tracked,
        'failed',
        `SSM has no command ${id} in ${state.region} (it expired or was never sent)`
      )
    }
  }
  for (const [id, listed] of found) {
    const command = wanted.get(id)
    if (!command) continue
    command.lastError = null
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
      continue
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

function installSucceeded(ctx: Context, tracked: Tracked): void {
  tracked.invocationSeen = true
  tracked.phase = 'registration'
  observe(
    ctx,
    tracked,
    'registration',
    'install command succeeded; waiting for the DRS source server'
  )
}

function openRows(command: CommandState): Tracked[] {
  return command.rows.filter(t => t.phase === 'command')
}

function failRegion(ctx: Context, state: RegionState, reason: string): void {
  const message = `could not follow the install command: ${reason}; the target role needs ssm:ListCommands and ssm:ListCommandInvocations`
  for (const command of state.commands) {
    for (const tracked of openRows(command)) finish(ctx, tracked, 'failed', message)
  }
}

/** One listing of a finished command's invocations gives every instance's outcome and output. */
async function readInvocations(
  ctx: Context,
  state: RegionState,
  command: CommandState
): Promise<void> {
  const invocations = new Map<string, CommandInvocation>()
  try {
    const pager = paginateListCommandInvocations(
      { client: state.ssm },
      { CommandId: command.id, Details: true, MaxResults: 50 },
      { abortSignal: ctx.signal }
    )
    for await (const page of pager) {
      for (const invocation of page.CommandInvocations ?? []) {
        if (invocation.InstanceId) invocations.set(invocation.InstanceId, invocation)
      }
    }
  } catch (error) {
    if (ctx.signal?.aborted) return
    if (isTransient(error)) {
      command.lastError = describeError(error)
      ctx.notes.add(`ListCommandInvocations in ${state.region}: ${errorCode(error)}, retrying`)
      return
    }
    const message = `could not read the install command's results: ListCommandInvocations for ${command.id} in ${state.region} failed (${describeError(error)})`
    for (const tracked of openRows(command)) finish(ctx, tracked, 'failed', message)
    return
  }

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
    if (status === 'Success') {
      installSucceeded(ctx, tracked)
    } else if (status === 'Failed' || status === 'Cancelled') {
      finish(ctx, tracked, 'failed', invocationMessage(invocation))
    } else if (status === 'TimedOut') {
      finish(ctx, tracked, 'timed-out', invocationMessage(invocation))
    } else {
      tracked.lastStatus = status
      observe(ctx, tracked, `invocation ${status}`, `install command ${status}`)
    }
  }
}

async function followCommands(
  ctx: Context,
  state: RegionState,
  last: boolean,
  since: number
): Promise<void> {
  const open = state.commands.filter(c => openRows(c).length > 0)
  const unfinished = open.filter(c => !c.done)
  if (unfinished.length > 0) await refreshCommands(ctx, state, unfinished, since)
  if (ctx.signal?.aborted) return
  // At the bound, read even unfinished commands once, so each instance gets its own outcome.
  const toRead = open.filter(c => openRows(c).length > 0 && (c.done || last))
  await forEachLimit(toRead, CONCURRENCY, command => readInvocations(ctx, state, command))
}

/** The source servers of the given instances in the target region (one listing of them all). */
function listSourceServers(
  ctx: Context,
  instanceIds: ReadonlySet<string>
): Promise<Map<string, SourceServer>> {
  return sourceServersByInstance(
    ctx.clients.drs(ctx.settings.targetRegion),
    ctx.signal,
    instanceIds
  )
}

function replicationMessage(state: string | null, error: { text: string } | null): string {
  return `replication ${state ?? 'state unknown'}${error ? `; error ${error.text}` : ''}`
}

/** Reads DRS for the rows past their install command; false when none is, so nothing was asked. */
async function followRegistration(ctx: Context, rows: Tracked[]): Promise<boolean> {
  const waiting = rows.filter(t => t.phase === 'registration' || t.phase === 'replication')
  if (waiting.length === 0) return false
  let servers: Map<string, SourceServer>
  try {
    servers = await listSourceServers(ctx, new Set(waiting.map(t => t.row.instanceId ?? '')))
  } catch (error) {
    if (ctx.signal?.aborted) return true
    if (isTransient(error)) {
      ctx.notes.add(
        `DescribeSourceServers in ${ctx.settings.targetRegion}: ${errorCode(error)}, retrying`
      )
      return true
    }
    const reason = `DescribeSourceServers in ${ctx.settings.targetRegion} failed (${describeError(error)}); the target role needs drs:DescribeSourceServers`
    for (const tracked of waiting) {
      const what =
        tracked.phase === 'registration'
          ? 'the install command succeeded, but its source server could not be confirmed'
          : 'its replication state could not be read'
      finish(ctx, tracked, 'failed', `${what}: ${reason}`)
    }
    return true
  }

  for (const tracked of waiting) {
    const server = servers.get(tracked.row.instanceId ?? '')
    if (!server) continue
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
  return true
}

/** What is still open when the bound is reached becomes final, each with what it was doing. */
function closeAtBound(ctx: Context, commands: CommandState[], rows: Tracked[]): void {
  const commandOf = new Map<Tracked, CommandState>()
  for (const command of commands)
    for (const tracked of command.rows) commandOf.set(tracked, command)
  for (const tracked of rows) {
    if (tracked.phase === 'command') {
      const lastError = commandOf.get(tracked)?.lastError
      finish(
        ctx,
        tracked,
        'timed-out',
        `install command still ${tracked.lastStatus} at the ${ctx.bound}${lastError ? ` (last status check failed: ${lastError})` : ''}`
      )
    } else if (tracked.phase === 'registration') {
      finish(ctx, tracked, 'failed', registrationMissing(ctx.settings, ctx.bound))
    } else if (tracked.phase === 'replication') {
      const state = tracked.row.replicationState
      const error = tracked.replicationError
      const stuck = state === 'STALLED' || state === 'DISCONNECTED' || error !== null
      finish(
        ctx,
        tracked,
        'timed-out',
        `replication ${state ?? 'state unknown'}, not CONTINUOUS, at the ${ctx.bound}${error ? `; error ${error.text}` : ''}${stuck ? `; ${REACHABILITY}` : ''}`
      )
    }
  }
}

function roundLine(
  round: number,
  elapsedMs: number,
  rows: Tracked[],
  notes: Set<string>,
  nextMs: number | null
): string {
  let command = 0
  let registration = 0
  const replicating = new Map<string, number>()
  const errors = new Map<string, number>()
  const final = new Map<Status, number>()
  for (const tracked of rows) {
    if (tracked.phase === 'command') command++
    else if (tracked.phase === 'registration') registration++
    else if (tracked.phase === 'replication') {
      const state = tracked.row.replicationState ?? 'unknown'
      replicating.set(state, (replicating.get(state) ?? 0) + 1)
      const error = tracked.replicationError?.code
      if (error) errors.set(error, (errors.get(error) ?? 0) + 1)
    } else final.set(tracked.row.status, (final.get(tracked.row.status) ?? 0) + 1)
  }
  const list = (counts: Map<string, number>): string =>
    [...counts].map(([key, n]) => `${key} ${n}`).join(', ')
  const parts: string[] = []
  if (command > 0) parts.push(`${command} pending/in progress`)
  if (registration > 0) parts.push(`${registration} awaiting DRS registration`)
  const replicatingTotal = [...replicating.values()].reduce((a, b) => a + b, 0)
  if (replicatingTotal > 0) parts.push(`${replicatingTotal} replicating (${list(replicating)})`)
  for (const status of ['installed', 'failed', 'timed-out'] as const) {
    const n = final.get(status) ?? 0
    if (n > 0) parts.push(`${n} ${status}`)
  }
  let line = `wait ${round} (${Math.round(elapsedMs / 1000)}s): ${parts.join(', ') || 'nothing to wait for'}`
  if (errors.size > 0) line += `; replication errors: ${list(errors)}`
  if (notes.size > 0) line += `; ${[...notes].join('; ')}`
  if (nextMs !== null) line += `; next check in ${Math.round(nextMs / 1000)}s`
  return line
}

/**
 * Follows every `pending` row to a final status (other rows pass through unchanged) and returns
 * all rows in their input order. Bounded by settings.timeoutMinutes from the call; an aborted
 * `signal` returns the rows as currently known (still `pending`, with their last state).
 */
export async function waitForFleet(
  settings: Settings,
  clients: Pick<AwsClients, 'ssm' | 'drs'>,
  rows: Row[],
  port: RunnerPort,
  clock: Clock = systemClock,
  signal?: AbortSignal
): Promise<Row[]> {
  if (settings.waitFor === 'none') return rows

  const start = clock.now()
  const deadline = start + settings.timeoutMinutes * 60_000
  const ctx: Context = {
    settings,
    clients,
    signal,
    bound: `${settings.timeoutMinutes}-minute bound`,
    notes: new Set(),
    changed: false
  }

  const output: Row[] = rows.map(row => ({ ...row }))
  const tracked: Tracked[] = []
  const regions = new Map<string, RegionState>()
  const commands = new Map<string, CommandState>()
  for (const row of output) {
    if (row.status !== 'pending') continue
    const entry: Tracked = {
      row,
      phase: 'command',
      detail: 'sent',
      lastStatus: 'Pending',
      invocationSeen: false,
      replicationError: null
    }
    tracked.push(entry)
    if (!row.commandId || !row.region || !row.instanceId) {
      finish(
        ctx,
        entry,
        'failed',
        'nothing to wait for: the row has no command id, region or instance id'
      )
      continue
    }
    let state = regions.get(row.region)
    if (!state) {
      state = {
        region: row.region,
        ssm: clients.ssm(row.region),
        commands: [],
        useListing: true,
        listingPages: 1
      }
      regions.set(row.region, state)
    }
    const key = `${row.region}\n${row.commandId}`
    let command = commands.get(key)
    if (!command) {
      command = {
        id: row.commandId,
        rows: [],
        status: null,
        done: false,
        completed: 0,
        progress: '',
        lastError: null
      }
      commands.set(key, command)
      state.commands.push(command)
    }
    command.rows.push(entry)
  }
  if (tracked.length === 0) return output

  port.info(
    `Waiting for ${tracked.length} instance(s), ${commands.size} command(s) in ${regions.size} region(s) ` +
      `(wait-for: ${settings.waitFor}, bound ${settings.timeoutMinutes} min).`
  )
  const since = start - LISTING_LOOKBACK_MS
  const snapshot = (): Row[] => output.map(row => ({ ...row }))
  let delay: number | null = null
  let round = 0
  let previous: Progress | null = null
  let listedAt: number | null = null
  const progressNow = (): Progress => {
    let done = 0
    let total = 0
    for (const command of commands.values()) {
      done += command.completed
      total += command.rows.length
    }
    return { at: clock.now(), done, total }
  }

  for (;;) {
    if (signal?.aborted) break
    const last = clock.now() >= deadline
    round++
    ctx.notes = new Set()
    ctx.changed = false
    await Promise.all([...regions.values()].map(state => followCommands(ctx, state, last, since)))
    // A DRS listing reads every server of the region (5 pages at 5,000): while install commands
    // still run, one every BACKOFF.initialMs is enough; once none runs, or at the bound, every round.
    const commandsOpen = tracked.some(t => t.phase === 'command')
    const listingDue =
      last || !commandsOpen || listedAt === null || clock.now() - listedAt >= BACKOFF.initialMs
    if (!signal?.aborted && listingDue && (await followRegistration(ctx, tracked))) {
      listedAt = clock.now()
    }
    if (signal?.aborted) break
    if (last) closeAtBound(ctx, [...commands.values()], tracked)

    const open = tracked.some(t => t.phase !== 'final')
    const progress = progressNow()
    delay = open ? nextDelay(delay, ctx.changed, estimateRemainingMs(previous, progress)) : null
    previous = progress
    const sleepMs = delay === null ? null : Math.max(0, Math.min(delay, deadline - clock.now()))
    port.info(roundLine(round, clock.now() - start, tracked, ctx.notes, sleepMs))
    port.progress?.(snapshot())
    if (!open) return output
    await clock.sleep(sleepMs ?? 0, signal)
  }

  for (const entry of tracked) {
    if (entry.phase !== 'final')
      entry.row.message = `wait cancelled; last seen: ${entry.row.message ?? entry.lastStatus}`
  }
  port.info(
    `Wait cancelled after ${Math.round((clock.now() - start) / 1000)}s; reporting the rows as known.`
  )
  port.progress?.(snapshot())
  return output
}
