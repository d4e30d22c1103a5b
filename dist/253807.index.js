export const id = 253807;
export const ids = [253807];
export const modules = {

/***/ 7978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ accountLogPrefix),
/* harmony export */   R2: () => (/* binding */ sortAccountRows),
/* harmony export */   Wb: () => (/* binding */ settingsForAccount),
/* harmony export */   cU: () => (/* binding */ isManyAccountRun)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(580);

/** The settings one account runs on: the run's, with that account's id and role. */
function settingsForAccount(settings, target) {
    return { ...settings, accountId: target.accountId, roleArn: target.roleArn, targets: [target] };
}
/** True when the run was given `accounts`: failures stay per account, the summary lists them. */
function isManyAccountRun(settings) {
    return settings.roleName !== null || settings.targets.length > 1;
}
/** Contract order: by account, then region, then instance id. Returns a new array. */
function sortAccountRows(rows) {
    return [...rows].sort((a, b) => (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNullable */ .Bm)(a.accountId, b.accountId) ||
        (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNullable */ .Bm)(a.region, b.region) ||
        (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNullable */ .Bm)(a.instanceId, b.instanceId));
}
/** The prefix of an account's log lines in a many-account run (empty with one account). */
function accountLogPrefix(settings, accountId) {
    return isManyAccountRun(settings) ? `[${accountId}] ` : '';
}


/***/ }),

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ UNHEALTHY_STATUSES),
/* harmony export */   Cf: () => (/* binding */ sortCheckRows),
/* harmony export */   Jx: () => (/* binding */ makeCheckRow),
/* harmony export */   Qw: () => (/* binding */ CHECK_STATUSES),
/* harmony export */   Xd: () => (/* binding */ isCoverageRow),
/* harmony export */   _5: () => (/* binding */ coverageOf),
/* harmony export */   ap: () => (/* binding */ countCheckStatuses),
/* harmony export */   bO: () => (/* binding */ accountFailureRows),
/* harmony export */   e_: () => (/* binding */ needsAttention)
/* harmony export */ });
// The protection check's row and status words (CONTRACT.md, "Protection check").
const CHECK_STATUSES = [
    'unprotected',
    'stalled',
    'disconnected',
    'stopped',
    'syncing',
    'lagging',
    'drill-overdue',
    'protected',
    'orphaned',
    'failed'
];
/** The statuses counted as unhealthy-count. */
const UNHEALTHY_STATUSES = [
    'stalled',
    'disconnected',
    'stopped',
    'lagging'
];
/** A row with every field present; unknown fields are null, never undefined. */
function makeCheckRow(fields) {
    return {
        operation: 'check',
        accountId: fields.accountId ?? null,
        region: fields.region ?? null,
        instanceId: fields.instanceId ?? null,
        name: fields.name ?? null,
        status: fields.status,
        sourceServerId: fields.sourceServerId ?? null,
        replicationState: fields.replicationState ?? null,
        lagSeconds: fields.lagSeconds ?? null,
        lastSeenAt: fields.lastSeenAt ?? null,
        lastDrillAt: fields.lastDrillAt ?? null,
        message: fields.message ?? null
    };
}
/** Everything but a healthy (or still syncing) server needs someone to look at it. */
function needsAttention(row) {
    return row.status !== 'protected' && row.status !== 'syncing';
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
/** Contract order: by account, region, instance id (then source server, for duplicates). */
function sortCheckRows(rows) {
    return [...rows].sort((a, b) => compareNullable(a.accountId, b.accountId) ||
        compareNullable(a.region, b.region) ||
        compareNullable(a.instanceId, b.instanceId) ||
        compareNullable(a.sourceServerId, b.sourceServerId));
}
function countCheckStatuses(rows) {
    const counts = Object.fromEntries(CHECK_STATUSES.map(s => [s, 0]));
    for (const row of rows)
        counts[row.status]++;
    return counts;
}
/** Rows for instances found running with the filters: every status but orphaned and failed. */
function isCoverageRow(row) {
    return row.status !== 'orphaned' && row.status !== 'failed';
}
/** Whole percent, rounded down, of running matched instances that have a source server; 100 when none. */
function coverageOf(rows) {
    const found = rows.filter(isCoverageRow);
    if (found.length === 0)
        return 100;
    const covered = found.filter(row => row.status !== 'unprotected').length;
    return Math.floor((covered * 100) / found.length);
}
/** A failure that stopped an account: one failed row per source region. */
function accountFailureRows(accountId, regions, message) {
    return sortCheckRows(regions.map(region => makeCheckRow({ accountId, region, status: 'failed', message })));
}


/***/ }),

/***/ 4115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ CHECK_INPUTS),
/* harmony export */   P7: () => (/* binding */ parseCheckSettings),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON)
/* harmony export */ });
/* unused harmony exports SHARED_INPUT_NAMES, CHECK_OUTPUTS */
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8323);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1931);
// The check action's inputs: the account and discovery inputs of the install action (validated by
// the install's own parser, so the rules live in one place) plus the check's own three.


/** The install inputs the check takes, in the order check/action.yml lists them. */
const SHARED_INPUT_NAMES = [
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
];
const DEFAULT_FAIL_ON = 'unprotected,stalled,disconnected,stopped,lagging';
// Where the install's wording is about installing, the check says what the input means for it.
const DESCRIPTION_OVERRIDES = {
    'account-concurrency': 'With accounts: how many accounts are checked at once, 1 to 100. One central session serves them all; each account is assumed on its own.',
    'source-regions': 'Regions whose instances are checked, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).',
    'target-region': 'The DRS recovery region, where the source servers are registered.',
    'tag-filters': 'key=value pairs, separated by commas or newlines; every running instance that matches all of them should be protected.',
    'instance-ids': 'Explicit instance ids (commas, spaces or newlines). When set, tag-filters are not used, each id is looked up in every source region, and orphaned servers are not reported.',
    'notify-topic-arn': "SNS topic for the check's result (coverage, counts, the rows that need attention), one message per run, published in the topic's region with the target-role credentials (with accounts: the topic's account's when it is in the run, else the central ones). A failed publish is a warning."
};
const OWN_INPUTS = [
    {
        name: 'max-lag-minutes',
        kind: 'text',
        required: false,
        default: '15',
        description: 'A CONTINUOUS server whose replication lag is longer is lagging (minutes, 0 or more).'
    },
    {
        name: 'max-drill-age-days',
        kind: 'text',
        required: false,
        description: 'Set: a server whose last drill or recovery launch is older, did not succeed, or never happened is drill-overdue. Unset: drills are not checked.'
    },
    {
        name: 'fail-on',
        kind: 'list',
        required: false,
        default: DEFAULT_FAIL_ON,
        description: `Statuses that fail the step (commas, spaces or newlines): any of ${_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.join(', ')}; none for never. failed always fails the step.`
    }
];
const CHECK_INPUTS = [
    ...SHARED_INPUT_NAMES.map(name => {
        const spec = _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.find(input => input.name === name);
        if (!spec)
            throw new Error(`the install has no input ${name}`);
        return { ...spec, description: DESCRIPTION_OVERRIDES[name] ?? spec.description };
    }),
    ...OWN_INPUTS
];
const CHECK_OUTPUTS = [
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
        description: 'Whole percent (rounded down) of the running matching instances that have a source server; 100 when none were found.'
    },
    { name: 'account-count', description: 'Accounts in the run.' },
    {
        name: 'results',
        description: 'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
    },
    { name: 'results-truncated', description: 'true when results leaves rows out.' },
    { name: 'results-file', description: 'Path of a JSON file under RUNNER_TEMP holding every row.' }
];
const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
function isCheckStatus(word) {
    return _rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.includes(word);
}
/** The check's own inputs; problems go to `fail`. */
function parseOwnInputs(read, problems) {
    const reader = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)(CHECK_INPUTS, read);
    const lagText = reader.get('max-lag-minutes');
    if (!NUMBER.test(lagText)) {
        reader.fail('max-lag-minutes', 'a number of minutes, 0 or more (fractions allowed)', lagText);
    }
    const drillText = reader.get('max-drill-age-days');
    if (drillText !== '' && (!NUMBER.test(drillText) || !(Number(drillText) > 0))) {
        reader.fail('max-drill-age-days', 'a number of days above 0, or unset', drillText);
    }
    const words = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(reader.get('fail-on'), true);
    const failOn = new Set(['failed']);
    for (const word of words) {
        if (isCheckStatus(word))
            failOn.add(word);
        else if (word !== 'none') {
            reader.fail('fail-on', `check statuses (${_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.join(', ')}) or none`, word);
        }
    }
    if (words.includes('none') && words.length > 1) {
        reader.fail('fail-on', 'none on its own, or a list of statuses', words.join(','));
    }
    problems.push(...reader.problems);
    return {
        maxLagMinutes: Number(lagText),
        maxDrillAgeDays: drillText === '' ? null : Number(drillText),
        failOn: _rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.filter(status => failOn.has(status))
    };
}
/**
 * Parses the check's inputs, reporting every problem at once. The shared inputs go through the
 * install's parser; its install-only inputs read as unset, so they take their (valid) defaults.
 */
