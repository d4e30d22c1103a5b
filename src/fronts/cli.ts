// The terminal front: the same flow as main.ts (parse, run the engine, report, exit), with flags
// instead of inputs, the AWS SDK's credential chain instead of the runner's, and stdout/stderr
// instead of outputs and a job summary. Never imports @actions/core.
import { mkdir, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { dirname, resolve } from 'node:path'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import pkg from '../../package.json' with { type: 'json' }
import { helpText, parseCliArgs, PROGRAM, UsageError, type CliCommand } from './cli-args.js'
import { runUrl } from './run-context.js'
import type { Settings } from '../settings/index.js'
import { errorMessage, type RunnerPort } from '../shared/port.js'
import { jsonReport, Redactor, renderProgressLine } from '../report/progress.js'
import { failureReason, finalLogLine, shouldFail } from '../report/outputs.js'
import { buildReport } from '../report/report.js'
import { runningStageText, StageBoard } from '../report/stages.js'
import { renderTerminalTable } from '../report/terminal.js'
import { stripControl } from '../report/text.js'
import { resultsFileName, writeResultsFile } from '../report/results-file.js'
import type { Row } from '../shared/rows.js'
import { RunGuard } from './run-guard.js'
import { retrySettingsFromEnv } from '../aws/retry.js'

const VERSION: string = pkg.version
const USER_AGENT = `${PROGRAM}/${VERSION}`
const EXIT_OK = 0
const EXIT_FAILED = 1
const EXIT_USAGE = 2
const CLEAR_LINE = '\r\x1b[2K'

/**
 * stderr for humans: log lines scroll, and on a terminal one status line stays at the bottom,
 * rewritten in place with the counts per region.
 */
class Console {
  private status = ''
  private timer: NodeJS.Timeout | null = null
  private rows: readonly Row[] = []
  private phase = 'starting'
  private stageText: string | null = null
  private readonly started = Date.now()

  constructor(
    private readonly redactor: Redactor,
    private readonly live: boolean
  ) {}

  log(line: string): void {
    const text = stripControl(this.redactor.redact(line))
    if (this.live && this.status) process.stderr.write(CLEAR_LINE)
    process.stderr.write(`${text}\n`)
    if (this.live && this.status) process.stderr.write(this.status)
  }

  out(text: string): void {
    process.stdout.write(this.redactor.redact(text))
  }

  start(phase: string): void {
    this.phase = phase
    if (!this.live) return
    this.draw()
    this.timer = setInterval(() => this.draw(), 1000)
    this.timer.unref()
  }

  progress(rows: readonly Row[]): void {
    this.rows = rows
    if (this.live) this.draw()
  }

  /** The staged roll-out's running stage, named on the progress line. */
  stage(text: string | null): void {
    this.stageText = text
    if (this.live) this.draw()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    if (this.live && this.status) process.stderr.write(CLEAR_LINE)
    this.status = ''
  }

  private draw(): void {
    const line = renderProgressLine(this.rows, {
      elapsedMs: Date.now() - this.started,
      width: process.stderr.columns ?? 100,
      phase: this.phase,
      stage: this.stageText
    })
    this.status = stripControl(this.redactor.redact(line))
    process.stderr.write(`${CLEAR_LINE}${this.status}`)
  }
}

/** The GitHub OIDC token, fetched as @actions/core's getIDToken does (inside a job only). */
async function fetchIdToken(env: NodeJS.ProcessEnv, audience: string): Promise<string> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!requestUrl || !requestToken) {
    throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set')
  }
  const url = new URL(requestUrl)
  url.searchParams.set('audience', audience)
  let lastError = 'no attempt'
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const response = await fetch(url, {
        headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(30_000)
      })
      if (response.ok) {
        const body = (await response.json()) as { value?: unknown }
        if (typeof body.value !== 'string' || body.value === '')
          throw new Error('the answer holds no token')
        return body.value
      }
      lastError = `HTTP ${response.status}`
      // Only a server-side failure is worth another try.
      if (response.status < 500) break
    } catch (error) {
      lastError = errorMessage(error)
    }
    await new Promise(done => setTimeout(done, 500 * attempt))
  }
  throw new Error(`OIDC token request failed (${lastError})`)
}

/** Masks whatever the starting chain returns, as the engine masks the sessions it creates. */
function maskingProvider(
  inner: AwsCredentialIdentityProvider,
  mask: (secret: string) => void
): AwsCredentialIdentityProvider {
  return async identityProperties => {
    const identity = await inner(identityProperties)
    mask(identity.accessKeyId)
    mask(identity.secretAccessKey)
    if (identity.sessionToken) mask(identity.sessionToken)
    return identity
  }
}

