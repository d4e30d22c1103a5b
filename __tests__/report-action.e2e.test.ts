// End to end: the bundled report action (report/dist/index.js) over results files, run as the
// runner runs it; and the whole org-wide flow the reusable workflow runs: discover-accounts ->
// the deploy action per account (its results file "uploaded") -> report.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, runAction, type ActionRun } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'
import { makeRow, type Row, type Status } from '../src/shared/rows.js'
import { makeCheckRow } from '../src/check/rows.js'
import { makeDrillRow } from '../src/drill/rows.js'

const REPORT = join(repoRoot, 'report', 'dist', 'index.js')
const REPORT_YML = join(repoRoot, 'report', 'action.yml')
const DISCOVER = join(repoRoot, 'discover-accounts', 'dist', 'index.js')
const DISCOVER_YML = join(repoRoot, 'discover-accounts', 'action.yml')
const DEPLOY = join(repoRoot, 'dist', 'index.js')

type Simulator = Awaited<ReturnType<typeof startSimulator>>
const running: Simulator[] = []
let folder = ''

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'drs-report-e2e-'))
})

afterEach(async () => {
  await Promise.all(running.splice(0).map(sim => sim.close()))
  await rm(folder, { recursive: true, force: true })
})

async function start(spec: unknown = {}): Promise<Simulator> {
  const sim = await startSimulator(spec)
  running.push(sim)
  return sim
}

/** Writes a results file where actions/download-artifact (merge-multiple) would put it. */
async function results(accountId: string, rows: unknown[] | string, sub = ''): Promise<string> {
  const dir = join(folder, 'drs-results', sub)
  await mkdir(dir, { recursive: true })
  const path = join(dir, `drs-results-${accountId}-drs.json`)
  await writeFile(path, typeof rows === 'string' ? rows : JSON.stringify(rows, null, 2))
  return path
}

function row(
  accountId: string,
  region: string,
  instanceId: string | null,
  status: Status,
  message: string | null = null
): Row {
  return makeRow({
    accountId,
    region,
    instanceId,
    status,
    message,
    name: instanceId && `host-${instanceId.slice(-2)}`
  })
}

async function report(sim: Simulator, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    entry: REPORT,
    actionYml: REPORT_YML,
    simulator: sim,
    oidc: false,
    inputs: { results: `${folder}/drs-results/**/*.json`, ...inputs }
  })
}

const A = '222222222222'
const B = '333333333333'

