// One wait for the whole run: every account's sent commands are followed by one loop, which takes
// new sends while it runs (accounts finish sending at different times, and a staged roll-out sends
// again later) and resolves each send's rows once they are final.
//
// Each send keeps its own pacing (its backoff, its bound, its DRS listing cadence), so the calls
// per account and region are those of a wait for that account alone; a round reads only the
// sends that are due, and the whole run logs one line per round.
import type { Settings } from '../../settings/index.js'
import { mapLimited } from '../../shared/concurrency.js'
import { systemClock, type Clock, type RunnerPort } from '../../shared/port.js'
import type { Row } from '../../shared/rows.js'
import type { SentCommand } from '../sent-commands.js'
import { FleetFollow } from './follow.js'
import { roundLine } from './messages.js'
import type { WaitReads } from './reads.js'
import { BACKOFF, MIN_POLL_MS } from './schedule.js'

/** Sends read at once in one round: each has its own account and region limits, the runner not. */
export const SENDS_IN_FLIGHT = 32
/** A send due within this of the round's start is read in it, so rounds gather the due sends. */
const GATHER_MS = MIN_POLL_MS / 2

interface Submission {
  follow: FleetFollow
  port: RunnerPort
  /** Before the notes in the round line (the account, in a many-account run). */
  label: string
  resolve(rows: Row[]): void
}

export interface SharedWaitOptions {
  /** Where the round line goes (the run's port). */
  port: RunnerPort
  clock?: Clock
  /** The run's cancel signal: every open send resolves with its rows as known. */
  signal?: AbortSignal
}

export class SharedWait {
  private readonly clock: Clock
  private readonly active: Submission[] = []
  private loop: Promise<void> | null = null
  private wake: AbortController | null = null
  private round = 0
  private firstAt: number | null = null

  constructor(private readonly options: SharedWaitOptions) {
    this.clock = options.clock ?? systemClock
  }

  /** Sends still followed. */
  get open(): number {
    return this.active.length
  }

  /** Rounds so far. */
  get rounds(): number {
    return this.round
  }

  /**
   * Follows the send's `pending` rows to a final status (other rows pass through) and resolves
   * with all of them in input order, bounded by timeout-minutes from this call.
   */
  submit(
    settings: Settings,
    reads: WaitReads,
    rows: Row[],
    sent: readonly SentCommand[],
    port: RunnerPort,
    label = ''
  ): Promise<Row[]> {
    if (settings.waitFor === 'none') return Promise.resolve(rows)
    const follow = new FleetFollow(settings, reads, rows, sent, this.clock, this.options.signal)
    if (follow.trackedCount === 0) return Promise.resolve(follow.output)
    port.info(follow.intro())
    this.firstAt ??= this.clock.now()
    const done = new Promise<Row[]>(resolve => {
      this.active.push({ follow, port, label, resolve })
    })
    // Read soon, not at once: other accounts finishing their sends join the same round.
    follow.nextAt = this.clock.now() + (this.loop ? BACKOFF.initialMs : 0)
    this.wake?.abort()
    this.loop ??= this.run().finally(() => {
      this.loop = null
    })
    return done
  }

  private async run(): Promise<void> {
    const { signal } = this.options
    while (this.active.length > 0) {
      if (signal?.aborted) return this.cancelAll()
      const now = this.clock.now()
      const due = this.active.filter(s => s.follow.nextAt <= now + GATHER_MS)
      if (due.length > 0) await this.readRound(due)
      if (signal?.aborted) return this.cancelAll()
      if (this.active.length === 0) return
      const nextAt = Math.min(...this.active.map(s => s.follow.nextAt))
      const pause = Math.max(nextAt - this.clock.now(), due.length > 0 ? MIN_POLL_MS : 0)
      this.wake = new AbortController()
      const wake = signal ? AbortSignal.any([signal, this.wake.signal]) : this.wake.signal
      await this.clock.sleep(pause, wake)
      this.wake = null
    }
  }

  private async readRound(due: Submission[]): Promise<void> {
    this.round++
    await mapLimited(due, SENDS_IN_FLIGHT, submission => submission.follow.round())
    if (this.options.signal?.aborted) return
    const notes = new Set<string>()
    for (const { follow, label } of due)
      for (const note of follow.ctx.notes) notes.add(label + note)
    const rows = this.active.flatMap(s => s.follow.roundRows())
    const open = this.active.filter(s => !s.follow.done)
    const next = open.length > 0 ? Math.min(...open.map(s => s.follow.nextAt)) : null
    const nextMs = next === null ? null : Math.max(0, next - this.clock.now())
    const elapsed = this.clock.now() - (this.firstAt ?? this.clock.now())
    this.options.port.info(
      `${roundLine(this.round, elapsed, rows, notes, nextMs)} (${this.active.length} send(s) followed)`
    )
    for (const submission of due) {
      submission.port.progress?.(submission.follow.output.map(row => ({ ...row })))
      if (submission.follow.done) this.settle(submission, submission.follow.output)
    }
  }

  private settle(submission: Submission, rows: Row[]): void {
    this.active.splice(this.active.indexOf(submission), 1)
    submission.resolve(rows)
  }

  private cancelAll(): void {
    const elapsed = this.clock.now() - (this.firstAt ?? this.clock.now())
    this.options.port.info(
      `Wait cancelled after ${Math.round(elapsed / 1000)}s; reporting the rows as known.`
    )
    for (const submission of [...this.active]) {
      const rows = submission.follow.cancel()
      submission.port.progress?.(rows.map(row => ({ ...row })))
      this.settle(submission, rows)
    }
  }
}
