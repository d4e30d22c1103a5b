import { describe, expect, it } from '@jest/globals'
import { InputError } from '../src/settings/index.js'
import {
  accountFromFileName,
  buildOrgReport,
  DEFAULT_RESULTS,
  globBase,
  globToRegExp,
  hasGlob,
  normalisePath,
  parseReportSettings,
  parseResultsFile,
  renderOrgSummary,
  reportFailure,
  reportLogLine,
  reportOutputs,
  toRow,
  unreadableFile,
  type ResultsFile
} from '../src/org/report.js'
import { makeRow, type Row, type Status } from '../src/shared/rows.js'

const A = '111111111111'
const B = '222222222222'
const C = '333333333333'

function row(
  accountId: string,
  region: string | null,
  instanceId: string | null,
  status: Status,
  extra: Partial<Row> = {}
): Row {
  return makeRow({
    accountId,
    region,
    instanceId,
    status,
    name: instanceId && `host-${instanceId.slice(-2)}`,
    ...extra
  })
}

function file(accountId: string, rows: Row[], step = 'drs'): ResultsFile {
  const path = `drs-results/drs-results-${accountId}-${step}.json`
  return parseResultsFile(path, JSON.stringify(rows, null, 2))
}

const FLEET: ResultsFile[] = [
  file(A, [
    row(A, 'us-east-1', 'i-00000000000000a01', 'installed'),
    row(A, 'us-east-1', 'i-00000000000000a02', 'failed', { message: 'Failed to install | <x>' }),
    row(A, 'eu-west-1', 'i-00000000000000a03', 'skipped-registered'),
    row(A, 'eu-west-1', 'i-00000000000000a04', 'skipped-unmanaged', {
      message: 'SSM agent ConnectionLost'
    })
  ]),
  file(B, [
    row(B, 'us-east-1', null, 'failed', { message: 'AccessDenied: not authorized' }),
    row(B, 'eu-west-1', 'i-00000000000000b01', 'timed-out'),
    row(B, 'eu-west-1', 'i-00000000000000b02', 'dry-run')
  ]),
  file(C, [])
]

describe('parseReportSettings', () => {
  it('defaults to the downloaded artifacts and fails on error', () => {
    expect(parseReportSettings(() => '')).toEqual({
      patterns: [DEFAULT_RESULTS],
      failOnError: true
    })
  })

  it('takes several paths, one a line, and false', () => {
    const values: Record<string, string> = {
      results: ' a/*.json \n\nb, with comma.json\na/*.json',
      'fail-on-error': 'false'
    }
    expect(parseReportSettings(name => values[name] ?? '')).toEqual({
      patterns: ['a/*.json', 'b, with comma.json'],
      failOnError: false
    })
  })

  it('names a bad boolean', () => {
    expect(() => parseReportSettings(name => (name === 'fail-on-error' ? 'yes' : ''))).toThrow(
      InputError
    )
    expect(() => parseReportSettings(name => (name === 'fail-on-error' ? 'yes' : ''))).toThrow(
      'fail-on-error: expected true or false, got "yes"'
    )
  })
})

describe('globs', () => {
  const matches = (pattern: string, path: string): boolean =>
    globToRegExp(pattern).test(normalisePath(path))

  it('matches ** across folders, * and ? within one', () => {
    expect(matches('drs-results/**/*.json', 'drs-results/a.json')).toBe(true)
    expect(matches('drs-results/**/*.json', 'drs-results/x/y/a.json')).toBe(true)
    expect(matches('drs-results/**/*.json', 'drs-results/a.json.bak')).toBe(false)
    expect(matches('drs-results/**/*.json', 'other/a.json')).toBe(false)
    expect(matches('drs-results/*.json', 'drs-results/x/a.json')).toBe(false)
    expect(
      matches('./r/drs-results-??????????12-*.json', 'r/drs-results-111111111112-drs.json')
    ).toBe(true)
    expect(matches('r/**', 'r/a/b/c.txt')).toBe(true)
    expect(matches('/abs/**/x.json', '/abs/x.json')).toBe(true)
    expect(matches('a+b/(x).json', 'a+b/(x).json')).toBe(true)
    expect(matches('a.b/*.json', 'aXb/c.json')).toBe(false)
  })

  it('finds the folder to walk from', () => {
    expect(globBase('drs-results/**/*.json')).toBe('drs-results')
    expect(globBase('./drs-results/*/x.json')).toBe('drs-results')
    expect(globBase('*.json')).toBe('.')
    expect(globBase('/tmp/run/**/*.json')).toBe('/tmp/run')
    expect(globBase('/*.json')).toBe('/')
    expect(globBase('exact/file.json')).toBe('exact/file.json')
    expect(hasGlob('a/b.json')).toBe(false)
    expect(hasGlob('a/?.json')).toBe(true)
    expect(normalisePath('.\\a\\\\b/./c/')).toBe('a/b/c')
  })
})

