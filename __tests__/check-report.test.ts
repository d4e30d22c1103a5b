// The check's outputs, summary and exit decision: pure functions of the rows.
import { describe, expect, it } from '@jest/globals'
import {
  buildCheckOutputs,
  checkFinalLogLine,
  coverageBar,
  coverageByAccount,
  failingRows,
  renderCheckSummary
} from '../src/check/report.js'
import { CHECK_STATUSES, makeCheckRow, type CheckRow, type CheckStatus } from '../src/check/rows.js'
import type { CheckSettings } from '../src/check/settings.js'
import { SUMMARY_BUDGET_BYTES } from '../src/report/summary.js'
import { RUN } from './fixtures/settings.js'

const SETTINGS: CheckSettings = {
  roleArn: 'arn:aws:iam::123456789012:role/DRSOrchestrationRole',
  partition: 'aws',
  accountId: '123456789012',
  targets: [
    { accountId: '123456789012', roleArn: 'arn:aws:iam::123456789012:role/DRSOrchestrationRole' }
  ],
  roleName: null,
  duplicateAccounts: [],
  accountConcurrency: 10,
  externalId: null,
  sourceRegions: ['us-east-1'],
  targetRegion: 'us-west-2',
  oidcRoleArn: null,
  audience: 'sts.amazonaws.com',
  roleSessionName: 'drs-4242-1',
  roleDurationSeconds: 3600,
  sessionTagging: true,
  tagFilters: [{ key: 'dr:enabled', value: 'true' }],
  instanceIds: [],
  notifyTopicArn: null,
  run: RUN,
  maxLagMinutes: 15,
  maxDrillAgeDays: 30,
  failOn: ['unprotected', 'stalled', 'disconnected', 'stopped', 'lagging', 'failed']
}

function row(status: CheckStatus, n: number, accountId = '123456789012'): CheckRow {
  return makeCheckRow({
    accountId,
    region: 'us-east-1',
    instanceId: status === 'failed' ? null : `i-${String(n).padStart(17, '0')}`,
    name: `host-${n}`,
    status,
    message: `${status} message`
  })
}

/** One row of every status. */
const EVERY = CHECK_STATUSES.map((status, n) => row(status, n))

describe('buildCheckOutputs', () => {
  it('counts every status as the contract groups them', () => {
    const outputs = buildCheckOutputs(EVERY, 1)
    expect(outputs).toMatchObject({
      'protected-count': '1',
      'unprotected-count': '1',
      'unhealthy-count': '4',
      'syncing-count': '1',
      'orphaned-count': '1',
      'drill-overdue-count': '1',
      'failed-count': '1',
      'account-count': '1',
      'results-truncated': 'false'
    })
    // 8 instances found running with the filters (orphaned and failed left out), 7 with a server.
    expect(outputs.coverage).toBe('87')
    expect(JSON.parse(outputs.results)).toHaveLength(EVERY.length)
  })

  it('coverage is 100 when no running instance matched', () => {
    expect(buildCheckOutputs([row('orphaned', 1), row('failed', 2)], 1).coverage).toBe('100')
    expect(buildCheckOutputs([], 1).coverage).toBe('100')
  })

  it('coverage rounds down', () => {
    const rows = [row('protected', 1), row('protected', 2), row('unprotected', 3)]
    expect(buildCheckOutputs(rows, 1).coverage).toBe('66')
  })

  it('keeps only the rows that need attention above 512 KiB', () => {
    const long = 'x'.repeat(900)
    const rows = Array.from({ length: 800 }, (_, n) =>
      makeCheckRow({ ...row(n % 4 === 0 ? 'stalled' : 'protected', n), message: long })
    )
    const outputs = buildCheckOutputs(rows, 1)
    expect(outputs['results-truncated']).toBe('true')
    const kept = JSON.parse(outputs.results) as CheckRow[]
    expect(kept).toHaveLength(200)
    expect(kept.every(r => r.status === 'stalled')).toBe(true)
    expect(outputs.truncatedWarning).toContain('600 of 800 rows were left out')
  })
})

describe('failingRows', () => {
  it('fails on the fail-on statuses and always on failed', () => {
    const failing = failingRows({ failOn: ['orphaned'] }, EVERY)
    expect(failing.map(r => r.status).sort()).toEqual(['failed', 'orphaned'])
    expect(failingRows({ failOn: [] }, [row('stalled', 1)])).toEqual([])
  })
})

