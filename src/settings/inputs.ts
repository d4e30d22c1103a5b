// The one description of the action's inputs and outputs (action.yml and the CLI follow it), and
// the pure parser that turns raw input strings into one validated Settings object.

export type WaitFor = 'none' | 'install' | 'replication'

export interface KeyValue {
  key: string
  value: string
}

/** Facts about the workflow run, read from GITHUB_* by the front and passed in (parsing stays pure). */
export interface RunContext {
  runId: string
  runAttempt: string
  repository: string
  workflow: string
  actor: string
  serverUrl: string
}

export interface Settings {
  roleArn: string
  partition: string
  accountId: string
  externalId: string | null
  sourceRegions: string[]
  targetRegion: string
  oidcRoleArn: string | null
  audience: string
  roleSessionName: string
  roleDurationSeconds: number
  sessionTagging: boolean
  tagFilters: KeyValue[]
  instanceIds: string[]
  skipRegistered: boolean
  dryRun: boolean
  waitFor: WaitFor
  timeoutMinutes: number
  maxConcurrency: string | null
  maxErrors: string
  failOnError: boolean
  documentName: string
  sourceServerTags: KeyValue[]
  notifyTopicArn: string | null
  run: RunContext
}

export interface InputSpec {
  name: string
  description: string
  required: boolean
  /** How the value is read: a flag (true/false), a comma/newline list, or one text value. */
  kind: 'text' | 'boolean' | 'list'
  /** The default as action.yml states it; absent when the input has none (or a computed one). */
  default?: string
}

export interface OutputSpec {
  name: string
  description: string
}

const DEFAULT_TAG_FILTERS = 'dr:enabled=true,dr:recovery-strategy=drs'
export const DEFAULT_DOCUMENT = 'AWSDisasterRecovery-InstallDRAgentOnInstance'

export const INPUTS: readonly InputSpec[] = [
  {
    name: 'role-arn',
    kind: 'text',
    required: true,
    description:
      'Target-account role to assume, arn:<partition>:iam::<12-digit account>:role/<path/name>.'
  },
  {
    name: 'account-id',
    kind: 'text',
    required: false,
    description:
      'Target account id (12 digits). Defaults to the account in role-arn and must equal it.'
  },
  {
    name: 'external-id',
    kind: 'text',
    required: false,
    description: 'ExternalId for the AssumeRole into role-arn. Masked in logs.'
  },
  {
    name: 'source-regions',
    kind: 'list',
    required: true,
    description:
      'Regions whose instances get the agent, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).'
  },
  {
    name: 'target-region',
    kind: 'text',
    required: true,
    description: "The DRS recovery region (passed as the install document's Region parameter)."
  },
  {
    name: 'oidc-role-arn',
    kind: 'text',
    required: false,
    description:
      'Central orchestration role. Set: the GitHub OIDC token is exchanged for it (AssumeRoleWithWebIdentity), then role-arn is assumed from it. Unset: role-arn is assumed from the credentials already in the environment.'
  },
  {
    name: 'audience',
    kind: 'text',
    required: false,
    default: 'sts.amazonaws.com',
    description: 'Audience of the GitHub OIDC token.'
  },
  {
    name: 'role-session-name',
    kind: 'text',
    required: false,
    description:
      'Session name for both role sessions. Default drs-<run id>-<attempt>; sanitised to [\\w+=,.@-], 2 to 64 characters.'
  },
  {
    name: 'role-duration-seconds',
    kind: 'text',
    required: false,
    default: '3600',
    description:
      'Session duration, 900 to 43200. Above 3600 is rejected with oidc-role-arn (STS caps chained sessions at one hour); sessions are refreshed before they expire.'
  },
  {
    name: 'session-tagging',
    kind: 'boolean',
    required: false,
    default: 'true',
    description:
      'Set SourceIdentity (the actor) and session tags (repository, workflow, run id) on the AssumeRole into role-arn. Set false when the trust policy lacks sts:TagSession / sts:SetSourceIdentity.'
  },
  {
    name: 'tag-filters',
    kind: 'list',
    required: false,
    default: DEFAULT_TAG_FILTERS,
    description:
      'key=value pairs, separated by commas or newlines; an instance must match all of them (and be running).'
  },
  {
    name: 'instance-ids',
    kind: 'list',
    required: false,
    description:
      'Explicit instance ids (commas, spaces or newlines). When set, tag-filters are not used; each id is looked up in every source region.'
  },
  {
    name: 'skip-registered',
    kind: 'boolean',
    required: false,
    default: 'true',
    description: 'Skip instances already registered as DRS source servers in target-region.'
  },
  {
    name: 'dry-run',
    kind: 'boolean',
    required: false,
    default: 'false',
    description: 'Discover and report what would be sent; send nothing.'
  },
  {
    name: 'wait-for',
    kind: 'text',
    required: false,
    default: 'install',
    description:
      'none (report commands as pending), install (wait for the install and the DRS source server), or replication (also wait for CONTINUOUS replication).'
  },
  {
    name: 'timeout-minutes',
    kind: 'text',
    required: false,
    default: '30',
    description: 'Bound on the whole wait, in minutes; fractions allowed (0.5).'
  },
  {
    name: 'max-concurrency',
    kind: 'text',
    required: false,
    description: "SendCommand MaxConcurrency (a number or a percentage). Default: SSM's own."
  },
  {
    name: 'max-errors',
    kind: 'text',
    required: false,
    default: '100%',
    description:
      'SendCommand MaxErrors (a number or a percentage); the default lets one bad host not stop the rest.'
  },
  {
    name: 'fail-on-error',
    kind: 'boolean',
    required: false,
    default: 'true',
    description: 'Fail the step when any row is failed or timed-out.'
  },
  {
    name: 'document-name',
    kind: 'text',
    required: false,
    default: DEFAULT_DOCUMENT,
    description: 'SSM document that installs the agent (name or ARN).'
  },
  {
    name: 'source-server-tags',
    kind: 'list',
    required: false,
    description:
      "key=value pairs (commas or newlines) passed as the document's Tags parameter, tagging the DRS source servers."
  },
  {
    name: 'notify-topic-arn',
    kind: 'text',
    required: false,
    description:
      "SNS topic for a completion message, published in the topic's region with the target-role credentials. A failed publish is a warning."
  }
]

