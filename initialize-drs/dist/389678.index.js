export const id = 389678;
export const ids = [389678];
export const modules = {

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInitializeDrs: () => (/* binding */ runInitializeDrs)
});

// UNUSED EXPORTS: INITIALIZE_INPUTS, INITIALIZE_OUTPUTS, InitializeError, parseInitializeSettings

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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@smithy/service-error-classification/dist-cjs/index.js
var service_error_classification_dist_cjs = __webpack_require__(2058);
// EXTERNAL MODULE: ./src/shared/port.ts + 1 modules
var shared_port = __webpack_require__(9237);
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
    }, options.clock ?? shared_port/* systemClock */.ml, () => port.info(`Renewed the session for ${settings.roleArn}.`));
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
    return refreshingProvider(() => assumeCentralRole({ ...settings, oidcRoleArn }, port, stsConfig), options.clock ?? systemClock, () => port.info(`Renewed the session for ${oidcRoleArn}.`)).provider;
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
function decideBeforeSsm(settings, region, instance, registration) {
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
function regionFailureMessage(api, region, error) {
    const code = errorCode(error);
    return `${api} failed in ${region} (${code}: ${errorMessage(error)}); ${hintFor(error, api, region)}`;
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
async function loadRegistrations(drs, targetRegion, listAll) {
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
        : hintFor(error, api, region);
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

// EXTERNAL MODULE: ./src/initialize/settings.ts + 4 modules
var settings = __webpack_require__(84);
;// CONCATENATED MODULE: ./src/initialize/run.ts





async function runInitializeDrs(settings, port, options) {
    const clock = options.clock ?? shared_port/* systemClock */.ml;
    const retry = retrySettingsFromEnv(options.env);
    const credentials = createTargetCredentials(settings, port, {
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
    const clients = new AwsClients({
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




/***/ })

};