describe('coverage per account', () => {
  it('sorts accounts worst first, with a bar', () => {
    const rows = [
      row('protected', 1, '111111111111'),
      row('unprotected', 2, '222222222222'),
      row('protected', 3, '222222222222'),
      row('orphaned', 4, '333333333333')
    ]
    expect(coverageByAccount(rows).map(a => [a.accountId, a.coverage, a.instances])).toEqual([
      ['222222222222', 50, 2],
      ['111111111111', 100, 1],
      ['333333333333', 100, 0]
    ])
    expect(coverageBar(50)).toBe('█████░░░░░')
    expect(coverageBar(99)).toBe('█████████░')
    expect(coverageBar(100)).toBe('██████████')
  })
})

describe('coverage per account over many accounts', () => {
  it('puts accounts that could not be checked first, then by coverage and failed rows', () => {
    const failedRow = (accountId: string) =>
      makeCheckRow({ accountId, region: 'us-east-1', status: 'failed', message: 'denied' })
    const rows = [
      row('protected', 1, '111111111111'),
      failedRow('444444444444'),
      row('unprotected', 2, '222222222222'),
      row('protected', 3, '333333333333'),
      failedRow('333333333333')
    ]
    expect(coverageByAccount(rows).map(a => a.accountId)).toEqual([
      '444444444444',
      '222222222222',
      '333333333333',
      '111111111111'
    ])
    const many: CheckSettings = {
      ...SETTINGS,
      roleName: 'DRSOrchestrationRole',
      targets: ['111111111111', '222222222222', '333333333333', '444444444444'].map(accountId => ({
        accountId,
        roleArn: `arn:aws:iam::${accountId}:role/DRSOrchestrationRole`
      }))
    }
    const summary = renderCheckSummary(many, rows)
    expect(summary).toContain('## DRS protection check: 4 accounts')
    expect(summary).toContain('Role `DRSOrchestrationRole` in each account')
    expect(summary).toContain('| 444444444444 | not checked | 0 |')
  })
})

describe('renderCheckSummary', () => {
  it('shows the settings, coverage per account, then attention rows before healthy ones', () => {
    const summary = renderCheckSummary(SETTINGS, [row('protected', 1), row('stalled', 2)], {
      runUrl: 'https://github.com/acme/dr/actions/runs/1'
    })
    expect(summary).toContain('## DRS protection check: account 123456789012')
    expect(summary).toContain('max-drill-age-days 30')
    expect(summary).toContain('**Coverage 100%** of 2 running matching instances')
    expect(summary).toContain(
      '| 123456789012 | `██████████` 100% | 2 | 1 | 0 | 1 | 0 | 0 | 0 | 0 |'
    )
    const coverageAt = summary.indexOf('### Coverage per account')
    const stalledAt = summary.indexOf('**stalled**')
    const protectedAt = summary.indexOf('**protected**')
    expect(coverageAt).toBeGreaterThan(0)
    expect(stalledAt).toBeGreaterThan(coverageAt)
    expect(protectedAt).toBeGreaterThan(stalledAt)
  })

  it('says why an account stopped', () => {
    const summary = renderCheckSummary(SETTINGS, [row('failed', 1)], { stopped: 'AccessDenied' })
    expect(summary).toContain('> **Stopped:** AccessDenied')
  })

  it('stays within the budget with a large fleet, listing the rows that need attention', () => {
    const rows = Array.from({ length: 3000 }, (_, n) =>
      row(n % 10 === 0 ? 'unprotected' : 'protected', n)
    )
    const summary = renderCheckSummary(SETTINGS, rows)
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_BUDGET_BYTES)
    expect(summary).toContain('Showing the 300 rows that need attention of 3000')
    expect(summary.match(/\*\*unprotected\*\*/g)).toHaveLength(300)
    expect(summary).not.toContain('**protected**')
    expect(summary).toContain('… and 2700 more rows: 2700 protected')
  })

  it('cuts the attention rows at the budget when even they do not fit', () => {
    const long = 'y'.repeat(1000)
    const rows = Array.from({ length: 1500 }, (_, n) =>
      makeCheckRow({ ...row('stalled', n), message: long })
    )
    const summary = renderCheckSummary(SETTINGS, rows)
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_BUDGET_BYTES)
    expect(summary).toMatch(/Showing \d+ of the 1500 rows that need attention/)
  })

  it('ends the log with coverage and the breakdown', () => {
    expect(checkFinalLogLine([row('protected', 1), row('unprotected', 2)])).toBe(
      'DRS protection check: coverage 50% of 2 running matching instances; 1 unprotected, 1 protected'
    )
  })
})
