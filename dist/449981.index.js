export const id = 449981;
export const ids = [724,495,876];
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

/***/ 9724:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8820);
// The install action's entry (action.yml `main`): everything happens in fronts/action.ts.

await (0,_fronts_action_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
/* harmony import */ var _runner_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1474);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1255);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8323);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7370);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5468);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8850);
/* harmony import */ var _report_stages_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1139);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7994);
/* harmony import */ var _report_results_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9047);
/* harmony import */ var _report_channels_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5061);
/* harmony import */ var _run_guard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7061);
/* harmony import */ var _aws_retry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2495);
// The action front: the only module of the action that talks to the runner (@actions/core).














const USER_AGENT = 'drs-orchestration-action';
function actionPort(onProgress, stages) {
    return {
        ...(0,_runner_port_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Q)(),
        progress: onProgress,
        stage: record => stages.update(record)
    };
}
async function report(settings, rows, stopped, stages) {
    const built = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_9__/* .buildReport */ .F)(rows);
    const { outputs, warning } = (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .buildOutputs */ .JZ)(built, settings.targets.length);
    const temp = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    let resultsFile = null;
    await (0,_report_channels_js__WEBPACK_IMPORTED_MODULE_6__/* .channel */ .Ix)('results file', `RUNNER_TEMP (${temp}) must be a writable folder where drs-results is a folder or does not exist yet; no results-file output was set.`, true, async () => {
        const name = (0,_report_results_file_js__WEBPACK_IMPORTED_MODULE_5__/* .resultsFileName */ .q)(settings.accountId, process.env.GITHUB_ACTION);
        resultsFile = await (0,_report_results_file_js__WEBPACK_IMPORTED_MODULE_5__/* .writeResultsFile */ .A)(temp, name, rows);
    });
    await (0,_report_channels_js__WEBPACK_IMPORTED_MODULE_6__/* .channel */ .Ix)('step outputs', 'GITHUB_OUTPUT must name a writable file (the runner sets it).', true, () => (0,_report_channels_js__WEBPACK_IMPORTED_MODULE_6__/* .setOutputs */ .n0)(resultsFile === null ? outputs : { ...outputs, 'results-file': resultsFile }));
    if (warning)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
    await (0,_report_channels_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .Sy)(() => (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .renderSummary */ .Br)(settings, built, {
        stopped,
        runUrl: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_12__/* .runUrl */ .V)(settings.run) || null,
        stages: stages.list()
    }), 'the outputs and the results file hold the same rows');
    await (0,_report_channels_js__WEBPACK_IMPORTED_MODULE_6__/* .channel */ .Ix)('final log line', 'the runner must take the step log.', false, () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .finalLogLine */ .TZ)(built)));
    if (stopped)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(stopped);
    else if ((0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .shouldFail */ .W9)(settings, built)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${(0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .failureReason */ .Hr)(built)}; see the job summary.`);
    }
}
async function run() {
    let settings;
    try {
        settings = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSettings */ .P$)(name => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name), (0,_run_context_js__WEBPACK_IMPORTED_MODULE_12__/* .runContextFromEnv */ .w)(process.env));
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error));
        return;
    }
    if (settings.externalId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(settings.externalId);
    const stages = new _report_stages_js__WEBPACK_IMPORTED_MODULE_13__/* .StageBoard */ .pV();
    const guard = new _run_guard_js__WEBPACK_IMPORTED_MODULE_7__/* .RunGuard */ .z(settings, {
        report: (rows, stopped) => report(settings, rows, stopped, stages),
        cancelling: signal => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Received ${signal}: stopping the wait and reporting what is known.`),
        exit: () => process.exit(1)
    });
    try {
        // Loaded after the input check so invalid input fails fast and start-up stays small.
        const { runEngine } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(654800), __webpack_require__.e(905219)]).then(__webpack_require__.bind(__webpack_require__, 1746));
        const result = await runEngine(settings, actionPort(rows => guard.progress(rows), stages), {
            ...(0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .retrySettingsFromEnv */ .LQ)(process.env),
            userAgent: USER_AGENT,
            runUrl: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_12__/* .runUrl */ .V)(settings.run),
            signal: guard.signal
        });
        await guard.finish(result);
    }
    catch (error) {
        // A report that itself failed is the same promise again: say so instead of a stack trace.
        await guard.crash(error).catch((again) => {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Unexpected error while reporting: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(again)}`);
        });
    }
    finally {
        guard.dispose();
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

/***/ 7061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ RunGuard)
/* harmony export */ });
/* unused harmony export CANCEL_GRACE_MS */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(580);
// What both fronts (the action and the CLI) need around one engine run: the cancel signal, the
// latest rows the engine published, and exactly one report, whichever of these comes first: the
// engine's own result, a crash, or a SIGTERM/SIGINT whose grace period ran out.



/** After a cancel signal the engine gets this long to hand back its rows. */
const CANCEL_GRACE_MS = 3000;
class RunGuard {
    settings;
    hooks;
    graceMs;
    signals;
    cancel = new AbortController();
    latest = [];
    reported = null;
    signalled = false;
    constructor(settings, hooks, graceMs = CANCEL_GRACE_MS, 
    /** Where SIGTERM / SIGINT arrive; tests pass their own emitter. */
    signals = process) {
        this.settings = settings;
        this.hooks = hooks;
        this.graceMs = graceMs;
        this.signals = signals;
        // Every in-flight AWS request listens on this signal; a large fleet has dozens at once.
        (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, this.cancel.signal);
        this.signals.on('SIGTERM', this.onSignal);
        this.signals.on('SIGINT', this.onSignal);
    }
    get signal() {
        return this.cancel.signal;
    }
    /** The engine's progress sink. */
    progress(rows) {
        this.latest = rows;
    }
    finish(result) {
        const stopped = result.fatal ?? (this.cancel.signal.aborted ? 'Cancelled before the wait ended.' : null);
        return this.reportOnce(result.rows, stopped);
    }
    /** A bug, not an AWS answer: still leave a report naming every source region. */
    crash(error) {
        const message = `Unexpected error: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        return this.reportOnce(this.knownRows(message, 'the run stopped on an unexpected error before its batch was sent'), message);
    }
    dispose() {
        this.signals.off('SIGTERM', this.onSignal);
        this.signals.off('SIGINT', this.onSignal);
    }
    /**
     * The rows published last, a candidate still awaiting its send marked failed with
     * `unsentReason`; before any row, one failed row per source region saying `reason`.
     */
    knownRows(reason, unsentReason) {
        return this.latest.length > 0
            ? this.latest.map(row => (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .unsentAsFailed */ .Hr)(row, unsentReason))
            : (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .stoppedRunRows */ ._R)(this.settings.accountId, this.settings.sourceRegions, reason);
    }
    reportOnce(rows, stopped) {
        return (this.reported ??= this.hooks.report(rows, stopped));
    }
    onSignal = (signal) => {
        if (this.signalled) {
            this.hooks.again?.();
            return;
        }
        this.signalled = true;
        this.hooks.cancelling(signal);
        this.cancel.abort();
        setTimeout(() => {
            const stopped = `Cancelled by ${signal}.`;
            const rows = this.knownRows(`${stopped} No instance was known yet.`, `cancelled by ${signal} before its batch was sent`);
            void this.reportOnce(rows, stopped).then(result => this.hooks.exit(result));
        }, this.graceMs).unref();
    };
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

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   Ir: () => (/* binding */ jsonWithin),
/* harmony export */   JZ: () => (/* binding */ buildOutputs),
/* harmony export */   Rc: () => (/* binding */ RESULTS_LIMIT_BYTES),
/* harmony export */   TZ: () => (/* binding */ finalLogLine),
/* harmony export */   W9: () => (/* binding */ shouldFail)
/* harmony export */ });
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);


