// The bench's CI smoke check: the bundled action against the simulator for 100 instances over 4
// regions, with 5% of AWS calls throttled. Counts only (every instance installed, nothing failed,
// no batch sent twice, calls within budget); wall-clock figures are `npm run bench`'s business.
import { describe, expect, it } from '@jest/globals'
import { measure } from '../bench/measure.js'
import { callBudget, smokeProblems } from '../bench/smoke.js'
import { DEFAULT_RETRY_MODE } from '../src/aws/retry.js'

describe('bench smoke (100 instances, dist/index.js)', () => {
  it('installs every instance with no failure, within the call budget', async () => {
    const figures = await measure(100, DEFAULT_RETRY_MODE)
    expect(smokeProblems(figures)).toEqual([])
    expect(figures.installed).toBe(100)
    expect(figures.failed).toBe(0)
    expect(figures.calls.perInstance).toBeLessThanOrEqual(callBudget(100))
  }, 120_000)
})
