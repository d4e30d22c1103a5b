export const id = 920324;
export const ids = [920324];
export const modules = {

/***/ 1255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runUrl),
/* harmony export */   w: () => (/* binding */ runContextFromEnv)
/* harmony export */ });
function runContextFromEnv(env) {
    return {
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        repository: env.GITHUB_REPOSITORY ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com'
    };
}
function runUrl(run) {
    if (!run.repository || !run.runId)
        return '';
    const attempt = run.runAttempt && run.runAttempt !== '1' ? `/attempts/${run.runAttempt}` : '';
    return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}${attempt}`;
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   CU: () => (/* binding */ roleArnExpected),
/* harmony export */   DM: () => (/* binding */ parseRoleArn),
/* harmony export */   Kl: () => (/* binding */ audienceProblem),
/* harmony export */   Q_: () => (/* binding */ sanitiseSessionName),
/* harmony export */   Rm: () => (/* binding */ regionPartition),
/* harmony export */   VJ: () => (/* binding */ TRUE_WORDS),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   WD: () => (/* binding */ FALSE_WORDS),
/* harmony export */   W_: () => (/* binding */ ACCOUNT_ID),
/* harmony export */   Zg: () => (/* binding */ REGION),
/* harmony export */   cN: () => (/* binding */ inputReader),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   kS: () => (/* binding */ parseTopicArn),
/* harmony export */   nI: () => (/* binding */ CONTROL_CHARACTERS),
/* harmony export */   ni: () => (/* binding */ regionOfTopic),
/* harmony export */   qB: () => (/* binding */ ROLE_LIMITS),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   xM: () => (/* binding */ PARTITION),
/* harmony export */   xg: () => (/* binding */ parsePairs),
/* harmony export */   yn: () => (/* binding */ isRoleName)
/* harmony export */ });
/* unused harmony exports parseBoolean, ROLE_PATH_MAX, ROLE_NAME_MAX */
/** The action's wording of a problem, e.g. `role-arn: expected an IAM role ARN ..., got "x"`. */
function formatProblem(problem) {
    const required = problem.required ? ' (required)' : '';
    const got = problem.got === undefined ? '' : `, got "${problem.got}"`;
    return `${problem.input}: expected ${problem.expected}${required}${got}`;
}
class InputError extends Error {
    issues;
    /** The problems in the action's words, in the order found. */
    problems;
    constructor(issues) {
        const problems = issues.map(formatProblem);
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n${problems.map(p => `  - ${p}`).join('\n')}`);
        this.issues = issues;
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** Reads inputs of one action by name, with its defaults, and collects every problem found. */
function inputReader(specs, read) {
    const problems = [];
    const get = (name) => {
        const spec = specs.find(input => input.name === name);
        if (!spec)
            throw new Error(`unknown input ${name}`);
        const value = read(name).trim();
        return value === '' ? (spec.default ?? '') : value;
    };
    const fail = (input, expected, got) => {
        problems.push(got === undefined ? { input, expected } : { input, expected, got });
    };
    return {
        problems,
        get,
        fail,
        required: (name, expected) => {
            const value = get(name);
            if (value === '')
                problems.push({ input: name, expected, required: true });
            return value;
        },
        bool: name => {
            const value = get(name);
            const parsed = parseBoolean(value);
            if (parsed === null)
                fail(name, 'true or false', value);
            return parsed ?? false;
        },
        done: () => {
            if (problems.length > 0)
                throw new InputError(problems);
        }
    };
}
// ---- words and lists ------------------------------------------------------------------------
/** The true/false words of YAML 1.2's core schema, as @actions/core's getBooleanInput takes them. */
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
function parseBoolean(value) {
    if (TRUE_WORDS.includes(value))
        return true;
    if (FALSE_WORDS.includes(value))
        return false;
    return null;
}
/** Splits a list input on commas and newlines (and, where allowed, spaces); drops empty items. */
function splitList(raw, alsoOnSpaces = false) {
    const separator = alsoOnSpaces ? /[,\n\r\s]+/ : /[,\n\r]+/;
    return raw
        .split(separator)
        .map(item => item.trim())
        .filter(item => item.length > 0);
}
function unique(items) {
    return [...new Set(items)];
}
/** key=value items (commas or newlines); the items that are not pairs come back as `bad`. */
function parsePairs(raw) {
    const pairs = [];
    const bad = [];
    for (const item of splitList(raw)) {
        const at = item.indexOf('=');
        const key = at < 0 ? '' : item.slice(0, at).trim();
        const value = at < 0 ? '' : item.slice(at + 1).trim();
        if (key === '' || value === '')
            bad.push(item);
        else
            pairs.push({ key, value });
    }
    return { pairs, bad };
}
// ---- names and ARNs -------------------------------------------------------------------------
const PARTITION = 'aws(?:-[a-z]+)*';
const ACCOUNT_ID = /^\d{12}$/;
const REGION_PATTERN = '(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\\d{1,2}';
/** AWS region names: us-east-1, us-gov-west-1, cn-north-1, eusc-de-east-1. */
const REGION = new RegExp(`^${REGION_PATTERN}$`);
/** Region-name prefixes outside the aws partition (the longest prefix wins). */
const REGION_PARTITIONS = [
    ['us-gov-', 'aws-us-gov'],
    ['cn-', 'aws-cn'],
    ['eusc-', 'aws-eusc'],
    ['us-isob-', 'aws-iso-b'],
    ['us-isof-', 'aws-iso-f'],
    ['eu-isoe-', 'aws-iso-e'],
    ['us-iso-', 'aws-iso']
];
/** The partition a region belongs to: cn-* is aws-cn, us-gov-* aws-us-gov, eusc-* aws-eusc, ... */
function regionPartition(region) {
    return REGION_PARTITIONS.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws';
}
/** IAM's limits: a path (with its leading and trailing slash) up to 512 characters, a name up to 64. */
const ROLE_PATH_MAX = 512;
const ROLE_NAME_MAX = 64;
const ROLE_SEGMENT = '[\\w+=,.@-]+';
const ROLE_ARN = new RegExp(`^arn:(${PARTITION}):iam::(\\d{12}):role/((?:${ROLE_SEGMENT}/)*)(${ROLE_SEGMENT})$`);
const ROLE_NAME = new RegExp(`^(?:${ROLE_SEGMENT}/)*${ROLE_SEGMENT}$`);
/** The parts of a role ARN within IAM's limits, or null. */
function parseRoleArn(value) {
    const match = ROLE_ARN.exec(value);
    if (!match)
        return null;
    const [, partition, accountId, pathPart, name] = match;
    const path = `/${pathPart}`;
    if (path.length > ROLE_PATH_MAX || name.length > ROLE_NAME_MAX)
        return null;
    return { partition, accountId, path, name };
}
/** What a role ARN input expects, for problems. */
function roleArnExpected(example) {
    return `an IAM role ARN like ${example}`;
}
/** A role name with an optional path (team/DRSOrchestrationRole), within IAM's limits. */
function isRoleName(value) {
    if (!ROLE_NAME.test(value))
        return false;
    const slash = value.lastIndexOf('/');
    const name = value.slice(slash + 1);
    return name.length <= ROLE_NAME_MAX && slash + 2 <= ROLE_PATH_MAX;
}
/** The role-path and name limits in words, for problems. */
const ROLE_LIMITS = `a path of at most ${ROLE_PATH_MAX} and a name of at most ${ROLE_NAME_MAX} characters from [A-Za-z0-9_+=,.@-]`;
const TOPIC_ARN = new RegExp(`^arn:(${PARTITION}):sns:(${REGION_PATTERN}):\\d{12}:[\\w-]{1,256}(?:\\.fifo)?$`);
/** The partition and region of an SNS topic ARN, or null. */
function parseTopicArn(value) {
    const match = TOPIC_ARN.exec(value);
    return match ? { partition: match[1], region: match[2] } : null;
}
function regionOfTopic(topicArn) {
    const topic = parseTopicArn(topicArn);
    if (!topic)
        throw new Error(`not an SNS topic ARN: ${topicArn}`);
    return topic.region;
}
/** STS role session names allow [\w+=,.@-], 2..64 characters. */
function sanitiseSessionName(raw) {
    return raw.replace(/[^\w+=,.@-]/g, '').slice(0, 64);
}
/** Control characters (newlines included), which no audience, header or tag may carry. */
const CONTROL_CHARACTERS = /\p{Cc}/u;
/** An OIDC audience: non-empty, one line, no control characters. Returns the problem, or null. */
function audienceProblem(value) {
    if (value === '')
        return 'a non-empty OIDC audience';
    if (CONTROL_CHARACTERS.test(value)) {
        return 'an OIDC audience on one line, without newlines or control characters';
    }
    return null;
}


