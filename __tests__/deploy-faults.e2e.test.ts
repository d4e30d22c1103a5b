// End-to-end: the faults of the deploy phase (issue 19, items 1, 2 and 7), each reproduced through
// the bundled action (dist/index.js: run `npm run bundle` after a src change) against the simulator,
// with the checks every run passes (see fixtures/e2e.ts).
import { describe, expect, test } from '@jest/globals'
import {
  ACCOUNT,
  act,
  createdCommands,
  DR_TAGS,
  iid,
  instance,
  scenario,
  withSimulator,
  type Simulator
} from './fixtures/e2e.js'

const SLOW = 120_000
const sendCalls = (sim: Simulator) => sim.calls().filter(call => call.operation === 'SendCommand')

/** How many install invocations each instance got. */
function installsPerInstance(sim: Simulator): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const install of sim.state.installs) {
    counts[install.instanceId] = (counts[install.instanceId] ?? 0) + 1
  }
  return counts
}

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
        const run = await act(
          sim,
          { 'drs-replicating-limit': '1000' },
          { onSpawn: spawned => (pid = spawned) }
        ).finally(() => clearInterval(watcher))

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

  test.concurrent(
    'lost answer: SendCommand answered, then cut mid-body: the command is found, not sent again, one install per instance',
    async () => {
      const spec = scenario(
        { 'us-east-1': { instances: [instance(1), instance(2), instance(3)] } },
        { faults: [{ kind: 'cut-body', service: 'ssm', operation: 'SendCommand', times: 1 }] }
      )
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'wait-for': 'none' })
        // Without the guard around the deserializer the SDK resends: two commands, two installs.
        expect(sendCalls(sim)).toHaveLength(1)
        const created = createdCommands(sim)
        expect(created).toHaveLength(1)
        expect(installsPerInstance(sim)).toEqual({ [iid(1)]: 1, [iid(2)]: 1, [iid(3)]: 1 })
        expect(run.rows.map(row => [row.instanceId, row.status, row.commandId])).toEqual([
          [iid(1), 'pending', created[0]],
          [iid(2), 'pending', created[0]],
          [iid(3), 'pending', created[0]]
        ])
        expect(JSON.parse(run.outputs['command-ids'])).toEqual(created)
        expect(run.exitCode).toBe(0)
      })
    },
    SLOW
  )

  test.concurrent(
    'lost answer: the connection reset after SSM created the command, which it lists late: found within the grace period, not sent again',
    async () => {
      // 400 simulated seconds at 0.02 real seconds each: listed 8 s after the send, after the
      // first look-ups (2 s, 6 s), before the third (14 s).
      const spec = scenario(
        { 'us-east-1': { instances: [instance(1), instance(2)] } },
        {
          faults: [
            {
              kind: 'reset-after-answer',
              service: 'ssm',
              operation: 'SendCommand',
              times: 1,
              listedAfterSeconds: 400
            }
          ]
        }
      )
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'wait-for': 'none' })
        expect(sendCalls(sim)).toHaveLength(1)
        const lookups = run.calls.filter(call => call.operation === 'ListCommands')
        expect(lookups.length).toBeGreaterThan(1)
        const created = createdCommands(sim)
        expect(created).toHaveLength(1)
        expect(installsPerInstance(sim)).toEqual({ [iid(1)]: 1, [iid(2)]: 1 })
        expect(run.rows.map(row => [row.status, row.commandId])).toEqual([
          ['pending', created[0]],
          ['pending', created[0]]
        ])
        expect(run.exitCode).toBe(0)
      })
    },
    SLOW
  )

  test.concurrent(
    'access denied: the role may not target one instance of five: it alone fails, with the policy hint; the other four are sent',
    async () => {
      const ids = [1, 2, 3, 4, 5].map(iid)
      const spec = scenario({
        'us-east-1': {
          instances: [1, 2, 3, 4, 5].map(n => instance(n, n === 3 ? { denySendCommand: true } : {}))
        }
      })
      await withSimulator(spec, async sim => {
        const run = await act(sim, {
          'instance-ids': ids.join(','),
          'wait-for': 'none'
        })
        expect(run.exitCode).toBe(1)
        const byId = new Map(run.rows.map(row => [row.instanceId, row]))
        const refused = byId.get(iid(3))
        expect(refused?.status).toBe('failed')
        expect(refused?.commandId).toBeNull()
        expect(refused?.message).toMatch(/^SendCommand failed \(AccessDeniedException: /)
        expect(refused?.message).toContain("the target role's ssm:SendCommand must allow")
        for (const n of [1, 2, 4, 5]) {
          expect(byId.get(iid(n))?.status).toBe('pending')
          expect(createdCommands(sim)).toContain(byId.get(iid(n))?.commandId)
        }
        expect(Object.keys(installsPerInstance(sim)).sort()).toEqual([1, 2, 4, 5].map(iid).sort())
        // No instance was accepted twice.
        expect(Object.values(installsPerInstance(sim)).every(count => count === 1)).toBe(true)
      })
    },
    SLOW
  )
})
