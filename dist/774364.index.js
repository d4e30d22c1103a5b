export const id = 774364;
export const ids = [238,495,876];
export const modules = {

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ retrySettingsFromEnv),
/* harmony export */   Np: () => (/* binding */ REQUEST_TIMEOUTS)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_MODE, DEFAULT_MAX_ATTEMPTS */
// SDK retry settings shared by every client the action builds. Kept apart from aws.ts so the
// credential chain (and the helper actions) can read them without loading the EC2, SSM and DRS
// clients.
/**
 * Retry defaults; AWS_RETRY_MODE / AWS_MAX_ATTEMPTS override them. `npm run bench` measured both
 * modes (bench/FINDINGS.md): adaptive's client-side rate limiter takes every throttling answer as
 * a capacity signal and slows the whole client, so with 5% of calls throttled at 5,000 instances
 * it finished later (overhead 3.1 s against 1.5 s, run 29 s against 20 s) for the same calls.
 */
const DEFAULT_RETRY_MODE = 'standard';
const DEFAULT_MAX_ATTEMPTS = 10;
function retrySettingsFromEnv(env) {
    const mode = env.AWS_RETRY_MODE === 'adaptive' || env.AWS_RETRY_MODE === 'standard'
        ? env.AWS_RETRY_MODE
        : DEFAULT_RETRY_MODE;
    const attempts = Number(env.AWS_MAX_ATTEMPTS);
    return {
        retryMode: mode,
        maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : DEFAULT_MAX_ATTEMPTS
    };
}
/**
 * The HTTP handler settings of every client: a connection must be made within 5 s and an answer
 * must start within 60 s, so a request that never answers fails (and is retried or reported)
 * instead of holding the run; the SDK's own default waits for ever (DRS) or 15 minutes (SSM).
 * `throwOnRequestTimeout` makes the newer handlers fail rather than only warn; the DRS client's
 * older handler reads `requestTimeout` as a socket-inactivity timeout and ignores the rest.
 */
const REQUEST_TIMEOUTS = {
    connectionTimeout: 5_000,
    requestTimeout: 60_000,
    throwOnRequestTimeout: true
};


/***/ }),

/***/ 7238:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_discover_accounts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1710);
// The discover-accounts action's entry: everything happens in fronts/discover-accounts.ts.