function parseCheckSettings(read, run) {
    const shared = new Set(SHARED_INPUT_NAMES);
    const problems = [];
    let base = null;
    try {
        base = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSettings */ .P$)(name => (shared.has(name) ? read(name) : ''), run);
    }
    catch (error) {
        if (!(error instanceof _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw error;
        problems.push(...error.issues);
    }
    const own = parseOwnInputs(read, problems);
    if (problems.length > 0 || !base)
        throw new _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
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
    };
}


/***/ }),

/***/ 504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ parseDrillSettings),
/* harmony export */   SX: () => (/* binding */ DRILL_INPUTS)
/* harmony export */ });
/* unused harmony exports HEALTH_CHECKS, CLEANUP_MODES, DRILL_OUTPUTS */
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8323);
// The drill action's inputs (contract "Drills") and their parser. The account and discovery inputs
// are the install action's own, parsed by its parser, so role-arn, regions, session and filters
// are validated in one place; the drill adds its own inputs and checks them the same way.

const HEALTH_CHECKS = ['ec2-status', 'ssm', 'launched'];
const CLEANUP_MODES = ['always', 'on-success', 'never'];
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
];
const SHARED_DESCRIPTIONS = {
    'account-concurrency': "With accounts: how many accounts discover and plan their drill at once, 1 to 100. An account whose drill instances are launching holds no slot; waves and DRS's job quotas are per account.",
    'notify-topic-arn': "SNS topic for the drill's result, one message per run, published in the topic's region with the target-role credentials (with accounts: the topic's account's when it is in the run, else the central ones). A failed publish is a warning.",
    'source-regions': 'Regions of the instances whose DRS source servers are drilled, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).',
    'target-region': 'The DRS recovery region, where the drill instances are launched.',
    'tag-filters': 'key=value pairs, separated by commas or newlines; an instance must match all of them (and be running) for its source server to be drilled.',
    'dry-run': 'Discover and plan the waves and jobs; launch nothing.',
    'fail-on-error': 'Fail the step when any row is failed, timed-out or not-started.'
};
const DRILL_ONLY_INPUTS = [
    {
        name: 'wave-tag',
        kind: 'text',
        required: false,
        default: 'dr:wave',
        description: 'Tag key (on the instance, else on the source server) whose numeric value orders servers into waves, lowest first; servers without it form the last wave.'
    },
    {
        name: 'max-servers-per-job',
        kind: 'text',
        required: false,
        default: '100',
        description: "Servers per StartRecovery job, 1 to 100 (DRS's quota). The action also keeps DRS's limits of 20 active jobs and 500 servers in active jobs per account and region."
    },
    {
        name: 'health-check',
        kind: 'text',
        required: false,
        default: 'ec2-status',
        description: "ec2-status (the drill instance's EC2 instance and system status checks both ok), ssm (that and the SSM agent Online in target-region), or launched (DRS's launch status LAUNCHED is enough)."
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
        description: 'always (terminate every drill instance this run launched, on success, failure and cancellation), on-success (keep the ones that failed, for debugging) or never (keep all; their ids are in the rows).'
    },
    {
        name: 'stop-on-wave-failure',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'A wave with any failed or timed-out server stops the later waves (not-started).'
    }
];
function sharedSpec(name) {
    const spec = _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.find(input => input.name === name);
    if (!spec)
        throw new Error(`the install inputs have no ${name}`);
    const description = SHARED_DESCRIPTIONS[name];
    return description ? { ...spec, description } : spec;
}
/** The drill action's inputs in action.yml order. */
const DRILL_INPUTS = [
    ...SHARED_INPUTS.map(sharedSpec),
    ...DRILL_ONLY_INPUTS
];
const DRILL_OUTPUTS = [
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
        description: 'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
    },
    { name: 'results-truncated', description: 'true when results leaves rows out.' },
    {
        name: 'results-file',
        description: "Path of a JSON file under RUNNER_TEMP holding every row (the drill's evidence)."
    }
];
const BOOLEAN = {
    true: true,
    True: true,
    TRUE: true,
    false: false,
    False: false,
    FALSE: false
};
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const SHARED = new Set(SHARED_INPUTS);
/**
 * Parses every drill input, collecting all problems (shared and drill-only) into one InputError,
 * so one run reports them all before any call. Pure: `read` is core.getInput's shape.
 */
function parseDrillSettings(read, run) {
    const { problems, get, fail } = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)(DRILL_INPUTS, read);
    const waveTag = get('wave-tag');
    if (!TAG_KEY.test(waveTag) || waveTag.toLowerCase().startsWith('aws:')) {
        fail('wave-tag', 'a tag key of 1 to 128 characters, not starting with aws:', waveTag);
    }
    const perJobText = get('max-servers-per-job');
    const maxServersPerJob = Number(perJobText);
    if (!/^\d+$/.test(perJobText) || maxServersPerJob < 1 || maxServersPerJob > 100) {
        fail('max-servers-per-job', "a whole number from 1 to 100 (DRS's servers-per-job quota)", perJobText);
    }
    const healthCheck = get('health-check');
    if (!HEALTH_CHECKS.includes(healthCheck)) {
        fail('health-check', HEALTH_CHECKS.join(', ').replace(/, (?=[^,]*$)/, ' or '), healthCheck);
    }
    const cleanup = get('cleanup');
    if (!CLEANUP_MODES.includes(cleanup)) {
        fail('cleanup', CLEANUP_MODES.join(', ').replace(/, (?=[^,]*$)/, ' or '), cleanup);
    }
    const stopText = get('stop-on-wave-failure');
    const stopOnWaveFailure = BOOLEAN[stopText];
    if (stopOnWaveFailure === undefined)
        fail('stop-on-wave-failure', 'true or false', stopText);
    // The shared inputs (and timeout-minutes, whose rule is the install's) through the install
    // parser; its install-only inputs read as unset and take their defaults.
    let settings = null;
    try {
        settings = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSettings */ .P$)(name => SHARED.has(name) ? read(name) : name === 'timeout-minutes' ? get('timeout-minutes') : '', run);
    }
    catch (error) {
        if (!(error instanceof _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw error;
        problems.unshift(...error.issues);
    }
    if (problems.length > 0 || !settings)
        throw new _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    return {
        ...settings,
        waveTag,
        maxServersPerJob,
        healthCheck: healthCheck,
        cleanup: cleanup,
        stopOnWaveFailure
    };
}


/***/ }),

/***/ 3546:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5112);
// The drs-orchestrate command's entry: everything happens in fronts/cli.ts.

await (0,_fronts_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hM: () => (/* reexport */ CLI_ONLY_OPTIONS),
  eD: () => (/* binding */ INSTALL_SPEC),
  RX: () => (/* binding */ PROGRAM),
  jt: () => (/* binding */ ROLE_ARN_ENV),
  eb: () => (/* binding */ UsageError),
  VS: () => (/* reexport */ flagForm),
  Yr: () => (/* binding */ noteFor),
  cl: () => (/* binding */ parseOperationArgs)
});

// UNUSED EXPORTS: CLI_NOTES, LIST_INPUTS, POSITIONALS, SHARED_NOTES, cliRunContext, closest, defaultSessionName, isBooleanInput, listInputs, parseCliArgs, takesPositionals

// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __webpack_require__(1255);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/settings/index.ts + 2 modules
var src_settings = __webpack_require__(8323);
;// CONCATENATED MODULE: ./src/fronts/cli-flags.ts
// The CLI's tokens and what each flag means: node:util parseArgs tokenises the command line from
// the operation's input spec (a value flag per text or list input, `--x` / `--no-x` per boolean
// one, and the terminal-only options); FlagReader collects values and every problem, never
// stopping at the first. The settings parser then validates the values (cli-args.ts).


