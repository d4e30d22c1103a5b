import { describe, expect, test } from '@jest/globals'
import {
  STATUSES,
  countByStatus,
  countRows,
  isFailure,
  makeRow,
  needsAttention,
  regionFailureRow,
  sortRows,
  stoppedRunRows,
  type Row,
  type Status
} from '../src/shared/rows.js'

// ---- fixtures -------------------------------------------------------------------------------

const ACCOUNT = '123456789012'

/** The contract's row fields, in its order. */
const ROW_FIELDS = [
  'accountId',
  'region',
  'instanceId',
  'name',
  'platform',
  'status',
  'commandId',
  'sourceServerId',
  'replicationState',
  'message'
]

const row = (region: string | null, instanceId: string | null, status: Status = 'installed'): Row =>
  makeRow({ accountId: ACCOUNT, region, instanceId, status })

const key = (r: Row): string => `${r.region ?? '-'}/${r.instanceId ?? '-'}`

describe('makeRow', () => {
  test('fills every field, unknown ones with null', () => {
    const made = makeRow({ status: 'pending' })
    expect(Object.keys(made).sort()).toEqual([...ROW_FIELDS].sort())
    expect(made).toEqual({
      accountId: null,
      region: null,
      instanceId: null,
      name: null,
      platform: null,
      status: 'pending',
      commandId: null,
      sourceServerId: null,
      replicationState: null,
      message: null
    })
    for (const value of Object.values(made)) expect(value).not.toBeUndefined()
  })

  test('keeps the fields given and nulls an explicit undefined', () => {
    const made = makeRow({
      accountId: ACCOUNT,
      region: 'us-east-1',
      instanceId: 'i-0123456789abcdef0',
      name: 'web-1',
      platform: 'Linux',
      status: 'installed',
      commandId: 'c0ffee00-0000-4000-8000-000000000000',
      sourceServerId: 's-0123456789abcdef0',
      replicationState: 'CONTINUOUS',
      message: undefined
    })
    expect(made).toEqual({
      accountId: ACCOUNT,
      region: 'us-east-1',
      instanceId: 'i-0123456789abcdef0',
      name: 'web-1',
      platform: 'Linux',
      status: 'installed',
      commandId: 'c0ffee00-0000-4000-8000-000000000000',
      sourceServerId: 's-0123456789abcdef0',
      replicationState: 'CONTINUOUS',
      message: null
    })
  })

  test('keeps empty strings (they are known, not unknown)', () => {
    expect(makeRow({ status: 'dry-run', name: '' }).name).toBe('')
  })

  test('survives a JSON round trip with every key present', () => {
    const parsed = JSON.parse(JSON.stringify(makeRow({ status: 'failed' }))) as Record<
      string,
      unknown
    >
    expect(Object.keys(parsed).sort()).toEqual([...ROW_FIELDS].sort())
  })

  test('regionFailureRow is a failed row without an instance', () => {
    expect(regionFailureRow(ACCOUNT, 'eu-west-1', 'AccessDenied: ec2:DescribeInstances')).toEqual(
      makeRow({
        accountId: ACCOUNT,
        region: 'eu-west-1',
        status: 'failed',
        message: 'AccessDenied: ec2:DescribeInstances'
      })
    )
    expect(regionFailureRow(ACCOUNT, null, 'not found').region).toBeNull()
  })
})

describe('sortRows', () => {
  test('orders by region, then instance id, nulls first in each', () => {
    const rows = [
      row('us-west-2', 'i-0000000000000000b'),
      row('eu-west-1', 'i-00000000000000002'),
      row('us-west-2', null, 'failed'),
      row('eu-west-1', 'i-00000000000000001'),
      row(null, 'i-0fffffffffffffff0', 'failed'),
      row('ap-south-1', 'i-0000000a'),
      row('eu-west-1', null, 'failed'),
      row(null, 'i-00000000000000003', 'failed')
    ]
    expect(sortRows(rows).map(key)).toEqual([
      '-/i-00000000000000003',
      '-/i-0fffffffffffffff0',
      'ap-south-1/i-0000000a',
      'eu-west-1/-',
      'eu-west-1/i-00000000000000001',
      'eu-west-1/i-00000000000000002',
      'us-west-2/-',
      'us-west-2/i-0000000000000000b'
    ])
  })

  test('compares by code point, not locale (uppercase before lowercase)', () => {
    const rows = [row('us-east-1', 'i-b'), row('us-east-1', 'i-B'), row('us-east-1', 'i-a')]
    expect(sortRows(rows).map(r => r.instanceId)).toEqual(['i-B', 'i-a', 'i-b'])
  })

  test('returns a new array and leaves its input alone', () => {
    const rows = [row('us-west-2', 'i-00000002'), row('us-east-1', 'i-00000001')]
    const before = [...rows]
    const sorted = sortRows(rows)
    expect(sorted).not.toBe(rows)
    expect(rows).toEqual(before)
    expect(sorted.map(key)).toEqual(['us-east-1/i-00000001', 'us-west-2/i-00000002'])
  })

  test('is stable for equal keys', () => {
    const a = makeRow({
      region: 'us-east-1',
      instanceId: 'i-00000001',
      status: 'failed',
      message: 'a'
    })
    const b = makeRow({
      region: 'us-east-1',
      instanceId: 'i-00000001',
      status: 'failed',
      message: 'b'
    })
    expect(sortRows([a, b]).map(r => r.message)).toEqual(['a', 'b'])
    expect(sortRows([b, a]).map(r => r.message)).toEqual(['b', 'a'])
  })
})

