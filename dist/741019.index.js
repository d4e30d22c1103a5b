export const id = 741019;
export const ids = [741019];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ loadSnsClient),
/* harmony export */   cE: () => (/* binding */ AwsClients)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4722);
/* harmony import */ var _aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4736);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1373);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);
// One client per service per region, all built from the target-role credential provider. Endpoints
// are left to the SDK, so AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> keep working.
//
// Loaded on demand by the engine (src/install/fleet.ts), in parallel with the STS calls: the EC2, SSM and
// DRS clients are most of the bundle, and the credential chain does not need them.





let snsClientClass;
/**
 * Loads the SNS client, which only a run with notify-topic-arn needs; call it before
 * AwsClients.sns().
 */
async function loadSnsClient() {
    snsClientClass ??= (await __webpack_require__.e(/* import() */ 706147).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19))).SNSClient;
}
class AwsClients {
    settings;
    cache = new Map();
    constructor(settings) {
        this.settings = settings;
    }
    ec2(region) {
        return this.get('ec2', region, () => new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .EC2Client */ .gu5(this.config(region)));
    }
    ssm(region) {
        return this.get('ssm', region, () => new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__/* .SSMClient */ .jBj(this.config(region)));
    }
    drs(region) {
        // The DRS client comes from an older SDK line (see README): its config types differ slightly.
        return this.get('drs', region, () => new _aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_4__.DrsClient(this.config(region)));
    }
    /** Needs loadSnsClient() first. */
    sns(region) {
        const Sns = snsClientClass;
        if (!Sns)
            throw new Error('AwsClients.sns() needs loadSnsClient() first');
        return this.get('sns', region, () => new Sns(this.config(region)));
    }
    destroy() {
        for (const client of this.cache.values())
            client.destroy();
        this.cache.clear();
    }
    config(region) {
        return {
            region,
            credentials: this.settings.credentials,
            retryMode: this.settings.retryMode,
            maxAttempts: this.settings.maxAttempts,
            customUserAgent: this.settings.userAgent,
            // Fresh agents per client: its destroy() destroys them.
            requestHandler: (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .requestHandlerSettings */ .rI)()
        };
    }
    get(service, region, create) {
        const key = `${service}/${region}`;
        let client = this.cache.get(key);
        if (!client) {
            client = create();
            this.cache.set(key, client);
        }
        return client;
    }
}


/***/ }),

/***/ 6519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ isArchived),
/* harmony export */   Gn: () => (/* binding */ sourceServersByInstance),
/* harmony export */   JC: () => (/* binding */ preferredServer),
/* harmony export */   m3: () => (/* binding */ DRS_PAGE_SIZE)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4722);
/* harmony import */ var _aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_0__);
// The one way the action reads DRS source servers: every page, by EC2 instance id, with the same
// rules for archived and duplicate servers in discovery and in the wait.

const DRS_PAGE_SIZE = 1000;
function isArchived(server) {
    // Newer than this SDK's types, but the deserializer passes the field through.
    return server.isArchived === true;
}
const lastSeen = (server) => server.lifeCycle?.lastSeenByServiceDateTime ?? '';
const disconnected = (server) => server.dataReplicationInfo?.dataReplicationState === 'DISCONNECTED';
/** An instance re-registered after a disconnect can have two servers: a connected one wins, then the one seen last. */
function preferredServer(a, b) {
    if (disconnected(a) !== disconnected(b))
        return disconnected(a) ? b : a;
    return lastSeen(b) > lastSeen(a) ? b : a;
}
/**
 * Active (not archived) source servers of the client's region, keyed by EC2 instance id. With
 * `only`, servers of other instances are dropped page by page instead of kept to the end (the
 * wait asks about the few instances still open, not the thousands already installed).
 */
