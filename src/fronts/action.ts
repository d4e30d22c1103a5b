// The action front: the only module of the action that talks to the runner (@actions/core).
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { runContextFromEnv, runUrl } from './run-context.js'
import { parseSettings, type Settings } from '../settings/inputs.js'
import { errorMessage, type RunnerPort } from '../shared/port.js'
import { buildOutputs, finalLogLine, renderSummary, shouldFail } from '../report/render.js'
import { resultsFileName, writeResultsFile } from '../report/results-file.js'
import type { Row } from '../shared/rows.js'
import { RunGuard } from './run-guard.js'
import { retrySettingsFromEnv } from '../aws/retry.js'

const USER_AGENT = 'drs-orchestration-action'

function actionPort(onProgress: (rows: readonly Row[]) => void): RunnerPort {
  return {
    mask: secret => core.setSecret(secret),
    getIdToken: audience => core.getIDToken(audience),
    info: message => core.info(message),
    warning: message => core.warning(message),
    debug: message => core.debug(message),
    progress: onProgress
  }
}

async function report(
  settings: Settings,
  rows: readonly Row[],
  stopped: string | null
): Promise<void> {
  const resultsFile = await writeResultsFile(
    process.env.RUNNER_TEMP || tmpdir(),
    resultsFileName(settings.accountId, process.env.GITHUB_ACTION),
    rows
  )
  const outputs = buildOutputs(rows)
  for (const [name, value] of Object.entries(outputs)) {
    if (name !== 'truncatedWarning') core.setOutput(name, value)
  }
  core.setOutput('results-file', resultsFile)
  if (outputs.truncatedWarning) core.warning(outputs.truncatedWarning)
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(
        renderSummary(settings, rows, { stopped, runUrl: runUrl(settings.run) || null }),
        true
      )
      .write()
  }
  core.info(finalLogLine(rows))
  if (stopped) core.setFailed(stopped)
  else if (shouldFail(settings, rows)) {
    core.setFailed(
      `${outputs['failed-count']} instance(s) or region(s) failed or timed out; see the job summary.`
    )
  }
}

export async function run(): Promise<void> {
  let settings: Settings
  try {
    settings = parseSettings(name => core.getInput(name), runContextFromEnv(process.env))
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }
  if (settings.externalId) core.setSecret(settings.externalId)

  const guard = new RunGuard(settings, {
    report: (rows, stopped) => report(settings, rows, stopped),
    cancelling: signal =>
      core.warning(`Received ${signal}: stopping the wait and reporting what is known.`),
    exit: () => process.exit(1)
  })
  try {
    // Loaded after the input check so invalid input fails fast and start-up stays small.
    const { runEngine } = await import('../engine.js')
    const result = await runEngine(
      settings,
      actionPort(rows => guard.progress(rows)),
      {
        ...retrySettingsFromEnv(process.env),
        userAgent: USER_AGENT,
        runUrl: runUrl(settings.run),
        signal: guard.signal
      }
    )
    await guard.finish(result)
  } catch (error) {
    await guard.crash(error)
  } finally {
    guard.dispose()
  }
}
