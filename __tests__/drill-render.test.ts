import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  buildDrillOutputs,
  countDrillRows,
  renderDrillSummary,
  waveGantt,
  waveSummaries
} from '../src/drill/render.js'
import { makeDrillRow, type DrillRow, type DrillStatus } from '../src/drill/rows.js'
import { DRILL_INPUTS, DRILL_OUTPUTS, type DrillSettings } from '../src/drill/settings.js'
import { makeSettings } from './fixtures/settings.js'
import { betweenMarkers, inputsTable, outputsTable } from '../scripts/readme-tables.js'

const SETTINGS: DrillSettings = {
  ...makeSettings({ timeoutMinutes: 120 }),
  waveTag: 'dr:wave',
  maxServersPerJob: 100,
  healthCheck: 'ec2-status',
  cleanup: 'always',
  stopOnWaveFailure: true
}

const T0 = Date.parse('2026-12-01T10:00:00Z')
const iso = (seconds: number): string => new Date(T0 + seconds * 1000).toISOString()

function row(
  n: number,
  status: DrillStatus,
  wave: number | null,
  fields: Partial<DrillRow> = {}
): DrillRow {
  const drilled = status === 'passed' || status === 'failed' || status === 'timed-out'
  return makeDrillRow({
    accountId: '123456789012',
    region: 'us-east-1',
    instanceId: `i-${String(n).padStart(17, '0')}`,
    name: `host-${n}`,
    sourceServerId: `s-${n}`,
    wave,
    status,
    ...(drilled
      ? {
          jobId: 'drsjob-1',
          recoveryInstanceId: `i-r${n}`,
          drillInstanceId: `i-r${n}`,
          terminated: true
        }
      : {}),
    ...fields
  })
}

const passed = (
  n: number,
  wave: number | null,
  start: number,
  rto: number,
  rpo: number
): DrillRow =>
  row(n, 'passed', wave, {
    startedAt: iso(start),
    healthyAt: iso(start + rto),
    snapshotAt: iso(start - rpo),
    rtoSeconds: rto,
    rpoSeconds: rpo
  })

const ROWS: DrillRow[] = [
  passed(1, 1, 0, 300, 10),
  passed(2, 1, 0, 500, 40),
  passed(3, 1, 0, 400, 20),
  row(4, 'failed', 2, {
    startedAt: iso(600),
    message: 'launch failed (LAUNCH_FAILED: no capacity)',
    terminated: null,
    recoveryInstanceId: null,
    drillInstanceId: null
  }),
  passed(5, 2, 600, 200, 5),
  row(6, 'not-started', null, { message: 'not started: wave 2 had 1 failed' }),
  row(7, 'skipped-unhealthy', 1, { message: 'replication is STALLED' }),
  row(8, 'skipped-busy', null, { message: 'DRS job drsjob-9 is in progress' }),
  passed(9, null, 1200, 100, 1)
]

describe('drill outputs', () => {
  test('counts as the contract defines them', () => {
    const outputs = buildDrillOutputs(ROWS, 1)
    expect(outputs).toMatchObject({
      'passed-count': '5',
      'failed-count': '2',
      'skipped-count': '2',
      'drill-instance-count': '5',
      'terminated-count': '5',
      'max-rto-seconds': '500',
      'max-rpo-seconds': '40',
      'account-count': '1',
      'results-truncated': 'false'
    })
    expect(JSON.parse(outputs.results)).toHaveLength(ROWS.length)
    expect(Object.keys(outputs).sort()).toEqual(
      DRILL_OUTPUTS.map(o => o.name)
        .filter(name => name !== 'results-file')
        .sort()
    )
  })

  test('empty RTO/RPO when nothing was measured', () => {
    expect(buildDrillOutputs([row(1, 'dry-run', 1)], 1)).toMatchObject({
      'max-rto-seconds': '',
      'max-rpo-seconds': ''
    })
  })

  test('above 512 KiB: only the rows that need attention', () => {
    const many = Array.from({ length: 2500 }, (_, n) => passed(n + 100, 1, 0, 10, 1))
    const outputs = buildDrillOutputs([...many, ROWS[3]], 1)
    expect(outputs['results-truncated']).toBe('true')
    expect(JSON.parse(outputs.results).map((r: DrillRow) => r.sourceServerId)).toEqual(['s-4'])
    expect(outputs.truncatedWarning).toContain('2500 of 2501 rows were left out')
  })
})

