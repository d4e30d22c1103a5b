// The CLI's flags: one `--<input>` flag per input of the operation (generated from its input spec,
// INPUTS for the install, so the terminal and action.yml never drift), plus a few terminal-only
// options. node:util parseArgs tokenises; this module gives the tokens their meaning. Pure: argv
// and env in, a parsed command (with validated settings) out, or a UsageError naming the flag.
import { runContextFromEnv } from './run-context.js'
import { closest, flagForm, FlagReader, tokenize, type Source } from './cli-flags.js'
import {
  formatProblem,
  INPUTS,
  InputError,
  parseSettings,
  sanitiseSessionName,
  type InputProblem,
  type InputSpec,
  type RunContext,
  type Settings
} from '../settings/index.js'

export const PROGRAM = 'drs-orchestrate'
export { CLI_ONLY_OPTIONS, closest, flagForm, isBooleanInput } from './cli-flags.js'

/** What every operation's settings carry that the CLI itself looks at. */
export interface CliSettings {
  oidcRoleArn: string | null
}

/** One operation as the parser sees it: its inputs and their (pure) parser. */
export interface CliSpec<S extends CliSettings = CliSettings> {
  /** The subcommand (`install` is also what runs without one). */
  name: string
  inputs: readonly InputSpec[]
  parse(read: (name: string) => string, run: RunContext): S
  /** Notes under an input in --help, where this operation's CLI differs from its action. */
  notes?: Readonly<Record<string, string>>
}

/** What the positional form `ACCOUNT SOURCE_REGION TARGET_REGION` fills (the seed script's order). */
export const POSITIONALS = [
  { label: 'ACCOUNT', input: 'account-id' },
  { label: 'SOURCE_REGION', input: 'source-regions' },
  { label: 'TARGET_REGION', input: 'target-region' }
] as const

/** The environment variable `--role-arn` defaults to, as in the seed's deploy script. */
export const ROLE_ARN_ENV = 'AWS_ROLE_ARN'
/** Given, an input that replaces role-arn (many accounts): AWS_ROLE_ARN is then no default. */
const ROLE_ARN_ALTERNATIVE = 'accounts'

/** Notes for inputs every operation shares: what the terminal does differently from a job. */
export const SHARED_NOTES: Readonly<Record<string, string>> = {
  'oidc-role-arn':
    'Outside GitHub Actions leave it unset: the CLI starts from your AWS credentials (--profile, AWS_PROFILE, AWS_ACCESS_KEY_ID, SSO). Inside a job it needs ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN (permissions: id-token: write).',
  'role-session-name': 'CLI default: drs-cli-<UTC timestamp>.',
  'session-tagging':
    'From the CLI, SourceIdentity is your user name ($USER), and the GitHub session tags are set only when GITHUB_* variables are present.'
}

export const INSTALL_SPEC: CliSpec<Settings> = {
  name: 'install',
  inputs: INPUTS,
  parse: parseSettings,
  notes: { 'fail-on-error': 'The CLI exits 1 when any row is failed or timed-out.' }
}

/** Inputs that take a list: repeating the flag adds to the list instead of being an error. */
export const LIST_INPUTS: readonly string[] = listInputs(INPUTS)

export function listInputs(inputs: readonly InputSpec[]): string[] {
  return inputs.filter(spec => spec.kind === 'list').map(spec => spec.name)
}

/** Whether the operation takes `ACCOUNT SOURCE_REGION TARGET_REGION`. */
export function takesPositionals(inputs: readonly InputSpec[]): boolean {
  return POSITIONALS.every(({ input }) => inputs.some(spec => spec.name === input))
}

/** The --help note of one input: generated ones (positional, env default, repeatable) first. */
export function noteFor(spec: InputSpec, operation: CliSpec): string {
  const notes: string[] = []
  const positional = POSITIONALS.find(p => p.input === spec.name)
  if (positional && takesPositionals(operation.inputs))
    notes.push(`Also the positional ${positional.label}.`)
  if (spec.name === 'role-arn') notes.push(`Default: $${ROLE_ARN_ENV}.`)
  const text = operation.notes?.[spec.name] ?? SHARED_NOTES[spec.name]
  if (text) notes.push(text)
  if (spec.kind === 'list') notes.push('Repeatable.')
  return notes.join(' ')
}

