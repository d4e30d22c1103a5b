// When the wait asks again: adaptive backoff, and an estimate of the end from the progress so far.

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

/**
 * How long the round at the bound may take: its requests are cut off after this, so a hung
 * request cannot hold the run past the bound by more than a tenth of it (10 s at most).
 */
export function finalRoundMs(boundMs: number): number {
  return Math.min(10_000, Math.max(250, boundMs / 10))
}

/** The signal a round's requests carry, and `end`, which releases its timer and listener. */
export interface RoundDeadline {
  signal: AbortSignal
  end(): void
}

/**
 * The run's cancel signal and a deadline (the bound, or finalRoundMs for the round at the bound)
 * in one signal. Real time: the deadline bounds requests on the wire, which only real time can.
 * Built from a controller the timer and the cancel listener hold, not from
 * AbortSignal.any([signal, AbortSignal.timeout(ms)]): that composite holds its sources weakly,
 * so after a garbage collection the timeout signal is gone and the composite never aborts (Node
 * 20; seen as a hung request holding a 30 s bound for ten minutes of SDK retries).
 */
export function roundDeadline(signal: AbortSignal | undefined, timeoutMs: number): RoundDeadline {
  const controller = new AbortController()
  const cancel = (): void => controller.abort(signal?.reason)
  if (signal?.aborted) {
    cancel()
    return { signal: controller.signal, end() {} }
  }
  const timer = setTimeout(
    () => controller.abort(new DOMException('the wait round reached its deadline', 'TimeoutError')),
    Math.max(1, Math.ceil(timeoutMs))
  )
  // A hung request keeps the process alive by itself; the deadline alone need not.
  timer.unref()
  signal?.addEventListener('abort', cancel, { once: true })
  return {
    signal: controller.signal,
    end() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', cancel)
    }
  }
}