await (0,_fronts_discover_accounts_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(1889);
// EXTERNAL MODULE: ./src/fronts/runner-port.ts
var runner_port = __webpack_require__(1474);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/aws/retry.ts
var aws_retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var credentials = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/settings/index.ts + 2 modules
var settings = __webpack_require__(8323);
;// CONCATENATED MODULE: ./src/org/discover-settings.ts
// The discover-accounts action's inputs and outputs, and their pure parser (shared field
// validators from settings/fields.ts).

const DISCOVER_INPUTS = [
    {
        name: 'role-name',
        kind: 'text',
        required: true,
        description: 'Name of the target role in every account (e.g. DRSOrchestrationRole; a path like team/DRSOrchestrationRole is allowed). The matrix gives each account arn:<partition>:iam::<account>:role/<role-name>.'
    },
    {
        name: 'oidc-role-arn',
        kind: 'text',
        required: false,
        description: 'Central orchestration role. Set: the GitHub OIDC token is exchanged for it (AssumeRoleWithWebIdentity). Unset: the credentials already in the environment are the central credentials.'
    },
    {
        name: 'audience',
        kind: 'text',
        required: false,
        default: 'sts.amazonaws.com',
        description: 'Audience of the GitHub OIDC token.'
    },
    {
        name: 'organizations-role-arn',
        kind: 'text',
        required: false,
        description: 'Role in the management or delegated-administrator account to read AWS Organizations from, assumed from the central credentials. Unset: the central credentials read Organizations themselves.'
    },
    {
        name: 'organizational-units',
        kind: 'list',
        required: false,
        description: 'Only accounts under these OUs (ou-xxxx-xxxxxxxx) or roots (r-xxxx), nested OUs included; commas, spaces or newlines. Unset: every account of the organization.'
    },
    {
        name: 'account-tag',
        kind: 'list',
        required: false,
        description: 'Only accounts carrying this tag, as key=value (several pairs, separated by commas or newlines, must all match).'
    },
    {
        name: 'exclude-accounts',
        kind: 'list',
        required: false,
        description: 'Account ids (12 digits) to leave out; commas, spaces or newlines.'
    },
    {
        name: 'accounts-per-job',
        kind: 'text',
        required: false,
        description: 'Accounts per shard (a whole number, at least 1). Unset: the fewest that keep the shards at or under 256 jobs (1 up to 256 accounts, 2 up to 512, ...).'
    }
];
const DISCOVER_OUTPUTS = [
    {
        name: 'matrix',
        description: 'JSON for strategy.matrix: {"include":[{"account-id":"...","role-arn":"..."}]}, one entry per ACTIVE account, sorted by account id.'
    },
    { name: 'account-count', description: 'Number of accounts in the matrix.' },
    {
        name: 'shards',
        description: 'JSON for strategy.matrix: {"include":[{"shard":"1","accounts":"111111111111,222222222222"}]}, every account in exactly one shard of at most accounts-per-job accounts, in account order; pass accounts to the actions with role-name. Set for any number of accounts (matrix is not set above 256).'
    }
];
const OU_ID = /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/;
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
/**
 * Parses the discover-accounts inputs, collecting every problem so one run reports them all.
 * `read` returns the raw value ('' when unset), as core.getInput does. Throws InputError; no I/O.
 */
function parseDiscoverSettings(read, run) {
    const input = (0,settings/* inputReader */.cN)(DISCOVER_INPUTS, read);
    const { get, fail } = input;
    const roleName = get('role-name');
    if (roleName === '')
        input.problems.push({
            input: 'role-name',
            expected: 'the target role name, e.g. DRSOrchestrationRole',
            required: true
        });
    else if (roleName.startsWith('arn:')) {
        fail('role-name', 'a role name such as DRSOrchestrationRole, not an ARN (the account id is filled in per account)', roleName);
    }
    else if (!(0,settings/* isRoleName */.yn)(roleName)) {
        fail('role-name', 'an IAM role name of 1 to 64 characters from [A-Za-z0-9_+=,.@-]', roleName);
    }
    const roleArn = (name, example) => {
        const value = get(name);
        if (value === '')
            return { arn: null, partition: null };
        const role = (0,settings/* parseRoleArn */.DM)(value);
        if (!role) {
            fail(name, (0,settings/* roleArnExpected */.CU)(example), value);
            return { arn: null, partition: null };
        }
        return { arn: value, partition: role.partition };
    };
    const oidc = roleArn('oidc-role-arn', 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator');
    const orgs = roleArn('organizations-role-arn', 'arn:aws:iam::111111111111:role/DRSOrganizationsReader');
    if (oidc.partition && orgs.partition && oidc.partition !== orgs.partition) {
        fail('organizations-role-arn', `the same partition as oidc-role-arn (${oidc.partition})`, orgs.arn ?? '');
    }
    const audience = get('audience');
    const audienceWrong = (0,settings/* audienceProblem */.Kl)(audience);
    if (audienceWrong)
        fail('audience', audienceWrong, audience === '' ? undefined : JSON.stringify(audience).slice(1, -1));
    const organizationalUnits = (0,settings/* unique */.Am)((0,settings/* splitList */.ry)(get('organizational-units'), true));
    for (const id of organizationalUnits) {
        if (!OU_ID.test(id) && !ROOT_ID.test(id)) {
            fail('organizational-units', 'organizational unit ids like ou-ab12-cd34ef56 or root ids like r-ab12', id);
        }
    }
    const { pairs: accountTags, bad } = (0,settings/* parsePairs */.xg)(get('account-tag'));
    for (const item of bad)
        fail('account-tag', 'key=value, e.g. dr:enabled=true', item);
    const excludeAccounts = (0,settings/* unique */.Am)((0,settings/* splitList */.ry)(get('exclude-accounts'), true));
    for (const id of excludeAccounts) {
        if (!settings/* ACCOUNT_ID */.W_.test(id))
            fail('exclude-accounts', 'account ids of 12 digits', id);
    }
    const perJob = get('accounts-per-job');
    let accountsPerJob = null;
    if (perJob !== '') {
        if (/^\d+$/.test(perJob) && Number(perJob) >= 1 && Number.isSafeInteger(Number(perJob))) {
            accountsPerJob = Number(perJob);
        }
        else {
            fail('accounts-per-job', 'a whole number of accounts of at least 1 (unset: the fewest that keep the shards at or under 256 jobs)', perJob);
        }
    }
    const roleSessionName = (0,settings/* sanitiseSessionName */.Q_)(`drs-discover-${run.runId || 'local'}-${run.runAttempt || '1'}`);
    input.done();
    return {
        roleName,
        oidcRoleArn: oidc.arn,
        audience,
        organizationsRoleArn: orgs.arn,
        organizationalUnits,
        accountTags,
        excludeAccounts,
        accountsPerJob,
        partition: orgs.partition ?? oidc.partition ?? 'aws',
        roleSessionName,
        run
    };
}

// EXTERNAL MODULE: ./src/shared/port.ts
var port = __webpack_require__(7370);
;// CONCATENATED MODULE: ./src/org/organizations.ts
// The AWS Organizations reads discover-accounts makes (accounts, OUs, tags, each paginated), and
// what to fix when Organizations refuses.



const ACCOUNT_ARN_PARTITION = new RegExp(`^arn:(${settings/* PARTITION */.xM}):organizations::`);
/** The region whose endpoint serves Organizations (a global service) in each partition. */
const HOME_REGIONS = {
    aws: 'us-east-1',
    'aws-us-gov': 'us-gov-west-1',
    'aws-cn': 'cn-northwest-1',
    'aws-iso': 'us-iso-east-1',
    'aws-iso-b': 'us-isob-east-1'
};
function partitionHomeRegion(partition) {
    return HOME_REGIONS[partition] ?? 'us-east-1';
}
/** Stops discovery; `message` says what to fix. */
class DiscoveryError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'DiscoveryError';
    }
}
/**
 * ACTIVE means every lifecycle field Organizations returns says ACTIVE: `State` (the current
 * field) and `Status` (retired in 2026). Suspended, closed and pending accounts get no job.
 */