const BOOLEAN_WORDS = new Set([...src_settings/* TRUE_WORDS */.VJ, ...src_settings/* FALSE_WORDS */.WD]);
/** Inputs whose default is a boolean word take bare `--x`, `--no-x` and `--x=true|false`. */
function isBooleanInput(spec) {
    return spec.kind === 'boolean';
}
/** Value placeholders for the help text and errors, by the input name's last segment. */
const PLACEHOLDERS = {
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
};
/** The expected form of a flag, e.g. `--role-arn ARN` or `--dry-run[=true|false]`. */
function flagForm(spec) {
    if (isBooleanInput(spec))
        return `--${spec.name}[=true|false], --no-${spec.name}`;
    return `--${spec.name} ${PLACEHOLDERS[spec.name.split('-').pop() ?? ''] ?? 'VALUE'}`;
}
/** The terminal-only options every operation takes. */
const CLI_ONLY_OPTIONS = {
    profile: { type: 'string', form: '--profile NAME' },
    'results-file': { type: 'string', form: '--results-file PATH' },
    json: { type: 'boolean', form: '--json' },
    help: { type: 'boolean', short: 'h', form: '--help, -h' },
    version: { type: 'boolean', form: '--version' }
};
/** Edit distance, for "did you mean". */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
/** The closest of `names` to `word`, within three edits; null when none is that close. */
function closest(word, names) {
    let best = null;
    let bestDistance = 4;
    for (const name of names) {
        const d = distance(word, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best;
}
/**
 * parseArgs's tokens. A value option takes the next argument greedily, even `--other`; like a
 * user, we read that as a missing value: the option loses it and parsing resumes at `--other`.
 */
function tokenize(argv, inputs) {
    const options = { ...CLI_ONLY_OPTIONS };
    for (const spec of inputs) {
        options[spec.name] = { type: isBooleanInput(spec) ? 'boolean' : 'string' };
        if (isBooleanInput(spec))
            options[`no-${spec.name}`] = { type: 'boolean' };
    }
    const tokens = [];
    let start = 0;
    for (;;) {
        const parsed = (0,external_node_util_.parseArgs)({
            args: argv.slice(start),
            options,
            strict: false,
            allowPositionals: true,
            tokens: true
        }).tokens;
        const cut = parsed.find(t => t.kind === 'option' && t.inlineValue === false && /^--./.test(t.value ?? ''));
        for (const token of parsed) {
            if (cut && token.index > cut.index)
                break;
            const index = token.index + start;
            if (token === cut && token.kind === 'option') {
                tokens.push({ ...token, index, value: undefined, inlineValue: undefined });
            }
            else
                tokens.push({ ...token, index });
        }
        if (!cut)
            return tokens;
        start += cut.index + 1;
    }
}
/** The flags as given: every problem is collected, none stops the reading. */
class FlagReader {
    inputs;
    values = new Map();
    sources = new Map();
    positionals = [];
    problems = [];
    options = {
        json: false,
        resultsFile: null,
        profile: null,
        help: false,
        version: false
    };
    seen = new Set();
    shortsReported = new Set();
    byName;
    constructor(inputs) {
        this.inputs = inputs;
        this.byName = new Map(inputs.map(spec => [spec.name, spec]));
    }
    read(tokens) {
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (token.kind === 'positional')
                this.positionals.push(token.value);
            if (token.kind !== 'option')
                continue;
            const next = tokens[i + 1];
            const word = next?.kind === 'positional' && next.index === token.index + 1 ? next.value : null;
            if (this.option(token, word))
                i++;
        }
    }
    once(name) {
        if (this.seen.has(name)) {
            this.problems.push(`--${name}: given more than once`);
            return false;
        }
        this.seen.add(name);
        return true;
    }
    set(name, value, add = false) {
        this.values.set(name, add ? [...(this.values.get(name) ?? []), value] : [value]);
        this.sources.set(name, { kind: 'flag' });
    }
    /** One option; true when it took `word` (the next argument) as its value. */
    option(token, word) {
        const { name, value, inlineValue } = token;
        if (!token.rawName.startsWith('--') && name !== 'help') {
            // Never echo more than the flag itself: a mistyped option may carry a secret.
            if (!this.shortsReported.has(token.index))
                this.problems.push(`unknown option ${token.rawName}: flags are long (--name VALUE); see --help`);
            this.shortsReported.add(token.index);
            return false;
        }
        if (name === 'help' || name === 'version')
            this.options[name] = true;
        else if (name === 'json') {
            if (inlineValue)
                this.problems.push('--json: takes no value; expected --json');
            else
                this.options.json = true;
        }
        else if (name === 'profile' || name === 'results-file')
            this.cliValue(name, value);
        else
            return this.inputOption(name, value, inlineValue === true, word);
        return false;
    }
    cliValue(name, value) {
        const form = CLI_ONLY_OPTIONS[name].form;
        if (value === undefined)
            this.problems.push(`--${name}: missing value; expected ${form}`);
        else if (!this.once(name))
            return;
        else if (value.trim() === '')
            this.problems.push(`--${name}: expected ${form} with a non-empty value`);
        else if (name === 'profile')
            this.options.profile = value.trim();
        else
            this.options.resultsFile = value;
    }
    inputOption(name, value, inline, word) {
        const negated = name.startsWith('no-') ? this.byName.get(name.slice(3)) : undefined;
        if (negated && isBooleanInput(negated)) {
            if (inline)
                this.problems.push(`--${name}: takes no value; expected --${name} or --${negated.name}=false`);
            else if (this.once(negated.name))
                this.set(negated.name, 'false');
            return false;
        }
        const spec = this.byName.get(name);
        if (!spec) {
            const names = [...this.inputs.map(input => input.name), ...Object.keys(CLI_ONLY_OPTIONS)];
            const best = closest(name, names);
            this.problems.push(`unknown option --${name}${best ? ` (did you mean --${best}?)` : ''}; see --help`);
            return false;
        }
        if (isBooleanInput(spec)) {
            // `--dry-run` alone means true; `--dry-run false` only when the next word is a boolean.
            const takesWord = !inline && word !== null && BOOLEAN_WORDS.has(word);
            if (this.once(name))
                this.set(name, inline ? (value ?? '') : takesWord ? word : 'true');
            return takesWord;
        }
        if (value === undefined) {
            this.problems.push(`--${name}: missing value; expected ${flagForm(spec)}`);
        }
        else if (spec.kind === 'list')
            this.set(name, value, true);
        else if (this.once(name))
            this.set(name, value);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/fronts/cli-args.ts
// The CLI's flags: one `--<input>` flag per input of the operation (generated from its input spec,
// INPUTS for the install, so the terminal and action.yml never drift), plus a few terminal-only
// options. node:util parseArgs tokenises; this module gives the tokens their meaning. Pure: argv
// and env in, a parsed command (with validated settings) out, or a UsageError naming the flag.



const PROGRAM = 'drs-orchestrate';

/** What the positional form `ACCOUNT SOURCE_REGION TARGET_REGION` fills (the seed script's order). */
const POSITIONALS = [
    { label: 'ACCOUNT', input: 'account-id' },
    { label: 'SOURCE_REGION', input: 'source-regions' },
    { label: 'TARGET_REGION', input: 'target-region' }
];
/** The environment variable `--role-arn` defaults to, as in the seed's deploy script. */
const ROLE_ARN_ENV = 'AWS_ROLE_ARN';
/** Given, an input that replaces role-arn (many accounts): AWS_ROLE_ARN is then no default. */
const ROLE_ARN_ALTERNATIVE = 'accounts';
/** Notes for inputs every operation shares: what the terminal does differently from a job. */
const SHARED_NOTES = {
    'oidc-role-arn': 'Outside GitHub Actions leave it unset: the CLI starts from your AWS credentials (--profile, AWS_PROFILE, AWS_ACCESS_KEY_ID, SSO). Inside a job it needs ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN (permissions: id-token: write).',
    'role-session-name': 'CLI default: drs-cli-<UTC timestamp>.',
    'session-tagging': 'From the CLI, SourceIdentity is your user name ($USER), and the GitHub session tags are set only when GITHUB_* variables are present.'
};
const INSTALL_SPEC = {
    name: 'install',
    inputs: src_settings/* INPUTS */.mc,
    parse: src_settings/* parseSettings */.P$,
    notes: { 'fail-on-error': 'The CLI exits 1 when any row is failed or timed-out.' }
};
/** Inputs that take a list: repeating the flag adds to the list instead of being an error. */
const LIST_INPUTS = listInputs(src_settings/* INPUTS */.mc);
function listInputs(inputs) {
    return inputs.filter(spec => spec.kind === 'list').map(spec => spec.name);
}
/** Whether the operation takes `ACCOUNT SOURCE_REGION TARGET_REGION`. */
function takesPositionals(inputs) {
    return POSITIONALS.every(({ input }) => inputs.some(spec => spec.name === input));
}
/** The --help note of one input: generated ones (positional, env default, repeatable) first. */
function noteFor(spec, operation) {
    const notes = [];
    const positional = POSITIONALS.find(p => p.input === spec.name);
    if (positional && takesPositionals(operation.inputs))
        notes.push(`Also the positional ${positional.label}.`);
    if (spec.name === 'role-arn')
        notes.push(`Default: $${ROLE_ARN_ENV}.`);
    const text = operation.notes?.[spec.name] ?? SHARED_NOTES[spec.name];
    if (text)
        notes.push(text);
    if (spec.kind === 'list')
        notes.push('Repeatable.');
    return notes.join(' ');
}
/** The install's notes per input, as --help shows them. */
const CLI_NOTES = Object.fromEntries(src_settings/* INPUTS */.mc.map(spec => [spec.name, noteFor(spec, INSTALL_SPEC)]).filter(([, note]) => note !== ''));
class UsageError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? problems[0]
            : `${problems.length} problems:\n${problems.map(p => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'UsageError';
    }
}
/** `drs-cli-20250101T120000Z`: readable in CloudTrail, valid for STS. */
function defaultSessionName(now) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return (0,src_settings/* sanitiseSessionName */.Q_)(`drs-cli-${stamp}`);
}
/**
 * The run facts the engine puts on the target session: GitHub's when the CLI runs inside a job,
 * else the local user as the actor (SourceIdentity) and nothing else.
 */
function cliRunContext(env) {
    const run = (0,run_context/* runContextFromEnv */.w)(env);
    return { ...run, actor: env.GITHUB_ACTOR || env.USER || env.LOGNAME || env.USERNAME || '' };
}
/** Says where a value came from, so an InputError reads as the user's own words. */
function describeSource(name, source) {
    if (source?.kind === 'positional')
        return `${source.label} (positional; same as --${name})`;
    if (source?.kind === 'env')
        return `${source.name} (the default for --${name})`;
    return `--${name}`;
}
/** Input names inside an expectation become flags (`role-arn` -> `--role-arn`). */
function flagWords(text, inputs) {
    let result = text;
    for (const other of inputs) {
        if (!other.name.includes('-'))
            continue;
        result = result.replace(new RegExp(`(?<![\\w-])${other.name}(?![\\w-])`, 'g'), `--${other.name}`);
    }
    return result;
}
/** One parser problem in flag terms; the value the user gave stays as it was. */
function mapProblem(problem, spec, sources) {
    const input = spec.inputs.find(candidate => candidate.name === problem.input);
    if (!input)
        return (0,src_settings/* formatProblem */.Vw)(problem);
    const name = problem.input;
    const source = sources.get(name);
    const expected = flagWords(problem.expected, spec.inputs) + (problem.required ? ' (required)' : '');
    const got = problem.got === undefined ? '' : `, got "${problem.got}"`;
    let hint = '';
    if (problem.required && !source) {
        const positional = takesPositionals(spec.inputs) && POSITIONALS.some(p => p.input === name);
        if (name === 'role-arn')
            hint = `; pass ${flagForm(input)} or set ${ROLE_ARN_ENV}`;
        else if (positional)
            hint = `; pass ${flagForm(input)}, or ACCOUNT SOURCE_REGION TARGET_REGION`;
        else
            hint = `; pass ${flagForm(input)}`;
    }
    else if (source?.kind !== 'positional' && source?.kind !== 'env') {
        hint = ` (form: ${flagForm(input)})`;
    }
    return `${describeSource(name, source)}: expected ${expected}${got}${hint}`;
}
/** ACCOUNT SOURCE_REGION TARGET_REGION into their inputs, or a problem naming the form. */
function applyPositionals(flags, spec, commands) {
    const { positionals, problems } = flags;
    if (positionals.length === 0)
        return;
    const command = closest(positionals[0], commands);
    if (command !== null && !/^\d+$/.test(positionals[0])) {
        problems.push(positionals[0] === command
            ? `${command} must be the first argument: ${PROGRAM} ${command} [flags] (see ${PROGRAM} ${command} --help)`
            : `unknown command "${positionals[0]}" (did you mean ${command}?): ${PROGRAM} ${command} [flags]`);
        return;
    }
    if (!takesPositionals(spec.inputs)) {
        problems.push(`${PROGRAM} ${spec.name} takes no positional arguments; see --help`);
    }
    else if (positionals.length === POSITIONALS.length) {
        POSITIONALS.forEach(({ label, input }, index) => {
            if (flags.sources.has(input)) {
                problems.push(`${label} (positional) and --${input} both given; use one of them`);
                return;
            }
            flags.values.set(input, [positionals[index]]);
            flags.sources.set(input, { kind: 'positional', label });
        });
    }
    else {
        problems.push(`expected ${POSITIONALS.map(p => p.label).join(' ')} (3 positional arguments) or none, got ${positionals.length} positional argument${positionals.length === 1 ? '' : 's'}`);
    }
}
/** The CLI's defaults: AWS_ROLE_ARN for the role, drs-cli-<time> for the session name. */
function applyDefaults(flags, spec, env, now) {
    const has = (name) => spec.inputs.some(input => input.name === name);
    // Not when the SDK owns that variable (a web-identity token file names AWS_ROLE_ARN as the
    // starting role), nor when another input replaces the role.
    const roleFromEnv = env[ROLE_ARN_ENV]?.trim() ?? '';
    if (has('role-arn') &&
        !flags.values.has('role-arn') &&
        !flags.values.has(ROLE_ARN_ALTERNATIVE) &&
        roleFromEnv !== '') {
        if (env.AWS_WEB_IDENTITY_TOKEN_FILE) {
            flags.problems.push(`--role-arn: required here; ${ROLE_ARN_ENV} is not used as its default because AWS_WEB_IDENTITY_TOKEN_FILE is set (the SDK assumes ${ROLE_ARN_ENV} as the starting role)`);
        }
        else {
            flags.values.set('role-arn', [roleFromEnv]);
            flags.sources.set('role-arn', { kind: 'env', name: ROLE_ARN_ENV });
        }
    }
    if (has('role-session-name') && !flags.values.has('role-session-name'))
        flags.values.set('role-session-name', [defaultSessionName(now)]);
}
/** What only a terminal can get wrong: OIDC outside a job, OIDC with a profile. */
function terminalProblems(settings, flags, env) {
    if (!settings.oidcRoleArn)
        return;
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        flags.problems.push('--oidc-role-arn: needs a GitHub OIDC token, which exists only inside a GitHub Actions job with "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN). From a terminal, leave it unset: the CLI assumes --role-arn from your AWS credentials (--profile, AWS_PROFILE, environment keys, SSO).');
    }
    if (flags.options.profile !== null) {
        flags.problems.push('--profile and --oidc-role-arn both given: with --oidc-role-arn the starting credentials come from the OIDC token; drop one of them');
    }
}
/**
 * Parses one operation's command line (after the subcommand). `--help` and `--version` win over
 * everything else; otherwise every problem (unknown flag, missing value, invalid input) is
 * collected into one UsageError.
 */
function parseOperationArgs(spec, argv, env, options = {}) {
    const flags = new FlagReader(spec.inputs);
    flags.read(tokenize(argv, spec.inputs));
    const { help, version, ...given } = flags.options;
    const common = {
        ...given,
        profile: given.profile ?? (env.AWS_PROFILE?.trim() || null)
    };
    if (help)
        return { kind: 'help', ...common };
    if (version)
        return { kind: 'version', ...common };
    applyPositionals(flags, spec, options.commands ?? []);
    applyDefaults(flags, spec, env, options.now ?? new Date());
    let settings = null;
    try {
        settings = spec.parse(name => (flags.values.get(name) ?? []).join('\n'), cliRunContext(env));
    }
    catch (error) {
        if (!(error instanceof src_settings/* InputError */.dz))
            throw error;
        flags.problems.push(...error.issues.map(problem => mapProblem(problem, spec, flags.sources)));
    }
    if (settings)
        terminalProblems(settings, flags, env);
    if (flags.problems.length > 0 || !settings)
        throw new UsageError(flags.problems);
    return { kind: 'run', settings, ...common };
}
/** The install's command line (`drs-orchestrate [install] ...`). */
function parseCliArgs(argv, env, options = {}) {
    return parseOperationArgs(INSTALL_SPEC, argv, env, options);
}


/***/ }),

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ Console),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   OQ: () => (/* binding */ tryWriteRows),
/* harmony export */   Q8: () => (/* binding */ jsonDocument),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   Rw: () => (/* binding */ consolePort),
/* harmony export */   hj: () => (/* binding */ EXIT_FAILED),
/* harmony export */   ji: () => (/* binding */ ambientCredentials),
/* harmony export */   ke: () => (/* binding */ startingCredentialsText),
/* harmony export */   zx: () => (/* binding */ exitAfterFlush)
/* harmony export */ });
/* unused harmony exports routeWarnings, writeRows */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7370);
/* harmony import */ var _report_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8991);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5655);
/* harmony import */ var _report_results_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9047);
// What every CLI operation shares around its run: stderr for humans (log lines and one live status
// line), stdout for the result, redaction of every secret, the starting credentials (the SDK chain
// or a GitHub OIDC token), the results file and the exit after the streams have flushed.







const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const CLEAR_LINE = '\r\x1b[2K';
/**
 * stderr for humans: log lines scroll, and on a terminal one status line stays at the bottom,
 * rewritten in place (counts per region for the install, the phase for the others).
 */
class Console {
    redactor;
    live;
    status = '';
    timer = null;
    rows = [];
    phase = 'starting';
    stageText = null;
    started = Date.now();
    constructor(redactor, live) {
        this.redactor = redactor;
        this.live = live;
    }
    static for(context) {
        const live = Boolean(process.stderr.isTTY) && context.env.TERM !== 'dumb';
        return new Console(context.redactor, live);
    }
    /**
     * How every command starts: the external id redacted before anything prints, the console,
     * and Node's warnings routed through it.
     */
    static open(context, externalId) {
        context.redactor.add(externalId);
        const io = Console.for(context);
        routeWarnings(io, context.env);
        return io;
    }
    log(line) {
        const text = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .stripControl */ .kU)(this.redactor.redact(line));
        if (this.live && this.status)
            process.stderr.write(CLEAR_LINE);
        process.stderr.write(`${text}\n`);
        if (this.live && this.status)
            process.stderr.write(this.status);
    }
    out(text) {
        process.stdout.write(this.redactor.redact(text));
    }
    start(phase) {
        this.phase = phase;
        if (!this.live)
            return;
        this.draw();
        this.timer = setInterval(() => this.draw(), 1000);
        this.timer.unref();
    }
    progress(rows) {
        this.rows = rows;
        if (this.live)
            this.draw();
    }
    /** The staged roll-out's running stage, named on the progress line. */
    stage(text) {
        this.stageText = text;
        if (this.live)
            this.draw();
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = null;
        if (this.live && this.status)
            process.stderr.write(CLEAR_LINE);
        this.status = '';
    }
    draw() {
        const line = (0,_report_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .renderProgressLine */ .S)(this.rows, {
            elapsedMs: Date.now() - this.started,
            width: process.stderr.columns ?? 100,
            phase: this.phase,
            stage: this.stageText
        });
        this.status = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_5__/* .stripControl */ .kU)(this.redactor.redact(line));
        process.stderr.write(`${CLEAR_LINE}${this.status}`);
    }
}
/**
 * Node's warnings (the SDK's copies each warn about the Node version) go through the console
 * once each, redacted and below the status line, instead of Node's own printer.
 */
function routeWarnings(io, env) {
    const seen = new Set();
    process.removeAllListeners('warning');
    process.on('warning', warning => {
        if (env.NODE_NO_WARNINGS === '1' || seen.has(warning.message))
            return;
        seen.add(warning.message);
        io.log(`warning: ${warning.message.replace(/\s*\n\s*/g, ' ')}`);
    });
}
/** The engine's port onto the console; the OIDC token only when the run starts from one. */
function consolePort(io, context, settings, progress) {
    const debug = context.env.RUNNER_DEBUG === '1';
    const port = {
        mask: secret => context.redactor.add(secret),
        info: message => io.log(message),
        warning: message => io.log(`warning: ${message}`),
        debug: message => {
            if (debug)
                io.log(`debug: ${message}`);
        },
        ...(progress ? { progress } : {})
    };
    if (settings.oidcRoleArn)
        port.getIdToken = audience => fetchIdToken(context.env, audience);
    return port;
}
/** The GitHub OIDC token, fetched as @actions/core's getIDToken does (inside a job only). */
async function fetchIdToken(env, audience) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set');
    }
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    let lastError = 'no attempt';
    for (let attempt = 1; attempt <= 3; attempt++) {
        try {
            const response = await fetch(url, {
                headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
                signal: AbortSignal.timeout(30_000)
            });
            if (response.ok) {
                const body = (await response.json());
                if (typeof body.value !== 'string' || body.value === '')
                    throw new Error('the answer holds no token');
                return body.value;
            }
            lastError = `HTTP ${response.status}`;
            // Only a server-side failure is worth another try.
            if (response.status < 500)
                break;
        }
        catch (error) {
            lastError = (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
        }
        await new Promise(done => setTimeout(done, 500 * attempt));
    }
    throw new Error(`OIDC token request failed (${lastError})`);
}
/**
 * The starting credentials: the SDK's default chain (or --profile), each identity masked the
 * moment it exists; undefined with --oidc-role-arn, where the engine starts from the token.
 */
async function ambientCredentials(settings, command, redactor) {
    if (settings.oidcRoleArn)
        return undefined;
    const { fromNodeProviderChain } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(968418)]).then(__webpack_require__.t.bind(__webpack_require__, 9719, 19));
    const inner = fromNodeProviderChain({
        ...(command.profile ? { profile: command.profile } : {}),
        clientConfig: { region: settings.targetRegion }
    });
    return async (identityProperties) => {
        const identity = await inner(identityProperties);
        redactor.add(identity.accessKeyId);
        redactor.add(identity.secretAccessKey);
        if (identity.sessionToken)
            redactor.add(identity.sessionToken);
        return identity;
    };
}
function startingCredentialsText(settings, profile, env) {
    if (settings.oidcRoleArn)
        return `GitHub OIDC -> ${settings.oidcRoleArn}`;
    if (profile)
        return `AWS profile ${profile}`;
    if (env.AWS_ACCESS_KEY_ID)
        return 'AWS_ACCESS_KEY_ID from the environment';
    return 'the AWS SDK default chain';
}
/**
 * Every row as JSON: at `path`, or (null) in a new file per run under the OS temp folder, the
 * time and the process id keeping runs of the same account apart.
 */
async function writeRows(path, accountId, label, rows) {
    if (path === null) {
        const stamp = new Date()
            .toISOString()
            .replace(/[-:]/g, '')
            .replace(/\.\d+Z$/, 'Z');
        return (0,_report_results_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeResultsFile */ .A)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), (0,_report_results_file_js__WEBPACK_IMPORTED_MODULE_4__/* .resultsFileName */ .q)(accountId, `${label}-${stamp}-${process.pid}`), rows);
    }
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, `${JSON.stringify(rows, null, 2)}\n`, 'utf8');
    return target;
}
/** The results file, or the problem writing it (reported, and the run exits 1). */
async function tryWriteRows(...args) {
    try {
        return { resultsFile: await writeRows(...args), writeProblem: null };
    }
    catch (error) {
        return {
            resultsFile: null,
            writeProblem: `Could not write the results file: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`
        };
    }
}
/** The `--json` document of check and drill: the shape the install's has. */
function jsonDocument(counts, rows, resultsFile, stopped) {
    return `${JSON.stringify({ counts, rows, resultsFile, stopped }, null, 2)}\n`;
}
/** Exits once stdout and stderr have taken everything written to them. */
async function exitAfterFlush(code) {
    await Promise.all([
        new Promise(done => process.stdout.write('', done)),
        new Promise(done => process.stderr.write('', done))
    ]);
    process.exit(code);
}


/***/ }),

/***/ 5112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
// EXTERNAL MODULE: ./src/fronts/cli-args.ts + 1 modules
var cli_args = __webpack_require__(6188);
// EXTERNAL MODULE: ./src/fronts/cli-console.ts
var cli_console = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/check/settings.ts
var settings = __webpack_require__(4115);
// EXTERNAL MODULE: ./src/drill/settings.ts
var drill_settings = __webpack_require__(504);
// EXTERNAL MODULE: ./src/initialize/settings.ts
var initialize_settings = __webpack_require__(6969);
;// CONCATENATED MODULE: ./src/fronts/cli-operations.ts
// The CLI's subcommands, one entry each: the operation's input spec and parser (its flags are
// generated from them), its help text, and its run, loaded only once the flags are valid. Adding an
// operation is one entry here (and its own cli-<name>.ts run module).




const ROLE = 'arn:aws:iam::160885257264:role/DRSOrchestrationRole';
const INSTALL = {
    ...cli_args/* INSTALL_SPEC */.eD,
    summary: 'install the DRS agent through SSM on tagged instances (the default)',
    title: [
        `${cli_args/* PROGRAM */.RX}: install the AWS Elastic Disaster Recovery agent on tagged EC2 instances through`,
        'SSM, across the regions of one account (the drs-orchestration-action engine, from a terminal).'
    ],
    usage: [
        '[options] --role-arn ARN --source-regions REGIONS --target-region REGION',
        `[options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: --role-arn or $${cli_args/* ROLE_ARN_ENV */.jt})`
    ],
    exitCodes: [
        'Exit codes: 0 done; 1 the run failed (role assumption, DRS not initialised, cancelled) or, with',
        'fail-on-error (the default), a row is failed or timed-out; 2 bad usage (nothing was called).'
    ],
    examples: [
        `AWS_ROLE_ARN=${ROLE} \\`,
        `  ${cli_args/* PROGRAM */.RX} 160885257264 us-east-1 us-west-2`,
        `${cli_args/* PROGRAM */.RX} --profile central --role-arn ${ROLE} \\`,
        '  --external-id DRSOrchestration2024 --source-regions us-east-1,eu-west-1 \\',
        '  --target-region us-west-2 --dry-run'
    ],
    run: async (command, context) => (await __webpack_require__.e(/* import() */ 268218).then(__webpack_require__.bind(__webpack_require__, 5002))).runInstall(command, context)
};
const CHECK = {
    name: 'check',
    inputs: settings/* CHECK_INPUTS */.$d,
    parse: settings/* parseCheckSettings */.P7,
    notes: {
        'fail-on': 'The CLI exits 1 when any row has one of these statuses (failed always counts), 0 otherwise.'
    },
    summary: 'the protection check (read-only): is every tagged instance replicating?',
    title: [
        `${cli_args/* PROGRAM */.RX} check: the protection check, read-only. Is every running tagged instance's DRS`,
        'source server replicating, within max-lag-minutes, and (optionally) drilled recently? Orphaned',
        'source servers (instance gone, stopped or untagged) are reported too.'
    ],
    usage: [
        'check [options] --role-arn ARN --source-regions REGIONS --target-region REGION',
        `check [options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: $${cli_args/* ROLE_ARN_ENV */.jt})`
    ],
    exitCodes: [
        'Exit codes: 0 no row has a status in fail-on; 1 a row does (failed always counts), or the check',
        'stopped (role assumption, DRS not initialised); 2 bad usage (nothing was called).'
    ],
    examples: [
        `AWS_ROLE_ARN=${ROLE} \\`,
        `  ${cli_args/* PROGRAM */.RX} check 160885257264 us-east-1,eu-west-1 us-west-2 --max-drill-age-days 90`,
        `${cli_args/* PROGRAM */.RX} check --profile central \\`,
        `  --role-arn ${ROLE} \\`,
        '  --source-regions us-east-1 --target-region us-west-2 --fail-on failed --json'
    ],
    run: async (command, context) => (await Promise.all(/* import() */[__webpack_require__.e(413979), __webpack_require__.e(586153), __webpack_require__.e(310569)]).then(__webpack_require__.bind(__webpack_require__, 7883))).runCheckCommand(command, context)
};
const DRILL = {
    name: 'drill',
    inputs: drill_settings/* DRILL_INPUTS */.SX,
    parse: drill_settings/* parseDrillSettings */.Ib,
    notes: {
        'fail-on-error': 'The CLI exits 1 when any row is failed, timed-out or not-started.',
        cleanup: 'Ctrl-C (SIGINT) or SIGTERM: the CLI stops launching, terminates and confirms what this run launched (as cleanup says), then exits 1; a second signal exits at once, naming what may be left.'
    },
    summary: 'launch drill instances in waves, measure RTO/RPO, terminate them',
    title: [
        `${cli_args/* PROGRAM */.RX} drill: launch DRS drill instances for the protected servers in waves, wait until`,
        'they are healthy, measure RTO and RPO per server, and terminate what this run launched (also',
        'when interrupted).'
    ],
    usage: [
        'drill [options] --role-arn ARN --source-regions REGIONS --target-region REGION',
        `drill [options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: $${cli_args/* ROLE_ARN_ENV */.jt})`
    ],
    exitCodes: [
        'Exit codes: 0 done; 1 the drill stopped (role assumption, DRS, cancelled), a termination could',
        'not be confirmed, or with fail-on-error (the default) a row is failed, timed-out or not-started;',
        '2 bad usage (nothing was called).'
    ],
    examples: [
        `AWS_ROLE_ARN=${ROLE} \\`,
        `  ${cli_args/* PROGRAM */.RX} drill 160885257264 us-east-1 us-west-2 --dry-run`,
        `${cli_args/* PROGRAM */.RX} drill --role-arn ${ROLE} \\`,
        '  --source-regions us-east-1 --target-region us-west-2 --health-check ssm \\',
        '  --results-file evidence/drill.json'
    ],
    run: async (command, context) => (await Promise.all(/* import() */[__webpack_require__.e(413979), __webpack_require__.e(586153), __webpack_require__.e(563256)]).then(__webpack_require__.bind(__webpack_require__, 3378))).runDrillCommand(command, context)
};
const INITIALIZE_DRS = {
    name: 'initialize-drs',
    inputs: initialize_settings/* INITIALIZE_INPUTS */.HF,
    parse: initialize_settings/* parseInitializeSettings */.hL,
    notes: {
        'dry-run': 'The CLI exits 0 after a dry run, whatever it found.'
    },
    summary: 'initialise DRS in the recovery region and create its default replication template',
    title: [
        `${cli_args/* PROGRAM */.RX} initialize-drs: initialise AWS Elastic Disaster Recovery in one account's recovery`,
        'region (drs:InitializeService) and create the default replication configuration template if',
        'there is none. Idempotent: a second run only reads.'
    ],
    usage: [
        'initialize-drs --role-arn ARN --target-region REGION --staging-subnet-id ID ...',
        `initialize-drs ...  (--role-arn defaults to $${cli_args/* ROLE_ARN_ENV */.jt}; no positional form)`
    ],
    exitCodes: [
        'Exit codes: 0 DRS is initialised (by this run or before) or the dry run finished; 1 the run',
        'failed (role assumption, a missing permission, results file not writable, interrupted); 2 bad',
        'usage (nothing was called).'
    ],
    examples: [
        `AWS_ROLE_ARN=${ROLE} \\`,
        `  ${cli_args/* PROGRAM */.RX} initialize-drs --target-region us-west-2 \\`,
        '  --staging-subnet-id subnet-0123456789abcdef0',
        `${cli_args/* PROGRAM */.RX} initialize-drs --profile central \\`,
        `  --role-arn ${ROLE} \\`,
        '  --target-region us-west-2 --staging-subnet-id subnet-0123456789abcdef0 --dry-run --json'
    ],
    run: async (command, context) => (await __webpack_require__.e(/* import() */ 634838).then(__webpack_require__.bind(__webpack_require__, 809))).runInitializeCommand(command, context)
};
/** The subcommands; the first is what runs when the command line names none. */
const OPERATIONS = [
    INSTALL,
    CHECK,
    DRILL,
    INITIALIZE_DRS
];
const DEFAULT_OPERATION = OPERATIONS[0];
/** The operation argv names (its first argument), and the arguments after that name. */
function selectOperation(argv) {
    const operation = OPERATIONS.find(candidate => candidate.name === argv[0]);
    return operation
        ? { operation, args: argv.slice(1), named: true }
        : { operation: DEFAULT_OPERATION, args: argv, named: false };
}

;// CONCATENATED MODULE: ./src/fronts/cli-help.ts
// The --help text of each subcommand, generated from its input spec (name, required, default,
// description, the CLI's notes), so a new input shows up here as it shows up in action.yml.


const OPTION_TEXT = {
    profile: 'Starting AWS profile (same as AWS_PROFILE). Default: the SDK chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, process, instance role).',
    json: 'Print {counts, rows, resultsFile, stopped} as JSON: the only thing written to stdout (logs go to stderr).',
    'results-file': 'Write every row as JSON to PATH. Default: a new file under the OS temp folder, named in the output.',
    help: 'Print this help.',
    version: 'Print the version.'
};
function wrap(text, indent, width = 100) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && indent + line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.map(l => `${' '.repeat(indent)}${l}`);
}
/** The command list, shown by `drs-orchestrate --help`. */
function commandList(operations) {
    const width = Math.max(...operations.map(op => op.name.length));
    return [
        `Commands (${cli_args/* PROGRAM */.RX} COMMAND --help shows a command's flags):`,
        ...operations.map(op => `  ${op.name.padEnd(width)}  ${op.summary}`),
        ''
    ];
}
/**
 * The --help text of one operation. The default operation's (the top-level help) also lists
 * every command.
 */
