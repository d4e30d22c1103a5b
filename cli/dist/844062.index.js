export const id = 844062;
export const ids = [844062];
export const modules = {

/***/ 5571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  leftoverText: () => (/* binding */ leftoverText),
  runDrillCommand: () => (/* binding */ runDrillCommand)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/fronts/cli-args.ts + 1 modules
var cli_args = __webpack_require__(6188);
// EXTERNAL MODULE: ./src/fronts/cli-console.ts + 1 modules
var cli_console = __webpack_require__(7983);
// EXTERNAL MODULE: ./src/fronts/cli-install.ts + 2 modules
var cli_install = __webpack_require__(6723);
// EXTERNAL MODULE: ./src/fronts/cli-render.ts
var cli_render = __webpack_require__(7759);
// EXTERNAL MODULE: ./src/drill/render.ts
var render = __webpack_require__(5469);
// EXTERNAL MODULE: ./src/drill/rows.ts
var drill_rows = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/drill/state.ts
const DRILL_STATE_KEY = 'drill';
/** The run's record; every change is saved at once through `save`. */
class DrillLedger {
    save;
    value;
    constructor(cleanup, save = () => undefined, from) {
        this.save = save;
        this.value = from
            ? { ...from, jobs: [...from.jobs], keep: [...from.keep], confirmed: [...from.confirmed] }
            : { version: 1, cleanup, jobs: [], keep: [], confirmed: [], finished: false };
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
            finished: value.finished === true
        };
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
;// CONCATENATED MODULE: ./src/fronts/cli-drill.ts
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
    const written = await (0,cli_console/* tryWriteRows */.OQ)(command.resultsFile, settings.accountId, 'cli-drill', rows);
    const outputs = (0,render/* buildDrillOutputs */.gc)(rows, 1);
    if (command.json) {
        const counts = { ...(0,cli_render/* countsFromOutputs */.Pj)(outputs), unconfirmed, byStatus: (0,cli_render/* drillByStatus */.XB)(rows) };
        io.out((0,cli_console/* jsonDocument */.Q8)(counts, rows, written.resultsFile, stopped));
        if (written.resultsFile)
            io.log(`Results file: ${written.resultsFile}`);
    }
    else {
        io.out(`${(0,cli_render/* renderDrillTerminal */.GZ)(rows)}\n\n${(0,render/* drillLogLine */.sy)(rows)}\n`);
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
    return stopped || unconfirmed > 0 || failing || written.writeProblem ? cli_console/* EXIT_FAILED */.hj : cli_console/* EXIT_OK */.Ij;
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
        (0,external_node_events_.setMaxListeners)(0, this.cancel.signal);
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
            process.exit(cli_console/* EXIT_FAILED */.hj);
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
    const { cleanUpLeftovers, applyCleanup } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(791338), __webpack_require__.e(955438), __webpack_require__.e(544481), __webpack_require__.e(814706), __webpack_require__.e(827702)]).then(__webpack_require__.bind(__webpack_require__, 8239));
    const known = rows.length > 0
        ? rows
        : settings.sourceRegions.map(region => (0,drill_rows/* drillFailureRow */.EJ)(settings.accountId, region, `${stopped} No server was known yet.`));
    let cleanup;
    try {
        cleanup = await cleanUpLeftovers(settings, ledger, run.port, run.options);
    }
    catch (error) {
        cleanup = { result: null, fatal: (0,shared_port/* errorMessage */.gJ)(error) };
    }
    if (cleanup.fatal)
        io.log(`error: the cleanup could not start (${cleanup.fatal}).`);
    const note = cleanup.fatal
        ? 'not terminated: the cleanup could not start'
        : settings.cleanup === 'never'
            ? 'kept (cleanup: never)'
            : 'kept (cleanup: on-success keeps failed drills)';
    const cleaned = applyCleanup(known, cleanup.result, note);
    const unconfirmed = cleanup.fatal
        ? Math.max(1, cleaned.filter(row => row.terminated === false).length)
        : (cleanup.result?.unconfirmed ?? 0);
    if (unconfirmed > 0)
        io.log(`warning: ${leftoverText(ledger, settings.targetRegion)}`);
    return report(command, { rows: cleaned, stopped, unconfirmed }, io);
}
async function runDrillCommand(command, context) {
    const { settings } = command;
    const { env, redactor } = context;
    redactor.add(settings.externalId);
    const io = cli_console/* Console */.C7.for(context);
    (0,cli_console/* routeWarnings */.xJ)(io, env);
    const port = (0,cli_console/* consolePort */.Rw)(io, context, settings);
    const ledger = new DrillLedger(settings.cleanup);
    const interrupts = new Interrupts(io, () => leftoverText(ledger, settings.targetRegion));
    let latest = [];
    io.log(`${cli_args/* PROGRAM */.RX} ${context.version} drill: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
        `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, health-check ${settings.healthCheck}, ` +
        `cleanup ${settings.cleanup}${settings.dryRun ? ', dry run' : ''}; starting credentials: ` +
        `${(0,cli_console/* startingCredentialsText */.ke)(settings, command.profile, env)}; session ${settings.roleSessionName}.`);
    io.start('assuming the role, planning the waves');
    const options = {
        env,
        userAgent: `${cli_args/* PROGRAM */.RX}-drill/${context.version}`,
        runUrl: (0,cli_install.cliRunUrl)(settings)
    };
    const run = { io, port, ledger, options };
    try {
        options.ambient = await (0,cli_console/* ambientCredentials */.ji)(settings, command, redactor);
        const { runDrill } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(791338), __webpack_require__.e(955438), __webpack_require__.e(544481), __webpack_require__.e(814706), __webpack_require__.e(827702)]).then(__webpack_require__.bind(__webpack_require__, 8239));
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
        return await cleanUpAndReport(command, run, latest, `Unexpected error: ${(0,shared_port/* errorMessage */.gJ)(error)}`);
    }
    finally {
        interrupts.dispose();
    }
}


/***/ })

};
