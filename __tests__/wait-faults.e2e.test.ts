// End-to-end: the faults of the wait phase (issue 19, items 3, 4 and 6), each reproduced through
// the bundled action (dist/index.js: run `npm run bundle` after a src change) against the
// simulator's injected faults (test/simulator/faults.js), with the checks every run passes
// (no secret anywhere, every secret masked, fleet calls signed by the target role, outputs
// consistent with the rows: see fixtures/e2e.ts).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from '../test/e2e/harness.js'
import { act, instance, scenario, withSimulator, type Simulator } from './fixtures/e2e.js'

const SLOW = 120_000
// A hung request used to hold a 30 s bound for ten minutes: the jest limit is the only clock here.
const HUNG = 240_000
const instances = (n: number, fields: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => instance(i + 1, fields))
const stsCalls = (sim: Simulator, operation: string) =>
  sim.calls().filter(call => call.service === 'sts' && call.operation === operation)

/**
 * The bundled action with a garbage collection every 200 ms, as a busy runner's heap would have:
 * what a round's deadline signal holds must survive a collection (an AbortSignal.any composite
 * lost its AbortSignal.timeout to one, and the hung request then ran through every SDK retry).
 */
async function gcPressureEntry(folder: string): Promise<string> {
  const entry = join(folder, 'gc-pressure-entry.mjs')
  const bundle = pathToFileURL(join(repoRoot, 'dist', 'index.js')).href
  await writeFile(
    entry,
    [
      "import { setFlagsFromString } from 'node:v8'",
      "import { runInNewContext } from 'node:vm'",
      "setFlagsFromString('--expose-gc')",
      "const collect = runInNewContext('gc')",
      'setInterval(() => collect(), 200).unref()',
      `await import(${JSON.stringify(bundle)})`
    ].join('\n')
  )
  return entry
}

let folder = ''
let gcEntry = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'wait-faults-'))
  gcEntry = await gcPressureEntry(folder)
})
afterAll(() => rm(folder, { recursive: true, force: true }))

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

  test.concurrent(
    'item 4: every ListCommands hangs under a 30 s bound: the rows end timed-out at the bound, saying SSM did not answer',
    async () => {
      const spec = scenario(
        { 'us-east-1': { instances: instances(2) } },
        { faults: [{ service: 'ssm', operation: 'ListCommands', kind: 'hang', times: 1000 }] }
      )
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'timeout-minutes': '0.5' }, { oidc: true, entry: gcEntry })
        const listings = sim.calls().filter(call => call.operation === 'ListCommands')
        expect(listings.length).toBeGreaterThan(0)
        expect(listings.every(call => call.reason === 'fault-hang')).toBe(true)
        // Cut off by the deadline: the round at the bound asked again; the SDK's own request
        // timeout (60 s) and its retries never came into play.
        expect(listings.length).toBeGreaterThanOrEqual(2)
        expect(run.rows.map(row => row.status)).toEqual(['timed-out', 'timed-out'])
        for (const row of run.rows) {
          expect(row.message).toBe(
            'install command still Pending at the 0.5-minute bound (last status check failed: no answer before the deadline)'
          )
        }
        expect(run.log).not.toContain('requestTimeout')
        expect(run.exitCode).toBe(1)
      })
    },
    HUNG
  )

  test.concurrent(
    'item 4: DescribeSourceServers hangs in the wait under a 30 s bound: the installed rows end failed at the bound, saying DRS did not answer',
    async () => {
      const spec = scenario(
        { 'us-east-1': { instances: instances(2) } },
        {
          // The first listing is discovery's (it answers); every one in the wait hangs.
          faults: [
            {
              service: 'drs',
              operation: 'DescribeSourceServers',
              kind: 'hang',
              after: 1,
              times: 1000
            }
          ]
        }
      )
      await withSimulator(spec, async sim => {
        const run = await act(sim, { 'timeout-minutes': '0.5' }, { oidc: true, entry: gcEntry })
        const listings = sim.calls().filter(call => call.operation === 'DescribeSourceServers')
        expect(listings[0].reason).not.toBe('fault-hang')
        expect(listings.slice(1).length).toBeGreaterThanOrEqual(2)
        expect(listings.slice(1).every(call => call.reason === 'fault-hang')).toBe(true)
        // As the contract says for an install that succeeded without a source server by the bound.
        expect(run.rows.map(row => row.status)).toEqual(['failed', 'failed'])
        for (const row of run.rows) {
          expect(row.message).toContain('no DRS source server for this instance appeared')
          expect(row.message).toContain('by the 0.5-minute bound')
          expect(row.message).toContain(
            '(last DescribeSourceServers failed: no answer before the deadline)'
          )
        }
        expect(run.log).not.toContain('requestTimeout')
        expect(run.exitCode).toBe(1)
      })
    },
    HUNG
  )
})
