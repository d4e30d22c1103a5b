// What both fronts (the action and the CLI) need around one engine run: the cancel signal, the
// latest rows the engine published, and exactly one report, whichever of these comes first: the
// engine's own result, a crash, or a SIGTERM/SIGINT whose grace period ran out.
import { setMaxListeners } from 'node:events'
import type { EngineResult } from '../engine.js'
import type { Settings } from '../settings/index.js'
import { errorMessage, unsentAsFailed } from '../shared/port.js'
import { stoppedRunRows, type Row } from '../shared/rows.js'

/** After a cancel signal the engine gets this long to hand back its rows. */
export const CANCEL_GRACE_MS = 3000

export interface RunGuardHooks<T> {
  report(rows: readonly Row[], stopped: string | null): Promise<T>
  /** The first signal arrived: say so. */
  cancelling(signal: NodeJS.Signals): void
  /** The engine did not hand back in time and the fallback report is written: leave. */
  exit(result: T): void
  /** A second signal; without this hook it is ignored. */
  again?(): void
}

export class RunGuard<T> {
  private readonly cancel = new AbortController()
  private latest: readonly Row[] = []
  private reported: Promise<T> | null = null
  private signalled = false

  constructor(
    private readonly settings: Settings,
    private readonly hooks: RunGuardHooks<T>,
    private readonly graceMs = CANCEL_GRACE_MS,
    /** Where SIGTERM / SIGINT arrive; tests pass their own emitter. */
    private readonly signals: Pick<NodeJS.EventEmitter, 'on' | 'off'> = process
  ) {
    // Every in-flight AWS request listens on this signal; a large fleet has dozens at once.
    setMaxListeners(0, this.cancel.signal)
    this.signals.on('SIGTERM', this.onSignal)
    this.signals.on('SIGINT', this.onSignal)
  }

  get signal(): AbortSignal {
    return this.cancel.signal
  }

  /** The engine's progress sink. */
  progress(rows: readonly Row[]): void {
    this.latest = rows
  }

  finish(result: EngineResult): Promise<T> {
    const stopped =
      result.fatal ?? (this.cancel.signal.aborted ? 'Cancelled before the wait ended.' : null)
    return this.reportOnce(result.rows, stopped)
  }

  /** A bug, not an AWS answer: still leave a report naming every source region. */
  crash(error: unknown): Promise<T> {
    const message = `Unexpected error: ${errorMessage(error)}`
    return this.reportOnce(
      this.knownRows(message, 'the run stopped on an unexpected error before its batch was sent'),
      message
    )
  }

  dispose(): void {
    this.signals.off('SIGTERM', this.onSignal)
    this.signals.off('SIGINT', this.onSignal)
  }

  /**
   * The rows published last, a candidate still awaiting its send marked failed with
   * `unsentReason`; before any row, one failed row per source region saying `reason`.
   */
  private knownRows(reason: string, unsentReason: string): readonly Row[] {
    return this.latest.length > 0
      ? this.latest.map(row => unsentAsFailed(row, unsentReason))
      : stoppedRunRows(this.settings.accountId, this.settings.sourceRegions, reason)
  }

  private reportOnce(rows: readonly Row[], stopped: string | null): Promise<T> {
    return (this.reported ??= this.hooks.report(rows, stopped))
  }

  private readonly onSignal = (signal: NodeJS.Signals): void => {
    if (this.signalled) {
      this.hooks.again?.()
      return
    }
    this.signalled = true
    this.hooks.cancelling(signal)
    this.cancel.abort()
    setTimeout(() => {
      const stopped = `Cancelled by ${signal}.`
      const rows = this.knownRows(
        `${stopped} No instance was known yet.`,
        `cancelled by ${signal} before its batch was sent`
      )
      void this.reportOnce(rows, stopped).then(result => this.hooks.exit(result))
    }, this.graceMs).unref()
  }
}
