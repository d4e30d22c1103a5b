export const id = 707535;
export const ids = [707535];
export const modules = {

/***/ 1021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEngine: () => (/* binding */ runEngine)
});

// EXTERNAL MODULE: ./src/accounts/index.ts
var accounts = __webpack_require__(1628);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var aws_credentials = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
;// CONCATENATED MODULE: ./src/install/run-progress.ts
// The rows known so far across every account of the run, published whole on every change: each
// region as discovery answers it, each batch as SSM answers it, each wait round. A candidate not
// yet answered is published as awaiting its send.


const keyOf = (row) => `${row.accountId ?? ''}/${row.region ?? ''}/${row.instanceId ?? ''}`;
class RunProgress {
    port;
    rows = new Map();
    constructor(port) {
        this.port = port;
    }
    /** A source region answered: its decided rows, and its candidates as awaiting their send. */
    region(result) {
        for (const row of result.rows)
            this.set(row);
        for (const candidate of result.candidates)
            this.set((0,shared_port/* awaitingSendRow */.nM)(candidate));
        this.publish();
    }
    /** Rows that replace what was known of them (same account, region and instance). */
    answered(rows) {
        for (const row of rows)
            this.set(row);
        this.publish();
    }
    set(row) {
        this.rows.set(keyOf(row), row);
    }
    publish() {
        if (this.port.progress)
            this.port.progress((0,accounts/* sortAccountRows */.R2)([...this.rows.values()]));
    }
}

// EXTERNAL MODULE: ./src/shared/clock.ts
var shared_clock = __webpack_require__(6103);
// EXTERNAL MODULE: ./src/shared/rows.ts
var shared_rows = __webpack_require__(580);
;// CONCATENATED MODULE: ./src/engine.ts






/** Every account and source region gets a failed row carrying the reason. */
function stoppedRun(settings, message) {
    const rows = settings.targets.flatMap(target => (0,shared_rows/* stoppedRunRows */._R)(target.accountId, settings.sourceRegions, message));
    return { rows: (0,accounts/* sortAccountRows */.R2)(rows), fatal: message };
}
/**
 * What every account shares. One account waits as in the first release; many accounts share one
 * wait loop, which takes each account's sends as they come.
 */
