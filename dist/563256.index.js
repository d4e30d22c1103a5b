export const id = 563256;
export const ids = [563256];
export const modules = {

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

/***/ 3378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   leftoverText: () => (/* binding */ leftoverText),
/* harmony export */   runDrillCommand: () => (/* binding */ runDrillCommand)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6188);
/* harmony import */ var _cli_console_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7794);
/* harmony import */ var _cli_install_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5002);
/* harmony import */ var _cli_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7759);
/* harmony import */ var _drill_render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5469);
/* harmony import */ var _drill_rows_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5448);
/* harmony import */ var _drill_state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4040);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7370);
// `drs-orchestrate drill`: the drill from a terminal, as the drill action runs it
// (src/drill/engine.ts). A terminal has no post step, so the signal handler is the cleanup that
// cannot be forgotten: the first SIGINT/SIGTERM stops the drill, terminates and confirms what this
// run launched (the ledger), reports and exits 1; a second one exits at once, naming what may be left.









/** After the first signal the engine gets this long to hand back its rows before cleanup starts. */
const CANCEL_GRACE_MS = 3000;
async function report(command, outcome, io) {
    io.stop();
    const { settings } = command;
    const { rows, stopped, unconfirmed } = outcome;
    const written = await (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .tryWriteRows */ .OQ)(command.resultsFile, settings.accountId, 'cli-drill', rows);
    const outputs = (0,_drill_render_js__WEBPACK_IMPORTED_MODULE_5__/* .buildDrillOutputs */ .gc)(rows, 1);
    if (command.json) {
        const counts = { ...(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_4__/* .countsFromOutputs */ .Pj)(outputs), unconfirmed, byStatus: (0,_cli_render_js__WEBPACK_IMPORTED_MODULE_4__/* .drillByStatus */ .XB)(rows) };
        io.out((0,_cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonDocument */ .Q8)(counts, rows, written.resultsFile, stopped));
        if (written.resultsFile)
            io.log(`Results file: ${written.resultsFile}`);
    }
    else {
        io.out(`${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDrillTerminal */ .GZ)(rows)}\n\n${(0,_drill_render_js__WEBPACK_IMPORTED_MODULE_5__/* .drillLogLine */ .sy)(rows)}\n`);
        if (written.resultsFile)
            io.out(`Results file: ${written.resultsFile}\n`);
    }
    if (written.writeProblem)
        io.log(`error: ${written.writeProblem}`);
    const failed = Number(outputs['failed-count']);
    const failing = settings.failOnError && failed > 0;
    if (stopped)
        io.log(`error: ${stopped}`);
    if (unconfirmed > 0) {
        io.log(`error: ${unconfirmed} drill instance termination(s) could not be confirmed: terminate them in the DRS console (${settings.targetRegion}); they keep costing money.`);
    }
    if (!stopped && failing) {
        io.log(`error: ${failed} server(s) failed, timed out or were not started; see the table above.`);
    }
    return stopped || unconfirmed > 0 || failing || written.writeProblem ? _cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_FAILED */ .hj : _cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
}
/** What a run that ends now may leave running, from the ledger: its jobs not confirmed clean. */
function leftoverText(ledger, targetRegion) {
    const { jobs, confirmed } = ledger.state;
    if (jobs.length === 0)
        return 'no drill job was started, nothing is left running.';
    const list = jobs.map(job => `${job.jobId} (${job.sourceServerIds.join(', ')})`).join('; ');
    return (`drill instances of job(s) ${list} may still be running (${confirmed.length} termination(s) confirmed so far): ` +
        `terminate them with the DRS console's "Terminate recovery instances" in ${targetRegion}.`);
}
/** The signals: the first cancels (and starts the grace), a second exits at once. */
class Interrupts {
    io;
    leftovers;
    cancel = new AbortController();
    signalName = null;
    /** Resolves when the grace after the first signal has passed. */
    graceOver;
    startGrace = () => undefined;
    constructor(io, leftovers) {
        this.io = io;
        this.leftovers = leftovers;
        // Every in-flight AWS request listens on this signal.
        (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, this.cancel.signal);
        this.graceOver = new Promise(done => {
            this.startGrace = () => setTimeout(() => done(null), CANCEL_GRACE_MS).unref();
        });
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    dispose() {
        process.off('SIGINT', this.onSignal);
        process.off('SIGTERM', this.onSignal);
    }
    onSignal = (signal) => {
        if (this.signalName) {
            this.io.stop();
            this.io.log(`error: received ${signal} again: exiting now; ${this.leftovers()}`);
            process.exit(_cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_FAILED */ .hj);
        }
        this.signalName = signal;
        this.io.log(`warning: received ${signal}: stopping the drill and terminating what this run launched before exiting (again to quit at once, leaving them running).`);
        this.cancel.abort();
        this.startGrace();
    };
}
/** After a signal or a crash: terminate and confirm from the ledger, then report the rows. */
async function cleanUpAndReport(command, run, rows, stopped) {
    const { settings } = command;
    const { io, ledger } = run;
    const { cleanUpLeftovers, applyCleanup } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(945051), __webpack_require__.e(654800), __webpack_require__.e(741019), __webpack_require__.e(909603), __webpack_require__.e(467003)]).then(__webpack_require__.bind(__webpack_require__, 8239));
    const known = rows.length > 0
        ? rows
        : settings.sourceRegions.map(region => (0,_drill_rows_js__WEBPACK_IMPORTED_MODULE_7__/* .drillFailureRow */ .EJ)(settings.accountId, region, `${stopped} No server was known yet.`));
    let cleanup;
    try {
        cleanup = await cleanUpLeftovers(settings, ledger, run.port, run.options);
    }
    catch (error) {
        cleanup = { result: null, fatal: (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error), accountFailures: [] };
    }
    if (cleanup.fatal)
        io.log(`error: the cleanup could not start (${cleanup.fatal}).`);
    for (const failure of cleanup.accountFailures)
        io.log(`error: the cleanup in account ${failure.accountId} could not start (${failure.message}).`);
    const note = cleanup.fatal
        ? 'not terminated: the cleanup could not start'
        : settings.cleanup === 'never'
            ? 'kept (cleanup: never)'
            : 'kept (cleanup: on-success keeps failed drills)';
    const cleaned = applyCleanup(known, cleanup.result, note);
    const unconfirmed = cleanup.fatal || cleanup.accountFailures.length > 0
        ? Math.max(1, cleaned.filter(row => row.terminated === false).length)
        : (cleanup.result?.unconfirmed ?? 0);
    if (unconfirmed > 0)
        io.log(`warning: ${leftoverText(ledger, settings.targetRegion)}`);
    return report(command, { rows: cleaned, stopped, unconfirmed }, io);
}
async function runDrillCommand(command, context) {
    const { settings } = command;
    const { env, redactor } = context;
    const io = _cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .Console */ .C7.open(context, settings.externalId);
    const port = (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .consolePort */ .Rw)(io, context, settings);
    const ledger = new _drill_state_js__WEBPACK_IMPORTED_MODULE_8__/* .DrillLedger */ .p5(settings.cleanup);
    const interrupts = new Interrupts(io, () => leftoverText(ledger, settings.targetRegion));
    let latest = [];
    io.log(`${_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .PROGRAM */ .RX} ${context.version} drill: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
        `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, health-check ${settings.healthCheck}, ` +
        `cleanup ${settings.cleanup}${settings.dryRun ? ', dry run' : ''}; starting credentials: ` +
        `${(0,_cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .startingCredentialsText */ .ke)(settings, command.profile, env)}; session ${settings.roleSessionName}.`);
    io.start('assuming the role, planning the waves');
    const options = {
        env,
        userAgent: `${_cli_args_js__WEBPACK_IMPORTED_MODULE_1__/* .PROGRAM */ .RX}-drill/${context.version}`,
        runUrl: (0,_cli_install_js__WEBPACK_IMPORTED_MODULE_3__.cliRunUrl)(settings)
    };
    const run = { io, port, ledger, options };
    try {
        options.ambient = await (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_2__/* .ambientCredentials */ .ji)(settings, command, redactor);
        const { runDrill } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(945051), __webpack_require__.e(654800), __webpack_require__.e(741019), __webpack_require__.e(909603), __webpack_require__.e(467003)]).then(__webpack_require__.bind(__webpack_require__, 8239));
        const engine = runDrill(settings, port, {
            ...options,
            ledger,
            signal: interrupts.cancel.signal,
            cancelNote: null,
            progress: rows => (latest = rows)
        });
        // After the grace the engine may still be unwinding; its late failure changes nothing.
        engine.catch(() => undefined);
        const result = await Promise.race([engine, interrupts.graceOver]);
        const signal = interrupts.signalName;
        // A signal after the drill's own cleanup finished changes nothing: report it as it ended.
        if (result && (!signal || ledger.state.finished))
            return await report(command, { ...result, stopped: result.fatal }, io);
        return await cleanUpAndReport(command, run, result?.rows ?? latest, `Cancelled by ${signal}.`);
    }
    catch (error) {
        return await cleanUpAndReport(command, run, latest, `Unexpected error: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
    finally {
        interrupts.dispose();
    }
}


/***/ })

};
