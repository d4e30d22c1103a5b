// End to end: every report channel of the bundled fronts (outputs, results file, job summary, final
// log line) is written on its own. A runner that refuses one of them (a full disk, a missing folder,
// RUNNER_TEMP/drs-results taken by a file) gets that channel named with what to fix, the other
// channels still written, no stack trace, and an honest exit code: a results file or outputs that
// could not be written fail the step (the contract promises them); a summary is only a warning.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, runAction, type ActionRun, type RunActionOptions } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>

const ACCOUNT = '222222222222'
const CENTRAL_ROLE = 'arn:aws:iam::111111111111:role/GitHubDRSOrchestrator'
const TARGET_ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const EXTERNAL_ID = 'e2e-external-id-channels'
const DR_TAGS = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }
const DEPLOY = join(repoRoot, 'dist', 'index.js')
const REPORT = join(repoRoot, 'report', 'dist', 'index.js')
const DISCOVER = join(repoRoot, 'discover-accounts', 'dist', 'index.js')
const SLOW = 120_000

const iid = (n: number): string => `i-0c4a${n.toString(16).padStart(13, '0')}`

const SCENARIO = {
  timeScale: 0.02,
  credentialTime: 'real',
  oidc: { subject: 'repo:octo/fleet:ref:refs/heads/main' },
  oidcRoles: [
    {
      arn: CENTRAL_ROLE,
      oidcSubjects: ['repo:octo/fleet:*'],
      oidcAudience: 'sts.amazonaws.com',
      maxSessionDuration: 3600
    }
  ],
  accounts: {
    [ACCOUNT]: {
      roles: [
        {
          arn: TARGET_ROLE,
          externalId: EXTERNAL_ID,
          trustedPrincipals: [CENTRAL_ROLE],
          maxSessionDuration: 3600
        }
      ],
      regions: {
        'us-west-2': {},
        'us-east-1': {
          instances: [1, 2].map(n => ({
            id: iid(n),
            name: `host-${n}`,
            platform: 'Linux',
            tags: DR_TAGS
          }))
        }
      }
    }
  },
  organizations: {
    managementAccount: '111111111111',
    roots: [{ id: 'r-ab12', name: 'Root' }],
    ous: [],
    accounts: [
      { id: '111111111111', name: 'management', parent: 'r-ab12' },
      { id: ACCOUNT, name: 'shop', parent: 'r-ab12' }
    ]
  }
}

const DEPLOY_INPUTS = {
  'role-arn': TARGET_ROLE,
  'external-id': EXTERNAL_ID,
  'oidc-role-arn': CENTRAL_ROLE,
  'source-regions': 'us-east-1',
  'target-region': 'us-west-2'
}

let folder = ''
const running: Simulator[] = []

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'drs-channels-e2e-'))
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

afterEach(async () => {
  await Promise.all(running.splice(0).map(sim => sim.close()))
})

/** A fresh simulator per test: a run installs, and the next one would find the servers registered. */
async function start(): Promise<Simulator> {
  const sim = await startSimulator(SCENARIO)
  running.push(sim)
  return sim
}

async function deploy(options: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  const simulator = await start()
  return runAction({ simulator, inputs: DEPLOY_INPUTS, entry: DEPLOY, ...options })
}

const annotations = (run: ActionRun, kind: 'warning' | 'error'): string[] =>
  run.log.split('\n').filter(line => line.startsWith(`::${kind}`))