;(existsSync(REPORT) ? describe : describe.skip)('report (bundle)', () => {
  it('totals per account and region, lists rows that need attention, fails on failures', async () => {
    const sim = await start()
    await results(A, [
      row(A, 'us-east-1', 'i-0000000000000aa01', 'installed'),
      row(A, 'us-east-1', 'i-0000000000000aa02', 'skipped-registered'),
      row(A, 'eu-west-1', 'i-0000000000000aa03', 'skipped-unmanaged', 'SSM agent ConnectionLost')
    ])
    await results(
      B,
      [
        row(
          B,
          'us-east-1',
          null,
          'failed',
          'AccessDenied: not authorized to perform ec2:DescribeInstances'
        ),
        row(B, 'eu-west-1', 'i-0000000000000bb01', 'timed-out', 'still InProgress at the bound')
      ],
      'nested/deeper'
    )
    const run = await report(sim)
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toEqual({
      'account-count': '2',
      'instance-count': '4',
      'installed-count': '1',
      'failed-count': '2',
      'skipped-count': '2'
    })
    expect(run.summary).toContain('## DRS agent roll-out: organization report')
    expect(run.summary).toContain('[Workflow run](https://github.com/octo/fleet/actions/runs/4242)')
    expect(run.summary).toContain('### Totals per account and region')
    expect(run.summary).toContain(`| ${A} | us-east-1 | 2 | 1 | 0 | 1 |  |`)
    expect(run.summary).toContain(`| ${B} | us-east-1 | 0 | 0 | **1** | 0 |  |`)
    expect(run.summary).toContain('### Rows that need attention (3)')
    expect(run.summary).toContain(
      `| ${B} | eu-west-1 | i-0000000000000bb01 | host-01 | timed-out | still InProgress at the bound |`
    )
    expect(run.log).toContain(
      '::error::2 instance(s) or region(s) failed or timed out in 1 account; see the job summary.'
    )
    expect(run.log).toContain(
      'DRS org report: 2 accounts, 4 instances: 1 installed, 2 skipped, 2 failed'
    )
    expect(sim.calls()).toEqual([])
  })

  it('passes with fail-on-error false, and with nothing failed', async () => {
    const sim = await start()
    await results(A, [row(A, 'us-east-1', 'i-0000000000000aa01', 'failed', 'boom')])
    const lenient = await report(sim, { 'fail-on-error': 'false' })
    expect(lenient.exitCode).toBe(0)
    expect(lenient.outputs['failed-count']).toBe('1')
    await results(A, [row(A, 'us-east-1', 'i-0000000000000aa01', 'installed')])
    await results(B, [])
    const clean = await report(sim)
    expect(clean.exitCode).toBe(0)
    expect(clean.outputs['account-count']).toBe('2')
    expect(clean.summary).toContain(`| ${B} | _no instances matched_ | 0 | 0 | 0 | 0 |  |`)
    expect(clean.summary).toContain('No row needs attention')
  })

  it('warns about a file it cannot read, counts it, and never crashes', async () => {
    const sim = await start()
    await results(A, [row(A, 'us-east-1', 'i-0000000000000aa01', 'installed')])
    await results(B, '[{"accountId": "333333333333", "status": "installed"') // cut short
    const missing = join(folder, 'drs-results-444444444444-drs.json')
    const run = await report(sim, { results: `${folder}/drs-results/**/*.json\n${missing}` })
    expect(run.exitCode).toBe(1)
    expect(run.log).toMatch(
      /::warning::Results file .*drs-results-333333333333-drs\.json: not valid JSON/
    )
    expect(run.log).toContain(`::warning::Results file ${missing}: not found.`)
    expect(run.log).toContain(
      '::error::2 results files could not be read in full; see the job summary.'
    )
    expect(run.outputs['account-count']).toBe('3')
    expect(run.outputs['installed-count']).toBe('1')
    expect(run.summary).toContain(`| ${B} | _results file unreadable_ |`)
    expect(run.summary).toContain('### Results files that could not be read in full')
    expect(run.log).not.toMatch(/Unexpected error|TypeError/)
  })

  it('fails with a clear message when no results file is found', async () => {
    const sim = await start()
    const run = await report(sim)
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain(`::error::No results files matched "${folder}/drs-results/**/*.json"`)
    expect(run.log).toContain('actions/download-artifact with merge-multiple: true')
    expect(run.outputs).toEqual({})
  })

  it('reads install, check and drill files of shard artifacts (one folder each, same file name)', async () => {
    const sim = await start()
    // As actions/download-artifact writes <prefix>-<shard> artifacts without merge-multiple.
    const shard = async (name: string, rows: unknown[]): Promise<void> => {
      const dir = join(folder, 'drs-results', name)
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, 'drs-results-multi-drs.json'), JSON.stringify(rows))
    }
    await shard('run-1-1', [
      { ...row(A, 'us-east-1', 'i-0000000000000aa01', 'installed'), operation: 'install' },
      { ...row(B, 'us-east-1', 'i-0000000000000bb01', 'installed'), operation: 'install' }
    ])
    await shard('run-1-2', [
      makeCheckRow({
        accountId: A,
        region: 'us-east-1',
        instanceId: 'i-0000000000000aa01',
        status: 'protected'
      }),
      makeCheckRow({
        accountId: B,
        region: 'us-east-1',
        instanceId: 'i-0000000000000bb01',
        status: 'stalled',
        message: 'open TCP 1500'
      })
    ])
    await shard('run-1-3', [
      makeDrillRow({
        accountId: A,
        region: 'us-east-1',
        instanceId: 'i-0000000000000aa01',
        sourceServerId: 's-1',
        status: 'passed',
        rtoSeconds: 481,
        rpoSeconds: 12,
        recoveryInstanceId: 'r-1',
        terminated: true
      }),
      makeDrillRow({
        accountId: B,
        region: 'us-east-1',
        instanceId: 'i-0000000000000bb01',
        sourceServerId: 's-2',
        status: 'passed',
        rtoSeconds: 302,
        rpoSeconds: 9,
        recoveryInstanceId: 'r-2',
        terminated: true
      })
    ])
    // Another call's artifact in the same folder, left out with a ! line.
    await shard('other-1', [row(A, 'eu-west-1', 'i-0000000000000ee01', 'failed')])
    const run = await report(sim, {
      results: `${folder}/drs-results/**/*.json\n!${folder}/drs-results/other-*/**`
    })
    expect(run.log).toContain('Reading 3 results files.')
    expect(run.outputs).toEqual({
      'account-count': '2',
      'instance-count': '6',
      'installed-count': '2',
      'failed-count': '0',
      'skipped-count': '0'
    })
    // The stalled server fails the report as it fails the check by default.
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain(
      '::error::the protection check found 1 row in unprotected, stalled, disconnected, stopped, lagging, failed in 1 account; see the job summary.'
    )
    expect(run.summary).toContain('### Agent install')
    expect(run.summary).toContain(`| ${A} | us-east-1 | 1 | 1 | 0 | 0 |  |`)
    expect(run.summary).toContain('### Protection check')
    expect(run.summary).toContain(
      `| ${B} | us-east-1 | i-0000000000000bb01 |  | stalled | open TCP 1500 |`
    )
    expect(run.summary).toContain('### Drills')
    expect(run.summary).toContain('2 passed, 0 failed, 0 skipped over 2 accounts')
    expect(run.summary).toContain(`| ${A} | 1 | 1 | 0 | 0 | 481 s | 12 s | 0 |`)
    expect(run.summary).toContain('maximum RTO 481 s')
    expect(run.summary).not.toContain('i-0000000000000ee01')
  })

  it('rejects a bad fail-on-error before reading anything', async () => {
    const sim = await start()
    const run = await report(sim, { 'fail-on-error': 'sometimes' })
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain(
      '::error::Invalid input: fail-on-error: expected true or false, got "sometimes"'
    )
  })
})

