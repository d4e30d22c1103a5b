export const id = 805491;
export const ids = [805491];
export const modules = {

/***/ 5380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanUpLeftovers: () => (/* binding */ cleanUpLeftovers),
  runDrill: () => (/* binding */ runDrill)
});

// UNUSED EXPORTS: applyCleanup

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-drs/dist-cjs/index.js
var dist_cjs = __webpack_require__(4722);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
;// CONCATENATED MODULE: ./src/aws/retry.ts
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
            requestHandler: REQUEST_TIMEOUTS
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

// EXTERNAL MODULE: ./src/shared/port.ts + 1 modules
var shared_port = __webpack_require__(9237);
;// CONCATENATED MODULE: ./src/accounts/port.ts
/** The port with `prefix` before every log line; masking, tokens and progress pass through. */
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
    return prefixed;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@smithy/service-error-classification/dist-cjs/index.js
var service_error_classification_dist_cjs = __webpack_require__(2058);
;// CONCATENATED MODULE: ./src/aws/errors.ts
// The one reading of an AWS SDK error: what kind of failure it is, so every phase decides the same
// way whether to ask again, look up, or stop with a hint. Built on the SDK's own classification
// (@smithy/service-error-classification), plus what it does not know: which transport failures
// happened before anything was sent, the codes that mean "credentials" or "region", and the
// DRS client (3.523) that loses the HTTP status of a 5xx whose body is not JSON.


const RETRYABLE = new Set([
    'throttled',
    'transient',
    'not-sent',
    'maybe-sent'
]);
/** Throttled, transient, not sent, or maybe sent: a later attempt can succeed (a send needs a look-up first when maybe sent). */
function isRetryableKind(kind) {
    return RETRYABLE.has(kind);
}
// Connection never made: nothing reached the endpoint.
const NOT_SENT_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EADDRNOTAVAIL'
]);
// The connection was made and the request may have been written.
const MAYBE_SENT_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'ERR_STREAM_PREMATURE_CLOSE',
    'UND_ERR_SOCKET'
]);
// Codes the smithy lists miss (SNS answers Throttled; some services RateExceeded).
const THROTTLING_CODES = /^(Throttl|TooManyRequests|RequestLimitExceeded|SlowDown|RateExceeded)/;
const SERVER_CODES = new Set([
    'InternalFailure',
    'InternalError',
    'InternalServerError',
    'InternalServerException',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'Unavailable'
]);
const BAD_CREDENTIAL_CODES = new Set([
    'ExpiredToken',
    'ExpiredTokenException',
    'RequestExpired',
    'TokenRefreshRequired',
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'IncompleteSignatureException',
    'InvalidSignatureException',
    'MissingAuthenticationToken',
    'MissingAuthenticationTokenException'
]);
const ACCESS_DENIED_CODES = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'UnauthorizedException',
    'AuthorizationError',
    'AuthorizationErrorException',
    'NotAuthorized'
]);
const REGION_DISABLED_CODES = new Set(['RegionDisabledException', 'OptInRequired']);
// "The security token included in the request is invalid": region or credentials, by context.
const UNRECOGNISED_CODES = new Set([
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'AuthFailure'
]);
// What the SDK names an error it could not read a code from.
const GENERIC_CODES = /^(Error|Unknown|UnknownError|SyntaxError|\d{3})$/;
function shapeOf(error) {
    return error !== null && typeof error === 'object' ? error : {};
}
/**
 * The HTTP status, also where the SDK kept it only on the raw response: a DRS client of the
 * 3.523 line throws a bare SyntaxError for a 5xx whose body is not JSON (a proxy's HTML 503).
 */
