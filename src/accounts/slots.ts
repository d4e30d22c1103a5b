// The account-concurrency bound: an account holds a slot while it discovers or sends, none while
// it only waits, so the waiting accounts never keep the others from starting.

/** Gives a slot back; calling it again does nothing. */
export type ReleaseSlot = () => void

export class SlotPool {
  private held = 0
  private readonly queue: Array<() => void> = []

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`slot pool size ${size}`)
  }

  /** Slots taken now. */
  get inUse(): number {
    return this.held
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.queue.length
  }

  /** Waits for a free slot (first come, first served). */
  async acquire(): Promise<ReleaseSlot> {
    if (this.held < this.size) this.held++
    else await new Promise<void>(resolve => this.queue.push(resolve))
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      // The slot passes straight to the next caller: `held` stays the same.
      if (next) next()
      else this.held--
    }
  }

  /** Runs `work` holding a slot, and gives it back however the work ends. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }
}