function isActive(account) {
    const fields = [account.State, account.Status].filter(value => value !== undefined);
    return fields.length > 0 && fields.every(value => value === 'ACTIVE');
}
function toOrgAccount(account) {
    if (!account.Id)
        return null;
    return {
        id: account.Id,
        name: account.Name ?? null,
        partition: ACCOUNT_ARN_PARTITION.exec(account.Arn ?? '')?.[1] ?? null,
        state: account.State ?? account.Status ?? 'UNKNOWN'
    };
}
/** Says what to fix for an Organizations failure. */
function explainOrganizationsError(error, parentId) {
    const code = (0,port/* errorCode */.CA)(error);
    const detail = (0,port/* errorMessage */.gJ)(error);
    if (code === 'AccessDeniedException' || code === 'AccessDenied') {
        return (`AWS Organizations refused the request (${detail}). Only the management account or a delegated administrator ` +
            `can list accounts: set organizations-role-arn to a role there that trusts the central role and allows ` +
            `organizations:ListAccounts, ListAccountsForParent, ListOrganizationalUnitsForParent and ListTagsForResource.`);
    }
    if (code === 'AWSOrganizationsNotInUseException') {
        return `The account of the credentials is not in an AWS Organization (${detail}); set organizations-role-arn to a role in the management account.`;
    }
    if (code === 'ParentNotFoundException' && parentId) {
        return `organizational-units: ${parentId} is not an OU or root of this organization (${detail}).`;
    }
    if (code === 'TooManyRequestsException') {
        return `AWS Organizations kept throttling the requests (${detail}); re-run the job, or raise AWS_MAX_ATTEMPTS.`;
    }
    return `AWS Organizations call failed (${code}: ${detail}).`;
}
/** Errors of the credentials (not of Organizations) already say what to fix: passed on as they are. */
const PASS_THROUGH = new Set(['CredentialChainError', 'CredentialsProviderError']);
function wrap(error, parentId) {
    if (error instanceof DiscoveryError)
        throw error;
    if (error instanceof Error && PASS_THROUGH.has(error.name))
        throw error;
    throw new DiscoveryError(explainOrganizationsError(error, parentId), (0,port/* errorCode */.CA)(error));
}
/** Every account of the organization (ListAccounts), any state. */
async function listAllAccounts(client) {
    const accounts = [];
    try {
        for await (const page of (0,dist_cjs/* paginateListAccounts */.A53)({ client }, {})) {
            accounts.push(...(page.Accounts ?? []));
        }
    }
    catch (error) {
        wrap(error);
    }
    return accounts;
}
/**
 * Every account under the given OUs or roots, nested OUs included (walked breadth first; each OU
 * once, each account once even when the ids overlap).
 */
