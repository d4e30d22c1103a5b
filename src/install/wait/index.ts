// Waits for the sent install commands: command status first, then the invocations of each
// finished command that did not fully succeed (one listing per command), then the DRS source
// server and, with `wait-for: replication`, its replication state. Every call answers for a whole
// command, page or fleet, never for one instance, so a round costs the same for 10 instances as
// for 10,000; a command whose counts say every invocation succeeded needs no invocation listing.
//
// The reads go through WaitReads (reads.ts), so this loop is tested against a fake of them.
import type { AwsClients } from '../../aws/clients.js'
import type { Settings } from '../../settings/index.js'
import { systemClock, type Clock, type RunnerPort } from '../../shared/port.js'
import type { Row } from '../../shared/rows.js'
import type { SentCommand } from '../sent-commands.js'
import { followCommands } from './commands.js'
import { REACHABILITY, registrationMissing, roundLine, type RoundRow } from './messages.js'
import { createWaitReads, type WaitReads } from './reads.js'
import { followRegistration } from './registration.js'
import {
  BACKOFF,
  estimateRemainingMs,
  finalRoundMs,
  nextDelay,
  roundDeadline,
  type Progress
} from './schedule.js'
import {
  finish,
  newCommand,
  newTracked,
  type CommandState,
  type Context,
  type RegionState,
  type Tracked
} from './tracking.js'

export { BACKOFF, estimateRemainingMs, MIN_POLL_MS, nextDelay } from './schedule.js'
export { everyInvocationSucceeded, MISS_GRACE_MS, MISS_ROUNDS } from './commands.js'
export { outputTail } from './messages.js'
export { createWaitReads, type WaitReads } from './reads.js'

interface Fleet {
  output: Row[]
  tracked: Tracked[]
  regions: RegionState[]
  commands: CommandState[]
}

/**
 * The commands deploy sent, each with the rows of its instances. A pending row whose command
 * deploy did not hand over (a caller that only has rows) is followed by its id, from now.
 */
