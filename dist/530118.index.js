export const id = 530118;
export const ids = [530118];
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

/***/ 4887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/accounts/each.ts
var each = __webpack_require__(5215);
// EXTERNAL MODULE: ./src/accounts/targets.ts
var targets = __webpack_require__(7978);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/retry.ts
var aws_retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/install/discover.ts
var discover = __webpack_require__(2116);
// EXTERNAL MODULE: ./src/install/preflight.ts
var preflight = __webpack_require__(7248);
// EXTERNAL MODULE: ./src/check/advice.ts
var advice = __webpack_require__(6106);
;// CONCATENATED MODULE: ./src/check/classify.ts

const SYNCING_STATES = {
    INITIATING: 'DRS is setting up replication (replication server, staging disks)',
    INITIAL_SYNC: 'the first copy of the disks is being made',
    RESCAN: 'DRS is rescanning the disks (after a restart or an agent reinstall)',
    BACKLOG: 'replication is catching up on a backlog of writes',
    CREATING_SNAPSHOT: 'DRS is creating the first recovery snapshot'
};
const DAY_MS = 86400 * 1000;
function ageText(sinceIso, now) {
    const at = Date.parse(sinceIso);
    return Number.isNaN(at) ? '' : ` (${(0,advice/* formatDuration */.a3)((now - at) / 1000)} ago)`;
}
function facts(server) {
    const info = server.dataReplicationInfo;
    return {
        sourceServerId: server.sourceServerID ?? null,
        replicationState: info?.dataReplicationState ?? null,
        lagSeconds: (0,advice/* parseDurationSeconds */.lW)(info?.lagDuration),
        lastSeenAt: server.lifeCycle?.lastSeenByServiceDateTime ?? null,
        lastDrillAt: server.lifeCycle?.lastLaunch?.initiated?.apiCallDateTime ?? null
    };
}
function stalledMessage(server, state) {
    const error = server.dataReplicationInfo?.dataReplicationError;
    const code = error?.error;
    const detail = [code, error?.rawError].filter(Boolean).join(': ');
    const head = state === 'STALLED' ? 'replication is STALLED' : `replication (${state}) reports an error`;
    return `${head}${detail ? ` (${detail})` : ''}: ${(0,advice/* replicationErrorAdvice */.x2)(code)}`;
}
/** null when the drill is recent enough (or not checked); else why it is overdue. */
function drillOverdue(server, policy, now) {
    if (policy.maxDrillAgeDays === null)
        return null;
    const initiated = server.lifeCycle?.lastLaunch?.initiated;
    const limit = `max-drill-age-days ${policy.maxDrillAgeDays}`;
    const action = 'run a drill (DRS console: Initiate drill, or the drill action)';
    const at = initiated?.apiCallDateTime ? Date.parse(initiated.apiCallDateTime) : NaN;
    if (!initiated?.apiCallDateTime || Number.isNaN(at)) {
        return `no drill or recovery launch on record (${limit}): ${action}`;
    }
    const what = `the last launch (${initiated.type ?? 'launch'} at ${initiated.apiCallDateTime})`;
    if (server.lastLaunchResult !== 'SUCCEEDED') {
        return `${what} did not succeed (lastLaunchResult ${server.lastLaunchResult ?? 'unknown'}): fix the launch settings and ${action}`;
    }
    if (now - at > policy.maxDrillAgeDays * DAY_MS) {
        return `${what} is ${(0,advice/* formatDuration */.a3)((now - at) / 1000)} old, above ${limit}: ${action}`;
    }
    return null;
}
function classifyServer(server, policy, now) {
    const base = facts(server);
    const state = base.replicationState ?? 'UNKNOWN';
    const verdict = (status, message) => ({
        ...base,
        status,
        message
    });
    if (state === 'STALLED' || server.dataReplicationInfo?.dataReplicationError?.error) {
        return verdict('stalled', stalledMessage(server, state));
    }
    if (state === 'DISCONNECTED') {
        const seen = base.lastSeenAt
            ? `DRS last saw the agent at ${base.lastSeenAt}${ageText(base.lastSeenAt, now)}`
            : 'DRS has no last-seen time for the agent';
        return verdict('disconnected', `the agent is DISCONNECTED; ${seen}: check the instance runs and its aws-replication service reaches the DRS endpoint in ${policy.targetRegion} on TCP 443, or reinstall the agent`);
    }
    if (state === 'STOPPED') {
        return verdict('stopped', 'replication is STOPPED: start data replication for this source server (DRS console), or disconnect and delete it if the server no longer needs protection');
    }
    if (state === 'PAUSED') {
        return verdict('stopped', 'replication is PAUSED: resume data replication for this source server (DRS console)');
    }
    if (SYNCING_STATES[state]) {
        const eta = server.dataReplicationInfo?.etaDateTime;
        return verdict('syncing', `${state}: ${SYNCING_STATES[state]}${eta ? `; DRS expects it to finish at ${eta}` : ''}; nothing to do, check again later`);
    }
    if (state !== 'CONTINUOUS') {
        return verdict('stalled', `replication state ${state} is not one this check knows: open the source server in the DRS console`);
    }
    const lagText = base.lagSeconds === null ? 'lag not reported' : `lag ${(0,advice/* formatDuration */.a3)(base.lagSeconds)}`;
    if (base.lagSeconds !== null && base.lagSeconds > policy.maxLagMinutes * 60) {
        return verdict('lagging', `CONTINUOUS but ${lagText}, above max-lag-minutes ${policy.maxLagMinutes}: check the bandwidth between the source and the staging subnet, bandwidth throttling in the replication settings, and the replication server's size`);
    }
    const overdue = drillOverdue(server, policy, now);
    if (overdue)
        return verdict('drill-overdue', `CONTINUOUS, ${lagText}; ${overdue}`);
    const drill = base.lastDrillAt ? `; last launch ${base.lastDrillAt}` : '';
    return verdict('protected', `CONTINUOUS, ${lagText}${drill}`);
}
function orphanReason(origin) {
    const cleanUp = 'disconnect the source server and delete it in DRS (it is billed while it exists), or archive it';
    switch (origin?.kind) {
        case 'gone':
            return `its instance no longer exists in EC2 (terminated): ${cleanUp}`;
        case 'state':
            if (origin.state === 'terminated' || origin.state === 'shutting-down') {
                return `its instance is ${origin.state}: ${cleanUp}`;
            }
            return `its instance is ${origin.state}, not running: start it if it still needs protection, else ${cleanUp}`;
        case 'untagged':
            return `its instance runs but no longer matches tag-filters (${origin.mismatch}): tag it again if it still needs protection, else ${cleanUp}`;
        case 'duplicate':
            return `a second source server for the same instance (the one reported is ${origin.preferredServerId ?? 'another'}): ${cleanUp}`;
        case 'unknown':
            return `its instance is not among the running matches, and looking it up failed (${origin.reason})`;
        default:
            return `its instance is not found running with the filters: ${cleanUp}`;
    }
}
/**
 * The contract's status for one row (first that applies: unprotected, stalled, disconnected,
 * stopped, syncing, lagging, drill-overdue, protected; orphaned for a server without a running
 * matching instance). `now` is epoch milliseconds.
 */