function statusOf(shape) {
    return shape.$metadata?.httpStatusCode ?? shape.$response?.statusCode;
}
function networkCodeOf(shape) {
    return typeof shape.code === 'string' ? shape.code : undefined;
}
/** Transport failures and abandoned requests: no (full) HTTP answer to classify. */
function transportKind(shape) {
    const name = typeof shape.name === 'string' ? shape.name : '';
    const code = networkCodeOf(shape);
    if (code !== undefined && NOT_SENT_CODES.has(code))
        return 'not-sent';
    if (code !== undefined && MAYBE_SENT_CODES.has(code))
        return 'maybe-sent';
    if (name === 'CredentialsProviderError')
        return 'not-sent';
    if (name === 'CredentialChainError') {
        // Credentials are obtained before signing, so the call itself was never sent.
        const cause = shape.causeKind;
        return typeof cause === 'string' && RETRYABLE.has(cause)
            ? 'not-sent'
            : 'bad-credentials';
    }
    if (name === 'TimeoutError') {
        const message = typeof shape.message === 'string' ? shape.message : '';
        // The node handler's connection timeout, in its 2.x and 4.x wording.
        return /establish(ing)? a connection/i.test(message) ? 'not-sent' : 'maybe-sent';
    }
    // An aborted request (deadline, cancel) may have been written before the abort.
    if (name === 'AbortError')
        return 'maybe-sent';
    return null;
}
function answeredKind(shape, code, status, context) {
    const sdkShape = { ...shape, name: code, $metadata: { httpStatusCode: status } };
    if ((0,service_error_classification_dist_cjs/* isThrottlingError */.Qb)(sdkShape) || THROTTLING_CODES.test(code))
        return 'throttled';
    if (BAD_CREDENTIAL_CODES.has(code))
        return 'bad-credentials';
    if (ACCESS_DENIED_CODES.has(code))
        return 'access-denied';
    if (REGION_DISABLED_CODES.has(code))
        return 'region-disabled';
    if (UNRECOGNISED_CODES.has(code)) {
        return context.credentials === 'starting' ? 'bad-credentials' : 'region-disabled';
    }
    if ((0,service_error_classification_dist_cjs/* isTransientError */.bV)(sdkShape) || (0,service_error_classification_dist_cjs/* isServerError */.GQ)(sdkShape) || SERVER_CODES.has(code))
        return 'transient';
    if (status !== undefined && status >= 500)
        return 'transient';
    if (shape.name === 'SyntaxError') {
        // An answer that did not parse: of a 5xx, handled above; of a 2xx, AWS got the request.
        if (status === undefined || status < 300)
            return 'maybe-sent';
    }
    // A modelled code says what it is; only an answer without one (a proxy's page) goes by status.
    if (GENERIC_CODES.test(code) && status === 403)
        return 'access-denied';
    if (GENERIC_CODES.test(code) && status === 401)
        return 'bad-credentials';
    return 'invalid';
}
/** The kind, code and status of an error an AWS SDK client (or the credential chain) threw. */
function awsErrorFacts(error, context = {}) {
    const shape = shapeOf(error);
    const status = statusOf(shape);
    const transport = transportKind(shape);
    // A transport failure says what happened in its Node code; a chain failure carries STS's code.
    const code = transport !== null && typeof shape.code === 'string' ? shape.code : (0,shared_port/* errorCode */.CA)(error);
    const kind = transport ?? answeredKind(shape, code, status, context);
    return { kind, code, status, retryable: RETRYABLE.has(kind) };
}
/** What kind of failure an AWS SDK error is; see AwsErrorKind and AwsErrorContext. */
function classifyAwsError(error, context = {}) {
    return awsErrorFacts(error, context).kind;
}

;// CONCATENATED MODULE: ./src/aws/sts-errors.ts
// What to fix when an STS hop of the credential chain fails: by hop, the error's kind
// (classifyAwsError) and its code.


