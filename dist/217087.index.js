export const id = 217087;
export const ids = [495,876];
export const modules = {

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


/***/ })

};
