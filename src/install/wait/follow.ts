// One fleet followed by the wait: the rows of one send of one account, its commands by region,
// and the state of its polling (backoff, progress estimate, last DRS listing, bound). followFleet
// runs one of these in its own loop; SharedWait runs many in one loop.
import type { Settings } from '../../settings/index.js'
import type { Clock } from '../../shared/port.js'
import type { Row } from '../../shared/rows.js'
import type { SentCommand } from '../sent-commands.js'
import { followCommands } from './commands.js'
import { REACHABILITY, registrationMissing, type RoundRow } from './messages.js'
import type { WaitReads } from './reads.js'
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

/** One fleet's polling state; `round()` does one round of reads and decides the next pause. */
export class FleetFollow {
  readonly start: number
  readonly deadline: number
  readonly ctx: Context
  private readonly fleet: Fleet
  private delay: number | null = null
  private previous: Progress | null = null
  private listedAt: number | null = null
  /** The pause after the last round (bounded by the deadline); null once nothing is open. */
  sleepMs: number | null = null
  /** When the next round is due, in clock ms. */
  nextAt: number
  /** Every row is final. */
  done = false
  /** The run's cancel signal aborted during the last round (its rows are as last known). */
  aborted = false

  constructor(
    settings: Settings,
    reads: WaitReads,
    rows: Row[],
    sent: readonly SentCommand[],
    private readonly clock: Clock,
    private readonly signal?: AbortSignal
  ) {
    this.start = clock.now()
    this.deadline = this.start + settings.timeoutMinutes * 60_000
    this.nextAt = this.start
    this.ctx = {
      settings,
      reads,
      clock,
      signal: signal ?? new AbortController().signal,
      bound: `${settings.timeoutMinutes}-minute bound`,
      registrationError: null,
      notes: new Set(),
      changed: false
    }
    this.fleet = trackFleet(this.ctx, rows, sent, this.start)
    this.done = this.fleet.tracked.length === 0
  }

  /** Every row, in input order (pending ones as far as followed). */
  get output(): Row[] {
    return this.fleet.output
  }

  get trackedCount(): number {
    return this.fleet.tracked.length
  }

  /** The line that opens the wait for this fleet. */
  intro(): string {
    const { settings } = this.ctx
    return (
      `Waiting for ${this.fleet.tracked.length} instance(s), ${this.fleet.commands.length} command(s) in ${this.fleet.regions.length} region(s) ` +
      `(wait-for: ${settings.waitFor}, bound ${settings.timeoutMinutes} min).`
    )
  }

  /** What each followed row is doing, for the round line. */
  roundRows(): RoundRow[] {
    return roundRows(this.fleet.tracked)
  }

  /** One round of reads; afterwards `done`, `aborted`, `sleepMs` and `nextAt` say what is next. */
  async round(): Promise<void> {
    const { ctx, clock, signal, fleet, deadline, start } = this
    const { tracked, commands } = fleet
    const last = clock.now() >= deadline
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
        last ||
        !commandsOpen ||
        this.listedAt === null ||
        clock.now() - this.listedAt >= BACKOFF.initialMs
      if (!signal?.aborted && listingDue && (await followRegistration(ctx, tracked))) {
        this.listedAt = clock.now()
      }
    } finally {
      roundEnd.end()
    }
    if (signal?.aborted) {
      this.aborted = true
      return
    }
    if (last) closeAtBound(ctx, commands, tracked)

    const open = tracked.some(t => t.phase !== 'final')
    const progress = progressOf(clock, commands)
    this.delay = open
      ? nextDelay(this.delay, ctx.changed, estimateRemainingMs(this.previous, progress))
      : null
    this.previous = progress
    this.sleepMs =
      this.delay === null ? null : Math.max(0, Math.min(this.delay, deadline - clock.now()))
    this.nextAt = clock.now() + (this.sleepMs ?? 0)
    this.done = !open
  }

  /** The rows as known when the wait was cancelled, each open one saying so. */
  cancel(): Row[] {
    for (const entry of this.fleet.tracked) {
      if (entry.phase !== 'final')
        entry.row.message = `wait cancelled; last seen: ${entry.row.message ?? entry.lastStatus}`
    }
    return this.fleet.output
  }
}
