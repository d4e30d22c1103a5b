import { describe, expect, it } from '@jest/globals'
import {
  buildOutputs,
  finalLogLine,
  RESULTS_LIMIT_BYTES,
  shouldFail
} from '../src/report/outputs.js'
import { renderSummary } from '../src/report/summary.js'
import { renderTerminalTable } from '../src/report/terminal.js'
import { stripControl } from '../src/report/text.js'
import { makeRow, sortRows, type Row, type Status } from '../src/shared/rows.js'
import { ACCOUNT_ID, makeSettings } from './fixtures/settings.js'

const MIB = 1024 * 1024
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')
const ROW_FIELDS = Object.keys(makeRow({ status: 'pending' })).sort()

function row(instanceId: string | null, status: Status, extra: Partial<Row> = {}): Row {
  return makeRow({
    accountId: ACCOUNT_ID,
    region: 'us-east-1',
    instanceId,
    name: instanceId ? `web-${instanceId.slice(-3)}` : null,
    platform: instanceId ? 'Linux' : null,
    status,
    ...extra
  })
}

const id = (n: number): string => `i-${String(n).padStart(17, '0')}`

/** `count` rows, statuses cycling through `statuses`, spread over two regions. */
function fleet(count: number, statuses: Status[], message: string | null = null): Row[] {
  return Array.from({ length: count }, (_, n) =>
    row(id(n), statuses[n % statuses.length], {
      region: n % 2 === 0 ? 'us-east-1' : 'eu-west-1',
      commandId: `cmd-${Math.floor(n / 50)}`,
      message
    })
  )
}

const tableRows = (summary: string): string[] =>
  summary.split('\n').filter(line => line.startsWith('| ') && !line.startsWith('| Instance'))

