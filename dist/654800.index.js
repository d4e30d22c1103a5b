export const id = 654800;
export const ids = [654800];
export const modules = {

/***/ 5473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vq: () => (/* binding */ CredentialChainError),
  qI: () => (/* binding */ createCentralCredentials),
  nR: () => (/* binding */ createRoleCredentials),
  KT: () => (/* binding */ createTargetCredentials)
});

// UNUSED EXPORTS: buildAssumeRoleInput, explainStsError, sanitiseSourceIdentity, sanitiseTagValue, sessionTags

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
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
    const kind = (0,errors/* classifyAwsError */.u3)(error, { credentials: starting ? 'starting' : 'issued' });
    const roleArn = hop === 'central-role' ? settings.oidcRoleArn : settings.roleArn;
    if ((0,errors/* isRetryableKind */.PI)(kind)) {
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
        // Printed by the actions and the CLI alike: the fix of each.
        return (`No usable starting credentials (${code}: ${detail}). In a workflow, set oidc-role-arn (with "permissions: id-token: write") ` +
            `or run a credentials step before this one; with the CLI, pass --profile NAME or set AWS_PROFILE or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.`);
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

// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
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
        requestHandler: (0,proxy/* requestHandlerSettings */.rI)()
    };
}
function chainFailure(error, hop, settings) {
    if (error instanceof CredentialChainError)
        throw error;
    // The target hop signs with the starting credentials unless a central session came first.
    const credentials = hop === 'target-role' && !settings.oidcRoleArn ? 'starting' : 'issued';
    throw new CredentialChainError(explainStsError(error, hop, settings), hop, (0,shared_port/* errorCode */.CA)(error), (0,errors/* classifyAwsError */.u3)(error, { credentials }));
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
    const sts = new dist_cjs/* STSClient */.iM(stsConfig);
    try {
        const response = await sts.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
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
    const sts = new dist_cjs/* STSClient */.iM({ ...stsConfig, credentials: start });
    try {
        try {
            const response = await sts.send(new dist_cjs/* AssumeRoleCommand */.QL(buildAssumeRoleInput(settings)));
            return toIdentity(response.Credentials, port);
        }
        catch (error) {
            if (!settings.sessionTagging || !isAccessDenied(error))
                throw error;
            // Tell a tagging refusal from a trust refusal: the same request without tags decides it.
            let untaggedWorks = false;
            try {
                const probe = await sts.send(new dist_cjs/* AssumeRoleCommand */.QL(buildAssumeRoleInput(settings, false)));
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
    for (const secret of (0,proxy/* proxySecrets */.Wm)())
        port.mask(secret);
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
    for (const secret of (0,proxy/* proxySecrets */.Wm)())
        port.mask(secret);
    return refreshingProvider(() => assumeCentralRole({ ...settings, oidcRoleArn }, port, stsConfig), options.clock ?? shared_port/* systemClock */.ml, () => port.info(`Renewed the session for ${oidcRoleArn}.`)).provider;
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ isRetryableKind),
/* harmony export */   ZR: () => (/* binding */ awsErrorFacts),
/* harmony export */   u3: () => (/* binding */ classifyAwsError)
/* harmony export */ });
/* harmony import */ var _smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2058);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7370);
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
    if ((0,_smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_1__/* .isThrottlingError */ .Qb)(sdkShape) || THROTTLING_CODES.test(code))
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
    if ((0,_smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_1__/* .isTransientError */ .bV)(sdkShape) || (0,_smithy_service_error_classification__WEBPACK_IMPORTED_MODULE_1__/* .isServerError */ .GQ)(sdkShape) || SERVER_CODES.has(code))
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
    const code = transport !== null && typeof shape.code === 'string' ? shape.code : (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error);
    const kind = transport ?? answeredKind(shape, code, status, context);
    return { kind, code, status, retryable: RETRYABLE.has(kind) };
}
/** What kind of failure an AWS SDK error is; see AwsErrorKind and AwsErrorContext. */
function classifyAwsError(error, context = {}) {
    return awsErrorFacts(error, context).kind;
}


/***/ }),

