export const id = 843051;
export const ids = [843051];
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

/***/ 4040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ DRILL_STATE_KEY),
/* harmony export */   M$: () => (/* binding */ pendingAccounts),
/* harmony export */   o_: () => (/* binding */ parseDrillState),
/* harmony export */   p5: () => (/* binding */ DrillLedger)
/* harmony export */ });
const DRILL_STATE_KEY = 'drill';
const accountOf = (job, unlabelled) => job.accountId ?? unlabelled;
/**
 * The accounts whose launch jobs the main step did not finish cleaning up, in account order.
 * Jobs without an account id (an older state) belong to `unlabelled` (the run's first account).
 */
function pendingAccounts(state, unlabelled) {
    if (state.finished || state.cleanup === 'never')
        return [];
    const accounts = new Set(state.jobs.map(job => accountOf(job, unlabelled)));
    return [...accounts].filter(account => !state.finishedAccounts.includes(account)).sort();
}
/** The run's record; every change is saved at once through `save`. */
class DrillLedger {
    save;
    value;
    constructor(cleanup, save = () => undefined, from) {
        this.save = save;
        this.value = from
            ? {
                ...from,
                jobs: [...from.jobs],
                keep: [...from.keep],
                confirmed: [...from.confirmed],
                finishedAccounts: [...(from.finishedAccounts ?? [])]
            }
            : {
                version: 1,
                cleanup,
                jobs: [],
                keep: [],
                confirmed: [],
                finished: false,
                finishedAccounts: []
            };
    }
    get state() {
        return this.value;
    }
    jobStarted(jobId, sourceServerIds) {
        this.value.jobs.push({ jobId, sourceServerIds: [...sourceServerIds] });
        this.flush();
    }
    keep(sourceServerId) {
        if (this.value.keep.includes(sourceServerId))
            return;
        this.value.keep.push(sourceServerId);
        this.flush();
    }
    confirmed(recoveryInstanceIds) {
        const fresh = recoveryInstanceIds.filter(id => !this.value.confirmed.includes(id));
        if (fresh.length === 0)
            return;
        this.value.confirmed.push(...fresh);
        this.flush();
    }
    finish() {
        this.value.finished = true;
        this.flush();
    }
    /**
     * One account's view: its jobs only (with `ownsUnlabelled`, also the jobs an older state wrote
     * without an account), its launches recorded with its id, its finish its own.
     */
    forAccount(accountId, ownsUnlabelled = false) {
        // The state object is changed in place, never replaced: the view reads it live.
        const whole = this.value;
        const mine = (job) => job.accountId === accountId || (ownsUnlabelled && job.accountId === undefined);
        return {
            get state() {
                return {
                    ...whole,
                    jobs: whole.jobs.filter(mine),
                    finished: whole.finished || whole.finishedAccounts.includes(accountId)
                };
            },
            jobStarted: (jobId, sourceServerIds) => {
                this.value.jobs.push({ jobId, sourceServerIds: [...sourceServerIds], accountId });
                this.flush();
            },
            keep: sourceServerId => this.keep(sourceServerId),
            confirmed: ids => this.confirmed(ids),
            finish: () => {
                if (this.value.finishedAccounts.includes(accountId))
                    return;
                this.value.finishedAccounts.push(accountId);
                this.flush();
            }
        };
    }
    flush() {
        this.save(this.value);
    }
}
/** Reads a saved state; null when absent or not one this version wrote. */
function parseDrillState(text) {
    if (!text)
        return null;
    try {
        const value = JSON.parse(text);
        if (value.version !== 1 || !Array.isArray(value.jobs))
            return null;
        return {
            version: 1,
            cleanup: value.cleanup ?? 'always',
            jobs: value.jobs.filter(job => typeof job?.jobId === 'string'),
            keep: Array.isArray(value.keep) ? value.keep : [],
            confirmed: Array.isArray(value.confirmed) ? value.confirmed : [],
            finished: value.finished === true,
            finishedAccounts: Array.isArray(value.finishedAccounts) ? value.finishedAccounts : []
        };
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 5113:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_drill_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6884);
// The drill action's entry (drill/action.yml `main` and `post`): everything happens in fronts/drill-action.ts.

await (0,_fronts_drill_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runDrillStep */ .$n)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ runDrillStep),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   p7: () => (/* binding */ readDrillSettings)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
/* harmony import */ var _runner_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1474);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_results_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9047);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7370);
/* harmony import */ var _drill_render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5469);
/* harmony import */ var _drill_rows_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5448);
/* harmony import */ var _drill_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(504);
/* harmony import */ var _drill_state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4040);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1255);
// The drill action's front (drill/action.yml, `main` and `post` run this same bundle): the only
// drill module that talks to the runner. The main step saves its ledger with core.saveState the
// moment DRS answers each job; the post step reads it and cleans up what the main step left.