async function sourceServersByInstance(drs, signal, only, 
/** Sees every server listed, archived and on-premises ones included (the quota count). */
observe) {
    const byInstance = new Map();
    // DRS documents no default page size; 1,000 (the largest any version of the API model allowed)
    // keeps a 5,000-server listing to 5 calls per wait round.
    const pages = (0,_aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_0__.paginateDescribeSourceServers)({ client: drs, pageSize: DRS_PAGE_SIZE }, { filters: {}, maxResults: DRS_PAGE_SIZE }, signal ? { abortSignal: signal } : undefined);
    for await (const page of pages) {
        for (const server of page.items ?? []) {
            observe?.(server);
            const instanceId = server.sourceProperties?.identificationHints?.awsInstanceID;
            if (!instanceId || isArchived(server) || (only && !only.has(instanceId)))
                continue;
            const known = byInstance.get(instanceId);
            byInstance.set(instanceId, known ? preferredServer(known, server) : server);
        }
    }
    return byInstance;
}


/***/ }),

/***/ 2116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unknownIdRows),
/* harmony export */   Jr: () => (/* binding */ EC2_PAGE_SIZE),
/* harmony export */   KV: () => (/* binding */ discoverFleet),
/* harmony export */   cf: () => (/* binding */ describeInstances),
/* harmony export */   e9: () => (/* binding */ EC2_FILTER_VALUES_MAX),
/* harmony export */   ln: () => (/* binding */ describeSsmStatus),
/* harmony export */   zz: () => (/* binding */ instanceFilterSets)
/* harmony export */ });
/* unused harmony exports SSM_PAGE_SIZE, toEc2Instance, DiscoveryCancelled, toSsmStatus, discoverRegion */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4736);
/* harmony import */ var _shared_concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(438);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7370);
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(580);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7248);
// Fleet discovery: DRS source servers in the target region, EC2 instances by tag or id in every
// source region, and their SSM readiness, turned into send candidates plus the rows already decided.






/** EC2 caps the values of one filter at 200. */
const EC2_FILTER_VALUES_MAX = 200;
const EC2_PAGE_SIZE = 1000;
/** DescribeInstanceInformation pages hold at most 50; one InstanceIds filter chunk fills one page. */
const SSM_PAGE_SIZE = 50;
/** One Filters list per DescribeInstances listing (instance ids are split at EC2's 200-value cap). */
function instanceFilterSets(settings) {
    if (settings.instanceIds.length > 0) {
        // The filter form, not InstanceIds: an unknown id in InstanceIds fails the whole call.
        return (0,_shared_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .iv)(settings.instanceIds, EC2_FILTER_VALUES_MAX).map(ids => [
            { Name: 'instance-id', Values: ids }
        ]);
    }
    return [
        [
            ...settings.tagFilters.map(tag => ({ Name: `tag:${tag.key}`, Values: [tag.value] })),
            { Name: 'instance-state-name', Values: ['running'] }
        ]
    ];
}
/** `waveTag`: also carry that tag's value (the staged roll-out's wave-tag). */
function toEc2Instance(instance, waveTag = null) {
    if (!instance.InstanceId)
        return null;
    return {
        instanceId: instance.InstanceId,
        name: instance.Tags?.find(tag => tag.Key === 'Name')?.Value ?? null,
        platformDetails: instance.PlatformDetails ?? null,
        instanceProfileArn: instance.IamInstanceProfile?.Arn ?? null,
        state: instance.State?.Name ?? 'unknown',
        ...(waveTag === null
            ? {}
            : { waveTagValue: instance.Tags?.find(tag => tag.Key === waveTag)?.Value ?? null })
    };
}
/** Thrown before a call once the run's cancel signal aborted: discovery makes no further call. */
class DiscoveryCancelled extends Error {
    constructor() {
        super('cancelled');
        this.name = 'DiscoveryCancelled';
    }
}
function checkNotCancelled(signal) {
    if (signal?.aborted)
        throw new DiscoveryCancelled();
}
async function describeInstances(ec2, settings, signal) {
    const byId = new Map();
    for (const Filters of instanceFilterSets(settings)) {
        checkNotCancelled(signal);
        const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .paginateDescribeInstances */ .H0T)({ client: ec2, pageSize: EC2_PAGE_SIZE }, { Filters, MaxResults: EC2_PAGE_SIZE });
        for await (const page of pages) {
            for (const reservation of page.Reservations ?? []) {
                for (const raw of reservation.Instances ?? []) {
                    const instance = toEc2Instance(raw, settings.waveTag);
                    if (instance)
                        byId.set(instance.instanceId, instance);
                }
            }
            // Before the next page's call; a complete answer is kept.
            if (page.NextToken)
                checkNotCancelled(signal);
        }
    }
    return [...byId.values()];
}
/**
 * SSM status of the given instances. Filtered chunks cost ceil(n/50) calls; an unfiltered listing
 * costs ceil(m/50) for the m managed nodes of the region, which is never fewer unless most of the
 * candidates are unmanaged (unknowable before listing), so filtered chunks it is.
 */
