export const id = 586153;
export const ids = [956,495,876];
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


/***/ }),

/***/ 6106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds),
/* harmony export */   x2: () => (/* binding */ replicationErrorAdvice)
/* harmony export */ });
/* unused harmony exports REPLICATION_ERROR_ADVICE, GENERIC_REPLICATION_ADVICE */
// What to do about each DRS dataReplicationError code (SDK enum DataReplicationErrorString), and
// the durations DRS reports as ISO 8601 text.
const TCP_1500 = 'open TCP 1500 from the source instance to the staging subnet (the replication server security group, network ACLs, firewalls on the way)';
const STAGING_443 = 'let the staging subnet reach the DRS, EC2 and S3 endpoints on TCP 443 (route table, NAT gateway or VPC endpoints)';
const REPLICATION_ERROR_ADVICE = {
    AGENT_NOT_SEEN: 'DRS has not heard from the agent: check the instance runs, the aws-replication service is running on it, and it reaches the DRS endpoint of the target region on TCP 443',
    SNAPSHOTS_FAILURE: 'EBS snapshots of the staging disks fail: check the EBS snapshot quota of the target region and that the KMS key used for EBS encryption allows the DRS service roles',
    NOT_CONVERGING: 'the source writes faster than replication sends: remove bandwidth throttling in the replication settings, give the source more bandwidth towards the staging subnet, or use a larger (or dedicated) replication server',
    UNSTABLE_NETWORK: 'the connection between agent and replication server keeps dropping: check packet loss and bandwidth on TCP 1500 between the source and the staging subnet',
    FAILED_TO_CREATE_SECURITY_GROUP: "DRS could not create the replication server's security group: check the DRS service role may call ec2:CreateSecurityGroup and the VPC's security-group quota",
    FAILED_TO_LAUNCH_REPLICATION_SERVER: 'DRS could not launch the replication server: check the staging subnet has free IP addresses, the replication instance type is offered in its Availability Zone, the EC2 instance quota, and the EBS KMS key policy',
    FAILED_TO_BOOT_REPLICATION_SERVER: `the replication server did not come up: ${STAGING_443}, or pick another replication server instance type`,
    FAILED_TO_AUTHENTICATE_WITH_SERVICE: `the replication server could not authenticate with DRS: ${STAGING_443}, and check the policy of any DRS VPC endpoint`,
    FAILED_TO_DOWNLOAD_REPLICATION_SOFTWARE: 'the replication server could not download its software: let the staging subnet reach S3 on TCP 443 (an S3 gateway endpoint or a NAT gateway)',
    FAILED_TO_CREATE_STAGING_DISKS: 'DRS could not create the staging disks: check the EBS volume quota, the volume type in the replication settings, and that the EBS KMS key allows the DRS service roles',
    FAILED_TO_ATTACH_STAGING_DISKS: 'DRS could not attach the staging disks: check the EBS KMS key policy allows the DRS service roles, then restart replication',
    FAILED_TO_PAIR_REPLICATION_SERVER_WITH_AGENT: `agent and replication server could not pair: ${TCP_1500}, and ${STAGING_443}`,
    FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER: TCP_1500,
    FAILED_TO_START_DATA_TRANSFER: `replication could not start sending data: ${TCP_1500}; then restart the aws-replication service on the source`
};
const GENERIC_REPLICATION_ADVICE = "open the source server in the DRS console (Data replication status) for the failing step; the usual causes are TCP 1500 from the source to the staging subnet and the staging subnet's access to the DRS endpoint on TCP 443";
function replicationErrorAdvice(code) {
    return (code && REPLICATION_ERROR_ADVICE[code]) || GENERIC_REPLICATION_ADVICE;
}
const DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
// Years and months have no fixed length; DRS reports lag in days at most, so an approximation will do.
const UNIT_SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1];
/** Seconds of an ISO 8601 duration (PT1H2M3S, P1DT2H, PT0.5S); null when it is not one. */
function parseDurationSeconds(text) {
    if (!text)
        return null;
    const match = DURATION.exec(text.trim().toUpperCase());
    if (!match || text.trim().toUpperCase().endsWith('T') || text.trim().length < 3)
        return null;
    const parts = match.slice(1);
    if (parts.every(part => part === undefined))
        return null;
    const seconds = parts.reduce((sum, part, i) => sum + (part === undefined ? 0 : Number(part) * UNIT_SECONDS[i]), 0);
    return Math.round(seconds);
}
const UNITS = [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1]
];
/** "1h 2m", "3d 4h", "60d", "45s": the largest unit and the next one when not zero, for messages. */
function formatDuration(totalSeconds) {
    const seconds = Math.max(0, Math.round(totalSeconds));
    const first = UNITS.findIndex(([, size]) => seconds >= size);
    if (first < 0)
        return '0s';
    const [unit, size] = UNITS[first];
    const text = `${Math.floor(seconds / size)}${unit}`;
    const next = UNITS[first + 1];
    if (!next)
        return text;
    const rest = Math.floor((seconds % size) / next[1]);
    return rest > 0 ? `${text} ${rest}${next[0]}` : text;
}


