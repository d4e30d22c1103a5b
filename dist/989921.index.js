export const id = 989921;
export const ids = [989921];
export const modules = {

/***/ 3648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrillPost: () => (/* binding */ runDrillPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5655);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
/* harmony import */ var _drill_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4040);
/* harmony import */ var _drill_action_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6884);
/* harmony import */ var _runner_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1474);
// The drill action's post step: runs at the end of the job, also after a cancel, and terminates
// (and confirms) every drill instance the main step launched but did not confirm, in every account
// the saved state names (each re-assumed on its own).






function cleanupTable(result, withAccount) {
    const lines = [...result.bySourceServer].map(([server, entry]) => {
        const cells = [
            ...(withAccount ? [(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(entry.accountId ?? null)] : []),
            (0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(server),
            (0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(entry.recoveryInstanceId),
            entry.terminated === null ? '' : String(entry.terminated),
            (0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(entry.message)
        ];
        return `| ${cells.join(' | ')} |`;
    });
    if (lines.length === 0)
        return null;
    const head = withAccount
        ? '| Account | Source server | Recovery instance | Terminated | Message |\n|---|---|---|---|---|'
        : '| Source server | Recovery instance | Terminated | Message |\n|---|---|---|---|';
    return `${head}\n${lines.join('\n')}\n`;
}
async function runDrillPost() {
    const state = (0,_drill_state_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDrillState */ .o_)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_drill_state_js__WEBPACK_IMPORTED_MODULE_5__/* .DRILL_STATE_KEY */ .I5));
    try {
        if (!state) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Drill post step: nothing left to clean up.');
            return;
        }
        const settings = (0,_drill_action_js__WEBPACK_IMPORTED_MODULE_2__/* .readDrillSettings */ .p7)();
        if ((0,_drill_state_js__WEBPACK_IMPORTED_MODULE_5__/* .pendingAccounts */ .M$)(state, settings.accountId).length === 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Drill post step: nothing left to clean up.');
            return;
        }
        const ledger = new _drill_state_js__WEBPACK_IMPORTED_MODULE_5__/* .DrillLedger */ .p5(state.cleanup, () => undefined, state);
        const { cleanUpLeftovers } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(945051), __webpack_require__.e(654800), __webpack_require__.e(741019), __webpack_require__.e(909603), __webpack_require__.e(217088)]).then(__webpack_require__.bind(__webpack_require__, 8239));
        const { result, fatal, accountFailures } = await cleanUpLeftovers(settings, ledger, (0,_runner_port_js__WEBPACK_IMPORTED_MODULE_3__/* .runnerPort */ .Q)(), { env: process.env, userAgent: _drill_action_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O });
        if (fatal) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Drill cleanup could not start (${fatal}): terminate this run's drill instances in the DRS console.`);
            return;
        }
        for (const failure of accountFailures) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Drill cleanup in account ${failure.accountId} could not start: ${failure.message}`);
        }
        const terminated = result?.terminated ?? 0;
        const unconfirmed = result?.unconfirmed ?? 0;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Drill post step: ${terminated} drill instance(s) terminated, ${unconfirmed} not confirmed.`);
        const withAccount = settings.roleName !== null || settings.targets.length > 1;
        const table = result ? cleanupTable(result, withAccount) : null;
        if (process.env.GITHUB_STEP_SUMMARY && (table || accountFailures.length > 0)) {
            const failures = accountFailures.map(failure => `> **Account ${failure.accountId} not cleaned up:** ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(failure.message)}`);
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
                .addRaw(`### Drill cleanup (post step)\n\n${terminated} terminated, ${unconfirmed} not confirmed.\n\n` +
                (failures.length > 0 ? `${failures.join('\n\n')}\n\n` : '') +
                (table ?? ''), true)
                .write();
        }
        if (accountFailures.length > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Drill cleanup could not start in ${accountFailures.length} account(s) (${accountFailures.map(f => f.accountId).join(', ')}): terminate this run's drill instances there in the DRS console.`);
        }
        else if (unconfirmed > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${unconfirmed} drill instance termination(s) could not be confirmed: check the DRS console.`);
        }
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Drill post step failed: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