/** Says what to fix for an STS failure, by hop, the error's kind (classifyAwsError) and code. */
function explainStsError(error, hop, settings) {
    const code = (0,shared_port/* errorCode */.CA)(error);
    const detail = (0,shared_port/* errorMessage */.gJ)(error);
    if (hop === 'oidc-token') {
        return (`Could not get a GitHub OIDC token (${detail}). Give the job "permissions: id-token: write" ` +
            `(and run it where ACTIONS_ID_TOKEN_REQUEST_URL is set), or leave oidc-role-arn unset to start from ambient credentials.`);
    }
    const starting = hop === 'target-role' && !settings.oidcRoleArn;
    const kind = classifyAwsError(error, { credentials: starting ? 'starting' : 'issued' });
    const roleArn = hop === 'central-role' ? settings.oidcRoleArn : settings.roleArn;
    if (isRetryableKind(kind)) {
        return (`STS did not answer AssumeRole${hop === 'central-role' ? 'WithWebIdentity' : ''} into ${roleArn} ` +
            `after the SDK's retries (${code}: ${detail}); ${kind === 'throttled' ? 'STS is throttling: run fewer jobs at once or ' : ''}try again.`);
    }
    const byHop = hop === 'central-role'
        ? centralRoleHint(code, kind, detail, settings)
        : targetRoleHint(code, kind, detail, settings);
    if (byHop)
        return byHop;
    if (code === 'ValidationError' && /DurationSeconds|session limit/i.test(detail)) {
        return (`role-duration-seconds ${settings.roleDurationSeconds} is refused (${detail}). Role-chained sessions are capped at ` +
            `one hour by STS, and no session may exceed the role's MaxSessionDuration: use 3600 or less (the action refreshes sessions).`);
    }
    if (code === 'RegionDisabledException') {
        return `The STS endpoint the action uses (in target-region) is not activated for this account (${detail}); activate it in IAM account settings.`;
    }
    if (code === 'InvalidClientTokenId' ||
        code === 'UnrecognizedClientException' ||
        code === 'CredentialsProviderError') {
        return `No usable starting credentials (${code}: ${detail}). Set oidc-role-arn, or configure credentials before this step.`;
    }
    return `Could not assume ${roleArn} (${code}: ${detail}).`;
}
function centralRoleHint(code, kind, detail, settings) {
    // The SDK names the modelled error InvalidIdentityTokenException; the wire code is InvalidIdentityToken.
    if (code === 'InvalidIdentityToken' || code === 'InvalidIdentityTokenException') {
        return (`AssumeRoleWithWebIdentity into ${settings.oidcRoleArn} rejected the token (${code}: ${detail}). ` +
            `Check that the orchestration account has the IAM OIDC provider token.actions.githubusercontent.com ` +
            `with client id "${settings.audience}" (the audience input).`);
    }
    if (kind === 'access-denied') {
        return (`AssumeRoleWithWebIdentity into ${settings.oidcRoleArn} was denied (${detail}). Check the role's trust policy: ` +
            `token.actions.githubusercontent.com:aud must be "${settings.audience}" and :sub must match ` +
            `repo:${settings.run.repository || 'OWNER/REPO'}:... for this branch or environment.`);
    }
    if (code === 'ExpiredTokenException' || code === 'ExpiredToken') {
        return `The GitHub OIDC token expired before it was used (${detail}); re-run the job.`;
    }
    return null;
}
function targetRoleHint(code, kind, detail, settings) {
    if (kind === 'access-denied') {
        const externalIdHint = settings.externalId
            ? 'the external-id input must equal the sts:ExternalId in the trust policy'
            : 'if the trust policy requires sts:ExternalId, set the external-id input';
        return (`AssumeRole into ${settings.roleArn} was denied (${detail}). Check the role's trust policy: it must trust ` +
            `${settings.oidcRoleArn ?? 'the calling principal'}, and ${externalIdHint}.`);
    }
    if (code === 'ExpiredToken' || code === 'ExpiredTokenException') {
        return settings.oidcRoleArn
            ? `The session of ${settings.oidcRoleArn} expired before ${settings.roleArn} could be assumed (${detail}); re-run the job.`
            : `The starting credentials expired (${detail}), so ${settings.roleArn} cannot be assumed or renewed. ` +
                `For long waits use oidc-role-arn: the action then renews both sessions itself.`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/aws/credentials.ts
// The credential chain: (GitHub OIDC token -> central role) or ambient credentials -> target role,
// exposed as one refreshing provider that every AWS client shares.






/**
 * A failure of the chain; `message` says what to fix. `causeKind` is what the STS (or token)
 * failure was: a retryable one during a renewal is asked again in the next round, see
 * classifyAwsError.
 */
class CredentialChainError extends Error {
    hop;
    code;
    causeKind;
    constructor(message, hop, code, causeKind = 'invalid') {
        super(message);
        this.hop = hop;
        this.code = code;
        this.causeKind = causeKind;
        this.name = 'CredentialChainError';
    }
}
// The SDK re-asks a provider once credentials are within 5 minutes of expiry; refresh a little
// earlier than that, or at a quarter of the lifetime for short sessions.
const SDK_REFRESH_WINDOW_MS = 5 * 60 * 1000;
const REFRESH_MARGIN_MS = 60 * 1000;
const TAG_CHARS = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;
const SOURCE_IDENTITY_CHARS = /[^\w+=,.@-]/g;
function sanitiseTagValue(raw, maxLength = 256) {
    return raw.replace(TAG_CHARS, '').slice(0, maxLength);
}
/** STS SourceIdentity: [\w+=,.@-], 2..64; `dependabot[bot]` becomes `dependabotbot`. */
function sanitiseSourceIdentity(raw) {
    const value = raw.replace(SOURCE_IDENTITY_CHARS, '').slice(0, 64);
    return value.length >= 2 ? value : undefined;
}
/** Session tags that make the target session readable in CloudTrail; empty values are dropped. */
function sessionTags(run) {
    const tags = [
        { Key: 'GitHubRepository', Value: sanitiseTagValue(run.repository) },
        { Key: 'GitHubWorkflow', Value: sanitiseTagValue(run.workflow) },
        { Key: 'GitHubRunId', Value: sanitiseTagValue(run.runId) }
    ];
    return tags.filter(tag => tag.Value !== '');
}
/** The AssumeRole request into role-arn. ExternalId and tags belong here, never on the web-identity hop. */
function buildAssumeRoleInput(settings, withSessionTags = settings.sessionTagging) {
    const input = {
        RoleArn: settings.roleArn,
        RoleSessionName: settings.roleSessionName,
        DurationSeconds: settings.roleDurationSeconds
    };
    if (settings.externalId)
        input.ExternalId = settings.externalId;
    if (withSessionTags) {
        const sourceIdentity = sanitiseSourceIdentity(settings.run.actor);
        if (sourceIdentity)
            input.SourceIdentity = sourceIdentity;
        const tags = sessionTags(settings.run);
        if (tags.length > 0)
            input.Tags = tags;
    }
    return input;
}
function toIdentity(credentials, port) {
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey || !credentials.SessionToken) {
        throw new Error('STS returned no credentials');
    }
    // Masked before anything else can see them.
    port.mask(credentials.AccessKeyId);
    port.mask(credentials.SecretAccessKey);
    port.mask(credentials.SessionToken);
    return {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        sessionToken: credentials.SessionToken,
        expiration: credentials.Expiration
    };
}
function isAccessDenied(error) {
    const code = (0,shared_port/* errorCode */.CA)(error);
    return code === 'AccessDenied' || code === 'AccessDeniedException';
}
function stsConfigOf(options) {
    return {
        region: options.stsRegion,
        retryMode: options.retryMode,
        maxAttempts: options.maxAttempts,
        customUserAgent: options.userAgent,
        requestHandler: REQUEST_TIMEOUTS
    };
}
function chainFailure(error, hop, settings) {
    if (error instanceof CredentialChainError)
        throw error;
    // The target hop signs with the starting credentials unless a central session came first.
    const credentials = hop === 'target-role' && !settings.oidcRoleArn ? 'starting' : 'issued';
    throw new CredentialChainError(explainStsError(error, hop, settings), hop, (0,shared_port/* errorCode */.CA)(error), classifyAwsError(error, { credentials }));
}
/** A fresh OIDC token exchanged for the central role's session (both masked at once). */
async function assumeCentralRole(settings, port, stsConfig) {
    if (!port.getIdToken) {
        throw new CredentialChainError('oidc-role-arn is set but no OIDC token source is available: run inside GitHub Actions with "permissions: id-token: write".', 'oidc-token', 'NoTokenSource');
    }
    let token;
    try {
        token = await port.getIdToken(settings.audience);
    }
    catch (error) {
        return chainFailure(error, 'oidc-token', settings);
    }
    port.mask(token);
    // Web-identity calls are unsigned: no starting credentials are needed or used.
    const sts = new client_sts_dist_cjs/* STSClient */.iM(stsConfig);
    try {
        const response = await sts.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
            RoleArn: settings.oidcRoleArn,
            RoleSessionName: settings.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: Math.min(settings.roleDurationSeconds, 3600)
        }));
        return toIdentity(response.Credentials, port);
    }
    catch (error) {
        return chainFailure(error, 'central-role', settings);
    }
    finally {
        sts.destroy();
    }
}
async function assumeTargetRole(settings, port, stsConfig, start) {
    const sts = new client_sts_dist_cjs/* STSClient */.iM({ ...stsConfig, credentials: start });
    try {
        try {
            const response = await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL(buildAssumeRoleInput(settings)));
            return toIdentity(response.Credentials, port);
        }
        catch (error) {
            if (!settings.sessionTagging || !isAccessDenied(error))
                throw error;
            // Tell a tagging refusal from a trust refusal: the same request without tags decides it.
            let untaggedWorks = false;
            try {
                const probe = await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL(buildAssumeRoleInput(settings, false)));
                untaggedWorks = true;
                // The probe's session is discarded, but it exists: mask it like any other.
                const { AccessKeyId, SecretAccessKey, SessionToken } = probe.Credentials ?? {};
                for (const secret of [AccessKeyId, SecretAccessKey, SessionToken])
                    if (secret)
                        port.mask(secret);
            }
            catch {
                // The refusal is not about tags; report the original error.
            }
            if (!untaggedWorks)
                throw error;
            throw new CredentialChainError(`AssumeRole into ${settings.roleArn} was denied only because of session tags / SourceIdentity (${(0,shared_port/* errorMessage */.gJ)(error)}). ` +
                `Allow sts:TagSession and sts:SetSourceIdentity for ${settings.oidcRoleArn ?? 'the calling principal'} in the role's trust policy, or set session-tagging: false.`, 'target-role', (0,shared_port/* errorCode */.CA)(error));
        }
    }
    catch (error) {
        return chainFailure(error, 'target-role', settings);
    }
    finally {
        sts.destroy();
    }
}
/**
 * Caches what `obtain` returns and obtains anew when it nears expiry. Concurrent callers share
 * one renewal; a failed renewal is tried again on the next call.
 */
