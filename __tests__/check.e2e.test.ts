// End to end: the bundled check action (check/dist/index.js) run as the runner runs it, against the
// simulator with a fleet in every check status. Asserts rows, outputs, summary, exit code, and from
// the simulator's call log that the check only read.
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, runAction, type ActionRun } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'
import type { CheckRow } from '../src/check/rows.js'

const CHECK = join(repoRoot, 'check', 'dist', 'index.js')
const CHECK_YML = join(repoRoot, 'check', 'action.yml')
const SCENARIO = join(repoRoot, 'test', 'scenarios', 'check-e2e.json')
const ACCOUNT = '222222222222'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
const id = (n: number): string => `i-0c00000000000${n.toString(16).padStart(4, '0')}`
const sid = (n: number): string => `s-0c00000000000${n.toString(16).padStart(4, '0')}`

type Simulator = Awaited<ReturnType<typeof startSimulator>>
const running: Simulator[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map(sim => sim.close()))
})

async function check(inputs: Record<string, string>): Promise<{ run: ActionRun; sim: Simulator }> {
  const sim = await startSimulator(SCENARIO)
  running.push(sim)
  const run = await runAction({
    entry: CHECK,
    actionYml: CHECK_YML,
    simulator: sim,
    oidc: false,
    ambient: sim.ambient,
    inputs: {
      'role-arn': ROLE,
      'source-regions': 'us-east-1,eu-west-1,ap-east-1',
      'target-region': 'us-west-2',
      'max-drill-age-days': '30',
      ...inputs
    }
  })
  return { run, sim }
}

/** Only reads: Describe*, List*, Get* and STS's role assumption. */
function writeCalls(sim: Simulator): string[] {
  return sim
    .calls()
    .filter(call => !(call.service === 'sts' && /^AssumeRole/.test(call.operation ?? '')))
    .map(call => `${call.service}:${call.operation}`)
    .filter(name => !/^[a-z0-9]+:(Describe|List|Get)[A-Z]/.test(name))
}