describe('results files', () => {
  it('reads the account from the rows, else from the file name', () => {
    expect(accountFromFileName('x/drs-results-123456789012-drs.json')).toBe('123456789012')
    expect(accountFromFileName('drs-results-123456789012.json')).toBe('123456789012')
    expect(accountFromFileName('x/results.json')).toBeNull()
    expect(FLEET[2]).toEqual({
      path: `drs-results/drs-results-${C}-drs.json`,
      accountId: C,
      rows: [],
      checkRows: [],
      drillRows: [],
      problem: null
    })
    expect(
      parseResultsFile('r.json', JSON.stringify([row(B, 'us-east-1', 'i-1', 'installed')]))
        .accountId
    ).toBe(B)
  })

  it('turns bad files into problems, never throws', () => {
    expect(parseResultsFile(`drs-results-${A}-x.json`, '{"rows":')).toMatchObject({
      accountId: A,
      rows: [],
      problem: expect.stringMatching(/^not valid JSON/)
    })
    expect(parseResultsFile('a.json', '').problem).toBe('the file is empty')
    expect(parseResultsFile('a.json', '{"status":"installed"}').problem).toBe(
      'not a JSON array of rows'
    )
    const partial = parseResultsFile(
      'a.json',
      JSON.stringify([
        row(A, 'us-east-1', 'i-1', 'installed'),
        { status: 'exploded' },
        42,
        { status: 'failed', region: 7 }
      ])
    )
    expect(partial.rows).toHaveLength(1)
    expect(partial.problem).toBe('3 of 4 entries are not rows (left out of the report)')
    expect(unreadableFile(`x/drs-results-${B}-s.json`, 'not found')).toEqual({
      path: `x/drs-results-${B}-s.json`,
      accountId: B,
      rows: [],
      checkRows: [],
      drillRows: [],
      problem: 'not found'
    })
  })

  it('fills fields a row leaves out with null', () => {
    expect(toRow({ status: 'installed', accountId: A })).toEqual(
      makeRow({ status: 'installed', accountId: A })
    )
    expect(toRow(null)).toBeNull()
    expect(toRow([])).toBeNull()
  })
})

describe('buildOrgReport', () => {
  const report = buildOrgReport(FLEET)

  it('totals per account and region, an account without rows included', () => {
    expect(report.accounts).toEqual([A, B, C])
    expect(
      report.byAccountRegion.map(entry => [
        entry.accountId,
        entry.region,
        entry.rows,
        entry.instanceCount,
        entry.installedCount,
        entry.failedCount,
        entry.skippedCount
      ])
    ).toEqual([
      [A, 'eu-west-1', 2, 2, 0, 0, 2],
      [A, 'us-east-1', 2, 2, 1, 1, 0],
      [B, 'eu-west-1', 2, 2, 0, 1, 0],
      [B, 'us-east-1', 1, 0, 0, 1, 0],
      [C, null, 0, 0, 0, 0, 0]
    ])
    expect(reportOutputs(report)).toEqual({
      'account-count': '3',
      'instance-count': '6',
      'installed-count': '1',
      'failed-count': '3',
      'skipped-count': '2'
    })
  })

  it('lists the rows that need attention by account, region and instance', () => {
    expect(report.attention.map(r => [r.accountId, r.region, r.instanceId, r.status])).toEqual([
      [A, 'eu-west-1', 'i-00000000000000a04', 'skipped-unmanaged'],
      [A, 'us-east-1', 'i-00000000000000a02', 'failed'],
      [B, 'eu-west-1', 'i-00000000000000b01', 'timed-out'],
      [B, 'us-east-1', null, 'failed']
    ])
  })

  it('fails with fail-on-error on failed rows or unreadable files', () => {
    expect(reportFailure(report, true)).toBe(
      '3 instance(s) or region(s) failed or timed out in 2 accounts; see the job summary.'
    )
    expect(reportFailure(report, false)).toBeNull()
    const clean = buildOrgReport([file(A, [row(A, 'us-east-1', 'i-1', 'installed')])])
    expect(reportFailure(clean, true)).toBeNull()
    const broken = buildOrgReport([
      ...clean.files,
      unreadableFile(`drs-results-${B}-x.json`, 'not found')
    ])
    expect(reportFailure(broken, true)).toBe(
      '1 results file could not be read in full; see the job summary.'
    )
    expect(broken.accounts).toEqual([A, B])
    expect(reportLogLine(broken)).toBe(
      'DRS org report: 2 accounts, 1 instance: 1 installed, 0 skipped, 0 failed; 1 results file not read in full'
    )
  })

  it('gives rows without an account the file name account', () => {
    const legacy = parseResultsFile(
      `drs-results-${B}-drs.json`,
      JSON.stringify([{ status: 'installed', instanceId: 'i-1' }])
    )
    expect(buildOrgReport([legacy]).rows[0].accountId).toBe(B)
  })
})

