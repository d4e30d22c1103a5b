// The terminal front: picks the subcommand (install when none is named), parses its flags, and
// hands the validated command to the operation's run, which reports and returns the exit code.
// Never imports @actions/core.
import pkg from '../../package.json' with { type: 'json' }
import { parseOperationArgs, PROGRAM, UsageError } from './cli-args.js'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, exitAfterFlush } from './cli-console.js'
import { helpText } from './cli-help.js'
import { OPERATIONS, selectOperation } from './cli-operations.js'
import { errorMessage } from '../shared/port.js'
import { Redactor } from '../report/progress.js'

const VERSION: string = pkg.version

/** Runs the CLI and returns its exit code (0 done, 1 failed, 2 bad usage). */
async function cli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  redactor: Redactor
): Promise<number> {
  // Defence in depth: secrets the environment already holds never reach the terminal.
  for (const name of [
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
  ])
    redactor.add(env[name])

  const { operation, args, named } = selectOperation(argv)
  const helpCommand = named ? `${PROGRAM} ${operation.name} --help` : `${PROGRAM} --help`
  let command
  try {
    command = parseOperationArgs(operation, args, env, {
      commands: OPERATIONS.map(op => op.name)
    })
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(
      redactor.redact(`${PROGRAM}: ${error.message}\nRun "${helpCommand}" for the flags.\n`)
    )
    return EXIT_USAGE
  }
  if (command.kind === 'help') {
    process.stdout.write(helpText(operation))
    return EXIT_OK
  }
  if (command.kind === 'version') {
    process.stdout.write(`${PROGRAM} ${VERSION}\n`)
    return EXIT_OK
  }
  return operation.run(command, { env, redactor, version: VERSION })
}

/** The CLI's whole life: parse, run, report, exit with the code. */
export async function main(): Promise<never> {
  // A closed pipe (`| head`) is not worth a stack trace; the exit code still tells the outcome.
  process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error
  })
  const redactor = new Redactor()
  try {
    return await exitAfterFlush(await cli(process.argv.slice(2), process.env, redactor))
  } catch (error) {
    process.stderr.write(redactor.redact(`${PROGRAM}: unexpected error: ${errorMessage(error)}\n`))
    return await exitAfterFlush(EXIT_FAILED)
  }
}