/** A Node stack frame: what an unhandled rejection prints. */
const stackFrames = (run: ActionRun): string[] =>
  run.log.split('\n').filter(line => /^\s+at .+[(:]/.test(line))

/** The outputs every deploy run sets, whatever else the runner refused. */
function expectCountOutputs(run: ActionRun): void {
  expect(run.outputs).toMatchObject({
    'instance-count': '2',
    'installed-count': '2',
    'failed-count': '0',
    'skipped-count': '0',
    'results-truncated': 'false'
  })
  expect(JSON.parse(run.outputs['command-ids'])).toHaveLength(1)
  expect(JSON.parse(run.outputs.results)).toHaveLength(2)
}

const FINAL_LINE = 'DRS agent roll-out: 2 installed, 0 skipped, 0 failed of 2 instances'

;(existsSync(DEPLOY) ? describe : describe.skip)('deploy action report channels (bundle)', () => {
  it.each([
    ['a full disk (/dev/full)', () => '/dev/full'],
    ['a missing folder', () => join(folder, 'no-such-folder', 'summary.md')]
  ])(
    'a step summary on %s is a warning: every output, the results file, the log line, exit 0',
    async (_what, summaryPath) => {
      const path = summaryPath()
      const run = await deploy({ env: { GITHUB_STEP_SUMMARY: path } })
      expect(stackFrames(run)).toEqual([])
      expect(annotations(run, 'error')).toEqual([])
      const warnings = annotations(run, 'warning').filter(line => line.includes('job summary'))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain(`GITHUB_STEP_SUMMARY (${path})`)
      expectCountOutputs(run)
      expect(run.resultsFileRows).toHaveLength(2)
      expect(run.log).toContain(FINAL_LINE)
      expect(run.exitCode).toBe(0)
    },
    SLOW
  )

  it(
    'RUNNER_TEMP/drs-results taken by a file: the results file fails the step by name; the other outputs, the summary and the log line are there',
    async () => {
      const temp = join(folder, 'runner-temp-taken')
      await mkdir(temp, { recursive: true })
      await writeFile(join(temp, 'drs-results'), 'not a folder')
      const run = await deploy({ env: { RUNNER_TEMP: temp } })
      expect(stackFrames(run)).toEqual([])
      const errors = annotations(run, 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain('Could not write the results file')
      expect(errors[0]).toContain(`RUNNER_TEMP (${temp})`)
      expectCountOutputs(run)
      expect(run.outputs['results-file']).toBeUndefined()
      expect(run.summary).toContain(`account ${ACCOUNT}`)
      expect(run.summary).toContain(iid(1))
      expect(run.log).toContain(FINAL_LINE)
      expect(run.exitCode).toBe(1)
    },
    SLOW
  )

  it(
    'an unwritable GITHUB_OUTPUT fails the step by name; the results file, the summary and the log line are still written',
    async () => {
      const run = await deploy({ env: { GITHUB_OUTPUT: '/dev/full' } })
      expect(stackFrames(run)).toEqual([])
      const errors = annotations(run, 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain('Could not write the step outputs')
      expect(errors[0]).toContain('GITHUB_OUTPUT')
      // The results file itself was written: the log names it nowhere else, so look in RUNNER_TEMP.
      expect(run.log).not.toContain('Could not write the results file')
      expect(run.summary).toContain(iid(2))
      expect(run.log).toContain(FINAL_LINE)
      expect(run.exitCode).toBe(1)
    },
    SLOW
  )
})

;(existsSync(REPORT) ? describe : describe.skip)('report action channels (bundle)', () => {
  it(
    'a step summary on /dev/full is a warning: the outputs, the log line and the verdict stand',
    async () => {
      const dir = join(folder, 'artifacts')
      await mkdir(dir, { recursive: true })
      const row = {
        accountId: ACCOUNT,
        region: 'us-east-1',
        instanceId: iid(1),
        name: 'host-1',
        platform: 'Linux',
        status: 'installed',
        commandId: 'c-1',
        sourceServerId: 's-1',
        replicationState: null,
        message: null
      }
      await writeFile(join(dir, `drs-results-${ACCOUNT}-drs.json`), JSON.stringify([row]))
      const run = await runAction({
        simulator: await start(),
        entry: REPORT,
        actionYml: join(repoRoot, 'report', 'action.yml'),
        oidc: false,
        inputs: { results: `${dir}/*.json` },
        env: { GITHUB_STEP_SUMMARY: '/dev/full' }
      })
      expect(stackFrames(run)).toEqual([])
      expect(annotations(run, 'error')).toEqual([])
      expect(annotations(run, 'warning').join('\n')).toContain('Could not write the job summary')
      expect(run.outputs).toMatchObject({
        'account-count': '1',
        'instance-count': '1',
        'installed-count': '1',
        'failed-count': '0'
      })
      expect(run.exitCode).toBe(0)
    },
    SLOW
  )
})

;(existsSync(DISCOVER) ? describe : describe.skip)('discover-accounts channels (bundle)', () => {
  it(
    'a step summary on /dev/full is a warning: the matrix and account-count are set, exit 0',
    async () => {
      const run = await runAction({
        simulator: await start(),
        entry: DISCOVER,
        actionYml: join(repoRoot, 'discover-accounts', 'action.yml'),
        inputs: { 'role-name': 'DRSOrchestrationRole', 'oidc-role-arn': CENTRAL_ROLE },
        env: { GITHUB_STEP_SUMMARY: '/dev/full' }
      })
      expect(stackFrames(run)).toEqual([])
      expect(annotations(run, 'error')).toEqual([])
      expect(annotations(run, 'warning').join('\n')).toContain('Could not write the job summary')
      expect(run.outputs['account-count']).toBe('2')
      expect(JSON.parse(run.outputs.matrix)).toMatchObject({
        include: [{ 'account-id': '111111111111' }, { 'account-id': ACCOUNT }]
      })
      expect(run.exitCode).toBe(0)
    },
    SLOW
  )
})