// ---- the org-wide flow ------------------------------------------------------------------------

const MANAGEMENT = '111111111111'
const CENTRAL = 'arn:aws:iam::999999999999:role/GitHubDRSOrchestrator'
const ORG_READER = `arn:aws:iam::${MANAGEMENT}:role/DRSOrganizationsReader`
const targetRole = (id: string): string => `arn:aws:iam::${id}:role/DRSOrchestrationRole`
const TAGS = { 'dr:enabled': 'true', 'dr:recovery-strategy': 'drs' }

const FLOW_SCENARIO = {
  timeScale: 0.01,
  credentialTime: 'real',
  oidcRoles: [{ arn: CENTRAL, oidcSubjects: ['repo:octo/fleet:*'] }],
  accounts: {
    [MANAGEMENT]: { roles: [{ arn: ORG_READER, trustedPrincipals: [CENTRAL] }] },
    [A]: {
      roles: [{ arn: targetRole(A), trustedPrincipals: [CENTRAL] }],
      regions: {
        'us-east-1': {
          instances: [
            { id: 'i-0aaaaaaaaaaaaaa01', name: 'shop-web-1', tags: TAGS },
            { id: 'i-0aaaaaaaaaaaaaa02', name: 'shop-web-2', tags: TAGS }
          ]
        },
        'us-west-2': {}
      }
    },
    [B]: {
      roles: [{ arn: targetRole(B), trustedPrincipals: [CENTRAL] }],
      regions: {
        'us-east-1': {
          instances: [
            { id: 'i-0bbbbbbbbbbbbbb01', name: 'billing-1', tags: TAGS },
            {
              id: 'i-0bbbbbbbbbbbbbb02',
              name: 'billing-2',
              tags: TAGS,
              install: {
                outcome: 'Failed',
                errorText: 'Failed to download the installer: HTTP 403.'
              }
            },
            {
              id: 'i-0bbbbbbbbbbbbbb03',
              name: 'billing-3',
              tags: TAGS,
              pingStatus: 'ConnectionLost'
            }
          ]
        },
        'us-west-2': {}
      }
    }
  },
  organizations: {
    managementAccount: MANAGEMENT,
    roots: [{ id: 'r-ab12', name: 'Root' }],
    ous: [{ id: 'ou-ab12-prod0001', name: 'Production', parent: 'r-ab12' }],
    accounts: [
      { id: MANAGEMENT, name: 'management', parent: 'r-ab12' },
      { id: A, name: 'shop', parent: 'ou-ab12-prod0001' },
      { id: B, name: 'billing', parent: 'ou-ab12-prod0001' },
      { id: '444444444444', name: 'closed', parent: 'ou-ab12-prod0001', status: 'SUSPENDED' }
    ]
  }
}