function helpText(operation = DEFAULT_OPERATION, operations = OPERATIONS) {
    const out = [...operation.title, '', 'Usage:'];
    for (const line of operation.usage)
        out.push(`  ${cli_args/* PROGRAM */.RX} ${line}`);
    out.push('');
    if (operation === DEFAULT_OPERATION)
        out.push(...commandList(operations));
    out.push('Inputs (one flag per action input; --flag=VALUE works too):');
    for (const spec of operation.inputs) {
        const facts = [];
        if (spec.required)
            facts.push('required');
        if (spec.default !== undefined)
            facts.push(`default: ${spec.default}`);
        out.push(`  ${(0,cli_args/* flagForm */.VS)(spec)}${facts.length > 0 ? `    (${facts.join('; ')})` : ''}`);
        out.push(...wrap(spec.description, 6));
        const note = (0,cli_args/* noteFor */.Yr)(spec, operation);
        if (note)
            out.push(...wrap(note, 6));
    }
    out.push('', 'CLI options:');
    for (const [name, option] of Object.entries(cli_args/* CLI_ONLY_OPTIONS */.hM)) {
        out.push(`  ${option.form}`, ...wrap(OPTION_TEXT[name], 6));
    }
    out.push('', 'Starting credentials: the AWS SDK default chain (--profile / AWS_PROFILE, environment keys, SSO,', 'credential_process, instance or container role); role-arn is assumed from them. AWS_ENDPOINT_URL,', 'AWS_RETRY_MODE and AWS_MAX_ATTEMPTS are honoured. RUNNER_DEBUG=1 prints debug lines.', '', ...operation.exitCodes, '', 'Examples:', ...operation.examples.map(line => `  ${line}`), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/shared/port.ts
var port = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(8991);
;// CONCATENATED MODULE: ./src/fronts/cli.ts
// The terminal front: picks the subcommand (install when none is named), parses its flags, and
// hands the validated command to the operation's run, which reports and returns the exit code.
// Never imports @actions/core.







const VERSION = package_namespaceObject.rE;
/** Runs the CLI and returns its exit code (0 done, 1 failed, 2 bad usage). */
async function cli(argv, env, redactor) {
    // Defence in depth: secrets the environment already holds never reach the terminal.
    for (const name of [
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
    ])
        redactor.add(env[name]);
    const { operation, args, named } = selectOperation(argv);
    const helpCommand = named ? `${cli_args/* PROGRAM */.RX} ${operation.name} --help` : `${cli_args/* PROGRAM */.RX} --help`;
    let command;
    try {
        command = (0,cli_args/* parseOperationArgs */.cl)(operation, args, env, {
            commands: OPERATIONS.map(op => op.name)
        });
    }
    catch (error) {
        if (!(error instanceof cli_args/* UsageError */.eb))
            throw error;
        process.stderr.write(redactor.redact(`${cli_args/* PROGRAM */.RX}: ${error.message}\nRun "${helpCommand}" for the flags.\n`));
        return cli_console/* EXIT_USAGE */.Ri;
    }
    if (command.kind === 'help') {
        process.stdout.write(helpText(operation));
        return cli_console/* EXIT_OK */.Ij;
    }
    if (command.kind === 'version') {
        process.stdout.write(`${cli_args/* PROGRAM */.RX} ${VERSION}\n`);
        return cli_console/* EXIT_OK */.Ij;
    }
    return operation.run(command, { env, redactor, version: VERSION });
}
/** The CLI's whole life: parse, run, report, exit with the code. */
async function main() {
    // A closed pipe (`| head`) is not worth a stack trace; the exit code still tells the outcome.
    process.stdout.on('error', error => {
        if (error.code !== 'EPIPE')
            throw error;
    });
    const redactor = new progress/* Redactor */.pO();
    try {
        return await (0,cli_console/* exitAfterFlush */.zx)(await cli(process.argv.slice(2), process.env, redactor));
    }
    catch (error) {
        process.stderr.write(redactor.redact(`${cli_args/* PROGRAM */.RX}: unexpected error: ${(0,port/* errorMessage */.gJ)(error)}\n`));
        return await (0,cli_console/* exitAfterFlush */.zx)(cli_console/* EXIT_FAILED */.hj);
    }
}


/***/ }),

