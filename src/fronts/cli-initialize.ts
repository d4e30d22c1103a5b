// `drs-orchestrate initialize-drs`: DRS initialisation of one account's recovery region from a
// terminal, as the initialize-drs action runs it (src/initialize/run.ts): the outcome on stdout,
// 0 when DRS is (or already was) initialised, 1 when the run failed.
import { writeFile, mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { PROGRAM, type RunCommand } from './cli-args.js'
import {
  ambientCredentials,
  Console,
  consolePort,
  EXIT_FAILED,
  EXIT_OK,
  exitAfterFlush,
  startingCredentialsText,
  type CliContext
} from './cli-console.js'
import type { InitializeResult } from '../initialize/drs.js'
import type { InitializeSettings } from '../initialize/settings.js'
import { initializeLogLine } from '../initialize/summary.js'
import { errorMessage } from '../shared/port.js'

/** The --json document (and the --results-file content): the action's outputs and the changes. */
export function initializeDocument(
  settings: InitializeSettings,
  result: InitializeResult | null,
  stopped: string | null
): Record<string, unknown> {
  return {
    accountId: settings.accountId,
    region: settings.targetRegion,
    dryRun: settings.dryRun,
    initialized: result?.initialized ?? null,
    templateId: result?.templateId ?? null,
    templateCreated: result?.templateCreated ?? false,
    templateIds: result?.templateIds ?? [],
    changes: result?.changes ?? [],
    stopped
  }
}

/** What a person reads on stdout: the state, the template, then the final line. */
export function renderInitializeTerminal(
  settings: InitializeSettings,
  result: InitializeResult
): string {
  const state =
    result.initialized === 'true'
      ? 'initialised by this run'
      : result.initialized === 'already'
        ? 'already initialised'
        : 'not initialised (dry run: nothing changed)'
  const template = result.templateId
    ? `${result.templateId}${result.templateCreated ? ' (created by this run)' : ' (existing, left as it is)'}`
    : 'none yet'
  const lines = [
    `DRS in ${settings.targetRegion} (account ${settings.accountId}): ${state}`,
    `Replication template: ${template}`
  ]
  if (result.templateIds.length > 1) {
    lines.push(`Templates in the region: ${result.templateIds.join(', ')}`)
  }
  lines.push('', initializeLogLine(settings, result))
  return `${lines.join('\n')}\n`
}

async function writeDocument(path: string, document: Record<string, unknown>): Promise<string> {
  const target = resolve(path)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, `${JSON.stringify(document, null, 2)}\n`, 'utf8')
  return target
}

async function report(
  command: RunCommand<InitializeSettings>,
  result: InitializeResult | null,
  stopped: string | null,
  io: Console
): Promise<number> {
  io.stop()
  const { settings } = command
  const document = initializeDocument(settings, result, stopped)
  let writeProblem: string | null = null
  let written: string | null = null
  // No rows here, so no default file: only the document, and only when asked for.
  if (command.resultsFile !== null) {
    try {
      written = await writeDocument(command.resultsFile, document)
    } catch (error) {
      writeProblem = `Could not write the results file: ${errorMessage(error)}`
    }
  }
  if (command.json) io.out(`${JSON.stringify({ ...document, resultsFile: written }, null, 2)}\n`)
  else if (result) io.out(renderInitializeTerminal(settings, result))
  if (written) io.log(`Results file: ${written}`)
  if (writeProblem) io.log(`error: ${writeProblem}`)
  if (stopped) io.log(`error: ${stopped}`)
  return stopped || writeProblem ? EXIT_FAILED : EXIT_OK
}

export async function runInitializeCommand(
  command: RunCommand<InitializeSettings>,
  context: CliContext
): Promise<number> {
  const { settings } = command
  const { env, redactor } = context
  const io = Console.open(context, settings.externalId)
  // Each step is idempotent: an interrupted run is finished by running it again.
  const onSignal = (signal: NodeJS.Signals): void => {
    io.stop()
    io.log(
      `error: received ${signal}: stopped; run ${PROGRAM} initialize-drs again to finish (it only does what is still missing).`
    )
    void exitAfterFlush(EXIT_FAILED)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  io.log(
    `${PROGRAM} ${context.version} initialize-drs: account ${settings.accountId}, role ${settings.roleArn}, ` +
      `region ${settings.targetRegion}, staging subnet ${settings.stagingSubnetId}${settings.dryRun ? ', dry run' : ''}; ` +
      `starting credentials: ${startingCredentialsText(settings, command.profile, env)}; session ${settings.roleSessionName}.`
  )
  io.start('assuming the role, reading DRS')
  try {
    const { runInitializeDrs } = await import('../initialize/run.js')
    let result: InitializeResult | null = null
    let stopped: string | null = null
    try {
      result = await runInitializeDrs(settings, consolePort(io, context, settings), {
        env,
        userAgent: `${PROGRAM}-initialize-drs/${context.version}`,
        ambient: await ambientCredentials(settings, command, redactor)
      })
    } catch (error) {
      stopped = errorMessage(error)
    }
    return await report(command, result, stopped, io)
  } catch (error) {
    io.stop()
    io.log(`error: initialize-drs stopped unexpectedly: ${errorMessage(error)}`)
    return EXIT_FAILED
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
