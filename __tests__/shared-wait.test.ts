// One wait loop for every account: sends join while it runs, each resolves when its own rows are
// final, each keeps its own reads and bound, and the run logs one line per round.
import { describe, expect, it } from '@jest/globals'
import type { Command, CommandInvocation } from '@aws-sdk/client-ssm'
import type { SourceServer } from '@aws-sdk/client-drs'
import type { SentCommand } from '../src/install/sent-commands.js'
import { SharedWait, type WaitReads } from '../src/install/wait/index.js'
import { makeRow, type Row } from '../src/shared/rows.js'
import { schedulingClock } from './fixtures/clock.js'
import { recordingPort } from './fixtures/port.js'
import { makeSettings } from './fixtures/settings.js'

const REGION = 'us-east-1'
const A = '111111111111'
const B = '222222222222'

const pending = (accountId: string, instanceId: string, commandId: string): Row =>
  makeRow({ accountId, region: REGION, instanceId, status: 'pending', commandId })

const sent = (accountId: string, commandId: string, ids: string[], at: number): SentCommand => ({
  accountId,
  region: REGION,
  commandId,
  instanceIds: ids,
  comment: 'c',
  sentAt: at
})

/** An account's reads: its command succeeds on the `doneAfter`-th ask; DRS lists every instance. */
function accountReads(doneAfter: number, calls: string[]): WaitReads {
  let asked = 0
  return {
    listCommands: async () => ({ found: [], pages: 1 }),
    commandById: async (_region, id): Promise<Command | null> => {
      calls.push(`command ${id}`)
      asked++
      return asked >= doneAfter
        ? {
            CommandId: id,
            Status: 'Success',
            StatusDetails: 'Success',
            TargetCount: 1,
            CompletedCount: 1,
            ErrorCount: 0,
            DeliveryTimedOutCount: 0
          }
        : { CommandId: id, Status: 'InProgress', TargetCount: 1, CompletedCount: 0 }
    },
    invocations: async (): Promise<CommandInvocation[]> => [],
    sourceServers: async (ids): Promise<Map<string, SourceServer>> => {
      calls.push('sourceServers')
      return new Map(
        [...ids].map(id => [
          id,
          {
            sourceServerID: `s-${id}`,
            sourceProperties: { identificationHints: { awsInstanceID: id } },
            dataReplicationInfo: { dataReplicationState: 'INITIATING' }
          }
        ])
      )
    }
  }
}

describe('SharedWait', () => {
  it('follows sends that join while it runs, each resolving with its own rows', async () => {
    const clock = schedulingClock()
    const runPort = recordingPort()
    const wait = new SharedWait({ port: runPort, clock })
    const callsA: string[] = []
    const callsB: string[] = []
    const portA = recordingPort()
    const portB = recordingPort()
    const first = wait.submit(
      makeSettings({ accountId: A }),
      accountReads(3, callsA),
      [pending(A, 'i-a1', 'cmd-a')],
      [sent(A, 'cmd-a', ['i-a1'], clock.now())],
      portA,
      `[${A}] `
    )
    expect(wait.open).toBe(1)
    // B joins once the loop has run a round for A.
    await new Promise(resolve => setImmediate(resolve))
    const second = wait.submit(
      makeSettings({ accountId: B }),
      accountReads(1, callsB),
      [pending(B, 'i-b1', 'cmd-b'), makeRow({ accountId: B, status: 'failed', region: REGION })],
      [sent(B, 'cmd-b', ['i-b1'], clock.now())],
      portB,
      `[${B}] `
    )
    const [rowsA, rowsB] = await Promise.all([first, second])
    expect(rowsA.map(r => [r.instanceId, r.status])).toEqual([['i-a1', 'installed']])
    // The rows that were not pending pass through, in input order.
    expect(rowsB.map(r => [r.instanceId, r.status])).toEqual([
      ['i-b1', 'installed'],
      [null, 'failed']
    ])
    expect(wait.open).toBe(0)
    // Each account's reads asked only about its own command.
    expect(callsA.filter(c => c.startsWith('command'))).toEqual([
      'command cmd-a',
      'command cmd-a',
      'command cmd-a'
    ])
    expect(callsB.filter(c => c.startsWith('command'))).toEqual(['command cmd-b'])
    // One log line per round for the whole run, each naming how many sends it follows.
    const rounds = runPort.infos.filter(line => line.startsWith('wait '))
    expect(rounds).toHaveLength(wait.rounds)
    expect(rounds.some(line => line.endsWith('(2 send(s) followed)'))).toBe(true)
    // Each send opened with its own line, on its account's port.
    expect(portA.infos[0]).toMatch(/^Waiting for 1 instance\(s\)/)
    expect(portB.infos[0]).toMatch(/^Waiting for 1 instance\(s\)/)
    expect(portB.snapshots.at(-1)?.[0].status).toBe('installed')
  })

  it('each send keeps its own bound: one that never finishes times out, the other installs', async () => {
    const clock = schedulingClock()
    const wait = new SharedWait({ port: recordingPort(), clock })
    const stuck = wait.submit(
      makeSettings({ accountId: A, timeoutMinutes: 1 }),
      accountReads(Number.POSITIVE_INFINITY, []),
      [pending(A, 'i-a1', 'cmd-a')],
      [sent(A, 'cmd-a', ['i-a1'], clock.now())],
      recordingPort()
    )
    const quick = wait.submit(
      makeSettings({ accountId: B, timeoutMinutes: 1 }),
      accountReads(2, []),
      [pending(B, 'i-b1', 'cmd-b')],
      [sent(B, 'cmd-b', ['i-b1'], clock.now())],
      recordingPort()
    )
    const [stuckRows, quickRows] = await Promise.all([stuck, quick])
    expect(stuckRows[0]).toMatchObject({ status: 'timed-out' })
    expect(stuckRows[0].message).toContain('1-minute bound')
    expect(quickRows[0]).toMatchObject({ status: 'installed' })
  })

  it('a cancel resolves every open send with its rows as known', async () => {
    const clock = schedulingClock()
    const controller = new AbortController()
    const runPort = recordingPort()
    const wait = new SharedWait({ port: runPort, clock, signal: controller.signal })
    const open = wait.submit(
      makeSettings({ accountId: A }),
      accountReads(Number.POSITIVE_INFINITY, []),
      [pending(A, 'i-a1', 'cmd-a')],
      [sent(A, 'cmd-a', ['i-a1'], clock.now())],
      recordingPort()
    )
    await new Promise(resolve => setImmediate(resolve))
    controller.abort()
    const rows = await open
    expect(rows[0].status).toBe('pending')
    expect(rows[0].message).toMatch(/^wait cancelled; last seen:/)
    expect(runPort.infos.some(line => line.startsWith('Wait cancelled after'))).toBe(true)
  })

  it('wait-for none or nothing pending resolves at once, without a round', async () => {
    const wait = new SharedWait({ port: recordingPort(), clock: schedulingClock() })
    const rows = [makeRow({ accountId: A, region: REGION, instanceId: 'i-1', status: 'failed' })]
    expect(
      await wait.submit(makeSettings(), accountReads(1, []), rows, [], recordingPort())
    ).toEqual(rows)
    expect(wait.rounds).toBe(0)
  })
})