async function listAccountsUnder(client, parentIds) {
    const seenParents = new Set();
    const seenAccounts = new Set();
    const accounts = [];
    const queue = [...parentIds];
    while (queue.length > 0) {
        const parentId = queue.shift();
        if (seenParents.has(parentId))
            continue;
        seenParents.add(parentId);
        try {
            for await (const page of (0,dist_cjs/* paginateListAccountsForParent */.Hcl)({ client }, { ParentId: parentId })) {
                for (const account of page.Accounts ?? []) {
                    if (account.Id && !seenAccounts.has(account.Id)) {
                        seenAccounts.add(account.Id);
                        accounts.push(account);
                    }
                }
            }
            for await (const page of (0,dist_cjs/* paginateListOrganizationalUnitsForParent */.Ogl)({ client }, { ParentId: parentId })) {
                for (const ou of page.OrganizationalUnits ?? [])
                    if (ou.Id)
                        queue.push(ou.Id);
            }
        }
        catch (error) {
            // Only a requested id can be "not found"; a child OU vanishing mid-walk is an ordinary error.
            wrap(error, parentIds.includes(parentId) ? parentId : undefined);
        }
    }
    return accounts;
}
/** The tags of one account, as a record. */
async function accountTags(client, accountId) {
    const tags = {};
    try {
        for await (const page of (0,dist_cjs/* paginateListTagsForResource */.mGo)({ client }, { ResourceId: accountId })) {
            for (const tag of page.Tags ?? [])
                if (tag.Key)
                    tags[tag.Key] = tag.Value ?? '';
        }
    }
    catch (error) {
        wrap(error);
    }
    return tags;
}

// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
;// CONCATENATED MODULE: ./src/org/discovery.ts


/** Tag look-ups in flight at once (Organizations allows only a few requests per second). */
const TAG_CONCURRENCY = 4;
function matchesTags(tags, wanted) {
    return wanted.every(({ key, value }) => tags[key] === value);
}
/**
 * Lists the organization's accounts (all, or under the OUs), keeps the ACTIVE ones, drops the
 * excluded ids, then (only for what is left, to spare the API) keeps those carrying every tag.
 */