async function describeSsmStatus(ssm, instanceIds, signal) {
    const byId = new Map();
    for (const ids of (0,_shared_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .iv)(instanceIds, SSM_PAGE_SIZE)) {
        checkNotCancelled(signal);
        const pages = (0,_aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeInstanceInformation */ .KKC)({ client: ssm, pageSize: SSM_PAGE_SIZE }, { Filters: [{ Key: 'InstanceIds', Values: ids }], MaxResults: SSM_PAGE_SIZE });
        for await (const page of pages) {
            for (const info of page.InstanceInformationList ?? []) {
                if (info.InstanceId)
                    byId.set(info.InstanceId, toSsmStatus(info));
            }
            // Before the next page's call; a complete answer is kept.
            if (page.NextToken)
                checkNotCancelled(signal);
        }
    }
    return byId;
}
function toSsmStatus(info) {
    return {
        pingStatus: info.PingStatus ?? null,
        platformType: info.PlatformType ?? null,
        lastPingDateTime: info.LastPingDateTime ?? null
    };
}
class StepError extends Error {
    api;
    error;
    constructor(api, error) {
        super((0,_shared_port_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
        this.api = api;
        this.error = error;
    }
}
async function step(api, run) {
    try {
        return await run();
    }
    catch (error) {
        throw error instanceof DiscoveryCancelled ? error : new StepError(api, error);
    }
}
/** One source region; never rejects: a failure becomes the region's single failed row. */
async function discoverRegion(settings, clients, region, registrations, signal) {
    const foundIds = [];
    try {
        const instances = await step('ec2:DescribeInstances', () => describeInstances(clients.ec2(region), settings, signal));
        foundIds.push(...instances.map(instance => instance.instanceId));
        const rows = [];
        const needSsm = [];
        for (const instance of instances) {
            const row = (0,_preflight_js__WEBPACK_IMPORTED_MODULE_1__/* .decideBeforeSsm */ .rQ)(settings, region, instance, registrations.get(instance.instanceId));
            if (row)
                rows.push(row);
            else
                needSsm.push(instance);
        }
        const ssm = needSsm.length === 0
            ? new Map()
            : await step('ssm:DescribeInstanceInformation', () => describeSsmStatus(clients.ssm(region), needSsm.map(instance => instance.instanceId), signal));
        const candidates = [];
        for (const instance of needSsm) {
            const decision = (0,_preflight_js__WEBPACK_IMPORTED_MODULE_1__/* .decideAfterSsm */ .QM)(settings, region, instance, ssm.get(instance.instanceId));
            if ((0,_preflight_js__WEBPACK_IMPORTED_MODULE_1__/* .isCandidate */ .qn)(decision))
                candidates.push(decision);
            else
                rows.push(decision);
        }
        return { region, candidates, rows, foundIds, failed: false };
    }
    catch (error) {
        const message = error instanceof DiscoveryCancelled
            ? `not searched: the run was cancelled before discovery in ${region} ended; nothing was sent there`
            : error instanceof StepError
                ? (0,_preflight_js__WEBPACK_IMPORTED_MODULE_1__/* .regionFailureMessage */ .SE)(error.api, region, error.error)
                : `discovery failed in ${region}: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
        return {
            region,
            candidates: [],
            rows: [(0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .regionFailureRow */ .bM)(settings.accountId, region, message)],
            foundIds,
            failed: true
        };
    }
}
/** One failed row (region null) per instance-ids id that no region returned. */
function unknownIdRows(settings, found, searched, failedRegions) {
    const searchedText = searched.length > 0 ? searched.join(', ') : 'no region';
    const unsearched = failedRegions.length > 0
        ? `; ${failedRegions.join(', ')} could not be searched (see the region's row)`
        : '';
    return settings.instanceIds
        .filter(id => !found.has(id))
        .map(id => (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .makeRow */ .xG)({
        accountId: settings.accountId,
        region: null,
        instanceId: id,
        status: 'failed',
        message: `instance not found in ${searchedText}${unsearched}: check the id and source-regions`
    }));
}
function summarise(result) {
    if (result.failed)
        return `${result.region}: discovery failed (${result.rows[0]?.message ?? ''})`;
    const counts = new Map();
    for (const row of result.rows)
        counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    const parts = [
        `${result.foundIds.length} instance(s) found`,
        `${result.candidates.length} eligible`
    ];
    for (const [status, count] of [...counts].sort())
        parts.push(`${count} ${status}`);
    return `${result.region}: ${parts.join(', ')}`;
}
function compareText(a, b) {
    return a === b ? 0 : a < b ? -1 : 1;
}
async function discoverFleet(settings, clients, port, options = {}) {
    const { signal, onRegion } = options;
    // Before any EC2 or SSM call, so an uninitialised DRS stops the run at once (dry-run too).
    const { registrations, replicating } = await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_1__/* .listTargetServers */ .Er)(clients.drs(settings.targetRegion), settings.targetRegion, settings.skipRegistered);
    port.debug(`${registrations.size} DRS source server(s) in ${settings.targetRegion} with an EC2 instance id`);
    const results = await Promise.all(settings.sourceRegions.map(async (region) => {
        const result = await discoverRegion(settings, clients, region, registrations, signal);
        if (result.failed)
            port.warning(summarise(result));
        else
            port.info(summarise(result));
        onRegion?.(result);
        return result;
    }));
    const rows = results.flatMap(result => result.rows);
    if (settings.instanceIds.length > 0) {
        const found = new Set(results.flatMap(result => result.foundIds));
        const searched = results.filter(result => !result.failed).map(result => result.region);
        const failed = results.filter(result => result.failed).map(result => result.region);
        rows.push(...unknownIdRows(settings, found, searched, failed));
    }
    const candidates = results
        .flatMap(result => result.candidates)
        .sort((a, b) => compareText(a.region, b.region) || compareText(a.instanceId, b.instanceId));
    return { candidates, rows: (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .sortRows */ .sN)(rows), replicating };
}


/***/ }),

/***/ 7248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ listTargetServers),
/* harmony export */   JR: () => (/* binding */ hintFor),
/* harmony export */   QM: () => (/* binding */ decideAfterSsm),
/* harmony export */   SE: () => (/* binding */ regionFailureMessage),
/* harmony export */   ae: () => (/* binding */ RunFailure),
/* harmony export */   io: () => (/* binding */ DrsNotInitialisedError),
/* harmony export */   qn: () => (/* binding */ isCandidate),
/* harmony export */   rQ: () => (/* binding */ decideBeforeSsm)
/* harmony export */ });
/* unused harmony exports registrationOf, countsAsReplicating, loadRegistrations */
/* harmony import */ var _aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4722);
/* harmony import */ var _aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _aws_drs_servers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6519);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(580);
// Preflight: the DRS check that opens every run, and what DRS, EC2 and SSM said about one instance,
// decided into a final row or a send candidate (pure functions, in the contract's precedence:
// not-running id > skipped-registered > skipped-unmanaged > no instance profile > candidate), and
// the hint for a call that failed, by the kind of failure.





