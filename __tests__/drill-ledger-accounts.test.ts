// The drill's saved state over many accounts: each account's view records its launches with its
// id, sees only its own jobs and finishes on its own, so the post step re-assumes exactly the
// accounts the main step did not finish, and only for what this run launched there.
import { describe, expect, test } from '@jest/globals'
import {
  DrillLedger,
  parseDrillState,
  pendingAccounts,
  type DrillState
} from '../src/drill/state.js'

describe('the ledger per account', () => {
  test('records launches with the account id and keeps the accounts apart', () => {
    const saved: DrillState[] = []
    const ledger = new DrillLedger('always', state => saved.push(structuredClone(state)))
    const a = ledger.forAccount('111111111111')
    const b = ledger.forAccount('222222222222')
    a.jobStarted('drsjob-a', ['s-a1', 's-a2'])
    b.jobStarted('drsjob-b', ['s-b1'])
    expect(a.state.jobs.map(job => job.jobId)).toEqual(['drsjob-a'])
    expect(b.state.jobs.map(job => job.jobId)).toEqual(['drsjob-b'])
    expect(saved.at(-1)?.jobs).toEqual([
      { jobId: 'drsjob-a', sourceServerIds: ['s-a1', 's-a2'], accountId: '111111111111' },
      { jobId: 'drsjob-b', sourceServerIds: ['s-b1'], accountId: '222222222222' }
    ])
    expect(pendingAccounts(ledger.state, '111111111111')).toEqual(['111111111111', '222222222222'])

    a.finish()
    expect(a.state.finished).toBe(true)
    expect(b.state.finished).toBe(false)
    expect(ledger.state.finished).toBe(false)
    expect(pendingAccounts(ledger.state, '111111111111')).toEqual(['222222222222'])
    // What was saved is what the post step reads back.
    const read = parseDrillState(JSON.stringify(saved.at(-1)))!
    expect(pendingAccounts(read, '111111111111')).toEqual(['222222222222'])
    expect(read.finishedAccounts).toEqual(['111111111111'])
  })

  test('a state written without account ids belongs to the first account', () => {
    const old = JSON.stringify({
      version: 1,
      cleanup: 'always',
      jobs: [{ jobId: 'drsjob-1', sourceServerIds: ['s-1'] }],
      keep: [],
      confirmed: [],
      finished: false
    })
    const state = parseDrillState(old)!
    expect(pendingAccounts(state, '123456789012')).toEqual(['123456789012'])
    const ledger = new DrillLedger('always', () => undefined, state)
    expect(ledger.forAccount('123456789012', true).state.jobs).toHaveLength(1)
    expect(ledger.forAccount('210987654321').state.jobs).toHaveLength(0)
  })

  test('nothing is pending once the run finished or with cleanup never', () => {
    const ledger = new DrillLedger('never')
    ledger.forAccount('111111111111').jobStarted('drsjob-1', ['s-1'])
    expect(pendingAccounts(ledger.state, '111111111111')).toEqual([])
    const always = new DrillLedger('always')
    always.forAccount('111111111111').jobStarted('drsjob-1', ['s-1'])
    always.finish()
    expect(pendingAccounts(always.state, '111111111111')).toEqual([])
  })
})
