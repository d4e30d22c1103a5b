// Runs the bundled action exactly as the GitHub runner does: INPUT_* variables with action.yml's
// defaults, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, RUNNER_TEMP, the OIDC request variables and
// AWS_ENDPOINT_URL pointing at the local simulator. Used by the end-to-end tests, the demo and the bench.
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface SimulatorHandle {
  url: string
  oidc: { requestUrl: string; requestToken: string }
}

export interface RunActionOptions {
  /** Action inputs by name (as in action.yml); unset ones take action.yml's defaults. */
  inputs: Record<string, string>
  simulator: SimulatorHandle
  /** Provide ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN (what `permissions: id-token: write` gives). */
  oidc?: boolean
  /** Ambient credentials put in the environment (AWS_ACCESS_KEY_ID, ...). */
  ambient?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  env?: Record<string, string>
  /** Send this signal after `afterMs`, or when the log first contains `whenLogIncludes`. */
  signal?: { name: NodeJS.Signals; afterMs?: number; whenLogIncludes?: string }
  /** Bundle to run; default dist/index.js. */
  entry?: string
  /** Action metadata for defaults; default action.yml. */
  actionYml?: string
  onSpawn?: (pid: number, spawnedAt: number) => void
}

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** stdout + stderr as the runner would show it. */
  log: string
  outputs: Record<string, string>
  summary: string
  /** The rows of the results-file output, read before the temporary folders are removed. */
  resultsFileRows: unknown[] | null
  env: Record<string, string>
  spawnedAt: number
  exitedAt: number
}

/** Parses the runner's file-command format: `name<<DELIM\nvalue\nDELIM` blocks (and `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      outputs[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return outputs
}

export async function inputDefaults(
  actionYml = join(repoRoot, 'action.yml')
): Promise<Record<string, string>> {
  const action = parse(await readFile(actionYml, 'utf8')) as {
    inputs: Record<string, { default?: unknown }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined) defaults[name] = String(spec.default)
  }
  return defaults
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const work = await mkdtemp(join(tmpdir(), 'drs-action-'))
  const outputFile = join(work, 'github_output')
  const summaryFile = join(work, 'step_summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const home = join(work, 'home')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    // No shared config or credentials file from the developer's machine.
    AWS_CONFIG_FILE: join(home, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    // The runner has Node 24; this machine's Node 20 would make every SDK client warn.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_ENDPOINT_URL: options.simulator.url,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo/fleet',
    GITHUB_WORKFLOW: 'DR roll-out',
    GITHUB_ACTOR: 'dependabot[bot]',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTION: 'drs',
    RUNNER_TEMP: join(work, 'runner_temp')
  }
  if (options.oidc !== false) {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = options.simulator.oidc.requestUrl
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = options.simulator.oidc.requestToken
  }
  if (options.ambient) {
    env.AWS_ACCESS_KEY_ID = options.ambient.accessKeyId
    env.AWS_SECRET_ACCESS_KEY = options.ambient.secretAccessKey
    if (options.ambient.sessionToken) env.AWS_SESSION_TOKEN = options.ambient.sessionToken
  }
  const inputs = { ...(await inputDefaults(options.actionYml)), ...options.inputs }
  for (const [name, value] of Object.entries(inputs)) {
    // The runner's naming: spaces become underscores, upper case, hyphens kept.
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  Object.assign(env, options.env)

  await mkdir(home, { recursive: true })
  await mkdir(env.RUNNER_TEMP, { recursive: true })

  const entry = options.entry ?? join(repoRoot, 'dist', 'index.js')
  const spawnedAt = Date.now()
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  options.onSpawn?.(child.pid ?? 0, spawnedAt)
  let log = ''
  let signalled = false
  const maybeSignal = (): void => {
    const wanted = options.signal
    if (!wanted || signalled || wanted.whenLogIncludes === undefined) return
    if (log.includes(wanted.whenLogIncludes)) {
      signalled = true
      child.kill(wanted.name)
    }
  }
  child.stdout.on('data', chunk => {
    log += String(chunk)
    maybeSignal()
  })
  child.stderr.on('data', chunk => {
    log += String(chunk)
    maybeSignal()
  })
  let timer: NodeJS.Timeout | undefined
  if (options.signal?.afterMs !== undefined) {
    const { name, afterMs } = options.signal
    timer = setTimeout(() => {
      signalled = true
      child.kill(name)
    }, afterMs)
  }
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(done =>
    child.on('close', (code, sig) => done([code, sig]))
  )
  const exitedAt = Date.now()
  if (timer) clearTimeout(timer)

  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'))
  const summary = await readFile(summaryFile, 'utf8')
  const resultsFileRows = outputs['results-file']
    ? (JSON.parse(await readFile(outputs['results-file'], 'utf8')) as unknown[])
    : null
  await rm(work, { recursive: true, force: true }).catch(() => undefined)
  return { exitCode, signal, log, outputs, summary, resultsFileRows, env, spawnedAt, exitedAt }
}