const flowReady = [REPORT, DISCOVER, DEPLOY].every(path => existsSync(path))
;(flowReady ? describe : describe.skip)('the org-wide flow (bundles)', () => {
  it('discovers, deploys per account, and reports over every account', async () => {
    const sim = await start(FLOW_SCENARIO)
    const discovered = await runAction({
      entry: DISCOVER,
      actionYml: DISCOVER_YML,
      simulator: sim,
      inputs: {
        'role-name': 'DRSOrchestrationRole',
        'oidc-role-arn': CENTRAL,
        'organizations-role-arn': ORG_READER,
        'organizational-units': 'ou-ab12-prod0001'
      }
    })
    expect(discovered.exitCode).toBe(0)
    const matrix = JSON.parse(discovered.outputs.matrix) as {
      include: Array<{ 'account-id': string; 'role-arn': string }>
    }
    expect(matrix.include.map(entry => entry['account-id'])).toEqual([A, B])

    // The deploy jobs (at most five at once; here both), each "uploading" its results file.
    const deployed = await Promise.all(
      matrix.include.map(entry =>
        runAction({
          simulator: sim,
          env: { GITHUB_ACTION: 'drs' },
          inputs: {
            'role-arn': entry['role-arn'],
            'account-id': entry['account-id'],
            'oidc-role-arn': CENTRAL,
            'source-regions': 'us-east-1',
            'target-region': 'us-west-2',
            'timeout-minutes': '10'
          }
        })
      )
    )
    expect(deployed.map(run => run.exitCode)).toEqual([0, 1])
    for (const [index, run] of deployed.entries()) {
      expect(run.resultsFileRows).not.toBeNull()
      await results(matrix.include[index]['account-id'], run.resultsFileRows!)
    }

    const run = await report(sim)
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toEqual({
      'account-count': '2',
      'instance-count': '5',
      'installed-count': '3',
      'failed-count': '1',
      'skipped-count': '1'
    })
    expect(run.summary).toContain(`| ${A} | us-east-1 | 2 | 2 | 0 | 0 |  |`)
    expect(run.summary).toContain(`| ${B} | us-east-1 | 3 | 1 | **1** | 1 |  |`)
    expect(run.summary).toContain('### Rows that need attention (2)')
    expect(run.summary).toMatch(
      new RegExp(
        `\\| ${B} \\| us-east-1 \\| i-0bbbbbbbbbbbbbb02 \\| billing-2 \\| failed \\| .*403`
      )
    )
    expect(run.summary).toContain(
      `| ${B} | us-east-1 | i-0bbbbbbbbbbbbbb03 | billing-3 | skipped-unmanaged |`
    )
  })
})