/***/ }),

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W_: () => (/* reexport */ fields/* ACCOUNT_ID */.W_),
  WD: () => (/* reexport */ fields/* FALSE_WORDS */.WD),
  mc: () => (/* reexport */ INPUTS),
  dz: () => (/* reexport */ fields/* InputError */.dz),
  xM: () => (/* reexport */ fields/* PARTITION */.xM),
  VJ: () => (/* reexport */ fields/* TRUE_WORDS */.VJ),
  Kl: () => (/* reexport */ fields/* audienceProblem */.Kl),
  Vw: () => (/* reexport */ fields/* formatProblem */.Vw),
  cN: () => (/* reexport */ fields/* inputReader */.cN),
  yn: () => (/* reexport */ fields/* isRoleName */.yn),
  xg: () => (/* reexport */ fields/* parsePairs */.xg),
  DM: () => (/* reexport */ fields/* parseRoleArn */.DM),
  P$: () => (/* reexport */ parseSettings),
  ni: () => (/* reexport */ fields/* regionOfTopic */.ni),
  CU: () => (/* reexport */ fields/* roleArnExpected */.CU),
  Q_: () => (/* reexport */ fields/* sanitiseSessionName */.Q_),
  ry: () => (/* reexport */ fields/* splitList */.ry),
  Am: () => (/* reexport */ fields/* unique */.Am)
});

