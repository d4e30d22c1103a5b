export const id = 603173;
export const ids = [603173];
export const modules = {

/***/ 724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AwsClients: () => (/* reexport */ AwsClients),
  deployFleet: () => (/* reexport */ deployFleet),
  discoverFleet: () => (/* reexport */ discoverFleet),
  loadSnsClient: () => (/* reexport */ loadSnsClient),
  waitForFleet: () => (/* reexport */ waitForFleet)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-drs/dist-cjs/index.js
var dist_cjs = __webpack_require__(4722);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/clients.ts
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
        return this.get('ec2', region, () => new client_ec2_dist_cjs/* EC2Client */.gu5(this.config(region)));
    }
    ssm(region) {
        return this.get('ssm', region, () => new client_ssm_dist_cjs/* SSMClient */.jBj(this.config(region)));
    }
    drs(region) {
        // The DRS client comes from an older SDK line (see README): its config types differ slightly.
        return this.get('drs', region, () => new dist_cjs.DrsClient(this.config(region)));
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
            requestHandler: (0,proxy/* requestHandlerSettings */.rI)()
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

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/shared/clock.ts
var shared_clock = __webpack_require__(6103);
;// CONCATENATED MODULE: ./src/shared/concurrency.ts
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

// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/shared/rows.ts
var shared_rows = __webpack_require__(580);
;// CONCATENATED MODULE: ./src/aws/ssm-time.ts
// SSM's command filters take a timestamp without fractions of a second (2024-07-07T00:00:00Z);
// every InvokedAfter the action sends is written here, rounded down so nothing sent in the
// same second is left out.
/** An instant as SSM's filters write it: whole seconds, UTC, no milliseconds. */
function ssmTimestamp(ms) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The ListCommands filter for commands requested at or after `ms`. */
function invokedAfter(ms) {
    return { key: 'InvokedAfter', value: ssmTimestamp(ms) };
}

;// CONCATENATED MODULE: ./src/install/send.ts
// One SendCommand call and what its outcome means. SendCommand is the one call that must never be
// repeated blindly: a request that reached SSM created a command even if no answer came back, and a
// second one installs the agent twice. So an attempt counts as answered only when SSM's answer was
// received and parsed in full; anything else is "outcome unknown", which the SDK does not retry and
// the deploy phase resolves by looking the command up before any resend.




const OUTCOME_UNKNOWN = 'SendOutcomeUnknown';
/**
 * The request may have reached SSM but no complete answer came back. Deliberately carries no
 * `code`, no `cause` and no `$metadata`: the SDK would classify any of them as transient and resend.
 */
class SendOutcomeUnknownError extends Error {
    original;
    constructor(original) {
        super(`no complete answer from SSM (${(0,shared_port/* errorCode */.CA)(original)}: ${(0,shared_port/* errorMessage */.gJ)(original)})`);
        this.original = original;
        this.name = OUTCOME_UNKNOWN;
    }
}
/**
 * True when SSM may have created the command although no complete answer came back: the
 * classifier's maybe-sent, and also an answer whose status says SSM took the request (2xx) or
 * sent it upstream (a gateway timeout, 504) but whose body never arrived whole.
 */
function isOutcomeUnknown(error) {
    if (error instanceof SendOutcomeUnknownError || (0,shared_port/* errorCode */.CA)(error) === OUTCOME_UNKNOWN)
        return true;
    const kind = (0,errors/* classifyAwsError */.u3)(error);
    if (kind === 'maybe-sent')
        return true;
    const status = (0,shared_port/* httpStatusOf */.s_)(error);
    // Credentials are resolved before the request is signed: nothing left.
    if (kind === 'not-sent' || (kind === 'bad-credentials' && status === undefined))
        return false;
    if (status === undefined)
        return error instanceof Error;
    return (status >= 200 && status < 300) || status === 504;
}
/**
 * Turns the SDK's own retry off for every SendCommand attempt whose outcome is unknown. Sits
 * outermost in the deserialize step, around the deserializer, so it also sees a connection reset
 * while the body is read (which the deserializer reports as HTTP 200 + ECONNRESET, and the SDK
 * would retry as transient). Refusals SSM answered and connections never made pass through: the
 * SDK's retry of those cannot create a second command.
 */
function guardAgainstBlindResend(command) {
    command.middlewareStack.add(next => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            throw isOutcomeUnknown(error) ? new SendOutcomeUnknownError(error) : error;
        }
    }, { step: 'deserialize', priority: 'high', name: 'drsGuardAgainstBlindResend' });
    return command;
}
/** One guarded SendCommand call: resolves only with SSM's complete answer. */
function sendCommandOnce(ssm, input) {
    return ssm.send(guardAgainstBlindResend(new client_ssm_dist_cjs/* SendCommandCommand */.VWR(input)));
}
function classifySendError(error) {
    if (isOutcomeUnknown(error))
        return 'outcome-unknown';
    switch ((0,errors/* classifyAwsError */.u3)(error)) {
        case 'throttled':
        case 'transient':
        case 'not-sent':
            return 'retryable';
        case 'access-denied':
            return 'access-denied';
        default:
            return (0,shared_port/* errorCode */.CA)(error) === 'InvalidInstanceId' ? 'invalid-instance' : 'rejected';
    }
}
/** An AccessDenied naming the document: every instance would be refused alike, so no split. */
function deniesDocument(error) {
    return /on resource: \S*:document\//.test((0,shared_port/* errorMessage */.gJ)(error));
}
function sameIds(a, b) {
    if (a.length !== b.length)
        return false;
    const set = new Set(a);
    return b.every(id => set.has(id));
}
function sameDocument(listed, sent) {
    if (!listed)
        return false;
    return listed === sent || sent.endsWith(`/${listed}`) || listed.endsWith(`/${sent}`);
}
/** The command a lost SendCommand created, if any (earliest when several match). */
async function findSentCommand(ssm, sent) {
    let found = null;
    const pages = (0,client_ssm_dist_cjs/* paginateListCommands */.sgX)({ client: ssm, pageSize: 50 }, { Filters: [invokedAfter(sent.since)], MaxResults: 50 });
    for await (const page of pages) {
        for (const command of page.Commands ?? []) {
            if (command.CommandId &&
                command.Comment === sent.comment &&
                sameDocument(command.DocumentName, sent.documentName) &&
                (!command.InstanceIds?.length || sameIds(command.InstanceIds, sent.instanceIds))) {
                const at = command.RequestedDateTime?.getTime() ?? Number.POSITIVE_INFINITY;
                if (!found || at < found.at)
                    found = { id: command.CommandId, at };
            }
        }
    }
    return found?.id ?? null;
}

;// CONCATENATED MODULE: ./src/install/deploy.ts






