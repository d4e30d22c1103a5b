// The drill action's post step: runs at the end of the job, also after a cancel, and terminates
// (and confirms) every drill instance the main step launched but did not confirm.
import * as core from '@actions/core'
import { escapeCell } from '../report/text.js'
import { errorMessage } from '../shared/port.js'
import { DRILL_STATE_KEY, DrillLedger, parseDrillState } from '../drill/state.js'
import { drillPort, readDrillSettings, USER_AGENT } from './drill-action.js'

export async function runDrillPost(): Promise<void> {
  const state = parseDrillState(core.getState(DRILL_STATE_KEY))
  if (!state || state.finished || state.cleanup === 'never' || state.jobs.length === 0) {
    core.info('Drill post step: nothing left to clean up.')
    return
  }
  try {
    const settings = readDrillSettings()
    const ledger = new DrillLedger(state.cleanup, () => undefined, state)
    const { cleanUpLeftovers } = await import('../drill/engine.js')
    const { result, fatal } = await cleanUpLeftovers(settings, ledger, drillPort(), {
      env: process.env,
      userAgent: USER_AGENT
    })
    if (fatal) {
      core.setFailed(
        `Drill cleanup could not start (${fatal}): terminate this run's drill instances in the DRS console.`
      )
      return
    }
    if (!result) return
    const lines = [...result.bySourceServer].map(
      ([server, entry]) =>
        `| ${escapeCell(server)} | ${escapeCell(entry.recoveryInstanceId)} | ${entry.terminated === null ? '' : String(entry.terminated)} | ${escapeCell(entry.message)} |`
    )
    core.info(
      `Drill post step: ${result.terminated} drill instance(s) terminated, ${result.unconfirmed} not confirmed.`
    )
    if (process.env.GITHUB_STEP_SUMMARY && lines.length > 0) {
      await core.summary
        .addRaw(
          `### Drill cleanup (post step)\n\n${result.terminated} terminated, ${result.unconfirmed} not confirmed.\n\n` +
            `| Source server | Recovery instance | Terminated | Message |\n|---|---|---|---|\n${lines.join('\n')}\n`,
          true
        )
        .write()
    }
    if (result.unconfirmed > 0) {
      core.setFailed(
        `${result.unconfirmed} drill instance termination(s) could not be confirmed: check the DRS console.`
      )
    }
  } catch (error) {
    core.setFailed(`Drill post step failed: ${errorMessage(error)}`)
  }
}
