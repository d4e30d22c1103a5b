export const id = 634838;
export const ids = [634838];
export const modules = {

/***/ 809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initializeDocument: () => (/* binding */ initializeDocument),
/* harmony export */   renderInitializeTerminal: () => (/* binding */ renderInitializeTerminal),
/* harmony export */   runInitializeCommand: () => (/* binding */ runInitializeCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6188);
/* harmony import */ var _cli_console_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7794);
/* harmony import */ var _initialize_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1866);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7370);
// `drs-orchestrate initialize-drs`: DRS initialisation of one account's recovery region from a
// terminal, as the initialize-drs action runs it (src/initialize/run.ts): the outcome on stdout,
// 0 when DRS is (or already was) initialised, 1 when the run failed.






/** The --json document (and the --results-file content): the action's outputs and the changes. */
function initializeDocument(settings, result, stopped) {
    return {
        accountId: settings.accountId,
        region: settings.targetRegion,
        dryRun: settings.dryRun,
        initialized: result?.initialized ?? null,
        templateId: result?.templateId ?? null,
        templateCreated: result?.templateCreated ?? false,
        templateIds: result?.templateIds ?? [],
        changes: result?.changes ?? [],
        stopped
    };
}
/** What a person reads on stdout: the state, the template, then the final line. */
function renderInitializeTerminal(settings, result) {
    const state = result.initialized === 'true'
        ? 'initialised by this run'
        : result.initialized === 'already'
            ? 'already initialised'
            : 'not initialised (dry run: nothing changed)';
    const template = result.templateId
        ? `${result.templateId}${result.templateCreated ? ' (created by this run)' : ' (existing, left as it is)'}`
        : 'none yet';
    const lines = [
        `DRS in ${settings.targetRegion} (account ${settings.accountId}): ${state}`,
        `Replication template: ${template}`
    ];
    if (result.templateIds.length > 1) {
        lines.push(`Templates in the region: ${result.templateIds.join(', ')}`);
    }
    lines.push('', (0,_initialize_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .initializeLogLine */ .$T)(settings, result));
    return `${lines.join('\n')}\n`;
}
async function writeDocument(path, document) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, `${JSON.stringify(document, null, 2)}\n`, 'utf8');
    return target;
}
async function report(command, result, stopped, io) {
    io.stop();
    const { settings } = command;
    const document = initializeDocument(settings, result, stopped);
    let writeProblem = null;
    let written = null;
    // No rows here, so no default file: only the document, and only when asked for.
    if (command.resultsFile !== null) {
        try {
            written = await writeDocument(command.resultsFile, document);
        }
        catch (error) {
            writeProblem = `Could not write the results file: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`;
        }
    }
    if (command.json)
        io.out(`${JSON.stringify({ ...document, resultsFile: written }, null, 2)}\n`);
    else if (result)
        io.out(renderInitializeTerminal(settings, result));
    if (written)
        io.log(`Results file: ${written}`);
    if (writeProblem)
        io.log(`error: ${writeProblem}`);
    if (stopped)
        io.log(`error: ${stopped}`);
    return stopped || writeProblem ? _cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_FAILED */ .hj : _cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_OK */ .Ij;
}
async function runInitializeCommand(command, context) {
    const { settings } = command;
    const { env, redactor } = context;
    const io = _cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .Console */ .C7.open(context, settings.externalId);
    // Each step is idempotent: an interrupted run is finished by running it again.
    const onSignal = (signal) => {
        io.stop();
        io.log(`error: received ${signal}: stopped; run ${_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .PROGRAM */ .RX} initialize-drs again to finish (it only does what is still missing).`);
        void (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .exitAfterFlush */ .zx)(_cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_FAILED */ .hj);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    io.log(`${_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .PROGRAM */ .RX} ${context.version} initialize-drs: account ${settings.accountId}, role ${settings.roleArn}, ` +
        `region ${settings.targetRegion}, staging subnet ${settings.stagingSubnetId}${settings.dryRun ? ', dry run' : ''}; ` +
        `starting credentials: ${(0,_cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .startingCredentialsText */ .ke)(settings, command.profile, env)}; session ${settings.roleSessionName}.`);
    io.start('assuming the role, reading DRS');
    try {
        const { runInitializeDrs } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(945051), __webpack_require__.e(654800), __webpack_require__.e(387351)]).then(__webpack_require__.bind(__webpack_require__, 7076));
        let result = null;
        let stopped = null;
        try {
            result = await runInitializeDrs(settings, (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .consolePort */ .Rw)(io, context, settings), {
                env,
                userAgent: `${_cli_args_js__WEBPACK_IMPORTED_MODULE_2__/* .PROGRAM */ .RX}-initialize-drs/${context.version}`,
                ambient: await (0,_cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .ambientCredentials */ .ji)(settings, command, redactor)
            });
        }
        catch (error) {
            stopped = (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error);
        }
        return await report(command, result, stopped, io);
    }
    catch (error) {
        io.stop();
        io.log(`error: initialize-drs stopped unexpectedly: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
        return _cli_console_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_FAILED */ .hj;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ }),

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ initializeLogLine),
/* harmony export */   j1: () => (/* binding */ renderInitializeSummary),
/* harmony export */   tp: () => (/* binding */ initializeOutputs)
/* harmony export */ });
function initializeOutputs(result) {
    return {
        initialized: result.initialized,
        'template-id': result.templateId ?? '',
        'template-created': String(result.templateCreated)
    };
}
/** One line that says what happened, or that nothing needed doing. */
function initializeLogLine(settings, result) {
    const where = `account ${settings.accountId}, ${settings.targetRegion}`;
    if (result.changes.length === 0) {
        return `Nothing to do (${where}): DRS is initialised and has replication template ${result.templateId}.`;
    }
    const verb = settings.dryRun ? 'Dry run, nothing changed' : 'Done';
    return `${verb} (${where}): ${result.changes.join('; ')}.`;
}
function renderInitializeSummary(settings, result) {
    const state = result.initialized === 'true'
        ? 'initialised by this run'
        : result.initialized === 'already'
            ? 'already initialised'
            : 'not initialised (dry run)';
    const template = result.templateId
        ? `\`${result.templateId}\`${result.templateCreated ? ' (created by this run)' : ' (existing, left as it is)'}`
        : 'none yet';
    const lines = [
        `## DRS initialisation: account ${settings.accountId}, ${settings.targetRegion}`,
        '',
        '| | |',
        '|---|---|',
        `| DRS | ${state} |`,
        `| Replication template | ${template} |`,
        ''
    ];
    if (result.templateIds.length > 1) {
        lines.push(`The region holds ${result.templateIds.length} templates: ${result.templateIds.join(', ')}.`, '');
    }
    if (result.changes.length === 0)
        lines.push('Nothing needed doing.');
    else {
        lines.push(settings.dryRun ? 'Would change (dry run):' : 'Changed:', '');
        for (const change of result.changes)
            lines.push(`- ${change}`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