const AGENT_PROFILE_HINT = 'attach an IAM instance profile whose role has AWSElasticDisasterRecoveryEc2InstancePolicy ' +
    '(the DRS agent) and AmazonSSMManagedInstanceCore (SSM)';
function replicationNote(server) {
    const info = server.dataReplicationInfo;
    const state = info?.dataReplicationState;
    const error = info?.dataReplicationError?.error;
    const lastSeen = server.lifeCycle?.lastSeenByServiceDateTime;
    if (state === 'STALLED') {
        return (`replication is STALLED${error ? ` (${error})` : ''}: check the source server in the DRS ` +
            'console (staging-area network, replication server, agent connectivity on TCP 1500)');
    }
    if (state === 'DISCONNECTED') {
        return (`the source server is DISCONNECTED${lastSeen ? ` (agent last seen ${lastSeen})` : ''}: ` +
            'reconnect the agent, or run with skip-registered: false to reinstall it');
    }
    return null;
}
function registrationOf(server) {
    return {
        sourceServerId: server.sourceServerID ?? null,
        replicationState: server.dataReplicationInfo?.dataReplicationState ?? null,
        note: replicationNote(server)
    };
}
/**
 * The rows decided before SSM is asked (precedence: not-running id > skipped-registered), or null
 * when the instance still needs its SSM status.
 */