/***/ 6969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ INITIALIZE_INPUTS),
/* harmony export */   hL: () => (/* binding */ parseInitializeSettings)
/* harmony export */ });
/* unused harmony exports INITIALIZE_SHARED_INPUTS, DEFAULT_REPLICATION_SERVER_TYPE, DEFAULT_RETENTION_DAYS, DATA_PLANE_ROUTINGS, INITIALIZE_OUTPUTS, MAX_SECURITY_GROUPS */
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8323);
// The initialize-drs inputs: the install's role-chain inputs and target-region (validated by the
// install's own parser, so the rules live in one place) plus the replication template's own.
// Pure: raw strings in, one InitializeSettings out, or one InputError holding every problem.

/** The install inputs initialize-drs takes, in the order initialize-drs/action.yml lists them. */
const INITIALIZE_SHARED_INPUTS = [
    'role-arn',
    'account-id',
    'external-id',
    'target-region',
    'oidc-role-arn',
    'audience',
    'role-session-name',
    'role-duration-seconds',
    'session-tagging',
    'dry-run'
];
/** The console's default replication server type (the smallest the DRS console offers). */
const DEFAULT_REPLICATION_SERVER_TYPE = 't3.small';
/** DRS's default day-rule retention of point-in-time snapshots (1 to 365 allowed). */
const DEFAULT_RETENTION_DAYS = '7';
const DATA_PLANE_ROUTINGS = ['private-ip', 'public-ip'];
// One account per step (a matrix or shards run it per account): role-arn names it.
const DESCRIPTION_OVERRIDES = {
    'role-arn': 'Target-account role to assume, arn:<partition>:iam::<12-digit account>:role/<path/name>.',
    'account-id': 'Target account id (12 digits). Defaults to the account in role-arn and must equal it.',
    'target-region': 'The DRS recovery region to initialise (where the replication servers and staging disks live).',
    'dry-run': 'Read what is there and say what would change; initialise nothing and create no template.'
};
const OWN_INPUTS = [
    {
        name: 'staging-subnet-id',
        kind: 'text',
        required: true,
        description: 'Subnet (subnet-xxxxxxxx, in target-region) for the replication servers of the default replication template. Used only when no template exists yet.'
    },
    {
        name: 'replication-server-instance-type',
        kind: 'text',
        required: false,
        default: DEFAULT_REPLICATION_SERVER_TYPE,
        description: 'EC2 instance type of the replication servers (e.g. t3.small, m5.large).'
    },
    {
        name: 'security-group-ids',
        kind: 'list',
        required: false,
        description: 'Security groups (sg-xxxxxxxx, commas, spaces or newlines) for the replication servers. Unset: DRS creates and uses its default security group (TCP 1500 in, 443 out).'
    },
    {
        name: 'data-plane-routing',
        kind: 'text',
        required: false,
        default: 'private-ip',
        description: 'How the agents reach the replication servers: private-ip (VPN, Direct Connect or VPC peering to the staging subnet) or public-ip (a public IP on each replication server).'
    },
    {
        name: 'snapshot-retention-days',
        kind: 'text',
        required: false,
        default: DEFAULT_RETENTION_DAYS,
        description: 'Days of daily point-in-time snapshots to keep, 1 to 365 (the 10-minute and hourly rules are fixed by DRS).'
    }
];
const INITIALIZE_INPUTS = [
    ...INITIALIZE_SHARED_INPUTS.map(name => {
        const spec = _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.find(input => input.name === name);
        if (!spec)
            throw new Error(`the install has no input ${name}`);
        return {
            ...spec,
            required: spec.required || name === 'role-arn',
            description: DESCRIPTION_OVERRIDES[name] ?? spec.description
        };
    }),
    ...OWN_INPUTS
];
const INITIALIZE_OUTPUTS = [
    {
        name: 'initialized',
        description: 'true: this run initialised DRS in target-region. already: it was initialised before. false: a dry run found it not initialised (nothing changed).'
    },
    {
        name: 'template-id',
        description: 'The replication configuration template id (rct-...): the one found, or the one created; empty in a dry run that would create one.'
    },
    { name: 'template-created', description: 'true when this run created the template.' }
];
/** DRS's patterns (CreateReplicationConfigurationTemplate): subnet-/sg- and 8 or more hex digits. */
const SUBNET_ID = /^subnet-[0-9a-fA-F]{8,}$/;
const SECURITY_GROUP_ID = /^sg-[0-9a-fA-F]{8,}$/;
/** At most 32 security groups per template (DRS's limit). */
const MAX_SECURITY_GROUPS = 32;
/** An EC2 instance type name: family, optional generation/attributes, a dot, a size. */
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+$/;
function parseOwnInputs(read, problems) {
    const reader = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)(INITIALIZE_INPUTS, read);
    const subnet = reader.required('staging-subnet-id', 'a subnet id like subnet-0123456789abcdef0');
    if (subnet !== '' && !SUBNET_ID.test(subnet)) {
        reader.fail('staging-subnet-id', 'a subnet id like subnet-0123456789abcdef0', subnet);
    }
    const instanceType = reader.get('replication-server-instance-type');
    if (!INSTANCE_TYPE.test(instanceType) || instanceType.length > 255) {
        reader.fail('replication-server-instance-type', 'an EC2 instance type like t3.small', instanceType);
    }
    const groups = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unique */ .Am)((0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(reader.get('security-group-ids'), true));
    for (const group of groups) {
        if (!SECURITY_GROUP_ID.test(group)) {
            reader.fail('security-group-ids', 'security group ids like sg-0123456789abcdef0', group);
        }
    }
    if (groups.length > MAX_SECURITY_GROUPS) {
        reader.fail('security-group-ids', `at most ${MAX_SECURITY_GROUPS} security groups (DRS's limit)`, `${groups.length} groups`);
    }
    const routing = reader.get('data-plane-routing');
    if (!DATA_PLANE_ROUTINGS.includes(routing)) {
        reader.fail('data-plane-routing', DATA_PLANE_ROUTINGS.join(' or '), routing);
    }
    const retention = reader.get('snapshot-retention-days');
    const retentionDays = Number(retention);
    if (!/^\d+$/.test(retention) || retentionDays < 1 || retentionDays > 365) {
        reader.fail('snapshot-retention-days', 'a whole number of days from 1 to 365', retention);
    }
    problems.push(...reader.problems);
    return {
        stagingSubnetId: subnet,
        replicationServerInstanceType: instanceType,
        securityGroupIds: groups,
        dataPlaneRouting: routing,
        retentionDays
    };
}
/**
 * Parses the initialize-drs inputs, reporting every problem at once. The shared inputs go through
 * the install's parser; its other inputs read as unset (source-regions as target-region, which it
 * requires), and only problems with this action's own inputs are reported.
 */