async function discoverAccounts(client, filters, log) {
    const listed = filters.organizationalUnits.length > 0
        ? await listAccountsUnder(client, filters.organizationalUnits)
        : await listAllAccounts(client);
    const all = listed.map(toOrgAccount).filter(account => account !== null);
    const activeIds = new Set(listed.filter(isActive).map(account => account.Id));
    const inactive = all.filter(account => !activeIds.has(account.id));
    const excludeSet = new Set(filters.excludeAccounts);
    const active = all.filter(account => activeIds.has(account.id));
    let candidates = active.filter(account => !excludeSet.has(account.id));
    const excluded = active.length - candidates.length;
    const listedIds = new Set(all.map(account => account.id));
    const unknownExcludes = filters.excludeAccounts.filter(id => !listedIds.has(id));
    if (unknownExcludes.length > 0) {
        log?.info(`exclude-accounts: not among the listed accounts: ${unknownExcludes.join(', ')}`);
    }
    let untagged = 0;
    if (filters.accountTags.length > 0 && candidates.length > 0) {
        const tags = await (0,concurrency/* mapLimited */.bB)(candidates, TAG_CONCURRENCY, account => accountTags(client, account.id));
        const kept = candidates.filter((_, index) => matchesTags(tags[index], filters.accountTags));
        untagged = candidates.length - kept.length;
        candidates = kept;
    }
    candidates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { accounts: candidates, inactive, excluded, untagged };
}
/** One line saying what was selected and what was left out, for the log. */
function describeDiscovery(discovery, filters) {
    const parts = [
        `${discovery.accounts.length} account${discovery.accounts.length === 1 ? '' : 's'} selected`
    ];
    if (discovery.inactive.length > 0)
        parts.push(`${discovery.inactive.length} not ACTIVE`);
    if (discovery.excluded > 0)
        parts.push(`${discovery.excluded} excluded`);
    if (filters.accountTags.length > 0) {
        const tag = filters.accountTags.map(({ key, value }) => `${key}=${value}`).join(', ');
        parts.push(`${discovery.untagged} without ${tag}`);
    }
    const scope = filters.organizationalUnits.length > 0
        ? ` under ${filters.organizationalUnits.join(', ')}`
        : ' in the organization';
    return `${parts.join(', ')}${scope}.`;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/org/matrix.ts
// The matrix discovery hands to the deploy jobs, its GitHub limit, and the job summary.


/** GitHub runs at most 256 jobs from one matrix; above it only the shards output is set. */
const MATRIX_LIMIT = 256;
/** The role-name in every account, in the account's own partition (else the fallback's). */
function buildMatrix(accounts, roleName, fallbackPartition = 'aws') {
    return {
        include: accounts.map(account => ({
            'account-id': account.id,
            'role-arn': `arn:${account.partition ?? fallbackPartition}:iam::${account.id}:role/${roleName}`
        }))
    };
}
/** Null when the matrix fits GitHub's limit, else the warning that says why it is not set. */
function matrixLimitProblem(count, limit = MATRIX_LIMIT) {
    if (count <= limit)
        return null;
    return (`${count} accounts matched, but a GitHub Actions matrix runs at most ${limit} jobs, so the matrix output is not set. ` +
        `Fan out over the shards output instead (each job takes a shard's accounts with role-name), ` +
        `or narrow the selection with organizational-units, account-tag or exclude-accounts.`);
}
/** A short job summary: the selection, the shards, and one table row per account. */
function renderDiscoverySummary(discovery, filters, matrix, shards) {
    const lines = [
        '## DRS roll-out: accounts discovered',
        '',
        describeDiscovery(discovery, filters),
        ''
    ];
    if (matrix.include.length === 0)
        return `${lines.join('\n')}No account matched.\n`;
    if (shards) {
        const largest = Math.max(...shards.include.map(shard => shard.accounts.split(',').length));
        lines.push(`Shards: ${shards.include.length} (at most ${largest} account${largest === 1 ? '' : 's'} each).`, '');
    }
    lines.push('| Account | Name | Role |', '|---|---|---|');
    const names = new Map(discovery.accounts.map(account => [account.id, account.name]));
    for (const entry of matrix.include) {
        lines.push(`| ${entry['account-id']} | ${(0,report_text/* escapeCell */.kq)(names.get(entry['account-id']) ?? '')} | \`${entry['role-arn']}\` |`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/org/shards.ts
// Shards: the accounts split into groups of `accounts-per-job`, one matrix job per group, so any
// number of accounts runs within GitHub's 256-job matrix limit.

/** The fewest accounts per job that keep `count` accounts within `limit` jobs (at least 1). */
function defaultAccountsPerJob(count, limit = MATRIX_LIMIT) {
    return Math.max(1, Math.ceil(count / limit));
}
/**
 * Every account in exactly one shard, shards and the accounts in them in account order; each
 * shard but the last holds `perJob` accounts. `perJob` is a positive integer.
 */
function buildShards(accountIds, perJob) {
    if (!Number.isInteger(perJob) || perJob < 1)
        throw new RangeError(`perJob ${perJob}`);
    const sorted = [...new Set(accountIds)].sort();
    const include = [];
    for (let start = 0; start < sorted.length; start += perJob) {
        include.push({
            shard: String(include.length + 1),
            accounts: sorted.slice(start, start + perJob).join(',')
        });
    }
    return { include };
}
/** Null when `perJob` keeps `count` accounts within the matrix limit, else the message to fail with. */
function shardLimitProblem(count, perJob, limit = MATRIX_LIMIT) {
    const jobs = Math.ceil(count / perJob);
    if (jobs <= limit)
        return null;
    return (`accounts-per-job: ${perJob} makes ${jobs} shards for ${count} accounts, but a GitHub Actions matrix runs at most ${limit} jobs. ` +
        `Set accounts-per-job to at least ${defaultAccountsPerJob(count, limit)}, or leave it unset (the fewest that fit).`);
}

;// CONCATENATED MODULE: ./src/org/accounts.ts
// Account discovery for the discover-accounts action, by job: discover-settings (inputs),
// organizations (the API reads), discovery (the selection), matrix (the result and its summary),
// shards (the accounts in groups, past the matrix limit).






// EXTERNAL MODULE: ./src/fronts/report-channels.ts
var report_channels = __webpack_require__(5061);
;// CONCATENATED MODULE: ./src/fronts/discover-accounts.ts
// The discover-accounts action front: the only module of this action that talks to the runner
// (@actions/core). Inputs are checked before any token request or AWS call; the logic lives in
// src/org/accounts.ts.










const USER_AGENT = 'drs-orchestration-action/discover-accounts';
/** Discovery takes seconds; the shortest session STS grants is plenty (and is refreshed if not). */
const SESSION_SECONDS = 900;
const discover_accounts_port = (0,runner_port/* runnerPort */.Q)();
function chainSettings(settings, roleArn) {
    return {
        roleArn,
        externalId: null,
        oidcRoleArn: settings.oidcRoleArn,
        audience: settings.audience,
        roleSessionName: settings.roleSessionName,
        roleDurationSeconds: SESSION_SECONDS,
        sessionTagging: false,
        run: settings.run
    };
}
/** The credentials that read Organizations; undefined means the SDK's default chain (ambient). */
function organizationsCredentials(settings, options) {
    if (settings.organizationsRoleArn) {
        return (0,credentials/* createTargetCredentials */.KT)(chainSettings(settings, settings.organizationsRoleArn), discover_accounts_port, options).provider;
    }
    return (0,credentials/* createCentralCredentials */.qI)(chainSettings(settings, settings.oidcRoleArn ?? ''), discover_accounts_port, options);
}
/** The failure message; the chain's AccessDenied hint is rewritten for this action's inputs. */
function explain(error, settings) {
    if (error instanceof credentials/* CredentialChainError */.Vq &&
        error.hop === 'target-role' &&
        /^AccessDenied/.test(error.code) &&
        settings.organizationsRoleArn) {
        const caller = settings.oidcRoleArn ?? 'the calling principal';
        return (`AssumeRole into organizations-role-arn ${settings.organizationsRoleArn} was denied (${error.code}). ` +
            `Its trust policy must allow sts:AssumeRole for ${caller} without an ExternalId ` +
            `(discover-accounts sends neither an ExternalId nor session tags).`);
    }
    return (0,port/* errorMessage */.gJ)(error);
}
async function run() {
    let settings;
    try {
        settings = parseDiscoverSettings(name => core/* getInput */.V4(name), (0,run_context/* runContextFromEnv */.w)(process.env));
    }
    catch (error) {
        core/* setFailed */.C1((0,port/* errorMessage */.gJ)(error));
        return;
    }
    const region = partitionHomeRegion(settings.partition);
    const retry = (0,aws_retry/* retrySettingsFromEnv */.LQ)(process.env);
    const client = new dist_cjs/* OrganizationsClient */.gnq({
        region,
        credentials: organizationsCredentials(settings, {
            stsRegion: region,
            ...retry,
            userAgent: USER_AGENT
        }),
        retryMode: retry.retryMode,
        maxAttempts: retry.maxAttempts,
        customUserAgent: USER_AGENT,
        requestHandler: (0,proxy/* requestHandlerSettings */.rI)()
    });
    try {
        const reader = settings.organizationsRoleArn ?? settings.oidcRoleArn ?? 'ambient credentials';
        core/* info */.pq(`Reading AWS Organizations (${region}) as ${reader}.`);
        const discovery = await discoverAccounts(client, settings, discover_accounts_port);
        for (const account of discovery.inactive) {
            core/* info */.pq(`Skipping ${account.id} (${account.name ?? 'no name'}): ${account.state}.`);
        }
        core/* info */.pq(describeDiscovery(discovery, settings));
        const count = discovery.accounts.length;
        const perJob = settings.accountsPerJob ?? defaultAccountsPerJob(count);
        const tooManyShards = shardLimitProblem(count, perJob);
        const tooMany = matrixLimitProblem(count);
        const matrix = buildMatrix(discovery.accounts, settings.roleName, settings.partition);
        const shards = tooManyShards
            ? null
            : buildShards(discovery.accounts.map(account => account.id), perJob);
        await (0,report_channels/* channel */.Ix)('step outputs', 'GITHUB_OUTPUT must name a writable file (the runner sets it).', true, () => (0,report_channels/* setOutputs */.n0)({
            'account-count': String(count),
            ...(!tooMany && { matrix: JSON.stringify(matrix) }),
            ...(shards && { shards: JSON.stringify(shards) })
        }));
        if (shards === null) {
            core/* setFailed */.C1(tooManyShards);
            return;
        }
        if (tooMany)
            core/* warning */.$e(tooMany);
        if (count === 0) {
            core/* warning */.$e('No account matched: the matrix is empty. Check organizational-units, account-tag and exclude-accounts; a workflow should skip its deploy job when account-count is 0.');
        }
        await (0,report_channels/* writeSummary */.Sy)(() => renderDiscoverySummary(discovery, settings, matrix, shards), 'the matrix, shards and account-count outputs hold the accounts');
    }
    catch (error) {
        core/* setFailed */.C1(explain(error, settings));
    }
    finally {
        client.destroy();
    }
}


/***/ }),

/***/ 5061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ channel),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
// Report channels of the action fronts (outputs, files, the job summary, the log): each is written
// on its own, so one that the runner refuses (a full disk, a missing folder) is named with what to
// fix and never takes the others, or the exit code, with it.


/**
 * Runs one report channel; a channel that throws is named with what to fix, never a crash, so the
 * other channels still run. `fatal` channels fail the step (the contract promises them).
 */
async function channel(name, fix, fatal, write) {
    try {
        await write();
        return true;
    }
    catch (error) {
        const message = `Could not write the ${name} (${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}): ${fix}`;
        if (fatal)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
        return false;
    }
}
/** Sets each output on its own, so one refused output does not take the others with it. */
function setOutputs(outputs) {
    const refused = [];
    let firstError = null;
    for (const [name, value] of Object.entries(outputs)) {
        try {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
        }
        catch (error) {
            refused.push(name);
            firstError ??= error;
        }
    }
    if (refused.length > 0) {
        throw new Error(`${refused.join(', ')}: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(firstError)}`, { cause: firstError });
    }
}
/**
 * Appends the markdown to the job summary, when the runner gives one. A summary that cannot be
 * written is a warning: the outputs (and the results file) hold the same facts.
 */
async function writeSummary(render, elsewhere) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return true;
    const written = await channel('job summary', `GITHUB_STEP_SUMMARY (${file}) must name a writable file in an existing folder; ${elsewhere}.`, false, async () => {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(render(), true).write();
    });
    // A failed write leaves the text in the buffer; never let it reach a later write.
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
    return written;
}