/** The `results` output's limit (outputs share the runner's environment and log). */
const RESULTS_LIMIT_BYTES = 512 * 1024;
/** Adds rows (whole ones) to a JSON array while it stays within `limit` bytes. */
function jsonWithin(rows, limit) {
    const parts = [];
    let size = 2;
    for (const row of rows) {
        const part = JSON.stringify(row);
        const next = size + (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(part) + (parts.length > 0 ? 1 : 0);
        if (next > limit)
            break;
        parts.push(part);
        size = next;
    }
    return { json: `[${parts.join(',')}]`, kept: parts.length };
}
/**
 * The step outputs, as the strings setOutput takes. `accountCount` is the accounts in the run
 * (an account without instances has no rows); default: the accounts the rows name.
 */
function buildOutputs(source, accountCount) {
    const { rows: sorted, counts, commandIds, attention, accounts, byStatus } = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const outputs = {
        'instance-count': String(counts.instanceCount),
        'installed-count': String(counts.installedCount),
        'failed-count': String(counts.failedCount),
        'skipped-count': String(counts.skippedCount),
        'halted-count': String(byStatus.halted),
        'command-ids': JSON.stringify(commandIds),
        results: '[]',
        'results-truncated': 'false',
        'account-count': String(accountCount ?? accounts.length)
    };
    // Built row by row and given up at the limit, so a large fleet never builds its whole array here.
    const whole = jsonWithin(sorted, RESULTS_LIMIT_BYTES);
    if (whole.kept === sorted.length) {
        outputs.results = whole.json;
        return { outputs, warning: null };
    }
    const { json, kept } = jsonWithin(attention, RESULTS_LIMIT_BYTES);
    const left = sorted.length - kept;
    outputs.results = json;
    outputs['results-truncated'] = 'true';
    const warning = kept === attention.length
        ? `The results output holds only the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(kept, 'row')} that need attention: ${left} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`
        : `The results output holds ${kept} of the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(attention.length, 'row')} that need attention, cut at 512 KiB: ${left} of ${sorted.length} rows were left out. The results-file output holds every row.`;
    return { outputs, warning };
}
/** One line for the end of the log, e.g. "DRS agent roll-out: 950 installed, 30 skipped, 20 failed of 1000 instances". */
function finalLogLine(source) {
    const { counts, byStatus, regionWideFailures: regionWide } = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const failed = byStatus['timed-out'] > 0
        ? `${counts.failedCount} failed (${byStatus['timed-out']} timed out)`
        : `${counts.failedCount} failed`;
    const parts = [`${counts.installedCount} installed`, `${counts.skippedCount} skipped`, failed];
    if (byStatus['dry-run'] > 0)
        parts.push(`${byStatus['dry-run']} dry-run`);
    if (byStatus.pending > 0)
        parts.push(`${byStatus.pending} pending`);
    if (byStatus.halted > 0)
        parts.push(`${byStatus.halted} halted`);
    const regionNote = regionWide > 0 ? ` (${regionWide} region-wide failure${regionWide === 1 ? '' : 's'})` : '';
    return `DRS agent roll-out: ${parts.join(', ')} of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.instanceCount, 'instance')}${regionNote}`;
}
/** The step fails on any failed, timed-out or halted row when fail-on-error is on. */
function shouldFail(settings, source) {
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    return settings.failOnError && report.counts.failedCount + report.byStatus.halted > 0;
}
/** Why fail-on-error failed the step, e.g. "2 instance(s) or region(s) failed or timed out". */
function failureReason(source) {
    const { counts, byStatus } = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const failed = `${counts.failedCount} instance(s) or region(s) failed or timed out`;
    const halted = `${byStatus.halted} instance(s) halted by the staged roll-out's max-failures`;
    if (byStatus.halted === 0)
        return failed;
    return counts.failedCount === 0 ? halted : `${failed}, ${halted}`;
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

/***/ 1139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ runningStageText),
/* harmony export */   fW: () => (/* binding */ renderStagesMarkdown),
/* harmony export */   pV: () => (/* binding */ StageBoard)
/* harmony export */ });
/* unused harmony exports stopLines, STAGE_ROWS_MAX */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);