function parseInitializeSettings(read, run) {
    const shared = new Set(INITIALIZE_SHARED_INPUTS);
    const problems = [];
    let base = null;
    try {
        base = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSettings */ .P$)(name => {
            if (name === 'source-regions')
                return read('target-region');
            return shared.has(name) ? read(name) : '';
        }, run);
    }
    catch (error) {
        if (!(error instanceof _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw error;
        problems.push(...error.issues.filter(issue => shared.has(issue.input)));
    }
    const own = parseOwnInputs(read, problems);
    if (problems.length > 0 || !base)
        throw new _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    return {
        roleArn: base.roleArn,
        partition: base.partition,
        accountId: base.accountId,
        externalId: base.externalId,
        targetRegion: base.targetRegion,
        oidcRoleArn: base.oidcRoleArn,
        audience: base.audience,
        roleSessionName: base.roleSessionName,
        roleDurationSeconds: base.roleDurationSeconds,
        sessionTagging: base.sessionTagging,
        dryRun: base.dryRun,
        run: base.run,
        ...own
    };
}


/***/ }),

/***/ 8991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ jsonReport),
/* harmony export */   S: () => (/* binding */ renderProgressLine),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports regionProgress, formatElapsed */
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8850);

/** Replaces every registered secret in text the CLI prints (the CLI's counterpart of core.setSecret). */
class Redactor {
    secrets = [];
    add(secret) {
        if (!secret || secret.trim() === '' || this.secrets.includes(secret))
            return;
        // Longest first, so a secret that contains another is replaced whole.
        this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length);
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return result;
    }
}
/** The `--json` document: counts (the outputs' four, plus per status), every row, the file, why it stopped. */
function jsonReport(source, resultsFile, stopped) {
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .asReport */ .z)(source);
    const document = {
        counts: { ...report.counts, byStatus: report.byStatus },
        rows: report.rows,
        resultsFile,
        stopped
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** Counts per region, in region order; rows without a region (unknown ids) under `-`. */
function regionProgress(rows) {
    const byRegion = new Map();
    for (const row of rows) {
        const region = row.region ?? '-';
        let entry = byRegion.get(region);
        if (!entry) {
            entry = {
                region,
                instances: 0,
                done: 0,
                installed: 0,
                failed: 0,
                skipped: 0,
                dryRun: 0,
                pending: 0,
                halted: 0,
                regionFailed: false
            };
            byRegion.set(region, entry);
        }
        if (row.instanceId === null) {
            // A region that failed as a whole: no instances to count.
            entry.regionFailed = true;
            entry.failed++;
            continue;
        }
        entry.instances++;
        if (row.status === 'pending')
            entry.pending++;
        else
            entry.done++;
        if (row.status === 'installed')
            entry.installed++;
        if (row.status === 'failed' || row.status === 'timed-out')
            entry.failed++;
        if (row.status === 'skipped-registered' || row.status === 'skipped-unmanaged')
            entry.skipped++;
        if (row.status === 'dry-run')
            entry.dryRun++;
        if (row.status === 'halted')
            entry.halted++;
    }
    return [...byRegion.values()].sort((a, b) => a.region < b.region ? -1 : a.region > b.region ? 1 : 0);
}
function formatElapsed(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (minutes === 0)
        return `${rest}s`;
    return `${minutes}m${String(rest).padStart(2, '0')}s`;
}
function bar(done, total, width) {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
function regionText(entry) {
    if (entry.regionFailed && entry.instances === 0)
        return `${entry.region} failed`;
    const parts = [];
    if (entry.installed > 0)
        parts.push(`${entry.installed} installed`);
    if (entry.failed > 0)
        parts.push(`${entry.failed} failed`);
    if (entry.skipped > 0)
        parts.push(`${entry.skipped} skipped`);
    if (entry.dryRun > 0)
        parts.push(`${entry.dryRun} dry-run`);
    if (entry.halted > 0)
        parts.push(`${entry.halted} halted`);
    if (entry.pending > 0)
        parts.push(`${entry.pending} waiting`);
    return `${entry.region} ${entry.done}/${entry.instances}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}
/**
 * One line, e.g. `[######....] 6/10 done | eu-west-1 2/4 (2 installed, 2 waiting) | us-east-1
 * 4/6 (3 installed, 1 failed, 2 waiting) | 1m05s`.
 */
function renderProgressLine(rows, options) {
    const regions = regionProgress(rows);
    const elapsed = formatElapsed(options.elapsedMs);
    let line;
    if (rows.length === 0) {
        line = `${options.phase ?? 'working'}... | ${elapsed}`;
    }
    else {
        const total = regions.reduce((sum, r) => sum + r.instances, 0);
        const done = regions.reduce((sum, r) => sum + r.done, 0);
        line = [
            `${bar(done, total, 10)} ${done}/${total} done`,
            ...(options.stage ? [options.stage] : []),
            ...regions.map(regionText),
            elapsed
        ].join(' | ');
    }
    const width = options.width ?? 0;
    if (width > 1 && line.length > width - 1)
        line = `${line.slice(0, Math.max(0, width - 2))}…`;
    return line;
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport),
/* harmony export */   z: () => (/* binding */ asReport)
/* harmony export */ });
/* harmony import */ var _accounts_targets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7978);
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(580);
// The one report value: built once from the rows, then rendered by the summary, the outputs, the
// terminal table, the CLI's JSON document, the notification and the org-wide report.


function buildReport(rows) {
    const sorted = (0,_accounts_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAccountRows */ .R2)(rows);
    const attention = sorted.filter(_shared_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .needsAttention */ .e_);
    return {
        rows: sorted,
        attention,
        attentionFirst: [...attention, ...sorted.filter(row => !(0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .needsAttention */ .e_)(row))],
        counts: (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countRows */ .BO)(sorted),
        byStatus: (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countByStatus */ .x7)(sorted),
        commandIds: [...new Set(sorted.map(row => row.commandId).filter(id => id !== null))],
        regionWideFailures: sorted.filter(row => row.instanceId === null).length,
        accounts: [...new Set(sorted.map(row => row.accountId).filter(id => id !== null))]
    };
}
function asReport(source) {
    return Array.isArray(source) ? buildReport(source) : source;
}


/***/ }),

/***/ 9047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeResultsFile),
/* harmony export */   q: () => (/* binding */ resultsFileName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The results file: every row (of any operation) as JSON, for artifacts and the org-wide report.


function resultsFileName(accountId, stepId) {
    const step = (stepId ?? '').replace(/[^\w.-]/g, '') || 'run';
    return `drs-results-${accountId || 'unknown'}-${step}.json`;
}
async function writeResultsFile(directory, fileName, rows) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'drs-results');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, fileName);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(rows, null, 2)}\n`, 'utf8');
    return path;
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


/***/ })

};
