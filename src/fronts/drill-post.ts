// The drill action's post step: runs at the end of the job, also after a cancel, and terminates
// (and confirms) every drill instance the main step launched but did not confirm, in every account
// the saved state names (each re-assumed on its own).
import * as core from '@actions/core'
import { escapeCell } from '../report/text.js'
import { errorMessage } from '../shared/port.js'
import { DRILL_STATE_KEY, DrillLedger, parseDrillState, pendingAccounts } from '../drill/state.js'
import type { CleanupResult } from '../drill/cleanup.js'
import { readDrillSettings, USER_AGENT } from './drill-action.js'
import { runnerPort } from './runner-port.js'

function cleanupTable(result: CleanupResult, withAccount: boolean): string | null {
  const lines = [...result.bySourceServer].map(([server, entry]) => {
    const cells = [
      ...(withAccount ? [escapeCell(entry.accountId ?? null)] : []),
      escapeCell(server),
      escapeCell(entry.recoveryInstanceId),
      entry.terminated === null ? '' : String(entry.terminated),
      escapeCell(entry.message)
    ]
    return `| ${cells.join(' | ')} |`
  })
  if (lines.length === 0) return null
  const head = withAccount
    ? '| Account | Source server | Recovery instance | Terminated | Message |\n|---|---|---|---|---|'
    : '| Source server | Recovery instance | Terminated | Message |\n|---|---|---|---|'
  return `${head}\n${lines.join('\n')}\n`
}

export async function runDrillPost(): Promise<void> {
  const state = parseDrillState(core.getState(DRILL_STATE_KEY))
  try {
    if (!state) {
      core.info('Drill post step: nothing left to clean up.')
      return
    }
    const settings = readDrillSettings()
    if (pendingAccounts(state, settings.accountId).length === 0) {
      core.info('Drill post step: nothing left to clean up.')
      return
    }
    const ledger = new DrillLedger(state.cleanup, () => undefined, state)
    const { cleanUpLeftovers } = await import('../drill/engine.js')
    const { result, fatal, accountFailures } = await cleanUpLeftovers(
      settings,
      ledger,
      runnerPort(),
      { env: process.env, userAgent: USER_AGENT }
    )
    if (fatal) {
      core.setFailed(
        `Drill cleanup could not start (${fatal}): terminate this run's drill instances in the DRS console.`
      )
      return
    }
    for (const failure of accountFailures) {
      core.warning(
        `Drill cleanup in account ${failure.accountId} could not start: ${failure.message}`
      )
    }
    const terminated = result?.terminated ?? 0
    const unconfirmed = result?.unconfirmed ?? 0
    core.info(
      `Drill post step: ${terminated} drill instance(s) terminated, ${unconfirmed} not confirmed.`
    )
    const withAccount = settings.roleName !== null || settings.targets.length > 1
    const table = result ? cleanupTable(result, withAccount) : null
    if (process.env.GITHUB_STEP_SUMMARY && (table || accountFailures.length > 0)) {
      const failures = accountFailures.map(
        failure =>
          `> **Account ${failure.accountId} not cleaned up:** ${escapeCell(failure.message)}`
      )
      await core.summary
        .addRaw(
          `### Drill cleanup (post step)\n\n${terminated} terminated, ${unconfirmed} not confirmed.\n\n` +
            (failures.length > 0 ? `${failures.join('\n\n')}\n\n` : '') +
            (table ?? ''),
          true
        )
        .write()
    }
    if (accountFailures.length > 0) {
      core.setFailed(
        `Drill cleanup could not start in ${accountFailures.length} account(s) (${accountFailures.map(f => f.accountId).join(', ')}): terminate this run's drill instances there in the DRS console.`
      )
    } else if (unconfirmed > 0) {
      core.setFailed(
        `${unconfirmed} drill instance termination(s) could not be confirmed: check the DRS console.`
      )
    }
  } catch (error) {
    core.setFailed(`Drill post step failed: ${errorMessage(error)}`)
  }
}