function refreshingProvider(obtain, clock, onRenewed) {
    let current = null;
    let renewal = null;
    let count = 0;
    function fresh() {
        if (!current)
            return false;
        const expiration = current.identity.expiration?.getTime();
        if (expiration === undefined)
            return true;
        const lifetime = expiration - current.obtainedAt;
        const window = Math.min(SDK_REFRESH_WINDOW_MS + REFRESH_MARGIN_MS, lifetime / 4);
        return expiration - clock.now() > window;
    }
    const provider = async () => {
        if (fresh())
            return current.identity;
        if (!renewal) {
            const renewing = current !== null;
            renewal = obtain()
                .then(identity => {
                count++;
                current = { identity, obtainedAt: clock.now() };
                if (renewing)
                    onRenewed();
                return identity;
            })
                .finally(() => {
                renewal = null;
            });
        }
        return renewal;
    };
    return { provider, assumptions: () => count };
}
/**
 * Builds the refreshing provider for the target role. The first call assumes the chain; later
 * calls return the cached session until it nears expiry, then run the whole chain again
 * (a fresh OIDC token and central session too).
 */
function createTargetCredentials(settings, port, options) {
    const stsConfig = stsConfigOf(options);
    const { oidcRoleArn } = settings;
    return refreshingProvider(async () => {
        let start = options.ambient;
        if (oidcRoleArn) {
            start = await assumeCentralRole({ ...settings, oidcRoleArn }, port, stsConfig);
            options.onAnswer?.('central-role');
        }
        const identity = await assumeTargetRole(settings, port, stsConfig, start);
        options.onAnswer?.('target-role');
        return identity;
    }, options.clock ?? systemClock, () => port.info(`Renewed the session for ${settings.roleArn}.`));
}
/**
 * A refreshing session for settings.roleArn assumed from `start` (a shared central session, or
 * the ambient start when undefined): the per-account hop of a many-account run. A renewal asks
 * `start` again, which renews itself only when it nears expiry, so all accounts share one central
 * session and one OIDC exchange.
 */
