import { describe, expect, jest, test } from '@jest/globals'
import { EventEmitter } from 'node:events'
import { RunGuard, type RunGuardHooks } from '../src/fronts/run-guard.js'
import { awaitingSendRow } from '../src/shared/port.js'
import { makeRow, type Row } from '../src/shared/rows.js'
import { makeSettings } from './fixtures/settings.js'

const settings = makeSettings({ sourceRegions: ['us-west-2', 'eu-west-1'] })
const pendingRow = makeRow({ region: 'eu-west-1', instanceId: 'i-1', status: 'pending' })

function setUp(graceMs = 5) {
  const reports: { rows: readonly Row[]; stopped: string | null }[] = []
  const hooks = {
    report: jest.fn(async (rows: readonly Row[], stopped: string | null) => {
      reports.push({ rows, stopped })
      return reports.length
    }),
    cancelling: jest.fn(),
    exit: jest.fn(),
    again: jest.fn()
  } satisfies RunGuardHooks<number>
  const signals = new EventEmitter()
  const guard = new RunGuard(settings, hooks, graceMs, signals)
  return { guard, hooks, reports, signals }
}

const waitFor = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise(resolve => setTimeout(resolve, 5))
}

describe('RunGuard', () => {
  test("finish reports the engine's rows once, with the reason when the run stopped", async () => {
    const { guard, hooks, reports } = setUp()
    await guard.finish({ rows: [pendingRow], fatal: 'DRS not initialised' })
    await guard.crash(new Error('late'))
    expect(hooks.report).toHaveBeenCalledTimes(1)
    expect(reports[0]).toEqual({ rows: [pendingRow], stopped: 'DRS not initialised' })
    guard.dispose()
  })

  test('a crash before any progress still reports a failed row per source region', async () => {
    const { guard, reports } = setUp()
    await guard.crash(new Error('boom'))
    expect(reports[0].stopped).toBe('Unexpected error: boom')
    expect(reports[0].rows.map(r => [r.region, r.status])).toEqual([
      ['eu-west-1', 'failed'],
      ['us-west-2', 'failed']
    ])
    guard.dispose()
  })

  test('a crash after progress reports the rows known', async () => {
    const { guard, reports } = setUp()
    guard.progress([pendingRow])
    await guard.crash('boom')
    expect(reports[0].rows).toEqual([pendingRow])
    guard.dispose()
  })

  test('a signal aborts the run; if the engine does not hand back, the last rows are reported and exit is called', async () => {
    const { guard, hooks, reports, signals } = setUp()
    guard.progress([pendingRow])
    signals.emit('SIGTERM', 'SIGTERM')
    expect(hooks.cancelling).toHaveBeenCalledWith('SIGTERM')
    expect(guard.signal.aborted).toBe(true)
    await waitFor(() => hooks.exit.mock.calls.length > 0)
    expect(reports).toEqual([{ rows: [pendingRow], stopped: 'Cancelled by SIGTERM.' }])
    expect(hooks.exit).toHaveBeenCalledWith(1)
    guard.dispose()
  })

  test('a signal before any rows reports a failed row per region, saying nothing was known', async () => {
    const { guard, hooks, reports, signals } = setUp()
    signals.emit('SIGINT', 'SIGINT')
    await waitFor(() => hooks.exit.mock.calls.length > 0)
    expect(reports[0].rows).toHaveLength(2)
    expect(reports[0].rows[0].message).toBe('Cancelled by SIGINT. No instance was known yet.')
    guard.dispose()
  })

  test('when the engine hands back within the grace period, its result is the one report', async () => {
    const { guard, hooks, reports, signals } = setUp(50)
    signals.emit('SIGTERM', 'SIGTERM')
    await guard.finish({ rows: [pendingRow], fatal: null })
    await waitFor(() => hooks.exit.mock.calls.length > 0)
    expect(hooks.report).toHaveBeenCalledTimes(1)
    expect(reports[0]).toEqual({ rows: [pendingRow], stopped: 'Cancelled before the wait ended.' })
    guard.dispose()
  })

  test('a second signal calls the again hook; dispose stops listening', async () => {
    const { guard, hooks, signals } = setUp(10_000)
    signals.emit('SIGINT', 'SIGINT')
    signals.emit('SIGINT', 'SIGINT')
    expect(hooks.again).toHaveBeenCalledTimes(1)
    guard.dispose()
    expect(signals.listenerCount('SIGINT')).toBe(0)
    expect(signals.listenerCount('SIGTERM')).toBe(0)
  })

  test('the fallback after a signal keeps sent rows and marks candidates never sent as failed, saying why', async () => {
    const { guard, hooks, reports, signals } = setUp()
    const sent = makeRow({
      region: 'eu-west-1',
      instanceId: 'i-2',
      status: 'pending',
      commandId: 'cmd-1'
    })
    const unsent = awaitingSendRow({ region: 'eu-west-1', instanceId: 'i-3' })
    const skipped = makeRow({ region: 'us-west-2', instanceId: 'i-4', status: 'skipped-unmanaged' })
    guard.progress([sent, unsent, skipped])
    signals.emit('SIGTERM', 'SIGTERM')
    await waitFor(() => hooks.exit.mock.calls.length > 0)
    expect(reports).toEqual([
      {
        rows: [
          sent,
          {
            ...unsent,
            status: 'failed',
            message: 'not sent: cancelled by SIGTERM before its batch was sent'
          },
          skipped
        ],
        stopped: 'Cancelled by SIGTERM.'
      }
    ])
    guard.dispose()
  })

  test('a crash also marks candidates never sent as failed', async () => {
    const { guard, reports } = setUp()
    guard.progress([awaitingSendRow({ region: 'eu-west-1', instanceId: 'i-3' })])
    await guard.crash(new Error('boom'))
    expect(reports[0].rows.map(row => [row.status, row.commandId, row.message])).toEqual([
      ['failed', null, 'not sent: the run stopped on an unexpected error before its batch was sent']
    ])
    guard.dispose()
  })
})
