export const id = 851134;
export const ids = [851134];
export const modules = {

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEngine: () => (/* binding */ runEngine)
/* harmony export */ });
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5473);
/* harmony import */ var _shared_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6103);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7370);
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(580);




/** Every source region gets a failed row carrying the reason, so no account is lost silently. */
function stoppedRun(settings, message) {
    return {
        rows: (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .stoppedRunRows */ ._R)(settings.accountId, settings.sourceRegions, message),
        fatal: message
    };
}
/**
 * The rows known so far, published whole on every change: each region as discovery answers it,
 * each batch as SSM answers it. Candidates not yet answered are published as awaiting their send.
 */
class RunProgress {
    port;
    decided = [];
    candidates = new Map();
    constructor(port) {
        this.port = port;
    }
    region(result) {
        this.decided.push(...result.rows);
        for (const candidate of result.candidates)
            this.set((0,_shared_port_js__WEBPACK_IMPORTED_MODULE_2__/* .awaitingSendRow */ .nM)(candidate));
        this.publish();
    }
    discovered(discovery) {
        this.decided = [...discovery.rows];
        this.publish();
    }
    answered(rows) {
        for (const row of rows)
            this.set(row);
        this.publish();
    }
    set(row) {
        this.candidates.set(`${row.region ?? ''}/${row.instanceId ?? ''}`, row);
    }
    publish() {
        this.port.progress?.((0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .sortRows */ .sN)([...this.decided, ...this.candidates.values()]));
    }
}
async function runEngine(settings, port, options) {
    const clock = options.clock ?? _shared_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .m;
    const { signal } = options;
    const retry = { retryMode: options.retryMode, maxAttempts: options.maxAttempts };
    // Starts once STS has answered the first hop, so the load never delays the first request.
    let fleetModule = null;
    const loadFleet = () => (fleetModule ??= Promise.all(/* import() */[__webpack_require__.e(791338), __webpack_require__.e(814706), __webpack_require__.e(458391)]).then(__webpack_require__.bind(__webpack_require__, 3464)));
    const credentials = (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .createTargetCredentials */ .KT)(settings, port, {
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
        return stoppedRun(settings, (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
    }
    const { AwsClients, deployFleet, discoverFleet, loadSnsClient, waitForFleet } = await loadFleet();
    port.info(`Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`);
    const clients = new AwsClients({
        credentials: credentials.provider,
        ...retry,
        userAgent: options.userAgent
    });
    const progress = new RunProgress(port);
    try {
        let discovery;
        try {
            discovery = await discoverFleet(settings, clients, port, {
                signal,
                onRegion: result => progress.region(result)
            });
        }
        catch (error) {
            return stoppedRun(settings, (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
        }
        progress.discovered(discovery);
        const deployment = await deployFleet(settings, clients, discovery.candidates, port, clock, {
            signal,
            onBatch: batch => progress.answered(batch.rows)
        });
        let rows = (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .sortRows */ .sN)([...discovery.rows, ...deployment.rows]);
        port.progress?.(rows);
        if (!settings.dryRun && settings.waitFor !== 'none' && !signal?.aborted) {
            rows = await waitForFleet(settings, clients, rows, deployment.commands, port, clock, signal);
        }
        rows = (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .sortRows */ .sN)(rows);
        port.progress?.(rows);
        if (settings.notifyTopicArn && !signal?.aborted) {
            const [{ publishNotification }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(706147), __webpack_require__.e(343332)]).then(__webpack_require__.bind(__webpack_require__, 4669)),
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