// UNUSED EXPORTS: AMOUNT_EXPECTED, CONTROL_CHARACTERS, COUNT_OUTPUTS, DEFAULT_DOCUMENT, DRS_MAX_TAGS, OUTPUTS, REGION, ROLE_LIMITS, ROLE_NAME_MAX, ROLE_PATH_MAX, UNSTAGED, formatAmount, parseAmount, parseBoolean, parseRollout, parseTopicArn, regionPartition

;// CONCATENATED MODULE: ./src/settings/spec.ts
// The one description of the install action's inputs and outputs: action.yml, the README tables
// and the CLI's flags are generated from it, and parse.ts reads the inputs by these names.
const DEFAULT_TAG_FILTERS = 'dr:enabled=true,dr:recovery-strategy=drs';
const DEFAULT_DOCUMENT = 'AWSDisasterRecovery-InstallDRAgentOnInstance';
const INPUTS = [
    {
        name: 'role-arn',
        kind: 'text',
        required: false,
        description: 'Target-account role to assume, arn:<partition>:iam::<12-digit account>:role/<path/name>. Exactly one of role-arn and accounts is set.'
    },
    {
        name: 'accounts',
        kind: 'list',
        required: false,
        description: 'Account ids (12 digits) to run in, one step for all of them, separated by commas, spaces and/or newlines; duplicates are dropped. Needs role-name; exactly one of role-arn and accounts is set.'
    },
    {
        name: 'role-name',
        kind: 'text',
        required: false,
        description: "With accounts: the role's path and name in every account (e.g. DRSOrchestrationRole); the ARN is arn:<partition>:iam::<account>:role/<role-name>, the partition from target-region."
    },
    {
        name: 'account-concurrency',
        kind: 'text',
        required: false,
        default: '10',
        description: 'With accounts: how many accounts are in their discovery and send phase at once, 1 to 100. An account that is only waiting holds no slot.'
    },
    {
        name: 'account-id',
        kind: 'text',
        required: false,
        description: 'Target account id (12 digits). Defaults to the account in role-arn and must equal it; only with role-arn.'
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
        description: 'Regions whose instances get the agent, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).'
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
        description: 'Central orchestration role. Set: the GitHub OIDC token is exchanged for it (AssumeRoleWithWebIdentity), then role-arn is assumed from it. Unset: role-arn is assumed from the credentials already in the environment.'
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
        description: 'Session name for both role sessions. Default drs-<run id>-<attempt>; sanitised to [\\w+=,.@-], 2 to 64 characters.'
    },
    {
        name: 'role-duration-seconds',
        kind: 'text',
        required: false,
        default: '3600',
        description: 'Session duration, 900 to 43200. Above 3600 is rejected with oidc-role-arn (STS caps chained sessions at one hour); sessions are refreshed before they expire.'
    },
    {
        name: 'session-tagging',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'Set SourceIdentity (the actor) and session tags (repository, workflow, run id) on the AssumeRole into role-arn. Set false when the trust policy lacks sts:TagSession / sts:SetSourceIdentity.'
    },
    {
        name: 'tag-filters',
        kind: 'list',
        required: false,
        default: DEFAULT_TAG_FILTERS,
        description: 'key=value pairs, separated by commas or newlines; an instance must match all of them (and be running).'
    },
    {
        name: 'instance-ids',
        kind: 'list',
        required: false,
        description: 'Explicit instance ids (commas, spaces or newlines). When set, tag-filters are not used; each id is looked up in every source region.'
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
        description: 'none (report commands as pending), install (wait for the install and the DRS source server), or replication (also wait for CONTINUOUS replication).'
    },
    {
        name: 'timeout-minutes',
        kind: 'text',
        required: false,
        default: '30',
        description: "Bound on the whole wait, in minutes; fractions allowed (0.5). With a staged roll-out (canary, wave-tag), the bound on each stage's wait."
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
        description: 'SendCommand MaxErrors (a number or a percentage); the default lets one bad host not stop the rest.'
    },
    {
        name: 'fail-on-error',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'Fail the step when any row is failed or timed-out, or halted by a staged roll-out (failed-count + halted-count > 0).'
    },
    {
        name: 'canary',
        kind: 'text',
        required: false,
        default: '0',
        description: "Staged roll-out: a count or a whole percentage (5%, rounded up) of each account's candidates, sent and waited for first, alone. 0: no canary stage. Needs wait-for install or replication."
    },
    {
        name: 'wave-tag',
        kind: 'text',
        required: false,
        description: 'Staged roll-out: EC2 tag key (e.g. dr:wave) whose numeric value orders the remaining candidates into waves, lowest first, each waited for before the next; candidates without it (or with a non-numeric value) form the last wave. Unset: the rest is one wave. Needs wait-for install or replication.'
    },
    {
        name: 'max-failures',
        kind: 'text',
        required: false,
        default: '100%',
        description: 'Staged roll-out failure budget: a count or a whole percentage of the candidates sent so far. When the failed or timed-out rows of the stages so far exceed it, nothing more is sent for that account (those candidates are halted).'
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
        description: "key=value pairs (commas or newlines) passed as the document's Tags parameter, tagging the DRS source servers."
    },
    {
        name: 'drs-replicating-limit',
        kind: 'text',
        required: false,
        default: '300',
        description: "Replicating source servers DRS allows per account in target-region (DRS's quota). Candidates beyond it, counting the servers already replicating, are failed and not sent."
    },
    {
        name: 'notify-topic-arn',
        kind: 'text',
        required: false,
        description: "SNS topic for a completion message, published in the topic's region with the target-role credentials. A failed publish is a warning."
    }
];
/** The four counts, shared by this action's outputs and the org-wide report's. */
const COUNT_OUTPUTS = [
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
];
const OUTPUTS = [
    ...COUNT_OUTPUTS,
    {
        name: 'halted-count',
        description: 'Rows with status halted (not sent: the staged roll-out stopped at its max-failures budget).'
    },
    { name: 'command-ids', description: 'JSON array of the SSM command ids sent.' },
    {
        name: 'results',
        description: 'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
    },
    { name: 'results-truncated', description: 'true when results leaves rows out.' },
    { name: 'results-file', description: 'Path of a JSON file under RUNNER_TEMP holding every row.' },
    { name: 'account-count', description: 'Accounts in the run.' }
];

// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __webpack_require__(764);
// EXTERNAL MODULE: ./src/settings/rollout.ts
var settings_rollout = __webpack_require__(8284);
;// CONCATENATED MODULE: ./src/settings/parse.ts
// The pure parser of the install action's inputs: raw strings in (as core.getInput returns them),
// one validated Settings out, or one InputError holding every problem found. No I/O.



const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
/** SSM's patterns for SendCommand MaxConcurrency and MaxErrors (each at most 7 characters). */
const SSM_RATE = /^(?:[1-9]\d*|[1-9]\d?%|100%)$/;
const SSM_ERRORS = /^(?:0|[1-9]\d*|[1-9]?\d%|100%)$/;
const SSM_RATE_MAX_CHARS = 7;
const DOCUMENT = /^(?:[\w.-]{3,128}|arn:aws(?:-[a-z]+)*:ssm:[a-z0-9-]+:\d{12}:document\/[\w.-]{3,128})$/;
const MAX_TIMEOUT_MINUTES = 24 * 60;
const MAX_ACCOUNT_CONCURRENCY = 100;
const TARGET_ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/DRSOrchestrationRole';
const CENTRAL_ROLE_EXAMPLE = 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator';
/** DRS's tag rules (TagResource): at most 50 tags; keys 1..128, values 0..256 of these characters. */
const DRS_MAX_TAGS = 50;
const DRS_TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const DRS_TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
function pairs(input, name) {
    const { pairs: found, bad } = (0,fields/* parsePairs */.xg)(input.get(name));
    for (const item of bad)
        input.fail(name, 'key=value pairs separated by commas or newlines', item);
    return found;
}
function regionList(input, name, raw) {
    const regions = (0,fields/* unique */.Am)((0,fields/* splitList */.ry)(raw));
    for (const region of regions) {
        if (!fields/* REGION */.Zg.test(region))
            input.fail(name, 'AWS region names like us-east-1, separated by commas or newlines', region);
    }
    return regions;
}
/** The external id, shared by every account's AssumeRole. */
function parseExternalId(input) {
    const externalId = input.get('external-id');
    // The value is a secret: never echo it back.
    if (externalId !== '' && !EXTERNAL_ID.test(externalId)) {
        input.fail('external-id', '2 to 1224 characters from [A-Za-z0-9_+=,.@:/-] (value not shown)');
    }
    return externalId || null;
}
/** The target role and its account (role-arn, with an optional account-id). */
function parseTargetRole(input) {
    const roleArn = input.required('role-arn', `${(0,fields/* roleArnExpected */.CU)(TARGET_ROLE_EXAMPLE)}, or accounts with role-name instead`);
    const role = (0,fields/* parseRoleArn */.DM)(roleArn);
    if (roleArn !== '' && !role) {
        input.fail('role-arn', `${(0,fields/* roleArnExpected */.CU)(TARGET_ROLE_EXAMPLE)} (${fields/* ROLE_LIMITS */.qB})`, roleArn);
    }
    const roleName = input.get('role-name');
    if (roleName !== '') {
        input.fail('role-name', 'unset with role-arn (role-name goes with accounts)', roleName);
    }
    let accountId = input.get('account-id');
    if (accountId === '')
        accountId = role?.accountId ?? '';
    else if (!fields/* ACCOUNT_ID */.W_.test(accountId))
        input.fail('account-id', '12 digits', accountId);
    else if (role && accountId !== role.accountId) {
        input.fail('account-id', `the account in role-arn (${role.accountId})`, accountId);
    }
    const targets = roleArn !== '' && accountId !== '' ? [{ accountId, roleArn }] : [];
    return { roleArn, role, accountId, targets, roleName: null, duplicateAccounts: [] };
}
const ACCOUNTS_EXPECTED = '12-digit account ids separated by commas, spaces or newlines';
/** The accounts of a many-account run, each with the ARN of role-name in it. */
function parseAccounts(input, targetRegion) {
    if (input.get('role-arn') !== '') {
        input.fail('accounts', 'unset when role-arn is set (exactly one of role-arn and accounts)');
    }
    const accountIdText = input.get('account-id');
    if (accountIdText !== '') {
        input.fail('account-id', 'unset with accounts (account-id is only valid with role-arn)');
    }
    const listed = (0,fields/* splitList */.ry)(input.get('accounts'), true);
    const ids = (0,fields/* unique */.Am)(listed);
    for (const id of ids)
        if (!fields/* ACCOUNT_ID */.W_.test(id))
            input.fail('accounts', ACCOUNTS_EXPECTED, id);
    if (ids.length === 0)
        input.fail('accounts', ACCOUNTS_EXPECTED, input.get('accounts'));
    const duplicateAccounts = ids.filter(id => listed.indexOf(id) !== listed.lastIndexOf(id));
    const roleName = input.required('role-name', "the role's path and name in every account, e.g. DRSOrchestrationRole, with accounts");
    if (roleName.startsWith('arn:')) {
        input.fail('role-name', 'a role name, not an ARN (e.g. DRSOrchestrationRole)', roleName);
    }
    else if (roleName !== '' && !(0,fields/* isRoleName */.yn)(roleName.replace(/^\/+/, ''))) {
        input.fail('role-name', `a role name with an optional path (${fields/* ROLE_LIMITS */.qB})`, roleName);
    }
    const partition = fields/* REGION */.Zg.test(targetRegion) ? (0,fields/* regionPartition */.Rm)(targetRegion) : 'aws';
    const name = roleName.replace(/^\/+/, '');
    const targets = ids
        .filter(id => fields/* ACCOUNT_ID */.W_.test(id))
        .map(accountId => ({ accountId, roleArn: `arn:${partition}:iam::${accountId}:role/${name}` }));
    const first = targets[0] ?? { accountId: '', roleArn: '' };
    return {
        roleArn: first.roleArn,
        role: (0,fields/* parseRoleArn */.DM)(first.roleArn),
        accountId: first.accountId,
        targets,
        roleName: name || null,
        duplicateAccounts
    };
}
function wholeNumber(input, name, min, max) {
    const text = input.get(name);
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
        input.fail(name, `a whole number ${range}`, text);
    }
    return value;
}
/** The central role and the sessions on both roles. */
function parseSessions(input, run) {
    const oidcRoleArn = input.get('oidc-role-arn');
    const oidcRole = oidcRoleArn === '' ? null : (0,fields/* parseRoleArn */.DM)(oidcRoleArn);
    if (oidcRoleArn !== '' && !oidcRole) {
        input.fail('oidc-role-arn', `${(0,fields/* roleArnExpected */.CU)(CENTRAL_ROLE_EXAMPLE)} (${fields/* ROLE_LIMITS */.qB})`, oidcRoleArn);
    }
    const audience = input.get('audience');
    const audienceWrong = (0,fields/* audienceProblem */.Kl)(audience);
    if (audienceWrong) {
        // Shown escaped: a newline or escape sequence in the problem would break the log line.
        const got = audience === '' ? undefined : JSON.stringify(audience).slice(1, -1);
        input.fail('audience', audienceWrong, got);
    }
    const rawSessionName = input.get('role-session-name') || `drs-${run.runId || 'local'}-${run.runAttempt || '1'}`;
    const roleSessionName = (0,fields/* sanitiseSessionName */.Q_)(rawSessionName);
    if (roleSessionName.length < 2) {
        input.fail('role-session-name', '2 to 64 characters from [A-Za-z0-9_+=,.@-]', rawSessionName);
    }
    const durationText = input.get('role-duration-seconds');
    const roleDurationSeconds = Number(durationText);
    if (!/^\d+$/.test(durationText) || roleDurationSeconds < 900 || roleDurationSeconds > 43200) {
        input.fail('role-duration-seconds', 'a whole number of seconds from 900 to 43200', durationText);
    }
    else if (oidcRoleArn !== '' && roleDurationSeconds > 3600) {
        input.fail('role-duration-seconds', 'at most 3600 with oidc-role-arn (STS caps role-chained sessions at one hour; the action refreshes them)', durationText);
    }
    const sessionTagging = input.bool('session-tagging');
    return {
        oidcRoleArn: oidcRoleArn || null,
        oidcRole,
        audience,
        roleSessionName,
        roleDurationSeconds,
        sessionTagging
    };
}
/** Where the instances are and which of them. */
function parseSelection(input) {
    const sourceRegionsText = input.required('source-regions', 'one or more AWS regions like us-east-1');
    const sourceRegions = regionList(input, 'source-regions', sourceRegionsText);
    if (sourceRegionsText !== '' && sourceRegions.length === 0) {
        input.problems.push({
            input: 'source-regions',
            expected: 'one or more AWS regions like us-east-1',
            required: true,
            got: sourceRegionsText
        });
    }
    const targetRegion = input.required('target-region', 'one AWS region like us-west-2');
    if (targetRegion !== '' && !fields/* REGION */.Zg.test(targetRegion))
        input.fail('target-region', 'one AWS region like us-west-2', targetRegion);
    return { sourceRegions, targetRegion };
}
function parseInstances(input) {
    const tagFilters = pairs(input, 'tag-filters');
    const instanceIds = (0,fields/* unique */.Am)((0,fields/* splitList */.ry)(input.get('instance-ids'), true));
    for (const id of instanceIds) {
        if (!INSTANCE_ID.test(id))
            input.fail('instance-ids', 'EC2 instance ids like i-0123456789abcdef0', id);
    }
    if (instanceIds.length === 0 && tagFilters.length === 0) {
        input.fail('tag-filters', 'at least one key=value pair when instance-ids is not set');
    }
    return {
        tagFilters: instanceIds.length > 0 ? [] : tagFilters,
        instanceIds,
        skipRegistered: input.bool('skip-registered'),
        dryRun: input.bool('dry-run')
    };
}
function ssmRate(input, name, pattern, expected) {
    const value = input.get(name);
    if (value !== '' && (value.length > SSM_RATE_MAX_CHARS || !pattern.test(value))) {
        input.fail(name, `${expected}, at most ${SSM_RATE_MAX_CHARS} characters`, value);
    }
    return value;
}
/** How the commands are sent and waited for. */
function parseSending(input) {
    const waitFor = input.get('wait-for');
    if (!['none', 'install', 'replication'].includes(waitFor))
        input.fail('wait-for', 'none, install or replication', waitFor);
    const timeoutText = input.get('timeout-minutes');
    const timeoutMinutes = Number(timeoutText);
    if (!/^\d+(?:\.\d+)?$|^\.\d+$/.test(timeoutText) ||
        !(timeoutMinutes > 0) ||
        timeoutMinutes > MAX_TIMEOUT_MINUTES) {
        input.fail('timeout-minutes', `a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} (fractions allowed, e.g. 0.5)`, timeoutText);
    }
    const maxConcurrency = ssmRate(input, 'max-concurrency', SSM_RATE, 'a positive number (e.g. 50) or a percentage from 1% to 100%');
    const maxErrors = ssmRate(input, 'max-errors', SSM_ERRORS, 'a number (e.g. 0 or 10) or a percentage from 0% to 100%');
    const failOnError = input.bool('fail-on-error');
    const documentName = input.get('document-name');
    if (!DOCUMENT.test(documentName)) {
        input.fail('document-name', 'an SSM document name (3 to 128 of [A-Za-z0-9_.-]) or a document ARN', documentName);
    }
    return {
        waitFor: waitFor,
        timeoutMinutes,
        maxConcurrency: maxConcurrency || null,
        maxErrors,
        failOnError,
        documentName,
        sourceServerTags: parseSourceServerTags(input)
    };
}
/** source-server-tags within DRS's tag rules, so a bad tag fails here and not on every instance. */
function parseSourceServerTags(input) {
    const name = 'source-server-tags';
    const tags = pairs(input, name);
    if (tags.length > DRS_MAX_TAGS) {
        input.fail(name, `at most ${DRS_MAX_TAGS} tags (DRS's limit)`, `${tags.length} tags`);
    }
    for (const tag of tags) {
        if (tag.key.toLowerCase().startsWith('aws:'))
            input.fail(name, 'keys that do not start with aws: (reserved)', tag.key);
        else if (!DRS_TAG_KEY.test(tag.key)) {
            input.fail(name, 'tag keys of 1 to 128 letters, digits, spaces and _.:/=+-@', printable(tag.key));
        }
        if (!DRS_TAG_VALUE.test(tag.value)) {
            input.fail(name, 'tag values of at most 256 letters, digits, spaces and _.:/=+-@', printable(tag.value));
        }
    }
    return tags;
}
/** A value shown in a problem: control characters escaped, long values cut. */
function printable(value) {
    const text = fields/* CONTROL_CHARACTERS */.nI.test(value) ? JSON.stringify(value).slice(1, -1) : value;
    return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
/**
 * Every ARN and region in one partition: role-arn's. A cn-north-1 region under an aws role (or an
 * aws-cn role with us-east-1) would only fail later, at STS or on every endpoint.
 */
function checkPartitions(input, partition, regions, oidc, topicArn) {
    const inPartition = `in role-arn's partition (${partition})`;
    for (const region of regions.sourceRegions) {
        if (fields/* REGION */.Zg.test(region) && (0,fields/* regionPartition */.Rm)(region) !== partition)
            input.fail('source-regions', `regions ${inPartition}`, region);
    }
    const target = regions.targetRegion;
    if (fields/* REGION */.Zg.test(target) && (0,fields/* regionPartition */.Rm)(target) !== partition)
        input.fail('target-region', `a region ${inPartition}`, target);
    if (oidc && oidc.partition !== partition)
        input.fail('oidc-role-arn', `a role ARN ${inPartition}`, oidc.arn);
    const topic = (0,fields/* parseTopicArn */.kS)(topicArn);
    if (topic && (topic.partition !== partition || (0,fields/* regionPartition */.Rm)(topic.region) !== partition))
        input.fail('notify-topic-arn', `a topic ARN and region ${inPartition}`, topicArn);
}
/**
 * Parses every input, collecting all problems so one run reports them all. `read` returns the raw
 * value ('' when unset), as core.getInput does. Throws InputError; makes no I/O.
 */
function parseSettings(read, run) {
    const input = (0,fields/* inputReader */.cN)(INPUTS, read);
    const { role, ...target } = input.get('accounts') === ''
        ? parseTargetRole(input)
        : parseAccounts(input, input.get('target-region'));
    const externalId = parseExternalId(input);
    const regions = parseSelection(input);
    const accountConcurrency = wholeNumber(input, 'account-concurrency', 1, MAX_ACCOUNT_CONCURRENCY);
    const drsReplicatingLimit = wholeNumber(input, 'drs-replicating-limit', 1, Number.MAX_SAFE_INTEGER);
    const { oidcRole, ...sessions } = parseSessions(input, run);
    const instances = parseInstances(input);
    const sending = parseSending(input);
    const rollout = (0,settings_rollout/* parseRollout */.Z4)(input, sending.waitFor);
    const notifyTopicArn = input.get('notify-topic-arn');
    if (notifyTopicArn !== '' && !(0,fields/* parseTopicArn */.kS)(notifyTopicArn)) {
        input.fail('notify-topic-arn', 'an SNS topic ARN like arn:aws:sns:us-east-1:123456789012:drs-rollout', notifyTopicArn);
    }
    if (role) {
        const oidc = oidcRole && sessions.oidcRoleArn
            ? { arn: sessions.oidcRoleArn, partition: oidcRole.partition }
            : null;
        checkPartitions(input, role.partition, regions, oidc, notifyTopicArn);
    }
    input.done();
    return {
        ...target,
        externalId,
        accountConcurrency,
        drsReplicatingLimit,
        ...sessions,
        partition: role?.partition ?? 'aws',
        ...regions,
        ...instances,
        ...sending,
        ...rollout,
        notifyTopicArn: notifyTopicArn || null,
        run
    };
}

;// CONCATENATED MODULE: ./src/settings/index.ts
// The settings façade: the input spec, the shared field validators, the parser and the types.






/***/ }),

