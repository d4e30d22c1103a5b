// The org report over results files of all three operations: rows told apart by `operation`
// (absent: install), one section per operation found, outputs and verdict over all of them.
import { describe, expect, it } from '@jest/globals'
import {
  buildOrgReport,
  operationsOf,
  parseResultsFile,
  renderOrgSummary,
  reportFailure,
  reportLogLine,
  reportOutputs,
  toCheckRow,
  toDrillRow,
  toRow
} from '../src/org/report.js'
import { makeCheckRow, type CheckRow } from '../src/check/rows.js'
import { makeDrillRow, type DrillRow } from '../src/drill/rows.js'
import { makeRow } from '../src/shared/rows.js'

const A = '111111111111'
const B = '222222222222'

const install = [
  makeRow({ accountId: A, region: 'us-east-1', instanceId: 'i-0a1', status: 'installed' }),
  {
    ...makeRow({ accountId: A, region: 'us-east-1', instanceId: 'i-0a2', status: 'failed' }),
    operation: 'install'
  }
]

const check: CheckRow[] = [
  makeCheckRow({
    accountId: A,
    region: 'us-east-1',
    instanceId: 'i-0a1',
    status: 'protected',
    sourceServerId: 's-1'
  }),
  makeCheckRow({
    accountId: A,
    region: 'us-east-1',
    instanceId: 'i-0a2',
    status: 'unprotected',
    message: 'no source server'
  }),
  makeCheckRow({
    accountId: B,
    region: 'us-east-1',
    instanceId: 'i-0b1',
    status: 'protected',
    sourceServerId: 's-2'
  }),
  makeCheckRow({
    accountId: B,
    region: 'us-east-1',
    instanceId: 'i-0b2',
    status: 'syncing',
    sourceServerId: 's-3'
  }),
  makeCheckRow({
    accountId: B,
    region: 'us-east-1',
    instanceId: null,
    status: 'orphaned',
    sourceServerId: 's-4',
    message: 'terminated'
  })
]

const drill: DrillRow[] = [
  makeDrillRow({
    accountId: A,
    region: 'us-east-1',
    instanceId: 'i-0a1',
    sourceServerId: 's-1',
    status: 'passed',
    recoveryInstanceId: 'r-1',
    rtoSeconds: 420,
    rpoSeconds: 30,
    terminated: true
  }),
  makeDrillRow({
    accountId: B,
    region: 'us-east-1',
    instanceId: 'i-0b1',
    sourceServerId: 's-2',
    status: 'passed',
    recoveryInstanceId: 'r-2',
    rtoSeconds: 610.4,
    rpoSeconds: 55,
    terminated: true,
    wave: 1
  }),
  makeDrillRow({
    accountId: B,
    region: 'us-east-1',
    instanceId: 'i-0b2',
    sourceServerId: 's-3',
    status: 'failed',
    recoveryInstanceId: 'r-3',
    terminated: false,
    message: 'impaired'
  }),
  makeDrillRow({
    accountId: B,
    region: 'us-east-1',
    instanceId: 'i-0b3',
    sourceServerId: 's-5',
    status: 'skipped-busy'
  })
]

const file = (name: string, rows: unknown[]) =>
  parseResultsFile(`drs-results/${name}`, JSON.stringify(rows))

describe('rows of the three operations', () => {
  it('tells rows apart by operation; no operation is an install row', () => {
    const parsed = file('mixed.json', [...install, ...check, ...drill])
    expect(parsed.problem).toBeNull()
    expect(parsed.rows).toEqual([install[0], makeRow({ ...install[1], status: 'failed' })])
    expect(parsed.checkRows).toEqual(check)
    expect(parsed.drillRows).toEqual(drill)
  })

  it('rejects a row of the wrong shape for its operation, and an unknown operation', () => {
    expect(toCheckRow({ operation: 'check', status: 'installed' })).toBeNull()
    expect(toCheckRow({ operation: 'check', status: 'protected', lagSeconds: '5' })).toBeNull()
    expect(toDrillRow({ operation: 'drill', status: 'passed', terminated: 'yes' })).toBeNull()
    expect(toDrillRow({ operation: 'drill', status: 'passed', rtoSeconds: Number.NaN })).toBeNull()
    expect(toRow({ operation: 'check', status: 'failed' })).toBeNull()
    expect(toRow({ operation: 'backup', status: 'failed' })).toBeNull()
    const parsed = file('x.json', [{ operation: 'backup', status: 'failed' }, check[0]])
    expect(parsed.checkRows).toEqual([check[0]])
    expect(parsed.problem).toBe('1 of 2 entries are not rows (left out of the report)')
  })
})

