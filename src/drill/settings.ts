// The drill action's inputs (contract "Drills") and their parser. The account and discovery inputs
// are the install action's own, parsed by its parser, so role-arn, regions, session and filters
// are validated in one place; the drill adds its own inputs and checks them the same way.
import {
  INPUTS,
  InputError,
  inputReader,
  parseSettings,
  type InputSpec,
  type OutputSpec,
  type RunContext,
  type Settings
} from '../settings/index.js'

export const HEALTH_CHECKS = ['ec2-status', 'ssm', 'launched'] as const
export type HealthCheck = (typeof HEALTH_CHECKS)[number]
export const CLEANUP_MODES = ['always', 'on-success', 'never'] as const
export type CleanupMode = (typeof CLEANUP_MODES)[number]

export interface DrillOptions {
  /** Tag key (instance, else source server) whose numeric value orders servers into waves. */
  waveTag: string
  /** Servers per StartRecovery, 1..100. */
  maxServersPerJob: number
  healthCheck: HealthCheck
  cleanup: CleanupMode
  stopOnWaveFailure: boolean
}

/**
 * The install Settings with the drill's options. The install-only fields (skip-registered,
 * wait-for, the SSM command fields) keep their defaults and are not used; `timeoutMinutes` is the
 * drill's bound (default 120).
 */
export type DrillSettings = Settings & DrillOptions

/** The account and discovery inputs the drill shares with the install action and the check. */
const SHARED_INPUTS = [
  'role-arn',
  'accounts',
  'role-name',
  'account-concurrency',
  'account-id',
  'external-id',
  'source-regions',
  'target-region',
  'oidc-role-arn',
  'audience',
  'role-session-name',
  'role-duration-seconds',
  'session-tagging',
  'tag-filters',
  'instance-ids',
  'notify-topic-arn',
  'dry-run',
  'fail-on-error'
] as const

const SHARED_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'account-concurrency':
    "With accounts: how many accounts discover and plan their drill at once, 1 to 100. An account whose drill instances are launching holds no slot; waves and DRS's job quotas are per account.",
  'notify-topic-arn':
    "SNS topic for the drill's result, one message per run, published in the topic's region with the target-role credentials (with accounts: the topic's account's when it is in the run, else the central ones). A failed publish is a warning.",
  'source-regions':
    'Regions of the instances whose DRS source servers are drilled, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).',
  'target-region': 'The DRS recovery region, where the drill instances are launched.',
  'tag-filters':
    'key=value pairs, separated by commas or newlines; an instance must match all of them (and be running) for its source server to be drilled.',
  'dry-run': 'Discover and plan the waves and jobs; launch nothing.',
  'fail-on-error': 'Fail the step when any row is failed, timed-out or not-started.'
}

const DRILL_ONLY_INPUTS: readonly InputSpec[] = [
  {
    name: 'wave-tag',
    kind: 'text',
    required: false,
    default: 'dr:wave',
    description:
      'Tag key (on the instance, else on the source server) whose numeric value orders servers into waves, lowest first; servers without it form the last wave.'
  },
  {
    name: 'max-servers-per-job',
    kind: 'text',
    required: false,
    default: '100',
    description:
      "Servers per StartRecovery job, 1 to 100 (DRS's quota). The action also keeps DRS's limits of 20 active jobs and 500 servers in active jobs per account and region."
  },
  {
    name: 'health-check',
    kind: 'text',
    required: false,
    default: 'ec2-status',
    description:
      "ec2-status (the drill instance's EC2 instance and system status checks both ok), ssm (that and the SSM agent Online in target-region), or launched (DRS's launch status LAUNCHED is enough)."
  },
  {
    name: 'timeout-minutes',
    kind: 'text',
    required: false,
    default: '120',
    description: 'Bound on the whole drill, waves included, in minutes; fractions allowed.'
  },
  {
    name: 'cleanup',
    kind: 'text',
    required: false,
    default: 'always',
    description:
      'always (terminate every drill instance this run launched, on success, failure and cancellation), on-success (keep the ones that failed, for debugging) or never (keep all; their ids are in the rows).'
  },
  {
    name: 'stop-on-wave-failure',
    kind: 'boolean',
    required: false,
    default: 'true',
    description: 'A wave with any failed or timed-out server stops the later waves (not-started).'
  }
]