/***/ 8284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z4: () => (/* binding */ parseRollout),
/* harmony export */   ej: () => (/* binding */ formatAmount)
/* harmony export */ });
/* unused harmony exports UNSTAGED, AMOUNT_EXPECTED, parseAmount */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(764);
// The staged roll-out inputs (canary, wave-tag, max-failures): a count or a whole percentage, and
// an EC2 tag key. Pure; the arithmetic on them lives in src/install/stages.ts.

/** No roll-out staging: what the defaults give. */
const UNSTAGED = {
    canary: { kind: 'count', value: 0 },
    waveTag: null,
    maxFailures: { kind: 'percent', value: 100 }
};
const AMOUNT_EXPECTED = 'a whole number (e.g. 2) or a whole percentage from 0% to 100% (e.g. 10%)';
/** EC2 tag keys are 1 to 128 characters. */
const TAG_KEY_MAX = 128;
/** `3` -> count 3, `10%` -> percent 10; null when the text is neither (or above 100%). */
function parseAmount(text) {
    const count = /^\d{1,9}$/.exec(text);
    if (count)
        return { kind: 'count', value: Number(text) };
    const percent = /^(\d{1,3})%$/.exec(text);
    if (percent && Number(percent[1]) <= 100)
        return { kind: 'percent', value: Number(percent[1]) };
    return null;
}
function formatAmount(amount) {
    return amount.kind === 'percent' ? `${amount.value}%` : String(amount.value);
}
function amountInput(input, name) {
    const text = input.get(name);
    const amount = parseAmount(text);
    if (!amount)
        input.fail(name, AMOUNT_EXPECTED, text);
    return amount ?? { kind: 'count', value: 0 };
}
/** Reads the three inputs; staging needs each stage waited for, so `wait-for: none` rejects it. */
function parseRollout(input, waitFor) {
    const canary = amountInput(input, 'canary');
    const maxFailures = amountInput(input, 'max-failures');
    const waveTag = input.get('wave-tag');
    if (waveTag !== '' && (waveTag.length > TAG_KEY_MAX || _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_CHARACTERS */ .nI.test(waveTag))) {
        input.fail('wave-tag', `an EC2 tag key of 1 to ${TAG_KEY_MAX} characters without control characters, e.g. dr:wave`, JSON.stringify(waveTag).slice(1, -1).slice(0, 200));
    }
    if (waitFor === 'none') {
        const why = 'each stage is waited for before the next is sent';
        if (canary.value > 0)
            input.fail('canary', `0 with wait-for: none (${why}); set wait-for: install`, input.get('canary'));
        if (waveTag !== '')
            input.fail('wave-tag', `unset with wait-for: none (${why}); set wait-for: install`, waveTag);
    }
    return { canary, waveTag: waveTag || null, maxFailures };
}