/** The install's notes per input, as --help shows them. */
export const CLI_NOTES: Readonly<Record<string, string>> = Object.fromEntries(
  INPUTS.map(spec => [spec.name, noteFor(spec, INSTALL_SPEC)]).filter(([, note]) => note !== '')
)

export class UsageError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} problems:\n${problems.map(p => `  - ${p}`).join('\n')}`
    )
    this.name = 'UsageError'
  }
}

export interface CommonOptions {
  /** Print the counts and rows as the only stdout content; logs go to stderr. */
  json: boolean
  /** Where to write every row; null: a file in the OS temp folder. */
  resultsFile: string | null
  /** Starting AWS profile (--profile, else AWS_PROFILE); null: the SDK's default chain. */
  profile: string | null
}

export type CliCommand<S extends CliSettings = Settings> =
  | ({ kind: 'help'; settings?: undefined } & CommonOptions)
  | ({ kind: 'version'; settings?: undefined } & CommonOptions)
  | ({ kind: 'run'; settings: S } & CommonOptions)

export type RunCommand<S extends CliSettings = Settings> = CliCommand<S> & { kind: 'run' }

export interface ParseOptions {
  /** The time the default session name is made from; default: now. */
  now?: Date
  /** The subcommand names, for "did you mean" when one is misspelt or misplaced. */
  commands?: readonly string[]
}

/** `drs-cli-20250101T120000Z`: readable in CloudTrail, valid for STS. */
export function defaultSessionName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return sanitiseSessionName(`drs-cli-${stamp}`)
}

/**
 * The run facts the engine puts on the target session: GitHub's when the CLI runs inside a job,
 * else the local user as the actor (SourceIdentity) and nothing else.
 */
export function cliRunContext(env: NodeJS.ProcessEnv): RunContext {
  const run = runContextFromEnv(env)
  return { ...run, actor: env.GITHUB_ACTOR || env.USER || env.LOGNAME || env.USERNAME || '' }
}

/** Says where a value came from, so an InputError reads as the user's own words. */
function describeSource(name: string, source: Source | undefined): string {
  if (source?.kind === 'positional') return `${source.label} (positional; same as --${name})`
  if (source?.kind === 'env') return `${source.name} (the default for --${name})`
  return `--${name}`
}

/** Input names inside an expectation become flags (`role-arn` -> `--role-arn`). */
function flagWords(text: string, inputs: readonly InputSpec[]): string {
  let result = text
  for (const other of inputs) {
    if (!other.name.includes('-')) continue
    result = result.replace(
      new RegExp(`(?<![\\w-])${other.name}(?![\\w-])`, 'g'),
      `--${other.name}`
    )
  }
  return result
}

/** One parser problem in flag terms; the value the user gave stays as it was. */
function mapProblem(problem: InputProblem, spec: CliSpec, sources: Map<string, Source>): string {
  const input = spec.inputs.find(candidate => candidate.name === problem.input)
  if (!input) return formatProblem(problem)
  const name = problem.input
  const source = sources.get(name)
  const expected =
    flagWords(problem.expected, spec.inputs) + (problem.required ? ' (required)' : '')
  const got = problem.got === undefined ? '' : `, got "${problem.got}"`
  let hint = ''
  if (problem.required && !source) {
    const positional = takesPositionals(spec.inputs) && POSITIONALS.some(p => p.input === name)
    if (name === 'role-arn') hint = `; pass ${flagForm(input)} or set ${ROLE_ARN_ENV}`
    else if (positional) hint = `; pass ${flagForm(input)}, or ACCOUNT SOURCE_REGION TARGET_REGION`
    else hint = `; pass ${flagForm(input)}`
  } else if (source?.kind !== 'positional' && source?.kind !== 'env') {
    hint = ` (form: ${flagForm(input)})`
  }
  return `${describeSource(name, source)}: expected ${expected}${got}${hint}`
}

/** ACCOUNT SOURCE_REGION TARGET_REGION into their inputs, or a problem naming the form. */
function applyPositionals(flags: FlagReader, spec: CliSpec, commands: readonly string[]): void {
  const { positionals, problems } = flags
  if (positionals.length === 0) return
  const command = closest(positionals[0], commands)
  if (command !== null && !/^\d+$/.test(positionals[0])) {
    problems.push(
      positionals[0] === command
        ? `${command} must be the first argument: ${PROGRAM} ${command} [flags] (see ${PROGRAM} ${command} --help)`
        : `unknown command "${positionals[0]}" (did you mean ${command}?): ${PROGRAM} ${command} [flags]`
    )
    return
  }
  if (!takesPositionals(spec.inputs)) {
    problems.push(`${PROGRAM} ${spec.name} takes no positional arguments; see --help`)
  } else if (positionals.length === POSITIONALS.length) {
    POSITIONALS.forEach(({ label, input }, index) => {
      if (flags.sources.has(input)) {
        problems.push(`${label} (positional) and --${input} both given; use one of them`)
        return
      }
      flags.values.set(input, [positionals[index]])
      flags.sources.set(input, { kind: 'positional', label })
    })
  } else {
    problems.push(
      `expected ${POSITIONALS.map(p => p.label).join(' ')} (3 positional arguments) or none, got ${positionals.length} positional argument${positionals.length === 1 ? '' : 's'}`
    )
  }
}

/** The CLI's defaults: AWS_ROLE_ARN for the role, drs-cli-<time> for the session name. */
function applyDefaults(flags: FlagReader, spec: CliSpec, env: NodeJS.ProcessEnv, now: Date): void {
  const has = (name: string): boolean => spec.inputs.some(input => input.name === name)
  // Not when the SDK owns that variable (a web-identity token file names AWS_ROLE_ARN as the
  // starting role), nor when another input replaces the role.
  const roleFromEnv = env[ROLE_ARN_ENV]?.trim() ?? ''
  if (
    has('role-arn') &&
    !flags.values.has('role-arn') &&
    !flags.values.has(ROLE_ARN_ALTERNATIVE) &&
    roleFromEnv !== ''
  ) {
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE) {
      flags.problems.push(
        `--role-arn: required here; ${ROLE_ARN_ENV} is not used as its default because AWS_WEB_IDENTITY_TOKEN_FILE is set (the SDK assumes ${ROLE_ARN_ENV} as the starting role)`
      )
    } else {
      flags.values.set('role-arn', [roleFromEnv])
      flags.sources.set('role-arn', { kind: 'env', name: ROLE_ARN_ENV })
    }
  }
  if (has('role-session-name') && !flags.values.has('role-session-name'))
    flags.values.set('role-session-name', [defaultSessionName(now)])
}

/** What only a terminal can get wrong: OIDC outside a job, OIDC with a profile. */
function terminalProblems(settings: CliSettings, flags: FlagReader, env: NodeJS.ProcessEnv) {
  if (!settings.oidcRoleArn) return
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    flags.problems.push(
      '--oidc-role-arn: needs a GitHub OIDC token, which exists only inside a GitHub Actions job with "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN). From a terminal, leave it unset: the CLI assumes --role-arn from your AWS credentials (--profile, AWS_PROFILE, environment keys, SSO).'
    )
  }
  if (flags.options.profile !== null) {
    flags.problems.push(
      '--profile and --oidc-role-arn both given: with --oidc-role-arn the starting credentials come from the OIDC token; drop one of them'
    )
  }
}

/**
 * Parses one operation's command line (after the subcommand). `--help` and `--version` win over
 * everything else; otherwise every problem (unknown flag, missing value, invalid input) is
 * collected into one UsageError.
 */
export function parseOperationArgs<S extends CliSettings>(
  spec: CliSpec<S>,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  options: ParseOptions = {}
): CliCommand<S> {
  const flags = new FlagReader(spec.inputs)
  flags.read(tokenize(argv, spec.inputs))
  const { help, version, ...given } = flags.options
  const common: CommonOptions = {
    ...given,
    profile: given.profile ?? (env.AWS_PROFILE?.trim() || null)
  }
  if (help) return { kind: 'help', ...common }
  if (version) return { kind: 'version', ...common }

  applyPositionals(flags, spec, options.commands ?? [])
  applyDefaults(flags, spec, env, options.now ?? new Date())
  let settings: S | null = null
  try {
    settings = spec.parse(name => (flags.values.get(name) ?? []).join('\n'), cliRunContext(env))
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    flags.problems.push(...error.issues.map(problem => mapProblem(problem, spec, flags.sources)))
  }
  if (settings) terminalProblems(settings, flags, env)
  if (flags.problems.length > 0 || !settings) throw new UsageError(flags.problems)
  return { kind: 'run', settings, ...common }
}

/** The install's command line (`drs-orchestrate [install] ...`). */
export function parseCliArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  options: ParseOptions = {}
): CliCommand<Settings> {
  return parseOperationArgs(INSTALL_SPEC, argv, env, options)
}
