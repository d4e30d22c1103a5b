export const id = 310569;
export const ids = [310569];
export const modules = {

/***/ 7883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCheckCommand: () => (/* binding */ runCheckCommand)
/* harmony export */ });
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6188);
/* harmony import */ var _cli_console_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);
/* harmony import */ var _cli_install_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5002);
/* harmony import */ var _cli_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7759);
/* harmony import */ var _check_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3904);
/* harmony import */ var _check_rows_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1931);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7370);
// `drs-orchestrate check`: the protection check from a terminal, as the check action runs it
// (src/check/run.ts), with the coverage and rows on stdout and fail-on deciding the exit code.







async function report(command, result, io) {
    io.stop();
    const { settings } = command;
    const { rows, fatal } = result;
    const written = await (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .tryWriteRows */ .OQ)(command.resultsFile, settings.accountId, 'cli-check', rows);
    if (command.json) {
        const counts = {
            ...(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_3__/* .countsFromOutputs */ .Pj)((0,_check_report_js__WEBPACK_IMPORTED_MODULE_4__/* .buildCheckOutputs */ .Pb)(rows, result.accountCount)),
            byStatus: (0,_check_rows_js__WEBPACK_IMPORTED_MODULE_6__/* .countCheckStatuses */ .ap)(rows)
        };
        io.out((0,_cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonDocument */ .Q8)(counts, rows, written.resultsFile, fatal));
        if (written.resultsFile)
            io.log(`Results file: ${written.resultsFile}`);
    }
    else {
        io.out(`${(0,_cli_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderCheckTerminal */ .$g)(rows)}\n\n${(0,_check_report_js__WEBPACK_IMPORTED_MODULE_4__/* .checkFinalLogLine */ .pp)(rows)}\n`);
        if (written.resultsFile)
            io.out(`Results file: ${written.resultsFile}\n`);
    }
    if (written.writeProblem)
        io.log(`error: ${written.writeProblem}`);
    const failing = (0,_check_report_js__WEBPACK_IMPORTED_MODULE_4__/* .failingRows */ .ST)(settings, rows);
    if (fatal)
        io.log(`error: ${fatal}`);
    else if (failing.length > 0) {
        const statuses = _check_rows_js__WEBPACK_IMPORTED_MODULE_6__/* .CHECK_STATUSES */ .Qw.filter(s => failing.some(row => row.status === s)).join(', ');
        io.log(`error: ${failing.length} row(s) with a status in --fail-on (${statuses}); see the table above.`);
    }
    return fatal || written.writeProblem || failing.length > 0 ? _cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FAILED */ .hj : _cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
}
async function runCheckCommand(command, context) {
    const { settings } = command;
    const { env, redactor } = context;
    const io = _cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .Console */ .C7.open(context, settings.externalId);
    // Read-only: an interrupted check leaves nothing behind, so a signal just ends it.
    const onSignal = (signal) => {
        io.stop();
        io.log(`error: received ${signal}: the check only reads, nothing to clean up; stopped.`);
        void (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .exitAfterFlush */ .zx)(_cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FAILED */ .hj);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    io.log(`${_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .PROGRAM */ .RX} ${context.version} check: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
        `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, fail-on ${settings.failOn.join(',')}; ` +
        `starting credentials: ${(0,_cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .startingCredentialsText */ .ke)(settings, command.profile, env)}; session ${settings.roleSessionName}.`);
    io.start('assuming the role, reading EC2 and DRS');
    try {
        const { runCheck } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(945051), __webpack_require__.e(654800), __webpack_require__.e(741019), __webpack_require__.e(530118), __webpack_require__.e(467004)]).then(__webpack_require__.bind(__webpack_require__, 4887));
        const result = await runCheck(settings, (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .consolePort */ .Rw)(io, context, settings), {
            env,
            userAgent: `${_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .PROGRAM */ .RX}-check/${context.version}`,
            runUrl: (0,_cli_install_js__WEBPACK_IMPORTED_MODULE_2__.cliRunUrl)(settings),
            ambient: await (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .ambientCredentials */ .ji)(settings, command, redactor)
        });
        return await report(command, result, io);
    }
    catch (error) {
        io.stop();
        io.log(`error: the check stopped unexpectedly: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
        return _cli_console_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_FAILED */ .hj;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ })

};
