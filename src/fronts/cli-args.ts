// The CLI's flags: one `--<input>` flag per action input, generated from INPUTS (so the terminal
// and action.yml never drift), plus a few terminal-only options. Pure: argv and env in, a parsed
// command (with validated Settings) out, or a UsageError naming the flag and the expected form.
import { runContextFromEnv } from './run-context.js'
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

/** Inputs that take a list: repeating the flag adds to the list instead of being an error. */
export const LIST_INPUTS: readonly string[] = INPUTS.filter(spec => spec.kind === 'list').map(
  spec => spec.name
)

/** What the positional form `ACCOUNT SOURCE_REGION TARGET_REGION` fills (the seed script's order). */
export const POSITIONALS = [
  { label: 'ACCOUNT', input: 'account-id' },
  { label: 'SOURCE_REGION', input: 'source-regions' },
  { label: 'TARGET_REGION', input: 'target-region' }
] as const

/** The environment variable `--role-arn` defaults to, as in the seed's deploy script. */
export const ROLE_ARN_ENV = 'AWS_ROLE_ARN'

/** Where the CLI's behaviour differs from the action's; shown under the input in --help. */
export const CLI_NOTES: Readonly<Record<string, string>> = {
  'role-arn': `Default: $${ROLE_ARN_ENV}.`,
  'account-id': 'Also the positional ACCOUNT.',
  'source-regions': 'Also the positional SOURCE_REGION. Repeatable.',
  'target-region': 'Also the positional TARGET_REGION.',
  'oidc-role-arn':
    'Outside GitHub Actions leave it unset: the CLI starts from your AWS credentials (--profile, AWS_PROFILE, AWS_ACCESS_KEY_ID, SSO). Inside a job it needs ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN (permissions: id-token: write).',
  'role-session-name': 'CLI default: drs-cli-<UTC timestamp>.',
  'session-tagging':
    'From the CLI, SourceIdentity is your user name ($USER), and the GitHub session tags are set only when GITHUB_* variables are present.',
  'tag-filters': 'Repeatable.',
  'instance-ids': 'Repeatable.',
  'source-server-tags': 'Repeatable.',
  'fail-on-error': 'The CLI exits 1 when any row is failed or timed-out.'
}

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

interface CommonOptions {
  /** Print `{counts, rows}` as the only stdout content; logs go to stderr. */
  json: boolean
  /** Where to write every row; null: a file in the OS temp folder. */
  resultsFile: string | null
  /** Starting AWS profile (--profile, else AWS_PROFILE); null: the SDK's default chain. */
  profile: string | null
}

export type CliCommand =
  | ({ kind: 'help'; settings?: undefined } & CommonOptions)
  | ({ kind: 'version'; settings?: undefined } & CommonOptions)
  | ({ kind: 'run'; settings: Settings } & CommonOptions)

export interface ParseOptions {
  /** The time the default session name is made from; default: now. */
  now?: Date
}

const BOOLEAN_WORD = /^(?:true|True|TRUE|false|False|FALSE)$/

/** Inputs whose default is a boolean word take bare `--x`, `--no-x` and `--x=true|false`. */
export function isBooleanInput(spec: InputSpec): boolean {
  return spec.kind === 'boolean'
}

const inputByName = new Map(INPUTS.map(spec => [spec.name, spec]))

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

/** Value placeholder for the help text, from the input's last name segment. */
function placeholder(name: string): string {
  const last = name.split('-').pop() ?? ''
  const known: Record<string, string> = {
    arn: 'ARN',
    id: 'ID',
    ids: 'IDS',
    region: 'REGION',
    regions: 'REGIONS',
    seconds: 'SECONDS',
    minutes: 'MINUTES',
    name: 'NAME',
    filters: 'KEY=VALUE,...',
    tags: 'KEY=VALUE,...',
    concurrency: 'N|N%',
    errors: 'N|N%',
    audience: 'AUDIENCE',
    for: 'none|install|replication'
  }
  return known[last] ?? 'VALUE'
}