;(existsSync(CHECK) ? describe : describe.skip)('check (bundle)', () => {
  it('reports every status, with outputs, summary, exit code, and only read calls', async () => {
    const { run, sim } = await check({})
    const rows = run.resultsFileRows as CheckRow[]
    expect(rows.map(row => [row.region, row.instanceId, row.status, row.sourceServerId])).toEqual([
      ['ap-east-1', null, 'failed', null],
      ['eu-west-1', id(17), 'protected', sid(17)],
      ['eu-west-1', id(18), 'stopped', sid(18)],
      ['us-east-1', id(1), 'protected', sid(1)],
      ['us-east-1', id(2), 'unprotected', null],
      ['us-east-1', id(3), 'stalled', sid(3)],
      ['us-east-1', id(4), 'disconnected', sid(4)],
      ['us-east-1', id(5), 'stopped', sid(5)],
      ['us-east-1', id(6), 'syncing', sid(6)],
      ['us-east-1', id(7), 'lagging', sid(7)],
      ['us-east-1', id(8), 'drill-overdue', sid(8)],
      ['us-east-1', id(9), 'orphaned', sid(9)],
      ['us-east-1', id(10), 'orphaned', sid(10)],
      ['us-east-1', id(11), 'orphaned', sid(11)],
      ['us-east-1', id(12), 'orphaned', sid(12)]
    ])
    const byId = new Map(rows.map(row => [row.instanceId, row]))
    expect(byId.get(id(3))?.message).toContain(
      'FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER: Connection to replication server 10.0.9.14:1500 timed out'
    )
    expect(byId.get(id(3))?.message).toContain(
      'open TCP 1500 from the source instance to the staging subnet'
    )
    expect(byId.get(id(4))?.message).toMatch(/DRS last saw the agent at \S+Z \(2d 7h ago\)/)
    expect(byId.get(id(4))?.lastSeenAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(byId.get(id(6))?.message).toMatch(/DRS expects it to finish at \S+Z/)
    expect(byId.get(id(7))).toMatchObject({ lagSeconds: 3723, replicationState: 'CONTINUOUS' })
    expect(byId.get(id(8))?.message).toContain('above max-drill-age-days 30')
    expect(byId.get(id(9))?.message).toContain('its instance is stopped, not running')
    expect(byId.get(id(10))?.message).toContain('dr:enabled is "false", not "true"')
    expect(byId.get(id(11))?.message).toContain('no longer exists in EC2 (terminated)')
    expect(byId.get(id(12))?.message).toContain('its instance is terminated')
    expect(byId.get(id(1))).toMatchObject({ name: 'web-1', lagSeconds: 30, accountId: ACCOUNT })
    expect(byId.get(id(1))?.lastDrillAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(byId.get(null)?.message).toContain('ap-east-1')
    // Every field present on every row, and the operation named.
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        [
          'operation',
          'accountId',
          'region',
          'instanceId',
          'name',
          'status',
          'sourceServerId',
          'replicationState',
          'lagSeconds',
          'lastSeenAt',
          'lastDrillAt',
          'message'
        ].sort()
      )
      expect(row.operation).toBe('check')
    }

    expect(run.outputs).toMatchObject({
      'protected-count': '2',
      'unprotected-count': '1',
      'unhealthy-count': '5',
      'syncing-count': '1',
      'orphaned-count': '4',
      'drill-overdue-count': '1',
      'failed-count': '1',
      // 10 running matching instances, 9 with a source server.
      coverage: '90',
      'account-count': '1',
      'results-truncated': 'false'
    })
    expect(JSON.parse(run.outputs.results)).toEqual(rows)

    expect(run.summary).toContain(`## DRS protection check: account ${ACCOUNT}`)
    expect(run.summary).toContain(
      `| ${ACCOUNT} | \`█████████░\` 90% | 10 | 2 | 1 | 5 | 1 | 1 | 4 | 1 |`
    )
    const attentionEnd = run.summary.indexOf('**protected**')
    for (const status of ['failed', 'unprotected', 'stalled', 'orphaned', 'drill-overdue']) {
      const at = run.summary.indexOf(`**${status}**`)
      expect(at).toBeGreaterThan(run.summary.indexOf('### Coverage per account'))
      expect(at).toBeLessThan(attentionEnd)
    }

    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('row(s) with a status in fail-on')
    expect(run.log).toContain('DRS protection check: coverage 90% of 10 running matching instances')

    // Read-only by construction: nothing but reads (and the role assumption) reached AWS.
    expect(writeCalls(sim)).toEqual([])
    const operations = new Set(sim.calls().map(call => `${call.service}:${call.operation}`))
    expect([...operations].sort()).toEqual([
      'drs:DescribeSourceServers',
      'ec2:DescribeInstances',
      'sts:AssumeRole'
    ])
    // Orphans looked up once, together, in their region: the listing per region plus one batch.
    const ec2East = sim
      .calls()
      .filter(call => call.operation === 'DescribeInstances' && call.region === 'us-east-1')
    expect(ec2East).toHaveLength(2)
    expect(sim.calls().filter(call => call.service === 'ssm')).toHaveLength(0)
  })

  it('passes with fail-on none when no region failed', async () => {
    const { run } = await check({ 'source-regions': 'us-east-1,eu-west-1', 'fail-on': 'none' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['failed-count']).toBe('0')
    expect(run.outputs.coverage).toBe('90')
  })

  it('with notify-topic-arn, publishes one message: the only call that is not a read', async () => {
    const topic = `arn:aws:sns:us-east-1:${ACCOUNT}:drs-check`
    const { run, sim } = await check({ 'source-regions': 'us-east-1', 'notify-topic-arn': topic })
    expect(sim.state.messages).toHaveLength(1)
    expect(sim.state.messages[0]).toMatchObject({ topicArn: topic, region: 'us-east-1' })
    expect(sim.state.messages[0].subject).toBe(
      `DRS protection check ${ACCOUNT} needs attention: coverage 87%`
    )
    expect(sim.state.messages[0].message).toContain('unprotected')
    expect(writeCalls(sim)).toEqual(['sns:Publish'])
    expect(run.exitCode).toBe(1)
  })

  it('fails on the chosen statuses only', async () => {
    const { run } = await check({ 'source-regions': 'eu-west-1', 'fail-on': 'unprotected' })
    // eu-west-1 holds a protected and a PAUSED (stopped) server: stopped is not in fail-on.
    expect(run.outputs['unhealthy-count']).toBe('1')
    expect(run.exitCode).toBe(0)
  })

  it('a role that cannot be assumed: a failed row per source region, outputs and summary still written', async () => {
    const { run, sim } = await check({ 'role-arn': `arn:aws:iam::${ACCOUNT}:role/Missing` })
    const rows = run.resultsFileRows as CheckRow[]
    expect(rows.map(row => [row.region, row.status])).toEqual([
      ['ap-east-1', 'failed'],
      ['eu-west-1', 'failed'],
      ['us-east-1', 'failed']
    ])
    expect(rows[0].message).toContain('Missing')
    expect(run.outputs).toMatchObject({
      'failed-count': '3',
      coverage: '100',
      'account-count': '1'
    })
    expect(run.summary).toContain('> **Stopped:**')
    expect(run.exitCode).toBe(1)
    expect(sim.calls().map(call => call.service)).toEqual(expect.arrayContaining(['sts']))
    expect(sim.calls().filter(call => call.service !== 'sts')).toHaveLength(0)
  })

  it('DRS not initialised in target-region: a failed row per source region, no EC2 call', async () => {
    const { run, sim } = await check({ 'target-region': 'us-east-2' })
    const rows = run.resultsFileRows as CheckRow[]
    expect(rows).toHaveLength(3)
    expect(rows.every(row => row.status === 'failed')).toBe(true)
    expect(rows[0].message).toContain('not initialised in us-east-2')
    expect(run.exitCode).toBe(1)
    expect(sim.calls().filter(call => call.service === 'ec2')).toHaveLength(0)
  })

  it('rejects bad input before any call, naming the input', async () => {
    const { run, sim } = await check({
      'fail-on': 'unprotected,sometimes',
      'max-lag-minutes': '-5'
    })
    expect(run.exitCode).toBe(1)
    expect(run.log).toContain('fail-on: expected check statuses')
    expect(run.log).toContain('"sometimes"')
    expect(run.log).toContain('max-lag-minutes: expected a number of minutes')
    expect(sim.calls()).toHaveLength(0)
  })
})
