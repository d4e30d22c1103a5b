// The action front: the only module of the action that talks to the runner (@actions/core).
import * as core from '@actions/core'
import { setMaxListeners } from 'node:events'
import { tmpdir } from 'node:os'
import { runContextFromEnv, runUrl } from './context.js'
import { parseSettings, type Settings } from './inputs.js'
import { errorMessage, type RunnerPort } from './port.js'
import { buildOutputs, finalLogLine, renderSummary, shouldFail } from './report.js'
import { resultsFileName, writeResultsFile } from './results-file.js'
import { stoppedRunRows, type Row } from './rows.js'

const USER_AGENT = 'drs-orchestration-action'
// After a cancel signal the engine gets this long to hand back its rows before we report what we have.
const CANCEL_GRACE_MS = 3000

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
  const outputs = buildOutputs([...rows])
  for (const [name, value] of Object.entries(outputs)) {
    if (name !== 'truncatedWarning') core.setOutput(name, value)
  }
  core.setOutput('results-file', resultsFile)
  if (outputs.truncatedWarning) core.warning(outputs.truncatedWarning)
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(
        renderSummary(settings, [...rows], { stopped, runUrl: runUrl(settings.run) || null }),
        true
      )
      .write()
  }
  core.info(finalLogLine([...rows]))
  if (stopped) core.setFailed(stopped)
  else if (shouldFail(settings, [...rows])) {
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

  let latestRows: readonly Row[] = []
  let reported: Promise<void> | null = null
  // The engine's return and the cancel timer race; whichever comes first reports, once.
  const reportOnce = (rows: readonly Row[], stopped: string | null): Promise<void> =>
    (reported ??= report(settings, rows, stopped))
  const cancel = new AbortController()
  // Every in-flight AWS request listens on this signal; a 5,000-instance run has dozens at once.
  setMaxListeners(0, cancel.signal)
  let cancelled: Promise<void> | null = null
  const onSignal = (signal: NodeJS.Signals): void => {
    if (cancelled) return
    core.warning(`Received ${signal}: stopping the wait and reporting what is known.`)
    cancel.abort()
    cancelled = new Promise(resolve => setTimeout(resolve, CANCEL_GRACE_MS).unref())
    void cancelled.then(async () => {
      // The engine did not hand back in time: report the last rows it published, then leave.
      await reportOnce(latestRows, `Cancelled by ${signal}.`)
      process.exit(1)
    })
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)

  try {
    // Loaded after the input check so invalid input fails fast and start-up stays small.
    const { runEngine } = await import('./engine.js')
    const result = await runEngine(
      settings,
      actionPort(rows => (latestRows = rows)),
      {
        env: process.env,
        userAgent: USER_AGENT,
        runUrl: runUrl(settings.run),
        signal: cancel.signal
      }
    )
    const stopped =
      result.fatal ?? (cancel.signal.aborted ? 'Cancelled before the wait ended.' : null)
    await reportOnce(result.rows, stopped)
  } catch (error) {
    // A bug, not an AWS answer: still leave a report naming every source region.
    const message = `Unexpected error: ${errorMessage(error)}`
    const rows =
      latestRows.length > 0
        ? latestRows
        : stoppedRunRows(settings.accountId, settings.sourceRegions, message)
    await reportOnce(rows, message)
  } finally {
    process.off('SIGTERM', onSignal)
    process.off('SIGINT', onSignal)
  }
}