function createRoleCredentials(settings, port, options, start) {
    const stsConfig = stsConfigOf(options);
    return refreshingProvider(async () => {
        const identity = await assumeTargetRole(settings, port, stsConfig, start);
        options.onAnswer?.('target-role');
        return identity;
    }, options.clock ?? shared_port/* systemClock */.ml, () => port.debug(`Renewed the session for ${settings.roleArn}.`));
}
/**
 * The central role's own refreshing session (OIDC token -> AssumeRoleWithWebIdentity), for the
 * helper actions that act as the central role itself; without oidc-role-arn, the ambient start.
 */
function createCentralCredentials(settings, port, options) {
    const { oidcRoleArn } = settings;
    if (!oidcRoleArn)
        return options.ambient;
    const stsConfig = stsConfigOf(options);
    return refreshingProvider(() => assumeCentralRole({ ...settings, oidcRoleArn }, port, stsConfig), options.clock ?? shared_port/* systemClock */.ml, () => port.info(`Renewed the session for ${oidcRoleArn}.`)).provider;
}

;// CONCATENATED MODULE: ./src/accounts/sessions.ts

/** True when a chain failure is the central hop's (the OIDC token or the central role). */
function isCentralFailure(error) {
    return error instanceof CredentialChainError && error.hop !== 'target-role';
}
function createAccountSessions(settings, port, options) {
    const central = createCentralCredentials(settings, port, options);
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
                credentials = createRoleCredentials({ ...settings, roleArn: target.roleArn }, port, options, central);
                byAccount.set(target.accountId, credentials);
            }
            return credentials;
        }
    };
}