function sharedSpec(name: string): InputSpec {
  const spec = INPUTS.find(input => input.name === name)
  if (!spec) throw new Error(`the install inputs have no ${name}`)
  const description = SHARED_DESCRIPTIONS[name]
  return description ? { ...spec, description } : spec
}

/** The drill action's inputs in action.yml order. */
export const DRILL_INPUTS: readonly InputSpec[] = [
  ...SHARED_INPUTS.map(sharedSpec),
  ...DRILL_ONLY_INPUTS
]

export const DRILL_OUTPUTS: readonly OutputSpec[] = [
  { name: 'passed-count', description: 'Rows with status passed.' },
  { name: 'failed-count', description: 'Rows with status failed, timed-out or not-started.' },
  { name: 'skipped-count', description: 'Rows with status skipped-unhealthy or skipped-busy.' },
  { name: 'drill-instance-count', description: 'Drill instances launched.' },
  { name: 'terminated-count', description: 'Drill instances whose termination was confirmed.' },
  {
    name: 'max-rto-seconds',
    description: 'Largest RTO (healthyAt - startedAt) in seconds; empty when none.'
  },
  {
    name: 'max-rpo-seconds',
    description: 'Largest RPO (startedAt - snapshotAt) in seconds; empty when none.'
  },
  { name: 'account-count', description: 'Accounts in the run.' },
  {
    name: 'results',
    description:
      'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
  },
  { name: 'results-truncated', description: 'true when results leaves rows out.' },
  {
    name: 'results-file',
    description: "Path of a JSON file under RUNNER_TEMP holding every row (the drill's evidence)."
  }
]

const BOOLEAN: Readonly<Record<string, boolean>> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false
}
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u
const SHARED = new Set<string>(SHARED_INPUTS)

/**
 * Parses every drill input, collecting all problems (shared and drill-only) into one InputError,
 * so one run reports them all before any call. Pure: `read` is core.getInput's shape.
 */
export function parseDrillSettings(read: (name: string) => string, run: RunContext): DrillSettings {
  const { problems, get, fail } = inputReader(DRILL_INPUTS, read)

  const waveTag = get('wave-tag')
  if (!TAG_KEY.test(waveTag) || waveTag.toLowerCase().startsWith('aws:')) {
    fail('wave-tag', 'a tag key of 1 to 128 characters, not starting with aws:', waveTag)
  }
  const perJobText = get('max-servers-per-job')
  const maxServersPerJob = Number(perJobText)
  if (!/^\d+$/.test(perJobText) || maxServersPerJob < 1 || maxServersPerJob > 100) {
    fail(
      'max-servers-per-job',
      "a whole number from 1 to 100 (DRS's servers-per-job quota)",
      perJobText
    )
  }
  const healthCheck = get('health-check')
  if (!(HEALTH_CHECKS as readonly string[]).includes(healthCheck)) {
    fail('health-check', HEALTH_CHECKS.join(', ').replace(/, (?=[^,]*$)/, ' or '), healthCheck)
  }
  const cleanup = get('cleanup')
  if (!(CLEANUP_MODES as readonly string[]).includes(cleanup)) {
    fail('cleanup', CLEANUP_MODES.join(', ').replace(/, (?=[^,]*$)/, ' or '), cleanup)
  }
  const stopText = get('stop-on-wave-failure')
  const stopOnWaveFailure = BOOLEAN[stopText]
  if (stopOnWaveFailure === undefined) fail('stop-on-wave-failure', 'true or false', stopText)

  // The shared inputs (and timeout-minutes, whose rule is the install's) through the install
  // parser; its install-only inputs read as unset and take their defaults.
  let settings: Settings | null = null
  try {
    settings = parseSettings(
      name =>
        SHARED.has(name) ? read(name) : name === 'timeout-minutes' ? get('timeout-minutes') : '',
      run
    )
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    problems.unshift(...error.issues)
  }
  if (problems.length > 0 || !settings) throw new InputError(problems)
  return {
    ...settings,
    waveTag,
    maxServersPerJob,
    healthCheck: healthCheck as HealthCheck,
    cleanup: cleanup as CleanupMode,
    stopOnWaveFailure
  }
}
