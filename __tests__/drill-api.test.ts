import { afterEach, describe, expect, test } from '@jest/globals'
import {
  DescribeJobsCommand,
  DescribeRecoveryInstancesCommand,
  DrsClient,
  StartRecoveryCommand,
  TerminateRecoveryInstancesCommand
} from '@aws-sdk/client-drs'
import { DescribeInstanceStatusCommand, EC2Client } from '@aws-sdk/client-ec2'
import { SSMClient } from '@aws-sdk/client-ssm'
import { createDrillApi, DRILL_RUN_TAG, toRecoveryInstanceView } from '../src/drill/drs-api.js'
import { buildDrillNotification } from '../src/drill/notify.js'
import { makeDrillRow } from '../src/drill/rows.js'
import type { DrillSettings } from '../src/drill/settings.js'
import { sdkError } from './fixtures/errors.js'
import { stub, type Stub } from './fixtures/mock.js'
import { makeSettings } from './fixtures/settings.js'

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
const stubs: Stub[] = []
afterEach(() => {
  for (const s of stubs.splice(0)) s.restore()
})

function api() {
  const drs = new DrsClient({ region: 'us-west-2', credentials })
  const ec2 = new EC2Client({ region: 'us-west-2', credentials })
  const ssm = new SSMClient({ region: 'us-west-2', credentials })
  const mocks = { drs: stub(drs), ec2: stub(ec2), ssm: stub(ssm) }
  stubs.push(mocks.drs, mocks.ec2, mocks.ssm)
  return {
    mocks,
    api: createDrillApi({ drs: () => drs, ec2: () => ec2, ssm: () => ssm }, 'us-west-2')
  }
}