describe('countRows', () => {
  test('counts as the contract says', () => {
    const rows = [
      row('us-east-1', 'i-00000001', 'installed'),
      row('us-east-1', 'i-00000002', 'installed'),
      row('us-east-1', 'i-00000003', 'failed'),
      row('us-east-1', 'i-00000004', 'timed-out'),
      row('us-east-1', 'i-00000005', 'skipped-registered'),
      row('us-east-1', 'i-00000006', 'skipped-unmanaged'),
      row('us-east-1', 'i-00000007', 'dry-run'),
      row('us-east-1', 'i-00000008', 'pending'),
      regionFailureRow(ACCOUNT, 'eu-west-1', 'region not enabled'),
      row(null, 'i-0123456789abcdef0', 'failed')
    ]
    expect(countRows(rows)).toEqual({
      instanceCount: 9, // every row with an instance id; the region row has none
      installedCount: 2,
      failedCount: 4, // failed + timed-out, the region row and the unknown-id row included
      skippedCount: 2
    })
  })

  test('a run that failed as a whole counts its region rows as failures, not instances', () => {
    const rows = ['us-east-1', 'eu-west-1'].map(region =>
      regionFailureRow(ACCOUNT, region, 'AccessDenied')
    )
    expect(countRows(rows)).toEqual({
      instanceCount: 0,
      installedCount: 0,
      failedCount: 2,
      skippedCount: 0
    })
  })

  test('no rows, no counts', () => {
    expect(countRows([])).toEqual({
      instanceCount: 0,
      installedCount: 0,
      failedCount: 0,
      skippedCount: 0
    })
  })

  test('countByStatus has every status, zero when absent', () => {
    const counts = countByStatus([
      row('us-east-1', 'i-00000001', 'failed'),
      row('us-east-1', 'i-00000002', 'failed'),
      row('us-east-1', 'i-00000003', 'dry-run')
    ])
    expect(Object.keys(counts).sort()).toEqual([...STATUSES].sort())
    expect(counts).toEqual({
      installed: 0,
      failed: 2,
      'timed-out': 0,
      'skipped-registered': 0,
      'skipped-unmanaged': 0,
      'dry-run': 1,
      pending: 0,
      halted: 0
    })
  })
})

describe('statuses', () => {
  test('are exactly the contract words', () => {
    expect([...STATUSES].sort()).toEqual(
      [
        'installed',
        'failed',
        'timed-out',
        'skipped-registered',
        'skipped-unmanaged',
        'dry-run',
        'pending',
        'halted'
      ].sort()
    )
  })

  test.each<[Status, boolean, boolean]>([
    ['installed', false, false],
    ['failed', true, true],
    ['timed-out', true, true],
    ['skipped-registered', false, false],
    ['skipped-unmanaged', false, true],
    ['dry-run', false, false],
    ['pending', false, false],
    ['halted', false, true]
  ])('%s: failure %s, needs attention %s', (status, failure, attention) => {
    expect(isFailure(status)).toBe(failure)
    expect(needsAttention(row('us-east-1', 'i-00000001', status))).toBe(attention)
  })

  test('a region failure row needs attention', () => {
    expect(needsAttention(regionFailureRow(ACCOUNT, 'us-east-1', 'endpoint error'))).toBe(true)
  })
})

describe('stoppedRunRows', () => {
  test('one failed region row per source region, in region order, each with the reason', () => {
    const rows = stoppedRunRows('123456789012', ['us-west-2', 'eu-west-1'], 'DRS not initialised')
    expect(rows.map(r => r.region)).toEqual(['eu-west-1', 'us-west-2'])
    for (const row of rows) {
      expect(row).toMatchObject({
        status: 'failed',
        instanceId: null,
        message: 'DRS not initialised'
      })
    }
    expect(countRows(rows).failedCount).toBe(2)
  })
})
