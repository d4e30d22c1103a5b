// End-to-end: the faults of the wait phase (issue 19, items 3 and 6), each reproduced through
// the bundled action (dist/index.js: run `npm run bundle` after a src change) against the
// simulator's injected faults (test/simulator/faults.js), with the checks every run passes
// (no secret anywhere, every secret masked, fleet calls signed by the target role, outputs
// consistent with the rows: see fixtures/e2e.ts).
import { describe, expect, test } from '@jest/globals'
import { act, instance, scenario, withSimulator, type Simulator } from './fixtures/e2e.js'

const SLOW = 120_000
const instances = (n: number, fields: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => instance(i + 1, fields))
const stsCalls = (sim: Simulator, operation: string) =>
  sim.calls().filter(call => call.service === 'sts' && call.operation === operation)

describe('wait faults, end to end', () => {
  test.concurrent(
    'item 3: STS answers 503 ten times while the session is renewed mid-wait, then recovers: every row installed, exit 0',
    async () => {
      // Simulated credential time: a 900 s session at timeScale 0.01 lasts 9 real seconds and is
      // renewed at three quarters of it, while the 2,400 s installs still run.
      const spec = scenario(
        { 'us-east-1': { instances: instances(3, { install: { durationSeconds: 2400 } }) } },
        {
          timeScale: 0.01,
          credentialTime: 'simulated',
          faults: [
            // The first AssumeRole is the run's start; the burst hits the renewal.
            {
              service: 'sts',
              operation: 'AssumeRole',
              after: 1,
              times: 10,
              status: 503,
              code: 'ServiceUnavailable',
              message: 'Service Unavailable'
            }
          ]
        }
      )
      await withSimulator(spec, async sim => {
        // Five attempts per renewal: each failed renewal costs five 503s.
        const run = await act(
          sim,
          { 'role-duration-seconds': '900' },
          { oidc: true, env: { AWS_MAX_ATTEMPTS: '5' } }
        )
        const renewals = stsCalls(sim, 'AssumeRole')
        // At least one renewal failed mid-wait (on a loaded machine the run may end before the
        // second), and a later one succeeded.
        const failed = renewals.filter(call => call.status === 503)
        expect(failed.length).toBeGreaterThanOrEqual(5)
        expect(renewals.filter(call => call.status === 200).length).toBeGreaterThanOrEqual(2)
        expect(run.log).toMatch(/wait \d+ .*ServiceUnavailable, retrying/)
        expect(run.rows.map(row => row.status)).toEqual(['installed', 'installed', 'installed'])
        expect(run.exitCode).toBe(0)
        expect(run.log).toContain('retrying')
        expect(run.log).not.toContain('needs ssm:ListCommands')
      })
    },
    SLOW
  )

  test.concurrent(
    'item 6: ListCommands answers InvalidCommandId for fresh commands and an empty page with a NextToken: all 101 rows installed',
    async () => {
      const spec = scenario(
        { 'us-east-1': { instances: instances(101) } },
        {
          faults: [
            // SSM does not know a command for 100 simulated seconds (2 real) after its send.
            { kind: 'invalid-command-id', forSeconds: 100 },
            { kind: 'empty-page', times: 2 }
          ]
        }
      )
      await withSimulator(spec, async sim => {
        const run = await act(sim, {}, { oidc: true })
        const listings = sim.calls().filter(call => call.operation === 'ListCommands')
        // The faults did fire: SSM answered InvalidCommandId and empty pages.
        expect(listings.some(call => call.error === 'InvalidCommandId')).toBe(true)
        expect(run.rows).toHaveLength(101)
        expect(run.rows.every(row => row.status === 'installed')).toBe(true)
        expect(run.exitCode).toBe(0)
        expect(run.log).toContain('not listed yet, asking again')
        expect(run.log).not.toContain('SSM has no command')
      })
    },
    SLOW
  )
})
