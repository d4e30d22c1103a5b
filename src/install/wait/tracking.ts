// What the wait keeps per row, command and region, and the moves every part of it shares.
import type { Settings } from '../../settings/index.js'
import type { Clock } from '../../shared/port.js'
import type { Row, Status } from '../../shared/rows.js'
import type { ReplicationError } from './messages.js'
import type { WaitReads } from './reads.js'

export type Phase = 'command' | 'registration' | 'replication' | 'final'

export interface Tracked {
  row: Row
  phase: Phase
  /** The last state seen; a change resets the backoff. */
  detail: string
  /** Invocation or command status for the "still ... at the bound" message. */
  lastStatus: string
  /** Set once the command's invocations were read: its own status outranks the command's. */
  invocationSeen: boolean
  /** Replication error as last reported by DRS. */
  replicationError: ReplicationError | null
}

export interface CommandState {
  id: string
  region: string
  /** When deploy had SSM's answer (clock ms): the grace period for misses counts from here. */
  sentAt: number
  rows: Tracked[]
  status: string | null
  done: boolean
  /** Invocations SSM counts as completed (CompletedCount). */
  completed: number
  progress: string
  /** Last retryable error while following this command, said at the bound if it never cleared. */
  lastError: string | null
  /** Rounds in a row SSM did not know the command (eventual consistency right after a send). */
  misses: number
}

export interface RegionState {
  region: string
  commands: CommandState[]
  useListing: boolean
  /** Pages the last listing needed: the estimate of what the next one costs. */
  listingPages: number
}

export interface Context {
  settings: Settings
  reads: WaitReads
  clock: Clock
  /** This round's requests: the run's cancel signal and the round's deadline. */
  signal: AbortSignal
  bound: string
  /** The last DescribeSourceServers failure that was retried, said at the bound if it never cleared. */
  registrationError: string | null
  /** Retryable problems this round, said once in the round's log line. */
  notes: Set<string>
  changed: boolean
}

/** What a read cut off by the round's deadline (not by a cancel) records as its last error. */
export const NO_ANSWER = 'no answer before the deadline'

/** True when the round's requests were cut off by its deadline rather than by a cancel. */
export function cutOffByDeadline(ctx: Context): boolean {
  return ctx.signal.aborted && (ctx.signal.reason as Error | undefined)?.name === 'TimeoutError'
}

export function finish(
  ctx: Context,
  tracked: Tracked,
  status: Status,
  message: string | null
): void {
  tracked.phase = 'final'
  tracked.row.status = status
  tracked.row.message = message
  ctx.changed = true
}

export function observe(ctx: Context, tracked: Tracked, detail: string, message: string): void {
  if (tracked.detail !== detail) ctx.changed = true
  tracked.detail = detail
  tracked.row.message = message
}

export function openRows(command: CommandState): Tracked[] {
  return command.rows.filter(t => t.phase === 'command')
}

export function installSucceeded(ctx: Context, tracked: Tracked): void {
  tracked.invocationSeen = true
  tracked.phase = 'registration'
  observe(
    ctx,
    tracked,
    'registration',
    'install command succeeded; waiting for the DRS source server'
  )
}

export function newTracked(row: Row): Tracked {
  return {
    row,
    phase: 'command',
    detail: 'sent',
    lastStatus: 'Pending',
    invocationSeen: false,
    replicationError: null
  }
}

export function newCommand(id: string, region: string, sentAt: number): CommandState {
  return {
    id,
    region,
    sentAt,
    rows: [],
    status: null,
    done: false,
    completed: 0,
    progress: '',
    lastError: null,
    misses: 0
  }
}
