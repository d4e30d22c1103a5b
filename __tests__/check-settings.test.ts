// The check's inputs: shared validation with the install, its own three inputs, and problems that
// name the input before any call.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  CHECK_INPUTS,
  CHECK_OUTPUTS,
  DEFAULT_FAIL_ON,
  parseCheckSettings
} from '../src/check/settings.js'
import { InputError } from '../src/settings/index.js'
import { betweenMarkers, inputsTable, outputsTable } from '../scripts/readme-tables.js'
import { RUN } from './fixtures/settings.js'

const VALID: Record<string, string> = {
  'role-arn': 'arn:aws:iam::123456789012:role/DRSOrchestrationRole',
  'source-regions': 'us-east-1, eu-west-1',
  'target-region': 'us-west-2'
}

function parseWith(inputs: Record<string, string>) {
  const all = { ...VALID, ...inputs }
  return parseCheckSettings(name => all[name] ?? '', RUN)
}

function problemsOf(inputs: Record<string, string>): string[] {
  try {
    parseWith(inputs)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseCheckSettings', () => {
  it('applies the defaults', () => {
    const settings = parseWith({})
    expect(settings).toMatchObject({
      accountId: '123456789012',
      sourceRegions: ['us-east-1', 'eu-west-1'],
      targetRegion: 'us-west-2',
      tagFilters: [
        { key: 'dr:enabled', value: 'true' },
        { key: 'dr:recovery-strategy', value: 'drs' }
      ],
      instanceIds: [],
      maxLagMinutes: 15,
      maxDrillAgeDays: null,
      failOn: ['unprotected', 'stalled', 'disconnected', 'stopped', 'lagging', 'failed']
    })
    // Nothing of the install leaks into the check's settings.
    expect(settings).not.toHaveProperty('waitFor')
    expect(settings).not.toHaveProperty('documentName')
  })

  it('reads the check inputs', () => {
    const settings = parseWith({
      'max-lag-minutes': '2.5',
      'max-drill-age-days': '30',
      'fail-on': 'orphaned drill-overdue\nunprotected'
    })
    expect(settings.maxLagMinutes).toBe(2.5)
    expect(settings.maxDrillAgeDays).toBe(30)
    expect(settings.failOn).toEqual(['unprotected', 'drill-overdue', 'orphaned', 'failed'])
  })

  it('fail-on none still fails on failed', () => {
    expect(parseWith({ 'fail-on': 'none' }).failOn).toEqual(['failed'])
  })

  it.each([
    [{ 'fail-on': 'unprotected,broken' }, 'fail-on: expected check statuses', '"broken"'],
    [{ 'fail-on': 'none,stalled' }, 'fail-on: expected none on its own', 'none,stalled'],
    [{ 'max-lag-minutes': '-1' }, 'max-lag-minutes: expected a number of minutes', '"-1"'],
    [{ 'max-lag-minutes': 'ten' }, 'max-lag-minutes: expected a number of minutes', '"ten"'],
    [{ 'max-drill-age-days': '-3' }, 'max-drill-age-days: expected a number of days', '"-3"'],
    [{ 'max-drill-age-days': 'monthly' }, 'max-drill-age-days: expected', '"monthly"'],
    [{ 'max-drill-age-days': '0' }, 'max-drill-age-days: expected a number of days above 0', '"0"'],
    [{ 'role-arn': 'arn:aws:iam::1:role/x' }, 'role-arn: expected an IAM role ARN', 'role/x'],
    [{ 'source-regions': 'mars' }, 'source-regions: expected AWS region names', '"mars"'],
    [{ 'session-tagging': 'maybe' }, 'session-tagging: expected true or false', '"maybe"']
  ])('rejects %j naming the input', (inputs, expected, got) => {
    const problems = problemsOf(inputs)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(expected)
    expect(problems[0]).toContain(got)
  })

  it('reports the shared and the check problems together', () => {
    const problems = problemsOf({ 'target-region': '', 'fail-on': 'bogus', 'max-lag-minutes': 'x' })
    expect(problems.map(problem => problem.split(':')[0]).sort()).toEqual([
      'fail-on',
      'max-lag-minutes',
      'target-region'
    ])
  })

  it('ignores install-only inputs the check does not take', () => {
    // A stray install input (e.g. copied from an install step) is not read at all.
    const settings = parseCheckSettings(
      name => ({ ...VALID, 'wait-for': 'sometimes', 'max-errors': 'lots' })[name] ?? '',
      RUN
    )
    expect(settings.accountId).toBe('123456789012')
  })
})

describe('check/action.yml', () => {
  const action = parse(readFileSync('check/action.yml', 'utf8')) as {
    inputs: Record<string, { description: string; required: boolean; default?: string }>
    outputs: Record<string, { description: string }>
    runs: { using: string; main: string }
  }

  it('lists exactly the inputs of CHECK_INPUTS, with their defaults and descriptions', () => {
    expect(Object.keys(action.inputs)).toEqual(CHECK_INPUTS.map(input => input.name))
    for (const input of CHECK_INPUTS) {
      expect(action.inputs[input.name]).toEqual({
        description: input.description,
        required: input.required,
        ...(input.default === undefined ? {} : { default: input.default })
      })
    }
    expect(action.inputs['fail-on'].default).toBe(DEFAULT_FAIL_ON)
  })

  it('lists exactly the outputs of CHECK_OUTPUTS', () => {
    expect(Object.keys(action.outputs)).toEqual(CHECK_OUTPUTS.map(output => output.name))
    for (const output of CHECK_OUTPUTS) {
      expect(action.outputs[output.name].description).toBe(output.description)
    }
  })

  it('runs the bundled check on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

describe('README check tables', () => {
  const readme = readFileSync('README.md', 'utf8')
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

  it('are the ones generated from src/check/settings.ts (npm run action-yml:check)', () => {
    expect(cells(betweenMarkers(readme, 'check-inputs'))).toEqual(cells(inputsTable(CHECK_INPUTS)))
    expect(cells(betweenMarkers(readme, 'check-outputs'))).toEqual(
      cells(outputsTable(CHECK_OUTPUTS))
    )
    expect(cells(betweenMarkers(readme, 'check-inputs')).length).toBeGreaterThan(10)
  })
})
