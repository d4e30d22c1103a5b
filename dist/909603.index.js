export const id = 909603;
export const ids = [909603];
export const modules = {

/***/ 5215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ topicCredentials),
/* harmony export */   a: () => (/* binding */ forEachAccount)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7801);
/* harmony import */ var _sessions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(487);
/* harmony import */ var _slots_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(113);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7978);






async function forEachAccount(settings, port, options, work) {
    const { concurrency, ...chain } = options;
    const sessions = (0,_sessions_js__WEBPACK_IMPORTED_MODULE_2__/* .createAccountSessions */ .d)(settings, port, chain);
    try {
        await sessions.start();
    }
    catch (error) {
        const message = (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
        return {
            results: settings.targets.map(target => work.failed(target, message)),
            centralFailure: message,
            assumed: 0,
            sessions
        };
    }
    const slots = new _slots_js__WEBPACK_IMPORTED_MODULE_3__/* .SlotPool */ .l(Math.max(1, concurrency));
    const many = (0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .isManyAccountRun */ .cU)(settings);
    let centralFailure = null;
    let assumed = 0;
    const runAccount = async (target) => {
        const release = await slots.acquire();
        try {
            if (centralFailure !== null)
                return work.failed(target, centralFailure);
            const accountPort = (0,_port_js__WEBPACK_IMPORTED_MODULE_5__/* .prefixedPort */ .H)(port, (0,_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .accountLogPrefix */ .Gj)(settings, target.accountId));
            const credentials = sessions.forAccount(target).provider;
            try {
                await credentials();
            }
            catch (error) {
                const message = (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
                if ((0,_sessions_js__WEBPACK_IMPORTED_MODULE_2__/* .isCentralFailure */ .e)(error))
                    centralFailure ??= message;
                else if (many)
                    accountPort.warning(`Account ${target.accountId} stopped: ${message}`);
                return work.failed(target, message);
            }
            assumed++;
            accountPort.info(`Assumed ${target.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`);
            const clients = new _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsClients */ .cE({
                credentials,
                retryMode: options.retryMode,
                maxAttempts: options.maxAttempts,
                userAgent: options.userAgent
            });
            try {
                return await work.run({
                    target,
                    clients,
                    credentials,
                    port: accountPort,
                    releaseSlot: release
                });
            }
            finally {
                clients.destroy();
            }
        }
        finally {
            release();
        }
    };
    const results = await Promise.all(settings.targets.map(runAccount));
    return { results, centralFailure, assumed, sessions };
}
/**
 * The credentials a run-wide SNS publish uses: the topic's account's own session when that
 * account is in the run, else the central ones (undefined: the SDK's default chain).
 */
function topicCredentials(topicArn, targets, sessions) {
    const account = topicArn.split(':')[4];
    const target = targets.find(entry => entry.accountId === account);
    return target ? sessions.forAccount(target).provider : sessions.central;
}


/***/ }),

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

/***/ 8239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyCleanup: () => (/* binding */ applyCleanup),
  cleanUpLeftovers: () => (/* binding */ cleanUpLeftovers),
  runDrill: () => (/* binding */ runDrill)
});

// EXTERNAL MODULE: ./src/accounts/each.ts
var each = __webpack_require__(5215);
// EXTERNAL MODULE: ./src/accounts/targets.ts
var accounts_targets = __webpack_require__(7978);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/drs-servers.ts
var drs_servers = __webpack_require__(6519);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/install/wait/schedule.ts
var schedule = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
;// CONCATENATED MODULE: ./src/drill/cleanup.ts
// Cleanup that cannot be forgotten: TerminateRecoveryInstances for the recovery instances of this
// run's own LAUNCH jobs (never another's, never one that is not a drill), then confirmed within a
// bound (the drill instance's EC2 state terminated, or the TERMINATE job COMPLETED). Used by the
// main step after the last wave and by the post step for whatever the main step left.