describe('renderOrgSummary', () => {
  it('shows the totals table, then the rows that need attention, escaped', () => {
    const summary = renderOrgSummary(buildOrgReport(FLEET), {
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(summary).toContain('## DRS agent roll-out: organization report')
    expect(summary).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)')
    expect(summary).toContain(
      '**Totals:** 3 accounts from 3 results files, 6 instances: 1 installed · 2 failed · 1 timed-out · 1 skipped-registered · 1 skipped-unmanaged · 1 dry-run'
    )
    expect(summary).toContain('### Totals per account and region')
    expect(summary).toContain(`| ${A} | us-east-1 | 2 | 1 | **1** | 0 |  |`)
    expect(summary).toContain(`| ${B} | eu-west-1 | 2 | 0 | **1** | 0 | 1 dry-run |`)
    expect(summary).toContain(`| ${C} | _no instances matched_ | 0 | 0 | 0 | 0 |  |`)
    expect(summary).toContain('### Rows that need attention (4)')
    expect(summary).toContain(
      `| ${A} | us-east-1 | i-00000000000000a02 | host-02 | failed | Failed to install \\| &lt;x&gt; |`
    )
    expect(summary).toContain(`| ${B} | us-east-1 | — |  | failed | AccessDenied: not authorized |`)
    expect(summary.indexOf('Totals per account and region')).toBeLessThan(
      summary.indexOf('Rows that need attention')
    )
    expect(summary).not.toContain('could not be read')
  })

  it('says when nothing needs attention, and lists unreadable files', () => {
    const report = buildOrgReport([
      file(A, [row(A, 'us-east-1', 'i-1', 'installed')]),
      parseResultsFile(`drs-results/drs-results-${B}-drs.json`, 'not json')
    ])
    const summary = renderOrgSummary(report)
    expect(summary).toContain('No row needs attention')
    expect(summary).toContain('> [!WARNING]')
    expect(summary).toContain(`| ${B} | _results file unreadable_ |`)
    expect(summary).toContain('### Results files that could not be read in full')
    expect(summary).toContain(`- \`drs-results/drs-results-${B}-drs.json\`: not valid JSON`)
  })

  it('stays under the budget: per-account totals and as many attention rows as fit', () => {
    // 256 accounts x 30 regions, every instance failed with a long message: far over 1 MiB.
    const files: ResultsFile[] = []
    for (let a = 0; a < 256; a++) {
      const accountId = String(100000000000 + a)
      const rows: Row[] = []
      for (let r = 0; r < 30; r++) {
        for (let i = 0; i < 2; i++) {
          const id = `i-${String(a * 100 + r * 2 + i).padStart(17, '0')}`
          rows.push(
            row(accountId, `xx-region-${r}`, id, 'failed', {
              message: 'Failed to download the AWS Replication Agent installer: HTTP 403. '.repeat(
                4
              )
            })
          )
        }
      }
      files.push(file(accountId, rows))
    }
    const report = buildOrgReport(files)
    const summary = renderOrgSummary(report)
    // Booleans, so a failure does not print a megabyte of markdown.
    const has = (text: string): boolean => summary.includes(text)
    const size = Buffer.byteLength(summary, 'utf8')
    expect(size).toBeLessThan(1024 * 1024)
    expect(size).toBeGreaterThan(600 * 1024)
    expect(has('### Totals per account\n')).toBe(true)
    expect(has('7680 account and region pairs: too many to list')).toBe(true)
    expect(has('| 100000000255 | 30 regions | 60 | 0 | **60** | 0 |  |')).toBe(true)
    expect(has('### Rows that need attention (15360)')).toBe(true)
    expect(
      /… and \d+ more rows \(\d+ failed\), left out to stay under the 1 MiB summary limit/.test(
        summary
      )
    ).toBe(true)

    const small = renderOrgSummary(report, { budgetBytes: 32 * 1024 })
    expect(Buffer.byteLength(small, 'utf8')).toBeLessThan(32 * 1024)
    expect(/… and \d+ more accounts \(too many to list/.test(small)).toBe(true)
  })

  it('says so when no file had rows', () => {
    expect(renderOrgSummary(buildOrgReport([file(A, [])]))).toContain(
      'No instances in any results file.'
    )
  })
})