/***/ }),

/***/ 6103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// Injectable time, so waits, pacing and backoff run at test speed.
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise(resolve => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    })
};


/***/ }),

/***/ 7370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Hr: () => (/* binding */ unsentAsFailed),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ml: () => (/* reexport safe */ _clock_js__WEBPACK_IMPORTED_MODULE_0__.m),
/* harmony export */   nM: () => (/* binding */ awaitingSendRow),
/* harmony export */   s_: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/* unused harmony export AWAITING_SEND */
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(580);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6103);

// Moved to clock.ts; re-exported while src/aws/credentials.ts, src/install/wait.ts and their tests
// still import them from here.

/** The message of a published row whose batch is not sent yet (status pending, no commandId). */
const AWAITING_SEND = 'not sent yet: waiting for its batch';
/** How progress shows a candidate before its batch is answered. */
function awaitingSendRow(candidate) {
    return (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .makeRow */ .xG)({ ...candidate, status: 'pending', commandId: null, message: AWAITING_SEND });
}
/**
 * A published row as the report of a stopped run shows it: a candidate never sent is `failed`
 * (it did not get the agent, and the count must say so) with `not sent: <reason>`; every other row
 * is what it was.
 */
function unsentAsFailed(row, reason) {
    if (row.status !== 'pending' || row.commandId !== null || row.message !== AWAITING_SEND)
        return row;
    return { ...row, status: 'failed', message: `not sent: ${reason}` };
}
/** An unknown-safe message for logs and rows. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}
/** The AWS error code of an SDK exception (name, or Code on the older query protocols). */
function errorCode(error) {
    if (error && typeof error === 'object') {
        const e = error;
        for (const candidate of [e.name, e.Code, e.code]) {
            if (typeof candidate === 'string' && candidate !== 'Error')
                return candidate;
        }
    }
    return 'Error';
}
/** The HTTP status AWS answered with; undefined when no answer came (network error, timeout). */
function httpStatusOf(error) {
    return error?.$metadata?.httpStatusCode;
}