describe('drill summary', () => {
  test('per wave: servers, passed, failed, median and max RTO, max RPO', () => {
    const waves = waveSummaries(ROWS)
    expect(
      waves.map(w => [w.wave, w.servers, w.passed, w.failed, w.medianRto, w.maxRto, w.maxRpo])
    ).toEqual([
      [1, 3, 3, 0, 400, 500, 40],
      [2, 2, 1, 1, 200, 200, 5],
      [null, 2, 1, 1, 100, 100, 1]
    ])
    expect(countDrillRows(ROWS).maxRto).toBe(500)
  })

  test('a Mermaid gantt of the waves that started, failures marked', () => {
    const gantt = waveGantt(waveSummaries(ROWS))!
    expect(gantt.startsWith('```mermaid\ngantt')).toBe(true)
    expect(gantt).toContain(
      'section wave 1\n  3/3 passed :done, w0, 2026-12-01 10:00:00, 2026-12-01 10:08:20'
    )
    expect(gantt).toContain(
      'section wave 2\n  1/2 passed :crit, w1, 2026-12-01 10:10:00, 2026-12-01 10:13:20'
    )
    expect(gantt).toContain('section no wave')
    expect(waveGantt(waveSummaries([row(1, 'dry-run', 1)]))).toBeNull()
  })

  test('the wave table, then every row that needs attention before the rest', () => {
    const summary = renderDrillSummary(SETTINGS, ROWS)
    expect(summary).toContain('| wave 1 | 3 | 3 | 0 | 400 s | 500 s | 40 s |')
    expect(summary).toContain('| no wave | 2 | 1 | 1 | 100 s | 100 s | 1 s |')
    const attention = summary.indexOf('### Needs attention')
    const rest = summary.indexOf('### Passed and planned')
    expect(attention).toBeGreaterThan(0)
    expect(rest).toBeGreaterThan(attention)
    for (const n of [4, 6, 7, 8]) {
      const at = summary.indexOf(`i-${String(n).padStart(17, '0')}`)
      expect(at).toBeGreaterThan(attention)
      expect(at).toBeLessThan(rest)
    }
    expect(summary.indexOf('i-00000000000000001')).toBeGreaterThan(rest)
  })

  test('an unconfirmed termination is said at the top', () => {
    const summary = renderDrillSummary(SETTINGS, ROWS, { unconfirmed: 2 })
    expect(summary).toContain('2 drill instances not confirmed terminated')
  })
})

describe('drill/action.yml', () => {
  const action = parse(readFileSync(new URL('../drill/action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { description: string; required: boolean; default?: string }>
    outputs: Record<string, { description: string }>
    runs: Record<string, string>
  }
  test('inputs and outputs follow src/drill/settings.ts', () => {
    expect(Object.keys(action.inputs)).toEqual(DRILL_INPUTS.map(i => i.name))
    for (const input of DRILL_INPUTS) {
      expect(action.inputs[input.name]).toEqual({
        description: input.description,
        required: input.required,
        ...(input.default === undefined ? {} : { default: input.default })
      })
    }
    expect(Object.keys(action.outputs)).toEqual(DRILL_OUTPUTS.map(o => o.name))
  })
  test('main and post on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' })
  })
})

describe('the summary of a many-account drill', () => {
  test('one line per account first, then the rows with their account', () => {
    const many: DrillSettings = {
      ...SETTINGS,
      roleName: 'DRSOrchestrationRole',
      targets: ['123456789012', '210987654321'].map(accountId => ({
        accountId,
        roleArn: `arn:aws:iam::${accountId}:role/DRSOrchestrationRole`
      }))
    }
    const rows = [
      row(1, 'passed', 1),
      { ...row(2, 'failed', 1), accountId: '210987654321' },
      makeDrillRow({
        accountId: '210987654321',
        region: 'eu-west-1',
        status: 'failed',
        message: 'denied'
      })
    ]
    const summary = renderDrillSummary(many, rows)
    expect(summary).toContain('## DRS drill: 2 accounts')
    expect(summary).toContain('Role `DRSOrchestrationRole` in each account')
    expect(summary).toContain('| 123456789012 | 1 | 1 passed |')
    expect(summary).toContain('| 210987654321 | 1 | 2 failed |')
    expect(summary.indexOf('### Accounts')).toBeLessThan(summary.indexOf('### Needs attention'))
    expect(summary).toContain('| Account | Instance | Name |')
    expect(summary).toContain('| 210987654321 | — |')
  })
})

describe('README drill tables', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  /** Table rows as trimmed cells, so prettier's column alignment does not matter. */
  const cells = (markdown: string | null): string[][] =>
    (markdown ?? '')
      .split('\n')
      .filter(line => line.trim().startsWith('|') && !/^\|[\s|:-]+\|$/.test(line.trim()))
      .map(line =>
        line
          .trim()
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map(cell => cell.trim())
      )

  test('are the ones generated from src/drill/settings.ts (npm run action-yml:check)', () => {
    expect(cells(betweenMarkers(readme, 'drill-inputs'))).toEqual(cells(inputsTable(DRILL_INPUTS)))
    expect(cells(betweenMarkers(readme, 'drill-outputs'))).toEqual(
      cells(outputsTable(DRILL_OUTPUTS))
    )
    expect(cells(betweenMarkers(readme, 'drill-inputs')).length).toBe(DRILL_INPUTS.length + 1)
  })
})
