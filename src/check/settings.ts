// The check action's inputs: the account and discovery inputs of the install action (validated by
// the install's own parser, so the rules live in one place) plus the check's own three.
import {
  INPUTS,
  InputError,
  type InputProblem,
  inputReader,
  parseSettings,
  splitList,
  type InputSpec,
  type OutputSpec,
  type RunContext,
  type Settings
} from '../settings/index.js'
import { CHECK_STATUSES, type CheckStatus } from './rows.js'

/** The install inputs the check takes, in the order check/action.yml lists them. */
export const SHARED_INPUT_NAMES = [
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
  'notify-topic-arn'
] as const

export const DEFAULT_FAIL_ON = 'unprotected,stalled,disconnected,stopped,lagging'

// Where the install's wording is about installing, the check says what the input means for it.
const DESCRIPTION_OVERRIDES: Readonly<Record<string, string>> = {
  'account-concurrency':
    'With accounts: how many accounts are checked at once, 1 to 100. One central session serves them all; each account is assumed on its own.',
  'source-regions':
    'Regions whose instances are checked, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).',
  'target-region': 'The DRS recovery region, where the source servers are registered.',
  'tag-filters':
    'key=value pairs, separated by commas or newlines; every running instance that matches all of them should be protected.',
  'instance-ids':
    'Explicit instance ids (commas, spaces or newlines). When set, tag-filters are not used, each id is looked up in every source region, and orphaned servers are not reported.',
  'notify-topic-arn':
    "SNS topic for the check's result (coverage, counts, the rows that need attention), one message per run, published in the topic's region with the target-role credentials (with accounts: the topic's account's when it is in the run, else the central ones). A failed publish is a warning."
}

const OWN_INPUTS: readonly InputSpec[] = [
  {
    name: 'max-lag-minutes',
    kind: 'text',
    required: false,
    default: '15',
    description:
      'A CONTINUOUS server whose replication lag is longer is lagging (minutes, 0 or more).'
  },
  {
    name: 'max-drill-age-days',
    kind: 'text',
    required: false,
    description:
      'Set: a server whose last drill or recovery launch is older, did not succeed, or never happened is drill-overdue. Unset: drills are not checked.'
  },
  {
    name: 'fail-on',
    kind: 'list',
    required: false,
    default: DEFAULT_FAIL_ON,
    description: `Statuses that fail the step (commas, spaces or newlines): any of ${CHECK_STATUSES.join(', ')}; none for never. failed always fails the step.`
  }
]

export const CHECK_INPUTS: readonly InputSpec[] = [
  ...SHARED_INPUT_NAMES.map(name => {
    const spec = INPUTS.find(input => input.name === name)
    if (!spec) throw new Error(`the install has no input ${name}`)
    return { ...spec, description: DESCRIPTION_OVERRIDES[name] ?? spec.description }
  }),
  ...OWN_INPUTS
]

export const CHECK_OUTPUTS: readonly OutputSpec[] = [
  { name: 'protected-count', description: 'Rows with status protected.' },
  { name: 'unprotected-count', description: 'Running matching instances without a source server.' },
  {
    name: 'unhealthy-count',
    description: 'Rows with status stalled, disconnected, stopped or lagging.'
  },
  { name: 'syncing-count', description: 'Rows with status syncing.' },
  {
    name: 'orphaned-count',
    description: 'Source servers whose instance no longer runs with the filters.'
  },
  {
    name: 'drill-overdue-count',
    description: 'Rows with status drill-overdue (0 without max-drill-age-days).'
  },
  {
    name: 'failed-count',
    description: 'Rows with status failed (region- and account-wide failures included).'
  },
  {
    name: 'coverage',
    description:
      'Whole percent (rounded down) of the running matching instances that have a source server; 100 when none were found.'
  },
  { name: 'account-count', description: 'Accounts in the run.' },
  {
    name: 'results',
    description:
      'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
  },
  { name: 'results-truncated', description: 'true when results leaves rows out.' },
  { name: 'results-file', description: 'Path of a JSON file under RUNNER_TEMP holding every row.' }
]

