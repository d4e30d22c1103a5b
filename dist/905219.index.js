export const id = 905219;
export const ids = [905219];
export const modules = {

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ prefixedPort)
/* harmony export */ });
/** The port with `prefix` before every log line; masking, tokens, progress and stages pass through. */
function prefixedPort(port, prefix) {
    if (prefix === '')
        return port;
    const prefixed = {
        mask: secret => port.mask(secret),
        info: message => port.info(`${prefix}${message}`),
        warning: message => port.warning(`${prefix}${message}`),
        debug: message => port.debug(`${prefix}${message}`)
    };
    if (port.getIdToken)
        prefixed.getIdToken = audience => port.getIdToken(audience);
    if (port.progress)
        prefixed.progress = rows => port.progress(rows);
    if (port.stage)
        prefixed.stage = record => port.stage(record);
    return prefixed;
}


/***/ }),

/***/ 487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ createAccountSessions),
/* harmony export */   e: () => (/* binding */ isCentralFailure)
/* harmony export */ });
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5473);

/** True when a chain failure is the central hop's (the OIDC token or the central role). */
function isCentralFailure(error) {
    return error instanceof _aws_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialChainError */ .Vq && error.hop !== 'target-role';
}
function createAccountSessions(settings, port, options) {
    const central = (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .createCentralCredentials */ .qI)(settings, port, options);
    const byAccount = new Map();
    const hasCentralHop = settings.oidcRoleArn !== null;
    return {
        central,
        async start() {
            if (!hasCentralHop || !central)
                return;
            await central();
            options.onAnswer?.('central-role');
        },
        forAccount(target) {
            let credentials = byAccount.get(target.accountId);
            if (!credentials) {
                credentials = (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .createRoleCredentials */ .nR)({ ...settings, roleArn: target.roleArn }, port, options, central);
                byAccount.set(target.accountId, credentials);
            }
            return credentials;
        }
    };
}


/***/ }),

/***/ 113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ SlotPool)
/* harmony export */ });
// The account-concurrency bound: an account holds a slot while it discovers or sends, none while
// it only waits, so the waiting accounts never keep the others from starting.
class SlotPool {
    size;
    held = 0;
    queue = [];
    constructor(size) {
        this.size = size;
        if (!Number.isInteger(size) || size < 1)
            throw new Error(`slot pool size ${size}`);
    }
    /** Slots taken now. */
    get inUse() {
        return this.held;
    }
    /** Callers waiting for a slot. */
    get waiting() {
        return this.queue.length;
    }
    /** Waits for a free slot (first come, first served). */
    async acquire() {
        if (this.held < this.size)
            this.held++;
        else
            await new Promise(resolve => this.queue.push(resolve));
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.queue.shift();
            // The slot passes straight to the next caller: `held` stays the same.
            if (next)
                next();
            else
                this.held--;
        };
    }
    /** Runs `work` holding a slot, and gives it back however the work ends. */
    async run(work) {
        const release = await this.acquire();
        try {
            return await work();
        }
        finally {
            release();
        }
    }
}


/***/ }),

/***/ 1746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEngine: () => (/* binding */ runEngine)
});

// EXTERNAL MODULE: ./src/accounts/targets.ts
var targets = __webpack_require__(7978);
// EXTERNAL MODULE: ./src/accounts/sessions.ts
var accounts_sessions = __webpack_require__(487);
// EXTERNAL MODULE: ./src/accounts/slots.ts
var slots = __webpack_require__(113);
// EXTERNAL MODULE: ./src/accounts/port.ts
var accounts_port = __webpack_require__(7801);
;// CONCATENATED MODULE: ./src/accounts/index.ts
// Many accounts in one run, operation-agnostic (install, check and drill use it alike): the
// targets, one central session with a refreshing session per account, and the slot pool that
// bounds how many accounts discover or send at once.





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
            this.port.progress((0,targets/* sortAccountRows */.R2)([...this.rows.values()]));
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
    return { rows: (0,targets/* sortAccountRows */.R2)(rows), fatal: message };
}
/**
 * What every account shares. One account waits as in the first release; many accounts share one
 * wait loop, which takes each account's sends as they come.
 */
function accountContext(run, fleet, progress) {
    const { settings, clock, options, port } = run;
    const { signal } = options;
    const many = (0,targets/* isManyAccountRun */.cU)(settings);
    const shared = many ? new fleet.SharedWait({ port, clock, signal }) : null;
    const waiter = shared
        ? s => shared.submit(s.settings, fleet.createWaitReads(s.clients, s.settings.targetRegion), s.rows, s.commands, s.port, `[${s.settings.accountId}] `)
        : s => fleet.waitForFleet(s.settings, s.clients, s.rows, s.commands, s.port, clock, signal);
    return {
        fleet,
        slots: new slots/* SlotPool */.l(many ? settings.accountConcurrency : 1),
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
    const prefixed = (0,accounts_port/* prefixedPort */.H)(port, prefix);
    return { ...prefixed, progress: rows => progress.answered(rows) };
}
/** Many accounts: one central session, one AssumeRole per account, failures per account. */
async function runManyAccounts(run) {
    const { settings, port } = run;
    if (settings.duplicateAccounts.length > 0) {
        port.info(`accounts: dropped duplicate ${settings.duplicateAccounts.join(', ')} (each account runs once).`);
    }
    const sessions = (0,accounts_sessions/* createAccountSessions */.d)(settings, port, run.chain);
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
        const accountSettings = (0,targets/* settingsForAccount */.Wb)(settings, target);
        const input = {
            settings: accountSettings,
            credentials: sessions.forAccount(target).provider,
            port: accountPort(port, progress, (0,targets/* accountLogPrefix */.Gj)(settings, target.accountId)),
            onAssumed: () => port.debug(assumedLine(accountSettings))
        };
        return fleet.runAccount(context, input).then(outcome => report(port, target, outcome));
    }));
    const rows = (0,targets/* sortAccountRows */.R2)(outcomes.flatMap(outcome => outcome.rows));
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
    const sorted = (0,targets/* sortAccountRows */.R2)(rows);
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
    return (0,targets/* isManyAccountRun */.cU)(settings) ? runManyAccounts(run) : runSingleAccount(run);
}


/***/ })

};
