// The check's one pure decision, table-driven over DRS SourceServer shapes as DescribeSourceServers
// returns them (types from @aws-sdk/client-drs).
import { describe, expect, it } from '@jest/globals'
import type { SourceServer } from '@aws-sdk/client-drs'
import { formatDuration, parseDurationSeconds } from '../src/check/advice.js'
import { classify, type CheckPolicy, type OriginInstance } from '../src/check/classify.js'
import type { CheckStatus } from '../src/check/rows.js'

const NOW = Date.parse('2026-12-01T12:00:00.000Z')
const INSTANCE = { instanceId: 'i-0a1b2c3d4e5f60001' }
const POLICY: CheckPolicy = { targetRegion: 'us-west-2', maxLagMinutes: 15, maxDrillAgeDays: null }
const DRILLS: CheckPolicy = { ...POLICY, maxDrillAgeDays: 30 }

/** A CONTINUOUS, healthy server as DRS returns it; `changes` replace parts of it. */
function server(
  info: NonNullable<SourceServer['dataReplicationInfo']> = {},
  rest: Partial<SourceServer> = {}
): SourceServer {
  return {
    sourceServerID: 's-1234567890abcdef0',
    arn: 'arn:aws:drs:us-west-2:123456789012:source-server/s-1234567890abcdef0',
    lastLaunchResult: 'NOT_STARTED',
    sourceProperties: { identificationHints: { awsInstanceID: INSTANCE.instanceId } },
    sourceCloudProperties: { originAccountID: '123456789012', originRegion: 'us-east-1' },
    dataReplicationInfo: {
      dataReplicationState: 'CONTINUOUS',
      lagDuration: 'PT0S',
      replicatedDisks: [{ deviceName: '/dev/xvda', totalStorageBytes: 8589934592 }],
      ...info
    },
    lifeCycle: {
      addedToServiceDateTime: '2026-10-01T00:00:00Z',
      lastSeenByServiceDateTime: '2026-12-01T11:59:00Z',
      ...rest.lifeCycle
    },
    ...Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'lifeCycle'))
  }
}

const launch = (days: number, type: 'DRILL' | 'RECOVERY' = 'DRILL'): SourceServer['lifeCycle'] => ({
  lastLaunch: {
    initiated: {
      apiCallDateTime: new Date(NOW - days * 86400_000).toISOString(),
      jobID: 'drsjob-1234567890abcdef0',
      type
    },
    status: 'LAUNCHED'
  }
})

interface Case {
  name: string
  server: SourceServer | null
  instance?: { instanceId: string } | null
  origin?: OriginInstance
  policy?: CheckPolicy
  status: CheckStatus
  /** Text the message must contain (what to do). */
  says: (string | RegExp)[]
  lagSeconds?: number | null
}

