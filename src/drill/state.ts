// What a drill has launched, kept as state the moment DRS answers, so whatever ends the main step
// (a cancel, a crash) the action's post step or the CLI's signal handler can still clean up.
import type { CleanupMode } from './settings.js'

export const DRILL_STATE_KEY = 'drill'

export interface LaunchRecord {
  jobId: string
  sourceServerIds: string[]
  /** The account the job runs in (absent in a state written before many-account runs). */
  accountId?: string
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
  /** Accounts whose cleanup ran to its end in the main step (a many-account run). */
  finishedAccounts: string[]
}

/** What the waves and the cleanup record into: the whole run's ledger or one account's view. */
export interface LedgerView {
  readonly state: Readonly<DrillState>
  jobStarted(jobId: string, sourceServerIds: readonly string[]): void
  keep(sourceServerId: string): void
  confirmed(recoveryInstanceIds: readonly string[]): void
  finish(): void
}

const accountOf = (job: LaunchRecord, unlabelled: string): string => job.accountId ?? unlabelled

/**
 * The accounts whose launch jobs the main step did not finish cleaning up, in account order.
 * Jobs without an account id (an older state) belong to `unlabelled` (the run's first account).
 */
export function pendingAccounts(state: Readonly<DrillState>, unlabelled: string): string[] {
  if (state.finished || state.cleanup === 'never') return []
  const accounts = new Set(state.jobs.map(job => accountOf(job, unlabelled)))
  return [...accounts].filter(account => !state.finishedAccounts.includes(account)).sort()
}

/** The run's record; every change is saved at once through `save`. */
export class DrillLedger implements LedgerView {
  private readonly value: DrillState

  constructor(
    cleanup: CleanupMode,
    private readonly save: (state: DrillState) => void = () => undefined,
    from?: DrillState
  ) {
    this.value = from
      ? {
          ...from,
          jobs: [...from.jobs],
          keep: [...from.keep],
          confirmed: [...from.confirmed],
          finishedAccounts: [...(from.finishedAccounts ?? [])]
        }
      : {
          version: 1,
          cleanup,
          jobs: [],
          keep: [],
          confirmed: [],
          finished: false,
          finishedAccounts: []
        }
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

  /**
   * One account's view: its jobs only (with `ownsUnlabelled`, also the jobs an older state wrote
   * without an account), its launches recorded with its id, its finish its own.
   */
  forAccount(accountId: string, ownsUnlabelled = false): LedgerView {
    // The state object is changed in place, never replaced: the view reads it live.
    const whole = this.value
    const mine = (job: LaunchRecord): boolean =>
      job.accountId === accountId || (ownsUnlabelled && job.accountId === undefined)
    return {
      get state(): Readonly<DrillState> {
        return {
          ...whole,
          jobs: whole.jobs.filter(mine),
          finished: whole.finished || whole.finishedAccounts.includes(accountId)
        }
      },
      jobStarted: (jobId, sourceServerIds) => {
        this.value.jobs.push({ jobId, sourceServerIds: [...sourceServerIds], accountId })
        this.flush()
      },
      keep: sourceServerId => this.keep(sourceServerId),
      confirmed: ids => this.confirmed(ids),
      finish: () => {
        if (this.value.finishedAccounts.includes(accountId)) return
        this.value.finishedAccounts.push(accountId)
        this.flush()
      }
    }
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
      finished: value.finished === true,
      finishedAccounts: Array.isArray(value.finishedAccounts) ? value.finishedAccounts : []
    }
  } catch {
    return null
  }
}