/** SendCommand accepts at most 50 InstanceIds. */
const MAX_INSTANCES_PER_COMMAND = 50;
/** SSM's limit on Comment. */
const MAX_COMMENT_LENGTH = 100;
/** Well under SendCommand's per-account rate, so bursts across regions are absorbed by SDK retries. */
const SENDS_PER_SECOND = 3;
const MAX_SEND_ATTEMPTS = 4;
/** Give SSM a moment to list a command whose SendCommand answer was lost. */
const LOOKUP_DELAY_MS = 2000;
/**
 * SSM may list a new command late: the look-up is repeated, each wait twice the last, until this
 * much time has passed, and only then is the batch sent again.
 */
const LOOKUP_GRACE_MS = 30_000;
/** Runner and AWS clocks may disagree; the lookup also matches comment and instances. */
const LOOKUP_SKEW_MS = 5 * 60 * 1000;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 20000;
/** The message reason of a candidate the deploy phase did not send because the run was cancelled. */
const CANCELLED_BEFORE_SEND = 'the run was cancelled before its batch was sent';
/** The waits before each look-up of a lost command: 2 s, 4 s, 8 s, ... summing to the grace period. */
function lookupDelays() {
    const delays = [];
    let total = 0;
    for (let delay = LOOKUP_DELAY_MS; total < LOOKUP_GRACE_MS; delay *= 2) {
        const next = Math.min(delay, LOOKUP_GRACE_MS - total);
        delays.push(next);
        total += next;
    }
    return delays;
}
/** Unique per workflow attempt, region-local batch and sub-batch, so a lost command can be found. */
function commandComment(settings, batchLabel) {
    const run = `run ${settings.run.runId || 'local'}/${settings.run.runAttempt || '1'}`;
    const suffix = ` ${run} batch ${batchLabel}`;
    const prefix = 'drs-orchestration';
    const room = MAX_COMMENT_LENGTH - prefix.length - suffix.length - 1;
    const repository = settings.run.repository.slice(0, Math.max(0, room));
    return (repository ? `${prefix} ${repository}${suffix}` : `${prefix}${suffix}`).slice(0, MAX_COMMENT_LENGTH);
}
function sendParameters(settings) {
    const parameters = { Region: [settings.targetRegion] };
    if (settings.sourceServerTags.length > 0) {
        parameters.Tags = [settings.sourceServerTags.map(tag => `${tag.key}=${tag.value}`).join(',')];
    }
    return parameters;
}
function sendCommandInput(settings, instanceIds, comment) {
    return {
        DocumentName: settings.documentName,
        InstanceIds: instanceIds,
        Parameters: sendParameters(settings),
        Comment: comment,
        MaxErrors: settings.maxErrors,
        ...(settings.maxConcurrency ? { MaxConcurrency: settings.maxConcurrency } : {})
    };
}
/** Where ssm:SendCommand's document resource points (AWS-owned documents have no account). */
function documentArn(settings, region) {
    const name = settings.documentName;
    if (name.startsWith('arn:'))
        return name;
    const owner = name.startsWith('AWS') ? '' : settings.accountId;
    return `arn:${settings.partition}:ssm:${region}:${owner}:document/${name}`;
}
function accessDeniedHint(settings, region) {
    const tag = settings.tagFilters[0];
    const condition = tag
        ? `ssm:resourceTag/${tag.key} = ${tag.value}`
        : 'ssm:resourceTag/<key> matching the instances';
    return (`the target role's ssm:SendCommand must allow the document ${documentArn(settings, region)} ` +
        `and the instances (arn:${settings.partition}:ec2:${region}:${settings.accountId}:instance/*), ` +
        `whose tag condition (${condition}) they must meet`);
}
const REJECTION_HINTS = {
    InvalidDocument: (settings, region) => `${settings.documentName} does not exist in ${region}; create or share it there, or fix document-name`,
    InvalidParameters: () => 'the document rejected its parameters (Region, Tags); check source-server-tags and document-name',
    InvalidDocumentVersion: () => 'the document rejected its parameters (Region, Tags); check source-server-tags and document-name',
    UnsupportedPlatformType: () => 'the document does not support this platform',
    ValidationException: () => 'check max-concurrency, max-errors and source-server-tags'
};
function sendFailureMessage(settings, region, error) {
    const code = (0,shared_port/* errorCode */.CA)(error);
    const what = `SendCommand failed (${code}: ${(0,shared_port/* errorMessage */.gJ)(error)})`;
    switch (classifySendError(error)) {
        case 'access-denied':
            return `${what}: ${accessDeniedHint(settings, region)}`;
        case 'invalid-instance':
            return `${what}: SSM cannot reach this instance now (stopped, agent offline or not managed); check its SSM agent`;
        default:
            break;
    }
    switch ((0,errors/* classifyAwsError */.u3)(error)) {
        case 'region-disabled':
            return `${what}: ${region} may not be enabled for this account; enable it or remove it from source-regions`;
        case 'bad-credentials':
            return `${what}: the target role's session was not accepted; run again, and check the runner's clock if it persists`;
        default: {
            const hint = REJECTION_HINTS[code];
            return hint ? `${what}: ${hint(settings, region)}` : what;
        }
    }
}
function rowsFor(batch, fields) {
    return batch.map(candidate => (0,shared_rows/* makeRow */.xG)({ ...candidate, ...fields }));
}
function backoff(attempt) {
    return Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
}
/** A batch's final answer: published at once, so a cancelled run still reports it. */
function settle(ctx, result) {
    ctx.onBatch?.(result);
    return result;
}
function sent(ctx, batch, commandId, comment) {
    const command = {
        accountId: ctx.settings.accountId,
        region: ctx.region,
        commandId,
        instanceIds: batch.map(candidate => candidate.instanceId),
        comment,
        sentAt: ctx.clock.now()
    };
    return settle(ctx, {
        rows: rowsFor(batch, { status: 'pending', commandId }),
        commands: [command]
    });
}
function failed(ctx, batch, message) {
    return settle(ctx, { rows: rowsFor(batch, { status: 'failed', message }), commands: [] });
}
/**
 * Looks a lost command up, again and again over the grace period (SSM may list it late). A failed
 * look-up, or a cancel, ends the search without a resend: resending blind could install twice.
 */
