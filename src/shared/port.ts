// What the engine needs from its front (the action's main.ts, or the CLI), so no engine module
// imports @actions/core.
import type { StageRecord } from '../install/stages.js'
import { makeRow, type Row } from './rows.js'

export interface RunnerPort {
  /** Hide a secret from every later log line; called the moment a secret exists. */
  mask(secret: string): void
  /** A fresh GitHub OIDC token for the audience; absent outside GitHub Actions. */
  getIdToken?(audience: string): Promise<string>
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /**
   * Progress sink: the current rows, so a cancelled run can still report what it knows. A
   * candidate whose batch is not sent yet is published as an `awaitingSendRow`.
   */
  progress?(rows: readonly Row[]): void
  /** Staged roll-out sink: a stage of an account started, finished or was halted. */
  stage?(record: StageRecord): void
}

// Moved to clock.ts; re-exported while src/aws/credentials.ts, src/install/wait.ts and their tests
// still import them from here.
export { systemClock, type Clock } from './clock.js'

/** The message of a published row whose batch is not sent yet (status pending, no commandId). */
export const AWAITING_SEND = 'not sent yet: waiting for its batch'

/** How progress shows a candidate before its batch is answered. */
export function awaitingSendRow(candidate: Omit<Partial<Row>, 'status'>): Row {
  return makeRow({ ...candidate, status: 'pending', commandId: null, message: AWAITING_SEND })
}

/**
 * A published row as the report of a stopped run shows it: a candidate never sent is `failed`
 * (it did not get the agent, and the count must say so) with `not sent: <reason>`; every other row
 * is what it was.
 */
export function unsentAsFailed(row: Row, reason: string): Row {
  if (row.status !== 'pending' || row.commandId !== null || row.message !== AWAITING_SEND)
    return row
  return { ...row, status: 'failed', message: `not sent: ${reason}` }
}

/** An unknown-safe message for logs and rows. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}

/** The AWS error code of an SDK exception (name, or Code on the older query protocols). */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; Code?: unknown; code?: unknown }
    for (const candidate of [e.name, e.Code, e.code]) {
      if (typeof candidate === 'string' && candidate !== 'Error') return candidate
    }
  }
  return 'Error'
}

/** The HTTP status AWS answered with; undefined when no answer came (network error, timeout). */
export function httpStatusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode
}