function trackFleet(ctx: Context, rows: Row[], sent: readonly SentCommand[], start: number): Fleet {
  const fleet: Fleet = {
    output: rows.map(row => ({ ...row })),
    tracked: [],
    regions: [],
    commands: []
  }
  const regions = new Map<string, RegionState>()
  const byInstance = new Map<string, CommandState>()
  const commandFor = (region: string, id: string, sentAt: number): CommandState => {
    let state = regions.get(region)
    if (!state) {
      state = { region, commands: [], useListing: true, listingPages: 1 }
      regions.set(region, state)
      fleet.regions.push(state)
    }
    let command = state.commands.find(c => c.id === id)
    if (!command) {
      command = newCommand(id, region, sentAt)
      state.commands.push(command)
      fleet.commands.push(command)
    }
    return command
  }
  for (const s of sent) {
    const command = commandFor(s.region, s.commandId, s.sentAt)
    for (const instanceId of s.instanceIds) byInstance.set(`${s.region}/${instanceId}`, command)
  }
  for (const row of fleet.output) {
    if (row.status !== 'pending') continue
    const entry = newTracked(row)
    fleet.tracked.push(entry)
    if (!row.commandId || !row.region || !row.instanceId) {
      finish(
        ctx,
        entry,
        'failed',
        'nothing to wait for: the row has no command id, region or instance id'
      )
      continue
    }
    const known = byInstance.get(`${row.region}/${row.instanceId}`)
    const command =
      known?.id === row.commandId ? known : commandFor(row.region, row.commandId, start)
    command.rows.push(entry)
  }
  // Commands none of whose rows are pending need no following.
  for (const state of fleet.regions) state.commands = state.commands.filter(c => c.rows.length > 0)
  fleet.commands = fleet.commands.filter(c => c.rows.length > 0)
  fleet.regions = fleet.regions.filter(r => r.commands.length > 0)
  return fleet
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
      const lastError = ctx.registrationError
      finish(
        ctx,
        tracked,
        'failed',
        `${registrationMissing(ctx.settings, ctx.bound)}${lastError ? ` (last DescribeSourceServers failed: ${lastError})` : ''}`
      )
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

const roundRows = (rows: Tracked[]): RoundRow[] =>
  rows.map(t => ({
    phase: t.phase,
    status: t.row.status,
    replicationState: t.row.replicationState,
    replicationError: t.replicationError?.code ?? null
  }))

function progressOf(clock: Clock, commands: CommandState[]): Progress {
  let done = 0
  let total = 0
  for (const command of commands) {
    done += command.completed
    total += command.rows.length
  }
  return { at: clock.now(), done, total }
}

function reportCancelled(port: RunnerPort, fleet: Fleet, elapsedMs: number): Row[] {
  for (const entry of fleet.tracked) {
    if (entry.phase !== 'final')
      entry.row.message = `wait cancelled; last seen: ${entry.row.message ?? entry.lastStatus}`
  }
  port.info(`Wait cancelled after ${Math.round(elapsedMs / 1000)}s; reporting the rows as known.`)
  port.progress?.(fleet.output.map(row => ({ ...row })))
  return fleet.output
}

/**
 * Follows every `pending` row to a final status (other rows pass through unchanged) and returns
 * all rows in their input order, reading through `reads`. See waitForFleet.
 */
export async function followFleet(
  settings: Settings,
  reads: WaitReads,
  rows: Row[],
  sent: readonly SentCommand[],
  port: RunnerPort,
  clock: Clock = systemClock,
  signal?: AbortSignal
): Promise<Row[]> {
  if (settings.waitFor === 'none') return rows
  const start = clock.now()
  const deadline = start + settings.timeoutMinutes * 60_000
  const ctx: Context = {
    settings,
    reads,
    clock,
    signal: signal ?? new AbortController().signal,
    bound: `${settings.timeoutMinutes}-minute bound`,
    registrationError: null,
    notes: new Set(),
    changed: false
  }
  const fleet = trackFleet(ctx, rows, sent, start)
  const { tracked, commands } = fleet
  if (tracked.length === 0) return fleet.output

  port.info(
    `Waiting for ${tracked.length} instance(s), ${commands.length} command(s) in ${fleet.regions.length} region(s) ` +
      `(wait-for: ${settings.waitFor}, bound ${settings.timeoutMinutes} min).`
  )
  let delay: number | null = null
  let round = 0
  let previous: Progress | null = null
  let listedAt: number | null = null
  for (;;) {
    if (signal?.aborted) break
    const last = clock.now() >= deadline
    round++
    ctx.notes = new Set()
    ctx.changed = false
    // Every request of the round ends by the bound (or finalRoundMs into the round at it).
    const roundEnd = roundDeadline(
      signal,
      last ? finalRoundMs(deadline - start) : deadline - clock.now()
    )
    ctx.signal = roundEnd.signal
    try {
      await Promise.all(fleet.regions.map(state => followCommands(ctx, state, last)))
      // A DRS listing reads every server of the region (5 pages at 5,000): while install commands
      // still run, one every BACKOFF.initialMs is enough; once none runs, or at the bound, every round.
      const commandsOpen = tracked.some(t => t.phase === 'command')
      const listingDue =
        last || !commandsOpen || listedAt === null || clock.now() - listedAt >= BACKOFF.initialMs
      if (!signal?.aborted && listingDue && (await followRegistration(ctx, tracked))) {
        listedAt = clock.now()
      }
    } finally {
      roundEnd.end()
    }
    if (signal?.aborted) break
    if (last) closeAtBound(ctx, commands, tracked)

    const open = tracked.some(t => t.phase !== 'final')
    const progress = progressOf(clock, commands)
    delay = open ? nextDelay(delay, ctx.changed, estimateRemainingMs(previous, progress)) : null
    previous = progress
    const sleepMs = delay === null ? null : Math.max(0, Math.min(delay, deadline - clock.now()))
    port.info(roundLine(round, clock.now() - start, roundRows(tracked), ctx.notes, sleepMs))
    port.progress?.(fleet.output.map(row => ({ ...row })))
    if (!open) return fleet.output
    await clock.sleep(sleepMs ?? 0, signal)
  }
  return reportCancelled(port, fleet, clock.now() - start)
}

/**
 * Follows every `pending` row to a final status (other rows pass through unchanged) and returns
 * all rows in their input order. `commands` are those deploy sent (region, id, instances, when).
 * Bounded by settings.timeoutMinutes from the call, requests included; an aborted `signal`
 * returns the rows as currently known (still `pending`, with their last state).
 */
export function waitForFleet(
  settings: Settings,
  clients: Pick<AwsClients, 'ssm' | 'drs'>,
  rows: Row[],
  commands: readonly SentCommand[],
  port: RunnerPort,
  clock: Clock = systemClock,
  signal?: AbortSignal
): Promise<Row[]> {
  const reads = createWaitReads(clients, settings.targetRegion)
  return followFleet(settings, reads, rows, commands, port, clock, signal)
}