describe('createDrillApi', () => {
  test('StartRecovery is a drill tagged with the run', async () => {
    const { mocks, api: drill } = api()
    mocks.drs
      .on(StartRecoveryCommand)
      .resolves({ job: { jobID: 'drsjob-1', status: 'PENDING', initiatedBy: 'START_DRILL' } })
    const job = await drill.startDrill(['s-1', 's-2'], 'drs-4242-1')
    expect(job).toMatchObject({ jobId: 'drsjob-1', status: 'PENDING', isDrill: true })
    expect(mocks.drs.commandCalls(StartRecoveryCommand)[0].args[0].input).toEqual({
      sourceServers: [{ sourceServerID: 's-1' }, { sourceServerID: 's-2' }],
      isDrill: true,
      tags: { [DRILL_RUN_TAG]: 'drs-4242-1' }
    })
  })

  test('jobs in progress: a bounded window of jobs, COMPLETED ones dropped', async () => {
    const { mocks, api: drill } = api()
    mocks.drs.on(DescribeJobsCommand).resolves({
      items: [
        {
          jobID: 'drsjob-1',
          status: 'STARTED',
          participatingServers: [{ sourceServerID: 's-1', launchStatus: 'IN_PROGRESS' }]
        },
        { jobID: 'drsjob-2', status: 'COMPLETED' }
      ]
    })
    const active = await drill.activeJobs()
    expect(active.map(job => job.jobId)).toEqual(['drsjob-1'])
    const filters = mocks.drs.commandCalls(DescribeJobsCommand)[0].args[0].input.filters
    expect(filters?.fromDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(Date.now() - Date.parse(filters!.fromDate!)).toBeGreaterThan(24 * 3600_000)
  })

  test('EC2 health: an id EC2 does not know yet is asked alone and left out', async () => {
    const { mocks, api: drill } = api()
    mocks.ec2.on(DescribeInstanceStatusCommand).callsFake(input => {
      const ids = (input as { InstanceIds: string[] }).InstanceIds
      if (ids.includes('i-new')) throw sdkError('InvalidInstanceID.NotFound', 'not found', 400)
      return {
        InstanceStatuses: ids.map(id => ({
          InstanceId: id,
          InstanceState: { Name: 'running' },
          InstanceStatus: { Status: 'ok' },
          SystemStatus: { Status: 'impaired' }
        }))
      }
    })
    const health = await drill.ec2Health(['i-old', 'i-new'])
    expect([...health.keys()]).toEqual(['i-old'])
    expect(health.get('i-old')).toEqual({
      state: 'running',
      instanceStatus: 'ok',
      systemStatus: 'impaired'
    })
    expect(
      mocks.ec2.commandCalls(DescribeInstanceStatusCommand).map(c => c.args[0].input.InstanceIds)
    ).toEqual([['i-old', 'i-new'], ['i-old'], ['i-new']])
    expect(
      mocks.ec2.commandCalls(DescribeInstanceStatusCommand)[0].args[0].input.IncludeAllInstances
    ).toBe(true)
  })

  test('other EC2 errors are not swallowed', async () => {
    const { mocks, api: drill } = api()
    mocks.ec2
      .on(DescribeInstanceStatusCommand)
      .rejects(sdkError('UnauthorizedOperation', 'denied', 403))
    await expect(drill.ec2Health(['i-1'])).rejects.toMatchObject({ name: 'UnauthorizedOperation' })
  })

  test('recovery instances by source server; terminate by id', async () => {
    const { mocks, api: drill } = api()
    mocks.drs.on(DescribeRecoveryInstancesCommand).resolves({
      items: [
        {
          recoveryInstanceID: 'i-r1',
          sourceServerID: 's-1',
          jobID: 'drsjob-1',
          ec2InstanceID: 'i-r1',
          isDrill: true,
          pointInTimeSnapshotDateTime: '2026-12-01T10:00:00Z'
        }
      ]
    })
    mocks.drs
      .on(TerminateRecoveryInstancesCommand)
      .resolves({ job: { jobID: 'drsjob-9', type: 'TERMINATE' } })
    expect(await drill.recoveryInstances(['s-1'])).toEqual([
      {
        recoveryInstanceId: 'i-r1',
        sourceServerId: 's-1',
        jobId: 'drsjob-1',
        ec2InstanceId: 'i-r1',
        isDrill: true,
        snapshotAt: '2026-12-01T10:00:00Z'
      }
    ])
    expect(
      mocks.drs.commandCalls(DescribeRecoveryInstancesCommand)[0].args[0].input.filters
    ).toEqual({ sourceServerIDs: ['s-1'] })
    expect((await drill.terminate(['i-r1'])).jobId).toBe('drsjob-9')
    expect(mocks.drs.commandCalls(TerminateRecoveryInstancesCommand)[0].args[0].input).toEqual({
      recoveryInstanceIDs: ['i-r1']
    })
  })

  test('a recovery instance without isDrill is not a drill (never terminated as one)', () => {
    expect(toRecoveryInstanceView({ recoveryInstanceID: 'i-1' }).isDrill).toBe(false)
  })
})

describe('buildDrillNotification', () => {
  const settings = {
    ...makeSettings(),
    waveTag: 'dr:wave',
    maxServersPerJob: 100,
    healthCheck: 'ec2-status',
    cleanup: 'always',
    stopOnWaveFailure: true
  } as DrillSettings
  test('says the outcome, what is left running and every row that needs attention', () => {
    const rows = [
      makeDrillRow({
        status: 'passed',
        sourceServerId: 's-1',
        recoveryInstanceId: 'i-r1',
        terminated: true,
        rtoSeconds: 300
      }),
      makeDrillRow({
        status: 'failed',
        region: 'us-east-1',
        instanceId: 'i-2',
        sourceServerId: 's-2',
        recoveryInstanceId: 'i-r2',
        terminated: false,
        message: 'EC2 status checks impaired'
      })
    ]
    const { subject, message } = buildDrillNotification(
      settings,
      rows,
      'https://github.com/o/r/actions/runs/1'
    )
    expect(subject).toBe('DRS drill 123456789012 needs attention: 1 passed, 1 failed')
    expect(message).toContain('1 drill instance(s) still running')
    expect(message).toContain('- us-east-1 i-2 failed: EC2 status checks impaired')
    expect(buildDrillNotification(settings, rows.slice(0, 1), '').subject).toContain(
      'passed: 1 passed, 0 failed'
    )
  })
})
