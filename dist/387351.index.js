export const id = 387351;
export const ids = [344,495,876,76,783,164];
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

/***/ 7076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInitializeDrs: () => (/* binding */ runInitializeDrs)
});

// UNUSED EXPORTS: INITIALIZE_INPUTS, INITIALIZE_OUTPUTS, InitializeError, parseInitializeSettings

// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var aws_credentials = __webpack_require__(5473);
// EXTERNAL MODULE: ./src/aws/retry.ts
var aws_retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-drs/dist-cjs/index.js
var dist_cjs = __webpack_require__(4722);
// EXTERNAL MODULE: ./src/install/preflight.ts
var preflight = __webpack_require__(7248);
;// CONCATENATED MODULE: ./src/initialize/drs.ts
// The DRS half of initialize-drs, in one recovery region: is DRS initialised (the template read
// answers UninitializedAccountException when not), InitializeService if not, then the default
// replication configuration template if there is none. Idempotent: a second run only reads.



/** A failure of one DRS step, worded with the step's API and what to do. */
class InitializeError extends Error {
    api;
    constructor(api, message, options) {
        super(message, options);
        this.api = api;
        this.name = 'InitializeError';
    }
}
/** How long a region may take to answer as initialised after InitializeService. */
const SETTLE_ATTEMPTS = 6;
const SETTLE_DELAY_MS = 5000;
const NOT_INITIALISED = 'UninitializedAccountException';
function failure(api, region, error) {
    const code = (0,shared_port/* errorCode */.CA)(error);
    const denied = code === 'AccessDeniedException' || code === 'AccessDenied';
    const hint = denied
        ? `the target role needs ${api}${api === 'drs:InitializeService' ? ' and the IAM permissions InitializeService uses (deploy the target role with AllowDrsInitialisation=true)' : ''} (check its policy, permission boundary and any SCP)`
        : (0,preflight/* hintFor */.JR)(error, api, region);
    return new InitializeError(api, `${api} failed in ${region} (${code}: ${(0,shared_port/* errorMessage */.gJ)(error)}); ${hint}`, { cause: error });
}
/** The region's templates, or null when DRS is not initialised there. */
async function listTemplates(client, region) {
    const templates = [];
    try {
        for await (const page of (0,dist_cjs.paginateDescribeReplicationConfigurationTemplates)({ client }, {})) {
            templates.push(...(page.items ?? []));
        }
    }
    catch (error) {
        if ((0,shared_port/* errorCode */.CA)(error) === NOT_INITIALISED)
            return null;
        throw failure('drs:DescribeReplicationConfigurationTemplates', region, error);
    }
    return templates;
}
/** The default template's request, with DRS's fixed PIT rules and the chosen day retention. */
function templateRequest(settings) {
    const publicIp = settings.dataPlaneRouting === 'public-ip';
    return {
        stagingAreaSubnetId: settings.stagingSubnetId,
        associateDefaultSecurityGroup: settings.securityGroupIds.length === 0,
        replicationServersSecurityGroupsIDs: settings.securityGroupIds,
        replicationServerInstanceType: settings.replicationServerInstanceType,
        useDedicatedReplicationServer: false,
        defaultLargeStagingDiskType: 'GP3',
        ebsEncryption: 'DEFAULT',
        bandwidthThrottling: 0,
        dataPlaneRouting: publicIp ? 'PUBLIC_IP' : 'PRIVATE_IP',
        createPublicIP: publicIp,
        stagingAreaTags: {},
        // DRS requires exactly these three rules; only the DAY retention may change (1 to 365).
        pitPolicy: [
            { ruleID: 1, units: 'MINUTE', interval: 10, retentionDuration: 60, enabled: true },
            { ruleID: 2, units: 'HOUR', interval: 1, retentionDuration: 24, enabled: true },
            {
                ruleID: 3,
                units: 'DAY',
                interval: 1,
                retentionDuration: settings.retentionDays,
                enabled: true
            }
        ]
    };
}
/** InitializeService, then the template read until the region answers as initialised. */
async function initialise(client, region, clock) {
    try {
        await client.send(new dist_cjs.InitializeServiceCommand({}));
    }
    catch (error) {
        throw failure('drs:InitializeService', region, error);
    }
    for (let attempt = 1;; attempt++) {
        const templates = await listTemplates(client, region);
        if (templates)
            return templates;
        if (attempt >= SETTLE_ATTEMPTS) {
            throw new InitializeError('drs:InitializeService', `drs:InitializeService succeeded in ${region}, but DRS still answers ${NOT_INITIALISED} after ` +
                `${SETTLE_ATTEMPTS} reads: run again in a few minutes (a second run picks up where this one stopped)`);
        }
        await clock.sleep(SETTLE_DELAY_MS);
    }
}
async function createTemplate(client, settings) {
    const api = 'drs:CreateReplicationConfigurationTemplate';
    try {
        const created = await client.send(new dist_cjs.CreateReplicationConfigurationTemplateCommand(templateRequest(settings)));
        if (!created.replicationConfigurationTemplateID) {
            throw new Error('the answer carries no replicationConfigurationTemplateID');
        }
        return created;
    }
    catch (error) {
        throw failure(api, settings.targetRegion, error);
    }
}
/** Initialises DRS and its default template in settings.targetRegion, doing only what is missing. */
async function initializeRegion(client, settings, port, clock) {
    const region = settings.targetRegion;
    const changes = [];
    let templates = await listTemplates(client, region);
    const wasInitialised = templates !== null;
    if (templates === null) {
        if (settings.dryRun) {
            changes.push(`would initialise DRS in ${region} (drs:InitializeService)`);
            changes.push(`would create the default replication template (${describe(settings)})`);
            return {
                initialized: 'false',
                templateId: null,
                templateCreated: false,
                templateIds: [],
                changes
            };
        }
        port.info(`DRS is not initialised in ${region}: calling InitializeService.`);
        templates = await initialise(client, region, clock);
        changes.push(`initialised DRS in ${region}`);
    }
    const initialized = wasInitialised ? 'already' : 'true';
    const ids = templates.flatMap(t => t.replicationConfigurationTemplateID ?? []);
    if (ids.length > 0) {
        port.info(`A replication configuration template exists in ${region} (${ids.join(', ')}): left as it is.`);
        return { initialized, templateId: ids[0], templateCreated: false, templateIds: ids, changes };
    }
    if (settings.dryRun) {
        changes.push(`would create the default replication template (${describe(settings)})`);
        return { initialized, templateId: null, templateCreated: false, templateIds: [], changes };
    }
    const created = await createTemplate(client, settings);
    const id = created.replicationConfigurationTemplateID;
    changes.push(`created the default replication template ${id} (${describe(settings)})`);
    return { initialized, templateId: id, templateCreated: true, templateIds: [id], changes };
}
/** The template's settings in a few words, for logs and the summary. */
function describe(settings) {
    const groups = settings.securityGroupIds.length > 0
        ? `security groups ${settings.securityGroupIds.join(', ')}`
        : 'the DRS default security group';
    return (`staging subnet ${settings.stagingSubnetId}, ${settings.replicationServerInstanceType} ` +
        `replication servers, ${groups}, ${settings.dataPlaneRouting} routing, ` +
        `${settings.retentionDays}-day snapshot retention`);
}

// EXTERNAL MODULE: ./src/initialize/settings.ts
var settings = __webpack_require__(6969);
;// CONCATENATED MODULE: ./src/initialize/run.ts





async function runInitializeDrs(settings, port, options) {
    const clock = options.clock ?? shared_port/* systemClock */.ml;
    const retry = (0,aws_retry/* retrySettingsFromEnv */.LQ)(options.env);
    const credentials = (0,aws_credentials/* createTargetCredentials */.KT)(settings, port, {
        stsRegion: settings.targetRegion,
        ...retry,
        userAgent: options.userAgent,
        clock,
        ambient: options.ambient
    });
    // Assumed up front, so a broken chain fails before any DRS call and says which hop broke.
    await credentials.provider();
    port.info(`Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`);
    // The shared client factory: the same timeouts (and HTTP handling) as every other operation.
    const clients = new aws_clients/* AwsClients */.cE({
        credentials: credentials.provider,
        ...retry,
        userAgent: options.userAgent
    });
    try {
        return await initializeRegion(clients.drs(settings.targetRegion), settings, port, clock);
    }
    finally {
        clients.destroy();
    }
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

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

};
