import { describe, expect, test } from '@jest/globals'
import { InputError } from '../src/settings/index.js'
import { DRILL_INPUTS, parseDrillSettings } from '../src/drill/settings.js'
import { RUN } from './fixtures/settings.js'

const ROLE = 'arn:aws:iam::123456789012:role/DRSOrchestrationRole'
const BASE: Record<string, string> = {
  'role-arn': ROLE,
  'source-regions': 'us-east-1',
  'target-region': 'us-west-2'
}

const parse = (inputs: Record<string, string> = {}) =>
  parseDrillSettings(name => ({ ...BASE, ...inputs })[name] ?? '', RUN)

function problemsOf(inputs: Record<string, string>): string[] {
  try {
    parse(inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).problems
  }
  throw new Error('expected an InputError')
}

describe('parseDrillSettings', () => {
  test('the contract defaults', () => {
    const settings = parse()
    expect(settings).toMatchObject({
      roleArn: ROLE,
      accountId: '123456789012',
      sourceRegions: ['us-east-1'],
      targetRegion: 'us-west-2',
      waveTag: 'dr:wave',
      maxServersPerJob: 100,
      healthCheck: 'ec2-status',
      timeoutMinutes: 120,
      cleanup: 'always',
      stopOnWaveFailure: true,
      failOnError: true,
      dryRun: false,
      notifyTopicArn: null,
      roleSessionName: 'drs-4242-1',
      tagFilters: [
        { key: 'dr:enabled', value: 'true' },
        { key: 'dr:recovery-strategy', value: 'drs' }
      ]
    })
  })

  test('reads every drill input', () => {
    const settings = parse({
      'wave-tag': 'app:tier',
      'max-servers-per-job': '25',
      'health-check': 'ssm',
      'timeout-minutes': '45.5',
      cleanup: 'on-success',
      'stop-on-wave-failure': 'false',
      'dry-run': 'true',
      'instance-ids': 'i-0123456789abcdef0'
    })
    expect(settings).toMatchObject({
      waveTag: 'app:tier',
      maxServersPerJob: 25,
      healthCheck: 'ssm',
      timeoutMinutes: 45.5,
      cleanup: 'on-success',
      stopOnWaveFailure: false,
      dryRun: true,
      instanceIds: ['i-0123456789abcdef0'],
      tagFilters: []
    })
  })

  test.each([
    [{ cleanup: 'sometimes' }, 'cleanup: expected always, on-success or never, got "sometimes"'],
    [{ 'health-check': 'ping' }, 'health-check: expected ec2-status, ssm or launched, got "ping"'],
    [
      { 'max-servers-per-job': '101' },
      'max-servers-per-job: expected a whole number from 1 to 100'
    ],
    [{ 'max-servers-per-job': '0' }, 'max-servers-per-job: expected a whole number from 1 to 100'],
    [
      { 'max-servers-per-job': '2.5' },
      'max-servers-per-job: expected a whole number from 1 to 100'
    ],
    [{ 'timeout-minutes': '0' }, 'timeout-minutes: expected a number of minutes above 0'],
    [{ 'timeout-minutes': '-5' }, 'timeout-minutes: expected a number of minutes above 0'],
    [{ 'stop-on-wave-failure': 'yes' }, 'stop-on-wave-failure: expected true or false'],
    [{ 'wave-tag': 'aws:wave' }, 'wave-tag: expected a tag key'],
    [{ 'role-arn': 'arn:aws:iam::12:role/x' }, 'role-arn: expected an IAM role ARN'],
    [{ 'target-region': 'mars' }, 'target-region: expected one AWS region']
  ])('%j fails naming the input', (inputs, expected) => {
    expect(problemsOf(inputs).join('\n')).toContain(expected)
  })

  test('every problem at once, shared and drill inputs alike', () => {
    const problems = problemsOf({
      'source-regions': 'nowhere',
      cleanup: 'x',
      'max-servers-per-job': '500'
    })
    expect(problems.map(p => p.split(':')[0]).sort()).toEqual(
      ['cleanup', 'max-servers-per-job', 'source-regions'].sort()
    )
  })

  test('the input list: shared account and discovery inputs plus the drill inputs, no install-only ones', () => {
    const names = DRILL_INPUTS.map(input => input.name)
    for (const name of [
      'role-arn',
      'tag-filters',
      'instance-ids',
      'notify-topic-arn',
      'dry-run',
      'wave-tag',
      'max-servers-per-job',
      'health-check',
      'timeout-minutes',
      'cleanup',
      'stop-on-wave-failure',
      'fail-on-error'
    ]) {
      expect(names).toContain(name)
    }
    for (const name of [
      'wait-for',
      'document-name',
      'max-errors',
      'skip-registered',
      'source-server-tags'
    ]) {
      expect(names).not.toContain(name)
    }
    expect(new Set(names).size).toBe(names.length)
    expect(DRILL_INPUTS.find(input => input.name === 'timeout-minutes')?.default).toBe('120')
  })
})