async function lookUpLostCommand(ctx, lost, sendError) {
    const howToCheck = `look for the command "${lost.comment}" in Run Command history in ${ctx.region} before running again`;
    for (const delay of lookupDelays()) {
        await ctx.clock.sleep(delay, ctx.signal);
        let found;
        try {
            found = await findSentCommand(ctx.ssm, lost);
        }
        catch (lookupError) {
            return {
                failure: `SendCommand outcome unknown (${(0,shared_port/* errorMessage */.gJ)(sendError)}) and ListCommands failed ` +
                    `(${(0,shared_port/* errorCode */.CA)(lookupError)}: ${(0,shared_port/* errorMessage */.gJ)(lookupError)}); not resent. ${capitalise(howToCheck)}`
            };
        }
        if (found)
            return { found };
        if (ctx.signal?.aborted) {
            return {
                failure: `SendCommand outcome unknown (${(0,shared_port/* errorMessage */.gJ)(sendError)}) and the run was cancelled ` +
                    `before SSM listed the command; not resent. ${capitalise(howToCheck)}`
            };
        }
    }
    return { notFound: true };
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Sends one batch; bounded attempts; never sends a batch again while its first send may exist. */
async function sendBatch(ctx, batch, label) {
    const { settings, region, clock, port } = ctx;
    const instanceIds = batch.map(candidate => candidate.instanceId);
    const comment = commandComment(settings, label);
    let lastError = null;
    for (let attempt = 1; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
        await ctx.pacer.take(ctx.signal);
        if (ctx.signal?.aborted)
            return failed(ctx, batch, `not sent: ${CANCELLED_BEFORE_SEND}`);
        const since = clock.now() - LOOKUP_SKEW_MS;
        try {
            const output = await sendCommandOnce(ctx.ssm, sendCommandInput(settings, instanceIds, comment));
            const commandId = output.Command?.CommandId;
            if (!commandId)
                throw new Error('SendCommand answered without a CommandId');
            return sent(ctx, batch, commandId, comment);
        }
        catch (error) {
            lastError = error;
            const kind = classifySendError(error);
            if (kind === 'outcome-unknown') {
                const lost = { comment, documentName: settings.documentName, instanceIds, since };
                const outcome = await lookUpLostCommand(ctx, lost, error);
                if ('found' in outcome) {
                    port.debug(`${region}: batch ${label}: answer lost, found command ${outcome.found}`);
                    return sent(ctx, batch, outcome.found, comment);
                }
                if ('failure' in outcome)
                    return failed(ctx, batch, outcome.failure);
                port.debug(`${region}: batch ${label}: answer lost and no command listed; sending again`);
                continue;
            }
            if (kind === 'retryable') {
                await clock.sleep(backoff(attempt), ctx.signal);
                continue;
            }
            const splittable = kind === 'invalid-instance' || (kind === 'access-denied' && !deniesDocument(error));
            if (splittable && batch.length > 1)
                return splitBatch(ctx, batch, label);
            return failed(ctx, batch, sendFailureMessage(settings, region, error));
        }
    }
    return failed(ctx, batch, gaveUpMessage(ctx, lastError, comment));
}
/**
 * One instance gone offline since discovery, or one the role may not target, must not fail the
 * other 49: halve and send each half, down to single instances.
 */
async function splitBatch(ctx, batch, label) {
    const middle = Math.ceil(batch.length / 2);
    const halves = await Promise.all([
        sendBatch(ctx, batch.slice(0, middle), `${label}.1`),
        sendBatch(ctx, batch.slice(middle), `${label}.2`)
    ]);
    return {
        rows: halves.flatMap(half => half.rows),
        commands: halves.flatMap(half => half.commands)
    };
}
function gaveUpMessage(ctx, lastError, comment) {
    return (`gave up after ${MAX_SEND_ATTEMPTS} SendCommand attempts (${(0,shared_port/* errorCode */.CA)(lastError)}: ` +
        `${(0,shared_port/* errorMessage */.gJ)(lastError)})` +
        (isOutcomeUnknown(lastError)
            ? `; the last outcome is unknown: look for "${comment}" in Run Command history in ${ctx.region}`
            : ''));
}
async function deployRegion(ctx, candidates) {
    const sorted = [...candidates].sort((a, b) => (a.instanceId < b.instanceId ? -1 : 1));
    const batches = chunk(sorted, MAX_INSTANCES_PER_COMMAND);
    const results = await Promise.all(batches.map((batch, index) => sendBatch(ctx, batch, String(index + 1))));
    const rows = results.flatMap(result => result.rows);
    const commands = results.flatMap(result => result.commands);
    const pending = rows.filter(row => row.status === 'pending').length;
    const notSent = rows.length - pending;
    ctx.port.info(`${ctx.region}: sent ${pending} instance(s) in ${commands.length} command(s)` +
        (notSent > 0 ? `, ${notSent} failed to send` : ''));
    return { rows, commands };
}
function byRegion(candidates) {
    const regions = new Map();
    for (const candidate of candidates) {
        const list = regions.get(candidate.region) ?? [];
        list.push(candidate);
        regions.set(candidate.region, list);
    }
    return regions;
}
function dryRun(settings, candidates, port) {
    for (const [region, list] of byRegion(candidates)) {
        const commands = Math.ceil(list.length / MAX_INSTANCES_PER_COMMAND);
        port.info(`${region}: dry run, would send ${list.length} instance(s) in ${commands} command(s)`);
    }
    const rows = rowsFor(candidates, {
        status: 'dry-run',
        message: `dry run: would send ${settings.documentName} (Region ${settings.targetRegion})`
    });
    return { rows: (0,shared_rows/* sortRows */.sN)(rows), commands: [] };
}
async function deployFleet(settings, clients, candidates, port, clock = shared_clock/* systemClock */.m, options = {}) {
    if (settings.dryRun)
        return dryRun(settings, candidates, port);
    const perRegion = await Promise.all([...byRegion(candidates)].map(([region, list]) => deployRegion({
        settings,
        region,
        ssm: clients.ssm(region),
        pacer: new Pacer(clock, 1000 / SENDS_PER_SECOND),
        clock,
        port,
        signal: options.signal,
        onBatch: options.onBatch
    }, list)));
    return {
        rows: (0,shared_rows/* sortRows */.sN)(perRegion.flatMap(region => region.rows)),
        commands: perRegion.flatMap(region => region.commands)
    };
}

;// CONCATENATED MODULE: ./src/aws/drs-servers.ts
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
async function sourceServersByInstance(drs, signal, only) {
    const byInstance = new Map();
    // DRS documents no default page size; 1,000 (the largest any version of the API model allowed)
    // keeps a 5,000-server listing to 5 calls per wait round.
    const pages = (0,dist_cjs.paginateDescribeSourceServers)({ client: drs, pageSize: DRS_PAGE_SIZE }, { filters: {}, maxResults: DRS_PAGE_SIZE }, signal ? { abortSignal: signal } : undefined);
    for await (const page of pages) {
        for (const server of page.items ?? []) {
            const instanceId = server.sourceProperties?.identificationHints?.awsInstanceID;
            if (!instanceId || isArchived(server) || (only && !only.has(instanceId)))
                continue;
            const known = byInstance.get(instanceId);
            byInstance.set(instanceId, known ? preferredServer(known, server) : server);
        }
    }
    return byInstance;
}

;// CONCATENATED MODULE: ./src/install/preflight.ts
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
        return (0,shared_rows/* makeRow */.xG)({
            ...base,
            status: 'failed',
            message: `instance is ${instance.state}, not running: start it, or remove it from instance-ids`
        });
    }
    if (settings.skipRegistered && registration) {
        const state = registration.replicationState ?? 'unknown';
        return (0,shared_rows/* makeRow */.xG)({
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
    if (ssm?.pingStatus !== 'Online') {
        const message = ssm
            ? `SSM agent is ${ssm.pingStatus ?? 'in an unknown state'}` +
                (ssm.lastPingDateTime ? ` (last ping ${ssm.lastPingDateTime.toISOString()})` : '') +
                ': check the agent is running and the instance reaches the ssm, ssmmessages and ec2messages endpoints'
            : 'not registered with SSM: run the SSM agent, give the instance AmazonSSMManagedInstanceCore ' +
                '(or enable Default Host Management Configuration) and let it reach the SSM endpoints';
        return (0,shared_rows/* makeRow */.xG)({ ...candidate, status: 'skipped-unmanaged', message });
    }
    if (!instance.instanceProfileArn) {
        return (0,shared_rows/* makeRow */.xG)({
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
    switch ((0,errors/* classifyAwsError */.u3)(error)) {
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
    const code = (0,shared_port/* errorCode */.CA)(error);
    return `${api} failed in ${region} (${code}: ${(0,shared_port/* errorMessage */.gJ)(error)}); ${hintFor(error, api, region)}`;
}
function drsFailure(error, targetRegion) {
    if ((0,shared_port/* errorCode */.CA)(error) === 'UninitializedAccountException') {
        return new DrsNotInitialisedError(targetRegion, { cause: error });
    }
    return new RunFailure('drs-unavailable', `drs:DescribeSourceServers failed in ${targetRegion} (${(0,shared_port/* errorCode */.CA)(error)}: ${(0,shared_port/* errorMessage */.gJ)(error)}); ` +
        `${hintFor(error, 'drs:DescribeSourceServers', targetRegion)}`, { cause: error });
}
/**
 * DRS source servers in the target region, by EC2 instance id. Always called first: it doubles as
 * the check that DRS is initialised. Without skip-registered one single-item call is enough.
 */
async function loadRegistrations(drs, targetRegion, listAll) {
    const byInstance = new Map();
    try {
        if (!listAll) {
            await drs.send(new dist_cjs.DescribeSourceServersCommand({ filters: {}, maxResults: 1 }));
            return byInstance;
        }
        for (const [instanceId, server] of await sourceServersByInstance(drs)) {
            byInstance.set(instanceId, registrationOf(server));
        }
    }
    catch (error) {
        throw drsFailure(error, targetRegion);
    }
    return byInstance;
}

;// CONCATENATED MODULE: ./src/install/discover.ts
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
        return chunk(settings.instanceIds, EC2_FILTER_VALUES_MAX).map(ids => [
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
function toEc2Instance(instance) {
    if (!instance.InstanceId)
        return null;
    return {
        instanceId: instance.InstanceId,
        name: instance.Tags?.find(tag => tag.Key === 'Name')?.Value ?? null,
        platformDetails: instance.PlatformDetails ?? null,
        instanceProfileArn: instance.IamInstanceProfile?.Arn ?? null,
        state: instance.State?.Name ?? 'unknown'
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
        const pages = (0,client_ec2_dist_cjs/* paginateDescribeInstances */.H0T)({ client: ec2, pageSize: EC2_PAGE_SIZE }, { Filters, MaxResults: EC2_PAGE_SIZE });
        for await (const page of pages) {
            for (const reservation of page.Reservations ?? []) {
                for (const raw of reservation.Instances ?? []) {
                    const instance = toEc2Instance(raw);
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
    for (const ids of chunk(instanceIds, SSM_PAGE_SIZE)) {
        checkNotCancelled(signal);
        const pages = (0,client_ssm_dist_cjs/* paginateDescribeInstanceInformation */.KKC)({ client: ssm, pageSize: SSM_PAGE_SIZE }, { Filters: [{ Key: 'InstanceIds', Values: ids }], MaxResults: SSM_PAGE_SIZE });
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
        super((0,shared_port/* errorMessage */.gJ)(error));
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
            const row = decideBeforeSsm(settings, region, instance, registrations.get(instance.instanceId));
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
            const decision = decideAfterSsm(settings, region, instance, ssm.get(instance.instanceId));
            if (isCandidate(decision))
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
                ? regionFailureMessage(error.api, region, error.error)
                : `discovery failed in ${region}: ${(0,shared_port/* errorMessage */.gJ)(error)}`;
        return {
            region,
            candidates: [],
            rows: [(0,shared_rows/* regionFailureRow */.bM)(settings.accountId, region, message)],
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
        .map(id => (0,shared_rows/* makeRow */.xG)({
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
    const registrations = await loadRegistrations(clients.drs(settings.targetRegion), settings.targetRegion, settings.skipRegistered);
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
    return { candidates, rows: (0,shared_rows/* sortRows */.sN)(rows) };
}

;// CONCATENATED MODULE: ./src/install/wait/messages.ts

const OUTPUT_TAIL = 300;
const REACHABILITY = 'check the instance can reach the DRS endpoints on HTTPS 443 and the replication servers on TCP 1500';
/** An error as `Code: message`, without repeating a code the message already starts with. */
function describeError(error) {
    const code = (0,shared_port/* errorCode */.CA)(error);
    const message = (0,shared_port/* errorMessage */.gJ)(error);
    return message.startsWith(code) ? message : `${code}: ${message}`;
}
/** The end of the plugin output, where the installer prints its error, on one line. */
function outputTail(invocation, max = OUTPUT_TAIL) {
    const plugins = invocation.CommandPlugins ?? [];
    const failing = plugins.filter(p => p.Status !== 'Success' && p.Output?.trim());
    const text = (failing.length > 0 ? failing : plugins)
        .map(p => p.Output ?? '')
        .join('\n')
        .replace(/\s+/g, ' ')
        .trim();
    if (text === '')
        return null;
    return text.length > max ? `…${text.slice(text.length - max + 1)}` : text;
}
const DETAIL_HINTS = {
    Undeliverable: 'the instance could not be reached by SSM (agent stopped, instance stopped or gone, or no instance profile)',
    Terminated: 'the instance was stopped or terminated during the install',
    InvalidPlatform: 'the document does not support this platform',
    AccessDenied: 'the command was not allowed on this instance (check the target role and any SCPs)',
    DeliveryTimedOut: 'the SSM agent did not pick the command up in time (check it is online)',
    ExecutionTimedOut: "the install ran past the document's execution timeout"
};
function invocationMessage(invocation) {
    const status = invocation.Status ?? 'Unknown';
    const details = invocation.StatusDetails;
    let head;
    if (status === 'TimedOut') {
        head =
            details === 'DeliveryTimedOut'
                ? 'install command timed out before delivery (DeliveryTimedOut)'
                : `install command timed out during execution (${details ?? 'ExecutionTimedOut'})`;
    }
    else {
        head = `install command ${status === 'Cancelled' ? 'cancelled' : 'failed'}${details && details !== status ? ` (${details})` : ''}`;
    }
    const hint = details ? DETAIL_HINTS[details] : undefined;
    const tail = outputTail(invocation);
    return `${head}${hint ? `: ${hint}` : ''}${tail ? `; output: ${tail}` : ''}`;
}
function replicationError(server) {
    const info = server.dataReplicationInfo;
    const error = info?.dataReplicationError;
    const failedSteps = (info?.dataReplicationInitiation?.steps ?? [])
        .filter(step => step.status === 'FAILED')
        .map(step => step.name);
    const parts = [];
    if (error?.error || error?.rawError)
        parts.push([error.error, error.rawError].filter(Boolean).join(': '));
    if (failedSteps.length > 0)
        parts.push(`failed step ${failedSteps.join(', ')}`);
    if (parts.length === 0)
        return null;
    return {
        code: error?.error ?? (failedSteps.length > 0 ? 'FAILED_STEP' : 'ERROR'),
        text: parts.join('; ')
    };
}
function registrationMissing(settings, bound) {
    return (`the install command reported Success, but no DRS source server for this instance appeared in ` +
        `${settings.targetRegion} by the ${bound}: ${REACHABILITY}, and read the command output ` +
        '(the Linux step can report Success after a failed checksum)');
}
function replicationMessage(state, error) {
    return `replication ${state ?? 'state unknown'}${error ? `; error ${error.text}` : ''}`;
}
function count(counts, key) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
}
function roundLine(round, elapsedMs, rows, notes, nextMs) {
    let command = 0;
    let registration = 0;
    let replicatingTotal = 0;
    const replicating = new Map();
    const errors = new Map();
    const final = new Map();
    for (const row of rows) {
        if (row.phase === 'command')
            command++;
        else if (row.phase === 'registration')
            registration++;
        else if (row.phase === 'replication') {
            replicatingTotal++;
            count(replicating, row.replicationState ?? 'unknown');
            if (row.replicationError)
                count(errors, row.replicationError);
        }
        else
            count(final, row.status);
    }
    const list = (counts) => [...counts].map(([key, n]) => `${key} ${n}`).join(', ');
    const parts = [];
    if (command > 0)
        parts.push(`${command} pending/in progress`);
    if (registration > 0)
        parts.push(`${registration} awaiting DRS registration`);
    if (replicatingTotal > 0)
        parts.push(`${replicatingTotal} replicating (${list(replicating)})`);
    for (const status of ['installed', 'failed', 'timed-out']) {
        const n = final.get(status) ?? 0;
        if (n > 0)
            parts.push(`${n} ${status}`);
    }
    let line = `wait ${round} (${Math.round(elapsedMs / 1000)}s): ${parts.join(', ') || 'nothing to wait for'}`;
    if (errors.size > 0)
        line += `; replication errors: ${list(errors)}`;
    if (notes.size > 0)
        line += `; ${[...notes].join('; ')}`;
    if (nextMs !== null)
        line += `; next check in ${Math.round(nextMs / 1000)}s`;
    return line;
}

;// CONCATENATED MODULE: ./src/install/wait/tracking.ts
/** What a read cut off by the round's deadline (not by a cancel) records as its last error. */
const NO_ANSWER = 'no answer before the deadline';
/** True when the round's requests were cut off by its deadline rather than by a cancel. */
function cutOffByDeadline(ctx) {
    return ctx.signal.aborted && ctx.signal.reason?.name === 'TimeoutError';
}
function finish(ctx, tracked, status, message) {
    tracked.phase = 'final';
    tracked.row.status = status;
    tracked.row.message = message;
    ctx.changed = true;
}
function observe(ctx, tracked, detail, message) {
    if (tracked.detail !== detail)
        ctx.changed = true;
    tracked.detail = detail;
    tracked.row.message = message;
}
function openRows(command) {
    return command.rows.filter(t => t.phase === 'command');
}
function installSucceeded(ctx, tracked) {
    tracked.invocationSeen = true;
    tracked.phase = 'registration';
    observe(ctx, tracked, 'registration', 'install command succeeded; waiting for the DRS source server');
}
function newTracked(row) {
    return {
        row,
        phase: 'command',
        detail: 'sent',
        lastStatus: 'Pending',
        invocationSeen: false,
        replicationError: null
    };
}
function newCommand(id, region, sentAt) {
    return {
        id,
        region,
        sentAt,
        rows: [],
        status: null,
        done: false,
        completed: 0,
        progress: '',
        lastError: null,
        misses: 0
    };
}

;// CONCATENATED MODULE: ./src/install/wait/commands.ts






const TERMINAL_COMMAND = new Set(['Success', 'Failed', 'Cancelled', 'TimedOut']);
// Parallel calls per region; SSM's read APIs throttle at a few requests per second.
const CONCURRENCY = 5;
// SSM compares InvokedAfter with its own clock: allow for our clock being ahead (SigV4 refuses
// more than 5 minutes of skew anyway).
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/**
 * SSM may not know a command for a moment after SendCommand answered (eventual consistency): a
 * command is "not in SSM" only after this many misses in a row, and this long after its send.
 */
const MISS_ROUNDS = 3;
const MISS_GRACE_MS = 60_000;
/**
 * What to do with a failed read: retryable ones (throttling, 5xx, network, a deadline, a
 * credential renewal that failed for a retryable reason, credentials about to be renewed) are
 * asked again next round; the rest are returned as the reason to fail with.
 */
function readFailure(ctx, api, region, error) {
    const facts = (0,errors/* awsErrorFacts */.ZR)(error);
    const renewable = facts.kind === 'bad-credentials' && (0,shared_port/* errorCode */.CA)(error) !== 'CredentialChainError';
    if (facts.retryable || renewable) {
        ctx.notes.add(`${api} in ${region}: ${facts.code}, retrying`);
        return null;
    }
    if ((0,shared_port/* errorCode */.CA)(error) === 'CredentialChainError') {
        return `${api} in ${region} could not renew the credentials (${(0,shared_port/* errorMessage */.gJ)(error)})`;
    }
    return `${api} in ${region} failed (${describeError(error)})`;
}
function failRegion(ctx, state, reason) {
    const message = `could not follow the install command: ${reason}; the target role needs ssm:ListCommands and ssm:ListCommandInvocations`;
    for (const command of state.commands) {
        for (const tracked of openRows(command))
            finish(ctx, tracked, 'failed', message);
    }
}
function listingFilters(ctx, commands) {
    const since = Math.min(...commands.map(c => c.sentAt)) - CLOCK_SKEW_MS;
    const filters = [invokedAfter(since)];
    // A document given by ARN may be listed under its name: filter only on plain names.
    if (!ctx.settings.documentName.startsWith('arn:')) {
        filters.push({ key: 'DocumentName', value: ctx.settings.documentName });
    }
    return filters;
}
/** One listing for the region's outstanding commands; false when the region failed. */
async function listRegion(ctx, state, commands, found) {
    try {
        const wanted = new Set(commands.map(c => c.id));
        // Never page further than asking for each command by id would cost.
        const listing = await ctx.reads.listCommands(state.region, listingFilters(ctx, commands), wanted, wanted.size, ctx.signal);
        for (const command of listing.found)
            found.set(command.CommandId ?? '', command);
        state.listingPages = Math.max(1, listing.pages);
    }
    catch (error) {
        if (ctx.signal.aborted) {
            if (cutOffByDeadline(ctx))
                for (const command of commands)
                    command.lastError = NO_ANSWER;
            return true;
        }
        const facts = (0,errors/* awsErrorFacts */.ZR)(error);
        if (facts.kind === 'invalid') {
            // A filter this endpoint does not take: ask by id from now on.
            state.useListing = false;
            return true;
        }
        const reason = readFailure(ctx, 'ListCommands', state.region, error);
        if (reason !== null) {
            failRegion(ctx, state, reason);
            return false;
        }
    }
    return true;
}
/** Asks for each command the listing did not show; false when the region failed. */
async function askById(ctx, state, commands, found, missing) {
    let regionError = null;
    await mapLimited(commands, CONCURRENCY, async (command) => {
        if (regionError !== null || ctx.signal.aborted)
            return;
        try {
            const match = await ctx.reads.commandById(state.region, command.id, ctx.signal);
            if (match)
                found.set(command.id, match);
            else
                missing.push(command);
        }
        catch (error) {
            if (ctx.signal.aborted) {
                if (cutOffByDeadline(ctx))
                    command.lastError = NO_ANSWER;
                return;
            }
            if (/InvalidCommandId/i.test((0,shared_port/* errorCode */.CA)(error))) {
                missing.push(command);
                return;
            }
            regionError = readFailure(ctx, 'ListCommands', state.region, error);
            if (regionError === null)
                command.lastError = describeError(error);
        }
    });
    if (regionError !== null)
        failRegion(ctx, state, regionError);
    return regionError === null;
}
/** A miss fails the command's rows only after MISS_ROUNDS rounds and MISS_GRACE_MS after its send. */
function recordMiss(ctx, command) {
    command.misses++;
    const graceOver = ctx.clock.now() - command.sentAt >= MISS_GRACE_MS;
    if (command.misses < MISS_ROUNDS || !graceOver) {
        ctx.notes.add(`ListCommands in ${command.region}: ${command.id} not listed yet, asking again`);
        return;
    }
    for (const tracked of openRows(command)) {
        finish(ctx, tracked, 'failed', `SSM has no command ${command.id} in ${command.region} (it expired or was never sent)`);
    }
}
/**
 * True when the command's own counts prove every invocation succeeded. Status Success alone does
 * not: SSM reports it for a command whose errors stayed under MaxErrors. Undeliverable,
 * Terminated and Cancelled invocations make StatusDetails Incomplete or Cancelled; Failed and
 * ExecutionTimedOut count in ErrorCount; DeliveryTimedOut in DeliveryTimedOutCount.
 */
function everyInvocationSucceeded(command) {
    const target = command.TargetCount ?? 0;
    return (command.Status === 'Success' &&
        command.StatusDetails === 'Success' &&
        target > 0 &&
        command.CompletedCount === target &&
        command.ErrorCount === 0 &&
        command.DeliveryTimedOutCount === 0);
}
function applyListed(ctx, command, listed) {
    command.lastError = null;
    command.misses = 0;
    command.status = listed.Status ?? null;
    command.completed = Math.min(listed.CompletedCount ?? 0, command.rows.length);
    command.done =
        TERMINAL_COMMAND.has(listed.Status ?? '') ||
            (listed.TargetCount !== undefined &&
                listed.TargetCount > 0 &&
                (listed.CompletedCount ?? 0) >= listed.TargetCount);
    if (everyInvocationSucceeded(listed)) {
        // The counts answer for every instance: no invocation listing is needed.
        for (const tracked of openRows(command))
            installSucceeded(ctx, tracked);
        return;
    }
    const progress = `command ${listed.Status ?? 'Unknown'}, ${listed.CompletedCount ?? 0} of ${listed.TargetCount ?? '?'} instances done`;
    if (progress !== command.progress)
        ctx.changed = true;
    command.progress = progress;
    for (const tracked of openRows(command)) {
        if (!tracked.invocationSeen) {
            tracked.lastStatus = listed.Status ?? 'Pending';
            tracked.row.message = progress;
        }
    }
}
/** Command-level status for the outstanding commands of one region: a listing or one call per id. */
async function refreshCommands(ctx, state, commands) {
    const found = new Map();
    if (state.useListing && commands.length > state.listingPages) {
        if (!(await listRegion(ctx, state, commands, found)))
            return;
    }
    const missing = [];
    const rest = commands.filter(c => !found.has(c.id));
    if (!(await askById(ctx, state, rest, found, missing)))
        return;
    if (ctx.signal.aborted)
        return;
    for (const command of missing)
        recordMiss(ctx, command);
    for (const command of commands) {
        const listed = found.get(command.id);
        if (listed)
            applyListed(ctx, command, listed);
    }
}
function applyInvocation(ctx, command, invocations) {
    for (const tracked of openRows(command)) {
        const invocation = invocations.get(tracked.row.instanceId ?? '');
        if (!invocation) {
            if (command.status !== null && TERMINAL_COMMAND.has(command.status)) {
                finish(ctx, tracked, 'failed', `SSM lists no invocation of command ${command.id} for this instance (the command ended ${command.status})`);
            }
            continue;
        }
        const status = invocation.Status ?? 'Pending';
        tracked.invocationSeen = true;
        if (status === 'Success')
            installSucceeded(ctx, tracked);
        else if (status === 'Failed' || status === 'Cancelled')
            finish(ctx, tracked, 'failed', invocationMessage(invocation));
        else if (status === 'TimedOut')
            finish(ctx, tracked, 'timed-out', invocationMessage(invocation));
        else {
            tracked.lastStatus = status;
            observe(ctx, tracked, `invocation ${status}`, `install command ${status}`);
        }
    }
}
/** One listing of a finished command's invocations gives every instance's outcome and output. */
async function readInvocations(ctx, command) {
    let listed;
    try {
        listed = await ctx.reads.invocations(command.region, command.id, ctx.signal);
    }
    catch (error) {
        if (ctx.signal.aborted) {
            if (cutOffByDeadline(ctx))
                command.lastError = NO_ANSWER;
            return;
        }
        const reason = readFailure(ctx, 'ListCommandInvocations', command.region, error);
        if (reason === null) {
            command.lastError = describeError(error);
            return;
        }
        const message = `could not read the install command's results: ListCommandInvocations for ${command.id} in ${command.region} failed (${describeError(error)})`;
        for (const tracked of openRows(command))
            finish(ctx, tracked, 'failed', message);
        return;
    }
    const invocations = new Map();
    for (const invocation of listed) {
        if (invocation.InstanceId)
            invocations.set(invocation.InstanceId, invocation);
    }
    applyInvocation(ctx, command, invocations);
}
/** One round of SSM reads for a region; at the bound (`last`) every open command is read once. */
async function followCommands(ctx, state, last) {
    const open = state.commands.filter(c => openRows(c).length > 0);
    const unfinished = open.filter(c => !c.done);
    if (unfinished.length > 0)
        await refreshCommands(ctx, state, unfinished);
    if (ctx.signal.aborted)
        return;
    // At the bound, read even unfinished commands once, so each instance gets its own outcome.
    const toRead = open.filter(c => openRows(c).length > 0 && (c.done || last));
    await mapLimited(toRead, CONCURRENCY, command => readInvocations(ctx, command));
}

;// CONCATENATED MODULE: ./src/install/wait/reads.ts


function createWaitReads(clients, targetRegion) {
    return {
        async listCommands(region, filters, wanted, maxPages, signal) {
            const found = new Map();
            let pages = 0;
            const pager = (0,client_ssm_dist_cjs/* paginateListCommands */.sgX)({ client: clients.ssm(region) }, { Filters: filters, MaxResults: 50 }, { abortSignal: signal });
            for await (const page of pager) {
                pages++;
                for (const command of page.Commands ?? []) {
                    if (command.CommandId && wanted.has(command.CommandId))
                        found.set(command.CommandId, command);
                }
                if (found.size === wanted.size || pages >= maxPages)
                    break;
            }
            return { found: [...found.values()], pages };
        },
        async commandById(region, commandId, signal) {
            const out = await clients
                .ssm(region)
                .send(new client_ssm_dist_cjs/* ListCommandsCommand */.I$q({ CommandId: commandId }), { abortSignal: signal });
            return out.Commands?.find(c => c.CommandId === commandId) ?? null;
        },
        async invocations(region, commandId, signal) {
            const all = [];
            const pager = (0,client_ssm_dist_cjs/* paginateListCommandInvocations */.ayw)({ client: clients.ssm(region) }, { CommandId: commandId, Details: true, MaxResults: 50 }, { abortSignal: signal });
            for await (const page of pager)
                all.push(...(page.CommandInvocations ?? []));
            return all;
        },
        sourceServers(instanceIds, signal) {
            return sourceServersByInstance(clients.drs(targetRegion), signal, instanceIds);
        }
    };
}

;// CONCATENATED MODULE: ./src/install/wait/registration.ts



function failWaiting(ctx, waiting, reason) {
    for (const tracked of waiting) {
        const what = tracked.phase === 'registration'
            ? 'the install command succeeded, but its source server could not be confirmed'
            : 'its replication state could not be read';
        finish(ctx, tracked, 'failed', `${what}: ${reason}`);
    }
}
function applyServer(ctx, tracked, server) {
    const state = server.dataReplicationInfo?.dataReplicationState ?? null;
    const error = replicationError(server);
    tracked.row.sourceServerId = server.sourceServerID ?? tracked.row.sourceServerId;
    tracked.row.replicationState = state;
    tracked.replicationError = error;
    if (ctx.settings.waitFor !== 'replication') {
        finish(ctx, tracked, 'installed', error ? replicationMessage(state, error) : null);
    }
    else if (state === 'CONTINUOUS') {
        finish(ctx, tracked, 'installed', null);
    }
    else {
        tracked.phase = 'replication';
        observe(ctx, tracked, `replication ${state} ${error?.text ?? ''}`, replicationMessage(state, error));
    }
}
/** Reads DRS for the rows past their install command; false when none is, so nothing was asked. */
async function followRegistration(ctx, rows) {
    const waiting = rows.filter(t => t.phase === 'registration' || t.phase === 'replication');
    if (waiting.length === 0)
        return false;
    const region = ctx.settings.targetRegion;
    let servers;
    try {
        const ids = new Set(waiting.map(t => t.row.instanceId ?? ''));
        servers = await ctx.reads.sourceServers(ids, ctx.signal);
    }
    catch (error) {
        if (ctx.signal.aborted) {
            if (cutOffByDeadline(ctx))
                ctx.registrationError = NO_ANSWER;
            return true;
        }
        const reason = readFailure(ctx, 'DescribeSourceServers', region, error);
        if (reason === null)
            ctx.registrationError = describeError(error);
        else {
            const detail = reason.includes('could not renew')
                ? reason
                : `DescribeSourceServers in ${region} failed (${describeError(error)}); the target role needs drs:DescribeSourceServers`;
            failWaiting(ctx, waiting, detail);
        }
        return true;
    }
    ctx.registrationError = null;
    for (const tracked of waiting) {
        const server = servers.get(tracked.row.instanceId ?? '');
        if (server)
            applyServer(ctx, tracked, server);
    }
    return true;
}

;// CONCATENATED MODULE: ./src/install/wait/schedule.ts
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

;// CONCATENATED MODULE: ./src/install/wait/index.ts











/**
 * The commands deploy sent, each with the rows of its instances. A pending row whose command
 * deploy did not hand over (a caller that only has rows) is followed by its id, from now.
 */
function trackFleet(ctx, rows, sent, start) {
    const fleet = {
        output: rows.map(row => ({ ...row })),
        tracked: [],
        regions: [],
        commands: []
    };
    const regions = new Map();
    const byInstance = new Map();
    const commandFor = (region, id, sentAt) => {
        let state = regions.get(region);
        if (!state) {
            state = { region, commands: [], useListing: true, listingPages: 1 };
            regions.set(region, state);
            fleet.regions.push(state);
        }
        let command = state.commands.find(c => c.id === id);
        if (!command) {
            command = newCommand(id, region, sentAt);
            state.commands.push(command);
            fleet.commands.push(command);
        }
        return command;
    };
    for (const s of sent) {
        const command = commandFor(s.region, s.commandId, s.sentAt);
        for (const instanceId of s.instanceIds)
            byInstance.set(`${s.region}/${instanceId}`, command);
    }
    for (const row of fleet.output) {
        if (row.status !== 'pending')
            continue;
        const entry = newTracked(row);
        fleet.tracked.push(entry);
        if (!row.commandId || !row.region || !row.instanceId) {
            finish(ctx, entry, 'failed', 'nothing to wait for: the row has no command id, region or instance id');
            continue;
        }
        const known = byInstance.get(`${row.region}/${row.instanceId}`);
        const command = known?.id === row.commandId ? known : commandFor(row.region, row.commandId, start);
        command.rows.push(entry);
    }
    // Commands none of whose rows are pending need no following.
    for (const state of fleet.regions)
        state.commands = state.commands.filter(c => c.rows.length > 0);
    fleet.commands = fleet.commands.filter(c => c.rows.length > 0);
    fleet.regions = fleet.regions.filter(r => r.commands.length > 0);
    return fleet;
}
/** What is still open when the bound is reached becomes final, each with what it was doing. */
function closeAtBound(ctx, commands, rows) {
    const commandOf = new Map();
    for (const command of commands)
        for (const tracked of command.rows)
            commandOf.set(tracked, command);
    for (const tracked of rows) {
        if (tracked.phase === 'command') {
            const lastError = commandOf.get(tracked)?.lastError;
            finish(ctx, tracked, 'timed-out', `install command still ${tracked.lastStatus} at the ${ctx.bound}${lastError ? ` (last status check failed: ${lastError})` : ''}`);
        }
        else if (tracked.phase === 'registration') {
            const lastError = ctx.registrationError;
            finish(ctx, tracked, 'failed', `${registrationMissing(ctx.settings, ctx.bound)}${lastError ? ` (last DescribeSourceServers failed: ${lastError})` : ''}`);
        }
        else if (tracked.phase === 'replication') {
            const state = tracked.row.replicationState;
            const error = tracked.replicationError;
            const stuck = state === 'STALLED' || state === 'DISCONNECTED' || error !== null;
            finish(ctx, tracked, 'timed-out', `replication ${state ?? 'state unknown'}, not CONTINUOUS, at the ${ctx.bound}${error ? `; error ${error.text}` : ''}${stuck ? `; ${REACHABILITY}` : ''}`);
        }
    }
}
const roundRows = (rows) => rows.map(t => ({
    phase: t.phase,
    status: t.row.status,
    replicationState: t.row.replicationState,
    replicationError: t.replicationError?.code ?? null
}));
function progressOf(clock, commands) {
    let done = 0;
    let total = 0;
    for (const command of commands) {
        done += command.completed;
        total += command.rows.length;
    }
    return { at: clock.now(), done, total };
}
function reportCancelled(port, fleet, elapsedMs) {
    for (const entry of fleet.tracked) {
        if (entry.phase !== 'final')
            entry.row.message = `wait cancelled; last seen: ${entry.row.message ?? entry.lastStatus}`;
    }
    port.info(`Wait cancelled after ${Math.round(elapsedMs / 1000)}s; reporting the rows as known.`);
    port.progress?.(fleet.output.map(row => ({ ...row })));
    return fleet.output;
}
/**
 * Follows every `pending` row to a final status (other rows pass through unchanged) and returns
 * all rows in their input order, reading through `reads`. See waitForFleet.
 */
async function followFleet(settings, reads, rows, sent, port, clock = shared_port/* systemClock */.ml, signal) {
    if (settings.waitFor === 'none')
        return rows;
    const start = clock.now();
    const deadline = start + settings.timeoutMinutes * 60_000;
    const ctx = {
        settings,
        reads,
        clock,
        signal: signal ?? new AbortController().signal,
        bound: `${settings.timeoutMinutes}-minute bound`,
        registrationError: null,
        notes: new Set(),
        changed: false
    };
    const fleet = trackFleet(ctx, rows, sent, start);
    const { tracked, commands } = fleet;
    if (tracked.length === 0)
        return fleet.output;
    port.info(`Waiting for ${tracked.length} instance(s), ${commands.length} command(s) in ${fleet.regions.length} region(s) ` +
        `(wait-for: ${settings.waitFor}, bound ${settings.timeoutMinutes} min).`);
    let delay = null;
    let round = 0;
    let previous = null;
    let listedAt = null;
    for (;;) {
        if (signal?.aborted)
            break;
        const last = clock.now() >= deadline;
        round++;
        ctx.notes = new Set();
        ctx.changed = false;
        // Every request of the round ends by the bound (or finalRoundMs into the round at it).
        const roundEnd = roundDeadline(signal, last ? finalRoundMs(deadline - start) : deadline - clock.now());
        ctx.signal = roundEnd.signal;
        try {
            await Promise.all(fleet.regions.map(state => followCommands(ctx, state, last)));
            // A DRS listing reads every server of the region (5 pages at 5,000): while install commands
            // still run, one every BACKOFF.initialMs is enough; once none runs, or at the bound, every round.
            const commandsOpen = tracked.some(t => t.phase === 'command');
            const listingDue = last || !commandsOpen || listedAt === null || clock.now() - listedAt >= BACKOFF.initialMs;
            if (!signal?.aborted && listingDue && (await followRegistration(ctx, tracked))) {
                listedAt = clock.now();
            }
        }
        finally {
            roundEnd.end();
        }
        if (signal?.aborted)
            break;
        if (last)
            closeAtBound(ctx, commands, tracked);
        const open = tracked.some(t => t.phase !== 'final');
        const progress = progressOf(clock, commands);
        delay = open ? nextDelay(delay, ctx.changed, estimateRemainingMs(previous, progress)) : null;
        previous = progress;
        const sleepMs = delay === null ? null : Math.max(0, Math.min(delay, deadline - clock.now()));
        port.info(roundLine(round, clock.now() - start, roundRows(tracked), ctx.notes, sleepMs));
        port.progress?.(fleet.output.map(row => ({ ...row })));
        if (!open)
            return fleet.output;
        await clock.sleep(sleepMs ?? 0, signal);
    }
    return reportCancelled(port, fleet, clock.now() - start);
}
/**
 * Follows every `pending` row to a final status (other rows pass through unchanged) and returns
 * all rows in their input order. `commands` are those deploy sent (region, id, instances, when).
 * Bounded by settings.timeoutMinutes from the call, requests included; an aborted `signal`
 * returns the rows as currently known (still `pending`, with their last state).
 */
function waitForFleet(settings, clients, rows, commands, port, clock = shared_port/* systemClock */.ml, signal) {
    const reads = createWaitReads(clients, settings.targetRegion);
    return followFleet(settings, reads, rows, commands, port, clock, signal);
}

;// CONCATENATED MODULE: ./src/install/fleet.ts
// Everything a run needs after the credential chain: the EC2, SSM and DRS clients and the phases
// that use them. The engine imports this module on demand, in parallel with the STS calls, so
// start-up pays only for @actions/core and the STS client (the bundler puts it in its own chunk).






/***/ })

};