/** How long termination may take before it counts as not confirmed. */
const CLEANUP_BOUND_MS = 10 * 60 * 1000;
/** TerminateRecoveryInstances takes up to 200 ids. */
const TERMINATE_MAX = 200;
class Cleanup {
    ctx;
    keep;
    servers = new Map();
    asked = new Map();
    confirmed;
    ourJobs;
    pendingLaunches = 0;
    constructor(ctx, keep) {
        this.ctx = ctx;
        this.keep = keep;
        this.confirmed = new Set(ctx.ledger.state.confirmed);
        this.ourJobs = new Set(ctx.ledger.state.jobs.map(job => job.jobId));
    }
    entry(sourceServerId) {
        let entry = this.servers.get(sourceServerId);
        if (!entry) {
            entry = { recoveryInstanceId: null, drillInstanceId: null, terminated: null, message: null };
            this.servers.set(sourceServerId, entry);
        }
        return entry;
    }
    /** Finds this run's recovery instances not yet asked for; counts launches still going. */
    async candidates() {
        const found = new Map();
        this.pendingLaunches = 0;
        if (this.ourJobs.size === 0)
            return found;
        for (const job of await this.ctx.api.jobs([...this.ourJobs])) {
            for (const p of job.participants) {
                if (this.keep.has(p.sourceServerId))
                    continue;
                if (p.recoveryInstanceId) {
                    if (!this.asked.has(p.recoveryInstanceId) && !this.confirmed.has(p.recoveryInstanceId))
                        found.set(p.recoveryInstanceId, p.sourceServerId);
                }
                else if (p.launchStatus === 'PENDING' || p.launchStatus === 'IN_PROGRESS') {
                    this.pendingLaunches++;
                }
            }
        }
        return found;
    }
    /** Only instances DRS lists as drills of this run's jobs are terminated. */
    async terminate(found) {
        if (found.size === 0)
            return false;
        const views = await this.ctx.api.recoveryInstances([...new Set(found.values())]);
        const verified = [];
        for (const [recoveryInstanceId, sourceServerId] of found) {
            const entry = this.entry(sourceServerId);
            entry.recoveryInstanceId = recoveryInstanceId;
            const view = views.find(ri => ri.recoveryInstanceId === recoveryInstanceId);
            if (!view) {
                entry.terminated = false;
                entry.message = `recovery instance ${recoveryInstanceId} is no longer listed by DRS; check it in the console`;
                this.asked.set(recoveryInstanceId, {
                    sourceServerId,
                    ec2InstanceId: null,
                    terminateJobId: null
                });
                continue;
            }
            entry.drillInstanceId = view.ec2InstanceId;
            if (!view.isDrill || !view.jobId || !this.ourJobs.has(view.jobId)) {
                // Never ours to terminate: left as it is, said in the row.
                entry.message = `recovery instance ${recoveryInstanceId} left untouched: not a drill of this run`;
                this.asked.set(recoveryInstanceId, {
                    sourceServerId,
                    ec2InstanceId: null,
                    terminateJobId: 'skipped'
                });
                this.confirmed.add(recoveryInstanceId);
                continue;
            }
            verified.push(recoveryInstanceId);
            this.asked.set(recoveryInstanceId, {
                sourceServerId,
                ec2InstanceId: view.ec2InstanceId,
                terminateJobId: null
            });
        }
        for (const ids of (0,concurrency/* chunk */.iv)(verified, TERMINATE_MAX)) {
            try {
                const job = await this.ctx.api.terminate(ids);
                for (const id of ids)
                    this.asked.get(id).terminateJobId = job.jobId;
                this.ctx.port.info(`Terminating ${ids.length} drill instance(s): job ${job.jobId}.`);
            }
            catch (error) {
                for (const id of ids)
                    this.asked.delete(id);
                this.ctx.port.warning(`drs:TerminateRecoveryInstances failed (${(0,shared_port/* errorCode */.CA)(error)}: ${(0,shared_port/* errorMessage */.gJ)(error)}); trying again.`);
            }
        }
        return verified.length > 0;
    }
    /** Confirms by the EC2 state or by the TERMINATE job; true when any was confirmed. */
    async confirm() {
        const open = [...this.asked].filter(([id, a]) => !this.confirmed.has(id) && a.terminateJobId && a.terminateJobId !== 'skipped');
        if (open.length === 0)
            return false;
        const fresh = [];
        const ec2Ids = open.map(([, a]) => a.ec2InstanceId).filter((id) => id !== null);
        const health = ec2Ids.length > 0 ? await this.ctx.api.ec2Health(ec2Ids) : new Map();
        const jobs = await this.ctx.api.jobs([...new Set(open.map(([, a]) => a.terminateJobId))]);
        for (const [id, a] of open) {
            const ec2Gone = a.ec2InstanceId !== null && health.get(a.ec2InstanceId)?.state === 'terminated';
            const job = jobs.find(view => view.jobId === a.terminateJobId);
            const p = job?.participants.find(entry => entry.recoveryInstanceId === id || entry.sourceServerId === a.sourceServerId);
            const jobDone = job?.status === 'COMPLETED' && p?.launchStatus !== 'FAILED';
            if (ec2Gone || jobDone)
                fresh.push(id);
        }
        for (const id of fresh)
            this.confirmed.add(id);
        this.ctx.ledger.confirmed(fresh);
        return fresh.length > 0;
    }
    done() {
        return this.pendingLaunches === 0 && [...this.asked.keys()].every(id => this.confirmed.has(id));
    }
}
/**
 * Terminates and confirms every recovery instance of the ledger's jobs except the kept servers'.
 * Waits for launches still in progress (a cancelled run's) to produce their instance, within the
 * bound. Never rejects for an AWS error: what is not confirmed is counted and said per server.
 */
