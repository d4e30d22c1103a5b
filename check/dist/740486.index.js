export const id = 740486;
export const ids = [740486];
export const modules = {

/***/ 5865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

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
var targets = __webpack_require__(7978);
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
    const many = (0,targets/* isManyAccountRun */.cU)(settings);
    let centralFailure = null;
    let assumed = 0;
    const runAccount = async (target) => {
        const release = await slots.acquire();
        try {
            if (centralFailure !== null)
                return work.failed(target, centralFailure);
            const accountPort = prefixedPort(port, (0,targets/* accountLogPrefix */.Gj)(settings, target.accountId));
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

;// CONCATENATED MODULE: ./src/shared/concurrency.ts
function concurrency_chunk(items, size) {
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

;// CONCATENATED MODULE: ./src/shared/rows.ts
// The Row record and the status words: the one vocabulary every phase and every report shares.
const STATUSES = (/* unused pure expression or super */ null && ([
    'installed',
    'failed',
    'timed-out',
    'skipped-registered',
    'skipped-unmanaged',
    'dry-run',
    'pending'
]));
/** A row with every field present; unknown fields are null, never undefined. */
function rows_makeRow(fields) {
    return {
        accountId: fields.accountId ?? null,
        region: fields.region ?? null,
        instanceId: fields.instanceId ?? null,
        name: fields.name ?? null,
        platform: fields.platform ?? null,
        status: fields.status,
        commandId: fields.commandId ?? null,
        sourceServerId: fields.sourceServerId ?? null,
        replicationState: fields.replicationState ?? null,
        message: fields.message ?? null
    };
}
/** A region (or the whole run) failed before its instances were known. */
function rows_regionFailureRow(accountId, region, message) {
    return rows_makeRow({ accountId, region, status: 'failed', message });
}
/** A failure that stopped the whole run: one failed row per source region, in contract order. */
function stoppedRunRows(accountId, regions, message) {
    return rows_sortRows(regions.map(region => rows_regionFailureRow(accountId, region, message)));
}
function isFailure(status) {
    return status === 'failed' || status === 'timed-out';
}
function needsAttention(row) {
    return isFailure(row.status) || row.status === 'skipped-unmanaged';
}
function compareNullable(a, b) {
    // Rows without a region or instance id sort first in their group: region-wide failures lead.
    if (a === b)
        return 0;
    if (a === null)
        return -1;
    if (b === null)
        return 1;
    return a < b ? -1 : 1;
}
/** Contract order: by region, then instance id. Returns a new array. */
function rows_sortRows(rows) {
    return [...rows].sort((a, b) => compareNullable(a.region, b.region) || compareNullable(a.instanceId, b.instanceId));
}
function countRows(rows) {
    const counts = { instanceCount: 0, installedCount: 0, failedCount: 0, skippedCount: 0 };
    for (const row of rows) {
        if (row.instanceId !== null)
            counts.instanceCount++;
        if (row.status === 'installed')
            counts.installedCount++;
        if (isFailure(row.status))
            counts.failedCount++;
        if (row.status === 'skipped-registered' || row.status === 'skipped-unmanaged')
            counts.skippedCount++;
    }
    return counts;
}
function countByStatus(rows) {
    const byStatus = Object.fromEntries(STATUSES.map(s => [s, 0]));
    for (const row of rows)
        byStatus[row.status]++;
    return byStatus;
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
        return concurrency_chunk(settings.instanceIds, EC2_FILTER_VALUES_MAX).map(ids => [
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
        const pages = paginateDescribeInstanceInformation({ client: ssm, pageSize: SSM_PAGE_SIZE }, { Filters: [{ Key: 'InstanceIds', Values: ids }], MaxResults: SSM_PAGE_SIZE });
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
        .map(id => rows_makeRow({
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
    for (const ids of concurrency_chunk(instanceIds, EC2_FILTER_VALUES_MAX)) {
        // The filter form, not InstanceIds: an id EC2 no longer knows would fail the whole call.
        const pages = (0,client_ec2_dist_cjs/* paginateDescribeInstances */.H0T)({ client: ec2, pageSize: EC2_PAGE_SIZE }, { Filters: [{ Name: 'instance-id', Values: ids }], MaxResults: EC2_PAGE_SIZE });
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
    const pages = paginateDescribeSourceServers({ client: drs, pageSize: DRS_PAGE_SIZE }, { filters: {}, maxResults: DRS_PAGE_SIZE }, signal ? { abortSignal: signal } : undefined);
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

;// CONCATENATED MODULE: ./src/check/servers.ts
// The DRS side of the check: every active source server of the target region, matched to EC2
// instance ids. Unlike sourceServersByInstance (which keeps one server per instance), the check
// keeps every server: a duplicate, or one whose instance is gone, is billed all the same.


function servers_isArchived(server) {
    // Newer than this SDK's types, but the deserializer passes the field through.
    return server.isArchived === true;
}
function instanceIdOf(server) {
    return server.sourceProperties?.identificationHints?.awsInstanceID ?? null;
}
/** Every source server of the client's region that is not archived, in DRS's order. */
async function listActiveSourceServers(drs) {
    const servers = [];
    const pages = (0,dist_cjs.paginateDescribeSourceServers)({ client: drs, pageSize: DRS_PAGE_SIZE }, { filters: {}, maxResults: DRS_PAGE_SIZE });
    for await (const page of pages) {
        for (const server of page.items ?? [])
            if (!servers_isArchived(server))
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
        preferred.set(instanceId, known ? preferredServer(known, server) : server);
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
        const instances = await describeInstances(clients.ec2(region), discoveryView(settings));
        return {
            region,
            rows: instances.flatMap(instance => instanceRows(settings, region, instance, index, now)),
            foundIds: instances.map(instance => instance.instanceId),
            runningIds: instances.filter(i => i.state === 'running').map(i => i.instanceId),
            failed: false
        };
    }
    catch (error) {
        const message = preflight_regionFailureMessage('ec2:DescribeInstances', region, error);
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
            reason: preflight_regionFailureMessage('ec2:DescribeInstances', region, error)
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
        return new DrsNotInitialisedError(targetRegion).message;
    }
    return preflight_regionFailureMessage('drs:DescribeSourceServers', targetRegion, error);
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
        for (const row of unknownIdRows(discoveryView(settings), found, checked, failedRegions)) {
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
    const retry = retrySettingsFromEnv(options.env);
    const many = (0,targets/* isManyAccountRun */.cU)(settings);
    if (settings.duplicateAccounts.length > 0) {
        port.info(`accounts lists ${settings.duplicateAccounts.join(', ')} more than once: each is checked once.`);
    }
    const run = await forEachAccount(settings, port, {
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
            ? topicCredentials(topicArn, settings.targets, run.sessions)
            : run.sessions.forAccount(settings.targets[0]).provider;
        // Undefined credentials: the SDK's default chain (no central hop, no ambient override).
        const clients = new AwsClients({
            credentials: credentials,
            ...retry,
            userAgent: options.userAgent
        });
        try {
            const [{ publishCheckNotification }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(706147), __webpack_require__.e(938601)]).then(__webpack_require__.bind(__webpack_require__, 1637)),
                loadSnsClient()
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