const CASES: Case[] = [
  {
    name: 'a running instance without a source server',
    server: null,
    status: 'unprotected',
    says: ['no DRS source server in us-west-2', 'install the agent']
  },
  {
    name: 'STALLED on the agent-to-replication-server connection',
    server: server({
      dataReplicationState: 'STALLED',
      dataReplicationError: {
        error: 'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER',
        rawError: 'Connection timed out to 10.0.1.23:1500'
      }
    }),
    status: 'stalled',
    says: [
      'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER: Connection timed out to 10.0.1.23:1500',
      'TCP 1500 from the source instance to the staging subnet'
    ]
  },
  {
    name: 'an error while the state still reads CONTINUOUS (error wins)',
    server: server({
      dataReplicationState: 'CONTINUOUS',
      dataReplicationError: { error: 'SNAPSHOTS_FAILURE', rawError: 'SnapshotLimitExceeded' }
    }),
    status: 'stalled',
    says: ['CONTINUOUS', 'SNAPSHOTS_FAILURE: SnapshotLimitExceeded', 'snapshot quota']
  },
  {
    name: 'STALLED on a full staging disk quota',
    server: server({
      dataReplicationState: 'STALLED',
      dataReplicationError: { error: 'FAILED_TO_CREATE_STAGING_DISKS' }
    }),
    status: 'stalled',
    says: ['EBS volume quota']
  },
  {
    name: 'STALLED without an error code',
    server: server({ dataReplicationState: 'STALLED' }),
    status: 'stalled',
    says: ['replication is STALLED:', 'DRS console']
  },
  {
    name: 'DISCONNECTED (error-free)',
    server: server(
      { dataReplicationState: 'DISCONNECTED', lagDuration: undefined },
      { lifeCycle: { lastSeenByServiceDateTime: '2026-11-28T12:00:00Z' } }
    ),
    status: 'disconnected',
    says: ['DRS last saw the agent at 2026-11-28T12:00:00Z (3d ago)', 'TCP 443'],
    lagSeconds: null
  },
  {
    name: 'STOPPED',
    server: server({ dataReplicationState: 'STOPPED', lagDuration: undefined }),
    status: 'stopped',
    says: ['start data replication']
  },
  {
    name: 'PAUSED',
    server: server({ dataReplicationState: 'PAUSED' }),
    status: 'stopped',
    says: ['resume data replication']
  },
  {
    name: 'INITIAL_SYNC with an ETA',
    server: server({
      dataReplicationState: 'INITIAL_SYNC',
      lagDuration: undefined,
      etaDateTime: '2026-12-01T13:30:00Z'
    }),
    status: 'syncing',
    says: ['INITIAL_SYNC', 'finish at 2026-12-01T13:30:00Z']
  },
  ...(['INITIATING', 'RESCAN', 'BACKLOG', 'CREATING_SNAPSHOT'] as const).map((state): Case => ({
    name: state,
    server: server({ dataReplicationState: state, lagDuration: undefined }),
    status: 'syncing',
    says: [state, 'check again later']
  })),
  {
    name: 'CONTINUOUS, lag above max-lag-minutes',
    server: server({ lagDuration: 'PT1H2M3S' }),
    status: 'lagging',
    says: ['lag 1h 2m', 'above max-lag-minutes 15', 'bandwidth'],
    lagSeconds: 3723
  },
  {
    name: 'CONTINUOUS, lag exactly at the bound',
    server: server({ lagDuration: 'PT15M' }),
    status: 'protected',
    says: ['CONTINUOUS, lag 15m'],
    lagSeconds: 900
  },
  {
    name: 'CONTINUOUS, lag in days',
    server: server({ lagDuration: 'P1DT2H' }),
    status: 'lagging',
    says: ['lag 1d 2h'],
    lagSeconds: 93600
  },
  {
    name: 'protected, drills not checked even without one',
    server: server(),
    status: 'protected',
    says: ['CONTINUOUS, lag 0s'],
    lagSeconds: 0
  },
  {
    name: 'never drilled, with max-drill-age-days',
    server: server(),
    policy: DRILLS,
    status: 'drill-overdue',
    says: ['no drill or recovery launch on record (max-drill-age-days 30)', 'run a drill']
  },
  {
    name: 'last drill too old',
    server: server({}, { lastLaunchResult: 'SUCCEEDED', lifeCycle: launch(45) }),
    policy: DRILLS,
    status: 'drill-overdue',
    says: ['DRILL at', '45d old, above max-drill-age-days 30']
  },
  {
    name: 'last drill recent but failed',
    server: server({}, { lastLaunchResult: 'FAILED', lifeCycle: launch(2) }),
    policy: DRILLS,
    status: 'drill-overdue',
    says: ['did not succeed (lastLaunchResult FAILED)']
  },
  {
    name: 'a recent successful recovery counts as a drill',
    server: server({}, { lastLaunchResult: 'SUCCEEDED', lifeCycle: launch(3, 'RECOVERY') }),
    policy: DRILLS,
    status: 'protected',
    says: ['last launch']
  },
  {
    name: 'lagging beats drill-overdue',
    server: server({ lagDuration: 'PT20M' }),
    policy: DRILLS,
    status: 'lagging',
    says: ['lag 20m']
  },
  {
    name: 'a replication state newer than this check is not taken for protected',
    server: server({ dataReplicationState: 'PENDING_SNAPSHOT_SHIPPING' as never }),
    status: 'stalled',
    says: ['PENDING_SNAPSHOT_SHIPPING is not one this check knows']
  },
  {
    name: 'no replication state at all',
    server: server({ dataReplicationState: undefined }),
    status: 'stalled',
    says: ['UNKNOWN']
  },
  {
    name: 'orphaned: instance terminated and gone',
    server: server(),
    instance: null,
    origin: { kind: 'gone' },
    status: 'orphaned',
    says: ['terminated', 'delete it in DRS']
  },
  {
    name: 'orphaned: instance stopped',
    server: server({ dataReplicationState: 'DISCONNECTED' }),
    instance: null,
    origin: { kind: 'state', state: 'stopped' },
    status: 'orphaned',
    says: ['(DISCONNECTED)', 'its instance is stopped, not running']
  },
  {
    name: 'orphaned: instance untagged',
    server: server(),
    instance: null,
    origin: { kind: 'untagged', mismatch: 'dr:enabled is "false", not "true"' },
    status: 'orphaned',
    says: ['no longer matches tag-filters (dr:enabled is "false", not "true")']
  },
  {
    name: 'orphaned: a duplicate server for a running instance',
    server: server(),
    instance: null,
    origin: { kind: 'duplicate', preferredServerId: 's-00000000000000001' },
    status: 'orphaned',
    says: ['second source server', 's-00000000000000001']
  }
]