function startingCredentialsText(
  settings: Settings,
  profile: string | null,
  env: NodeJS.ProcessEnv
): string {
  if (settings.oidcRoleArn) return `GitHub OIDC -> ${settings.oidcRoleArn}`
  if (profile) return `AWS profile ${profile}`
  if (env.AWS_ACCESS_KEY_ID) return 'AWS_ACCESS_KEY_ID from the environment'
  return 'the AWS SDK default chain'
}

async function writeRows(
  path: string | null,
  settings: Settings,
  rows: readonly Row[]
): Promise<string> {
  if (path === null) {
    // A new file per run: the time and the process id keep runs of the same account apart.
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')
    return writeResultsFile(
      tmpdir(),
      resultsFileName(settings.accountId, `cli-${stamp}-${process.pid}`),
      rows
    )
  }
  const target = resolve(path)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, `${JSON.stringify(rows, null, 2)}\n`, 'utf8')
  return target
}

async function report(
  command: CliCommand & { kind: 'run' },
  rows: readonly Row[],
  stopped: string | null,
  io: Console
): Promise<number> {
  io.stop()
  const { settings } = command
  let resultsFile: string | null = null
  let writeProblem: string | null = null
  try {
    resultsFile = await writeRows(command.resultsFile, settings, rows)
  } catch (error) {
    writeProblem = `Could not write the results file: ${errorMessage(error)}`
  }

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

async function runCommand(
  command: CliCommand & { kind: 'run' },
  env: NodeJS.ProcessEnv,
  redactor: Redactor
): Promise<number> {
  const { settings } = command
  redactor.add(settings.externalId)
  const live = Boolean(process.stderr.isTTY) && env.TERM !== 'dumb'
  const io = new Console(redactor, live)
  const debug = env.RUNNER_DEBUG === '1'

  // Node's warnings (the SDK's copies each warn about the Node version) go through the console
  // once each, redacted and below the status line, instead of Node's own printer.
  const seenWarnings = new Set<string>()
  process.removeAllListeners('warning')
  process.on('warning', warning => {
    if (env.NODE_NO_WARNINGS === '1' || seenWarnings.has(warning.message)) return
    seenWarnings.add(warning.message)
    io.log(`warning: ${warning.message.replace(/\s*\n\s*/g, ' ')}`)
  })

  const stages = new StageBoard()
  const port: RunnerPort = {
    mask: secret => redactor.add(secret),
    info: message => io.log(message),
    warning: message => io.log(`warning: ${message}`),
    debug: message => {
      if (debug) io.log(`debug: ${message}`)
    },
    progress: rows => {
      guard.progress(rows)
      io.progress(rows)
    },
    stage: record => {
      stages.update(record)
      io.stage(runningStageText(stages.list()))
    }
  }
  if (settings.oidcRoleArn) port.getIdToken = audience => fetchIdToken(env, audience)

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
    `${PROGRAM} ${VERSION}: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
      `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, wait-for ${settings.waitFor}` +
      `${settings.dryRun ? ', dry run' : ''}; starting credentials: ${startingCredentialsText(settings, command.profile, env)}; ` +
      `session ${settings.roleSessionName}.`
  )
  io.start('assuming the role, discovering instances')

  try {
    // Loaded after the flags are checked, so bad usage fails fast and --help stays quick.
    const { runEngine } = await import('../engine.js')
    let ambient: AwsCredentialIdentityProvider | undefined
    if (!settings.oidcRoleArn) {
      const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers')
      ambient = maskingProvider(
        fromNodeProviderChain({
          ...(command.profile ? { profile: command.profile } : {}),
          clientConfig: { region: settings.targetRegion }
        }),
        secret => redactor.add(secret)
      )
    }
    const result = await runEngine(settings, port, {
      ...retrySettingsFromEnv(env),
      userAgent: USER_AGENT,
      runUrl:
        runUrl(settings.run) ||
        `${PROGRAM} run by ${settings.run.actor || 'unknown user'} on ${hostname()} (session ${settings.roleSessionName})`,
      signal: guard.signal,
      ambient
    })
    return await guard.finish(result)
  } catch (error) {
    return await guard.crash(error)
  } finally {
    guard.dispose()
  }
}

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

  let command: CliCommand
  try {
    command = parseCliArgs(argv, env)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(
      redactor.redact(`${PROGRAM}: ${error.message}\nRun "${PROGRAM} --help" for the flags.\n`)
    )
    return EXIT_USAGE
  }
  if (command.kind === 'help') {
    process.stdout.write(helpText())
    return EXIT_OK
  }
  if (command.kind === 'version') {
    process.stdout.write(`${PROGRAM} ${VERSION}\n`)
    return EXIT_OK
  }
  return runCommand(command, env, redactor)
}

/** Exits once stdout and stderr have taken everything written to them. */
async function exitAfterFlush(code: number): Promise<never> {
  await Promise.all([
    new Promise(done => process.stdout.write('', done)),
    new Promise(done => process.stderr.write('', done))
  ])
  process.exit(code)
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