/***/ }),

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ renderCheckSummary),
/* harmony export */   Pb: () => (/* binding */ buildCheckOutputs),
/* harmony export */   ST: () => (/* binding */ failingRows),
/* harmony export */   dm: () => (/* binding */ coverageByAccount),
/* harmony export */   oe: () => (/* binding */ checkBreakdown),
/* harmony export */   pp: () => (/* binding */ checkFinalLogLine),
/* harmony export */   wb: () => (/* binding */ coverageBar)
/* harmony export */ });
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7994);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5468);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5655);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1931);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6106);
/* harmony import */ var _accounts_targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7978);
// Check rows in, text out: the step outputs, the job summary (coverage per account, then the rows
// that need attention) and the final log line. Pure: nothing here writes anywhere.






function buildCheckOutputs(rows, accountCount) {
    const sorted = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .sortCheckRows */ .Cf)(rows);
    const counts = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countCheckStatuses */ .ap)(sorted);
    const outputs = {
        'protected-count': String(counts.protected),
        'unprotected-count': String(counts.unprotected),
        'unhealthy-count': String(_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .UNHEALTHY_STATUSES */ .AO.reduce((sum, s) => sum + counts[s], 0)),
        'syncing-count': String(counts.syncing),
        'orphaned-count': String(counts.orphaned),
        'drill-overdue-count': String(counts['drill-overdue']),
        'failed-count': String(counts.failed),
        coverage: String((0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageOf */ ._5)(sorted)),
        'account-count': String(accountCount),
        results: '[]',
        'results-truncated': 'false'
    };
    const whole = (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonWithin */ .Ir)(sorted, _report_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_LIMIT_BYTES */ .Rc);
    if (whole.kept === sorted.length) {
        outputs.results = whole.json;
        return outputs;
    }
    const attention = sorted.filter(_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .needsAttention */ .e_);
    const { json, kept } = (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonWithin */ .Ir)(attention, _report_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_LIMIT_BYTES */ .Rc);
    const left = sorted.length - kept;
    outputs.results = json;
    outputs['results-truncated'] = 'true';
    outputs.truncatedWarning =
        kept === attention.length
            ? `The results output holds only the ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(kept, 'row')} that need attention: ${left} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`
            : `The results output holds ${kept} of the ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(attention.length, 'row')} that need attention, cut at 512 KiB: ${left} of ${sorted.length} rows were left out. The results-file output holds every row.`;
    return outputs;
}
/** The rows whose status is in fail-on (failed always is). */
function failingRows(settings, rows) {
    const failOn = new Set([...settings.failOn, 'failed']);
    return rows.filter(row => failOn.has(row.status));
}
/** An account none of whose instances could be looked at: only failed rows (e.g. its role). */
function notChecked(account) {
    return account.instances === 0 && account.byStatus.failed > 0;
}
/**
 * Coverage per account, worst first: the accounts that could not be checked at all, then by
 * coverage, then by failed rows (most first), then by account id.
 */