async function cleanUp(ctx, keep = new Set()) {
    const run = new Cleanup(ctx, keep);
    const deadline = ctx.clock.now() + (ctx.boundMs ?? CLEANUP_BOUND_MS);
    let delay = null;
    for (;;) {
        let changed = false;
        try {
            changed = await run.terminate(await run.candidates());
            changed = (await run.confirm()) || changed;
        }
        catch (error) {
            ctx.port.warning(`Drill cleanup round failed (${(0,shared_port/* errorCode */.CA)(error)}: ${(0,shared_port/* errorMessage */.gJ)(error)}); trying again.`);
        }
        if (run.done() || ctx.clock.now() >= deadline)
            break;
        delay = (0,schedule/* nextDelay */.rM)(delay, changed);
        await ctx.clock.sleep(Math.min(delay, Math.max(0, deadline - ctx.clock.now())));
    }
    let unconfirmed = run.pendingLaunches;
    let terminated = 0;
    for (const [id, a] of run.asked) {
        const entry = run.entry(a.sourceServerId);
        entry.recoveryInstanceId = id;
        if (a.terminateJobId === 'skipped')
            continue;
        if (run.confirmed.has(id)) {
            entry.terminated = true;
            terminated++;
        }
        else {
            entry.terminated = false;
            entry.message ??= `termination of ${id} not confirmed within ${Math.round((ctx.boundMs ?? CLEANUP_BOUND_MS) / 60000)} minutes: terminate it in the DRS console`;
            unconfirmed++;
        }
    }
    if (run.pendingLaunches > 0) {
        ctx.port.warning(`${run.pendingLaunches} drill launch(es) were still in progress at the end of cleanup: their instances may still start; check the DRS console.`);
    }
    return { bySourceServer: run.servers, unconfirmed, terminated };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/install/discover.ts
var discover = __webpack_require__(2116);
// EXTERNAL MODULE: ./src/install/preflight.ts
var preflight = __webpack_require__(7248);
// EXTERNAL MODULE: ./src/drill/plan.ts
var plan = __webpack_require__(7686);
// EXTERNAL MODULE: ./src/drill/rows.ts
var drill_rows = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/drill/discover.ts






async function listInstances(ec2, settings) {
    const byId = new Map();
    for (const Filters of (0,discover/* instanceFilterSets */.zz)(settings)) {
        const pages = (0,dist_cjs/* paginateDescribeInstances */.H0T)({ client: ec2, pageSize: discover/* EC2_PAGE_SIZE */.Jr }, { Filters, MaxResults: discover/* EC2_PAGE_SIZE */.Jr });
        for await (const page of pages) {
            for (const reservation of page.Reservations ?? []) {
                for (const instance of reservation.Instances ?? []) {
                    if (!instance.InstanceId)
                        continue;
                    const tags = {};
                    for (const tag of instance.Tags ?? [])
                        if (tag.Key)
                            tags[tag.Key] = tag.Value ?? '';
                    byId.set(instance.InstanceId, {
                        instanceId: instance.InstanceId,
                        name: tags.Name ?? null,
                        tags
                    });
                }
            }
        }
    }
    return [...byId.values()];
}
async function loadServers(api, settings, loadSourceServers) {
    try {
        const [servers, active, recoveryInstances] = await Promise.all([
            loadSourceServers(),
            api.activeJobs(),
            api.recoveryInstances()
        ]);
        return { servers, active, recoveryInstances };
    }
    catch (error) {
        if ((0,shared_port/* errorCode */.CA)(error) === 'UninitializedAccountException') {
            throw new preflight/* DrsNotInitialisedError */.io(settings.targetRegion, { cause: error });
        }
        throw new preflight/* RunFailure */.ae('drs-unavailable', (0,preflight/* regionFailureMessage */.SE)('drs:DescribeSourceServers/DescribeJobs/DescribeRecoveryInstances', settings.targetRegion, error), { cause: error });
    }
}
async function discoverDrill(settings, clients, api, loadSourceServers) {
    const { servers, active, recoveryInstances } = await loadServers(api, settings, loadSourceServers);
    const activeJobOf = new Map();
    for (const job of active) {
        for (const p of job.participants)
            activeJobOf.set(p.sourceServerId, job.jobId);
    }
    const recoveryInstanceOf = new Map();
    for (const ri of recoveryInstances) {
        if (ri.sourceServerId)
            recoveryInstanceOf.set(ri.sourceServerId, ri.recoveryInstanceId);
    }
    const foreignLoad = {
        jobs: active.length,
        servers: active.reduce((sum, job) => sum + job.participants.length, 0)
    };
    const targets = [];
    const rows = [];
    const found = new Set();
    await Promise.all(settings.sourceRegions.map(async (region) => {
        let instances;
        try {
            instances = await listInstances(clients.ec2(region), settings);
        }
        catch (error) {
            rows.push((0,drill_rows/* drillFailureRow */.EJ)(settings.accountId, region, (0,preflight/* regionFailureMessage */.SE)('ec2:DescribeInstances', region, error)));
            return;
        }
        for (const instance of instances) {
            found.add(instance.instanceId);
            const server = servers.get(instance.instanceId);
            const base = {
                accountId: settings.accountId,
                region,
                instanceId: instance.instanceId,
                name: instance.name,
                wave: (0,plan/* waveOf */.j5)(settings.waveTag, instance.tags, server?.tags)
            };
            if (!server?.sourceServerID) {
                rows.push((0,drill_rows/* makeDrillRow */.Sm)({
                    ...base,
                    status: 'skipped-unhealthy',
                    message: `no DRS source server in ${settings.targetRegion}: install the agent first (nothing to drill)`
                }));
                continue;
            }
            const sourceServerId = server.sourceServerID;
            const skip = (0,plan/* eligibility */.GN)({
                replicationState: server.dataReplicationInfo?.dataReplicationState ?? null,
                activeJobId: activeJobOf.get(sourceServerId) ?? null,
                existingRecoveryInstanceId: recoveryInstanceOf.get(sourceServerId) ?? null
            });
            if (skip)
                rows.push((0,drill_rows/* makeDrillRow */.Sm)({ ...base, sourceServerId, ...skip }));
            else
                targets.push({ ...base, sourceServerId });
        }
    }));
    for (const id of settings.instanceIds) {
        if (found.has(id))
            continue;
        rows.push((0,drill_rows/* makeDrillRow */.Sm)({
            accountId: settings.accountId,
            instanceId: id,
            status: 'failed',
            message: `instance not found in ${settings.sourceRegions.join(', ')}: check the id and source-regions`
        }));
    }
    return { targets, rows: (0,drill_rows/* sortDrillRows */.ve)(rows), foreignLoad };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-drs/dist-cjs/index.js
var client_drs_dist_cjs = __webpack_require__(4722);
;// CONCATENATED MODULE: ./src/drill/drs-api.ts
// The reads and writes a drill makes, behind one small interface (so the launch, wait and cleanup
// loops are testable without SDK mocks), and the factory that builds it from the AWS clients.





const DRILL_RUN_TAG = 'drs-orchestration:run';
function toJobView(job) {
    const withDrill = job;
    return {
        jobId: job.jobID ?? '',
        type: job.type ?? null,
        status: job.status ?? null,
        isDrill: withDrill.isDrill ??
            (job.initiatedBy === 'START_DRILL'
                ? true
                : job.initiatedBy === 'START_RECOVERY'
                    ? false
                    : null),
        participants: (job.participatingServers ?? []).map(server => ({
            sourceServerId: server.sourceServerID ?? '',
            recoveryInstanceId: server.recoveryInstanceID ?? null,
            launchStatus: server.launchStatus ?? null
        }))
    };
}
function toRecoveryInstanceView(ri) {
    return {
        recoveryInstanceId: ri.recoveryInstanceID ?? '',
        sourceServerId: ri.sourceServerID ?? null,
        jobId: ri.jobID ?? null,
        ec2InstanceId: ri.ec2InstanceID ?? null,
        // Unknown counts as not a drill: the action never terminates what it cannot prove is one.
        isDrill: ri.isDrill === true,
        snapshotAt: ri.pointInTimeSnapshotDateTime ?? null
    };
}
/** DescribeJobs' jobIDs filter and DescribeRecoveryInstances' id filters take up to 200 values. */
const FILTER_MAX = 200;
/** Jobs created within this window are read for what is in progress. */
const ACTIVE_JOB_WINDOW_MS = 3 * 24 * 3600 * 1000;
/** DescribeInstanceStatus takes up to 100 ids. */
const EC2_STATUS_MAX = 100;
async function ec2HealthOf(ec2, ids, into) {
    try {
        const answer = await ec2.send(new dist_cjs/* DescribeInstanceStatusCommand */.o0z({ InstanceIds: [...ids], IncludeAllInstances: true }));
        for (const status of answer.InstanceStatuses ?? []) {
            if (!status.InstanceId)
                continue;
            into.set(status.InstanceId, {
                state: status.InstanceState?.Name ?? null,
                instanceStatus: status.InstanceStatus?.Status ?? null,
                systemStatus: status.SystemStatus?.Status ?? null
            });
        }
    }
    catch (error) {
        // One id EC2 does not list yet (eventual consistency) fails the whole call: ask one by one.
        if ((0,shared_port/* errorCode */.CA)(error) !== 'InvalidInstanceID.NotFound')
            throw error;
        if (ids.length === 1)
            return;
        for (const id of ids)
            await ec2HealthOf(ec2, [id], into);
    }
}
function createDrillApi(clients, targetRegion, signal) {
    const drs = () => clients.drs(targetRegion);
    const options = signal ? { abortSignal: signal } : undefined;
    const listJobs = async (jobIds, fromDate) => {
        const views = [];
        const filters = fromDate ? { fromDate } : { jobIDs: [...jobIds] };
        const pages = (0,client_drs_dist_cjs.paginateDescribeJobs)({ client: drs() }, { filters });
        for await (const page of pages)
            views.push(...(page.items ?? []).map(toJobView));
        return views;
    };
    return {
        async startDrill(sourceServerIds, runTag) {
            const answer = await drs().send(new client_drs_dist_cjs.StartRecoveryCommand({
                sourceServers: sourceServerIds.map(sourceServerID => ({ sourceServerID })),
                isDrill: true,
                tags: { [DRILL_RUN_TAG]: runTag }
            }), options);
            if (!answer.job?.jobID)
                throw new Error('StartRecovery answered without a job');
            return toJobView(answer.job);
        },
        async jobs(jobIds) {
            const views = [];
            for (const ids of (0,concurrency/* chunk */.iv)(jobIds, FILTER_MAX))
                views.push(...(await listJobs(ids)));
            return views;
        },
        async activeJobs() {
            // No job runs for days: a bounded window keeps an account's long job history out of it.
            const fromDate = new Date(Date.now() - ACTIVE_JOB_WINDOW_MS)
                .toISOString()
                .replace(/\.\d{3}Z$/, 'Z');
            return (await listJobs([], fromDate)).filter(job => job.status !== 'COMPLETED');
        },
        async logItems(jobId) {
            const items = [];
            for await (const page of (0,client_drs_dist_cjs.paginateDescribeJobLogItems)({ client: drs() }, { jobID: jobId })) {
                for (const item of page.items ?? []) {
                    items.push({
                        at: item.logDateTime ?? null,
                        event: item.event ?? null,
                        sourceServerId: item.eventData?.sourceServerID ?? null,
                        rawError: item.eventData?.rawError ?? null
                    });
                }
            }
            return items;
        },
        async recoveryInstances(sourceServerIds) {
            const views = [];
            const filterSets = sourceServerIds ? (0,concurrency/* chunk */.iv)(sourceServerIds, FILTER_MAX) : [undefined];
            for (const ids of filterSets) {
                if (ids && ids.length === 0)
                    continue;
                const pages = (0,client_drs_dist_cjs.paginateDescribeRecoveryInstances)({ client: drs() }, { filters: ids ? { sourceServerIDs: [...ids] } : {} });
                for await (const page of pages)
                    views.push(...(page.items ?? []).map(toRecoveryInstanceView));
            }
            return views;
        },
        async terminate(recoveryInstanceIds) {
            const answer = await drs().send(new client_drs_dist_cjs.TerminateRecoveryInstancesCommand({ recoveryInstanceIDs: [...recoveryInstanceIds] }));
            if (!answer.job?.jobID)
                throw new Error('TerminateRecoveryInstances answered without a job');
            return toJobView(answer.job);
        },
        async ec2Health(instanceIds) {
            const health = new Map();
            for (const ids of (0,concurrency/* chunk */.iv)(instanceIds, EC2_STATUS_MAX)) {
                await ec2HealthOf(clients.ec2(targetRegion), ids, health);
            }
            return health;
        },
        async ssmOnline(instanceIds) {
            const online = new Set();
            if (instanceIds.length === 0)
                return online;
            for (const [id, status] of await (0,discover/* describeSsmStatus */.ln)(clients.ssm(targetRegion), instanceIds)) {
                if (status.pingStatus === 'Online')
                    online.add(id);
            }
            return online;
        }
    };
}

// EXTERNAL MODULE: ./src/drill/state.ts
var drill_state = __webpack_require__(4040);
;// CONCATENATED MODULE: ./src/drill/waves.ts
// Runs the waves: StartRecovery for each job as DRS's limits allow, then one polling loop over the
// wave's jobs (DescribeJobs), recovery instances (DescribeRecoveryInstances) and health (EC2
// status checks, SSM) until every server of the wave is healthy or failed, or the bound passes.




const FAILURE_EVENTS = new Set([
    'LAUNCH_FAILED',
    'SNAPSHOT_FAIL',
    'CONVERSION_FAIL',
    'JOB_CANCEL',
    'SERVER_SKIPPED',
    'LAUNCH_ACTIONS_FAIL'
]);
const waveName = (wave) => wave === null ? 'the last wave (no wave tag)' : `wave ${wave}`;
function track(target) {
    return {
        target,
        jobId: null,
        startedAt: null,
        launchedAt: null,
        recoveryInstanceId: null,
        drillInstanceId: null,
        snapshotAt: null,
        healthyAt: null,
        status: null,
        message: null
    };
}
function toRow(server, status, message) {
    return (0,drill_rows/* makeDrillRow */.Sm)({
        ...server.target,
        status,
        jobId: server.jobId,
        recoveryInstanceId: server.recoveryInstanceId,
        drillInstanceId: server.drillInstanceId,
        snapshotAt: server.snapshotAt,
        startedAt: server.startedAt,
        launchedAt: server.launchedAt,
        healthyAt: server.healthyAt,
        rtoSeconds: status === 'passed' ? (0,plan/* rtoSeconds */.Bq)(server.startedAt, server.healthyAt) : null,
        rpoSeconds: (0,plan/* rpoSeconds */.v7)(server.snapshotAt, server.startedAt),
        message
    });
}
/** The reason DRS's job log gives for a server's failed launch. */
function failureReason(items, sourceServerId) {
    const item = [...items]
        .reverse()
        .find(entry => entry.sourceServerId === sourceServerId && entry.event && FAILURE_EVENTS.has(entry.event));
    if (!item)
        return 'launch failed (the job log gives no reason): see the job in the DRS console';
    return `launch failed (${item.event}${item.rawError ? `: ${item.rawError}` : ''})`;
}
/** One wave from its first StartRecovery to every server final. */
class WaveRun {
    ctx;
    wave;
    queue;
    jobs = new Map();
    servers;
    constructor(ctx, wave) {
        this.ctx = ctx;
        this.wave = wave;
        this.queue = wave.jobs.map(job => job.map(track));
        this.servers = this.queue.flat();
    }
    async run() {
        const { clock, port, signal } = this.ctx;
        port.info(`Drill ${waveName(this.wave.wave)}: ${this.servers.length} server(s) in ${this.queue.length} job(s).`);
        let delay = null;
        for (;;) {
            let changed = await this.startJobs();
            changed = (await this.poll()) || changed;
            if (this.servers.every(server => server.status !== null))
                break;
            if (signal?.aborted) {
                this.finishOpen('timed-out', 'the run was cancelled before the drill instance was healthy');
                break;
            }
            if (clock.now() >= this.ctx.deadline) {
                this.finishOpen('timed-out', `not healthy within timeout-minutes ${this.ctx.settings.timeoutMinutes}`);
                break;
            }
            delay = (0,schedule/* nextDelay */.rM)(delay, changed);
            await clock.sleep(Math.min(delay, Math.max(0, this.ctx.deadline - clock.now())), signal);
        }
        return this.servers.map(server => toRow(server, server.status, server.message));
    }
    finishOpen(status, reason) {
        for (const server of this.servers) {
            if (server.status !== null)
                continue;
            const where = server.jobId === null
                ? 'StartRecovery was not called yet'
                : server.launchedAt
                    ? 'launched'
                    : 'still launching';
            server.status = status;
            server.message = `${reason} (${where})`;
        }
    }
    ourLoad() {
        let jobs = 0;
        let servers = 0;
        for (const job of this.jobs.values()) {
            if (job.status === 'COMPLETED')
                continue;
            jobs++;
            servers += job.servers.length;
        }
        return { jobs, servers };
    }
    /** Starts the queued jobs DRS's limits allow now; true when any started. */
    async startJobs() {
        if (this.queue.length === 0 || this.ctx.signal?.aborted)
            return false;
        const ours = this.ourLoad();
        let foreign = this.ctx.foreignLoad;
        const sizes = () => this.queue.map(job => job.length);
        let count = (0,plan/* startableJobs */.Tk)(sizes(), { jobs: ours.jobs + foreign.jobs, servers: ours.servers + foreign.servers }, this.ctx.limits ?? plan/* DRS_JOB_LIMITS */.zR);
        if (count === 0 && ours.jobs === 0) {
            // Held back only by other jobs: see whether they have finished.
            foreign = await this.refreshForeignLoad();
            count = (0,plan/* startableJobs */.Tk)(sizes(), foreign, this.ctx.limits ?? plan/* DRS_JOB_LIMITS */.zR);
        }
        for (const job of this.queue.splice(0, count))
            await this.start(job);
        return count > 0;
    }
    async refreshForeignLoad() {
        try {
            const active = (await this.ctx.api.activeJobs()).filter(job => !this.jobs.has(job.jobId));
            this.ctx.foreignLoad = {
                jobs: active.length,
                servers: active.reduce((sum, job) => sum + job.participants.length, 0)
            };
        }
        catch (error) {
            this.ctx.port.warning(`drs:DescribeJobs failed (${(0,shared_port/* errorMessage */.gJ)(error)}); trying again next round.`);
        }
        return this.ctx.foreignLoad;
    }
    async start(job) {
        const ids = job.map(server => server.target.sourceServerId);
        let answer;
        try {
            answer = await this.ctx.api.startDrill(ids, this.ctx.settings.roleSessionName);
        }
        catch (error) {
            for (const server of job) {
                server.status = 'failed';
                server.message = `drs:StartRecovery failed (${(0,shared_port/* errorCode */.CA)(error)}: ${(0,shared_port/* errorMessage */.gJ)(error)})`;
            }
            this.ctx.port.warning(`StartRecovery failed for ${ids.length} server(s): ${(0,shared_port/* errorMessage */.gJ)(error)}`);
            return;
        }
        // Recorded before anything else, so a cancel from here on still finds the job.
        this.ctx.ledger.jobStarted(answer.jobId, ids);
        const startedAt = (0,plan/* toIso */.tK)(this.ctx.clock.now());
        for (const server of job) {
            server.jobId = answer.jobId;
            server.startedAt = startedAt;
        }
        this.jobs.set(answer.jobId, { servers: job, status: answer.status });
        this.ctx.port.info(`Started drill job ${answer.jobId} for ${ids.length} server(s) (${waveName(this.wave.wave)}).`);
    }
    /** One round of reads; true when anything changed. */
    async poll() {
        try {
            const launched = await this.pollJobs();
            const located = await this.locateInstances();
            const checked = await this.checkHealth();
            return launched || located || checked;
        }
        catch (error) {
            if (this.ctx.signal?.aborted)
                return false;
            this.ctx.port.warning(`Drill poll failed (${(0,shared_port/* errorCode */.CA)(error)}: ${(0,shared_port/* errorMessage */.gJ)(error)}); trying again.`);
            return false;
        }
    }
    async pollJobs() {
        // A job counts against DRS's limits until COMPLETED: while jobs wait in the queue, keep
        // reading the status of every job not yet COMPLETED, not only of those still launching.
        const open = [...this.jobs].filter(([, job]) => job.servers.some(s => s.status === null && s.launchedAt === null) ||
            (this.queue.length > 0 && job.status !== 'COMPLETED'));
        if (open.length === 0)
            return false;
        let changed = false;
        const views = await this.ctx.api.jobs(open.map(([id]) => id));
        for (const view of views) {
            const job = this.jobs.get(view.jobId);
            if (!job)
                continue;
            job.status = view.status;
            const failed = [];
            for (const server of job.servers) {
                if (server.status !== null || server.launchedAt !== null)
                    continue;
                const p = view.participants.find(entry => entry.sourceServerId === server.target.sourceServerId);
                if (p?.launchStatus === 'LAUNCHED') {
                    server.launchedAt = (0,plan/* toIso */.tK)(this.ctx.clock.now());
                    server.recoveryInstanceId = p.recoveryInstanceId;
                    changed = true;
                    if (this.ctx.settings.healthCheck === 'launched')
                        this.pass(server, server.launchedAt);
                }
                else if (p?.launchStatus === 'FAILED' ||
                    p?.launchStatus === 'TERMINATED' ||
                    (view.status === 'COMPLETED' && !p?.recoveryInstanceId)) {
                    failed.push(server);
                }
            }
            if (failed.length > 0) {
                changed = true;
                const items = await this.ctx.api.logItems(view.jobId).catch(() => []);
                for (const server of failed) {
                    server.status = 'failed';
                    server.message = failureReason(items, server.target.sourceServerId);
                }
            }
        }
        return changed;
    }
    /** The drill instance's EC2 id and snapshot time, from DescribeRecoveryInstances. */
    async locateInstances() {
        const waiting = this.servers.filter(s => s.launchedAt !== null && s.drillInstanceId === null);
        if (waiting.length === 0)
            return false;
        const views = await this.ctx.api.recoveryInstances(waiting.map(s => s.target.sourceServerId));
        let changed = false;
        for (const server of waiting) {
            const view = views.find(ri => ri.sourceServerId === server.target.sourceServerId && ri.jobId === server.jobId);
            if (!view)
                continue;
            server.recoveryInstanceId = view.recoveryInstanceId;
            server.drillInstanceId = view.ec2InstanceId;
            server.snapshotAt = view.snapshotAt;
            changed = true;
        }
        return changed;
    }
    async checkHealth() {
        const { api, settings } = this.ctx;
        if (settings.healthCheck === 'launched')
            return false;
        const open = this.servers.filter(s => s.status === null && s.drillInstanceId !== null);
        if (open.length === 0)
            return false;
        const health = await api.ec2Health(open.map(s => s.drillInstanceId));
        const ok = [];
        let changed = false;
        for (const server of open) {
            const h = health.get(server.drillInstanceId);
            if (!h)
                continue;
            if (h.state === 'shutting-down' || h.state === 'terminated' || h.state === 'stopped') {
                this.fail(server, `the drill instance is ${h.state}`);
                changed = true;
            }
            else if (h.instanceStatus === 'impaired' || h.systemStatus === 'impaired') {
                this.fail(server, `EC2 status checks impaired (instance ${h.instanceStatus ?? 'unknown'}, system ${h.systemStatus ?? 'unknown'}): see the instance's console output`);
                changed = true;
            }
            else if (h.state === 'running' && h.instanceStatus === 'ok' && h.systemStatus === 'ok') {
                ok.push(server);
            }
        }
        const online = settings.healthCheck === 'ssm' && ok.length > 0
            ? await api.ssmOnline(ok.map(s => s.drillInstanceId))
            : null;
        const now = (0,plan/* toIso */.tK)(this.ctx.clock.now());
        for (const server of ok) {
            if (online && !online.has(server.drillInstanceId))
                continue;
            this.pass(server, now);
            changed = true;
        }
        return changed;
    }
    pass(server, healthyAt) {
        server.healthyAt = healthyAt;
        server.status = 'passed';
        server.message = null;
    }
    fail(server, message) {
        server.status = 'failed';
        server.message = message;
    }
}
/** Rows for a wave that was never started. */
function notStartedRows(wave, message) {
    return wave.jobs.flat().map(target => toRow(track(target), 'not-started', message));
}
/** Every wave in order, each waited for before the next; stop-on-wave-failure stops the rest. */
async function runWaves(ctx, waves) {
    const rows = [];
    let stopped = null;
    for (const wave of waves) {
        if (stopped === null && ctx.signal?.aborted)
            stopped = 'not started: the run was cancelled before this wave';
        if (stopped !== null) {
            rows.push(...notStartedRows(wave, stopped));
            continue;
        }
        const waveRows = await new WaveRun(ctx, wave).run();
        rows.push(...waveRows);
        const failed = waveRows.filter(row => row.status === 'failed' || row.status === 'timed-out');
        // on-success keeps the failed drills' instances, also when a cancel leaves them to the post step.
        if (ctx.settings.cleanup === 'on-success') {
            for (const row of failed)
                if (row.sourceServerId)
                    ctx.ledger.keep(row.sourceServerId);
        }
        const failures = failed.length;
        if (failures > 0 && ctx.settings.stopOnWaveFailure) {
            stopped = `not started: ${waveName(wave.wave)} had ${failures} failed or timed-out server(s) and stop-on-wave-failure is on`;
            ctx.port.warning(stopped.replace(/^not started: /, 'Stopping the drill: '));
        }
        if (stopped === null && ctx.clock.now() >= ctx.deadline) {
            stopped = `not started: timeout-minutes ${ctx.settings.timeoutMinutes} passed before this wave`;
        }
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/drill/engine.ts













function stopped(settings, message) {
    return {
        rows: settings.sourceRegions.map(region => (0,drill_rows/* drillFailureRow */.EJ)(settings.accountId, region, message)),
        fatal: message,
        unconfirmed: 0
    };
}
function dryRunRows(waves) {
    return waves.flatMap(wave => wave.jobs.flatMap((job, index) => job.map(target => (0,drill_rows/* makeDrillRow */.Sm)({
        ...target,
        status: 'dry-run',
        message: `would launch in job ${index + 1} of ${wave.jobs.length} (${job.length} server(s))`
    }))));
}
/** Puts what cleanup found and did into the rows. */
function applyCleanup(rows, result, note) {
    return rows.map(row => {
        const found = row.sourceServerId ? result?.bySourceServer.get(row.sourceServerId) : undefined;
        const recoveryInstanceId = row.recoveryInstanceId ?? found?.recoveryInstanceId ?? null;
        const drillInstanceId = row.drillInstanceId ?? found?.drillInstanceId ?? null;
        const launched = recoveryInstanceId !== null;
        const terminated = found?.terminated ?? (launched ? false : null);
        const extra = found?.message ?? (launched && terminated === false ? note : null);
        return {
            ...row,
            recoveryInstanceId,
            drillInstanceId,
            terminated,
            message: extra ? (row.message ? `${row.message}; ${extra}` : extra) : row.message
        };
    });
}
async function finishDrill(settings, rows, ctx, cancelNote = 'cancelled: left for the post step to terminate') {
    if (ctx.signal?.aborted) {
        return {
            rows: applyCleanup(rows, null, cancelNote),
            fatal: null,
            unconfirmed: 0
        };
    }
    if (settings.cleanup === 'never') {
        ctx.ledger.finish();
        return { rows: applyCleanup(rows, null, 'kept (cleanup: never)'), fatal: null, unconfirmed: 0 };
    }
    const keep = new Set(settings.cleanup === 'on-success' ? ctx.ledger.state.keep : []);
    const result = await cleanUp(ctx, keep);
    ctx.ledger.finish();
    return {
        rows: applyCleanup(rows, result, 'kept (cleanup: on-success keeps failed drills)'),
        fatal: null,
        unconfirmed: result.unconfirmed
    };
}
/** One account's drill: discovery (holding its slot), plan, waves, cleanup. */
async function drillAccount(settings, run) {
    const { account, options, clock, ledger } = run;
    const { clients, port } = account;
    const api = options.api ?? createDrillApi(clients, settings.targetRegion, options.signal);
    let discovery;
    try {
        discovery = await discoverDrill(settings, clients, api, () => (0,drs_servers/* sourceServersByInstance */.Gn)(clients.drs(settings.targetRegion), options.signal));
    }
    catch (error) {
        return stopped(settings, (0,shared_port/* errorMessage */.gJ)(error));
    }
    // From here on the account mostly waits for its launches: the next account may discover.
    account.releaseSlot();
    const waves = (0,plan/* planWaves */.Kc)(discovery.targets, settings.maxServersPerJob);
    port.info(`Drill plan: ${discovery.targets.length} server(s) in ${waves.length} wave(s), ${discovery.rows.length} other row(s).`);
    run.progress(discovery.rows);
    if (settings.dryRun) {
        return {
            rows: (0,drill_rows/* sortDrillRows */.ve)([...discovery.rows, ...dryRunRows(waves)]),
            fatal: null,
            unconfirmed: 0
        };
    }
    const ctx = { api, clock, port, ledger, signal: options.signal };
    const drilled = await runWaves({
        ...ctx,
        settings,
        deadline: clock.now() + settings.timeoutMinutes * 60_000,
        foreignLoad: discovery.foreignLoad,
        limits: options.limits
    }, waves);
    run.progress((0,drill_rows/* sortDrillRows */.ve)([...discovery.rows, ...applyCleanup(drilled, null, 'cleanup not finished')]));
    const result = await finishDrill(settings, drilled, ctx, options.cancelNote);
    return { ...result, rows: (0,drill_rows/* sortDrillRows */.ve)([...discovery.rows, ...result.rows]) };
}
function accountOptions(settings, options, clock) {
    return {
        stsRegion: settings.targetRegion,
        ...(0,retry/* retrySettingsFromEnv */.LQ)(options.env),
        userAgent: options.userAgent,
        concurrency: settings.accountConcurrency,
        clock,
        ambient: options.ambient
    };
}
/**
 * The drill over every account of the run: one central session, each account's drill on its own
 * (waves and DRS's job quotas are per account and region), one notification at the end.
 */
async function runDrill(settings, port, options) {
    const clock = options.clock ?? shared_port/* systemClock */.ml;
    const many = (0,accounts_targets/* isManyAccountRun */.cU)(settings);
    if (settings.duplicateAccounts.length > 0) {
        port.info(`accounts lists ${settings.duplicateAccounts.join(', ')} more than once: each is drilled once.`);
    }
    const known = new Map();
    const run = await (0,each/* forEachAccount */.a)(settings, port, accountOptions(settings, options, clock), {
        failed: (target, message) => stopped((0,accounts_targets/* settingsForAccount */.Wb)(settings, target), message),
        run: account => drillAccount((0,accounts_targets/* settingsForAccount */.Wb)(settings, account.target), {
            account,
            options,
            clock,
            ledger: options.ledger.forAccount(account.target.accountId),
            progress: rows => {
                known.set(account.target.accountId, rows);
                options.progress?.((0,drill_rows/* sortDrillRows */.ve)([...known.values()].flat()));
            }
        })
    });
    const rows = (0,drill_rows/* sortDrillRows */.ve)(run.results.flatMap(result => result.rows));
    // Every account that launched has finished its cleanup: nothing is left for the post step.
    if ((0,drill_state/* pendingAccounts */.M$)(options.ledger.state, settings.accountId).length === 0) {
        options.ledger.finish();
    }
    const fatal = run.centralFailure ?? (many ? null : (run.results[0]?.fatal ?? null));
    const unconfirmed = run.results.reduce((sum, result) => sum + result.unconfirmed, 0);
    const topicArn = settings.notifyTopicArn;
    if (topicArn && !options.signal?.aborted && run.centralFailure === null && run.assumed > 0) {
        // With role-arn the target role publishes, as in the first release.
        const credentials = many
            ? (0,each/* topicCredentials */.M)(topicArn, settings.targets, run.sessions)
            : run.sessions.forAccount(settings.targets[0]).provider;
        // Undefined credentials: the SDK's default chain (no central hop, no ambient override).
        const clients = new aws_clients/* AwsClients */.cE({
            credentials: credentials,
            ...(0,retry/* retrySettingsFromEnv */.LQ)(options.env),
            userAgent: options.userAgent
        });
        try {
            const [{ publishDrillNotification }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(706147), __webpack_require__.e(227287)]).then(__webpack_require__.bind(__webpack_require__, 9980)),
                (0,aws_clients/* loadSnsClient */.Y2)()
            ]);
            await publishDrillNotification(settings, clients, rows, options.runUrl ?? '', port);
        }
        finally {
            clients.destroy();
        }
    }
    return { rows, fatal, unconfirmed };
}
/** The role of an account the saved state names: from the run's accounts, else role-name. */
function leftoverTarget(settings, accountId) {
    const listed = settings.targets.find(target => target.accountId === accountId);
    if (listed)
        return listed;
    if (!settings.roleName)
        return null;
    return {
        accountId,
        roleArn: `arn:${settings.partition}:iam::${accountId}:role/${settings.roleName}`
    };
}
function mergeCleanups(results) {
    const merged = { bySourceServer: new Map(), unconfirmed: 0, terminated: 0 };
    for (const result of results) {
        if (!result)
            continue;
        for (const [server, entry] of result.bySourceServer)
            merged.bySourceServer.set(server, entry);
        merged.unconfirmed += result.unconfirmed;
        merged.terminated += result.terminated;
    }
    return merged;
}
/**
 * The post step's (and the CLI signal handler's) part: in every account the saved state names,
 * terminate and confirm what the main step launched there but did not finish cleaning up.
 */
async function cleanUpLeftovers(settings, ledger, port, options) {
    const state = ledger.state;
    const pending = (0,drill_state/* pendingAccounts */.M$)(state, settings.accountId);
    if (pending.length === 0)
        return { result: null, fatal: null, accountFailures: [] };
    const clock = options.clock ?? shared_port/* systemClock */.ml;
    const accountFailures = [];
    const targets = [];
    for (const accountId of pending) {
        const target = leftoverTarget(settings, accountId);
        if (target)
            targets.push(target);
        else
            accountFailures.push({
                accountId,
                message: `account ${accountId} has drill jobs of this run but is not the role-arn account: terminate its drill instances in the DRS console`
            });
    }
    const keep = new Set(state.cleanup === 'on-success' ? state.keep : []);
    port.info(`Cleaning up after the drill: ${state.jobs.length} launch job(s) recorded by the main step` +
        (pending.length > 1 ? ` in ${pending.length} accounts.` : '.'));
    const run = await (0,each/* forEachAccount */.a)({ ...settings, targets }, port, accountOptions(settings, options, clock), {
        failed: (target, message) => {
            accountFailures.push({ accountId: target.accountId, message });
            return null;
        },
        run: async (account) => {
            const { accountId } = account.target;
            const view = ledger.forAccount(accountId, accountId === settings.accountId);
            const api = options.api ?? createDrillApi(account.clients, settings.targetRegion);
            const result = await cleanUp({ api, clock, port: account.port, ledger: view, boundMs: options.boundMs }, keep);
            view.finish();
            for (const entry of result.bySourceServer.values())
                entry.accountId = accountId;
            return result;
        }
    });
    const results = run.results.filter((result) => result !== null);
    const many = (0,accounts_targets/* isManyAccountRun */.cU)(settings) || pending.length > 1;
    const fatal = run.centralFailure ??
        (!many && results.length === 0 ? (accountFailures[0]?.message ?? null) : null);
    if (results.length > 0 && accountFailures.length === 0)
        ledger.finish();
    return {
        result: results.length > 0 ? mergeCleanups(results) : null,
        fatal,
        accountFailures: fatal ? [] : accountFailures
    };
}


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ finalRoundMs),
/* harmony export */   hH: () => (/* binding */ BACKOFF),
/* harmony export */   lM: () => (/* binding */ estimateRemainingMs),
/* harmony export */   pL: () => (/* binding */ roundDeadline),
/* harmony export */   rM: () => (/* binding */ nextDelay),
/* harmony export */   yZ: () => (/* binding */ MIN_POLL_MS)
/* harmony export */ });
// When the wait asks again: adaptive backoff, and an estimate of the end from the progress so far.
/** Adaptive polling: quick while things move, slower while nothing changes. */
const BACKOFF = { initialMs: 5_000, factor: 1.5, maxMs: 30_000 };
/** The shortest pause, however near the end the progress says it is. */
const MIN_POLL_MS = 1_000;
/**
 * The next pause: back to the start after a change, otherwise a little longer, up to the cap.
 * With `etaMs` (when the progress so far says everything should be done), no longer than that,
 * but never under MIN_POLL_MS: the last completion is seen within about a second of the estimate
 * instead of up to a whole backoff step later.
 */
