// `drs-orchestrate check`: the protection check from a terminal, as the check action runs it
// (src/check/run.ts), with the coverage and rows on stdout and fail-on deciding the exit code.
import { PROGRAM, type RunCommand } from './cli-args.js'
import {
  ambientCredentials,
  Console,
  consolePort,
  EXIT_FAILED,
  EXIT_OK,
  exitAfterFlush,
  jsonDocument,
  startingCredentialsText,
  tryWriteRows,
  type CliContext
} from './cli-console.js'
import { cliRunUrl } from './cli-install.js'
import { countsFromOutputs, renderCheckTerminal } from './cli-render.js'
import { buildCheckOutputs, checkFinalLogLine, failingRows } from '../check/report.js'
import { CHECK_STATUSES, countCheckStatuses, type CheckRow } from '../check/rows.js'
import type { CheckSettings } from '../check/settings.js'
import { errorMessage } from '../shared/port.js'

async function report(
  command: RunCommand<CheckSettings>,
  result: { rows: readonly CheckRow[]; fatal: string | null; accountCount: number },
  io: Console
): Promise<number> {
  io.stop()
  const { settings } = command
  const { rows, fatal } = result
  const written = await tryWriteRows(command.resultsFile, settings.accountId, 'cli-check', rows)
  if (command.json) {
    const counts = {
      ...countsFromOutputs(buildCheckOutputs(rows, result.accountCount)),
      byStatus: countCheckStatuses(rows)
    }
    io.out(jsonDocument(counts, rows, written.resultsFile, fatal))
    if (written.resultsFile) io.log(`Results file: ${written.resultsFile}`)
  } else {
    io.out(`${renderCheckTerminal(rows)}\n\n${checkFinalLogLine(rows)}\n`)
    if (written.resultsFile) io.out(`Results file: ${written.resultsFile}\n`)
  }
  if (written.writeProblem) io.log(`error: ${written.writeProblem}`)
  const failing = failingRows(settings, rows)
  if (fatal) io.log(`error: ${fatal}`)
  else if (failing.length > 0) {
    const statuses = CHECK_STATUSES.filter(s => failing.some(row => row.status === s)).join(', ')
    io.log(
      `error: ${failing.length} row(s) with a status in --fail-on (${statuses}); see the table above.`
    )
  }
  return fatal || written.writeProblem || failing.length > 0 ? EXIT_FAILED : EXIT_OK
}

export async function runCheckCommand(
  command: RunCommand<CheckSettings>,
  context: CliContext
): Promise<number> {
  const { settings } = command
  const { env, redactor } = context
  const io = Console.open(context, settings.externalId)
  // Read-only: an interrupted check leaves nothing behind, so a signal just ends it.
  const onSignal = (signal: NodeJS.Signals): void => {
    io.stop()
    io.log(`error: received ${signal}: the check only reads, nothing to clean up; stopped.`)
    void exitAfterFlush(EXIT_FAILED)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  io.log(
    `${PROGRAM} ${context.version} check: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
      `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, fail-on ${settings.failOn.join(',')}; ` +
      `starting credentials: ${startingCredentialsText(settings, command.profile, env)}; session ${settings.roleSessionName}.`
  )
  io.start('assuming the role, reading EC2 and DRS')
  try {
    const { runCheck } = await import('../check/run.js')
    const result = await runCheck(settings, consolePort(io, context, settings), {
      env,
      userAgent: `${PROGRAM}-check/${context.version}`,
      runUrl: cliRunUrl(settings),
      ambient: await ambientCredentials(settings, command, redactor)
    })
    return await report(command, result, io)
  } catch (error) {
    io.stop()
    io.log(`error: the check stopped unexpectedly: ${errorMessage(error)}`)
    return EXIT_FAILED
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