describe('classify', () => {
  it.each(CASES)('$name -> $status', testCase => {
    const verdict = classify(
      {
        instance: testCase.instance === undefined ? INSTANCE : testCase.instance,
        server: testCase.server,
        origin: testCase.origin
      },
      testCase.policy ?? POLICY,
      NOW
    )
    expect(verdict.status).toBe(testCase.status)
    for (const text of testCase.says) {
      if (typeof text === 'string') expect(verdict.message).toContain(text)
      else expect(verdict.message).toMatch(text)
    }
    if (testCase.lagSeconds !== undefined) expect(verdict.lagSeconds).toBe(testCase.lagSeconds)
    expect(verdict.sourceServerId).toBe(testCase.server?.sourceServerID ?? null)
  })

  it('gives every replication error code its own advice', () => {
    const codes = [
      'AGENT_NOT_SEEN',
      'SNAPSHOTS_FAILURE',
      'NOT_CONVERGING',
      'UNSTABLE_NETWORK',
      'FAILED_TO_CREATE_SECURITY_GROUP',
      'FAILED_TO_LAUNCH_REPLICATION_SERVER',
      'FAILED_TO_BOOT_REPLICATION_SERVER',
      'FAILED_TO_AUTHENTICATE_WITH_SERVICE',
      'FAILED_TO_DOWNLOAD_REPLICATION_SOFTWARE',
      'FAILED_TO_CREATE_STAGING_DISKS',
      'FAILED_TO_ATTACH_STAGING_DISKS',
      'FAILED_TO_PAIR_REPLICATION_SERVER_WITH_AGENT',
      'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER',
      'FAILED_TO_START_DATA_TRANSFER'
    ] as const
    const advice = codes.map(error => {
      const { message } = classify(
        {
          instance: INSTANCE,
          server: server({ dataReplicationState: 'STALLED', dataReplicationError: { error } })
        },
        POLICY,
        NOW
      )
      return message.slice(message.indexOf('): ') + 3)
    })
    expect(new Set(advice).size).toBe(codes.length)
  })

  it('carries the facts of the server into the verdict', () => {
    const verdict = classify(
      {
        instance: INSTANCE,
        server: server({ lagDuration: 'PT2M' }, { lifeCycle: launch(1) })
      },
      POLICY,
      NOW
    )
    expect(verdict).toMatchObject({
      replicationState: 'CONTINUOUS',
      lagSeconds: 120,
      lastSeenAt: '2026-12-01T11:59:00Z',
      lastDrillAt: new Date(NOW - 86400_000).toISOString()
    })
  })
})

describe('ISO 8601 durations', () => {
  it.each([
    ['PT0S', 0],
    ['PT45S', 45],
    ['PT1H2M3S', 3723],
    ['PT1H2M', 3720],
    ['P1DT2H', 93600],
    ['P2D', 172800],
    ['P1W', 604800],
    ['PT0.5S', 1],
    ['PT1.5M', 90]
  ])('%s is %d s', (text, seconds) => {
    expect(parseDurationSeconds(text)).toBe(seconds)
  })

  it.each(['', 'P', 'PT', '1H', 'PT1X', 'P1DT', 'soon'])('"%s" is not a duration', text => {
    expect(parseDurationSeconds(text)).toBeNull()
  })

  it('formats the two largest units', () => {
    expect(formatDuration(0)).toBe('0s')
    expect(formatDuration(3723)).toBe('1h 2m')
    expect(formatDuration(93600)).toBe('1d 2h')
    // Only adjacent units: 60 days and 4 seconds reads as 60 days.
    expect(formatDuration(60 * 86400 + 4)).toBe('60d')
    expect(formatDuration(3600)).toBe('1h')
  })
})
