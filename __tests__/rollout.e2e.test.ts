// End-to-end: the staged roll-out (issue 14) through the bundled action (dist/index.js: run
// `npm run bundle:action` after a src change) and the bundled CLI (cli/dist/index.js), against the
// simulator, with the checks every action run passes (see fixtures/e2e.ts). The order of the
// stages is read from the simulator's SendCommand calls, and each stage is shown to go out only
// after the installs of the one before it finished.
import { afterEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Row } from '../src/shared/rows.js'
import { repoRoot, runAction } from '../test/e2e/harness.js'
import {
  act,
  ACCOUNT,
  BASE_INPUTS,
  DR_TAGS,
  iid,
  instance,
  scenario,
  TARGET_ROLE,
  withSimulator,
  type Simulator
} from './fixtures/e2e.js'

const SLOW = 120_000
const FAST_INSTALL = { durationSeconds: 10, jitterSeconds: 0 }

/** Instance n in the given wave (undefined: untagged), its install ending with `outcome`. */
function host(n: number, wave: string | undefined, outcome = 'Success') {
  const tags = wave === undefined ? DR_TAGS : { ...DR_TAGS, 'dr:wave': wave }
  return instance(n, { tags, install: { ...FAST_INSTALL, outcome } })
}

function fleet(hosts: Record<string, unknown>[]) {
  return scenario({
    'us-east-1': { instances: hosts },
    'us-west-2': { replication: { registerAfterSeconds: 1 } }
  })
}

/** The instance ids of each SendCommand, in the order SSM received them. */
function sends(sim: Simulator): string[][] {
  return sim
    .calls()
    .filter(call => call.operation === 'SendCommand' && call.status === 200)
    .map(call => [...((call.params as { InstanceIds: string[] }).InstanceIds ?? [])].sort())
}

/** Each SendCommand after the first came after every install of the commands before it finished. */
function expectEachStageAfterThePrevious(sim: Simulator): void {
  const calls = sim.calls().filter(c => c.operation === 'SendCommand' && c.status === 200)
  const installs = sim.state.installs
  for (let k = 1; k < calls.length; k++) {
    const before = new Set(
      calls.slice(0, k).flatMap(c => (c.params as { InstanceIds: string[] }).InstanceIds)
    )
    const earlier = installs.filter(i => before.has(i.instanceId))
    expect(earlier.length).toBe(before.size)
    for (const install of earlier) {
      expect(install.finished).toBe(true)
      expect(install.finishedAt).toBeLessThanOrEqual(calls[k].simTime)
    }
  }
}

const statusOf = (rows: Row[], n: number) => rows.find(row => row.instanceId === iid(n))?.status

describe('staged roll-out, end to end (action)', () => {
  test.concurrent(
    'the canary passes, then the waves go out in order, untagged and non-numeric last',
    async () => {
      const hosts = [host(1, '2'), host(2, '1'), host(3, '1'), host(4, undefined), host(5, 'later')]
      await withSimulator(fleet(hosts), async sim => {
        const run = await act(sim, { canary: '1', 'wave-tag': 'dr:wave', 'max-failures': '0' })
        expect(sends(sim)).toEqual([[iid(2)], [iid(3)], [iid(1)], [iid(4), iid(5)].sort()])
        expectEachStageAfterThePrevious(sim)
        expect(run.rows.map(row => row.status)).toEqual(Array(5).fill('installed'))
        expect(run.exitCode).toBe(0)
        expect(run.outputs['halted-count']).toBe('0')
        expect(run.log).toContain(
          `Account ${ACCOUNT} stage 1/4 (canary): 1 sent, 1 installed, 0 failed`
        )
        expect(run.log).toContain(
          `Account ${ACCOUNT} stage 4/4 (untagged wave): 2 sent, 2 installed, 0 failed`
        )
        expect(run.summary).toContain('### Staged roll-out')
        expect(run.summary).toContain(`| ${ACCOUNT} | 2/4 wave 1 | 1 | 1 | 1 | 0 | done |`)
        expect(run.summary).toContain('Every stage was sent.')
      })
    },
    SLOW
  )

  test.concurrent(
    'the canary fails: nothing else is sent, the rest is halted, the step fails',
    async () => {
      const hosts = [
        host(1, '1', 'Failed'),
        host(2, '1', 'Failed'),
        host(3, '2'),
        host(4, undefined)
      ]
      await withSimulator(fleet(hosts), async sim => {
        const run = await act(sim, { canary: '50%', 'wave-tag': 'dr:wave', 'max-failures': '1' })
        expect(sends(sim)).toEqual([[iid(1), iid(2)]])
        expect(sim.state.installs.map(i => i.instanceId).sort()).toEqual([iid(1), iid(2)])
        expect(run.rows.map(row => [row.instanceId, row.status, row.message])).toEqual([
          [iid(1), 'failed', expect.any(String)],
          [iid(2), 'failed', expect.any(String)],
          [iid(3), 'halted', 'not sent: the canary stage had 2 failures, above max-failures 1'],
          [iid(4), 'halted', 'not sent: the canary stage had 2 failures, above max-failures 1']
        ])
        expect(run.outputs['halted-count']).toBe('2')
        expect(run.outputs['failed-count']).toBe('2')
        expect(run.exitCode).toBe(1)
        expect(run.log).toContain("2 instance(s) halted by the staged roll-out's max-failures")
        expect(run.summary).toContain(`| ${ACCOUNT} | 2/3 wave 2 | 1 | 0 | 0 | 0 | halted |`)
        expect(run.summary).toContain(
          `Account ${ACCOUNT}: the roll-out stopped after stage 1 of 3 (canary): the canary stage had 2 failures, above max-failures 1; 2 instances halted (not sent).`
        )
      })
    },
    SLOW
  )

  test.concurrent(
    'a wave passes the budget mid-way: the waves before it are installed, the ones after are halted',
    async () => {
      const hosts = [
        host(1, '1'),
        host(2, '1'),
        host(3, '2', 'Failed'),
        host(4, '2', 'TimedOut'),
        host(5, '3'),
        host(6, '3')
      ]
      await withSimulator(fleet(hosts), async sim => {
        const run = await act(sim, { 'wave-tag': 'dr:wave', 'max-failures': '25%' })
        expect(sends(sim)).toEqual([
          [iid(1), iid(2)],
          [iid(3), iid(4)]
        ])
        expectEachStageAfterThePrevious(sim)
        expect([1, 2, 3, 4, 5, 6].map(n => statusOf(run.rows, n))).toEqual([
          'installed',
          'installed',
          'failed',
          'timed-out',
          'halted',
          'halted'
        ])
        const reason =
          'the 2 stages up to wave 2 had 2 failures of 4 sent, above max-failures 25% (1 of 4)'
        expect(run.rows.find(row => row.instanceId === iid(5))?.message).toBe(`not sent: ${reason}`)
        expect(run.outputs['halted-count']).toBe('2')
        expect(run.exitCode).toBe(1)
        expect(run.log).toContain(`roll-out halted, ${reason}; 2 instance(s) not sent.`)
      })
    },
    SLOW
  )

  test.concurrent(
    'dry-run sends nothing and says which stage each instance would be in',
    async () => {
      const hosts = [host(1, '2'), host(2, '1'), host(3, undefined)]
      await withSimulator(fleet(hosts), async sim => {
        const run = await act(sim, { canary: '1', 'wave-tag': 'dr:wave', 'dry-run': 'true' })
        expect(sends(sim)).toEqual([])
        expect(
          run.rows.map(row => [row.instanceId, row.status, row.message?.split('; ')[1]])
        ).toEqual([
          [iid(1), 'dry-run', 'stage 2 of 3: wave 2'],
          [iid(2), 'dry-run', 'stage 1 of 3: canary'],
          [iid(3), 'dry-run', 'stage 3 of 3: untagged wave']
        ])
        expect(run.exitCode).toBe(0)
      })
    },
    SLOW
  )

  test.concurrent(
    'canary with wait-for: none fails before any call, naming the input',
    async () => {
      await withSimulator(fleet([host(1, '1')]), async sim => {
        const run = await runAction({
          inputs: { ...BASE_INPUTS, canary: '1', 'wait-for': 'none' },
          simulator: sim
        })
        expect(run.exitCode).toBe(1)
        expect(run.log).toContain('canary: expected 0 with wait-for: none')
        expect(sim.calls()).toEqual([])
      })
    },
    SLOW
  )
})