function coverageByAccount(rows) {
    const byAccount = new Map();
    for (const row of rows) {
        const account = row.accountId ?? 'unknown';
        byAccount.set(account, [...(byAccount.get(account) ?? []), row]);
    }
    return [...byAccount]
        .map(([accountId, accountRows]) => ({
        accountId,
        coverage: (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageOf */ ._5)(accountRows),
        instances: accountRows.filter(_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isCoverageRow */ .Xd).length,
        byStatus: (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countCheckStatuses */ .ap)(accountRows)
    }))
        .sort((a, b) => Number(notChecked(b)) - Number(notChecked(a)) ||
        a.coverage - b.coverage ||
        b.byStatus.failed - a.byStatus.failed ||
        (a.accountId < b.accountId ? -1 : 1));
}
/** "3 protected, 1 stalled" for the statuses present, in the contract's order. */
function checkBreakdown(byStatus, separator = ', ') {
    return _rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.filter(status => byStatus[status] > 0)
        .map(status => `${byStatus[status]} ${status}`)
        .join(separator);
}
/** A ten-cell bar, e.g. `███████░░░` for 70 to 79 percent. */
function coverageBar(percent) {
    const filled = Math.max(0, Math.min(10, Math.floor(percent / 10)));
    return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
}
function coverageTable(rows) {
    const lines = coverageByAccount(rows).map(account => {
        const unhealthy = _rows_js__WEBPACK_IMPORTED_MODULE_1__/* .UNHEALTHY_STATUSES */ .AO.reduce((sum, s) => sum + account.byStatus[s], 0);
        const coverage = notChecked(account)
            ? 'not checked'
            : `\`${coverageBar(account.coverage)}\` ${account.coverage}%`;
        return `| ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(account.accountId)} | ${coverage} | ${account.instances} | ${account.byStatus.protected} | ${account.byStatus.unprotected} | ${unhealthy} | ${account.byStatus.syncing} | ${account.byStatus['drill-overdue']} | ${account.byStatus.orphaned} | ${account.byStatus.failed} |`;
    });
    return [
        '| Account | Coverage | Instances | Protected | Unprotected | Unhealthy | Syncing | Drill overdue | Orphaned | Failed |',
        '|---|---|---|---|---|---|---|---|---|---|',
        ...lines
    ].join('\n');
}
const ROW_HEAD = '| Account | Region | Instance | Name | Status | Source server | Replication | Lag | Last seen | Last drill | Message |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|';
function tableRow(row) {
    const cells = [
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.accountId),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.region),
        row.instanceId === null ? '—' : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.instanceId),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.name),
        `**${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.status)}**`,
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.sourceServerId),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.replicationState),
        row.lagSeconds === null ? '' : (0,_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(row.lagSeconds),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.lastSeenAt),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.lastDrillAt),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.message)
    ];
    return `| ${cells.join(' | ')} |`;
}
function heading(settings, rows, meta) {
    const byStatus = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countCheckStatuses */ .ap)(rows);
    const many = (0,_accounts_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .isManyAccountRun */ .cU)(settings);
    const lines = [
        many
            ? `## DRS protection check: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(settings.targets.length, 'account')}`
            : `## DRS protection check: account ${settings.accountId}`,
        '',
        [
            many ? `Role \`${settings.roleName ?? ''}\` in each account` : `Role \`${settings.roleArn}\``,
            `source regions ${settings.sourceRegions.join(', ') || '(none)'}`,
            `target region ${settings.targetRegion}`,
            `max-lag-minutes ${settings.maxLagMinutes}`,
            settings.maxDrillAgeDays === null
                ? 'drills not checked'
                : `max-drill-age-days ${settings.maxDrillAgeDays}`,
            `fail-on ${settings.failOn.join(', ')}`
        ].join(' · ')
    ];
    if (meta.runUrl)
        lines.push('', `[Workflow run](${meta.runUrl})`);
    if (meta.stopped)
        lines.push('', `> **Stopped:** ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(meta.stopped)}`);
    const breakdown = checkBreakdown(byStatus, ' · ');
    lines.push('', `**Coverage ${(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageOf */ ._5)(rows)}%** of ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(rows.filter(_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isCoverageRow */ .Xd).length, 'running matching instance')}` +
        (breakdown ? ` (${breakdown})` : ''), '', '### Coverage per account', '', coverageTable(rows), '');
    return lines.join('\n');
}
/**
 * The job summary in markdown: coverage per account (worst first), then the rows that need
 * attention, then the rest; above SUMMARY_MAX_ROWS rows or the byte budget, only the rows that
 * need attention (as many as fit) and a count of the rest, so it stays under GitHub's 1 MiB.
 */
