export const id = 367651;
export const ids = [367651];
export const modules = {

/***/ 5155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AwsClients: () => (/* reexport */ clients/* AwsClients */.cE),
  SharedWait: () => (/* reexport */ SharedWait),
  createWaitReads: () => (/* reexport */ createWaitReads),
  deployFleet: () => (/* reexport */ deployFleet),
  discoverFleet: () => (/* reexport */ discover/* discoverFleet */.KV),
  loadSnsClient: () => (/* reexport */ clients/* loadSnsClient */.Y2),
  runAccount: () => (/* reexport */ runAccount),
  waitForFleet: () => (/* reexport */ waitForFleet)
});

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/shared/clock.ts
var shared_clock = __webpack_require__(6103);
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/shared/rows.ts
var shared_rows = __webpack_require__(580);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(4736);
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
    return ssm.send(guardAgainstBlindResend(new dist_cjs/* SendCommandCommand */.VWR(input)));
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
    const pages = (0,dist_cjs/* paginateListCommands */.sgX)({ client: ssm, pageSize: 50 }, { Filters: [invokedAfter(sent.since)], MaxResults: 50 });
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
    const batches = (0,concurrency/* chunk */.iv)(sorted, MAX_INSTANCES_PER_COMMAND);
    const results = await Promise.all(batches.map((batch, index) => sendBatch(ctx, batch, `${ctx.labelPrefix}${index + 1}`)));
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
        pacer: new concurrency/* Pacer */._E(clock, 1000 / SENDS_PER_SECOND),
        clock,
        port,
        signal: options.signal,
        onBatch: options.onBatch,
        labelPrefix: options.labelPrefix ?? ''
    }, list)));
    return {
        rows: (0,shared_rows/* sortRows */.sN)(perRegion.flatMap(region => region.rows)),
        commands: perRegion.flatMap(region => region.commands)
    };
}