function classify(input, policy, now) {
    const { instance, server } = input;
    if (instance && !server) {
        return {
            status: 'unprotected',
            sourceServerId: null,
            replicationState: null,
            lagSeconds: null,
            lastSeenAt: null,
            lastDrillAt: null,
            message: `no DRS source server in ${policy.targetRegion}: install the agent (the drs-orchestration action with this instance in its filters)`
        };
    }
    if (!server)
        throw new Error('classify needs an instance, a source server, or both');
    if (instance)
        return classifyServer(server, policy, now);
    const state = server.dataReplicationInfo?.dataReplicationState ?? 'unknown';
    return {
        ...facts(server),
        status: 'orphaned',
        message: `source server ${server.sourceServerID ?? '?'} (${state}) is orphaned: ${orphanReason(input.origin)}`
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
;// CONCATENATED MODULE: ./src/check/orphans.ts
// What EC2 says about the instances of source servers that were not among the running matches:
// one DescribeInstances per 200 ids per source region (EC2's cap on one filter's values).



/** Which tag filter a running instance fails, e.g. `dr:enabled is "false", not "true"`. */
function tagMismatch(instance, tagFilters) {
    const tags = new Map((instance.Tags ?? []).map(tag => [tag.Key ?? '', tag.Value ?? '']));
    const misses = tagFilters.flatMap(filter => {
        const value = tags.get(filter.key);
        if (value === filter.value)
            return [];
        return value === undefined
            ? [`no tag ${filter.key}`]
            : [`${filter.key} is "${value}", not "${filter.value}"`];
    });
    return misses.join('; ') || 'the tags changed while the check ran';
}
function originOf(instance, tagFilters) {
    if (!instance)
        return { kind: 'gone' };
    const state = instance.State?.Name ?? 'unknown';
    if (state !== 'running')
        return { kind: 'state', state };
    return { kind: 'untagged', mismatch: tagMismatch(instance, tagFilters) };
}
/** Looks the ids up in one region, batched; ids EC2 does not return are gone (terminated). */
async function lookUpOrigins(ec2, instanceIds, tagFilters) {
    const found = new Map();
    for (const ids of (0,concurrency/* chunk */.iv)(instanceIds, discover/* EC2_FILTER_VALUES_MAX */.e9)) {
        // The filter form, not InstanceIds: an id EC2 no longer knows would fail the whole call.
        const pages = (0,dist_cjs/* paginateDescribeInstances */.H0T)({ client: ec2, pageSize: discover/* EC2_PAGE_SIZE */.Jr }, { Filters: [{ Name: 'instance-id', Values: ids }], MaxResults: discover/* EC2_PAGE_SIZE */.Jr });
        for await (const page of pages) {
            for (const reservation of page.Reservations ?? []) {
                for (const instance of reservation.Instances ?? []) {
                    if (instance.InstanceId)
                        found.set(instance.InstanceId, instance);
                }
            }
        }
    }
    return new Map(instanceIds.map(id => {
        const instance = found.get(id);
        const name = instance?.Tags?.find(tag => tag.Key === 'Name')?.Value ?? null;
        return [id, { origin: originOf(instance, tagFilters), name }];
    }));
}

// EXTERNAL MODULE: ./src/check/rows.ts
var check_rows = __webpack_require__(1931);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-drs/dist-cjs/index.js
var client_drs_dist_cjs = __webpack_require__(4722);
// EXTERNAL MODULE: ./src/aws/drs-servers.ts
var drs_servers = __webpack_require__(6519);
;// CONCATENATED MODULE: ./src/check/servers.ts
// The DRS side of the check: every active source server of the target region, matched to EC2
// instance ids. Unlike sourceServersByInstance (which keeps one server per instance), the check
// keeps every server: a duplicate, or one whose instance is gone, is billed all the same.


function isArchived(server) {
    // Newer than this SDK's types, but the deserializer passes the field through.
    return server.isArchived === true;
}
function instanceIdOf(server) {
    return server.sourceProperties?.identificationHints?.awsInstanceID ?? null;
}
/** Every source server of the client's region that is not archived, in DRS's order. */
async function listActiveSourceServers(drs) {
    const servers = [];
    const pages = (0,client_drs_dist_cjs.paginateDescribeSourceServers)({ client: drs, pageSize: drs_servers/* DRS_PAGE_SIZE */.m3 }, { filters: {}, maxResults: drs_servers/* DRS_PAGE_SIZE */.m3 });
    for await (const page of pages) {
        for (const server of page.items ?? [])
            if (!isArchived(server))
                servers.push(server);
    }
    return servers;
}
/** Groups EC2-sourced servers by instance id; servers without one (not from EC2) are left out. */
function indexByInstance(servers) {
    const preferred = new Map();
    const all = new Map();
    for (const server of servers) {
        const instanceId = instanceIdOf(server);
        if (!instanceId)
            continue;
        const known = preferred.get(instanceId);
        preferred.set(instanceId, known ? (0,drs_servers/* preferredServer */.JC)(known, server) : server);
        all.set(instanceId, [...(all.get(instanceId) ?? []), server]);
    }
    return { preferred, all };
}
/**
 * The source region a server replicates from, when it is one of ours: its origin region must be a
 * source region and its origin account (when DRS names one) this account. A server replicating
 * another account's instance (a staging-account setup) cannot be looked up with these credentials.
 */
function originRegionOf(server, accountId, sourceRegions) {
    const origin = server.sourceCloudProperties;
    if (origin?.originAccountID && origin.originAccountID !== accountId)
        return null;
    const region = origin?.originRegion;
    return region && sourceRegions.includes(region) ? region : null;
}

;// CONCATENATED MODULE: ./src/check/account.ts







/** The install's discovery reads only the filters and the account of its settings. */
function discoveryView(settings) {
    return settings;
}
function policyOf(settings) {
    return {
        targetRegion: settings.targetRegion,
        maxLagMinutes: settings.maxLagMinutes,
        maxDrillAgeDays: settings.maxDrillAgeDays
    };
}
function instanceRows(settings, region, instance, index, now) {
    const base = {
        accountId: settings.accountId,
        region,
        instanceId: instance.instanceId,
        name: instance.name
    };
    if (instance.state !== 'running') {
        // Only instance-ids can name one: the tag listing asks EC2 for running instances.
        const message = `instance is ${instance.state}, not running: start it, or remove it from instance-ids`;
        return [(0,check_rows/* makeCheckRow */.Jx)({ ...base, status: 'failed', message })];
    }
    const preferred = index.preferred.get(instance.instanceId) ?? null;
    const rows = [
        (0,check_rows/* makeCheckRow */.Jx)({ ...base, ...classify({ instance, server: preferred }, policyOf(settings), now) })
    ];
    for (const server of index.all.get(instance.instanceId) ?? []) {
        if (server === preferred)
            continue;
        const origin = {
            kind: 'duplicate',
            preferredServerId: preferred?.sourceServerID ?? null
        };
        rows.push((0,check_rows/* makeCheckRow */.Jx)({
            ...base,
            ...classify({ instance: null, server, origin }, policyOf(settings), now)
        }));
    }
    return rows;
}
async function checkRegion(settings, clients, region, index, now) {
    try {
        const instances = await (0,discover/* describeInstances */.cf)(clients.ec2(region), discoveryView(settings));
        return {
            region,
            rows: instances.flatMap(instance => instanceRows(settings, region, instance, index, now)),
            foundIds: instances.map(instance => instance.instanceId),
            runningIds: instances.filter(i => i.state === 'running').map(i => i.instanceId),
            failed: false
        };
    }
    catch (error) {
        const message = (0,preflight/* regionFailureMessage */.SE)('ec2:DescribeInstances', region, error);
        return {
            region,
            rows: [(0,check_rows/* makeCheckRow */.Jx)({ accountId: settings.accountId, region, status: 'failed', message })],
            foundIds: [],
            runningIds: [],
            failed: true
        };
    }
}
/** Servers of instances not among the running matches, by the source region they come from. */
function orphanCandidates(settings, servers, running, checkedRegions) {
    const byRegion = new Map();
    for (const server of servers) {
        const instanceId = instanceIdOf(server);
        if (!instanceId || running.has(instanceId))
            continue;
        const region = originRegionOf(server, settings.accountId, checkedRegions);
        if (region)
            byRegion.set(region, [...(byRegion.get(region) ?? []), server]);
    }
    return byRegion;
}
async function orphanRows(settings, clients, region, servers, now) {
    const ids = [...new Set(servers.map(server => instanceIdOf(server) ?? ''))];
    let origins;
    try {
        origins = await lookUpOrigins(clients.ec2(region), ids, settings.tagFilters);
    }
    catch (error) {
        const origin = {
            kind: 'unknown',
            reason: (0,preflight/* regionFailureMessage */.SE)('ec2:DescribeInstances', region, error)
        };
        origins = new Map(ids.map(id => [id, { origin, name: null }]));
    }
    return servers.map(server => {
        const instanceId = instanceIdOf(server) ?? '';
        const found = origins.get(instanceId);
        return (0,check_rows/* makeCheckRow */.Jx)({
            accountId: settings.accountId,
            region,
            instanceId,
            name: found?.name ?? null,
            ...classify({ instance: null, server, origin: found?.origin }, policyOf(settings), now)
        });
    });
}
function drsFailureMessage(error, targetRegion) {
    if ((0,shared_port/* errorCode */.CA)(error) === 'UninitializedAccountException') {
        return new preflight/* DrsNotInitialisedError */.io(targetRegion).message;
    }
    return (0,preflight/* regionFailureMessage */.SE)('drs:DescribeSourceServers', targetRegion, error);
}
function regionLine(result) {
    if (result.failed)
        return `${result.region}: ${result.rows[0]?.message ?? 'failed'}`;
    return `${result.region}: ${result.runningIds.length} running matching instance(s)`;
}
/** Checks one account with its clients; never rejects for AWS errors (they become failed rows). */
async function checkAccount(settings, clients, port, now) {
    let servers;
    try {
        servers = await listActiveSourceServers(clients.drs(settings.targetRegion));
    }
    catch (error) {
        const message = drsFailureMessage(error, settings.targetRegion);
        return {
            rows: (0,check_rows/* accountFailureRows */.bO)(settings.accountId, settings.sourceRegions, message),
            fatal: message
        };
    }
    port.debug(`${servers.length} active DRS source server(s) in ${settings.targetRegion}`);
    const index = indexByInstance(servers);
    const regions = await Promise.all(settings.sourceRegions.map(region => checkRegion(settings, clients, region, index, now)));
    for (const result of regions) {
        if (result.failed)
            port.warning(regionLine(result));
        else
            port.info(regionLine(result));
    }
    const rows = regions.flatMap(result => result.rows);
    const checked = regions.filter(result => !result.failed).map(result => result.region);
    if (settings.instanceIds.length > 0) {
        const found = new Set(regions.flatMap(result => result.foundIds));
        const failedRegions = regions.filter(result => result.failed).map(result => result.region);
        for (const row of (0,discover/* unknownIdRows */.HB)(discoveryView(settings), found, checked, failedRegions)) {
            rows.push((0,check_rows/* makeCheckRow */.Jx)({ ...row, status: 'failed' }));
        }
    }
    else {
        const running = new Set(regions.flatMap(result => result.runningIds));
        const candidates = orphanCandidates(settings, servers, running, checked);
        const orphans = await Promise.all([...candidates].map(([region, list]) => orphanRows(settings, clients, region, list, now)));
        rows.push(...orphans.flat());
    }
    return { rows: (0,check_rows/* sortCheckRows */.Cf)(rows), fatal: null };
}

;// CONCATENATED MODULE: ./src/check/run.ts







async function runCheck(settings, port, options) {
    const clock = options.clock ?? shared_port/* systemClock */.ml;
    const retry = (0,aws_retry/* retrySettingsFromEnv */.LQ)(options.env);
    const many = (0,targets/* isManyAccountRun */.cU)(settings);
    if (settings.duplicateAccounts.length > 0) {
        port.info(`accounts lists ${settings.duplicateAccounts.join(', ')} more than once: each is checked once.`);
    }
    const run = await (0,each/* forEachAccount */.a)(settings, port, {
        stsRegion: settings.targetRegion,
        ...retry,
        userAgent: options.userAgent,
        concurrency: settings.accountConcurrency,
        clock,
        ambient: options.ambient
    }, {
        failed: (target, message) => ({
            rows: (0,check_rows/* accountFailureRows */.bO)(target.accountId, settings.sourceRegions, message),
            fatal: message
        }),
        run: account => checkAccount((0,targets/* settingsForAccount */.Wb)(settings, account.target), account.clients, account.port, clock.now())
    });
    const rows = (0,check_rows/* sortCheckRows */.Cf)(run.results.flatMap(result => result.rows));
    const fatal = run.centralFailure ?? (many ? null : (run.results[0]?.fatal ?? null));
    const topicArn = settings.notifyTopicArn;
    if (topicArn && run.centralFailure === null && run.assumed > 0) {
        // With role-arn the target role publishes, as in the first release.
        const credentials = many
            ? (0,each/* topicCredentials */.M)(topicArn, settings.targets, run.sessions)
            : run.sessions.forAccount(settings.targets[0]).provider;
        // Undefined credentials: the SDK's default chain (no central hop, no ambient override).
        const clients = new aws_clients/* AwsClients */.cE({
            credentials: credentials,
            ...retry,
            userAgent: options.userAgent
        });
        try {
            const [{ publishCheckNotification }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(706147), __webpack_require__.e(779862)]).then(__webpack_require__.bind(__webpack_require__, 443)),
                (0,aws_clients/* loadSnsClient */.Y2)()
            ]);
            await publishCheckNotification(settings, clients, rows, options.runUrl, port);
        }
        finally {
            clients.destroy();
        }
    }
    return { rows, fatal, accountCount: settings.targets.length };
}


/***/ })

};