function renderCheckSummary(settings, rows, meta = {}) {
    const head = heading(settings, rows, meta);
    if (rows.length === 0)
        return `${head}\nNo instances matched and no source servers were found.\n`;
    const sorted = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .sortCheckRows */ .Cf)(rows);
    const attention = sorted.filter(_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .needsAttention */ .e_);
    const rest = sorted.filter(row => !(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .needsAttention */ .e_)(row));
    const ordered = [...attention, ...rest];
    const tableHead = `\n### Rows (those that need attention first)\n\n${ROW_HEAD}\n`;
    const lines = [];
    if (ordered.length <= _report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_MAX_ROWS */ .Ak) {
        for (const row of ordered)
            lines.push(tableRow(row));
        const size = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(head) + (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(tableHead) + lines.reduce((sum, l) => sum + (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(l) + 1, 0);
        if (size <= _report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_BUDGET_BYTES */ .Xb)
            return `${head}${tableHead}${lines.join('\n')}\n`;
    }
    let size = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(head) + (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(tableHead) + 1024;
    let shown = 0;
    while (shown < attention.length) {
        if (lines.length === shown)
            lines.push(tableRow(attention[shown]));
        const lineSize = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(lines[shown]) + 1;
        if (size + lineSize > _report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_BUDGET_BYTES */ .Xb)
            break;
        size += lineSize;
        shown++;
    }
    const note = shown === attention.length
        ? `Showing the ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(attention.length, 'row')} that need attention of ${ordered.length}; the results-file output holds every row.`
        : `Showing ${shown} of the ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(attention.length, 'row')} that need attention (of ${ordered.length}), to stay under the 1 MiB summary limit; the results-file output holds every row.`;
    const left = ordered.slice(shown);
    const footer = `… and ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(left.length, 'more row')}: ${checkBreakdown((0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countCheckStatuses */ .ap)(left))}`;
    const table = shown > 0 ? `${ROW_HEAD}\n${lines.slice(0, shown).join('\n')}\n\n` : '';
    return `${head}\n### Rows that need attention\n\n${note}\n\n${table}${footer}\n`;
}
/** One line for the end of the log. */
function checkFinalLogLine(rows) {
    const found = rows.filter(_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isCoverageRow */ .Xd).length;
    const breakdown = checkBreakdown((0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countCheckStatuses */ .ap)(rows));
    return `DRS protection check: coverage ${(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageOf */ ._5)(rows)}% of ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(found, 'running matching instance')}${breakdown ? `; ${breakdown}` : ''}`;
}


/***/ }),

/***/ 5002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliRunUrl: () => (/* binding */ cliRunUrl),
  runInstall: () => (/* binding */ runInstall)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/fronts/cli-args.ts + 1 modules
var cli_args = __webpack_require__(6188);
// EXTERNAL MODULE: ./src/fronts/cli-console.ts
var cli_console = __webpack_require__(7794);
// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(8991);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/stages.ts
var report_stages = __webpack_require__(1139);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/report/terminal.ts
// The terminal table, rendered from the one report value; names and messages lose any control
// sequence on the way (an EC2 Name tag could otherwise drive the user's terminal).


/** A plain-text table for terminals: aligned columns, one line per row, the message last. */
function renderTerminalTable(source) {
    const report = (0,report_report/* asReport */.z)(source);
    if (report.rows.length === 0)
        return '(no instances)';
    const oneLine = (value, max) => {
        const text = (0,report_text/* stripControl */.kU)(value ?? '-')
            .replace(/\s+/g, ' ')
            .trim() || '-';
        return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    };
    const header = [
        'INSTANCE',
        'NAME',
        'REGION',
        'PLATFORM',
        'STATUS',
        'SOURCE SERVER',
        'REPLICATION',
        'MESSAGE'
    ];
    const body = report.attentionFirst.map(row => [
        oneLine(row.instanceId, 19),
        oneLine(row.name, 32),
        oneLine(row.region, 16),
        oneLine(row.platform, 12),
        oneLine(row.status, 18),
        oneLine(row.sourceServerId, 20),
        oneLine(row.replicationState, 18),
        oneLine(row.message, 400)
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...body.map(cells => cells[i].length)));
    const format = (cells) => cells
        .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const rule = widths.map((width, i) => '-'.repeat(i === widths.length - 1 ? Math.min(width, 40) : width));
    return [format(header), format(rule), ...body.map(format)].join('\n');
}

// EXTERNAL MODULE: ./src/fronts/run-guard.ts
var run_guard = __webpack_require__(7061);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/fronts/cli-install.ts
// `drs-orchestrate [install]`: the same flow as the action (parse, run the engine, report, exit),
// with flags instead of inputs, the AWS SDK's credential chain instead of the runner's, and
// stdout/stderr instead of outputs and a job summary. Never imports @actions/core.