function accountContext(run, fleet, progress) {
    const { settings, clock, options, port } = run;
    const { signal } = options;
    const many = (0,accounts/* isManyAccountRun */.cU)(settings);
    const shared = many ? new fleet.SharedWait({ port, clock, signal }) : null;
    const waiter = shared
        ? s => shared.submit(s.settings, fleet.createWaitReads(s.clients, s.settings.targetRegion), s.rows, s.commands, s.port, `[${s.settings.accountId}] `)
        : s => fleet.waitForFleet(s.settings, s.clients, s.rows, s.commands, s.port, clock, signal);
    return {
        fleet,
        slots: new accounts/* SlotPool */.lx(many ? settings.accountConcurrency : 1),
        waiter,
        progress,
        clock,
        signal,
        retry: { retryMode: options.retryMode, maxAttempts: options.maxAttempts },
        userAgent: options.userAgent
    };
}
function assumedLine(settings) {
    return `Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`;
}
/** One account (role-arn): its assumption or DRS failing stops the run, as in the first release. */
async function runSingleAccount(run) {
    const { settings, port } = run;
    const credentials = (0,aws_credentials/* createTargetCredentials */.KT)(settings, port, run.chain);
    try {
        await credentials.provider();
    }
    catch (error) {
        return stoppedRun(settings, (0,shared_port/* errorMessage */.gJ)(error));
    }
    const fleet = await run.loadFleet();
    const progress = new RunProgress(port);
    const context = accountContext(run, fleet, progress);
    const outcome = await fleet.runAccount(context, {
        settings,
        credentials: credentials.provider,
        port: accountPort(port, progress),
        onAssumed: () => port.info(assumedLine(settings))
    });
    if (outcome.stopped !== null)
        return { rows: outcome.rows, fatal: outcome.stopped };
    return finish(run, outcome.rows, credentials.provider);
}
/** The account's port: its log lines prefixed in a many-account run, its progress merged. */
function accountPort(port, progress, prefix = '') {
    const prefixed = (0,accounts/* prefixedPort */.Hi)(port, prefix);
    return { ...prefixed, progress: rows => progress.answered(rows) };
}
/** Many accounts: one central session, one AssumeRole per account, failures per account. */
async function runManyAccounts(run) {
    const { settings, port } = run;
    if (settings.duplicateAccounts.length > 0) {
        port.info(`accounts: dropped duplicate ${settings.duplicateAccounts.join(', ')} (each account runs once).`);
    }
    const sessions = (0,accounts/* createAccountSessions */.de)(settings, port, run.chain);
    try {
        // The central hop first: its failure is the only one that stops every account.
        await sessions.start();
    }
    catch (error) {
        return stoppedRun(settings, (0,shared_port/* errorMessage */.gJ)(error));
    }
    const fleet = await run.loadFleet();
    const progress = new RunProgress(port);
    const context = accountContext(run, fleet, progress);
    port.info(`Running ${settings.targets.length} account(s), ${settings.accountConcurrency} at a time in discovery and sending` +
        `${settings.oidcRoleArn ? `, via ${settings.oidcRoleArn}` : ''}.`);
    const outcomes = await Promise.all(settings.targets.map(target => {
        const accountSettings = (0,accounts/* settingsForAccount */.Wb)(settings, target);
        const input = {
            settings: accountSettings,
            credentials: sessions.forAccount(target).provider,
            port: accountPort(port, progress, (0,accounts/* accountLogPrefix */.Gj)(settings, target.accountId)),
            onAssumed: () => port.debug(assumedLine(accountSettings))
        };
        return fleet.runAccount(context, input).then(outcome => report(port, target, outcome));
    }));
    const rows = (0,accounts/* sortAccountRows */.R2)(outcomes.flatMap(outcome => outcome.rows));
    const topicAccount = topicAccountOf(settings);
    const topicTarget = settings.targets.find(target => target.accountId === topicAccount);
    const notifyCredentials = topicTarget
        ? sessions.forAccount(topicTarget).provider
        : sessions.central;
    return finish(run, rows, notifyCredentials);
}
function report(port, target, outcome) {
    if (outcome.stopped !== null)
        port.warning(`[${target.accountId}] ${outcome.stopped}`);
    return outcome;
}
/** The account id in notify-topic-arn, or null. */
function topicAccountOf(settings) {
    return settings.notifyTopicArn?.split(':')[4] ?? null;
}
/** The final rows published, and the one notification of the run. */
async function finish(run, rows, credentials) {
    const { settings, port, options } = run;
    const sorted = (0,accounts/* sortAccountRows */.R2)(rows);
    port.progress?.(sorted);
    if (settings.notifyTopicArn && !options.signal?.aborted) {
        const [{ publishNotification }, { AwsClients, loadSnsClient }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(706147), __webpack_require__.e(771411)]).then(__webpack_require__.bind(__webpack_require__, 4669)),
            run.loadFleet()
        ]);
        await loadSnsClient();
        const clients = new AwsClients({
            // Undefined (an ambient start without a profile): the SDK's default chain signs.
            credentials: credentials,
            retryMode: options.retryMode,
            maxAttempts: options.maxAttempts,
            userAgent: options.userAgent
        });
        try {
            await publishNotification(settings, clients, sorted, options.runUrl, port);
        }
        finally {
            clients.destroy();
        }
    }
    return { rows: sorted, fatal: null };
}
async function runEngine(settings, port, options) {
    const clock = options.clock ?? shared_clock/* systemClock */.m;
    // Starts once STS has answered the first hop, so the load never delays the first request.
    let fleetModule = null;
    const loadFleet = () => (fleetModule ??= Promise.all(/* import() */[__webpack_require__.e(945051), __webpack_require__.e(741019), __webpack_require__.e(367651)]).then(__webpack_require__.bind(__webpack_require__, 5155)));
    const run = {
        settings,
        port,
        options,
        clock,
        loadFleet,
        chain: {
            stsRegion: settings.targetRegion,
            retryMode: options.retryMode,
            maxAttempts: options.maxAttempts,
            userAgent: options.userAgent,
            clock,
            ambient: options.ambient,
            onAnswer: () => void loadFleet().catch(() => undefined)
        }
    };
    return (0,accounts/* isManyAccountRun */.cU)(settings) ? runManyAccounts(run) : runSingleAccount(run);
}


/***/ })

};