const USER_AGENT = 'drs-orchestration-action/drill';
const IS_POST = 'isPost';
/** After a cancel signal the engine gets this long to hand back its rows. */
const CANCEL_GRACE_MS = 3000;
function readDrillSettings() {
    const settings = (0,_drill_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDrillSettings */ .Ib)(name => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name), (0,_run_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runContextFromEnv */ .w)(process.env));
    if (settings.externalId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(settings.externalId);
    return settings;
}
function writeDrillResults(settings, rows) {
    return (0,_report_results_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResultsFile */ .A)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), (0,_report_results_file_js__WEBPACK_IMPORTED_MODULE_3__/* .resultsFileName */ .q)(settings.accountId, process.env.GITHUB_ACTION), rows);
}
async function report(settings, rows, stopped, unconfirmed) {
    const resultsFile = await writeDrillResults(settings, rows);
    const outputs = (0,_drill_render_js__WEBPACK_IMPORTED_MODULE_5__/* .buildDrillOutputs */ .gc)(rows, settings.targets.length);
    for (const [name, value] of Object.entries(outputs)) {
        if (name !== 'truncatedWarning')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('results-file', resultsFile);
    if (outputs.truncatedWarning)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(outputs.truncatedWarning);
    if (process.env.GITHUB_STEP_SUMMARY) {
        const summary = (0,_drill_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderDrillSummary */ .IE)(settings, rows, {
            stopped,
            unconfirmed,
            runUrl: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrl */ .V)(settings.run) || null
        });
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(summary, true).write();
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_drill_render_js__WEBPACK_IMPORTED_MODULE_5__/* .drillLogLine */ .sy)(rows));
    if (stopped)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(stopped);
    else if (unconfirmed > 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${unconfirmed} drill instance termination(s) could not be confirmed: check the DRS console (they keep costing money).`);
    }
    else if (settings.failOnError && Number(outputs['failed-count']) > 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${outputs['failed-count']} server(s) failed, timed out or were not started; see the job summary.`);
    }
}
async function runMain() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(IS_POST, 'true');
    let settings;
    try {
        settings = readDrillSettings();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error));
        return;
    }
    const ledger = new _drill_state_js__WEBPACK_IMPORTED_MODULE_8__/* .DrillLedger */ .p5(settings.cleanup, state => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_drill_state_js__WEBPACK_IMPORTED_MODULE_8__/* .DRILL_STATE_KEY */ .I5, JSON.stringify(state)));
    const cancel = new AbortController();
    let reported = null;
    const reportOnce = (rows, stopped, unconfirmed = 0) => (reported ??= report(settings, rows, stopped, unconfirmed));
    let latest = [];
    const fallbackRows = (reason) => latest.length > 0
        ? latest
        : settings.targets.flatMap(target => settings.sourceRegions.map(region => (0,_drill_rows_js__WEBPACK_IMPORTED_MODULE_9__/* .drillFailureRow */ .EJ)(target.accountId, region, reason)));
    let signalName = null;
    const onSignal = (signal) => {
        if (signalName)
            return;
        signalName = signal;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Received ${signal}: stopping the drill; the post step terminates what it launched.`);
        cancel.abort();
        setTimeout(() => {
            const stopped = `Cancelled by ${signal}.`;
            void reportOnce(fallbackRows(`${stopped} The rows were not known yet.`), stopped).then(() => process.exit(1));
        }, CANCEL_GRACE_MS).unref();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    try {
        const { runDrill } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(945051), __webpack_require__.e(654800), __webpack_require__.e(741019), __webpack_require__.e(909603), __webpack_require__.e(217088)]).then(__webpack_require__.bind(__webpack_require__, 8239));
        const result = await runDrill(settings, (0,_runner_port_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Q)(), {
            env: process.env,
            userAgent: USER_AGENT,
            ledger,
            signal: cancel.signal,
            runUrl: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrl */ .V)(settings.run),
            progress: rows => (latest = rows)
        });
        const stopped = result.fatal ??
            (signalName
                ? `Cancelled by ${signalName}: the post step terminates the drill instances launched so far.`
                : null);
        await reportOnce(result.rows, stopped, result.unconfirmed);
    }
    catch (error) {
        const message = `Unexpected error: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`;
        await reportOnce(fallbackRows(message), message);
    }
    finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
    }
}
/** `main` and `post` run the same bundle; the state the main step saved tells them apart. */
async function runDrillStep() {
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(IS_POST) === 'true') {
        const { runDrillPost } = await __webpack_require__.e(/* import() */ 989921).then(__webpack_require__.bind(__webpack_require__, 3648));
        await runDrillPost();
    }
    else {
        await runMain();
    }
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