describe('the org report over install, check and drill', () => {
  const report = buildOrgReport([
    file('install.json', install),
    file('check.json', check),
    file('drill.json', drill)
  ])

  it('finds every operation and every account', () => {
    expect(operationsOf(report)).toEqual(['install', 'check', 'drill'])
    expect(report.accounts).toEqual([A, B])
    expect(report.check?.totals.coverage).toBe(75)
    expect(report.check?.byAccount.map(a => [a.accountId, a.coverage])).toEqual([
      [A, 50],
      [B, 100]
    ])
    expect(report.drill?.byAccount.map(a => [a.accountId, a.passed, a.failed, a.maxRto])).toEqual([
      [A, 1, 0, 420],
      [B, 1, 1, 610.4]
    ])
  })

  it('sums the outputs over the operations', () => {
    expect(reportOutputs(report)).toEqual({
      'account-count': '2',
      'instance-count': String(2 + 4 + 4),
      'installed-count': '1',
      'failed-count': String(1 + 0 + 1),
      'skipped-count': '1'
    })
  })

  it('fails on install failures, check rows in the default fail-on, and drill failures', () => {
    expect(reportFailure(report, true)).toBe(
      '1 instance(s) or region(s) failed or timed out in 1 account; ' +
        'the protection check found 1 row in unprotected, stalled, disconnected, stopped, lagging, failed in 1 account; ' +
        '1 drill server failed, timed out or did not start in 1 account; see the job summary.'
    )
    expect(reportFailure(report, false)).toBeNull()
    const healthy = buildOrgReport([file('c.json', [check[0], check[2], check[3]])])
    expect(reportFailure(healthy, true)).toBeNull()
  })

  it('writes one section per operation, with check coverage and drill RTO per account', () => {
    const summary = renderOrgSummary(report)
    expect(summary).toContain('## DRS organization report: install, protection check and drills')
    expect(summary).toContain('sections: Agent install, Protection check, Drills.')
    expect(summary).toContain('### Agent install')
    expect(summary).toContain('#### Totals per account and region')
    expect(summary).toContain(`| ${A} | us-east-1 | 2 | 1 | **1** | 0 |  |`)
    expect(summary).toContain('### Protection check')
    expect(summary).toContain('**Coverage:** `███████░░░` 75% over 2 accounts')
    expect(summary).toContain(`| ${A} | \`█████░░░░░\` 50% | 2 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |`)
    expect(summary).toContain(`| ${A} | us-east-1 | i-0a2 |  | unprotected | no source server |`)
    expect(summary).toContain(`| ${B} | us-east-1 | — |  | orphaned | terminated |`)
    expect(summary).toContain('### Drills')
    expect(summary).toContain('maximum RTO 610 s, maximum RPO 55 s')
    expect(summary).toContain(`| ${B} | 3 | 1 | **1** | 1 | 610 s | 55 s | 1 |`)
    expect(summary).toContain('1 drill instance not confirmed terminated')
    expect(summary.indexOf('### Agent install')).toBeLessThan(
      summary.indexOf('### Protection check')
    )
    expect(summary.indexOf('### Protection check')).toBeLessThan(summary.indexOf('### Drills'))
    expect(reportLogLine(report)).toBe(
      'DRS org report: 2 accounts, 2 instances: 1 installed, 0 skipped, 1 failed; ' +
        'check: coverage 75%, 1 in unprotected/stalled/disconnected/stopped/lagging/failed; ' +
        'drill: 2 passed, 1 failed, maximum RTO 610 s'
    )
  })

  it('a check-only report has no install section', () => {
    const only = buildOrgReport([file(`drs-results-${A}-check.json`, check)])
    expect(operationsOf(only)).toEqual(['check'])
    const summary = renderOrgSummary(only)
    expect(summary).not.toContain('Agent install')
    expect(summary).not.toContain('_no instances matched_')
    expect(summary).toContain('### Protection check')
  })

  it('stays within the budget with thousands of check and drill rows', () => {
    const many: unknown[] = []
    for (let a = 0; a < 300; a++) {
      const accountId = String(100000000000 + a)
      for (let i = 0; i < 20; i++) {
        const instanceId = `i-${a}-${i}`
        many.push(
          makeCheckRow({
            accountId,
            region: 'us-east-1',
            instanceId,
            status: 'stalled',
            message: 'x'.repeat(300)
          })
        )
        many.push(
          makeDrillRow({
            accountId,
            region: 'us-east-1',
            instanceId,
            status: 'failed',
            message: 'y'.repeat(300)
          })
        )
      }
    }
    const big = buildOrgReport([file('big.json', many)])
    const budget = 200 * 1024
    const summary = renderOrgSummary(big, { budgetBytes: budget })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(budget)
    expect(summary).toContain('### Protection check')
    expect(summary).toContain('### Drills')
    expect(summary).toMatch(/… and \d+ more rows, left out to stay under the 1 MiB summary limit/)
  })
})
