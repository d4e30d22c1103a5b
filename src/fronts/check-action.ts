// The check action front (check/action.yml): the only module of the check that talks to the
// runner (@actions/core) or reads the environment. Inputs are checked before any token request or
// AWS call; the operation lives in src/check/.
import * as core from '@actions/core'
import { runnerPort } from './runner-port.js'
import { tmpdir } from 'node:os'
import { resultsFileName, writeResultsFile } from '../report/results-file.js'
import { errorMessage } from '../shared/port.js'
import { runContextFromEnv, runUrl } from './run-context.js'
import {
  buildCheckOutputs,
  checkFinalLogLine,
  failingRows,
  renderCheckSummary
} from '../check/report.js'
import { CHECK_STATUSES, type CheckRow } from '../check/rows.js'
import { parseCheckSettings, type CheckSettings } from '../check/settings.js'

const USER_AGENT = 'drs-orchestration-action/check'

const port = runnerPort()

/** Every row as JSON under RUNNER_TEMP/drs-results, where the org-wide report looks for them. */
function writeCheckResults(settings: CheckSettings, rows: readonly CheckRow[]): Promise<string> {
  return writeResultsFile(
    process.env.RUNNER_TEMP || tmpdir(),
    resultsFileName(settings.accountId, process.env.GITHUB_ACTION),
    rows
  )
}

async function report(
  settings: CheckSettings,
  rows: readonly CheckRow[],
  accountCount: number,
  stopped: string | null
): Promise<void> {
  const resultsFile = await writeCheckResults(settings, rows)
  const outputs = buildCheckOutputs(rows, accountCount)
  for (const [name, value] of Object.entries(outputs)) {
    if (name !== 'truncatedWarning') core.setOutput(name, value)
  }
  core.setOutput('results-file', resultsFile)
  if (outputs.truncatedWarning) core.warning(outputs.truncatedWarning)
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = renderCheckSummary(settings, rows, {
      stopped,
      runUrl: runUrl(settings.run) || null
    })
    await core.summary.addRaw(summary, true).write()
  }
  core.info(checkFinalLogLine(rows))
  const failing = failingRows(settings, rows)
  if (stopped) core.setFailed(stopped)
  else if (failing.length > 0) {
    const statuses = CHECK_STATUSES.filter(s => failing.some(row => row.status === s)).join(', ')
    core.setFailed(
      `${failing.length} row(s) with a status in fail-on (${statuses}); see the job summary.`
    )
  }
}

export async function run(): Promise<void> {
  let settings: CheckSettings
  try {
    settings = parseCheckSettings(name => core.getInput(name), runContextFromEnv(process.env))
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }
  if (settings.externalId) core.setSecret(settings.externalId)
  try {
    // Loaded after the input check so invalid input fails fast and start-up stays small.
    const { runCheck } = await import('../check/run.js')
    const result = await runCheck(settings, port, {
      env: process.env,
      userAgent: USER_AGENT,
      runUrl: runUrl(settings.run)
    })
    await report(settings, result.rows, result.accountCount, result.fatal)
  } catch (error) {
    core.setFailed(`The check stopped unexpectedly: ${errorMessage(error)}`)
  }
}
