// The initialize-drs action front (initialize-drs/action.yml): the only module of this action that
// talks to the runner (@actions/core) or reads the environment. Inputs are checked before any
// token request or AWS call; the operation lives in src/initialize/.
import * as core from '@actions/core'
import { runnerPort } from './runner-port.js'
import { parseInitializeSettings, type InitializeSettings } from '../initialize/settings.js'
import {
  initializeLogLine,
  initializeOutputs,
  renderInitializeSummary
} from '../initialize/summary.js'
import { errorMessage } from '../shared/port.js'
import { channel, setOutputs, writeSummary } from './report-channels.js'
import { runContextFromEnv } from './run-context.js'

const USER_AGENT = 'drs-orchestration-action/initialize-drs'

const port = runnerPort()

export async function run(): Promise<void> {
  let settings: InitializeSettings
  try {
    settings = parseInitializeSettings(name => core.getInput(name), runContextFromEnv(process.env))
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }
  if (settings.externalId) core.setSecret(settings.externalId)
  try {
    // Loaded after the input check so invalid input fails fast and start-up stays small.
    const { runInitializeDrs } = await import('../initialize/run.js')
    const result = await runInitializeDrs(settings, port, {
      env: process.env,
      userAgent: USER_AGENT
    })
    await channel(
      'step outputs',
      'GITHUB_OUTPUT must name a writable file (the runner sets it).',
      true,
      () => setOutputs(initializeOutputs(result))
    )
    await writeSummary(
      () => renderInitializeSummary(settings, result),
      'the step outputs and the log hold the result'
    )
    core.info(initializeLogLine(settings, result))
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