async function report(command, rows, stopped, io) {
    io.stop();
    const { settings } = command;
    const { resultsFile, writeProblem } = await (0,cli_console/* tryWriteRows */.OQ)(command.resultsFile, settings.accountId, 'cli', rows);
    const built = (0,report_report/* buildReport */.F)(rows);
    if (command.json)
        io.out((0,progress/* jsonReport */.L7)(built, resultsFile, stopped));
    else {
        io.out(`${renderTerminalTable(built)}\n\n${(0,outputs/* finalLogLine */.TZ)(built)}\n`);
        if (resultsFile)
            io.out(`Results file: ${resultsFile}\n`);
    }
    if (command.json && resultsFile)
        io.log(`Results file: ${resultsFile}`);
    if (writeProblem)
        io.log(`error: ${writeProblem}`);
    if (stopped)
        io.log(`error: ${stopped}`);
    else if ((0,outputs/* shouldFail */.W9)(settings, built)) {
        io.log(`error: ${(0,outputs/* failureReason */.Hr)(built)}; see the table above.`);
    }
    return stopped || writeProblem || (0,outputs/* shouldFail */.W9)(settings, built) ? cli_console/* EXIT_FAILED */.hj : cli_console/* EXIT_OK */.Ij;
}
async function runInstall(command, context) {
    const { settings } = command;
    const { env, redactor } = context;
    const io = cli_console/* Console */.C7.open(context, settings.externalId);
    const port = (0,cli_console/* consolePort */.Rw)(io, context, settings, rows => {
        guard.progress(rows);
        io.progress(rows);
    });
    const stages = new report_stages/* StageBoard */.pV();
    port.stage = record => {
        stages.update(record);
        io.stage((0,report_stages/* runningStageText */.D5)(stages.list()));
    };
    const guard = new run_guard/* RunGuard */.z(settings, {
        report: (rows, stopped) => report(command, rows, stopped, io),
        cancelling: signal => io.log(`warning: received ${signal}: stopping the wait and reporting what is known (again to quit at once).`),
        exit: code => (0,cli_console/* exitAfterFlush */.zx)(code),
        again: () => {
            // A second Ctrl-C: leave now.
            io.stop();
            process.exit(cli_console/* EXIT_FAILED */.hj);
        }
    });
    io.log(`${cli_args/* PROGRAM */.RX} ${context.version}: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
        `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, wait-for ${settings.waitFor}` +
        `${settings.dryRun ? ', dry run' : ''}; starting credentials: ${(0,cli_console/* startingCredentialsText */.ke)(settings, command.profile, env)}; ` +
        `session ${settings.roleSessionName}.`);
    io.start('assuming the role, discovering instances');
    try {
        // Loaded after the flags are checked, so bad usage fails fast and --help stays quick.
        const { runEngine } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(654800), __webpack_require__.e(412271)]).then(__webpack_require__.bind(__webpack_require__, 1746));
        const result = await runEngine(settings, port, {
            ...(0,retry/* retrySettingsFromEnv */.LQ)(env),
            userAgent: `${cli_args/* PROGRAM */.RX}/${context.version}`,
            runUrl: cliRunUrl(settings),
            signal: guard.signal,
            ambient: await (0,cli_console/* ambientCredentials */.ji)(settings, command, redactor)
        });
        return await guard.finish(result);
    }
    catch (error) {
        return await guard.crash(error);
    }
    finally {
        guard.dispose();
    }
}
/** The workflow run's link inside a job; from a terminal, who ran it where. */
function cliRunUrl(settings) {
    return ((0,run_context/* runUrl */.V)(settings.run) ||
        `${cli_args/* PROGRAM */.RX} run by ${settings.run.actor || 'unknown user'} on ${(0,external_node_os_.hostname)()} (session ${settings.roleSessionName})`);
}


/***/ }),

/***/ 7759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ renderCheckTerminal),
/* harmony export */   GZ: () => (/* binding */ renderDrillTerminal),
/* harmony export */   Pj: () => (/* binding */ countsFromOutputs),
/* harmony export */   XB: () => (/* binding */ drillByStatus)
/* harmony export */ });
/* unused harmony export renderColumns */
/* harmony import */ var _check_advice_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6106);
/* harmony import */ var _check_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3904);
/* harmony import */ var _check_rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1931);
/* harmony import */ var _drill_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5469);
/* harmony import */ var _drill_rows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5448);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5655);
// What `drs-orchestrate check` and `drill` print, as pure functions: aligned plain-text tables
// (names and messages lose any control sequence: an EC2 Name tag could otherwise drive the user's
// terminal), the coverage per account, the waves, and the counts of the --json document.






function oneLine(value, max) {
    const text = (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .stripControl */ .kU)(value === null ? '-' : String(value))
        .replace(/\s+/g, ' ')
        .trim() || '-';
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** Aligned columns, one line per row; the last column is not padded. */
function renderColumns(columns, rows) {
    const body = rows.map(row => columns.map(column => oneLine(column.cell(row), column.max)));
    const header = columns.map(column => column.title);
    const widths = header.map((title, i) => Math.max(title.length, ...body.map(cells => cells[i].length)));
    const format = (cells) => cells
        .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const rule = widths.map((width, i) => '-'.repeat(i === widths.length - 1 ? Math.min(width, 40) : width));
    return [format(header), format(rule), ...body.map(format)].join('\n');
}
/** Step outputs as --json counts: `failed-count` -> failedCount, numbers as numbers, '' as null. */
function countsFromOutputs(outputs) {
    const counts = {};
    for (const [name, value] of Object.entries(outputs)) {
        if (['results', 'results-truncated', 'truncatedWarning'].includes(name))
            continue;
        const key = name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
        counts[key] = value === '' ? null : Number(value);
    }
    return counts;
}
const CHECK_COLUMNS = [
    { title: 'ACCOUNT', max: 12, cell: row => row.accountId },
    { title: 'INSTANCE', max: 19, cell: row => row.instanceId },
    { title: 'NAME', max: 32, cell: row => row.name },
    { title: 'REGION', max: 16, cell: row => row.region },
    { title: 'STATUS', max: 14, cell: row => row.status },
    { title: 'SOURCE SERVER', max: 20, cell: row => row.sourceServerId },
    { title: 'REPLICATION', max: 18, cell: row => row.replicationState },
    {
        title: 'LAG',
        max: 10,
        cell: row => (row.lagSeconds === null ? null : (0,_check_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(row.lagSeconds))
    },
    { title: 'MESSAGE', max: 400, cell: row => row.message }
];
/** Coverage per account (worst first, with a bar), then every row, those needing attention first. */
function renderCheckTerminal(rows) {
    if (rows.length === 0)
        return '(no instances matched and no source servers were found)';
    const accounts = (0,_check_report_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageByAccount */ .dm)(rows).map(account => `  ${account.accountId}  ${(0,_check_report_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageBar */ .wb)(account.coverage)} ${String(account.coverage).padStart(3)}% of ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(account.instances, 'instance')}` +
        `  (${(0,_check_report_js__WEBPACK_IMPORTED_MODULE_1__/* .checkBreakdown */ .oe)(account.byStatus) || 'nothing found'})`);
    const sorted = (0,_check_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .sortCheckRows */ .Cf)(rows);
    const ordered = [...sorted.filter(_check_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .needsAttention */ .e_), ...sorted.filter(row => !(0,_check_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .needsAttention */ .e_)(row))];
    return ['Coverage per account:', ...accounts, '', renderColumns(CHECK_COLUMNS, ordered)].join('\n');
}
const seconds = (value) => (value === null ? '-' : `${value} s`);
const DRILL_COLUMNS = [
    { title: 'INSTANCE', max: 19, cell: row => row.instanceId },
    { title: 'NAME', max: 24, cell: row => row.name },
    { title: 'REGION', max: 16, cell: row => row.region },
    { title: 'WAVE', max: 6, cell: row => row.wave },
    { title: 'STATUS', max: 17, cell: row => row.status },
    { title: 'DRILL INSTANCE', max: 19, cell: row => row.drillInstanceId },
    { title: 'RTO', max: 8, cell: row => (row.rtoSeconds === null ? null : seconds(row.rtoSeconds)) },
    { title: 'RPO', max: 8, cell: row => (row.rpoSeconds === null ? null : seconds(row.rpoSeconds)) },
    { title: 'TERMINATED', max: 10, cell: row => row.terminated },
    { title: 'MESSAGE', max: 400, cell: row => row.message }
];
/** The waves (servers, passed, failed, RTO and RPO), then every row, those needing attention first. */
function renderDrillTerminal(rows) {
    if (rows.length === 0)
        return '(no servers matched)';
    const waves = (0,_drill_render_js__WEBPACK_IMPORTED_MODULE_2__/* .waveSummaries */ .wR)(rows).map(wave => `  ${wave.wave === null ? 'no wave' : `wave ${wave.wave}`}: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(wave.servers, 'server')}, ${wave.passed} passed, ${wave.failed} failed; ` +
        `median RTO ${seconds(wave.medianRto)}, max RTO ${seconds(wave.maxRto)}, max RPO ${seconds(wave.maxRpo)}`);
    const sorted = (0,_drill_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .sortDrillRows */ .ve)(rows);
    const ordered = [
        ...sorted.filter(_drill_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .drillNeedsAttention */ .vc),
        ...sorted.filter(row => !(0,_drill_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .drillNeedsAttention */ .vc)(row))
    ];
    const head = waves.length > 0 ? ['Waves:', ...waves, ''] : [];
    return [...head, renderColumns(DRILL_COLUMNS, ordered)].join('\n');
}
/** Rows per drill status, every status present (0 where none), for --json. */
function drillByStatus(rows) {
    return Object.fromEntries(_drill_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .DRILL_STATUSES */ .RO.map(status => [status, rows.filter(row => row.status === status).length]));
}


/***/ }),

/***/ 7061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ RunGuard)
/* harmony export */ });
/* unused harmony export CANCEL_GRACE_MS */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(580);
// What both fronts (the action and the CLI) need around one engine run: the cancel signal, the
// latest rows the engine published, and exactly one report, whichever of these comes first: the
// engine's own result, a crash, or a SIGTERM/SIGINT whose grace period ran out.



/** After a cancel signal the engine gets this long to hand back its rows. */
const CANCEL_GRACE_MS = 3000;
class RunGuard {
    settings;
    hooks;
    graceMs;
    signals;
    cancel = new AbortController();
    latest = [];
    reported = null;
    signalled = false;
    constructor(settings, hooks, graceMs = CANCEL_GRACE_MS, 
    /** Where SIGTERM / SIGINT arrive; tests pass their own emitter. */
    signals = process) {
        this.settings = settings;
        this.hooks = hooks;
        this.graceMs = graceMs;
        this.signals = signals;
        // Every in-flight AWS request listens on this signal; a large fleet has dozens at once.
        (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, this.cancel.signal);
        this.signals.on('SIGTERM', this.onSignal);
        this.signals.on('SIGINT', this.onSignal);
    }
    get signal() {
        return this.cancel.signal;
    }
    /** The engine's progress sink. */
    progress(rows) {
        this.latest = rows;
    }
    finish(result) {
        const stopped = result.fatal ?? (this.cancel.signal.aborted ? 'Cancelled before the wait ended.' : null);
        return this.reportOnce(result.rows, stopped);
    }
    /** A bug, not an AWS answer: still leave a report naming every source region. */
    crash(error) {
        const message = `Unexpected error: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        return this.reportOnce(this.knownRows(message, 'the run stopped on an unexpected error before its batch was sent'), message);
    }
    dispose() {
        this.signals.off('SIGTERM', this.onSignal);
        this.signals.off('SIGINT', this.onSignal);
    }
    /**
     * The rows published last, a candidate still awaiting its send marked failed with
     * `unsentReason`; before any row, one failed row per source region saying `reason`.
     */
    knownRows(reason, unsentReason) {
        return this.latest.length > 0
            ? this.latest.map(row => (0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .unsentAsFailed */ .Hr)(row, unsentReason))
            : (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .stoppedRunRows */ ._R)(this.settings.accountId, this.settings.sourceRegions, reason);
    }
    reportOnce(rows, stopped) {
        return (this.reported ??= this.hooks.report(rows, stopped));
    }
    onSignal = (signal) => {
        if (this.signalled) {
            this.hooks.again?.();
            return;
        }
        this.signalled = true;
        this.hooks.cancelling(signal);
        this.cancel.abort();
        setTimeout(() => {
            const stopped = `Cancelled by ${signal}.`;
            const rows = this.knownRows(`${stopped} No instance was known yet.`, `cancelled by ${signal} before its batch was sent`);
            void this.reportOnce(rows, stopped).then(result => this.hooks.exit(result));
        }, this.graceMs).unref();
    };
}


/***/ })

};