describe('renderSummary', () => {
  const settings = makeSettings({
    sourceRegions: ['us-east-1', 'eu-west-1'],
    targetRegion: 'us-west-2'
  })

  it('heads with the account, role and regions, then totals, then one row per instance', () => {
    const rows = [
      row(id(3), 'installed', {
        sourceServerId: 's-3',
        replicationState: 'CONTINUOUS',
        commandId: 'c1'
      }),
      row(id(1), 'skipped-registered', { replicationState: 'CONTINUOUS' }),
      row(id(2), 'failed', { message: 'install command failed (Undeliverable)' })
    ]
    const summary = renderSummary(settings, rows)
    const lines = summary.split('\n')
    expect(lines[0]).toBe(`## DRS agent roll-out: account ${ACCOUNT_ID}`)
    expect(summary).toContain(`Role \`arn:aws:iam::${ACCOUNT_ID}:role/DRSOrchestrationRole\``)
    expect(summary).toContain('source regions us-east-1, eu-west-1')
    expect(summary).toContain('target region us-west-2')
    expect(summary).toContain(
      '**Totals:** 3 instances, 1 installed, 1 failed, 1 skipped (by status: 1 installed · 1 failed · 1 skipped-registered)'
    )
    expect(summary).toContain(
      '| Instance | Name | Region | Platform | Status | Source server | Replication state | Message |'
    )
    expect(tableRows(summary)).toEqual([
      `| ${id(2)} | web-002 | us-east-1 | Linux | failed |  |  | install command failed (Undeliverable) |`,
      `| ${id(1)} | web-001 | us-east-1 | Linux | skipped-registered |  | CONTINUOUS |  |`,
      `| ${id(3)} | web-003 | us-east-1 | Linux | installed | s-3 | CONTINUOUS |  |`
    ])
  })

  it('puts rows that need attention first, each group by region then instance id', () => {
    const rows = [
      row(id(5), 'installed', { region: 'us-east-1' }),
      row(id(4), 'timed-out', { region: 'us-east-1' }),
      row(id(3), 'installed', { region: 'eu-west-1' }),
      row(id(2), 'skipped-unmanaged', { region: 'us-east-1' }),
      row(id(1), 'failed', { region: 'eu-west-1' }),
      row(null, 'failed', { region: 'ap-south-1', message: 'AccessDenied' }),
      row(id(0), 'dry-run', { region: 'eu-west-1' })
    ]
    const order = tableRows(renderSummary(settings, rows)).map(line =>
      line.split(' | ')[0].slice(2)
    )
    expect(order).toEqual(['—', id(1), id(2), id(4), id(0), id(3), id(5)])
  })

  it('escapes pipes, newlines and markup in cells', () => {
    const rows = [
      row(id(1), 'failed', {
        name: 'a|b',
        message: 'line one\nline two | more\r\n<script>x</script> & done'
      })
    ]
    const [line] = tableRows(renderSummary(settings, rows))
    expect(line).toContain('| a\\|b |')
    expect(line).toContain(
      '| line one<br>line two \\| more<br>&lt;script&gt;x&lt;/script&gt; &amp; done |'
    )
    // Exactly the 9 unescaped separators of 8 cells.
    expect(line.split(/(?<!\\)\|/).length - 1).toBe(9)
  })

  it('says a dry run, a stopped run and links the run', () => {
    const summary = renderSummary(makeSettings({ dryRun: true }), [row(id(1), 'dry-run')], {
      stopped: 'Cancelled by SIGTERM.',
      runUrl: 'https://github.com/acme/dr-rollout/actions/runs/4242'
    })
    expect(summary).toContain('**dry run**')
    expect(summary).toContain('> **Stopped:** Cancelled by SIGTERM.')
    expect(summary).toContain(
      '[Workflow run](https://github.com/acme/dr-rollout/actions/runs/4242)'
    )
  })

  it('says when nothing matched', () => {
    expect(renderSummary(settings, [])).toContain('No instances matched.')
  })

  it('keeps 20,000 rows under 1 MiB: every row needing attention listed, the rest counted', () => {
    const rows = fleet(
      20_000,
      [...Array<Status>(37).fill('installed'), 'skipped-registered', 'failed', 'timed-out'],
      'install command failed (Undeliverable): the instance could not be reached by SSM'
    )
    const summary = renderSummary(settings, rows)
    expect(bytes(summary)).toBeLessThan(MIB)
    const listed = tableRows(summary)
    expect(listed).toHaveLength(1000)
    expect(listed.every(line => / \| (failed|timed-out) \| /.test(line))).toBe(true)
    expect(summary).toContain('Showing the 1000 rows that need attention of 20000')
    expect(summary).toContain('… and 19000 more rows: 18500 installed, 500 skipped-registered')
  })

  it('cuts even the rows needing attention when they alone would pass the limit', () => {
    const rows = fleet(20_000, ['failed'], `agent install failed: ${'x'.repeat(400)}`)
    const summary = renderSummary(settings, rows)
    expect(bytes(summary)).toBeLessThan(MIB)
    const listed = tableRows(summary).length
    expect(listed).toBeGreaterThan(1000)
    expect(listed).toBeLessThan(20_000)
    expect(summary).toContain(`Showing ${listed} of the 20000 rows that need attention`)
    expect(summary).toContain(`… and ${20_000 - listed} more rows: ${20_000 - listed} failed`)
  })

  it('lists only rows needing attention when a small fleet has very long messages', () => {
    const rows = fleet(1500, ['installed', 'installed', 'failed'], 'y'.repeat(2000))
    const summary = renderSummary(settings, rows)
    expect(bytes(summary)).toBeLessThan(MIB)
    expect(tableRows(summary)).toHaveLength(500)
    expect(summary).toContain('… and 1000 more rows: 1000 installed')
  })

  it('lists every row up to the row limit', () => {
    const summary = renderSummary(settings, fleet(2000, ['installed', 'failed']))
    expect(tableRows(summary)).toHaveLength(2000)
    expect(summary).not.toContain('more rows')
  })
})