/***/ }),

/***/ 1474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ runnerPort)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
// The runner's side of the RunnerPort, shared by every action front: masking, the OIDC token and
// the log go through @actions/core.

function runnerPort() {
    return {
        mask: secret => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret),
        getIdToken: audience => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience),
        info: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
        warning: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
        debug: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message)
    };
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   kE: () => (/* binding */ statusBreakdown),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(580);
// Text helpers every renderer shares: sizes, plurals, the status breakdown, markdown cells made
// inert, and terminal text without control sequences.

const bytes = (text) => Buffer.byteLength(text, 'utf8');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * "3 installed, 1 failed" for the statuses present, in the contract's status order ("installed 3,
 * failed 1" with `nameFirst`, as plain-text messages put it).
 */
function statusBreakdown(byStatus, separator = ', ', nameFirst = false) {
    return _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f.filter(status => byStatus[status] > 0)
        .map(status => (nameFirst ? `${status} ${byStatus[status]}` : `${byStatus[status]} ${status}`))
        .join(separator);
}
const CELL_MAX_CHARS = 1000;
/**
 * A markdown table cell that renders as the text it holds: HTML escaped, pipes and link/image
 * brackets backslash-escaped, bare URLs defused (EC2 Name tags and command output are anyone's
 * words), newlines as <br>, long text cut.
 */
