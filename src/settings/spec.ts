// The one description of the install action's inputs and outputs: action.yml, the README tables
// and the CLI's flags are generated from it, and parse.ts reads the inputs by these names.

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
    required: false,
    description:
      'Target-account role to assume, arn:<partition>:iam::<12-digit account>:role/<path/name>. Exactly one of role-arn and accounts is set.'
  },
  {
    name: 'accounts',
    kind: 'list',
    required: false,
    description:
      'Account ids (12 digits) to run in, one step for all of them, separated by commas, spaces and/or newlines; duplicates are dropped. Needs role-name; exactly one of role-arn and accounts is set.'
  },
  {
    name: 'role-name',
    kind: 'text',
    required: false,
    description:
      "With accounts: the role's path and name in every account (e.g. DRSOrchestrationRole); the ARN is arn:<partition>:iam::<account>:role/<role-name>, the partition from target-region."
  },
  {
    name: 'account-concurrency',
    kind: 'text',
    required: false,
    default: '10',
    description:
      'With accounts: how many accounts are in their discovery and send phase at once, 1 to 100. An account that is only waiting holds no slot.'
  },
  {
    name: 'account-id',
    kind: 'text',
    required: false,
    description:
      'Target account id (12 digits). Defaults to the account in role-arn and must equal it; only with role-arn.'
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
    description:
      "Bound on the whole wait, in minutes; fractions allowed (0.5). With a staged roll-out (canary, wave-tag), the bound on each stage's wait."
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
    description:
      'Fail the step when any row is failed or timed-out, or halted by a staged roll-out (failed-count + halted-count > 0).'
  },
  {
    name: 'canary',
    kind: 'text',
    required: false,
    default: '0',
    description:
      "Staged roll-out: a count or a whole percentage (5%, rounded up) of each account's candidates, sent and waited for first, alone. 0: no canary stage. Needs wait-for install or replication."
  },
  {
    name: 'wave-tag',
    kind: 'text',
    required: false,
    description:
      'Staged roll-out: EC2 tag key (e.g. dr:wave) whose numeric value orders the remaining candidates into waves, lowest first, each waited for before the next; candidates without it (or with a non-numeric value) form the last wave. Unset: the rest is one wave. Needs wait-for install or replication.'
  },
  {
    name: 'max-failures',
    kind: 'text',
    required: false,
    default: '100%',
    description:
      'Staged roll-out failure budget: a count or a whole percentage of the candidates sent so far. When the failed or timed-out rows of the stages so far exceed it, nothing more is sent for that account (those candidates are halted).'
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
    name: 'drs-replicating-limit',
    kind: 'text',
    required: false,
    default: '300',
    description:
      "Replicating source servers DRS allows per account in target-region (DRS's quota). Candidates beyond it, counting the servers already replicating, are failed and not sent."
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
  {
    name: 'halted-count',
    description:
      'Rows with status halted (not sent: the staged roll-out stopped at its max-failures budget).'
  },
  { name: 'command-ids', description: 'JSON array of the SSM command ids sent.' },
  {
    name: 'results',
    description:
      'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
  },
  { name: 'results-truncated', description: 'true when results leaves rows out.' },
  { name: 'results-file', description: 'Path of a JSON file under RUNNER_TEMP holding every row.' },
  { name: 'account-count', description: 'Accounts in the run.' }
]
