// The action front: the only module of the action that talks to the runner (@actions/core).
import * as core from '@actions/core'
import { runnerPort } from './runner-port.js'
import { tmpdir } from 'node:os'
import { runContextFromEnv, runUrl } from './run-context.js'
import { parseSettings, type Settings } from '../settings/index.js'
import { errorMessage, type RunnerPort } from '../shared/port.js'
import { buildOutputs, failureReason, finalLogLine, shouldFail } from '../report/outputs.js'
import { buildReport } from '../report/report.js'
import { StageBoard } from '../report/stages.js'
import { renderSummary } from '../report/summary.js'
import { resultsFileName, writeResultsFile } from '../report/results-file.js'
import type { Row } from '../shared/rows.js'
import { channel, setOutputs, writeSummary } from './report-channels.js'
import { RunGuard } from './run-guard.js'
import { retrySettingsFromEnv } from '../aws/retry.js'

const USER_AGENT = 'drs-orchestration-action'

function actionPort(onProgress: (rows: readonly Row[]) => void, stages: StageBoard): RunnerPort {
  return {
    ...runnerPort(),
    progress: onProgress,
    stage: record => stages.update(record)
  }
}

async function report(
  settings: Settings,
  rows: readonly Row[],
  stopped: string | null,
  stages: StageBoard
): Promise<void> {
  const built = buildReport(rows)
  const { outputs, warning } = buildOutputs(built, settings.targets.length)
  const temp = process.env.RUNNER_TEMP || tmpdir()
  let resultsFile: string | null = null
  await channel(
    'results file',
    `RUNNER_TEMP (${temp}) must be a writable folder where drs-results is a folder or does not exist yet; no results-file output was set.`,
    true,
    async () => {
      const name = resultsFileName(settings.accountId, process.env.GITHUB_ACTION)
      resultsFile = await writeResultsFile(temp, name, rows)
    }
  )
  await channel(
    'step outputs',
    'GITHUB_OUTPUT must name a writable file (the runner sets it).',
    true,
    () => setOutputs(resultsFile === null ? outputs : { ...outputs, 'results-file': resultsFile })
  )
  if (warning) core.warning(warning)

  await writeSummary(
    () =>
      renderSummary(settings, built, {
        stopped,
        runUrl: runUrl(settings.run) || null,
        stages: stages.list()
      }),
    'the outputs and the results file hold the same rows'
  )
  await channel('final log line', 'the runner must take the step log.', false, () =>
    core.info(finalLogLine(built))
  )

  if (stopped) core.setFailed(stopped)
  else if (shouldFail(settings, built)) {
    core.setFailed(`${failureReason(built)}; see the job summary.`)
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

  const stages = new StageBoard()
  const guard = new RunGuard(settings, {
    report: (rows, stopped) => report(settings, rows, stopped, stages),
    cancelling: signal =>
      core.warning(`Received ${signal}: stopping the wait and reporting what is known.`),
    exit: () => process.exit(1)
  })
  try {
    // Loaded after the input check so invalid input fails fast and start-up stays small.
    const { runEngine } = await import('../engine.js')
    const result = await runEngine(
      settings,
      actionPort(rows => guard.progress(rows), stages),
      {
        ...retrySettingsFromEnv(process.env),
        userAgent: USER_AGENT,
        runUrl: runUrl(settings.run),
        signal: guard.signal
      }
    )
    await guard.finish(result)
  } catch (error) {
    // A report that itself failed is the same promise again: say so instead of a stack trace.
    await guard.crash(error).catch((again: unknown) => {
      core.setFailed(`Unexpected error while reporting: ${errorMessage(again)}`)
    })
  } finally {
    guard.dispose()
  }
}