/** The four counts, shared by this action's outputs and the org-wide report's. */
export const COUNT_OUTPUTS: readonly OutputSpec[] = [
  { name: 'instance-count', description: 'Rows with an instance id.' },
  { name: 'installed-count', description: 'Rows with status installed.' },
  {
    name: 'failed-count',
    description: 'Rows with status failed or timed-out (region-wide failure rows included).'
  },
  {
    name: 'skipped-count',
    description: 'Rows with status skipped-registered or skipped-unmanaged.'
  }
]

export const OUTPUTS: readonly OutputSpec[] = [
  ...COUNT_OUTPUTS,
  { name: 'command-ids', description: 'JSON array of the SSM command ids sent.' },
  {
    name: 'results',
    description:
      'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
  },
  { name: 'results-truncated', description: 'true when results leaves rows out.' },
  { name: 'results-file', description: 'Path of a JSON file under RUNNER_TEMP holding every row.' }
]

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map(p => `  - ${p}`).join('\n')}`
    )
    this.name = 'InputError'
  }
}

const PARTITION = 'aws(?:-[a-z]+)*'
const ROLE_ARN = new RegExp(
  `^arn:(${PARTITION}):iam::(\\d{12}):role/((?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64})$`
)
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/
const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/
const SSM_RATE = /^(?:[1-9]\d*|[1-9]\d?%|100%)$/
const SSM_ERRORS = /^(?:0|[1-9]\d*|[1-9]?\d%|100%)$/
const DOCUMENT = new RegExp(
  `^(?:[\\w.-]{3,128}|arn:${PARTITION}:ssm:[a-z0-9-]+:\\d{12}:document/[\\w.-]{3,128})$`
)
const TOPIC_ARN = new RegExp(
  `^arn:${PARTITION}:sns:([a-z]{2}(?:-[a-z]+)+-\\d{1,2}):\\d{12}:[\\w-]{1,256}(?:\\.fifo)?$`
)
const BOOLEAN_TRUE = ['true', 'True', 'TRUE']
const BOOLEAN_FALSE = ['false', 'False', 'FALSE']
const MAX_TIMEOUT_MINUTES = 24 * 60

/** Splits a list input on commas and newlines (and, where allowed, spaces); drops empty items. */
export function splitList(raw: string, alsoOnSpaces = false): string[] {
  const separator = alsoOnSpaces ? /[,\n\r\s]+/ : /[,\n\r]+/
  return raw
    .split(separator)
    .map(item => item.trim())
    .filter(item => item.length > 0)
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

/** STS role session names allow [\w+=,.@-], 2..64 characters. */
export function sanitiseSessionName(raw: string): string {
  return raw.replace(/[^\w+=,.@-]/g, '').slice(0, 64)
}

export function regionOfTopic(topicArn: string): string {
  const match = TOPIC_ARN.exec(topicArn)
  if (!match) throw new Error(`not an SNS topic ARN: ${topicArn}`)
  return match[1]
}

/** Reads inputs of one action by name, with its defaults, and collects every problem found. */
export function inputReader(
  specs: readonly InputSpec[],
  read: (name: string) => string
): {
  problems: string[]
  get(name: string): string
  fail(name: string, expected: string, got?: string): void
} {
  const problems: string[] = []
  return {
    problems,
    get: name => {
      const spec = specs.find(input => input.name === name)
      if (!spec) throw new Error(`unknown input ${name}`)
      const value = read(name).trim()
      return value === '' ? (spec.default ?? '') : value
    },
    fail: (name, expected, got) => {
      problems.push(`${name}: expected ${expected}${got === undefined ? '' : `, got "${got}"`}`)
    }
  }
}

/**
 * Parses every input, collecting all problems so one run reports them all. `read` returns the raw
 * value ('' when unset), as core.getInput does. Throws InputError; makes no I/O.
 */
export function parseSettings(read: (name: string) => string, run: RunContext): Settings {
  const { problems, get, fail } = inputReader(INPUTS, read)
  const required = (name: string, expected: string): string => {
    const value = get(name)
    if (value === '') fail(name, `${expected} (required)`)
    return value
  }
  const bool = (name: string): boolean => {
    const value = get(name)
    if (BOOLEAN_TRUE.includes(value)) return true
    if (BOOLEAN_FALSE.includes(value)) return false
    fail(name, 'true or false', value)
    return false
  }
  const pairs = (name: string): KeyValue[] => {
    const result: KeyValue[] = []
    for (const item of splitList(get(name))) {
      const at = item.indexOf('=')
      const key = at < 0 ? '' : item.slice(0, at).trim()
      const value = at < 0 ? '' : item.slice(at + 1).trim()
      if (at < 0 || key === '' || value === '')
        fail(name, 'key=value pairs separated by commas or newlines', item)
      else result.push({ key, value })
    }
    return result
  }

  const roleArn = required(
    'role-arn',
    'an IAM role ARN like arn:aws:iam::123456789012:role/DRSOrchestrationRole'
  )
  const roleMatch = ROLE_ARN.exec(roleArn)
  if (roleArn !== '' && !roleMatch) {
    fail(
      'role-arn',
      'an IAM role ARN like arn:aws:iam::123456789012:role/DRSOrchestrationRole',
      roleArn
    )
  }
  const partition = roleMatch?.[1] ?? 'aws'
  const roleAccount = roleMatch?.[2] ?? ''

  let accountId = get('account-id')
  if (accountId === '') accountId = roleAccount
  else if (!/^\d{12}$/.test(accountId)) fail('account-id', '12 digits', accountId)
  else if (roleMatch && accountId !== roleAccount) {
    fail('account-id', `the account in role-arn (${roleAccount})`, accountId)
  }

  const externalId = get('external-id')
  // The value is a secret: never echo it back.
  if (externalId !== '' && !EXTERNAL_ID.test(externalId)) {
    fail('external-id', '2 to 1224 characters from [A-Za-z0-9_+=,.@:/-] (value not shown)')
  }

  const regionList = (name: string, raw: string): string[] => {
    const regions = unique(splitList(raw))
    for (const region of regions) {
      if (!REGION.test(region))
        fail(name, 'AWS region names like us-east-1, separated by commas or newlines', region)
    }
    return regions
  }
  const sourceRegionsText = required('source-regions', 'one or more AWS regions like us-east-1')
  const sourceRegions = regionList('source-regions', sourceRegionsText)
  if (sourceRegionsText !== '' && sourceRegions.length === 0) {
    fail('source-regions', 'one or more AWS regions like us-east-1 (required)', sourceRegionsText)
  }
  const targetRegion = required('target-region', 'one AWS region like us-west-2')
  if (targetRegion !== '' && !REGION.test(targetRegion))
    fail('target-region', 'one AWS region like us-west-2', targetRegion)

  const oidcRoleArn = get('oidc-role-arn')
  if (oidcRoleArn !== '' && !ROLE_ARN.test(oidcRoleArn)) {
    fail(
      'oidc-role-arn',
      'an IAM role ARN like arn:aws:iam::111122223333:role/GitHubDRSOrchestrator',
      oidcRoleArn
    )
  }
  const audience = get('audience')
  if (audience === '') fail('audience', 'a non-empty OIDC audience')

  const rawSessionName =
    get('role-session-name') || `drs-${run.runId || 'local'}-${run.runAttempt || '1'}`
  const roleSessionName = sanitiseSessionName(rawSessionName)
  if (roleSessionName.length < 2) {
    fail('role-session-name', '2 to 64 characters from [A-Za-z0-9_+=,.@-]', rawSessionName)
  }

  const durationText = get('role-duration-seconds')
  const roleDurationSeconds = Number(durationText)
  if (!/^\d+$/.test(durationText) || roleDurationSeconds < 900 || roleDurationSeconds > 43200) {
    fail('role-duration-seconds', 'a whole number of seconds from 900 to 43200', durationText)
  } else if (oidcRoleArn !== '' && roleDurationSeconds > 3600) {
    fail(
      'role-duration-seconds',
      'at most 3600 with oidc-role-arn (STS caps role-chained sessions at one hour; the action refreshes them)',
      durationText
    )
  }

  const sessionTagging = bool('session-tagging')
  const tagFilters = pairs('tag-filters')
  const instanceIds = unique(splitList(get('instance-ids'), true))
  for (const id of instanceIds) {
    if (!INSTANCE_ID.test(id)) fail('instance-ids', 'EC2 instance ids like i-0123456789abcdef0', id)
  }
  if (instanceIds.length === 0 && tagFilters.length === 0) {
    fail('tag-filters', 'at least one key=value pair when instance-ids is not set')
  }

  const skipRegistered = bool('skip-registered')
  const dryRun = bool('dry-run')

  const waitFor = get('wait-for')
  if (!['none', 'install', 'replication'].includes(waitFor))
    fail('wait-for', 'none, install or replication', waitFor)

  const timeoutText = get('timeout-minutes')
  const timeoutMinutes = Number(timeoutText)
  if (
    !/^\d+(?:\.\d+)?$|^\.\d+$/.test(timeoutText) ||
    !(timeoutMinutes > 0) ||
    timeoutMinutes > MAX_TIMEOUT_MINUTES
  ) {
    fail(
      'timeout-minutes',
      `a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} (fractions allowed, e.g. 0.5)`,
      timeoutText
    )
  }

  const maxConcurrency = get('max-concurrency')
  if (maxConcurrency !== '' && !SSM_RATE.test(maxConcurrency)) {
    fail(
      'max-concurrency',
      'a positive number (e.g. 50) or a percentage from 1% to 100%',
      maxConcurrency
    )
  }
  const maxErrors = get('max-errors')
  if (!SSM_ERRORS.test(maxErrors))
    fail('max-errors', 'a number (e.g. 0 or 10) or a percentage from 0% to 100%', maxErrors)

  const failOnError = bool('fail-on-error')
  const documentName = get('document-name')
  if (!DOCUMENT.test(documentName)) {
    fail(
      'document-name',
      'an SSM document name (3 to 128 of [A-Za-z0-9_.-]) or a document ARN',
      documentName
    )
  }

  const sourceServerTags = pairs('source-server-tags')
  for (const tag of sourceServerTags) {
    if (tag.key.toLowerCase().startsWith('aws:'))
      fail('source-server-tags', 'keys that do not start with aws: (reserved)', tag.key)
  }

  const notifyTopicArn = get('notify-topic-arn')
  if (notifyTopicArn !== '' && !TOPIC_ARN.test(notifyTopicArn)) {
    fail(
      'notify-topic-arn',
      'an SNS topic ARN like arn:aws:sns:us-east-1:123456789012:drs-rollout',
      notifyTopicArn
    )
  }

  if (problems.length > 0) throw new InputError(problems)

  return {
    roleArn,
    partition,
    accountId,
    externalId: externalId || null,
    sourceRegions,
    targetRegion,
    oidcRoleArn: oidcRoleArn || null,
    audience,
    roleSessionName,
    roleDurationSeconds,
    sessionTagging,
    tagFilters: instanceIds.length > 0 ? [] : tagFilters,
    instanceIds,
    skipRegistered,
    dryRun,
    waitFor: waitFor as WaitFor,
    timeoutMinutes,
    maxConcurrency: maxConcurrency || null,
    maxErrors,
    failOnError,
    documentName,
    sourceServerTags,
    notifyTopicArn: notifyTopicArn || null,
    run
  }
}
