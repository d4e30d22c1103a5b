// The wait round's deadline signal (src/install/wait/schedule.ts) must fire whatever the garbage
// collector does: a composite of AbortSignal.any and AbortSignal.timeout lost its timeout to a
// collection mid-round, and a hung request then held a 30 s bound for the SDK's ten attempts.
import { describe, expect, it } from '@jest/globals'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { roundDeadline } from '../src/install/wait/schedule.js'

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

const abortedWithin = (signal: AbortSignal, ms: number): Promise<boolean> =>
  new Promise(resolve => {
    if (signal.aborted) return resolve(true)
    const timer = setTimeout(() => resolve(signal.aborted), ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })

describe('roundDeadline', () => {
  it('aborts at its deadline even after a garbage collection, with the run signal given', async () => {
    const run = new AbortController()
    const round = roundDeadline(run.signal, 200)
    collectGarbage()
    await new Promise(resolve => setTimeout(resolve, 20))
    collectGarbage()
    expect(await abortedWithin(round.signal, 2_000)).toBe(true)
    expect((round.signal.reason as Error).name).toBe('TimeoutError')
    round.end()
  })

  it('aborts when the run is cancelled, with the run signal’s reason', async () => {
    const run = new AbortController()
    const round = roundDeadline(run.signal, 60_000)
    collectGarbage()
    run.abort(new Error('SIGTERM'))
    expect(round.signal.aborted).toBe(true)
    expect((round.signal.reason as Error).message).toBe('SIGTERM')
    round.end()
  })

  it('is aborted from the start when the run already was, and end() stops the deadline', async () => {
    const run = new AbortController()
    run.abort(new Error('cancelled'))
    expect(roundDeadline(run.signal, 60_000).signal.aborted).toBe(true)
    const round = roundDeadline(undefined, 50)
    round.end()
    expect(await abortedWithin(round.signal, 300)).toBe(false)
  })
})
