// What a drill has launched, kept as state the moment DRS answers, so whatever ends the main step
// (a cancel, a crash) the action's post step or the CLI's signal handler can still clean up.
import type { CleanupMode } from './settings.js'

export const DRILL_STATE_KEY = 'drill'

export interface LaunchRecord {
  jobId: string
  sourceServerIds: string[]
}

export interface DrillState {
  version: 1
  cleanup: CleanupMode
  /** The LAUNCH jobs this run started: only their recovery instances are ever terminated. */
  jobs: LaunchRecord[]
  /** Servers whose drill instance cleanup keeps (on-success: the ones that failed). */
  keep: string[]
  /** Recovery instances whose termination was confirmed. */
  confirmed: string[]
  /** The main step's cleanup ran to its end: nothing is left for the post step. */
  finished: boolean
}

/** The run's record; every change is saved at once through `save`. */
export class DrillLedger {
  private readonly value: DrillState

  constructor(
    cleanup: CleanupMode,
    private readonly save: (state: DrillState) => void = () => undefined,
    from?: DrillState
  ) {
    this.value = from
      ? { ...from, jobs: [...from.jobs], keep: [...from.keep], confirmed: [...from.confirmed] }
      : { version: 1, cleanup, jobs: [], keep: [], confirmed: [], finished: false }
  }

  get state(): Readonly<DrillState> {
    return this.value
  }

  jobStarted(jobId: string, sourceServerIds: readonly string[]): void {
    this.value.jobs.push({ jobId, sourceServerIds: [...sourceServerIds] })
    this.flush()
  }

  keep(sourceServerId: string): void {
    if (this.value.keep.includes(sourceServerId)) return
    this.value.keep.push(sourceServerId)
    this.flush()
  }

  confirmed(recoveryInstanceIds: readonly string[]): void {
    const fresh = recoveryInstanceIds.filter(id => !this.value.confirmed.includes(id))
    if (fresh.length === 0) return
    this.value.confirmed.push(...fresh)
    this.flush()
  }

  finish(): void {
    this.value.finished = true
    this.flush()
  }

  private flush(): void {
    this.save(this.value)
  }
}

/** Reads a saved state; null when absent or not one this version wrote. */
export function parseDrillState(text: string | undefined): DrillState | null {
  if (!text) return null
  try {
    const value = JSON.parse(text) as Partial<DrillState>
    if (value.version !== 1 || !Array.isArray(value.jobs)) return null
    return {
      version: 1,
      cleanup: value.cleanup ?? 'always',
      jobs: value.jobs.filter(job => typeof job?.jobId === 'string'),
      keep: Array.isArray(value.keep) ? value.keep : [],
      confirmed: Array.isArray(value.confirmed) ? value.confirmed : [],
      finished: value.finished === true
    }
  } catch {
    return null
  }
}