describe('buildOutputs', () => {
  it('counts, lists unique command ids and every row in contract order', () => {
    const rows = [
      row(id(2), 'installed', { commandId: 'c2', region: 'us-east-1' }),
      row(id(1), 'installed', { commandId: 'c1', region: 'us-east-1' }),
      row(id(3), 'timed-out', { commandId: 'c1', region: 'eu-west-1' }),
      row(id(4), 'skipped-registered', { region: 'eu-west-1' }),
      row(id(5), 'skipped-unmanaged', { region: 'eu-west-1' }),
      row(null, 'failed', { region: 'ap-south-1', message: 'region not enabled' })
    ]
    const { outputs, warning } = buildOutputs(rows)
    expect(outputs).toEqual({
      'instance-count': '5',
      'installed-count': '2',
      'failed-count': '2',
      'skipped-count': '2',
      'halted-count': '0',
      'command-ids': JSON.stringify(['c1', 'c2']),
      results: expect.any(String),
      'results-truncated': 'false',
      'account-count': '1'
    })
    expect(warning).toBeNull()
    const results = JSON.parse(outputs.results) as Row[]
    expect(results.map(r => [r.region, r.instanceId])).toEqual([
      ['ap-south-1', null],
      ['eu-west-1', id(3)],
      ['eu-west-1', id(4)],
      ['eu-west-1', id(5)],
      ['us-east-1', id(1)],
      ['us-east-1', id(2)]
    ])
    for (const result of results) expect(Object.keys(result).sort()).toEqual(ROW_FIELDS)
  })

  it('gives an empty fleet empty outputs', () => {
    expect(buildOutputs([]).outputs).toMatchObject({
      'instance-count': '0',
      'command-ids': '[]',
      results: '[]',
      'results-truncated': 'false'
    })
  })

  it('keeps only the rows needing attention when every row would pass 512 KiB', () => {
    const rows = fleet(
      5000,
      [...Array<Status>(9).fill('installed'), 'skipped-unmanaged'],
      'z'.repeat(60)
    )
    expect(bytes(JSON.stringify(rows))).toBeGreaterThan(RESULTS_LIMIT_BYTES)
    const { outputs, warning } = buildOutputs(rows)
    const results = JSON.parse(outputs.results) as Row[]
    expect(outputs['results-truncated']).toBe('true')
    expect(results).toHaveLength(500)
    expect(results.every(r => r.status === 'skipped-unmanaged')).toBe(true)
    expect(warning).toBe(
      'The results output holds only the 500 rows that need attention: 4500 of 5000 rows were left out to stay under 512 KiB. The results-file output holds every row.'
    )
    // Counts always speak for every row.
    expect(outputs['instance-count']).toBe('5000')
    expect(outputs['skipped-count']).toBe('500')
  })

  it('cuts whole rows at 512 KiB when the rows needing attention alone pass it', () => {
    const rows = fleet(5000, ['failed', 'installed'], `failed: ${'é'.repeat(200)}`)
    const { outputs, warning } = buildOutputs(rows)
    expect(bytes(outputs.results)).toBeLessThanOrEqual(RESULTS_LIMIT_BYTES)
    const results = JSON.parse(outputs.results) as Row[]
    expect(results.length).toBeGreaterThan(100)
    expect(results.length).toBeLessThan(2500)
    expect(results.every(r => r.status === 'failed')).toBe(true)
    for (const result of results) expect(Object.keys(result).sort()).toEqual(ROW_FIELDS)
    // The next row needing attention would not have fitted.
    const next = sortRows(rows).filter(r => r.status === 'failed')[results.length]
    expect(bytes(outputs.results) + bytes(JSON.stringify(next)) + 1).toBeGreaterThan(
      RESULTS_LIMIT_BYTES
    )
    expect(outputs['results-truncated']).toBe('true')
    expect(warning).toBe(
      `The results output holds ${results.length} of the 2500 rows that need attention, cut at 512 KiB: ${5000 - results.length} of 5000 rows were left out. The results-file output holds every row.`
    )
  })
})

describe('finalLogLine', () => {
  it('says installed, skipped and failed of all instances', () => {
    const rows = [
      ...fleet(950, ['installed']),
      ...Array.from({ length: 30 }, (_, n) => row(id(2000 + n), 'skipped-registered')),
      ...Array.from({ length: 20 }, (_, n) => row(id(3000 + n), 'failed'))
    ]
    expect(finalLogLine(rows)).toBe(
      'DRS agent roll-out: 950 installed, 30 skipped, 20 failed of 1000 instances'
    )
  })

  it('names time-outs, dry runs, pending rows and region-wide failures', () => {
    const rows = [
      row(id(1), 'timed-out'),
      row(id(2), 'dry-run'),
      row(id(3), 'pending'),
      row(null, 'failed', { region: 'eu-west-1' })
    ]
    expect(finalLogLine(rows)).toBe(
      'DRS agent roll-out: 0 installed, 0 skipped, 2 failed (1 timed out), 1 dry-run, 1 pending of 3 instances (1 region-wide failure)'
    )
    expect(finalLogLine([row(id(1), 'installed')])).toBe(
      'DRS agent roll-out: 1 installed, 0 skipped, 0 failed of 1 instance'
    )
  })
})