/***/ }),

/***/ 580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ countRows),
/* harmony export */   Bm: () => (/* binding */ compareNullable),
/* harmony export */   N6: () => (/* binding */ isFailure),
/* harmony export */   _R: () => (/* binding */ stoppedRunRows),
/* harmony export */   bM: () => (/* binding */ regionFailureRow),
/* harmony export */   e_: () => (/* binding */ needsAttention),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   sN: () => (/* binding */ sortRows),
/* harmony export */   x7: () => (/* binding */ countByStatus),
/* harmony export */   xG: () => (/* binding */ makeRow)
/* harmony export */ });
// The Row record and the status words: the one vocabulary every phase and every report shares.
const STATUSES = [
    'installed',
    'failed',
    'timed-out',
    'skipped-registered',
    'skipped-unmanaged',
    'dry-run',
    'pending',
    'halted'
];
/** A row with every field present; unknown fields are null, never undefined. */
function makeRow(fields) {
    return {
        accountId: fields.accountId ?? null,
        region: fields.region ?? null,
        instanceId: fields.instanceId ?? null,
        name: fields.name ?? null,
        platform: fields.platform ?? null,
        status: fields.status,
        commandId: fields.commandId ?? null,
        sourceServerId: fields.sourceServerId ?? null,
        replicationState: fields.replicationState ?? null,
        message: fields.message ?? null
    };
}
/** A region (or the whole run) failed before its instances were known. */
function regionFailureRow(accountId, region, message) {
    return makeRow({ accountId, region, status: 'failed', message });
}
/** A failure that stopped the whole run: one failed row per source region, in contract order. */
function stoppedRunRows(accountId, regions, message) {
    return sortRows(regions.map(region => regionFailureRow(accountId, region, message)));
}
function isFailure(status) {
    return status === 'failed' || status === 'timed-out';
}
/** A halted candidate (not sent, staged roll-out over budget) did not get the agent either. */
function needsAttention(row) {
    return isFailure(row.status) || row.status === 'skipped-unmanaged' || row.status === 'halted';
}
function compareNullable(a, b) {
    // Rows without a region or instance id sort first in their group: region-wide failures lead.
    if (a === b)
        return 0;
    if (a === null)
        return -1;
    if (b === null)
        return 1;
    return a < b ? -1 : 1;
}
/** Contract order: by region, then instance id. Returns a new array. */
function sortRows(rows) {
    return [...rows].sort((a, b) => compareNullable(a.region, b.region) || compareNullable(a.instanceId, b.instanceId));
}
function countRows(rows) {
    const counts = { instanceCount: 0, installedCount: 0, failedCount: 0, skippedCount: 0 };
    for (const row of rows) {
        if (row.instanceId !== null)
            counts.instanceCount++;
        if (row.status === 'installed')
            counts.installedCount++;
        if (isFailure(row.status))
            counts.failedCount++;
        if (row.status === 'skipped-registered' || row.status === 'skipped-unmanaged')
            counts.skippedCount++;
    }
    return counts;
}
function countByStatus(rows) {
    const byStatus = Object.fromEntries(STATUSES.map(s => [s, 0]));
    for (const row of rows)
        byStatus[row.status]++;
    return byStatus;
}


/***/ })

};
