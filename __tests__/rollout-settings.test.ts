// The staged roll-out inputs: defaults, the forms of canary and max-failures, wave-tag, and the
// combination with wait-for: none, each rejected before any call, naming the input.
import { describe, expect, test } from '@jest/globals'
import { InputError, parseSettings } from '../src/settings/index.js'
import { RUN } from './fixtures/settings.js'

const MINIMAL: Record<string, string> = {
  'role-arn': 'arn:aws:iam::123456789012:role/DRSOrchestrationRole',
  'source-regions': 'us-east-1',
  'target-region': 'us-west-2'
}

const parse = (inputs: Record<string, string>) =>
  parseSettings(name => ({ ...MINIMAL, ...inputs })[name] ?? '', RUN)

function problems(inputs: Record<string, string>): string[] {
  try {
    parse(inputs)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('staged roll-out inputs', () => {
  test('defaults: no canary, no wave tag, a budget of 100%', () => {
    const settings = parse({})
    expect(settings.canary).toEqual({ kind: 'count', value: 0 })
    expect(settings.waveTag).toBeNull()
    expect(settings.maxFailures).toEqual({ kind: 'percent', value: 100 })
  })

  test('counts, percentages and a tag key', () => {
    const settings = parse({ canary: '5%', 'wave-tag': ' dr:wave ', 'max-failures': '2' })
    expect(settings.canary).toEqual({ kind: 'percent', value: 5 })
    expect(settings.waveTag).toBe('dr:wave')
    expect(settings.maxFailures).toEqual({ kind: 'count', value: 2 })
  })

  test.each(['canary', 'max-failures'])('a malformed %s names the input and the form', name => {
    for (const bad of ['-1', '5.5', '150%', 'some', '10 %']) {
      expect(problems({ [name]: bad })).toEqual([
        `${name}: expected a whole number (e.g. 2) or a whole percentage from 0% to 100% (e.g. 10%), got "${bad}"`
      ])
    }
  })

  test('a wave-tag with a control character is rejected', () => {
    expect(problems({ 'wave-tag': 'dr:\u001bwave' })).toEqual([
      'wave-tag: expected an EC2 tag key of 1 to 128 characters without control characters, e.g. dr:wave, got "dr:\\u001bwave"'
    ])
  })

  test('canary or wave-tag with wait-for: none is an input error naming each', () => {
    expect(problems({ 'wait-for': 'none', canary: '1', 'wave-tag': 'dr:wave' })).toEqual([
      'canary: expected 0 with wait-for: none (each stage is waited for before the next is sent); set wait-for: install, got "1"',
      'wave-tag: expected unset with wait-for: none (each stage is waited for before the next is sent); set wait-for: install, got "dr:wave"'
    ])
    // A budget alone changes nothing without stages, so it is allowed.
    expect(parse({ 'wait-for': 'none', 'max-failures': '0', canary: '0%' }).waitFor).toBe('none')
  })
})

describe('halted rows in the org-wide report', () => {
  test('a halted row of a results file is read back as written', async () => {
    const { toRow } = await import('../src/org/results-files.js')
    const { makeRow } = await import('../src/shared/rows.js')
    const row = makeRow({
      accountId: '123456789012',
      region: 'us-east-1',
      instanceId: 'i-00000001',
      status: 'halted',
      message: 'not sent: the canary stage had 2 failures, above max-failures 1'
    })
    expect(toRow(JSON.parse(JSON.stringify(row)))).toEqual(row)
  })
})
