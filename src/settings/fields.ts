// The field validators every input parser shares (the install action's, discover-accounts' and the
// report action's): one role-ARN pattern, one region pattern and its partition, one true/false word
// list, lists, key=value pairs, session names, and the reader that collects every problem as
// structured {input, expected, got}, which each front then words in its own terms.
import type { InputSpec } from './spec.js'

/** One input problem; the fronts word it (the action as `name: expected ..., got "..."`). */
export interface InputProblem {
  /** The input's name, as action.yml spells it. */
  input: string
  /** The expected form, in words (may name other inputs). */
  expected: string
  /** The value given; absent when none was, or when it is a secret. */
  got?: string
  /** The input is required and was empty. */
  required?: boolean
}

/** The action's wording of a problem, e.g. `role-arn: expected an IAM role ARN ..., got "x"`. */
export function formatProblem(problem: InputProblem): string {
  const required = problem.required ? ' (required)' : ''
  const got = problem.got === undefined ? '' : `, got "${problem.got}"`
  return `${problem.input}: expected ${problem.expected}${required}${got}`
}

export class InputError extends Error {
  /** The problems in the action's words, in the order found. */
  readonly problems: string[]

  constructor(readonly issues: readonly InputProblem[]) {
    const problems = issues.map(formatProblem)
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map(p => `  - ${p}`).join('\n')}`
    )
    this.problems = problems
    this.name = 'InputError'
  }
}

export interface InputReader {
  problems: InputProblem[]
  /** The trimmed value, or the input's default when empty. */
  get(name: string): string
  fail(name: string, expected: string, got?: string): void
  /** The value, failing with `expected (required)` when empty. */
  required(name: string, expected: string): string
  /** true/false words (TRUE_WORDS, FALSE_WORDS); anything else is a problem. */
  bool(name: string): boolean
  /** Throws InputError when any problem was found. */
  done(): void
}

/** Reads inputs of one action by name, with its defaults, and collects every problem found. */
export function inputReader(
  specs: readonly InputSpec[],
  read: (name: string) => string
): InputReader {
  const problems: InputProblem[] = []
  const get = (name: string): string => {
    const spec = specs.find(input => input.name === name)
    if (!spec) throw new Error(`unknown input ${name}`)
    const value = read(name).trim()
    return value === '' ? (spec.default ?? '') : value
  }
  const fail = (input: string, expected: string, got?: string): void => {
    problems.push(got === undefined ? { input, expected } : { input, expected, got })
  }
  return {
    problems,
    get,
    fail,
    required: (name, expected) => {
      const value = get(name)
      if (value === '') problems.push({ input: name, expected, required: true })
      return value
    },
    bool: name => {
      const value = get(name)
      const parsed = parseBoolean(value)
      if (parsed === null) fail(name, 'true or false', value)
      return parsed ?? false
    },
    done: () => {
      if (problems.length > 0) throw new InputError(problems)
    }
  }
}

// ---- words and lists ------------------------------------------------------------------------

/** The true/false words of YAML 1.2's core schema, as @actions/core's getBooleanInput takes them. */
export const TRUE_WORDS: readonly string[] = ['true', 'True', 'TRUE']
export const FALSE_WORDS: readonly string[] = ['false', 'False', 'FALSE']

export function parseBoolean(value: string): boolean | null {
  if (TRUE_WORDS.includes(value)) return true
  if (FALSE_WORDS.includes(value)) return false
  return null
}

/** Splits a list input on commas and newlines (and, where allowed, spaces); drops empty items. */
export function splitList(raw: string, alsoOnSpaces = false): string[] {
  const separator = alsoOnSpaces ? /[,\n\r\s]+/ : /[,\n\r]+/
  return raw
    .split(separator)
    .map(item => item.trim())
    .filter(item => item.length > 0)
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

export interface KeyValue {
  key: string
  value: string
}

/** key=value items (commas or newlines); the items that are not pairs come back as `bad`. */
export function parsePairs(raw: string): { pairs: KeyValue[]; bad: string[] } {
  const pairs: KeyValue[] = []
  const bad: string[] = []
  for (const item of splitList(raw)) {
    const at = item.indexOf('=')
    const key = at < 0 ? '' : item.slice(0, at).trim()
    const value = at < 0 ? '' : item.slice(at + 1).trim()
    if (key === '' || value === '') bad.push(item)
    else pairs.push({ key, value })
  }
  return { pairs, bad }
}

// ---- names and ARNs -------------------------------------------------------------------------

export const PARTITION = 'aws(?:-[a-z]+)*'
export const ACCOUNT_ID = /^\d{12}$/
const REGION_PATTERN = '(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\\d{1,2}'
/** AWS region names: us-east-1, us-gov-west-1, cn-north-1, eusc-de-east-1. */
export const REGION = new RegExp(`^${REGION_PATTERN}$`)

/** Region-name prefixes outside the aws partition (the longest prefix wins). */
const REGION_PARTITIONS: ReadonlyArray<readonly [string, string]> = [
  ['us-gov-', 'aws-us-gov'],
  ['cn-', 'aws-cn'],
  ['eusc-', 'aws-eusc'],
  ['us-isob-', 'aws-iso-b'],
  ['us-isof-', 'aws-iso-f'],
  ['eu-isoe-', 'aws-iso-e'],
  ['us-iso-', 'aws-iso']
]

/** The partition a region belongs to: cn-* is aws-cn, us-gov-* aws-us-gov, eusc-* aws-eusc, ... */
export function regionPartition(region: string): string {
  return REGION_PARTITIONS.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws'
}

/** IAM's limits: a path (with its leading and trailing slash) up to 512 characters, a name up to 64. */
export const ROLE_PATH_MAX = 512
export const ROLE_NAME_MAX = 64
const ROLE_SEGMENT = '[\\w+=,.@-]+'
const ROLE_ARN = new RegExp(
  `^arn:(${PARTITION}):iam::(\\d{12}):role/((?:${ROLE_SEGMENT}/)*)(${ROLE_SEGMENT})$`
)
const ROLE_NAME = new RegExp(`^(?:${ROLE_SEGMENT}/)*${ROLE_SEGMENT}$`)

export interface RoleArn {
  partition: string
  accountId: string
  /** The IAM path, e.g. `/` or `/team/`. */
  path: string
  name: string
}

/** The parts of a role ARN within IAM's limits, or null. */
export function parseRoleArn(value: string): RoleArn | null {
  const match = ROLE_ARN.exec(value)
  if (!match) return null
  const [, partition, accountId, pathPart, name] = match
  const path = `/${pathPart}`
  if (path.length > ROLE_PATH_MAX || name.length > ROLE_NAME_MAX) return null
  return { partition, accountId, path, name }
}

/** What a role ARN input expects, for problems. */
export function roleArnExpected(example: string): string {
  return `an IAM role ARN like ${example}`
}

/** A role name with an optional path (team/DRSOrchestrationRole), within IAM's limits. */
export function isRoleName(value: string): boolean {
  if (!ROLE_NAME.test(value)) return false
  const slash = value.lastIndexOf('/')
  const name = value.slice(slash + 1)
  return name.length <= ROLE_NAME_MAX && slash + 2 <= ROLE_PATH_MAX
}

/** The role-path and name limits in words, for problems. */
export const ROLE_LIMITS = `a path of at most ${ROLE_PATH_MAX} and a name of at most ${ROLE_NAME_MAX} characters from [A-Za-z0-9_+=,.@-]`

const TOPIC_ARN = new RegExp(
  `^arn:(${PARTITION}):sns:(${REGION_PATTERN}):\\d{12}:[\\w-]{1,256}(?:\\.fifo)?$`
)

/** The partition and region of an SNS topic ARN, or null. */
export function parseTopicArn(value: string): { partition: string; region: string } | null {
  const match = TOPIC_ARN.exec(value)
  return match ? { partition: match[1], region: match[2] } : null
}

export function regionOfTopic(topicArn: string): string {
  const topic = parseTopicArn(topicArn)
  if (!topic) throw new Error(`not an SNS topic ARN: ${topicArn}`)
  return topic.region
}

/** STS role session names allow [\w+=,.@-], 2..64 characters. */
export function sanitiseSessionName(raw: string): string {
  return raw.replace(/[^\w+=,.@-]/g, '').slice(0, 64)
}

/** Control characters (newlines included), which no audience, header or tag may carry. */
export const CONTROL_CHARACTERS = /\p{Cc}/u

/** An OIDC audience: non-empty, one line, no control characters. Returns the problem, or null. */
export function audienceProblem(value: string): string | null {
  if (value === '') return 'a non-empty OIDC audience'
  if (CONTROL_CHARACTERS.test(value)) {
    return 'an OIDC audience on one line, without newlines or control characters'
  }
  return null
}
