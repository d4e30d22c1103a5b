// What the engine needs from its front (the action's main.ts, or the CLI), so no engine module
// imports @actions/core.
import type { Row } from './rows.js'

export interface RunnerPort {
  /** Hide a secret from every later log line; called the moment a secret exists. */
  mask(secret: string): void
  /** A fresh GitHub OIDC token for the audience; absent outside GitHub Actions. */
  getIdToken?(audience: string): Promise<string>
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Progress sink: the current rows, so a cancelled run can still report what it knows. */
  progress?(rows: readonly Row[]): void
}

/** Injectable time, so waits and backoff run at test speed. */
export interface Clock {
  now(): number
  /** Resolves after `ms`, or at once when `signal` aborts (its timer then no longer holds the process). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise(resolve => {
      if (signal?.aborted) return resolve()
      const done = (): void => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      signal?.addEventListener('abort', done, { once: true })
    })
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