/** The expected form of a flag, e.g. `--role-arn ARN` or `--dry-run[=true|false]`. */
export function flagForm(spec: InputSpec): string {
  return isBooleanInput(spec)
    ? `--${spec.name}[=true|false], --no-${spec.name}`
    : `--${spec.name} ${placeholder(spec.name)}`
}

const CLI_ONLY_OPTIONS: ReadonlyArray<{ form: string; text: string }> = [
  {
    form: '--profile NAME',
    text: 'Starting AWS profile (same as AWS_PROFILE). Default: the SDK chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, process, instance role).'
  },
  {
    form: '--json',
    text: 'Print {counts, rows, resultsFile, stopped} as JSON: the only thing written to stdout (logs go to stderr).'
  },
  {
    form: '--results-file PATH',
    text: 'Write every row as JSON to PATH. Default: a new file under the OS temp folder, named in the output.'
  },
  { form: '--help, -h', text: 'Print this help.' },
  { form: '--version', text: 'Print the version.' }
]

const CLI_FLAGS = ['profile', 'json', 'results-file', 'help', 'version']

function wrap(text: string, indent: number, width = 100): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map(l => `${' '.repeat(indent)}${l}`)
}

/** The --help text, generated from INPUTS (name, required, default, description). */
export function helpText(): string {
  const out: string[] = [
    `${PROGRAM}: install the AWS Elastic Disaster Recovery agent on tagged EC2 instances through`,
    'SSM, across the regions of one account (the drs-orchestration-action engine, from a terminal).',
    '',
    'Usage:',
    `  ${PROGRAM} [options] --role-arn ARN --source-regions REGIONS --target-region REGION`,
    `  ${PROGRAM} [options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: --role-arn or $${ROLE_ARN_ENV})`,
    '',
    'Inputs (one flag per action input; --flag=VALUE works too):'
  ]
  for (const spec of INPUTS) {
    const facts: string[] = []
    if (spec.required) facts.push('required')
    if (spec.default !== undefined) facts.push(`default: ${spec.default}`)
    out.push(`  ${flagForm(spec)}${facts.length > 0 ? `    (${facts.join('; ')})` : ''}`)
    out.push(...wrap(spec.description, 6))
    const note = CLI_NOTES[spec.name]
    if (note) out.push(...wrap(note, 6))
  }
  out.push('', 'CLI options:')
  for (const option of CLI_ONLY_OPTIONS) {
    out.push(`  ${option.form}`, ...wrap(option.text, 6))
  }
  out.push(
    '',
    'Starting credentials: the AWS SDK default chain (--profile / AWS_PROFILE, environment keys, SSO,',
    'credential_process, instance or container role); role-arn is assumed from them. AWS_ENDPOINT_URL,',
    'AWS_RETRY_MODE and AWS_MAX_ATTEMPTS are honoured. RUNNER_DEBUG=1 prints debug lines.',
    '',
    'Exit codes: 0 done; 1 the run failed (role assumption, DRS not initialised, cancelled) or, with',
    'fail-on-error (the default), a row is failed or timed-out; 2 bad usage (nothing was called).',
    '',
    'Examples:',
    `  AWS_ROLE_ARN=arn:aws:iam::160885257264:role/DRSOrchestrationRole \\`,
    `    ${PROGRAM} 160885257264 us-east-1 us-west-2`,
    `  ${PROGRAM} --profile central --role-arn arn:aws:iam::160885257264:role/DRSOrchestrationRole \\`,
    `    --external-id DRSOrchestration2024 --source-regions us-east-1,eu-west-1 \\`,
    '    --target-region us-west-2 --dry-run',
    ''
  )
  return out.join('\n')
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}