describe('staged roll-out, end to end (CLI)', () => {
  const works: string[] = []
  afterEach(async () => {
    await Promise.all(works.splice(0).map(work => rm(work, { recursive: true, force: true })))
  })

  test(
    'the same flags: a failed canary halts the rest, exit 1, the log names the stages',
    async () => {
      const hosts = [host(1, '1', 'Failed'), host(2, '2'), host(3, '2')]
      await withSimulator(fleet(hosts), async sim => {
        const work = await mkdtemp(join(tmpdir(), 'drs-rollout-cli-'))
        works.push(work)
        await mkdir(join(work, 'home'), { recursive: true })
        const args = [
          join(repoRoot, 'cli', 'dist', 'index.js'),
          '--role-arn',
          TARGET_ROLE,
          '--external-id',
          'e2e-external-id-5f1c9a7d',
          '--source-regions',
          'us-east-1',
          '--target-region',
          'us-west-2',
          '--canary',
          '1',
          '--wave-tag',
          'dr:wave',
          '--max-failures',
          '0',
          '--results-file',
          join(work, 'rows.json'),
          '--json'
        ]
        const env = {
          PATH: process.env.PATH ?? '',
          HOME: join(work, 'home'),
          TMPDIR: work,
          AWS_CONFIG_FILE: join(work, 'home', 'aws-config'),
          AWS_SHARED_CREDENTIALS_FILE: join(work, 'home', 'aws-credentials'),
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_ENDPOINT_URL: sim.url,
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          AWS_ACCESS_KEY_ID: sim.ambient.accessKeyId,
          AWS_SECRET_ACCESS_KEY: sim.ambient.secretAccessKey
        }
        const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', chunk => (stdout += String(chunk)))
        child.stderr.on('data', chunk => (stderr += String(chunk)))
        const exitCode = await new Promise<number | null>(done => child.on('close', done))

        expect({ exitCode, stderr: stderr.slice(-2000) }).toMatchObject({ exitCode: 1 })
        expect(sends(sim)).toEqual([[iid(1)]])
        const report = JSON.parse(stdout) as {
          counts: { byStatus: Record<string, number> }
          rows: Row[]
        }
        expect(report.counts.byStatus).toMatchObject({ failed: 1, halted: 2 })
        expect(report.rows.map(row => row.status)).toEqual(['failed', 'halted', 'halted'])
        expect(stderr).toContain(`Account ${ACCOUNT} stage 1/2 (canary): sending 1 instance(s).`)
        expect(stderr).toContain(
          'roll-out halted, the canary stage had 1 failure, above max-failures 0'
        )
        expect(stderr).toContain(
          "error: 1 instance(s) or region(s) failed or timed out, 2 instance(s) halted by the staged roll-out's max-failures"
        )
      })
    },
    SLOW
  )
})
