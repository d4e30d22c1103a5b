// What every CLI operation shares around its run: stderr for humans (log lines and one live status
// line), stdout for the result, redaction of every secret, the starting credentials (the SDK chain
// or a GitHub OIDC token), the results file and the exit after the streams have flushed.
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, resolve } from 'node:path'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { CliSettings, CommonOptions } from './cli-args.js'
import { errorMessage, type RunnerPort } from '../shared/port.js'
import { Redactor, renderProgressLine } from '../report/progress.js'
import { stripControl } from '../report/text.js'
import { resultsFileName, writeResultsFile } from '../report/results-file.js'
import type { Row } from '../shared/rows.js'

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2
const CLEAR_LINE = '\r\x1b[2K'

/** What the dispatcher hands every operation's run. */
export interface CliContext {
  env: NodeJS.ProcessEnv
  redactor: Redactor
  version: string
}

/**
 * stderr for humans: log lines scroll, and on a terminal one status line stays at the bottom,
 * rewritten in place (counts per region for the install, the phase for the others).
 */
export class Console {
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

  static for(context: CliContext): Console {
    const live = Boolean(process.stderr.isTTY) && context.env.TERM !== 'dumb'
    return new Console(context.redactor, live)
  }

  /**
   * How every command starts: the external id redacted before anything prints, the console,
   * and Node's warnings routed through it.
   */
  static open(context: CliContext, externalId: string | null): Console {
    context.redactor.add(externalId)
    const io = Console.for(context)
    routeWarnings(io, context.env)
    return io
  }

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

/**
 * Node's warnings (the SDK's copies each warn about the Node version) go through the console
 * once each, redacted and below the status line, instead of Node's own printer.
 */
export function routeWarnings(io: Console, env: NodeJS.ProcessEnv): void {
  const seen = new Set<string>()
  process.removeAllListeners('warning')
  process.on('warning', warning => {
    if (env.NODE_NO_WARNINGS === '1' || seen.has(warning.message)) return
    seen.add(warning.message)
    io.log(`warning: ${warning.message.replace(/\s*\n\s*/g, ' ')}`)
  })
}

/** The engine's port onto the console; the OIDC token only when the run starts from one. */
export function consolePort(
  io: Console,
  context: CliContext,
  settings: CliSettings,
  progress?: (rows: readonly Row[]) => void
): RunnerPort {
  const debug = context.env.RUNNER_DEBUG === '1'
  const port: RunnerPort = {
    mask: secret => context.redactor.add(secret),
    info: message => io.log(message),
    warning: message => io.log(`warning: ${message}`),
    debug: message => {
      if (debug) io.log(`debug: ${message}`)
    },
    ...(progress ? { progress } : {})
  }
  if (settings.oidcRoleArn) port.getIdToken = audience => fetchIdToken(context.env, audience)
  return port
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

/**
 * The starting credentials: the SDK's default chain (or --profile), each identity masked the
 * moment it exists; undefined with --oidc-role-arn, where the engine starts from the token.
 */
export async function ambientCredentials(
  settings: CliSettings & { targetRegion: string },
  command: CommonOptions,
  redactor: Redactor
): Promise<AwsCredentialIdentityProvider | undefined> {
  if (settings.oidcRoleArn) return undefined
  const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers')
  const inner = fromNodeProviderChain({
    ...(command.profile ? { profile: command.profile } : {}),
    clientConfig: { region: settings.targetRegion }
  })
  return async identityProperties => {
    const identity = await inner(identityProperties)
    redactor.add(identity.accessKeyId)
    redactor.add(identity.secretAccessKey)
    if (identity.sessionToken) redactor.add(identity.sessionToken)
    return identity
  }
}

export function startingCredentialsText(
  settings: CliSettings,
  profile: string | null,
  env: NodeJS.ProcessEnv
): string {
  if (settings.oidcRoleArn) return `GitHub OIDC -> ${settings.oidcRoleArn}`
  if (profile) return `AWS profile ${profile}`
  if (env.AWS_ACCESS_KEY_ID) return 'AWS_ACCESS_KEY_ID from the environment'
  return 'the AWS SDK default chain'
}

/**
 * Every row as JSON: at `path`, or (null) in a new file per run under the OS temp folder, the
 * time and the process id keeping runs of the same account apart.
 */
export async function writeRows(
  path: string | null,
  accountId: string,
  label: string,
  rows: readonly object[]
): Promise<string> {
  if (path === null) {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')
    return writeResultsFile(
      tmpdir(),
      resultsFileName(accountId, `${label}-${stamp}-${process.pid}`),
      rows
    )
  }
  const target = resolve(path)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, `${JSON.stringify(rows, null, 2)}\n`, 'utf8')
  return target
}

/** The results file, or the problem writing it (reported, and the run exits 1). */
export async function tryWriteRows(
  ...args: Parameters<typeof writeRows>
): Promise<{ resultsFile: string | null; writeProblem: string | null }> {
  try {
    return { resultsFile: await writeRows(...args), writeProblem: null }
  } catch (error) {
    return {
      resultsFile: null,
      writeProblem: `Could not write the results file: ${errorMessage(error)}`
    }
  }
}

/** The `--json` document of check and drill: the shape the install's has. */
export function jsonDocument(
  counts: Record<string, unknown>,
  rows: readonly object[],
  resultsFile: string | null,
  stopped: string | null
): string {
  return `${JSON.stringify({ counts, rows, resultsFile, stopped }, null, 2)}\n`
}

/** Exits once stdout and stderr have taken everything written to them. */
export async function exitAfterFlush(code: number): Promise<never> {
  await Promise.all([
    new Promise(done => process.stdout.write('', done)),
    new Promise(done => process.stderr.write('', done))
  ])
  process.exit(code)
}