export interface CheckSettings extends Pick<
  Settings,
  | 'roleArn'
  | 'partition'
  | 'accountId'
  | 'targets'
  | 'roleName'
  | 'duplicateAccounts'
  | 'accountConcurrency'
  | 'externalId'
  | 'sourceRegions'
  | 'targetRegion'
  | 'oidcRoleArn'
  | 'audience'
  | 'roleSessionName'
  | 'roleDurationSeconds'
  | 'sessionTagging'
  | 'tagFilters'
  | 'instanceIds'
  | 'notifyTopicArn'
  | 'run'
> {
  maxLagMinutes: number
  /** null: drills are not checked. */
  maxDrillAgeDays: number | null
  /** The statuses that fail the step; always holds failed. */
  failOn: CheckStatus[]
}

const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)$/

function isCheckStatus(word: string): word is CheckStatus {
  return (CHECK_STATUSES as readonly string[]).includes(word)
}

/** The check's own inputs; problems go to `fail`. */
function parseOwnInputs(
  read: (name: string) => string,
  problems: InputProblem[]
): Pick<CheckSettings, 'maxLagMinutes' | 'maxDrillAgeDays' | 'failOn'> {
  const reader = inputReader(CHECK_INPUTS, read)
  const lagText = reader.get('max-lag-minutes')
  if (!NUMBER.test(lagText)) {
    reader.fail('max-lag-minutes', 'a number of minutes, 0 or more (fractions allowed)', lagText)
  }
  const drillText = reader.get('max-drill-age-days')
  if (drillText !== '' && (!NUMBER.test(drillText) || !(Number(drillText) > 0))) {
    reader.fail('max-drill-age-days', 'a number of days above 0, or unset', drillText)
  }
  const words = splitList(reader.get('fail-on'), true)
  const failOn = new Set<CheckStatus>(['failed'])
  for (const word of words) {
    if (isCheckStatus(word)) failOn.add(word)
    else if (word !== 'none') {
      reader.fail('fail-on', `check statuses (${CHECK_STATUSES.join(', ')}) or none`, word)
    }
  }
  if (words.includes('none') && words.length > 1) {
    reader.fail('fail-on', 'none on its own, or a list of statuses', words.join(','))
  }
  problems.push(...reader.problems)
  return {
    maxLagMinutes: Number(lagText),
    maxDrillAgeDays: drillText === '' ? null : Number(drillText),
    failOn: CHECK_STATUSES.filter(status => failOn.has(status))
  }
}

/**
 * Parses the check's inputs, reporting every problem at once. The shared inputs go through the
 * install's parser; its install-only inputs read as unset, so they take their (valid) defaults.
 */
export function parseCheckSettings(read: (name: string) => string, run: RunContext): CheckSettings {
  const shared = new Set<string>(SHARED_INPUT_NAMES)
  const problems: InputProblem[] = []
  let base: Settings | null = null
  try {
    base = parseSettings(name => (shared.has(name) ? read(name) : ''), run)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    problems.push(...error.issues)
  }
  const own = parseOwnInputs(read, problems)
  if (problems.length > 0 || !base) throw new InputError(problems)
  return {
    roleArn: base.roleArn,
    partition: base.partition,
    accountId: base.accountId,
    targets: base.targets,
    roleName: base.roleName,
    duplicateAccounts: base.duplicateAccounts,
    accountConcurrency: base.accountConcurrency,
    externalId: base.externalId,
    sourceRegions: base.sourceRegions,
    targetRegion: base.targetRegion,
    oidcRoleArn: base.oidcRoleArn,
    audience: base.audience,
    roleSessionName: base.roleSessionName,
    roleDurationSeconds: base.roleDurationSeconds,
    sessionTagging: base.sessionTagging,
    tagFilters: base.tagFilters,
    instanceIds: base.instanceIds,
    notifyTopicArn: base.notifyTopicArn,
    run: base.run,
    ...own
  }
}
