export const id = 268218;
export const ids = [2,495,876];
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

/***/ 5002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliRunUrl: () => (/* binding */ cliRunUrl),
  runInstall: () => (/* binding */ runInstall)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/fronts/cli-args.ts + 1 modules
var cli_args = __webpack_require__(6188);
// EXTERNAL MODULE: ./src/fronts/cli-console.ts
var cli_console = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(8991);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/stages.ts
var report_stages = __webpack_require__(1139);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/report/terminal.ts
// The terminal table, rendered from the one report value; names and messages lose any control
// sequence on the way (an EC2 Name tag could otherwise drive the user's terminal).


/** A plain-text table for terminals: aligned columns, one line per row, the message last. */
function renderTerminalTable(source) {
    const report = (0,report_report/* asReport */.z)(source);
    if (report.rows.length === 0)
        return '(no instances)';
    const oneLine = (value, max) => {
        const text = (0,report_text/* stripControl */.kU)(value ?? '-')
            .replace(/\s+/g, ' ')
            .trim() || '-';
        return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    };
    const header = [
        'INSTANCE',
        'NAME',
        'REGION',
        'PLATFORM',
        'STATUS',
        'SOURCE SERVER',
        'REPLICATION',
        'MESSAGE'
    ];
    const body = report.attentionFirst.map(row => [
        oneLine(row.instanceId, 19),
        oneLine(row.name, 32),
        oneLine(row.region, 16),
        oneLine(row.platform, 12),
        oneLine(row.status, 18),
        oneLine(row.sourceServerId, 20),
        oneLine(row.replicationState, 18),
        oneLine(row.message, 400)
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...body.map(cells => cells[i].length)));
    const format = (cells) => cells
        .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const rule = widths.map((width, i) => '-'.repeat(i === widths.length - 1 ? Math.min(width, 40) : width));
    return [format(header), format(rule), ...body.map(format)].join('\n');
}

// EXTERNAL MODULE: ./src/fronts/run-guard.ts
var run_guard = __webpack_require__(7061);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/fronts/cli-install.ts
// `drs-orchestrate [install]`: the same flow as the action (parse, run the engine, report, exit),
// with flags instead of inputs, the AWS SDK's credential chain instead of the runner's, and
// stdout/stderr instead of outputs and a job summary. Never imports @actions/core.











async function report(command, rows, stopped, io) {
    io.stop();
    const { settings } = command;
    const { resultsFile, writeProblem } = await (0,cli_console/* tryWriteRows */.OQ)(command.resultsFile, settings.accountId, 'cli', rows);
    const built = (0,report_report/* buildReport */.F)(rows);
    if (command.json)
        io.out((0,progress/* jsonReport */.L7)(built, resultsFile, stopped));
    else {
        io.out(`${renderTerminalTable(built)}\n\n${(0,outputs/* finalLogLine */.TZ)(built)}\n`);
        if (resultsFile)
            io.out(`Results file: ${resultsFile}\n`);
    }
    if (command.json && resultsFile)
        io.log(`Results file: ${resultsFile}`);
    if (writeProblem)
        io.log(`error: ${writeProblem}`);
    if (stopped)
        io.log(`error: ${stopped}`);
    else if ((0,outputs/* shouldFail */.W9)(settings, built)) {
        io.log(`error: ${(0,outputs/* failureReason */.Hr)(built)}; see the table above.`);
    }
    return stopped || writeProblem || (0,outputs/* shouldFail */.W9)(settings, built) ? cli_console/* EXIT_FAILED */.hj : cli_console/* EXIT_OK */.Ij;
}
async function runInstall(command, context) {
    const { settings } = command;
    const { env, redactor } = context;
    const io = cli_console/* Console */.C7.open(context, settings.externalId);
    const port = (0,cli_console/* consolePort */.Rw)(io, context, settings, rows => {
        guard.progress(rows);
        io.progress(rows);
    });
    const stages = new report_stages/* StageBoard */.pV();
    port.stage = record => {
        stages.update(record);
        io.stage((0,report_stages/* runningStageText */.D5)(stages.list()));
    };
    const guard = new run_guard/* RunGuard */.z(settings, {
        report: (rows, stopped) => report(command, rows, stopped, io),
        cancelling: signal => io.log(`warning: received ${signal}: stopping the wait and reporting what is known (again to quit at once).`),
        exit: code => (0,cli_console/* exitAfterFlush */.zx)(code),
        again: () => {
            // A second Ctrl-C: leave now.
            io.stop();
            process.exit(cli_console/* EXIT_FAILED */.hj);
        }
    });
    io.log(`${cli_args/* PROGRAM */.RX} ${context.version}: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
        `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, wait-for ${settings.waitFor}` +
        `${settings.dryRun ? ', dry run' : ''}; starting credentials: ${(0,cli_console/* startingCredentialsText */.ke)(settings, command.profile, env)}; ` +
        `session ${settings.roleSessionName}.`);
    io.start('assuming the role, discovering instances');
    try {
        // Loaded after the flags are checked, so bad usage fails fast and --help stays quick.
        const { runEngine } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(654800), __webpack_require__.e(412271)]).then(__webpack_require__.bind(__webpack_require__, 1746));
        const result = await runEngine(settings, port, {
            ...(0,retry/* retrySettingsFromEnv */.LQ)(env),
            userAgent: `${cli_args/* PROGRAM */.RX}/${context.version}`,
            runUrl: cliRunUrl(settings),
            signal: guard.signal,
            ambient: await (0,cli_console/* ambientCredentials */.ji)(settings, command, redactor)
        });
        return await guard.finish(result);
    }
    catch (error) {
        return await guard.crash(error);
    }
    finally {
        guard.dispose();
    }
}
/** The workflow run's link inside a job; from a terminal, who ran it where. */
function cliRunUrl(settings) {
    return ((0,run_context/* runUrl */.V)(settings.run) ||
        `${cli_args/* PROGRAM */.RX} run by ${settings.run.actor || 'unknown user'} on ${(0,external_node_os_.hostname)()} (session ${settings.roleSessionName})`);
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


/***/ })

};