describe('renderTerminalTable', () => {
  it('aligns columns, puts attention first and keeps each row on one line', () => {
    const rows = [
      row(id(1), 'installed', {
        name: 'a-much-longer-name',
        sourceServerId: 's-1',
        replicationState: 'CONTINUOUS'
      }),
      row(id(2), 'failed', { name: null, message: 'first line\nsecond line' })
    ]
    const lines = renderTerminalTable(rows).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(
      /^INSTANCE +NAME +REGION +PLATFORM +STATUS +SOURCE SERVER +REPLICATION +MESSAGE$/
    )
    expect(lines[1]).toMatch(/^-+ +-+/)
    expect(lines[2]).toContain(id(2))
    expect(lines[2]).toContain('first line second line')
    expect(lines[3]).toContain(id(1))
    const statusColumn = lines[0].indexOf('STATUS')
    expect(lines[2].slice(statusColumn)).toMatch(/^failed /)
    expect(lines[3].slice(statusColumn)).toMatch(/^installed /)
    expect(lines[2].indexOf(' - ')).toBeGreaterThan(0)
  })

  it('says when there is nothing to show', () => {
    expect(renderTerminalTable([])).toBe('(no instances)')
  })
})

describe('shouldFail', () => {
  it('fails on a failed or timed-out row only with fail-on-error', () => {
    expect(shouldFail(makeSettings(), [row(id(1), 'installed'), row(id(2), 'timed-out')])).toBe(
      true
    )
    expect(shouldFail(makeSettings(), [row(null, 'failed')])).toBe(true)
    expect(
      shouldFail(makeSettings(), [row(id(1), 'installed'), row(id(2), 'skipped-unmanaged')])
    ).toBe(false)
    expect(shouldFail(makeSettings({ failOnError: false }), [row(id(2), 'failed')])).toBe(false)
  })
})

describe('untrusted text is inert (issue 19, item 9)', () => {
  const hostile = [
    '![pixel](https://evil.example/p.png)',
    '[click me](https://evil.example/login)',
    '<img src=x onerror=alert(1)>',
    'see www.evil.example or https://evil.example'
  ].join(' ')

  it('a Name tag or message with markdown links, images, HTML or bare URLs renders as text in the summary', () => {
    const summary = renderSummary(makeSettings(), [
      row(id(1), 'failed', { name: hostile, message: `output: ${hostile}` })
    ])
    const line = summary.split('\n').find(l => l.startsWith(`| ${id(1)}`)) ?? ''
    expect(line).not.toMatch(/!?(?<!\\)\[[^\]]*(?<!\\)\]\(/)
    expect(line).not.toContain('<img')
    expect(line).not.toContain('https://')
    expect(line).not.toMatch(/(?<!\\)www\./)
    expect(line).toContain('!\\[pixel\\](https:&#8203;//evil.example/p.png)')
    expect(line).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // Still 9 cell borders: nothing the text holds opens or closes a cell.
    expect(line.split(/(?<!\\)\|/).length - 1).toBe(9)
  })

  it('a backslash cannot undo an escape', () => {
    const summary = renderSummary(makeSettings(), [
      row(id(1), 'failed', { name: '\\[x\\](https://e)' })
    ])
    const line = summary.split('\n').find(l => l.startsWith(`| ${id(1)}`)) ?? ''
    expect(line).toContain('\\\\\\[x\\\\\\](https:&#8203;//e)')
  })

  it('the terminal table drops escape sequences (CSI, OSC) and control characters from names and messages', () => {
    const table = renderTerminalTable([
      row(id(1), 'failed', {
        name: 'web\u001b[2J\u001b[31m-1',
        message: 'boom\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u0008\u009b done'
      })
    ])
    // eslint-disable-next-line no-control-regex
    expect(table).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(table).toContain('web-1')
    expect(table).toContain('boomlink done')
  })
})

describe('stripControl', () => {
  it('keeps text, newlines and tabs; drops CSI, OSC, lone ESC, C0 and C1 controls', () => {
    expect(stripControl('a\u001b[1;31mb\u001b[0m\tc\nd')).toBe('ab\tc\nd')
    expect(stripControl('x\u001b]0;title\u001b\\y')).toBe('xy')
    expect(stripControl('x\u001b]0;unterminated')).toBe('x')
    expect(stripControl('\rover\u0000write\u009d\u007f')).toBe('overwrite')
    expect(stripControl('Zürich 東京 ✓')).toBe('Zürich 東京 ✓')
  })
})
