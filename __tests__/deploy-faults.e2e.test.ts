// End-to-end: the faults of the deploy phase (issue 19, items 1, 2 and 7), each reproduced through
// the bundled action (dist/index.js: run `npm run bundle` after a src change) against the simulator,
// with the checks every run passes (see fixtures/e2e.ts).
import { describe, expect, test } from '@jest/globals'
import {
  ACCOUNT,
  act,
  createdCommands,
  DR_TAGS,
  scenario,
  withSimulator,
  type Simulator
} from './fixtures/e2e.js'

const SLOW = 120_000
const sendCalls = (sim: Simulator) => sim.calls().filter(call => call.operation === 'SendCommand')

describe('deploy faults, end to end', () => {
  test.concurrent(
    'cancel: SIGTERM while deploying: nothing is sent after it, every instance is a row, every command sent is listed',
    async () => {
      // 500 instances: 10 batches, paced 3 a second, so the deploy phase lasts about 3 seconds.
      const spec = scenario(
        { 'us-east-1': {} },
        {
          instanceGenerator: [
            {
              account: ACCOUNT,
              region: 'us-east-1',
              count: 500,
              tags: DR_TAGS,
              install: { durationSeconds: 3000 }
            }
          ]
        }
      )
      await withSimulator(spec, async sim => {
        let pid = 0
        let sendsAtSignal = 0
        // The signal goes out the moment SSM has seen the first SendCommand.
        const watcher = setInterval(() => {
          if (pid === 0 || sendsAtSignal > 0) return
          const sends = sendCalls(sim).length
          if (sends > 0) {
            sendsAtSignal = sends
            process.kill(pid, 'SIGTERM')
          }
        }, 1)
        const run = await act(sim, {}, { onSpawn: spawned => (pid = spawned) }).finally(() =>
          clearInterval(watcher)
        )

        expect(sendsAtSignal).toBeGreaterThan(0)
        // At most the batch already on its way when the signal arrived; 10 without the fix.
        expect(sendCalls(sim).length).toBeLessThanOrEqual(sendsAtSignal + 1)
        expect(run.exitCode).toBe(1)
        expect(run.rows).toHaveLength(500)

        const created = createdCommands(sim)
        expect(created.length).toBeGreaterThan(0)
        expect(new Set(JSON.parse(run.outputs['command-ids']) as string[])).toEqual(
          new Set(created)
        )
        const pending = run.rows.filter(row => row.status === 'pending')
        expect(pending).toHaveLength(50 * created.length)
        expect(pending.every(row => created.includes(row.commandId ?? ''))).toBe(true)
        const notSent = run.rows.filter(row => row.status === 'failed')
        expect(notSent).toHaveLength(500 - pending.length)
        expect(notSent.length).toBeGreaterThan(0)
        for (const row of notSent) {
          expect(row.commandId).toBeNull()
          expect(row.message).toMatch(/^not sent: .*cancel/)
        }
        expect(run.summary).toMatch(/cancel/i)
      })
    },
    SLOW
  )
})
