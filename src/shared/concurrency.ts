// Bounded work: fixed-size chunks, a limited number of tasks in flight, and paced calls.
import type { Clock } from './clock.js'

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size))
  return chunks
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker))
  return results
}

/** Fixed spacing between calls: the injected clock decides when each caller may go. */
export class Pacer {
  private nextAt = Number.NEGATIVE_INFINITY

  constructor(
    private readonly clock: Clock,
    readonly intervalMs: number
  ) {}

  /** Waits for this caller's slot; returns at once (slot kept) when `signal` aborts. */
  async take(signal?: AbortSignal): Promise<void> {
    const now = this.clock.now()
    // Reserve the slot before waiting, so concurrent callers queue rather than collide.
    const at = Math.max(now, this.nextAt)
    this.nextAt = at + this.intervalMs
    if (at > now) await this.clock.sleep(at - now, signal)
  }
}
