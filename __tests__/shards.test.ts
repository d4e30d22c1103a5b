// The shards of discover-accounts: the accounts in groups of accounts-per-job, within the
// 256-job matrix limit, and the input checked before any call.
import { describe, expect, it } from '@jest/globals'
import {
  buildShards,
  defaultAccountsPerJob,
  parseDiscoverSettings,
  shardLimitProblem
} from '../src/org/accounts.js'
import { InputError } from '../src/settings/index.js'
import { RUN } from './fixtures/settings.js'

const ids = (count: number, from = 100000000000): string[] =>
  Array.from({ length: count }, (_, i) => String(from + i))

describe('buildShards', () => {
  it('puts every account in exactly one shard, shards in account order', () => {
    const shards = buildShards(
      ['333333333333', '111111111111', '555555555555', '222222222222', '444444444444'],
      2
    )
    expect(shards).toEqual({
      include: [
        { shard: '1', accounts: '111111111111,222222222222' },
        { shard: '2', accounts: '333333333333,444444444444' },
        { shard: '3', accounts: '555555555555' }
      ]
    })
  })

  it('drops a repeated account, and makes no shard for no accounts', () => {
    expect(buildShards(['111111111111', '111111111111'], 5).include).toEqual([
      { shard: '1', accounts: '111111111111' }
    ])
    expect(buildShards([], 3)).toEqual({ include: [] })
  })

  it('covers 1,000 accounts in at most 256 shards with the default', () => {
    const accounts = ids(1000).reverse()
    const perJob = defaultAccountsPerJob(accounts.length)
    expect(perJob).toBe(4)
    const shards = buildShards(accounts, perJob)
    expect(shards.include).toHaveLength(250)
    const flat = shards.include.flatMap(shard => shard.accounts.split(','))
    expect(flat).toEqual([...accounts].sort())
    expect(shards.include.map(shard => shard.shard)).toEqual(
      Array.from({ length: 250 }, (_, i) => String(i + 1))
    )
  })

  it('rejects a per-job count that is not a positive integer', () => {
    expect(() => buildShards(ids(3), 0)).toThrow(RangeError)
    expect(() => buildShards(ids(3), 1.5)).toThrow(RangeError)
  })
})

describe('defaultAccountsPerJob and shardLimitProblem', () => {
  it.each([
    [0, 1],
    [1, 1],
    [256, 1],
    [257, 2],
    [512, 2],
    [513, 3],
    [1000, 4]
  ])('%i accounts: %i per job', (count, perJob) => {
    expect(defaultAccountsPerJob(count)).toBe(perJob)
    expect(Math.ceil(count / perJob)).toBeLessThanOrEqual(256)
    expect(shardLimitProblem(count, perJob)).toBeNull()
    if (perJob > 1) expect(Math.ceil(count / (perJob - 1))).toBeGreaterThan(256)
  })

  it('names the input and the smallest value that fits when there would be too many shards', () => {
    expect(shardLimitProblem(300, 1)).toBe(
      'accounts-per-job: 1 makes 300 shards for 300 accounts, but a GitHub Actions matrix runs at most 256 jobs. ' +
        'Set accounts-per-job to at least 2, or leave it unset (the fewest that fit).'
    )
    expect(shardLimitProblem(256, 1)).toBeNull()
  })
})

describe('accounts-per-job input', () => {
  const parse = (value: string) =>
    parseDiscoverSettings(
      name => ({ 'role-name': 'DRSOrchestrationRole', 'accounts-per-job': value })[name] ?? '',
      RUN
    )

  it('is null when unset and a whole number when set', () => {
    expect(parse('').accountsPerJob).toBeNull()
    expect(parse(' 7 ').accountsPerJob).toBe(7)
  })

  it.each(['0', '-1', '1.5', 'two', '1e3', '+3'])('rejects %s, naming the input', value => {
    let error: unknown
    try {
      parse(value)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems).toEqual([
      `accounts-per-job: expected a whole number of accounts of at least 1 (unset: the fewest that keep the shards at or under 256 jobs), got "${value}"`
    ])
  })
})
