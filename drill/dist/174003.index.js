export const id = 174003;
export const ids = [174003];
export const modules = {

/***/ 3648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrillPost: () => (/* binding */ runDrillPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5982);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5655);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9237);
/* harmony import */ var _drill_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4040);
/* harmony import */ var _drill_action_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2401);
// The drill action's post step: runs at the end of the job, also after a cancel, and terminates
// (and confirms) every drill instance the main step launched but did not confirm.





async function runDrillPost() {
    const state = (0,_drill_state_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDrillState */ .o_)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_drill_state_js__WEBPACK_IMPORTED_MODULE_3__/* .DRILL_STATE_KEY */ .I5));
    if (!state || state.finished || state.cleanup === 'never' || state.jobs.length === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Drill post step: nothing left to clean up.');
        return;
    }
    try {
        const settings = (0,_drill_action_js__WEBPACK_IMPORTED_MODULE_2__/* .readDrillSettings */ .p7)();
        const ledger = new _drill_state_js__WEBPACK_IMPORTED_MODULE_3__/* .DrillLedger */ .p5(state.cleanup, () => undefined, state);
        const { cleanUpLeftovers } = await Promise.all(/* import() */[__webpack_require__.e(530935), __webpack_require__.e(166610)]).then(__webpack_require__.bind(__webpack_require__, 3044));
        const { result, fatal } = await cleanUpLeftovers(settings, ledger, (0,_drill_action_js__WEBPACK_IMPORTED_MODULE_2__/* .drillPort */ .jJ)(), {
            env: process.env,
            userAgent: _drill_action_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O
        });
        if (fatal) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Drill cleanup could not start (${fatal}): terminate this run's drill instances in the DRS console.`);
            return;
        }
        if (!result)
            return;
        const lines = [...result.bySourceServer].map(([server, entry]) => `| ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(server)} | ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(entry.recoveryInstanceId)} | ${entry.terminated === null ? '' : String(entry.terminated)} | ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(entry.message)} |`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Drill post step: ${result.terminated} drill instance(s) terminated, ${result.unconfirmed} not confirmed.`);
        if (process.env.GITHUB_STEP_SUMMARY && lines.length > 0) {
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
                .addRaw(`### Drill cleanup (post step)\n\n${result.terminated} terminated, ${result.unconfirmed} not confirmed.\n\n` +
                `| Source server | Recovery instance | Terminated | Message |\n|---|---|---|---|\n${lines.join('\n')}\n`, true)
                .write();
        }
        if (result.unconfirmed > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${result.unconfirmed} drill instance termination(s) could not be confirmed: check the DRS console.`);
        }
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Drill post step failed: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