/** The latest record of each account's stages, as the engine reports them. */
class StageBoard {
    records = new Map();
    update(record) {
        this.records.set(`${record.accountId}/${String(record.index).padStart(6, '0')}`, record);
    }
    /** Every stage, by account, then stage order. */
    list() {
        return [...this.records.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([, record]) => record);
    }
}
function stateText(record) {
    if (record.stoppedHere)
        return 'done; the roll-out stopped here';
    return record.state;
}
/** Where each account's roll-out stopped, one line each; empty when every stage ran. */
function stopLines(records) {
    const lines = [];
    for (const stop of records.filter(record => record.stoppedHere)) {
        const halted = records
            .filter(record => record.accountId === stop.accountId && record.state === 'halted')
            .reduce((sum, record) => sum + record.candidates, 0);
        lines.push(`Account ${stop.accountId}: the roll-out stopped after stage ${stop.index} of ${stop.of} ` +
            `(${stop.label}): ${stop.stoppedHere}; ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(halted, 'instance')} halted (not sent).`);
    }
    return lines;
}
/** Beyond this many stages the table lists only the accounts whose roll-out stopped. */
const STAGE_ROWS_MAX = 200;
function stageRow(record) {
    return (`| ${record.accountId} | ${record.index}/${record.of} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(record.label)} | ` +
        `${record.candidates} | ${record.sent} | ${record.installed} | ${record.failed} | ` +
        `${stateText(record)} |`);
}
/**
 * The summary's "Staged roll-out" section; '' when the run was not staged. Many accounts' stages
 * would crowd out the rows: past STAGE_ROWS_MAX only the stopped accounts are listed (and cut).
 */