function decideBeforeSsm(settings, region, instance, registration) {
    const base = {
        accountId: settings.accountId,
        region,
        instanceId: instance.instanceId,
        name: instance.name,
        platform: instance.platformDetails
    };
    if (instance.state !== 'running') {
        return (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .makeRow */ .xG)({
            ...base,
            status: 'failed',
            message: `instance is ${instance.state}, not running: start it, or remove it from instance-ids`
        });
    }
    if (settings.skipRegistered && registration) {
        const state = registration.replicationState ?? 'unknown';
        return (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .makeRow */ .xG)({
            ...base,
            status: 'skipped-registered',
            sourceServerId: registration.sourceServerId,
            replicationState: registration.replicationState,
            message: `already a DRS source server in ${settings.targetRegion} (replication ${state})` +
                (registration.note ? `; ${registration.note}` : '')
        });
    }
    return null;
}
/** After SSM: skipped-unmanaged > no instance profile (failed) > candidate. */
function decideAfterSsm(settings, region, instance, ssm) {
    const candidate = {
        accountId: settings.accountId,
        region,
        instanceId: instance.instanceId,
        name: instance.name,
        platform: ssm?.platformType ?? instance.platformDetails
    };
    if (instance.waveTagValue !== undefined)
        candidate.waveTagValue = instance.waveTagValue;
    if (ssm?.pingStatus !== 'Online') {
        const message = ssm
            ? `SSM agent is ${ssm.pingStatus ?? 'in an unknown state'}` +
                (ssm.lastPingDateTime ? ` (last ping ${ssm.lastPingDateTime.toISOString()})` : '') +
                ': check the agent is running and the instance reaches the ssm, ssmmessages and ec2messages endpoints'
            : 'not registered with SSM: run the SSM agent, give the instance AmazonSSMManagedInstanceCore ' +
                '(or enable Default Host Management Configuration) and let it reach the SSM endpoints';
        return (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .makeRow */ .xG)({ ...candidate, status: 'skipped-unmanaged', message });
    }
    if (!instance.instanceProfileArn) {
        return (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .makeRow */ .xG)({
            ...candidate,
            status: 'failed',
            message: `no IAM instance profile: ${AGENT_PROFILE_HINT}`
        });
    }
    return candidate;
}
function isCandidate(decision) {
    return !('status' in decision);
}
/** A failure that stops the whole run; the engine reports one failed row per source region. */
class RunFailure extends Error {
    kind;
    constructor(kind, message, options) {
        super(message, options);
        this.kind = kind;
        this.name = 'RunFailure';
    }
}
class DrsNotInitialisedError extends RunFailure {
    targetRegion;
    constructor(targetRegion, options) {
        super('drs-not-initialised', `Elastic Disaster Recovery is not initialised in ${targetRegion} for this account: open the ` +
            `DRS console in ${targetRegion} and choose "Set default replication and launch settings" ` +
            '(this creates the default replication configuration template), then run again.', options);
        this.targetRegion = targetRegion;
        this.name = 'DrsNotInitialisedError';
    }
}
/** What to do about a failed call, by the kind of failure. */
function hintFor(error, api, region) {
    const service = api.split(':')[0];
    switch ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyAwsError */ .u3)(error)) {
        case 'access-denied':
            return `the target role needs ${api} in ${region} (check its policy, permission boundary and any SCP)`;
        case 'region-disabled':
            return (`${region} may not be enabled for this account (the credentials were not accepted there): ` +
                'enable it (Account settings) or remove it from the regions');
        case 'bad-credentials':
            return `the target role's session was not accepted in ${region}; run again, and check the runner's clock if it persists`;
        case 'throttled':
            return 'still throttled after the SDK retries; run again later or raise AWS_MAX_ATTEMPTS';
        case 'not-sent':
        case 'maybe-sent':
            return `the ${service} endpoint in ${region} could not be reached after retries (network, proxy or AWS_ENDPOINT_URL)`;
        case 'transient':
            return `the ${service} endpoint in ${region} kept failing after retries; run again later`;
        default:
            return 'see the error above';
    }
}
/** A region-wide failure message: the API, the error code, and what to do. */
function regionFailureMessage(api, region, error) {
    const code = (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
    return `${api} failed in ${region} (${code}: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); ${hintFor(error, api, region)}`;
}
function drsFailure(error, targetRegion) {
    if ((0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error) === 'UninitializedAccountException') {
        return new DrsNotInitialisedError(targetRegion, { cause: error });
    }
    return new RunFailure('drs-unavailable', `drs:DescribeSourceServers failed in ${targetRegion} (${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error)}: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); ` +
        `${hintFor(error, 'drs:DescribeSourceServers', targetRegion)}`, { cause: error });
}
/** Whether a listed server counts against DRS's replicating-server quota. */
function countsAsReplicating(server) {
    const state = server.dataReplicationInfo?.dataReplicationState;
    return !(0,_aws_drs_servers_js__WEBPACK_IMPORTED_MODULE_3__/* .isArchived */ .F$)(server) && state !== 'STOPPED' && state !== 'DISCONNECTED';
}
/**
 * DRS source servers in the target region, by EC2 instance id, and how many replicate. Always
 * called first: it doubles as the check that DRS is initialised. Without skip-registered one
 * single-item call is enough (and nothing is counted).
 */
async function listTargetServers(drs, targetRegion, listAll) {
    const registrations = new Map();
    let replicating = 0;
    try {
        if (!listAll) {
            await drs.send(new _aws_sdk_client_drs__WEBPACK_IMPORTED_MODULE_4__.DescribeSourceServersCommand({ filters: {}, maxResults: 1 }));
            return { registrations, replicating: null };
        }
        const servers = await (0,_aws_drs_servers_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceServersByInstance */ .Gn)(drs, undefined, undefined, server => {
            if (countsAsReplicating(server))
                replicating++;
        });
        for (const [instanceId, server] of servers) {
            registrations.set(instanceId, registrationOf(server));
        }
    }
    catch (error) {
        throw drsFailure(error, targetRegion);
    }
    return { registrations, replicating };
}
/** The registrations alone (see listTargetServers). */
async function loadRegistrations(drs, targetRegion, listAll) {
    return (await listTargetServers(drs, targetRegion, listAll)).registrations;
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ Pacer),
/* harmony export */   bB: () => (/* binding */ mapLimited),
/* harmony export */   iv: () => (/* binding */ chunk)
/* harmony export */ });
function chunk(items, size) {
    const chunks = [];
    for (let at = 0; at < items.length; at += size)
        chunks.push(items.slice(at, at + size));
    return chunks;
}
/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapLimited(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}
/** Fixed spacing between calls: the injected clock decides when each caller may go. */
class Pacer {
    clock;
    intervalMs;
    nextAt = Number.NEGATIVE_INFINITY;
    constructor(clock, intervalMs) {
        this.clock = clock;
        this.intervalMs = intervalMs;
    }
    /** Waits for this caller's slot; returns at once (slot kept) when `signal` aborts. */
    async take(signal) {
        const now = this.clock.now();
        // Reserve the slot before waiting, so concurrent callers queue rather than collide.
        const at = Math.max(now, this.nextAt);
        this.nextAt = at + this.intervalMs;
        if (at > now)
            await this.clock.sleep(at - now, signal);
    }
}


/***/ })

};
