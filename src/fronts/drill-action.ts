// The drill action's front (drill/action.yml, `main` and `post` run this same bundle): the only
// drill module that talks to the runner. The main step saves its ledger with core.saveState the
// moment DRS answers each job; the post step reads it and cleans up what the main step left.
import * as core from '@actions/core'
import { runnerPort } from './runner-port.js'
import { tmpdir } from 'node:os'
import { resultsFileName, writeResultsFile } from '../report/results-file.js'
import { errorMessage } from '../shared/port.js'
import { buildDrillOutputs, drillLogLine, renderDrillSummary } from '../drill/render.js'
import { drillFailureRow, type DrillRow } from '../drill/rows.js'
import { parseDrillSettings, type DrillSettings } from '../drill/settings.js'
import { DRILL_STATE_KEY, DrillLedger } from '../drill/state.js'
import { runContextFromEnv, runUrl } from './run-context.js'

export const USER_AGENT = 'drs-orchestration-action/drill'
const IS_POST = 'isPost'
/** After a cancel signal the engine gets this long to hand back its rows. */
const CANCEL_GRACE_MS = 3000

export function readDrillSettings(): DrillSettings {
  const settings = parseDrillSettings(name => core.getInput(name), runContextFromEnv(process.env))
  if (settings.externalId) core.setSecret(settings.externalId)
  return settings
}

function writeDrillResults(settings: DrillSettings, rows: readonly DrillRow[]): Promise<string> {
  return writeResultsFile(
    process.env.RUNNER_TEMP || tmpdir(),
    resultsFileName(settings.accountId, process.env.GITHUB_ACTION),
    rows
  )
}

async function report(
  settings: DrillSettings,
  rows: readonly DrillRow[],
  stopped: string | null,
  unconfirmed: number
): Promise<void> {
  const resultsFile = await writeDrillResults(settings, rows)
  const outputs = buildDrillOutputs(rows, settings.targets.length)
  for (const [name, value] of Object.entries(outputs)) {
    if (name !== 'truncatedWarning') core.setOutput(name, value)
  }
  core.setOutput('results-file', resultsFile)
  if (outputs.truncatedWarning) core.warning(outputs.truncatedWarning)
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = renderDrillSummary(settings, rows, {
      stopped,
      unconfirmed,
      runUrl: runUrl(settings.run) || null
    })
    await core.summary.addRaw(summary, true).write()
  }
  core.info(drillLogLine(rows))
  if (stopped) core.setFailed(stopped)
  else if (unconfirmed > 0) {
    core.setFailed(
      `${unconfirmed} drill instance termination(s) could not be confirmed: check the DRS console (they keep costing money).`
    )
  } else if (settings.failOnError && Number(outputs['failed-count']) > 0) {
    core.setFailed(
      `${outputs['failed-count']} server(s) failed, timed out or were not started; see the job summary.`
    )
  }
}

async function runMain(): Promise<void> {
  core.saveState(IS_POST, 'true')
  let settings: DrillSettings
  try {
    settings = readDrillSettings()
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }
  const ledger = new DrillLedger(settings.cleanup, state =>
    core.saveState(DRILL_STATE_KEY, JSON.stringify(state))
  )
  const cancel = new AbortController()
  let reported: Promise<void> | null = null
  const reportOnce = (
    rows: readonly DrillRow[],
    stopped: string | null,
    unconfirmed = 0
  ): Promise<void> => (reported ??= report(settings, rows, stopped, unconfirmed))
  let latest: readonly DrillRow[] = []
  const fallbackRows = (reason: string): readonly DrillRow[] =>
    latest.length > 0
      ? latest
      : settings.targets.flatMap(target =>
          settings.sourceRegions.map(region => drillFailureRow(target.accountId, region, reason))
        )
  let signalName: NodeJS.Signals | null = null
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalName) return
    signalName = signal
    core.warning(
      `Received ${signal}: stopping the drill; the post step terminates what it launched.`
    )
    cancel.abort()
    setTimeout(() => {
      const stopped = `Cancelled by ${signal}.`
      void reportOnce(fallbackRows(`${stopped} The rows were not known yet.`), stopped).then(() =>
        process.exit(1)
      )
    }, CANCEL_GRACE_MS).unref()
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
  try {
    const { runDrill } = await import('../drill/engine.js')
    const result = await runDrill(settings, runnerPort(), {
      env: process.env,
      userAgent: USER_AGENT,
      ledger,
      signal: cancel.signal,
      runUrl: runUrl(settings.run),
      progress: rows => (latest = rows)
    })
    const stopped =
      result.fatal ??
      (signalName
        ? `Cancelled by ${signalName}: the post step terminates the drill instances launched so far.`
        : null)
    await reportOnce(result.rows, stopped, result.unconfirmed)
  } catch (error) {
    const message = `Unexpected error: ${errorMessage(error)}`
    await reportOnce(fallbackRows(message), message)
  } finally {
    process.off('SIGTERM', onSignal)
    process.off('SIGINT', onSignal)
  }
}

/** `main` and `post` run the same bundle; the state the main step saved tells them apart. */
export async function runDrillStep(): Promise<void> {
  if (core.getState(IS_POST) === 'true') {
    const { runDrillPost } = await import('./drill-post.js')
    await runDrillPost()
  } else {
    await runMain()
  }
}