function suggestion(flag: string): string {
  const names = [...INPUTS.map(spec => spec.name), ...CLI_FLAGS]
  let best: string | null = null
  let bestDistance = 4
  for (const name of names) {
    const d = distance(flag, name)
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best ? ` (did you mean --${best}?)` : ''
}

type Source =
  { kind: 'flag' } | { kind: 'positional'; label: string } | { kind: 'env'; name: string }

/** Says where a value came from, so an InputError reads as the user's own words. */
function describeSource(name: string, source: Source | undefined): string {
  if (source?.kind === 'positional') return `${source.label} (positional; same as --${name})`
  if (source?.kind === 'env') return `${source.name} (the default for --${name})`
  return `--${name}`
}

/** Input names inside an expectation become flags (`role-arn` -> `--role-arn`). */
function flagWords(text: string): string {
  let result = text
  for (const other of INPUTS) {
    if (!other.name.includes('-')) continue
    result = result.replace(
      new RegExp(`(?<![\\w-])${other.name}(?![\\w-])`, 'g'),
      `--${other.name}`
    )
  }
  return result
}

/** One parseSettings problem in flag terms; the value the user gave stays as it was. */
function mapProblem(problem: InputProblem, sources: Map<string, Source>): string {
  const spec = inputByName.get(problem.input)
  if (!spec) return formatProblem(problem)
  const name = problem.input
  const source = sources.get(name)
  const expected = flagWords(problem.expected) + (problem.required ? ' (required)' : '')
  const got = problem.got === undefined ? '' : `, got "${problem.got}"`
  let hint = ''
  if (problem.required && !source) {
    if (name === 'role-arn') hint = `; pass ${flagForm(spec)} or set ${ROLE_ARN_ENV}`
    else if (name === 'source-regions' || name === 'target-region') {
      hint = `; pass ${flagForm(spec)}, or ACCOUNT SOURCE_REGION TARGET_REGION`
    } else hint = `; pass ${flagForm(spec)}`
  } else if (source?.kind !== 'positional' && source?.kind !== 'env') {
    hint = ` (form: ${flagForm(spec)})`
  }
  return `${describeSource(name, source)}: expected ${expected}${got}${hint}`
}

/**
 * Parses the command line. `--help` and `--version` win over everything else; otherwise every
 * problem (unknown flag, missing value, invalid input) is collected into one UsageError.
 */
export function parseCliArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  options: ParseOptions = {}
): CliCommand {
  const problems: string[] = []
  const values = new Map<string, string[]>()
  const sources = new Map<string, Source>()
  const positionals: string[] = []
  let help = false
  let version = false
  let json = false
  let resultsFile: string | null = null
  let profile: string | null = null
  const seen = new Set<string>()

  const once = (flag: string): boolean => {
    if (seen.has(flag)) {
      problems.push(`--${flag}: given more than once`)
      return false
    }
    seen.add(flag)
    return true
  }

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (arg === '--version') {
      version = true
      continue
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
      continue
    }
    if (!arg.startsWith('--')) {
      // Never echo more than the flag itself: a mistyped option may carry a secret.
      problems.push(`unknown option ${arg.slice(0, 2)}: flags are long (--name VALUE); see --help`)
      continue
    }
    const eq = arg.indexOf('=')
    const flag = eq < 0 ? arg.slice(2) : arg.slice(2, eq)
    const inline = eq < 0 ? undefined : arg.slice(eq + 1)
    // A value flag takes the next argument unless that is another flag.
    const takeValue = (form: string): string | undefined => {
      if (inline !== undefined) return inline
      const next = argv[i + 1]
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        problems.push(`--${flag}: missing value; expected ${form}`)
        return undefined
      }
      i++
      return next
    }

    if (flag === 'json') {
      if (inline !== undefined) problems.push('--json: takes no value; expected --json')
      else json = true
      continue
    }
    if (flag === 'results-file' || flag === 'profile') {
      const form = flag === 'profile' ? '--profile NAME' : '--results-file PATH'
      const value = takeValue(form)
      if (value === undefined || !once(flag)) continue
      if (value.trim() === '') problems.push(`--${flag}: expected ${form} with a non-empty value`)
      else if (flag === 'profile') profile = value.trim()
      else resultsFile = value
      continue
    }

    const negated = flag.startsWith('no-') ? inputByName.get(flag.slice(3)) : undefined
    if (negated && isBooleanInput(negated)) {
      if (inline !== undefined)
        problems.push(`--${flag}: takes no value; expected --${flag} or --${negated.name}=false`)
      else if (once(negated.name)) {
        values.set(negated.name, ['false'])
        sources.set(negated.name, { kind: 'flag' })
      }
      continue
    }

    const spec = inputByName.get(flag)
    if (!spec) {
      problems.push(`unknown option --${flag}${suggestion(flag)}; see --help`)
      continue
    }
    if (isBooleanInput(spec)) {
      let value = inline
      if (value === undefined) {
        // `--dry-run` alone means true; `--dry-run false` is read only when the next word is a boolean.
        const next = argv[i + 1]
        if (next !== undefined && BOOLEAN_WORD.test(next)) {
          value = next
          i++
        } else value = 'true'
      }
      if (once(spec.name)) {
        values.set(spec.name, [value])
        sources.set(spec.name, { kind: 'flag' })
      }
      continue
    }
    const value = takeValue(flagForm(spec))
    if (value === undefined) continue
    if (LIST_INPUTS.includes(spec.name)) {
      values.set(spec.name, [...(values.get(spec.name) ?? []), value])
    } else if (once(spec.name)) values.set(spec.name, [value])
    sources.set(spec.name, { kind: 'flag' })
  }

  const common: CommonOptions = {
    json,
    resultsFile,
    profile: profile ?? (env.AWS_PROFILE?.trim() || null)
  }
  if (help) return { kind: 'help', ...common }
  if (version) return { kind: 'version', ...common }

  if (positionals.length === POSITIONALS.length) {
    POSITIONALS.forEach(({ label, input }, index) => {
      if (sources.has(input)) {
        problems.push(`${label} (positional) and --${input} both given; use one of them`)
        return
      }
      values.set(input, [positionals[index]])
      sources.set(input, { kind: 'positional', label })
    })
  } else if (positionals.length > 0) {
    problems.push(
      `expected ${POSITIONALS.map(p => p.label).join(' ')} (3 positional arguments) or none, got ${positionals.length} positional argument${positionals.length === 1 ? '' : 's'}`
    )
  }

  // The seed's convention: the target role comes from AWS_ROLE_ARN unless given. Not when the SDK
  // owns that variable (a web-identity token file names AWS_ROLE_ARN as the starting role).
  const roleFromEnv = env[ROLE_ARN_ENV]?.trim() ?? ''
  if (!values.has('role-arn') && !values.has('accounts') && roleFromEnv !== '') {
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE) {
      problems.push(
        `--role-arn: required here; ${ROLE_ARN_ENV} is not used as its default because AWS_WEB_IDENTITY_TOKEN_FILE is set (the SDK assumes ${ROLE_ARN_ENV} as the starting role)`
      )
    } else {
      values.set('role-arn', [roleFromEnv])
      sources.set('role-arn', { kind: 'env', name: ROLE_ARN_ENV })
    }
  }
  if (!values.has('role-session-name'))
    values.set('role-session-name', [defaultSessionName(options.now ?? new Date())])

  let settings: Settings | null = null
  try {
    settings = parseSettings(name => (values.get(name) ?? []).join('\n'), cliRunContext(env))
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    problems.push(...error.issues.map(problem => mapProblem(problem, sources)))
  }

  if (settings?.oidcRoleArn) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      problems.push(
        '--oidc-role-arn: needs a GitHub OIDC token, which exists only inside a GitHub Actions job with "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN). From a terminal, leave it unset: the CLI assumes --role-arn from your AWS credentials (--profile, AWS_PROFILE, environment keys, SSO).'
      )
    }
    if (profile !== null) {
      problems.push(
        '--profile and --oidc-role-arn both given: with --oidc-role-arn the starting credentials come from the OIDC token; drop one of them'
      )
    }
  }

  if (problems.length > 0 || !settings) throw new UsageError(problems)
  return { kind: 'run', settings, ...common }
}