function escapeCell(value, maxChars = CELL_MAX_CHARS) {
    if (value === null)
        return '';
    const text = value.length > maxChars ? `${value.slice(0, maxChars - 1)}…` : value;
    return text
        .replace(/\\/g, '\\\\')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([[\]|])/g, '\\$1')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/\bwww\./gi, match => `${match.slice(0, 3)}&#8203;.`)
        .replace(/\r\n|\r|\n/g, '<br>');
}
function inlineCode(value) {
    return `\`${value.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}
// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte escapes, then any other C0
// or C1 control character or DEL (newline and tab kept). Matching control characters is the point.
/* eslint-disable no-control-regex */
const ESCAPE_SEQUENCES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/* eslint-enable no-control-regex */
/** Text for a terminal: no escape sequence or control character a name or message could carry. */
function stripControl(text) {
    return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL, '');
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ Pacer),
/* harmony export */   bB: () => (/* binding */ mapLimited),
/* harmony export */   iv: () => (/* binding */ chunk)
/* harmony export */ });
function chunk(items, size) {
    const chunks = [];
    for (let at = 0; at < items.length; at += size)
        chunks.push(items.slice(at, at + size));
    return chunks;
}
/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapLimited(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}
/** Fixed spacing between calls: the injected clock decides when each caller may go. */
class Pacer {
    clock;
    intervalMs;
    nextAt = Number.NEGATIVE_INFINITY;
    constructor(clock, intervalMs) {
        this.clock = clock;
        this.intervalMs = intervalMs;
    }
    /** Waits for this caller's slot; returns at once (slot kept) when `signal` aborts. */
    async take(signal) {
        const now = this.clock.now();
        // Reserve the slot before waiting, so concurrent callers queue rather than collide.
        const at = Math.max(now, this.nextAt);
        this.nextAt = at + this.intervalMs;
        if (at > now)
            await this.clock.sleep(at - now, signal);
    }
}


/***/ })

};
