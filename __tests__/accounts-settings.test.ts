// The many-account inputs: accounts, role-name, account-concurrency and drs-replicating-limit, as
// parseSettings validates them before any call.
import { describe, expect, test } from '@jest/globals'
import { InputError, parseSettings, type RunContext, type Settings } from '../src/settings/index.js'

const RUN: RunContext = {
  runId: '7',
  runAttempt: '1',
  repository: 'acme/dr',
  workflow: 'DR',
  actor: 'octocat',
  serverUrl: 'https://github.com'
}
const BASE: Record<string, string> = {
  'source-regions': 'us-east-1',
  'target-region': 'us-west-2'
}
const ACCOUNTS = { accounts: '111111111111,222222222222', 'role-name': 'DRSOrchestrationRole' }

function parse(inputs: Record<string, string>): Settings {
  const all: Record<string, string> = { ...BASE, ...inputs }
  return parseSettings(name => all[name] ?? '', RUN)
}

function problems(inputs: Record<string, string>): string[] {
  try {
    parse(inputs)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('no InputError')
}

describe('accounts', () => {
  test('gives one target per account, the role ARN built from role-name', () => {
    const settings = parse({
      accounts: '111111111111, 222222222222\n333333333333 444444444444',
      'role-name': 'team/DRSOrchestrationRole'
    })
    expect(settings.targets.map(t => t.accountId)).toEqual([
      '111111111111',
      '222222222222',
      '333333333333',
      '444444444444'
    ])
    expect(settings.targets[1].roleArn).toBe(
      'arn:aws:iam::222222222222:role/team/DRSOrchestrationRole'
    )
    expect(settings.roleName).toBe('team/DRSOrchestrationRole')
    expect(settings.accountId).toBe('111111111111')
    expect(settings.duplicateAccounts).toEqual([])
  })

  test('drops duplicates and names them for the notice', () => {
    const settings = parse({ ...ACCOUNTS, accounts: '111111111111 222222222222 111111111111' })
    expect(settings.targets.map(t => t.accountId)).toEqual(['111111111111', '222222222222'])
    expect(settings.duplicateAccounts).toEqual(['111111111111'])
  })

  test.each([
    ['cn-north-1', 'cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'us-gov-east-1', 'aws-us-gov'],
    ['eu-west-1', 'us-east-1', 'aws']
  ])('takes the partition from target-region %s', (target, source, partition) => {
    const settings = parse({ ...ACCOUNTS, 'target-region': target, 'source-regions': source })
    expect(settings.partition).toBe(partition)
    expect(settings.targets[0].roleArn).toBe(
      `arn:${partition}:iam::111111111111:role/DRSOrchestrationRole`
    )
  })

  test('a bad id is named', () => {
    expect(problems({ ...ACCOUNTS, accounts: '111111111111,12345' })).toEqual([
      'accounts: expected 12-digit account ids separated by commas, spaces or newlines, got "12345"'
    ])
  })

  test('role-arn and accounts together is an error naming accounts', () => {
    expect(
      problems({ ...ACCOUNTS, 'role-arn': 'arn:aws:iam::111111111111:role/R' })
    ).toContainEqual(expect.stringMatching(/^accounts: expected unset when role-arn is set/))
  })

  test('role-name is required with accounts', () => {
    expect(problems({ accounts: '111111111111' })).toEqual([
      expect.stringMatching(/^role-name: expected .*with accounts \(required\)$/)
    ])
  })

  test('role-name is rejected with role-arn, and an ARN is not a role name', () => {
    expect(problems({ 'role-arn': 'arn:aws:iam::111111111111:role/R', 'role-name': 'R' })).toEqual([
      expect.stringMatching(/^role-name: expected unset with role-arn/)
    ])
    expect(
      problems({ accounts: '111111111111', 'role-name': 'arn:aws:iam::111111111111:role/R' })
    ).toEqual([expect.stringMatching(/^role-name: expected a role name, not an ARN/)])
  })

  test('account-id is only valid with role-arn', () => {
    expect(problems({ ...ACCOUNTS, 'account-id': '111111111111' })).toEqual([
      'account-id: expected unset with accounts (account-id is only valid with role-arn)'
    ])
  })

  test('neither role-arn nor accounts names role-arn as required, offering accounts', () => {
    expect(problems({})).toEqual([
      expect.stringMatching(
        /^role-arn: expected .*or accounts with role-name instead \(required\)$/
      )
    ])
  })

  test('source regions of another partition than target-region are named', () => {
    expect(
      problems({ ...ACCOUNTS, 'target-region': 'cn-north-1', 'source-regions': 'us-east-1' })
    ).toContainEqual(expect.stringMatching(/^source-regions: expected regions in .*aws-cn/))
  })
})

describe('account-concurrency and drs-replicating-limit', () => {
  test('default to 10 and 300', () => {
    const settings = parse(ACCOUNTS)
    expect(settings.accountConcurrency).toBe(10)
    expect(settings.drsReplicatingLimit).toBe(300)
  })

  test.each(['0', '101', '2.5', 'ten'])('account-concurrency %s is rejected', value => {
    expect(problems({ ...ACCOUNTS, 'account-concurrency': value })).toEqual([
      `account-concurrency: expected a whole number from 1 to 100, got "${value}"`
    ])
  })

  test.each(['0', '-1', 'lots'])('drs-replicating-limit %s is rejected', value => {
    expect(problems({ ...ACCOUNTS, 'drs-replicating-limit': value })).toEqual([
      `drs-replicating-limit: expected a whole number 1 or more, got "${value}"`
    ])
  })

  test('with role-arn there is one target', () => {
    const settings = parse({ 'role-arn': 'arn:aws:iam::111111111111:role/R' })
    expect(settings.targets).toEqual([
      { accountId: '111111111111', roleArn: 'arn:aws:iam::111111111111:role/R' }
    ])
  })
})
