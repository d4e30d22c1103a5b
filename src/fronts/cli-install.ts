// `drs-orchestrate [install]`: the same flow as the action (parse, run the engine, report, exit),
// with flags instead of inputs, the AWS SDK's credential chain instead of the runner's, and
// stdout/stderr instead of outputs and a job summary. Never imports @actions/core.
import { hostname } from 'node:os'
import { PROGRAM, type RunCommand } from './cli-args.js'
import {
  ambientCredentials,
  Console,
  consolePort,
  EXIT_FAILED,
  EXIT_OK,
  exitAfterFlush,
  startingCredentialsText,
  tryWriteRows,
  type CliContext
} from './cli-console.js'
import { runUrl } from './run-context.js'
import type { Settings } from '../settings/index.js'
import { jsonReport } from '../report/progress.js'
import { failureReason, finalLogLine, shouldFail } from '../report/outputs.js'
import { buildReport } from '../report/report.js'
import { runningStageText, StageBoard } from '../report/stages.js'
import { renderTerminalTable } from '../report/terminal.js'
import type { Row } from '../shared/rows.js'
import { RunGuard } from './run-guard.js'
import { retrySettingsFromEnv } from '../aws/retry.js'

async function report(
  command: RunCommand<Settings>,
  rows: readonly Row[],
  stopped: string | null,
  io: Console
): Promise<number> {
  io.stop()
  const { settings } = command
  const { resultsFile, writeProblem } = await tryWriteRows(
    command.resultsFile,
    settings.accountId,
    'cli',
    rows
  )
  const built = buildReport(rows)
  if (command.json) io.out(jsonReport(built, resultsFile, stopped))
  else {
    io.out(`${renderTerminalTable(built)}\n\n${finalLogLine(built)}\n`)
    if (resultsFile) io.out(`Results file: ${resultsFile}\n`)
  }
  if (command.json && resultsFile) io.log(`Results file: ${resultsFile}`)
  if (writeProblem) io.log(`error: ${writeProblem}`)

  if (stopped) io.log(`error: ${stopped}`)
  else if (shouldFail(settings, built)) {
    io.log(`error: ${failureReason(built)}; see the table above.`)
  }
  return stopped || writeProblem || shouldFail(settings, built) ? EXIT_FAILED : EXIT_OK
}

export async function runInstall(
  command: RunCommand<Settings>,
  context: CliContext
): Promise<number> {
  const { settings } = command
  const { env, redactor } = context
  const io = Console.open(context, settings.externalId)
  const port = consolePort(io, context, settings, rows => {
    guard.progress(rows)
    io.progress(rows)
  })
  const stages = new StageBoard()
  port.stage = record => {
    stages.update(record)
    io.stage(runningStageText(stages.list()))
  }

  const guard = new RunGuard(settings, {
    report: (rows, stopped) => report(command, rows, stopped, io),
    cancelling: signal =>
      io.log(
        `warning: received ${signal}: stopping the wait and reporting what is known (again to quit at once).`
      ),
    exit: code => exitAfterFlush(code),
    again: () => {
      // A second Ctrl-C: leave now.
      io.stop()
      process.exit(EXIT_FAILED)
    }
  })

  io.log(
    `${PROGRAM} ${context.version}: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
      `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, wait-for ${settings.waitFor}` +
      `${settings.dryRun ? ', dry run' : ''}; starting credentials: ${startingCredentialsText(settings, command.profile, env)}; ` +
      `session ${settings.roleSessionName}.`
  )
  io.start('assuming the role, discovering instances')

  try {
    // Loaded after the flags are checked, so bad usage fails fast and --help stays quick.
    const { runEngine } = await import('../engine.js')
    const result = await runEngine(settings, port, {
      ...retrySettingsFromEnv(env),
      userAgent: `${PROGRAM}/${context.version}`,
      runUrl: cliRunUrl(settings),
      signal: guard.signal,
      ambient: await ambientCredentials(settings, command, redactor)
    })
    return await guard.finish(result)
  } catch (error) {
    return await guard.crash(error)
  } finally {
    guard.dispose()
  }
}

/** The workflow run's link inside a job; from a terminal, who ran it where. */
export function cliRunUrl(settings: Pick<Settings, 'run' | 'roleSessionName'>): string {
  return (
    runUrl(settings.run) ||
    `${PROGRAM} run by ${settings.run.actor || 'unknown user'} on ${hostname()} (session ${settings.roleSessionName})`
  )
}
