// The DRS quota preflight: what counts as replicating, and which candidates are not sent.
import { describe, expect, it } from '@jest/globals'
import type { SourceServer } from '@aws-sdk/client-drs'
import { countsAsReplicating, type Candidate } from '../src/install/preflight.js'
import { applyReplicatingQuota } from '../src/install/quota.js'
import { makeSettings } from './fixtures/settings.js'

const candidate = (region: string, n: number): Candidate => ({
  accountId: '222222222222',
  region,
  instanceId: `i-${String(n).padStart(17, '0')}`,
  name: null,
  platform: 'Linux'
})
const settings = makeSettings({ accountId: '222222222222', drsReplicatingLimit: 300 })
const CANDIDATES = [
  candidate('eu-west-1', 1),
  candidate('eu-west-1', 2),
  candidate('us-east-1', 1),
  candidate('us-east-1', 2)
]

describe('applyReplicatingQuota', () => {
  it('fails the candidates beyond the room left, in row order, naming the quota and both numbers', () => {
    const { send, rows } = applyReplicatingQuota(settings, CANDIDATES, 298)
    expect(send).toEqual(CANDIDATES.slice(0, 2))
    expect(rows.map(r => [r.region, r.instanceId, r.status, r.commandId])).toEqual([
      ['us-east-1', CANDIDATES[2].instanceId, 'failed', null],
      ['us-east-1', CANDIDATES[3].instanceId, 'failed', null]
    ])
    expect(rows[0].message).toBe(
      'not sent: DRS in us-west-2 already replicates 298 source servers for account 222222222222; ' +
        'drs-replicating-limit is 300 and 4 more were eligible'
    )
  })

  it('sends everything within the quota, and nothing at or over it', () => {
    expect(applyReplicatingQuota(settings, CANDIDATES, 296).rows).toEqual([])
    expect(applyReplicatingQuota(settings, CANDIDATES, 300).send).toEqual([])
    expect(applyReplicatingQuota(settings, CANDIDATES, 310).rows).toHaveLength(4)
  })

  it('without a count (servers not listed) sends every candidate', () => {
    expect(applyReplicatingQuota(settings, CANDIDATES, null).send).toEqual(CANDIDATES)
  })
})

describe('countsAsReplicating', () => {
  const server = (state: string, archived = false): SourceServer =>
    ({
      dataReplicationInfo: { dataReplicationState: state },
      isArchived: archived
    }) as SourceServer
  it.each([
    ['CONTINUOUS', false, true],
    ['INITIAL_SYNC', false, true],
    ['STALLED', false, true],
    ['STOPPED', false, false],
    ['DISCONNECTED', false, false],
    ['CONTINUOUS', true, false]
  ])('%s (archived %s) counts: %s', (state, archived, counts) => {
    expect(countsAsReplicating(server(state, archived))).toBe(counts)
  })
})