function renderStagesMarkdown(records) {
    if (records.length === 0)
        return '';
    const stopped = new Set(records.filter(r => r.stoppedHere).map(r => r.accountId));
    const listed = (records.length <= STAGE_ROWS_MAX ? records : records.filter(r => stopped.has(r.accountId))).slice(0, STAGE_ROWS_MAX);
    const lines = [
        '### Staged roll-out',
        '',
        '| Account | Stage | Instances | Sent | Installed | Failed | State |',
        '|---|---|---|---|---|---|---|',
        ...listed.map(stageRow),
        ''
    ];
    if (listed.length < records.length) {
        lines.push(`… and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(records.length - listed.length, 'more stage')} not listed.`, '');
    }
    const stops = stopLines(records);
    for (const line of stops.slice(0, STAGE_ROWS_MAX))
        lines.push(`> **Roll-out halted:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(line)}`, '');
    if (stops.length > STAGE_ROWS_MAX) {
        lines.push(`… and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(stops.length - STAGE_ROWS_MAX, 'more account')} halted.`, '');
    }
    if (stops.length === 0)
        lines.push('Every stage was sent.', '');
    return lines.join('\n');
}
/** The stage the progress line names, e.g. `stage 2/3 wave 1`; null when none is running. */
function runningStageText(records) {
    const running = records.filter(record => record.state === 'running');
    if (running.length === 0)
        return null;
    const accounts = new Set(running.map(record => record.accountId));
    const first = running[0];
    const text = `stage ${first.index}/${first.of} ${first.label}`;
    return accounts.size > 1 ? `${text} (+${accounts.size - 1} account(s))` : text;
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ SUMMARY_MAX_ROWS),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(580);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1139);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);




/** GitHub rejects a step summary above 1 MiB; stay well below with the heading and footer. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Beyond this many rows the summary lists only the rows that need attention. */
const SUMMARY_MAX_ROWS = 2000;
function tableRow(row, withAccount = false) {
    const cells = [
        ...(withAccount ? [(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.accountId)] : []),
        row.instanceId === null ? '—' : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.instanceId),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.name),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.region),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.platform),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.status),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.sourceServerId),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.replicationState),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.message)
    ];
    return `| ${cells.join(' | ')} |`;
}
const TABLE_HEAD = '| Instance | Name | Region | Platform | Status | Source server | Replication state | Message |\n' +
    '|---|---|---|---|---|---|---|---|';
const ACCOUNT_TABLE_HEAD = '| Account | Instance | Name | Region | Platform | Status | Source server | Replication state | Message |\n' +
    '|---|---|---|---|---|---|---|---|---|';
