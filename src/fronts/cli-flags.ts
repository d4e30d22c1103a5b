// The CLI's tokens and what each flag means: node:util parseArgs tokenises the command line from
// the operation's input spec (a value flag per text or list input, `--x` / `--no-x` per boolean
// one, and the terminal-only options); FlagReader collects values and every problem, never
// stopping at the first. The settings parser then validates the values (cli-args.ts).
import { parseArgs } from 'node:util'
import { FALSE_WORDS, TRUE_WORDS, type InputSpec } from '../settings/index.js'
import type { CommonOptions } from './cli-args.js'

const BOOLEAN_WORDS = new Set([...TRUE_WORDS, ...FALSE_WORDS])

/** Inputs whose default is a boolean word take bare `--x`, `--no-x` and `--x=true|false`. */
export function isBooleanInput(spec: InputSpec): boolean {
  return spec.kind === 'boolean'
}

/** Value placeholders for the help text and errors, by the input name's last segment. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  arn: 'ARN',
  id: 'ID',
  ids: 'IDS',
  accounts: 'IDS',
  region: 'REGION',
  regions: 'REGIONS',
  seconds: 'SECONDS',
  minutes: 'MINUTES',
  days: 'DAYS',
  name: 'NAME',
  filters: 'KEY=VALUE,...',
  tags: 'KEY=VALUE,...',
  tag: 'KEY',
  concurrency: 'N|N%',
  errors: 'N|N%',
  job: 'N',
  on: 'STATUSES',
  audience: 'AUDIENCE',
  for: 'none|install|replication'
}

/** The expected form of a flag, e.g. `--role-arn ARN` or `--dry-run[=true|false]`. */
export function flagForm(spec: InputSpec): string {
  if (isBooleanInput(spec)) return `--${spec.name}[=true|false], --no-${spec.name}`
  return `--${spec.name} ${PLACEHOLDERS[spec.name.split('-').pop() ?? ''] ?? 'VALUE'}`
}

/** The terminal-only options every operation takes. */
export const CLI_ONLY_OPTIONS = {
  profile: { type: 'string', form: '--profile NAME' },
  'results-file': { type: 'string', form: '--results-file PATH' },
  json: { type: 'boolean', form: '--json' },
  help: { type: 'boolean', short: 'h', form: '--help, -h' },
  version: { type: 'boolean', form: '--version' }
} as const

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