// EXTERNAL MODULE: ./src/install/discover.ts
var discover = __webpack_require__(2116);
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
    await (0,concurrency/* mapLimited */.bB)(commands, CONCURRENCY, async (command) => {
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
    await (0,concurrency/* mapLimited */.bB)(toRead, CONCURRENCY, command => readInvocations(ctx, command));
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

// EXTERNAL MODULE: ./src/install/wait/schedule.ts
var schedule = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/install/wait/follow.ts





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
/** One fleet's polling state; `round()` does one round of reads and decides the next pause. */
class FleetFollow {
    clock;
    signal;
    start;
    deadline;
    ctx;
    fleet;
    delay = null;
    previous = null;
    listedAt = null;
    /** The pause after the last round (bounded by the deadline); null once nothing is open. */
    sleepMs = null;
    /** When the next round is due, in clock ms. */
    nextAt;
    /** Every row is final. */
    done = false;
    /** The run's cancel signal aborted during the last round (its rows are as last known). */
    aborted = false;
    constructor(settings, reads, rows, sent, clock, signal) {
        this.clock = clock;
        this.signal = signal;
        this.start = clock.now();
        this.deadline = this.start + settings.timeoutMinutes * 60_000;
        this.nextAt = this.start;
        this.ctx = {
            settings,
            reads,
            clock,
            signal: signal ?? new AbortController().signal,
            bound: `${settings.timeoutMinutes}-minute bound`,
            registrationError: null,
            notes: new Set(),
            changed: false
        };
        this.fleet = trackFleet(this.ctx, rows, sent, this.start);
        this.done = this.fleet.tracked.length === 0;
    }
    /** Every row, in input order (pending ones as far as followed). */
    get output() {
        return this.fleet.output;
    }
    get trackedCount() {
        return this.fleet.tracked.length;
    }
    /** The line that opens the wait for this fleet. */
    intro() {
        const { settings } = this.ctx;
        return (`Waiting for ${this.fleet.tracked.length} instance(s), ${this.fleet.commands.length} command(s) in ${this.fleet.regions.length} region(s) ` +
            `(wait-for: ${settings.waitFor}, bound ${settings.timeoutMinutes} min).`);
    }
    /** What each followed row is doing, for the round line. */
    roundRows() {
        return roundRows(this.fleet.tracked);
    }
    /** One round of reads; afterwards `done`, `aborted`, `sleepMs` and `nextAt` say what is next. */
    async round() {
        const { ctx, clock, signal, fleet, deadline, start } = this;
        const { tracked, commands } = fleet;
        const last = clock.now() >= deadline;
        ctx.notes = new Set();
        ctx.changed = false;
        // Every request of the round ends by the bound (or finalRoundMs into the round at it).
        const roundEnd = (0,schedule/* roundDeadline */.pL)(signal, last ? (0,schedule/* finalRoundMs */.B0)(deadline - start) : deadline - clock.now());
        ctx.signal = roundEnd.signal;
        try {
            await Promise.all(fleet.regions.map(state => followCommands(ctx, state, last)));
            // A DRS listing reads every server of the region (5 pages at 5,000): while install commands
            // still run, one every BACKOFF.initialMs is enough; once none runs, or at the bound, every round.
            const commandsOpen = tracked.some(t => t.phase === 'command');
            const listingDue = last ||
                !commandsOpen ||
                this.listedAt === null ||
                clock.now() - this.listedAt >= schedule/* BACKOFF */.hH.initialMs;
            if (!signal?.aborted && listingDue && (await followRegistration(ctx, tracked))) {
                this.listedAt = clock.now();
            }
        }
        finally {
            roundEnd.end();
        }
        if (signal?.aborted) {
            this.aborted = true;
            return;
        }
        if (last)
            closeAtBound(ctx, commands, tracked);
        const open = tracked.some(t => t.phase !== 'final');
        const progress = progressOf(clock, commands);
        this.delay = open
            ? (0,schedule/* nextDelay */.rM)(this.delay, ctx.changed, (0,schedule/* estimateRemainingMs */.lM)(this.previous, progress))
            : null;
        this.previous = progress;
        this.sleepMs =
            this.delay === null ? null : Math.max(0, Math.min(this.delay, deadline - clock.now()));
        this.nextAt = clock.now() + (this.sleepMs ?? 0);
        this.done = !open;
    }
    /** The rows as known when the wait was cancelled, each open one saying so. */
    cancel() {
        for (const entry of this.fleet.tracked) {
            if (entry.phase !== 'final')
                entry.row.message = `wait cancelled; last seen: ${entry.row.message ?? entry.lastStatus}`;
        }
        return this.fleet.output;
    }
}

// EXTERNAL MODULE: ./src/aws/drs-servers.ts
var drs_servers = __webpack_require__(6519);
;// CONCATENATED MODULE: ./src/install/wait/reads.ts


function createWaitReads(clients, targetRegion) {
    return {
        async listCommands(region, filters, wanted, maxPages, signal) {
            const found = new Map();
            let pages = 0;
            const pager = (0,dist_cjs/* paginateListCommands */.sgX)({ client: clients.ssm(region) }, { Filters: filters, MaxResults: 50 }, { abortSignal: signal });
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
                .send(new dist_cjs/* ListCommandsCommand */.I$q({ CommandId: commandId }), { abortSignal: signal });
            return out.Commands?.find(c => c.CommandId === commandId) ?? null;
        },
        async invocations(region, commandId, signal) {
            const all = [];
            const pager = (0,dist_cjs/* paginateListCommandInvocations */.ayw)({ client: clients.ssm(region) }, { CommandId: commandId, Details: true, MaxResults: 50 }, { abortSignal: signal });
            for await (const page of pager)
                all.push(...(page.CommandInvocations ?? []));
            return all;
        },
        sourceServers(instanceIds, signal) {
            return (0,drs_servers/* sourceServersByInstance */.Gn)(clients.drs(targetRegion), signal, instanceIds);
        }
    };
}

;// CONCATENATED MODULE: ./src/install/wait/shared.ts





/** Sends read at once in one round: each has its own account and region limits, the runner not. */
const SENDS_IN_FLIGHT = 32;
/** A send due within this of the round's start is read in it, so rounds gather the due sends. */
const GATHER_MS = schedule/* MIN_POLL_MS */.yZ / 2;
class SharedWait {
    options;
    clock;
    active = [];
    loop = null;
    wake = null;
    round = 0;
    firstAt = null;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? shared_port/* systemClock */.ml;
    }
    /** Sends still followed. */
    get open() {
        return this.active.length;
    }
    /** Rounds so far. */
    get rounds() {
        return this.round;
    }
    /**
     * Follows the send's `pending` rows to a final status (other rows pass through) and resolves
     * with all of them in input order, bounded by timeout-minutes from this call.
     */
    submit(settings, reads, rows, sent, port, label = '') {
        if (settings.waitFor === 'none')
            return Promise.resolve(rows);
        const follow = new FleetFollow(settings, reads, rows, sent, this.clock, this.options.signal);
        if (follow.trackedCount === 0)
            return Promise.resolve(follow.output);
        port.info(follow.intro());
        this.firstAt ??= this.clock.now();
        const done = new Promise(resolve => {
            this.active.push({ follow, port, label, resolve });
        });
        // Read soon, not at once: other accounts finishing their sends join the same round.
        follow.nextAt = this.clock.now() + (this.loop ? schedule/* BACKOFF */.hH.initialMs : 0);
        this.wake?.abort();
        this.loop ??= this.run().finally(() => {
            this.loop = null;
        });
        return done;
    }
    async run() {
        const { signal } = this.options;
        while (this.active.length > 0) {
            if (signal?.aborted)
                return this.cancelAll();
            const now = this.clock.now();
            const due = this.active.filter(s => s.follow.nextAt <= now + GATHER_MS);
            if (due.length > 0)
                await this.readRound(due);
            if (signal?.aborted)
                return this.cancelAll();
            if (this.active.length === 0)
                return;
            const nextAt = Math.min(...this.active.map(s => s.follow.nextAt));
            const pause = Math.max(nextAt - this.clock.now(), due.length > 0 ? schedule/* MIN_POLL_MS */.yZ : 0);
            this.wake = new AbortController();
            const wake = signal ? AbortSignal.any([signal, this.wake.signal]) : this.wake.signal;
            await this.clock.sleep(pause, wake);
            this.wake = null;
        }
    }
    async readRound(due) {
        this.round++;
        await (0,concurrency/* mapLimited */.bB)(due, SENDS_IN_FLIGHT, submission => submission.follow.round());
        if (this.options.signal?.aborted)
            return;
        const notes = new Set();
        for (const { follow, label } of due)
            for (const note of follow.ctx.notes)
                notes.add(label + note);
        const rows = this.active.flatMap(s => s.follow.roundRows());
        const open = this.active.filter(s => !s.follow.done);
        const next = open.length > 0 ? Math.min(...open.map(s => s.follow.nextAt)) : null;
        const nextMs = next === null ? null : Math.max(0, next - this.clock.now());
        const elapsed = this.clock.now() - (this.firstAt ?? this.clock.now());
        this.options.port.info(`${roundLine(this.round, elapsed, rows, notes, nextMs)} (${this.active.length} send(s) followed)`);
        for (const submission of due) {
            submission.port.progress?.(submission.follow.output.map(row => ({ ...row })));
            if (submission.follow.done)
                this.settle(submission, submission.follow.output);
        }
    }
    settle(submission, rows) {
        this.active.splice(this.active.indexOf(submission), 1);
        submission.resolve(rows);
    }
    cancelAll() {
        const elapsed = this.clock.now() - (this.firstAt ?? this.clock.now());
        this.options.port.info(`Wait cancelled after ${Math.round(elapsed / 1000)}s; reporting the rows as known.`);
        for (const submission of [...this.active]) {
            const rows = submission.follow.cancel();
            submission.port.progress?.(rows.map(row => ({ ...row })));
            this.settle(submission, rows);
        }
    }
}

;// CONCATENATED MODULE: ./src/install/wait/index.ts









/**
 * Follows every `pending` row to a final status (other rows pass through unchanged) and returns
 * all rows in their input order, reading through `reads`. See waitForFleet.
 */
async function followFleet(settings, reads, rows, sent, port, clock = shared_port/* systemClock */.ml, signal) {
    if (settings.waitFor === 'none')
        return rows;
    const follow = new FleetFollow(settings, reads, rows, sent, clock, signal);
    if (follow.trackedCount === 0)
        return follow.output;
    port.info(follow.intro());
    let round = 0;
    for (;;) {
        if (signal?.aborted)
            break;
        round++;
        await follow.round();
        if (follow.aborted)
            break;
        port.info(roundLine(round, clock.now() - follow.start, follow.roundRows(), follow.ctx.notes, follow.sleepMs));
        port.progress?.(follow.output.map(row => ({ ...row })));
        if (follow.done)
            return follow.output;
        await clock.sleep(follow.sleepMs ?? 0, signal);
    }
    const output = follow.cancel();
    port.info(`Wait cancelled after ${Math.round((clock.now() - follow.start) / 1000)}s; reporting the rows as known.`);
    port.progress?.(output.map(row => ({ ...row })));
    return output;
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

;// CONCATENATED MODULE: ./src/install/quota.ts

function quotaMessage(settings, replicating, eligible) {
    return (`not sent: DRS in ${settings.targetRegion} already replicates ${replicating} source servers ` +
        `for account ${settings.accountId}; drs-replicating-limit is ${settings.drsReplicatingLimit} ` +
        `and ${eligible} more were eligible`);
}
/**
 * Splits `candidates` (row order: region, then instance id) at the room left under the quota.
 * `replicating` null (the servers were not listed) sends every candidate.
 */
function applyReplicatingQuota(settings, candidates, replicating) {
    if (replicating === null)
        return { send: [...candidates], rows: [] };
    const room = Math.max(0, settings.drsReplicatingLimit - replicating);
    if (candidates.length <= room)
        return { send: [...candidates], rows: [] };
    const message = quotaMessage(settings, replicating, candidates.length);
    return {
        send: candidates.slice(0, room),
        rows: candidates
            .slice(room)
            .map(candidate => (0,shared_rows/* makeRow */.xG)({ ...candidate, status: 'failed', message }))
    };
}

// EXTERNAL MODULE: ./src/settings/rollout.ts
var rollout = __webpack_require__(8284);
;// CONCATENATED MODULE: ./src/install/stages.ts
// Staged roll-out, the pure part: one account's candidates -> ordered stages (canary, then waves
// by the numeric value of wave-tag, untagged last), the failure budget over the stages so far, and
// the words of the rows it decides (halted, dry-run). No I/O; rollout.ts runs the stages.


/** canary: a count (at most every candidate) or a percentage of them, rounded up. */
function canaryCount(canary, total) {
    if (canary.kind === 'count')
        return Math.min(canary.value, total);
    // Whole percentages only, so integer arithmetic rounds up exactly (10% of 30 is 3, not 4).
    return Math.min(total, Math.ceil((canary.value * total) / 100));
}
/** A wave tag's numeric value; null when absent, empty or not a number (the untagged wave). */
function waveValue(text) {
    if (text === null || text === undefined || text.trim() === '')
        return null;
    const value = Number(text.trim());
    return Number.isFinite(value) ? value : null;
}
function stage(index, kind, wave, list) {
    const label = kind === 'canary'
        ? 'canary'
        : kind === 'wave'
            ? `wave ${wave}`
            : kind === 'untagged'
                ? 'untagged wave'
                : 'all candidates';
    return { index, kind, label, wave, candidates: list };
}
/**
 * One account's stages: candidates ordered by wave (lowest value first, untagged last; within a
 * wave, row order), the first `canary` of that order as the canary stage, then one stage per wave
 * value of the rest. Empty stages are left out.
 */
function planStages(accountId, candidates, rollout) {
    const staged = rollout.canary.value > 0 || rollout.waveTag !== null;
    const keyed = candidates.map((candidate, at) => ({
        candidate,
        at,
        wave: rollout.waveTag === null ? null : waveValue(candidate.waveTagValue)
    }));
    // Stable: untagged after every numeric wave, ties keep row order.
    keyed.sort((a, b) => {
        if (a.wave !== b.wave) {
            if (a.wave === null)
                return 1;
            if (b.wave === null)
                return -1;
            return a.wave - b.wave;
        }
        return a.at - b.at;
    });
    const canary = canaryCount(rollout.canary, keyed.length);
    const stages = [];
    if (canary > 0) {
        stages.push(stage(1, 'canary', null, keyed.slice(0, canary).map(k => k.candidate)));
    }
    const rest = keyed.slice(canary);
    if (rollout.waveTag === null) {
        if (rest.length > 0)
            stages.push(stage(stages.length + 1, 'all', null, rest.map(k => k.candidate)));
        return { accountId, staged, stages };
    }
    for (const entry of rest) {
        const last = stages[stages.length - 1];
        if (last && last.kind !== 'canary' && last.wave === entry.wave) {
            last.candidates.push(entry.candidate);
        }
        else {
            const kind = entry.wave === null ? 'untagged' : 'wave';
            stages.push(stage(stages.length + 1, kind, entry.wave, [entry.candidate]));
        }
    }
    return { accountId, staged, stages };
}
/** Adds a finished stage's rows to the tally: every candidate of it was sent or tried. */
function addStage(tally, stageRows) {
    return {
        sent: tally.sent + stageRows.length,
        failures: tally.failures + stageRows.filter(row => (0,shared_rows/* isFailure */.N6)(row.status)).length
    };
}
/** Failures allowed for `sent` candidates (a percentage may allow a fraction: 10% of 15 is 1.5). */
function allowedFailures(maxFailures, sent) {
    return maxFailures.kind === 'count' ? maxFailures.value : (maxFailures.value * sent) / 100;
}
/** Exceeded when the failures of the stages so far are above max-failures of those sent so far. */
function budgetExceeded(maxFailures, tally) {
    if (maxFailures.kind === 'count')
        return tally.failures > maxFailures.value;
    // Compared in integers, so 10% of 20 allows exactly 2.
    return tally.failures * 100 > maxFailures.value * tally.sent;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Why the roll-out stopped after `last`, e.g. "the canary stage had 2 failures, above max-failures
 * 1" or "the 2 stages up to wave 1 had 3 failures of 12 sent, above max-failures 20% (2.4 of 12)".
 */
function stopReason(last, tally, maxFailures) {
    const subject = last.index === 1 ? `the ${last.label} stage` : `the ${last.index} stages up to ${last.label}`;
    if (maxFailures.kind === 'count') {
        return `${subject} had ${plural(tally.failures, 'failure')}, above max-failures ${maxFailures.value}`;
    }
    const allowed = Math.round(allowedFailures(maxFailures, tally.sent) * 10) / 10;
    return (`${subject} had ${plural(tally.failures, 'failure')} of ${tally.sent} sent, above ` +
        `max-failures ${(0,rollout/* formatAmount */.ej)(maxFailures)} (${allowed} of ${tally.sent})`);
}
/** A candidate not sent because the budget was exceeded. */
function haltedRow(candidate, reason) {
    return (0,shared_rows/* makeRow */.xG)({ ...candidate, status: 'halted', message: `not sent: ${reason}` });
}
/** A dry-run row says which stage its instance would be in. */
function withStageNote(row, stage, of) {
    const note = `stage ${stage.index} of ${of}: ${stage.label}`;
    return { ...row, message: row.message ? `${row.message}; ${note}` : note };
}
/** A stage's record from its rows (done), or before it ran (waiting, halted, running). */
function stageRecord(plan, stage, state, stageRows = []) {
    return {
        accountId: plan.accountId,
        index: stage.index,
        of: plan.stages.length,
        label: stage.label,
        state,
        candidates: stage.candidates.length,
        sent: stageRows.filter(row => row.commandId !== null).length,
        installed: stageRows.filter(row => row.status === 'installed').length,
        failed: stageRows.filter(row => (0,shared_rows/* isFailure */.N6)(row.status)).length,
        stoppedHere: null
    };
}

;// CONCATENATED MODULE: ./src/install/rollout.ts
// Staged roll-out, the running part: an account's stages one after the other, each sent and waited
// for by the caller's `runStage`, the failure budget checked after each, and everything after the
// stage that passed it `halted`. It does not care how a stage is sent or waited for.


function stageLine(record, tally, maxFailures) {
    return (`${prefix(record)}: ${record.sent} sent, ${record.installed} installed, ${record.failed} failed ` +
        `(so far ${tally.failures} failed of ${tally.sent}, max-failures ${(0,rollout/* formatAmount */.ej)(maxFailures)})`);
}
const prefix = (record) => `Account ${record.accountId} stage ${record.index}/${record.of} (${record.label})`;
/** Runs the plan's stages in order; see RunStage for what each must return. */
async function rollOut(plan, runStage, options) {
    const { port, maxFailures } = options;
    const report = (record) => {
        if (plan.staged)
            port.stage?.(record);
    };
    const records = plan.stages.map(stage => stageRecord(plan, stage, 'waiting'));
    const rows = [];
    let tally = { sent: 0, failures: 0 };
    let stopped = null;
    for (const [at, stage] of plan.stages.entries()) {
        if (stopped !== null) {
            rows.push(...stage.candidates.map(candidate => haltedRow(candidate, stopped)));
            records[at] = stageRecord(plan, stage, 'halted');
            report(records[at]);
            continue;
        }
        records[at] = stageRecord(plan, stage, 'running');
        report(records[at]);
        if (plan.staged) {
            port.info(`${prefix(records[at])}: sending ${stage.candidates.length} instance(s).`);
        }
        let stageRows = await runStage(stage);
        if (plan.staged && options.dryRun) {
            stageRows = stageRows.map(row => withStageNote(row, stage, plan.stages.length));
        }
        rows.push(...stageRows);
        tally = addStage(tally, stageRows);
        records[at] = stageRecord(plan, stage, 'done', stageRows);
        const more = at < plan.stages.length - 1;
        if (more && !options.signal?.aborted && budgetExceeded(maxFailures, tally)) {
            stopped = stopReason(stage, tally, maxFailures);
            records[at].stoppedHere = stopped;
        }
        report(records[at]);
        if (plan.staged)
            port.info(stageLine(records[at], tally, maxFailures));
        if (stopped !== null) {
            const left = plan.stages.slice(at + 1).reduce((sum, s) => sum + s.candidates.length, 0);
            port.info(`${prefix(records[at])}: roll-out halted, ${stopped}; ${left} instance(s) not sent.`);
        }
    }
    return { rows, stages: records, stopped };
}

;// CONCATENATED MODULE: ./src/install/account.ts





/** An account after discovery: its clients, and the one way to send and wait for candidates. */
class AccountPipeline {
    settings;
    clients;
    port;
    run;
    held;
    sends = 0;
    constructor(settings, clients, port, run, held) {
        this.settings = settings;
        this.clients = clients;
        this.port = port;
        this.run = run;
        this.held = held;
    }
    /** The run's cancel signal. */
    get signal() {
        return this.run.signal;
    }
    /** Gives the discovery slot back (when nothing is to be sent). */
    releaseSlot() {
        this.held?.();
        this.held = null;
    }
    /**
     * Sends these candidates (holding a slot while sending), then waits for them without a slot;
     * returns one final row per candidate. May be called again for more candidates of the account.
     */
    async sendAndWait(candidates) {
        if (candidates.length === 0) {
            this.releaseSlot();
            return [];
        }
        const { fleet, clock, signal, progress } = this.run;
        const release = this.held ?? (await this.run.slots.acquire());
        this.held = null;
        this.sends++;
        let deployment;
        try {
            deployment = await fleet.deployFleet(this.settings, this.clients, [...candidates], this.port, clock, {
                signal,
                onBatch: batch => progress.answered(batch.rows),
                labelPrefix: this.sends > 1 ? `s${this.sends}-` : ''
            });
        }
        finally {
            release();
        }
        progress.answered(deployment.rows);
        if (this.settings.dryRun || this.settings.waitFor === 'none' || signal?.aborted) {
            return deployment.rows;
        }
        return this.run.waiter({
            settings: this.settings,
            clients: this.clients,
            port: this.port,
            rows: deployment.rows,
            commands: deployment.commands
        });
    }
}
/**
 * The default: the account's staged roll-out (canary, waves, failure budget), each stage one
 * sendAndWait. Without canary and wave-tag it is one stage: everything sent at once.
 */
const stagedRollOut = async (pipeline, candidates) => {
    const { settings, port } = pipeline;
    const rollout = await rollOut(planStages(settings.accountId, candidates, settings), stage => pipeline.sendAndWait(stage.candidates), { maxFailures: settings.maxFailures, port, dryRun: settings.dryRun, signal: pipeline.signal });
    // A plan without stages (no candidates) never called sendAndWait: give the slot back.
    pipeline.releaseSlot();
    return rollout.rows;
};
function stopped(settings, message) {
    return {
        rows: (0,shared_rows/* stoppedRunRows */._R)(settings.accountId, settings.sourceRegions, message),
        stopped: message
    };
}
/** Discovery for one account: null (with the stopped outcome) when DRS or the role stopped it. */
async function account_discover(run, input, clients) {
    try {
        const discovery = await run.fleet.discoverFleet(input.settings, clients, input.port, {
            signal: run.signal,
            onRegion: result => run.progress.region(result)
        });
        run.progress.answered(discovery.rows);
        return discovery;
    }
    catch (error) {
        return stopped(input.settings, (0,shared_port/* errorMessage */.gJ)(error));
    }
}
/** Runs one account end to end. Never rejects for an AWS failure: it becomes the account's rows. */
async function runAccount(run, input) {
    const { settings } = input;
    const release = await run.slots.acquire();
    let clients = null;
    try {
        try {
            // Assume up front: a role that cannot be assumed stops the account before any other call.
            await input.credentials();
        }
        catch (error) {
            const outcome = stopped(settings, (0,shared_port/* errorMessage */.gJ)(error));
            run.progress.answered(outcome.rows);
            return outcome;
        }
        input.onAssumed?.();
        clients = new run.fleet.AwsClients({
            credentials: input.credentials,
            ...run.retry,
            userAgent: run.userAgent
        });
        const discovery = await account_discover(run, input, clients);
        if (!('candidates' in discovery)) {
            run.progress.answered(discovery.rows);
            return discovery;
        }
        const quota = applyReplicatingQuota(settings, discovery.candidates, discovery.replicating ?? null);
        if (quota.rows.length > 0) {
            input.port.warning(`${quota.rows.length} candidate(s) ${quota.rows[0].message ?? ''}`);
            run.progress.answered(quota.rows);
        }
        const pipeline = new AccountPipeline(settings, clients, input.port, run, release);
        const sent = await (input.install ?? stagedRollOut)(pipeline, quota.send);
        return { rows: (0,shared_rows/* sortRows */.sN)([...discovery.rows, ...quota.rows, ...sent]), stopped: null };
    }
    finally {
        release();
        clients?.destroy();
    }
}

;// CONCATENATED MODULE: ./src/install/fleet.ts
// Everything a run needs after the credential chain: the EC2, SSM and DRS clients and the phases
// that use them. The engine imports this module on demand, in parallel with the STS calls, so
// start-up pays only for @actions/core and the STS client (the bundler puts it in its own chunk).







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