/***/ 1373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wm: () => (/* binding */ proxySecrets),
/* harmony export */   rI: () => (/* binding */ requestHandlerSettings)
/* harmony export */ });
/* unused harmony export ProxyRoutingAgent */
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9783);
/* harmony import */ var agent_base__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8894);
/* harmony import */ var agent_base__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(agent_base__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3669);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2495);
// The HTTP handler settings of every SDK client: the request timeouts, and agents that send each
// request the way @actions/http-client sends the OIDC token request: through HTTPS_PROXY /
// HTTP_PROXY (lower case first), unless NO_PROXY names the host or the host is loopback. The
// decision is http-client's own getProxyUrl, so the SDK's calls and the token request agree by
// construction; like the SDK's own AWS_ENDPOINT_URL, it reads the environment when a connection
// is made.






/** The SDK's own agent defaults (NodeHttpHandler): connections kept alive, 50 per host. */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 };
/**
 * One agent per protocol for a client: each new connection goes direct or through a CONNECT
 * tunnel of the proxy http-client picks for its host (a proxy for https targets and for http
 * ones, as http-client tunnels both). The proxy URL's user and password become the
 * Proxy-Authorization header of the CONNECT request only.
 */
class ProxyRoutingAgent extends agent_base__WEBPACK_IMPORTED_MODULE_1__.Agent {
    direct;
    tunnels = new Map();
    constructor(secure) {
        super();
        this.protocol = secure ? 'https:' : 'http:';
        this.direct = secure ? new node_https__WEBPACK_IMPORTED_MODULE_4__.Agent(AGENT_OPTIONS) : new node_http__WEBPACK_IMPORTED_MODULE_3__.Agent(AGENT_OPTIONS);
    }
    /** The proxy http-client would use for this target, or null for a direct connection. */
    proxyFor(host, port) {
        const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
        const target = new URL(`${this.protocol}//${name}${port ? `:${port}` : ''}`);
        const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s)(target);
        if (!proxy)
            return null;
        // `proxy:3128` parses as a URL of scheme `proxy:`; http-client means http:// there.
        return /^https?:$/.test(proxy.protocol) ? proxy : new URL(`http://${proxy.href}`);
    }
    connect(_request, options) {
        const proxy = this.proxyFor(options.host ?? 'localhost', options.port);
        if (!proxy)
            return this.direct;
        let tunnel = this.tunnels.get(proxy.href);
        if (!tunnel) {
            tunnel = new https_proxy_agent__WEBPACK_IMPORTED_MODULE_2__.HttpsProxyAgent(proxy.href, AGENT_OPTIONS);
            this.tunnels.set(proxy.href, tunnel);
        }
        return tunnel;
    }
    destroy() {
        this.direct.destroy();
        for (const tunnel of this.tunnels.values())
            tunnel.destroy();
        this.tunnels.clear();
        super.destroy();
    }
}
/**
 * The `requestHandler` of an SDK client: REQUEST_TIMEOUTS and a fresh pair of routing agents
 * (the client's destroy() destroys them).
 */
function requestHandlerSettings() {
    return {
        ..._retry_js__WEBPACK_IMPORTED_MODULE_5__/* .REQUEST_TIMEOUTS */ .Np,
        httpAgent: new ProxyRoutingAgent(false),
        // The SDK takes any agent with a destroy() as the https one; the type wants https.Agent.
        httpsAgent: new ProxyRoutingAgent(true)
    };
}
/**
 * What must never be printed of the proxies the environment names: each one's password (as
 * written and decoded) and user:password. Masked before the first request (credentials.ts).
 */
function proxySecrets() {
    const secrets = new Set();
    // A host no NO_PROXY but `*` names: the proxies as configured, whatever they bypass.
    for (const target of ['https://proxy-secrets.invalid', 'http://proxy-secrets.invalid']) {
        const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s)(new URL(target));
        if (!proxy?.password)
            continue;
        const encoded = proxy.href.match(/^[a-z]+:\/\/[^:@/]*:([^@/]*)@/i)?.[1];
        secrets.add(proxy.password);
        if (encoded)
            secrets.add(encoded);
        secrets.add(`${proxy.username}:${proxy.password}`);
    }
    return [...secrets];
}


/***/ })

};