/** The closest of `names` to `word`, within three edits; null when none is that close. */
export function closest(word: string, names: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = 4
  for (const name of names) {
    const d = distance(word, name)
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never

/**
 * parseArgs's tokens. A value option takes the next argument greedily, even `--other`; like a
 * user, we read that as a missing value: the option loses it and parsing resumes at `--other`.
 */
export function tokenize(argv: readonly string[], inputs: readonly InputSpec[]): Token[] {
  const options: NonNullable<Parameters<typeof parseArgs>[0]>['options'] = { ...CLI_ONLY_OPTIONS }
  for (const spec of inputs) {
    options[spec.name] = { type: isBooleanInput(spec) ? 'boolean' : 'string' }
    if (isBooleanInput(spec)) options[`no-${spec.name}`] = { type: 'boolean' }
  }
  const tokens: Token[] = []
  let start = 0
  for (;;) {
    const parsed = parseArgs({
      args: argv.slice(start),
      options,
      strict: false,
      allowPositionals: true,
      tokens: true
    }).tokens
    const cut = parsed.find(
      t => t.kind === 'option' && t.inlineValue === false && /^--./.test(t.value ?? '')
    )
    for (const token of parsed) {
      if (cut && token.index > cut.index) break
      const index = token.index + start
      if (token === cut && token.kind === 'option') {
        tokens.push({ ...token, index, value: undefined, inlineValue: undefined })
      } else tokens.push({ ...token, index })
    }
    if (!cut) return tokens
    start += cut.index + 1
  }
}

export type Source =
  { kind: 'flag' } | { kind: 'positional'; label: string } | { kind: 'env'; name: string }

/** The flags as given: every problem is collected, none stops the reading. */
export class FlagReader {
  readonly values = new Map<string, string[]>()
  readonly sources = new Map<string, Source>()
  readonly positionals: string[] = []
  readonly problems: string[] = []
  readonly options: CommonOptions & { help: boolean; version: boolean } = {
    json: false,
    resultsFile: null,
    profile: null,
    help: false,
    version: false
  }
  private readonly seen = new Set<string>()
  private readonly shortsReported = new Set<number>()
  private readonly byName: Map<string, InputSpec>

  constructor(private readonly inputs: readonly InputSpec[]) {
    this.byName = new Map(inputs.map(spec => [spec.name, spec]))
  }

  read(tokens: readonly Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]
      if (token.kind === 'positional') this.positionals.push(token.value)
      if (token.kind !== 'option') continue
      const next = tokens[i + 1]
      const word = next?.kind === 'positional' && next.index === token.index + 1 ? next.value : null
      if (this.option(token, word)) i++
    }
  }

  private once(name: string): boolean {
    if (this.seen.has(name)) {
      this.problems.push(`--${name}: given more than once`)
      return false
    }
    this.seen.add(name)
    return true
  }

  private set(name: string, value: string, add = false): void {
    this.values.set(name, add ? [...(this.values.get(name) ?? []), value] : [value])
    this.sources.set(name, { kind: 'flag' })
  }

  /** One option; true when it took `word` (the next argument) as its value. */
  private option(token: Token & { kind: 'option' }, word: string | null): boolean {
    const { name, value, inlineValue } = token
    if (!token.rawName.startsWith('--') && name !== 'help') {
      // Never echo more than the flag itself: a mistyped option may carry a secret.
      if (!this.shortsReported.has(token.index))
        this.problems.push(
          `unknown option ${token.rawName}: flags are long (--name VALUE); see --help`
        )
      this.shortsReported.add(token.index)
      return false
    }
    if (name === 'help' || name === 'version') this.options[name] = true
    else if (name === 'json') {
      if (inlineValue) this.problems.push('--json: takes no value; expected --json')
      else this.options.json = true
    } else if (name === 'profile' || name === 'results-file') this.cliValue(name, value)
    else return this.inputOption(name, value, inlineValue === true, word)
    return false
  }

  private cliValue(name: 'profile' | 'results-file', value: string | undefined): void {
    const form = CLI_ONLY_OPTIONS[name].form
    if (value === undefined) this.problems.push(`--${name}: missing value; expected ${form}`)
    else if (!this.once(name)) return
    else if (value.trim() === '')
      this.problems.push(`--${name}: expected ${form} with a non-empty value`)
    else if (name === 'profile') this.options.profile = value.trim()
    else this.options.resultsFile = value
  }

  private inputOption(
    name: string,
    value: string | undefined,
    inline: boolean,
    word: string | null
  ): boolean {
    const negated = name.startsWith('no-') ? this.byName.get(name.slice(3)) : undefined
    if (negated && isBooleanInput(negated)) {
      if (inline)
        this.problems.push(
          `--${name}: takes no value; expected --${name} or --${negated.name}=false`
        )
      else if (this.once(negated.name)) this.set(negated.name, 'false')
      return false
    }
    const spec = this.byName.get(name)
    if (!spec) {
      const names = [...this.inputs.map(input => input.name), ...Object.keys(CLI_ONLY_OPTIONS)]
      const best = closest(name, names)
      this.problems.push(
        `unknown option --${name}${best ? ` (did you mean --${best}?)` : ''}; see --help`
      )
      return false
    }
    if (isBooleanInput(spec)) {
      // `--dry-run` alone means true; `--dry-run false` only when the next word is a boolean.
      const takesWord = !inline && word !== null && BOOLEAN_WORDS.has(word)
      if (this.once(name)) this.set(name, inline ? (value ?? '') : takesWord ? word : 'true')
      return takesWord
    }
    if (value === undefined) {
      this.problems.push(`--${name}: missing value; expected ${flagForm(spec)}`)
    } else if (spec.kind === 'list') this.set(name, value, true)
    else if (this.once(name)) this.set(name, value)
    return false
  }
}