/** With more than one account: one line per account of the run, in account order. */
function accountLines(settings, report) {
    const rowsOf = new Map();
    for (const row of report.rows) {
        const list = rowsOf.get(row.accountId ?? '') ?? [];
        list.push(row);
        rowsOf.set(row.accountId ?? '', list);
    }
    const ids = [...settings.targets.map(target => target.accountId)].sort();
    return ids.map(id => {
        const rows = rowsOf.get(id) ?? [];
        const breakdown = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .statusBreakdown */ .kE)((0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(rows).byStatus);
        const instances = rows.filter(row => row.instanceId !== null).length;
        return `- ${id}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(instances, 'instance')}${breakdown ? `, ${breakdown}` : ''}`;
    });
}
/** The heading: the account and role, or the accounts and role name. */
function heading(settings, many) {
    const role = many
        ? `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(settings.targets.length, 'account')}, role ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(settings.roleName ?? settings.roleArn)}`
        : `Role ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(settings.roleArn)}`;
    return [
        many
            ? `## DRS agent roll-out: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(settings.targets.length, 'account')}`
            : `## DRS agent roll-out: account ${settings.accountId}`,
        '',
        [
            role,
            `source regions ${settings.sourceRegions.join(', ') || '(none)'}`,
            `target region ${settings.targetRegion}`,
            `wait-for ${settings.waitFor}`,
            ...(settings.dryRun ? ['**dry run**: nothing was sent'] : [])
        ].join(' · ')
    ];
}
function totalsLine(report) {
    const { counts } = report;
    const breakdown = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .statusBreakdown */ .kE)(report.byStatus, ' · ');
    return (`**Totals:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.instanceCount, 'instance')}, ${counts.installedCount} installed, ` +
        `${counts.failedCount} failed, ${counts.skippedCount} skipped` +
        (breakdown ? ` (by status: ${breakdown})` : ''));
}
/**
 * The job summary in markdown. Every row gets a table row, rows that need attention first; above
 * SUMMARY_MAX_ROWS rows or SUMMARY_BUDGET_BYTES only the rows that need attention are listed (as
 * many as fit) and the rest are counted, so the summary always stays under GitHub's 1 MiB limit.
 */
function renderSummary(settings, source, meta = {}) {
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const many = settings.targets.length > 1;
    const head = heading(settings, many);
    if (meta.runUrl)
        head.push('', `[Workflow run](${meta.runUrl})`);
    if (meta.stopped)
        head.push('', `> **Stopped:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(meta.stopped)}`);
    if (many)
        head.push('', ...accountLines(settings, report));
    head.push('', totalsLine(report), '');
    const stages = (0,_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .renderStagesMarkdown */ .fW)(meta.stages ?? []);
    if (stages)
        head.push(stages);
    if (report.rows.length === 0)
        return `${head.join('\n')}\nNo instances matched.\n`;
    const ordered = report.attentionFirst;
    const tableHead = many ? ACCOUNT_TABLE_HEAD : TABLE_HEAD;
    const render = (row) => tableRow(row, many);
    const headText = `${head.join('\n')}\n${tableHead}\n`;
    // Table rows are rendered only for what can be shown: a large fleet lists just its attention rows.
    const lines = [];
    if (ordered.length <= SUMMARY_MAX_ROWS) {
        for (const row of ordered)
            lines.push(render(row));
        const fullSize = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(headText) + lines.reduce((sum, line) => sum + (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(line) + 1, 0);
        if (fullSize <= SUMMARY_BUDGET_BYTES)
            return `${headText}${lines.join('\n')}\n`;
    }
    // Room for the note above the table and the footer below it.
    let size = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(headText) + 1024;
    let shown = 0;
    while (shown < ordered.length && (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .needsAttention */ .e_)(ordered[shown])) {
        if (lines.length === shown)
            lines.push(render(ordered[shown]));
        const lineSize = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(lines[shown]) + 1;
        if (size + lineSize > SUMMARY_BUDGET_BYTES)
            break;
        size += lineSize;
        shown++;
    }
    const attention = report.attention.length;
    const rest = ordered.slice(shown);
    const note = shown === attention
        ? `Showing the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(attention, 'row')} that need attention of ${ordered.length}; the results-file output holds every row.`
        : `Showing ${shown} of the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(attention, 'row')} that need attention (of ${ordered.length}), to stay under the 1 MiB summary limit; the results-file output holds every row.`;
    const footer = `… and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(rest.length, 'more row')}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .statusBreakdown */ .kE)((0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(rest).byStatus)}`;
    const table = shown > 0 ? `${tableHead}\n${lines.slice(0, shown).join('\n')}\n\n` : '';
    return `${head.join('\n')}\n${note}\n\n${table}${footer}\n`;
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
