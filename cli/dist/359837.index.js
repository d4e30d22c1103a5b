export const id = 359837;
export const ids = [359837];
export const modules = {

/***/ 4530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEngine: () => (/* binding */ runEngine)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/shared/port.ts
var shared_port = __webpack_require__(7370);
;// CONCATENATED MODULE: ./src/aws/credentials.ts
// The credential chain: (GitHub OIDC token -> central role) or ambient credentials -> target role,
// exposed as one refreshing provider that every AWS client shares.


/** A failure of the chain that stops the whole run; `message` says what to fix. */
class CredentialChainError extends Error {
    hop;
    code;
    constructor(message, hop, code) {
        super(message);
        this.hop = hop;
        this.code = code;
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
/** Says what to fix for an STS failure, by hop and error code. */
function explainStsError(error, hop, settings) {
    const code = (0,shared_port/* errorCode */.CA)(error);
    const detail = (0,shared_port/* errorMessage */.gJ)(error);
    if (hop === 'oidc-token') {
        return (`Could not get a GitHub OIDC token (${detail}). Give the job "permissions: id-token: write" ` +
            `(and run it where ACTIONS_ID_TOKEN_REQUEST_URL is set), or leave oidc-role-arn unset to start from ambient credentials.`);
    }
    if (hop === 'central-role') {
        // The SDK names the modelled error InvalidIdentityTokenException; the wire code is InvalidIdentityToken.
        if (code === 'InvalidIdentityToken' || code === 'InvalidIdentityTokenException') {
            return (`AssumeRoleWithWebIdentity into ${settings.oidcRoleArn} rejected the token (${code}: ${detail}). ` +
                `Check that the orchestration account has the IAM OIDC provider token.actions.githubusercontent.com ` +
                `with client id "${settings.audience}" (the audience input).`);
        }
        if (code === 'AccessDenied' || code === 'AccessDeniedException') {
            return (`AssumeRoleWithWebIdentity into ${settings.oidcRoleArn} was denied (${detail}). Check the role's trust policy: ` +
                `token.actions.githubusercontent.com:aud must be "${settings.audience}" and :sub must match ` +
                `repo:${settings.run.repository || 'OWNER/REPO'}:... for this branch or environment.`);
        }
        if (code === 'ExpiredTokenException' || code === 'ExpiredToken') {
            return `The GitHub OIDC token expired before it was used (${detail}); re-run the job.`;
        }
    }
    if (hop === 'target-role') {
        if (code === 'AccessDenied' || code === 'AccessDeniedException') {
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
    }
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
    const roleArn = hop === 'central-role' ? settings.oidcRoleArn : settings.roleArn;
    return `Could not assume ${roleArn} (${code}: ${detail}).`;
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
        customUserAgent: options.userAgent
    };
}
function chainFailure(error, hop, settings) {
    if (error instanceof CredentialChainError)
        throw error;
    throw new CredentialChainError(explainStsError(error, hop, settings), hop, (0,shared_port/* errorCode */.CA)(error));
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

// EXTERNAL MODULE: ./src/shared/rows.ts
var shared_rows = __webpack_require__(580);
;// CONCATENATED MODULE: ./src/engine.ts




/** Every source region gets a failed row carrying the reason, so no account is lost silently. */
function stoppedRun(settings, message) {
    return {
        rows: (0,shared_rows/* stoppedRunRows */._R)(settings.accountId, settings.sourceRegions, message),
        fatal: message
    };
}
async function runEngine(settings, port, options) {
    const clock = options.clock ?? shared_port/* systemClock */.ml;
    const retry = retrySettingsFromEnv(options.env);
    // Starts once STS has answered the first hop, so the load never delays the first request.
    let fleetModule = null;
    const loadFleet = () => (fleetModule ??= Promise.all(/* import() */[__webpack_require__.e(639536), __webpack_require__.e(352366)]).then(__webpack_require__.bind(__webpack_require__, 4039)));
    const credentials = createTargetCredentials(settings, port, {
        stsRegion: settings.targetRegion,
        ...retry,
        userAgent: options.userAgent,
        clock,
        ambient: options.ambient,
        onAnswer: () => void loadFleet().catch(() => undefined)
    });
    try {
        // Assume up front: a broken chain stops the run before any other call.
        await credentials.provider();
    }
    catch (error) {
        return stoppedRun(settings, (0,shared_port/* errorMessage */.gJ)(error));
    }
    const { AwsClients, deployFleet, discoverFleet, loadSnsClient, waitForFleet } = await loadFleet();
    port.info(`Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`);
    const clients = new AwsClients({
        credentials: credentials.provider,
        ...retry,
        userAgent: options.userAgent
    });
    try {
        let discovery;
        try {
            discovery = await discoverFleet(settings, clients, port);
        }
        catch (error) {
            return stoppedRun(settings, (0,shared_port/* errorMessage */.gJ)(error));
        }
        let rows = discovery.rows;
        port.progress?.((0,shared_rows/* sortRows */.sN)(rows));
        const deployed = await deployFleet(settings, clients, discovery.candidates, port, clock);
        rows = [...rows, ...deployed];
        port.progress?.((0,shared_rows/* sortRows */.sN)(rows));
        if (!settings.dryRun && settings.waitFor !== 'none' && !options.signal?.aborted) {
            rows = await waitForFleet(settings, clients, rows, port, clock, options.signal);
        }
        rows = (0,shared_rows/* sortRows */.sN)(rows);
        port.progress?.(rows);
        if (settings.notifyTopicArn && !options.signal?.aborted) {
            const [{ publishNotification }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(988315), __webpack_require__.e(606196)]).then(__webpack_require__.bind(__webpack_require__, 4669)),
                loadSnsClient()
            ]);
            await publishNotification(settings, clients, rows, options.runUrl, port);
        }
        return { rows, fatal: null };
    }
    finally {
        clients.destroy();
    }
}


/***/ })

};