function nextDelay(previousMs, changed, etaMs = null) {
    const backoff = previousMs === null || changed
        ? BACKOFF.initialMs
        : Math.min(Math.round(previousMs * BACKOFF.factor), BACKOFF.maxMs);
    if (etaMs === null)
        return backoff;
    return Math.max(MIN_POLL_MS, Math.min(backoff, Math.round(etaMs)));
}
/**
 * When everything should be done at the rate of the last interval, in ms from `now.at`; null
 * when the last interval made no progress (nothing to estimate from) or nothing remains.
 */
function estimateRemainingMs(previous, now) {
    if (!previous || now.done <= previous.done || now.done >= now.total)
        return null;
    const msPerUnit = (now.at - previous.at) / (now.done - previous.done);
    return (now.total - now.done) * msPerUnit;
}
/**
 * How long the round at the bound may take: its requests are cut off after this, so a hung
 * request cannot hold the run past the bound by more than a tenth of it (10 s at most).
 */
function finalRoundMs(boundMs) {
    return Math.min(10_000, Math.max(250, boundMs / 10));
}
/**
 * The run's cancel signal and a deadline (the bound, or finalRoundMs for the round at the bound)
 * in one signal. Real time: the deadline bounds requests on the wire, which only real time can.
 * Built from a controller the timer and the cancel listener hold, not from
 * AbortSignal.any([signal, AbortSignal.timeout(ms)]): that composite holds its sources weakly,
 * so after a garbage collection the timeout signal is gone and the composite never aborts (Node
 * 20; seen as a hung request holding a 30 s bound for ten minutes of SDK retries).
 */
function roundDeadline(signal, timeoutMs) {
    const controller = new AbortController();
    const cancel = () => controller.abort(signal?.reason);
    if (signal?.aborted) {
        cancel();
        return { signal: controller.signal, end() { } };
    }
    const timer = setTimeout(() => controller.abort(new DOMException('the wait round reached its deadline', 'TimeoutError')), Math.max(1, Math.ceil(timeoutMs)));
    // A hung request keeps the process alive by itself; the deadline alone need not.
    timer.unref();
    signal?.addEventListener('abort', cancel, { once: true });
    return {
        signal: controller.signal,
        end() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', cancel);
        }
    };
}


/***/ })

};
