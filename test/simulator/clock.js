// @ts-check
// Simulated time. `timeScale` is real seconds per simulated second: 0.01 makes a 60-second
// install take 0.6 real seconds. A manual clock only moves when the test calls advance().

export class Clock {
  /**
   * @param {{ timeScale?: number, manual?: boolean }} [options]
   */
  constructor(options = {}) {
    const timeScale = options.timeScale ?? 1
    if (!(timeScale > 0)) throw new Error(`timeScale must be above 0, got ${timeScale}`)
    this.timeScale = timeScale
    this.manual = options.manual ?? false
    this.startMs = Date.now()
    /** simulated seconds added by advance() */
    this.advanced = 0
  }

  /** Simulated seconds since the simulator started. */
  now() {
    const real = this.manual ? 0 : (Date.now() - this.startMs) / 1000 / this.timeScale
    return real + this.advanced
  }

  /** @param {number} seconds simulated seconds to jump forward */
  advance(seconds) {
    if (!(seconds >= 0)) throw new Error(`advance() takes a non-negative number, got ${seconds}`)
    this.advanced += seconds
  }

  /** Real milliseconds one simulated second lasts (1000 for a manual clock). */
  msPerSimSecond() {
    return this.manual ? 1000 : this.timeScale * 1000
  }

  /**
   * The real wall-clock time (epoch ms) matching simulated second `sim`, as seen from now: what
   * the simulator prints in timestamps (Expiration, RequestedDateTime, ...), so a client that
   * compares them with Date.now() sees durations on the same scale as the simulation.
   * @param {number} sim
   */
  wallMs(sim) {
    return Date.now() + (sim - this.now()) * this.msPerSimSecond()
  }
}