;// CONCATENATED MODULE: ./src/accounts/slots.ts
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

// EXTERNAL MODULE: ./src/accounts/targets.ts
var accounts_targets = __webpack_require__(7978);
;// CONCATENATED MODULE: ./src/accounts/each.ts






async function forEachAccount(settings, port, options, work) {
    const { concurrency, ...chain } = options;
    const sessions = createAccountSessions(settings, port, chain);
    try {
        await sessions.start();
    }
    catch (error) {
        const message = (0,shared_port/* errorMessage */.gJ)(error);
        return {
            results: settings.targets.map(target => work.failed(target, message)),
            centralFailure: message,
            assumed: 0,
            sessions
        };
    }
    const slots = new SlotPool(Math.max(1, concurrency));
    const many = (0,accounts_targets/* isManyAccountRun */.cU)(settings);
    let centralFailure = null;
    let assumed = 0;
    const runAccount = async (target) => {
        const release = await slots.acquire();
        try {
            if (centralFailure !== null)
                return work.failed(target, centralFailure);
            const accountPort = prefixedPort(port, (0,accounts_targets/* accountLogPrefix */.Gj)(settings, target.accountId));
            const credentials = sessions.forAccount(target).provider;
            try {
                await credentials();
            }
            catch (error) {
                const message = (0,shared_port/* errorMessage */.gJ)(error);
                if (isCentralFailure(error))
                    centralFailure ??= message;
                else if (many)
                    accountPort.warning(`Account ${target.accountId} stopped: ${message}`);
                return work.failed(target, message);
            }
            assumed++;
            accountPort.info(`Assumed ${target.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`);
            const clients = new AwsClients({
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
async function drs_servers_sourceServersByInstance(drs, signal, only) {
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
 * The signal a round's requests carry: the run's cancel signal, and a deadline (the bound, or
 * finalRoundMs for the round at the bound). Real time: the deadline bounds requests on the
 * wire, which only real time can.
 */
function roundSignal(signal, timeoutMs) {
    const deadline = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)));
    return signal ? AbortSignal.any([signal, deadline]) : deadline;
}

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
        for (const ids of chunk(verified, TERMINATE_MAX)) {
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
        delay = nextDelay(delay, changed);
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

;// CONCATENATED MODULE: ./src/install/preflight.ts
// Preflight: the DRS check that opens every run, and what DRS, EC2 and SSM said about one instance,
// decided into a final row or a send candidate (pure functions, in the contract's precedence:
// not-running id > skipped-registered > skipped-unmanaged > no instance profile > candidate), and
// the hint for a call that failed, by the kind of failure.





const AGENT_PROFILE_HINT = (/* unused pure expression or super */ null && ('attach an IAM instance profile whose role has AWSElasticDisasterRecoveryEc2InstancePolicy ' +
    '(the DRS agent) and AmazonSSMManagedInstanceCore (SSM)'));
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
function preflight_decideBeforeSsm(settings, region, instance, registration) {
    const base = {
        accountId: settings.accountId,
        region,
        instanceId: instance.instanceId,
        name: instance.name,
        platform: instance.platformDetails
    };
    if (instance.state !== 'running') {
        return makeRow({
            ...base,
            status: 'failed',
            message: `instance is ${instance.state}, not running: start it, or remove it from instance-ids`
        });
    }
    if (settings.skipRegistered && registration) {
        const state = registration.replicationState ?? 'unknown';
        return makeRow({
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
function preflight_decideAfterSsm(settings, region, instance, ssm) {
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
        return makeRow({ ...candidate, status: 'skipped-unmanaged', message });
    }
    if (!instance.instanceProfileArn) {
        return makeRow({
            ...candidate,
            status: 'failed',
            message: `no IAM instance profile: ${AGENT_PROFILE_HINT}`
        });
    }
    return candidate;
}
function preflight_isCandidate(decision) {
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
    switch (classifyAwsError(error)) {
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
function preflight_regionFailureMessage(api, region, error) {
    const code = (0,shared_port/* errorCode */.CA)(error);
    return `${api} failed in ${region} (${code}: ${(0,shared_port/* errorMessage */.gJ)(error)}); ${hintFor(error, api, region)}`;
}
function drsFailure(error, targetRegion) {
    if (errorCode(error) === 'UninitializedAccountException') {
        return new DrsNotInitialisedError(targetRegion, { cause: error });
    }
    return new RunFailure('drs-unavailable', `drs:DescribeSourceServers failed in ${targetRegion} (${errorCode(error)}: ${errorMessage(error)}); ` +
        `${hintFor(error, 'drs:DescribeSourceServers', targetRegion)}`, { cause: error });
}
/**
 * DRS source servers in the target region, by EC2 instance id. Always called first: it doubles as
 * the check that DRS is initialised. Without skip-registered one single-item call is enough.
 */
async function preflight_loadRegistrations(drs, targetRegion, listAll) {
    const byInstance = new Map();
    try {
        if (!listAll) {
            await drs.send(new DescribeSourceServersCommand({ filters: {}, maxResults: 1 }));
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
        const pages = paginateDescribeInstances({ client: ec2, pageSize: EC2_PAGE_SIZE }, { Filters, MaxResults: EC2_PAGE_SIZE });
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
                : `discovery failed in ${region}: ${errorMessage(error)}`;
        return {
            region,
            candidates: [],
            rows: [regionFailureRow(settings.accountId, region, message)],
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
        .map(id => makeRow({
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
    return { candidates, rows: sortRows(rows) };
}

// EXTERNAL MODULE: ./src/drill/plan.ts
var plan = __webpack_require__(7686);
// EXTERNAL MODULE: ./src/drill/rows.ts
var drill_rows = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/drill/discover.ts






async function listInstances(ec2, settings) {
    const byId = new Map();
    for (const Filters of instanceFilterSets(settings)) {
        const pages = (0,client_ec2_dist_cjs/* paginateDescribeInstances */.H0T)({ client: ec2, pageSize: EC2_PAGE_SIZE }, { Filters, MaxResults: EC2_PAGE_SIZE });
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
            throw new DrsNotInitialisedError(settings.targetRegion, { cause: error });
        }
        throw new RunFailure('drs-unavailable', preflight_regionFailureMessage('drs:DescribeSourceServers/DescribeJobs/DescribeRecoveryInstances', settings.targetRegion, error), { cause: error });
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
            rows.push((0,drill_rows/* drillFailureRow */.EJ)(settings.accountId, region, preflight_regionFailureMessage('ec2:DescribeInstances', region, error)));
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
        const answer = await ec2.send(new client_ec2_dist_cjs/* DescribeInstanceStatusCommand */.o0z({ InstanceIds: [...ids], IncludeAllInstances: true }));
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
        const pages = (0,dist_cjs.paginateDescribeJobs)({ client: drs() }, { filters });
        for await (const page of pages)
            views.push(...(page.items ?? []).map(toJobView));
        return views;
    };
    return {
        async startDrill(sourceServerIds, runTag) {
            const answer = await drs().send(new dist_cjs.StartRecoveryCommand({
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
            for (const ids of chunk(jobIds, FILTER_MAX))
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
            for await (const page of (0,dist_cjs.paginateDescribeJobLogItems)({ client: drs() }, { jobID: jobId })) {
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
            const filterSets = sourceServerIds ? chunk(sourceServerIds, FILTER_MAX) : [undefined];
            for (const ids of filterSets) {
                if (ids && ids.length === 0)
                    continue;
                const pages = (0,dist_cjs.paginateDescribeRecoveryInstances)({ client: drs() }, { filters: ids ? { sourceServerIDs: [...ids] } : {} });
                for await (const page of pages)
                    views.push(...(page.items ?? []).map(toRecoveryInstanceView));
            }
            return views;
        },
        async terminate(recoveryInstanceIds) {
            const answer = await drs().send(new dist_cjs.TerminateRecoveryInstancesCommand({ recoveryInstanceIDs: [...recoveryInstanceIds] }));
            if (!answer.job?.jobID)
                throw new Error('TerminateRecoveryInstances answered without a job');
            return toJobView(answer.job);
        },
        async ec2Health(instanceIds) {
            const health = new Map();
            for (const ids of chunk(instanceIds, EC2_STATUS_MAX)) {
                await ec2HealthOf(clients.ec2(targetRegion), ids, health);
            }
            return health;
        },
        async ssmOnline(instanceIds) {
            const online = new Set();
            if (instanceIds.length === 0)
                return online;
            for (const [id, status] of await describeSsmStatus(clients.ssm(targetRegion), instanceIds)) {
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
            delay = nextDelay(delay, changed);
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
async function finishDrill(settings, rows, ctx) {
    if (ctx.signal?.aborted) {
        return {
            rows: applyCleanup(rows, null, 'cancelled: left for the post step to terminate'),
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
        discovery = await discoverDrill(settings, clients, api, () => drs_servers_sourceServersByInstance(clients.drs(settings.targetRegion), options.signal));
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
    const result = await finishDrill(settings, drilled, ctx);
    return { ...result, rows: (0,drill_rows/* sortDrillRows */.ve)([...discovery.rows, ...result.rows]) };
}
function accountOptions(settings, options, clock) {
    return {
        stsRegion: settings.targetRegion,
        ...retrySettingsFromEnv(options.env),
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
    const run = await forEachAccount(settings, port, accountOptions(settings, options, clock), {
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
            ? topicCredentials(topicArn, settings.targets, run.sessions)
            : run.sessions.forAccount(settings.targets[0]).provider;
        // Undefined credentials: the SDK's default chain (no central hop, no ambient override).
        const clients = new AwsClients({
            credentials: credentials,
            ...retrySettingsFromEnv(options.env),
            userAgent: options.userAgent
        });
        try {
            const [{ publishDrillNotification }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(706147), __webpack_require__.e(101940)]).then(__webpack_require__.bind(__webpack_require__, 9980)),
                loadSnsClient()
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
    const run = await forEachAccount({ ...settings, targets }, port, accountOptions(settings, options, clock), {
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


/***/ })

};
