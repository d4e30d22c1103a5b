export const id = 352614;
export const ids = [352614];
export const modules = {

/***/ 7978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ accountLogPrefix),
/* harmony export */   R2: () => (/* binding */ sortAccountRows),
/* harmony export */   Wb: () => (/* binding */ settingsForAccount),
/* harmony export */   cU: () => (/* binding */ isManyAccountRun)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(580);

/** The settings one account runs on: the run's, with that account's id and role. */
function settingsForAccount(settings, target) {
    return { ...settings, accountId: target.accountId, roleArn: target.roleArn, targets: [target] };
}
/** True when the run was given `accounts`: failures stay per account, the summary lists them. */
function isManyAccountRun(settings) {
    return settings.roleName !== null || settings.targets.length > 1;
}
/** Contract order: by account, then region, then instance id. Returns a new array. */
function sortAccountRows(rows) {
    return [...rows].sort((a, b) => (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNullable */ .Bm)(a.accountId, b.accountId) ||
        (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNullable */ .Bm)(a.region, b.region) ||
        (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNullable */ .Bm)(a.instanceId, b.instanceId));
}
/** The prefix of an account's log lines in a many-account run (empty with one account). */
function accountLogPrefix(settings, accountId) {
    return isManyAccountRun(settings) ? `[${accountId}] ` : '';
}


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

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ UNHEALTHY_STATUSES),
/* harmony export */   Cf: () => (/* binding */ sortCheckRows),
/* harmony export */   Jx: () => (/* binding */ makeCheckRow),
/* harmony export */   Qw: () => (/* binding */ CHECK_STATUSES),
/* harmony export */   Xd: () => (/* binding */ isCoverageRow),
/* harmony export */   _5: () => (/* binding */ coverageOf),
/* harmony export */   ap: () => (/* binding */ countCheckStatuses),
/* harmony export */   bO: () => (/* binding */ accountFailureRows),
/* harmony export */   e_: () => (/* binding */ needsAttention)
/* harmony export */ });
// The protection check's row and status words (CONTRACT.md, "Protection check").
const CHECK_STATUSES = [
    'unprotected',
    'stalled',
    'disconnected',
    'stopped',
    'syncing',
    'lagging',
    'drill-overdue',
    'protected',
    'orphaned',
    'failed'
];
/** The statuses counted as unhealthy-count. */
const UNHEALTHY_STATUSES = [
    'stalled',
    'disconnected',
    'stopped',
    'lagging'
];
/** A row with every field present; unknown fields are null, never undefined. */
function makeCheckRow(fields) {
    return {
        operation: 'check',
        accountId: fields.accountId ?? null,
        region: fields.region ?? null,
        instanceId: fields.instanceId ?? null,
        name: fields.name ?? null,
        status: fields.status,
        sourceServerId: fields.sourceServerId ?? null,
        replicationState: fields.replicationState ?? null,
        lagSeconds: fields.lagSeconds ?? null,
        lastSeenAt: fields.lastSeenAt ?? null,
        lastDrillAt: fields.lastDrillAt ?? null,
        message: fields.message ?? null
    };
}
/** Everything but a healthy (or still syncing) server needs someone to look at it. */
function needsAttention(row) {
    return row.status !== 'protected' && row.status !== 'syncing';
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
/** Contract order: by account, region, instance id (then source server, for duplicates). */
function sortCheckRows(rows) {
    return [...rows].sort((a, b) => compareNullable(a.accountId, b.accountId) ||
        compareNullable(a.region, b.region) ||
        compareNullable(a.instanceId, b.instanceId) ||
        compareNullable(a.sourceServerId, b.sourceServerId));
}
function countCheckStatuses(rows) {
    const counts = Object.fromEntries(CHECK_STATUSES.map(s => [s, 0]));
    for (const row of rows)
        counts[row.status]++;
    return counts;
}
/** Rows for instances found running with the filters: every status but orphaned and failed. */
function isCoverageRow(row) {
    return row.status !== 'orphaned' && row.status !== 'failed';
}
/** Whole percent, rounded down, of running matched instances that have a source server; 100 when none. */
function coverageOf(rows) {
    const found = rows.filter(isCoverageRow);
    if (found.length === 0)
        return 100;
    const covered = found.filter(row => row.status !== 'unprotected').length;
    return Math.floor((covered * 100) / found.length);
}
/** A failure that stopped an account: one failed row per source region. */
function accountFailureRows(accountId, regions, message) {
    return sortCheckRows(regions.map(region => makeCheckRow({ accountId, region, status: 'failed', message })));
}


/***/ }),

/***/ 4115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ CHECK_INPUTS),
/* harmony export */   P7: () => (/* binding */ parseCheckSettings),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON)
/* harmony export */ });
/* unused harmony exports SHARED_INPUT_NAMES, CHECK_OUTPUTS */
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8323);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1931);
// The check action's inputs: the account and discovery inputs of the install action (validated by
// the install's own parser, so the rules live in one place) plus the check's own three.


/** The install inputs the check takes, in the order check/action.yml lists them. */
const SHARED_INPUT_NAMES = [
    'role-arn',
    'accounts',
    'role-name',
    'account-concurrency',
    'account-id',
    'external-id',
    'source-regions',
    'target-region',
    'oidc-role-arn',
    'audience',
    'role-session-name',
    'role-duration-seconds',
    'session-tagging',
    'tag-filters',
    'instance-ids',
    'notify-topic-arn'
];
const DEFAULT_FAIL_ON = 'unprotected,stalled,disconnected,stopped,lagging';
// Where the install's wording is about installing, the check says what the input means for it.
const DESCRIPTION_OVERRIDES = {
    'account-concurrency': 'With accounts: how many accounts are checked at once, 1 to 100. One central session serves them all; each account is assumed on its own.',
    'source-regions': 'Regions whose instances are checked, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).',
    'target-region': 'The DRS recovery region, where the source servers are registered.',
    'tag-filters': 'key=value pairs, separated by commas or newlines; every running instance that matches all of them should be protected.',
    'instance-ids': 'Explicit instance ids (commas, spaces or newlines). When set, tag-filters are not used, each id is looked up in every source region, and orphaned servers are not reported.',
    'notify-topic-arn': "SNS topic for the check's result (coverage, counts, the rows that need attention), one message per run, published in the topic's region with the target-role credentials (with accounts: the topic's account's when it is in the run, else the central ones). A failed publish is a warning."
};
const OWN_INPUTS = [
    {
        name: 'max-lag-minutes',
        kind: 'text',
        required: false,
        default: '15',
        description: 'A CONTINUOUS server whose replication lag is longer is lagging (minutes, 0 or more).'
    },
    {
        name: 'max-drill-age-days',
        kind: 'text',
        required: false,
        description: 'Set: a server whose last drill or recovery launch is older, did not succeed, or never happened is drill-overdue. Unset: drills are not checked.'
    },
    {
        name: 'fail-on',
        kind: 'list',
        required: false,
        default: DEFAULT_FAIL_ON,
        description: `Statuses that fail the step (commas, spaces or newlines): any of ${_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.join(', ')}; none for never. failed always fails the step.`
    }
];
const CHECK_INPUTS = [
    ...SHARED_INPUT_NAMES.map(name => {
        const spec = _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.find(input => input.name === name);
        if (!spec)
            throw new Error(`the install has no input ${name}`);
        return { ...spec, description: DESCRIPTION_OVERRIDES[name] ?? spec.description };
    }),
    ...OWN_INPUTS
];
const CHECK_OUTPUTS = [
    { name: 'protected-count', description: 'Rows with status protected.' },
    { name: 'unprotected-count', description: 'Running matching instances without a source server.' },
    {
        name: 'unhealthy-count',
        description: 'Rows with status stalled, disconnected, stopped or lagging.'
    },
    { name: 'syncing-count', description: 'Rows with status syncing.' },
    {
        name: 'orphaned-count',
        description: 'Source servers whose instance no longer runs with the filters.'
    },
    {
        name: 'drill-overdue-count',
        description: 'Rows with status drill-overdue (0 without max-drill-age-days).'
    },
    {
        name: 'failed-count',
        description: 'Rows with status failed (region- and account-wide failures included).'
    },
    {
        name: 'coverage',
        description: 'Whole percent (rounded down) of the running matching instances that have a source server; 100 when none were found.'
    },
    { name: 'account-count', description: 'Accounts in the run.' },
    {
        name: 'results',
        description: 'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
    },
    { name: 'results-truncated', description: 'true when results leaves rows out.' },
    { name: 'results-file', description: 'Path of a JSON file under RUNNER_TEMP holding every row.' }
];
const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
function isCheckStatus(word) {
    return _rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.includes(word);
}
/** The check's own inputs; problems go to `fail`. */
function parseOwnInputs(read, problems) {
    const reader = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)(CHECK_INPUTS, read);
    const lagText = reader.get('max-lag-minutes');
    if (!NUMBER.test(lagText)) {
        reader.fail('max-lag-minutes', 'a number of minutes, 0 or more (fractions allowed)', lagText);
    }
    const drillText = reader.get('max-drill-age-days');
    if (drillText !== '' && (!NUMBER.test(drillText) || !(Number(drillText) > 0))) {
        reader.fail('max-drill-age-days', 'a number of days above 0, or unset', drillText);
    }
    const words = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(reader.get('fail-on'), true);
    const failOn = new Set(['failed']);
    for (const word of words) {
        if (isCheckStatus(word))
            failOn.add(word);
        else if (word !== 'none') {
            reader.fail('fail-on', `check statuses (${_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.join(', ')}) or none`, word);
        }
    }
    if (words.includes('none') && words.length > 1) {
        reader.fail('fail-on', 'none on its own, or a list of statuses', words.join(','));
    }
    problems.push(...reader.problems);
    return {
        maxLagMinutes: Number(lagText),
        maxDrillAgeDays: drillText === '' ? null : Number(drillText),
        failOn: _rows_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_STATUSES */ .Qw.filter(status => failOn.has(status))
    };
}
/**
 * Parses the check's inputs, reporting every problem at once. The shared inputs go through the
 * install's parser; its install-only inputs read as unset, so they take their (valid) defaults.
 */
function parseCheckSettings(read, run) {
    const shared = new Set(SHARED_INPUT_NAMES);
    const problems = [];
    let base = null;
    try {
        base = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSettings */ .P$)(name => (shared.has(name) ? read(name) : ''), run);
    }
    catch (error) {
        if (!(error instanceof _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw error;
        problems.push(...error.issues);
    }
    const own = parseOwnInputs(read, problems);
    if (problems.length > 0 || !base)
        throw new _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    return {
        roleArn: base.roleArn,
        partition: base.partition,
        accountId: base.accountId,
        targets: base.targets,
        roleName: base.roleName,
        duplicateAccounts: base.duplicateAccounts,
        accountConcurrency: base.accountConcurrency,
        externalId: base.externalId,
        sourceRegions: base.sourceRegions,
        targetRegion: base.targetRegion,
        oidcRoleArn: base.oidcRoleArn,
        audience: base.audience,
        roleSessionName: base.roleSessionName,
        roleDurationSeconds: base.roleDurationSeconds,
        sessionTagging: base.sessionTagging,
        tagFilters: base.tagFilters,
        instanceIds: base.instanceIds,
        notifyTopicArn: base.notifyTopicArn,
        run: base.run,
        ...own
    };
}


/***/ }),

/***/ 9992:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_report_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7633);
// The report action's entry: everything happens in fronts/report-action.ts.

await (0,_fronts_report_action_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(1889);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(4427);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/settings/index.ts + 2 modules
var settings = __webpack_require__(8323);
;// CONCATENATED MODULE: ./src/org/report-settings.ts
// The report action's inputs and outputs, and their pure parser.

const DEFAULT_RESULTS = 'drs-results/**/*.json';
const REPORT_INPUTS = [
    {
        name: 'results',
        kind: 'list',
        required: false,
        default: DEFAULT_RESULTS,
        description: 'Path or glob of results-file JSON files of the install, check and drill actions (one per job, e.g. downloaded artifacts); several separated by newlines. Globs (@actions/glob) support **, *, ? and [...], and a line starting with ! leaves its matches out; a folder means every .json file under it.'
    },
    {
        name: 'fail-on-error',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'Fail the step when any row failed (install failed or timed-out; check failed, or unprotected, stalled, disconnected, stopped or lagging as the check fails on by default; drill failed, timed-out or not-started), or a results file could not be read.'
    }
];
const REPORT_OUTPUTS = [
    {
        name: 'account-count',
        description: 'Accounts in the report (from the rows and file names), over every operation.'
    },
    {
        name: 'instance-count',
        description: 'Rows with an instance id, over every operation (install, check, drill).'
    },
    { name: 'installed-count', description: 'Install rows with status installed.' },
    {
        name: 'failed-count',
        description: 'Install rows failed or timed-out (region-wide failure rows included), check rows failed, and drill rows failed, timed-out or not-started.'
    },
    {
        name: 'skipped-count',
        description: 'Install rows skipped-registered or skipped-unmanaged, and drill rows skipped-unhealthy or skipped-busy.'
    }
];
function parseReportSettings(read) {
    const input = (0,settings/* inputReader */.cN)(REPORT_INPUTS, read);
    // Newlines only: a path may hold commas or spaces.
    const patterns = (0,settings/* unique */.Am)(input
        .get('results')
        .split(/\r?\n/)
        .map(line => line.trim())).filter(line => line !== '');
    if (patterns.length === 0)
        input.problems.push({ input: 'results', expected: 'a path or glob', required: true });
    for (const pattern of patterns) {
        if (pattern.includes('\0'))
            input.fail('results', 'a path or glob', pattern);
    }
    const failOnError = input.bool('fail-on-error');
    input.done();
    return { patterns, failOnError };
}

;// CONCATENATED MODULE: ./src/org/globs.ts
// Results paths and globs: hasGlob tells a glob line from a path, normalisePath spells paths one
// way. The front matches globs with @actions/glob; globToRegExp and globBase are the pure
// statement of the same ** / * / ? rules, kept for callers that match paths they already have.
const GLOB_CHARS = /[*?]/;
function hasGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
/** Forward slashes, no "./" segments, no doubled or trailing slashes. */
function normalisePath(path) {
    const absolute = path.startsWith('/');
    const parts = path
        .replace(/\\/g, '/')
        .split('/')
        .filter(part => part !== '' && part !== '.');
    return `${absolute ? '/' : ''}${parts.join('/')}`;
}
/**
 * The folder to start walking from: the pattern's segments before the first one with a glob
 * character ('.' when the pattern starts with one).
 */
function globBase(pattern) {
    const normal = normalisePath(pattern);
    const segments = normal.split('/');
    const literal = [];
    for (const segment of segments.slice(0, -1)) {
        if (hasGlob(segment))
            break;
        literal.push(segment);
    }
    if (literal.length === segments.length - 1 && !hasGlob(segments[segments.length - 1])) {
        return normal;
    }
    const base = literal.join('/');
    return base === '' ? (normal.startsWith('/') ? '/' : '.') : base;
}
function escapeRegExp(text) {
    return text.replace(/[.+^${}()|\\[\]]/g, '\\$&');
}
/**
 * A glob as a regular expression over normalised paths: `**` (a whole segment) matches any number
 * of folders, `*` any characters but `/`, `?` one such character; anything else is literal. Dot
 * files match like any other (results files are never hidden).
 */
function globToRegExp(pattern) {
    const segments = normalisePath(pattern).split('/');
    let source = '';
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**') {
            source += last ? '.*' : '(?:[^/]*/)*';
            return;
        }
        source += segment
            .split('')
            .map(char => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : escapeRegExp(char)))
            .join('');
        if (!last)
            source += '/';
    });
    return new RegExp(`^${source}$`);
}

// EXTERNAL MODULE: ./src/check/rows.ts
var check_rows = __webpack_require__(1931);
// EXTERNAL MODULE: ./src/drill/rows.ts
var drill_rows = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/org/row-shapes.ts
// The rows of the three operations read back from a results file: `operation` tells them apart
// (absent: a first-release install row). Each row is checked field by field; a row that is not
// what the action wrote is null, never a crash.


/** The record's fields of `kind`, null and absent ones left out; null when one has another type. */
function fieldsOf(record, kinds) {
    const fields = {};
    for (const [field, kind] of Object.entries(kinds)) {
        const value = record[field];
        if (value === undefined || value === null)
            continue;
        if (typeof value !== kind)
            return null;
        if (kind === 'number' && !Number.isFinite(value))
            return null;
        fields[field] = value;
    }
    return fields;
}
const COMMON = {
    accountId: 'string',
    region: 'string',
    instanceId: 'string',
    name: 'string',
    sourceServerId: 'string',
    message: 'string'
};
const CHECK_FIELDS = {
    ...COMMON,
    replicationState: 'string',
    lagSeconds: 'number',
    lastSeenAt: 'string',
    lastDrillAt: 'string'
};
const DRILL_FIELDS = {
    ...COMMON,
    wave: 'number',
    jobId: 'string',
    recoveryInstanceId: 'string',
    drillInstanceId: 'string',
    snapshotAt: 'string',
    startedAt: 'string',
    launchedAt: 'string',
    healthyAt: 'string',
    rtoSeconds: 'number',
    rpoSeconds: 'number',
    terminated: 'boolean'
};
/** The operation a parsed entry belongs to, or null when `operation` is not one of the three. */
function operationOf(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return null;
    const operation = value.operation;
    if (operation === undefined || operation === null || operation === 'install')
        return 'install';
    return operation === 'check' || operation === 'drill' ? operation : null;
}
function toCheckRow(value) {
    if (operationOf(value) !== 'check')
        return null;
    const record = value;
    if (!check_rows/* CHECK_STATUSES */.Qw.includes(record.status))
        return null;
    const fields = fieldsOf(record, CHECK_FIELDS);
    return fields && (0,check_rows/* makeCheckRow */.Jx)({ ...fields, status: record.status });
}
function toDrillRow(value) {
    if (operationOf(value) !== 'drill')
        return null;
    const record = value;
    if (!drill_rows/* DRILL_STATUSES */.RO.includes(record.status))
        return null;
    const fields = fieldsOf(record, DRILL_FIELDS);
    return fields && (0,drill_rows/* makeDrillRow */.Sm)({ ...fields, status: record.status });
}

// EXTERNAL MODULE: ./src/shared/rows.ts
var shared_rows = __webpack_require__(580);
;// CONCATENATED MODULE: ./src/org/results-files.ts
// Results files read back: every row checked field by field (install, check and drill rows alike),
// the account from the file name when rows lack it, and a problem (never a crash) for a file that
// is not what the actions wrote.



const FILE_ACCOUNT = /(?:^|\/)drs-results-(\d{12})(?:-[^/]*)?\.json$/;
const ROW_STRING_FIELDS = [
    'accountId',
    'region',
    'instanceId',
    'name',
    'platform',
    'commandId',
    'sourceServerId',
    'replicationState',
    'message'
];
/** The account id in a results-file name, as the root action writes it. */
function accountFromFileName(path) {
    return FILE_ACCOUNT.exec(normalisePath(path))?.[1] ?? null;
}
/** A Row when `value` is one (every present field of the right type, a known status), else null. */
function toRow(value) {
    if (operationOf(value) !== 'install')
        return null;
    const record = value;
    if (typeof record.status !== 'string' || !shared_rows/* STATUSES */.f.includes(record.status))
        return null;
    const fields = {};
    for (const field of ROW_STRING_FIELDS) {
        const field_value = record[field];
        if (field_value === undefined || field_value === null)
            continue;
        if (typeof field_value !== 'string')
            return null;
        fields[field] = field_value;
    }
    return (0,shared_rows/* makeRow */.xG)({ ...fields, status: record.status });
}
/** Parses one results file's text; never throws (a bad file is a `problem`). */
function parseResultsFile(path, text) {
    const fromName = accountFromFileName(path);
    const bad = (problem) => ({
        path,
        accountId: fromName,
        rows: [],
        checkRows: [],
        drillRows: [],
        problem
    });
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return bad(text.trim() === '' ? 'the file is empty' : `not valid JSON (${reason})`);
    }
    if (!Array.isArray(parsed))
        return bad('not a JSON array of rows');
    const rows = [];
    const checkRows = [];
    const drillRows = [];
    let invalid = 0;
    for (const item of parsed) {
        const operation = operationOf(item);
        const row = operation === 'check'
            ? toCheckRow(item)
            : operation === 'drill'
                ? toDrillRow(item)
                : operation === 'install'
                    ? toRow(item)
                    : null;
        if (row === null)
            invalid++;
        else if (operation === 'check')
            checkRows.push(row);
        else if (operation === 'drill')
            drillRows.push(row);
        else
            rows.push(row);
    }
    const accountId = [...rows, ...checkRows, ...drillRows].find(row => row.accountId !== null)?.accountId ?? fromName;
    return {
        path,
        accountId,
        rows,
        checkRows,
        drillRows,
        problem: invalid === 0
            ? null
            : `${invalid} of ${parsed.length} entries are not rows (left out of the report)`
    };
}
/** A results file that could not be read at all (missing, a folder, permissions). */
function unreadableFile(path, reason) {
    return {
        path,
        accountId: accountFromFileName(path),
        rows: [],
        checkRows: [],
        drillRows: [],
        problem: reason
    };
}

// EXTERNAL MODULE: ./src/check/report.ts
var report = __webpack_require__(3904);
// EXTERNAL MODULE: ./src/check/settings.ts
var check_settings = __webpack_require__(4115);
// EXTERNAL MODULE: ./src/drill/render.ts
var render = __webpack_require__(5469);
;// CONCATENATED MODULE: ./src/org/org-parts.ts
// The org report's check and drill parts: their rows in contract order, totals per account, the
// rows that need attention and those that fail the step. Built on the check's and the drill's own
// counting (coverage, status counts, RTO), so the org report says what their summaries say.





/** The statuses that fail the report: the check action's default fail-on, and failed. */
const CHECK_FAIL_ON = [
    ...check_settings/* DEFAULT_FAIL_ON */.VQ.split(','),
    'failed'
];
const accountsOf = (rows) => [...new Set(rows.map(row => row.accountId).filter((id) => id !== null))].sort();
function buildCheckPart(rows) {
    if (rows.length === 0)
        return null;
    const sorted = (0,check_rows/* sortCheckRows */.Cf)(rows);
    return {
        rows: sorted,
        accounts: accountsOf(sorted),
        totals: {
            byStatus: (0,check_rows/* countCheckStatuses */.ap)(sorted),
            coverage: (0,check_rows/* coverageOf */._5)(sorted),
            instanceCount: sorted.filter(row => row.instanceId !== null).length
        },
        byAccount: (0,report/* coverageByAccount */.dm)(sorted),
        attention: sorted.filter(check_rows/* needsAttention */.e_),
        failing: sorted.filter(row => CHECK_FAIL_ON.includes(row.status)),
        failOn: CHECK_FAIL_ON
    };
}
function drillTotals(rows) {
    return {
        ...(0,render/* countDrillRows */.mM)(rows),
        instanceCount: rows.filter(row => row.instanceId !== null).length,
        leftRunning: rows.filter(row => row.recoveryInstanceId !== null && row.terminated === false)
            .length
    };
}
function buildDrillPart(rows) {
    if (rows.length === 0)
        return null;
    const sorted = (0,drill_rows/* sortDrillRows */.ve)(rows);
    const byAccount = new Map();
    for (const row of sorted) {
        const list = byAccount.get(row.accountId);
        if (list)
            list.push(row);
        else
            byAccount.set(row.accountId, [row]);
    }
    return {
        rows: sorted,
        accounts: accountsOf(sorted),
        totals: drillTotals(sorted),
        byAccount: [...byAccount].map(([accountId, accountRows]) => ({
            accountId,
            servers: accountRows.filter(row => row.sourceServerId !== null).length,
            ...drillTotals(accountRows)
        })),
        attention: sorted.filter(drill_rows/* drillNeedsAttention */.vc),
        failing: sorted.filter(row => (0,drill_rows/* isDrillFailure */.uC)(row.status))
    };
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/org/org-report.ts




/** The install totals, from the one report value. */
function totalsOf(rows) {
    const report = (0,report_report/* buildReport */.F)(rows);
    return { ...report.counts, byStatus: report.byStatus, rows: rows.length };
}
/** The operations whose rows the report holds, in pipeline order (install when no rows at all). */
function operationsOf(report) {
    const found = [
        ...(report.rows.length > 0 ? ['install'] : []),
        ...(report.check ? ['check'] : []),
        ...(report.drill ? ['drill'] : [])
    ];
    return found.length > 0 ? found : ['install'];
}
function compareRows(a, b) {
    return ((0,shared_rows/* compareNullable */.Bm)(a.accountId, b.accountId) ||
        (0,shared_rows/* compareNullable */.Bm)(a.region, b.region) ||
        (0,shared_rows/* compareNullable */.Bm)(a.instanceId, b.instanceId));
}
function buildOrgReport(files) {
    const rows = [];
    for (const file of files) {
        for (const row of file.rows) {
            // A row without its account (an older file) takes the file's.
            rows.push(row.accountId === null && file.accountId ? { ...row, accountId: file.accountId } : row);
        }
    }
    rows.sort(compareRows);
    const groups = new Map();
    for (const row of rows) {
        const key = JSON.stringify([row.accountId, row.region]);
        let group = groups.get(key);
        if (!group) {
            group = { accountId: row.accountId, region: row.region, rows: [] };
            groups.set(key, group);
        }
        group.rows.push(row);
    }
    const check = buildCheckPart(files.flatMap(file => file.checkRows));
    const drill = buildDrillPart(files.flatMap(file => file.drillRows));
    const accountsWithRows = new Set(rows.map(row => row.accountId));
    const otherAccounts = new Set([...(check?.accounts ?? []), ...(drill?.accounts ?? [])]);
    for (const file of files) {
        // An account seen only in check or drill rows gets no empty install entry.
        if (file.accountId &&
            !accountsWithRows.has(file.accountId) &&
            !otherAccounts.has(file.accountId)) {
            accountsWithRows.add(file.accountId);
            groups.set(JSON.stringify([file.accountId, null]), {
                accountId: file.accountId,
                region: null,
                rows: []
            });
        }
    }
    const byAccountRegion = [...groups.values()]
        .map(group => ({ accountId: group.accountId, region: group.region, ...totalsOf(group.rows) }))
        .sort((a, b) => (0,shared_rows/* compareNullable */.Bm)(a.accountId, b.accountId) || (0,shared_rows/* compareNullable */.Bm)(a.region, b.region));
    const accounts = [...new Set([...accountsWithRows, ...otherAccounts])]
        .filter(id => id !== null)
        .sort();
    return {
        files: [...files],
        rows,
        accounts,
        totals: totalsOf(rows),
        byAccountRegion,
        attention: rows.filter(shared_rows/* needsAttention */.e_),
        problems: files.filter(file => file.problem !== null),
        unreadableAccounts: [
            ...new Set(files
                .filter(file => file.problem !== null && file.accountId !== null)
                .map(file => file.accountId))
        ].sort(),
        check,
        drill
    };
}
/**
 * The contract's outputs over every operation: instance-count counts rows with an instance id of
 * any operation, installed-count the install's, failed-count the failures of all three (install
 * failed/timed-out, check failed, drill failed/timed-out/not-started), skipped-count install and
 * drill skips.
 */
function reportOutputs(report) {
    const check = report.check?.totals;
    const drill = report.drill?.totals;
    return {
        'account-count': String(report.accounts.length),
        'instance-count': String(report.totals.instanceCount + (check?.instanceCount ?? 0) + (drill?.instanceCount ?? 0)),
        'installed-count': String(report.totals.installedCount),
        'failed-count': String(report.totals.failedCount + (check?.byStatus.failed ?? 0) + (drill?.failed ?? 0)),
        'skipped-count': String(report.totals.skippedCount + (drill?.skipped ?? 0))
    };
}
/** Why the step fails (with fail-on-error), or null. */
function reportFailure(report, failOnError) {
    if (!failOnError)
        return null;
    const reasons = [];
    if (report.totals.failedCount > 0) {
        const accounts = new Set(report.rows.filter(row => (0,shared_rows/* isFailure */.N6)(row.status)).map(row => row.accountId));
        reasons.push(`${report.totals.failedCount} instance(s) or region(s) failed or timed out in ${(0,report_text/* plural */.LS)(accounts.size, 'account')}`);
    }
    if (report.check && report.check.failing.length > 0) {
        const accounts = new Set(report.check.failing.map(row => row.accountId));
        reasons.push(`the protection check found ${(0,report_text/* plural */.LS)(report.check.failing.length, 'row')} in ${report.check.failOn.join(', ')} in ${(0,report_text/* plural */.LS)(accounts.size, 'account')}`);
    }
    if (report.drill && report.drill.totals.failed > 0) {
        const accounts = new Set(report.drill.failing.map(row => row.accountId));
        reasons.push(`${(0,report_text/* plural */.LS)(report.drill.totals.failed, 'drill server')} failed, timed out or did not start in ${(0,report_text/* plural */.LS)(accounts.size, 'account')}`);
    }
    if (report.problems.length > 0) {
        reasons.push(`${(0,report_text/* plural */.LS)(report.problems.length, 'results file')} could not be read in full`);
    }
    return reasons.length > 0 ? `${reasons.join('; ')}; see the job summary.` : null;
}

;// CONCATENATED MODULE: ./src/org/org-sections.ts



const CELL_MAX_CHARS = 500;
const cell = (value) => (0,report_text/* escapeCell */.kq)(value, CELL_MAX_CHARS);
const seconds = (value) => (value === null ? '—' : `${Math.round(value)} s`);
/** As many whole lines as fit in `limit` bytes (each plus its newline). */
function linesWithin(lines, limit) {
    let used = 0;
    let shown = 0;
    while (shown < lines.length && used + (0,report_text/* bytes */.ee)(lines[shown]) + 1 <= limit) {
        used += (0,report_text/* bytes */.ee)(lines[shown]) + 1;
        shown++;
    }
    return shown;
}
/** A table of `lines` under `head`, cut to `limit` bytes with the rest counted as `what`. */
function tableWithin(head, lines, limit, what) {
    const shown = linesWithin(lines, Math.max(0, limit - (0,report_text/* bytes */.ee)(head) - 200));
    const rest = shown < lines.length
        ? `\n… and ${(0,report_text/* plural */.LS)(lines.length - shown, what)}, left out to stay under the 1 MiB summary limit; the results files hold every row.\n`
        : '';
    return `${shown > 0 ? `${head}\n${lines.slice(0, shown).join('\n')}\n` : ''}${rest}`;
}
const ROW_HEAD = '| Account | Region | Instance | Name | Status | Message |\n|---|---|---|---|---|---|';
const rowLine = (row) => `| ${cell(row.accountId)} | ${cell(row.region)} | ${row.instanceId === null ? '—' : cell(row.instanceId)} | ${cell(row.name)} | ${cell(row.status)} | ${cell(row.message)} |`;
function attention(rows, limit, none) {
    if (rows.length === 0)
        return `${none}\n`;
    return (`#### Rows that need attention (${rows.length})\n\n` +
        tableWithin(ROW_HEAD, rows.map(rowLine), limit, 'more row'));
}
/** Coverage per account (worst first), then every check row that needs attention. */
function renderCheckSection(part, budget) {
    const { totals } = part;
    const unhealthy = check_rows/* UNHEALTHY_STATUSES */.AO.reduce((sum, status) => sum + totals.byStatus[status], 0);
    const head = `### Protection check\n\n**Coverage:** \`${(0,report/* coverageBar */.wb)(totals.coverage)}\` ${totals.coverage}% over ${(0,report_text/* plural */.LS)(part.accounts.length, 'account')}` +
        ` (${(0,report/* checkBreakdown */.oe)(totals.byStatus, ' · ')})\n`;
    const lines = part.byAccount.map(account => {
        const bad = check_rows/* UNHEALTHY_STATUSES */.AO.reduce((sum, status) => sum + account.byStatus[status], 0);
        return `| ${cell(account.accountId)} | \`${(0,report/* coverageBar */.wb)(account.coverage)}\` ${account.coverage}% | ${account.instances} | ${account.byStatus.protected} | ${account.byStatus.unprotected} | ${bad} | ${account.byStatus.syncing} | ${account.byStatus['drill-overdue']} | ${account.byStatus.orphaned} | ${account.byStatus.failed} |`;
    });
    const table = tableWithin('| Account | Coverage | Instances | Protected | Unprotected | Unhealthy | Syncing | Drill overdue | Orphaned | Failed |\n|---|---|--:|--:|--:|--:|--:|--:|--:|--:|', lines, Math.floor(budget / 3), 'more account');
    const used = (0,report_text/* bytes */.ee)(head) + (0,report_text/* bytes */.ee)(table) + 64;
    const none = unhealthy + totals.byStatus.unprotected + totals.byStatus.failed === 0
        ? 'No check row needs attention.'
        : '';
    return `${head}\n${table}\n${attention(part.attention, budget - used, none)}`;
}
/** Per account: servers, passed, failed, skipped, maximum RTO and RPO; then the rows that need attention. */
function renderDrillSection(part, budget) {
    const { totals } = part;
    const running = totals.leftRunning > 0
        ? `\n\n> [!WARNING]\n> ${(0,report_text/* plural */.LS)(totals.leftRunning, 'drill instance')} not confirmed terminated: still running (and billed) unless cleanup kept them on purpose.`
        : '';
    const head = `### Drills\n\n**Drills:** ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped over ${(0,report_text/* plural */.LS)(part.accounts.length, 'account')}; ` +
        `${totals.drillInstances} drill instances launched, ${totals.terminated} terminated; maximum RTO ${seconds(totals.maxRto)}, maximum RPO ${seconds(totals.maxRpo)}${running}\n`;
    const lines = part.byAccount.map(account => `| ${account.accountId === null ? '_unknown_' : cell(account.accountId)} | ${account.servers} | ${account.passed} | ${account.failed > 0 ? `**${account.failed}**` : '0'} | ${account.skipped} | ${seconds(account.maxRto)} | ${seconds(account.maxRpo)} | ${account.leftRunning} |`);
    const table = tableWithin('| Account | Servers | Passed | Failed | Skipped | Max RTO | Max RPO | Not terminated |\n|---|--:|--:|--:|--:|--:|--:|--:|', lines, Math.floor(budget / 3), 'more account');
    const used = (0,report_text/* bytes */.ee)(head) + (0,report_text/* bytes */.ee)(table) + 64;
    return `${head}\n${table}\n${attention(part.attention, budget - used, 'No drill row needs attention.')}`;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/org/org-summary.ts
// The org-wide job summary and log line, rendered from the org report value.





// Org-wide rows are many: a shorter cut keeps the summary readable.
const org_summary_CELL_MAX_CHARS = 500;
const org_summary_cell = (value) => (0,report_text/* escapeCell */.kq)(value, org_summary_CELL_MAX_CHARS);
const TOTALS_HEAD = '| Account | Region | Instances | Installed | Failed | Skipped | Other |\n|---|---|--:|--:|--:|--:|---|';
const ATTENTION_HEAD = '| Account | Region | Instance | Name | Status | Message |\n|---|---|---|---|---|---|';
/** A totals table row; `regionLabel` is markdown already. */
function totalsLine(accountId, regionLabel, totals) {
    const other = ['dry-run', 'pending', 'halted']
        .filter(status => totals.byStatus[status] > 0)
        .map(status => `${totals.byStatus[status]} ${status}`)
        .join(', ');
    const failed = totals.failedCount > 0 ? `**${totals.failedCount}**` : '0';
    return `| ${accountId === null ? '_unknown_' : org_summary_cell(accountId)} | ${regionLabel} | ${totals.instanceCount} | ${totals.installedCount} | ${failed} | ${totals.skippedCount} | ${other} |`;
}
function noRowsLabel(report, accountId) {
    return accountId !== null && report.unreadableAccounts.includes(accountId)
        ? '_results file unreadable_'
        : '_no instances matched_';
}
function regionLabel(report, entry) {
    if (entry.rows === 0)
        return noRowsLabel(report, entry.accountId);
    // Rows without a region: instance-ids found in none of the source regions.
    return entry.region === null ? '_no region_' : org_summary_cell(entry.region);
}
/** One totals entry per account (all its regions together). */
function perAccount(report) {
    const byAccount = new Map();
    for (const entry of report.byAccountRegion)
        byAccount.set(entry.accountId, []);
    for (const row of report.rows)
        byAccount.get(row.accountId)?.push(row);
    return [...byAccount.entries()].map(([accountId, rows]) => ({
        accountId,
        totals: totalsOf(rows),
        regions: new Set(rows.map(row => row.region).filter(region => region !== null)).size
    }));
}
function attentionLine(row) {
    return `| ${org_summary_cell(row.accountId)} | ${org_summary_cell(row.region)} | ${row.instanceId === null ? '—' : org_summary_cell(row.instanceId)} | ${org_summary_cell(row.name)} | ${org_summary_cell(row.status)} | ${org_summary_cell(row.message)} |`;
}
/** The install part: totals per account and region (or per account), then the attention rows. */
function installSection(report, budget, usedBefore, level) {
    const reserve = 4096;
    const sections = [];
    // Totals per account and region, or per account when that table would be too large.
    const totalsBudget = Math.floor((budget - reserve) / 3);
    const regionLines = report.byAccountRegion.map(entry => totalsLine(entry.accountId, regionLabel(report, entry), entry));
    if (regionLines.length > 0) {
        if (linesWithin(regionLines, totalsBudget) === regionLines.length) {
            sections.push(`${level} Totals per account and region\n\n${TOTALS_HEAD}\n${regionLines.join('\n')}\n`);
        }
        else {
            const accounts = perAccount(report);
            const lines = accounts.map(entry => totalsLine(entry.accountId, entry.totals.rows === 0
                ? noRowsLabel(report, entry.accountId)
                : (0,report_text/* plural */.LS)(entry.regions, 'region'), entry.totals));
            const shown = linesWithin(lines, totalsBudget);
            const more = shown < lines.length
                ? `\n… and ${(0,report_text/* plural */.LS)(lines.length - shown, 'more account')} (too many to list within the 1 MiB summary limit).\n`
                : '';
            sections.push(`${level} Totals per account\n\n_${(0,report_text/* plural */.LS)(regionLines.length, 'account and region pair')}: too many to list one by one within the 1 MiB summary limit._\n\n` +
                `${TOTALS_HEAD}\n${lines.slice(0, shown).join('\n')}\n${more}`);
        }
    }
    // Every row that needs attention, as many as the rest of the budget holds.
    if (report.attention.length === 0) {
        sections.push(report.rows.length === 0
            ? 'No instances in any results file.\n'
            : 'No row needs attention: nothing failed, timed out or is unmanaged by SSM.\n');
    }
    else {
        const used = usedBefore + sections.reduce((sum, text) => sum + (0,report_text/* bytes */.ee)(text) + 1, 0);
        const lines = report.attention.map(attentionLine);
        const shown = linesWithin(lines, budget - reserve - used);
        let text = `${level} Rows that need attention (${report.attention.length})\n\n`;
        if (shown > 0)
            text += `${ATTENTION_HEAD}\n${lines.slice(0, shown).join('\n')}\n`;
        if (shown < lines.length) {
            const rest = report.attention.slice(shown);
            text += `\n… and ${(0,report_text/* plural */.LS)(rest.length, 'more row')} (${(0,report_text/* statusBreakdown */.kE)((0,shared_rows/* countByStatus */.x7)(rest))}), left out to stay under the 1 MiB summary limit; the results files hold every row.\n`;
        }
        sections.push(text);
    }
    return sections.join('\n');
}
function installTotalsLine(report, label) {
    const { totals } = report;
    const breakdown = (0,report_text/* statusBreakdown */.kE)(totals.byStatus, ' · ');
    return (`**${label}:** ${(0,report_text/* plural */.LS)(report.accounts.length, 'account')} from ${(0,report_text/* plural */.LS)(report.files.length, 'results file')}, ` +
        `${(0,report_text/* plural */.LS)(totals.instanceCount, 'instance')}` +
        (breakdown ? `: ${breakdown}` : ''));
}
/**
 * The summary: a totals line, then one section per operation found (install: totals per account
 * and region, or per account when that table would take more than a third of its budget, then
 * every row that needs attention as far as the budget allows, the rest counted; check: coverage
 * per account, worst first; drill: passed, failed and maximum RTO per account), then the files
 * that could not be read. Always within `budgetBytes`.
 */
function renderOrgSummary(report, meta = {}) {
    const budget = meta.budgetBytes ?? summary/* SUMMARY_BUDGET_BYTES */.Xb;
    // Headings, notes and footers are small; keep this much back for them.
    const reserve = 4096;
    const operations = operationsOf(report);
    const installOnly = operations.length === 1 && operations[0] === 'install';
    const head = [
        installOnly
            ? '## DRS agent roll-out: organization report'
            : '## DRS organization report: install, protection check and drills',
        ''
    ];
    if (meta.runUrl)
        head.push(`[Workflow run](${meta.runUrl})`, '');
    if (installOnly)
        head.push(installTotalsLine(report, 'Totals'));
    else {
        head.push(`**Totals:** ${(0,report_text/* plural */.LS)(report.accounts.length, 'account')} from ${(0,report_text/* plural */.LS)(report.files.length, 'results file')}; ` +
            `sections: ${operations.map(operation => OPERATION_TITLES[operation]).join(', ')}.`);
    }
    if (report.problems.length > 0) {
        head.push('', '> [!WARNING]', `> ${(0,report_text/* plural */.LS)(report.problems.length, 'results file')} could not be read in full (listed at the end): their accounts may be missing or incomplete here.`);
    }
    const heading = `${head.join('\n')}\n`;
    const problemLines = report.problems.map(file => `- \`${file.path.replace(/`/g, "'")}\`: ${org_summary_cell(file.problem)}`);
    const problemsBudget = Math.floor((budget - reserve) / 10);
    const problemsShown = linesWithin(problemLines, problemsBudget);
    const problems = problemLines.length === 0
        ? ''
        : `### Results files that could not be read in full\n\n${problemLines.slice(0, problemsShown).join('\n')}\n` +
            (problemsShown < problemLines.length
                ? `- … and ${problemLines.length - problemsShown} more\n`
                : '');
    const sections = [heading];
    if (installOnly) {
        sections.push(installSection(report, budget, (0,report_text/* bytes */.ee)(heading) + 1 + (0,report_text/* bytes */.ee)(problems), '###'));
    }
    else {
        const share = Math.floor((budget - reserve - (0,report_text/* bytes */.ee)(heading) - (0,report_text/* bytes */.ee)(problems)) / operations.length);
        for (const operation of operations) {
            if (operation === 'install') {
                const title = `### ${OPERATION_TITLES.install}\n\n${installTotalsLine(report, 'Install')}\n`;
                sections.push(`${title}\n${installSection(report, share + reserve, (0,report_text/* bytes */.ee)(title), '####')}`);
            }
            else if (operation === 'check' && report.check) {
                sections.push(renderCheckSection(report.check, share));
            }
            else if (operation === 'drill' && report.drill) {
                sections.push(renderDrillSection(report.drill, share));
            }
        }
    }
    if (problems)
        sections.push(problems);
    return sections.join('\n');
}
const OPERATION_TITLES = {
    install: 'Agent install',
    check: 'Protection check',
    drill: 'Drills'
};
/** One line for the end of the log. */
function reportLogLine(report) {
    const { totals, check, drill } = report;
    const parts = [
        `DRS org report: ${(0,report_text/* plural */.LS)(report.accounts.length, 'account')}, ${(0,report_text/* plural */.LS)(totals.instanceCount, 'instance')}: ` +
            `${totals.installedCount} installed, ${totals.skippedCount} skipped, ${totals.failedCount} failed`
    ];
    if (check) {
        parts.push(`check: coverage ${check.totals.coverage}%, ${check.failing.length} in ${check.failOn.join('/')}`);
    }
    if (drill) {
        const rto = drill.totals.maxRto === null ? '—' : `${Math.round(drill.totals.maxRto)} s`;
        parts.push(`drill: ${drill.totals.passed} passed, ${drill.totals.failed} failed, maximum RTO ${rto}`);
    }
    if (report.problems.length > 0) {
        parts.push(`${(0,report_text/* plural */.LS)(report.problems.length, 'results file')} not read in full`);
    }
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/org/report.ts
// The org-wide report, by job: report-settings (inputs), globs, results-files (reading rows back),
// row-shapes (install, check and drill rows told apart), org-report (the value) with org-parts
// (its check and drill parts), org-summary and org-sections (its markdown and log line).









// EXTERNAL MODULE: ./src/shared/port.ts
var port = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/fronts/report-channels.ts
var report_channels = __webpack_require__(5061);
;// CONCATENATED MODULE: ./src/fronts/report-action.ts
// The report action front: the only module of this action that talks to the runner
// (@actions/core). It finds and reads the results files; src/org/report.ts turns them into the
// outputs and the summary.








/** A results file far beyond any real run (a million rows is ~300 MiB) is not read. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
/**
 * The files the glob patterns match, through @actions/glob (** any folders, * and ? in a name,
 * [...] sets; a line starting with ! leaves matches out), as paths relative to the workspace when
 * the pattern was relative.
 */
async function globbed(patterns) {
    if (patterns.length === 0)
        return [];
    const globber = await glob/* create */.v(patterns.join('\n'), {
        matchDirectories: false,
        implicitDescendants: false
    });
    const cwd = process.cwd();
    return (await globber.glob()).map(path => {
        const inside = (0,external_node_path_.relative)(cwd, path);
        return (0,external_node_path_.isAbsolute)(inside) || inside.startsWith('..') ? path : normalisePath(inside);
    });
}
async function expand(raw) {
    const files = [];
    const missing = [];
    const patterns = [];
    for (const line of raw) {
        const pattern = normalisePath(line);
        if (hasGlob(pattern) || line.startsWith('!')) {
            patterns.push(line.startsWith('!') ? `!${normalisePath(line.slice(1))}` : pattern);
            continue;
        }
        const info = await (0,promises_.stat)(pattern).catch(() => null);
        if (!info)
            missing.push(pattern);
        else if (info.isDirectory())
            patterns.push(`${pattern}/**/*.json`);
        else
            files.push(pattern);
    }
    files.push(...(await globbed(patterns)));
    // The same file matched twice (overlapping patterns) is read once.
    const seen = new Set();
    const unique = files.filter(path => {
        const key = (0,external_node_path_.resolve)(path);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return { files: unique.sort(), missing };
}
async function readResults(path) {
    try {
        const info = await (0,promises_.stat)(path);
        if (info.size > MAX_FILE_BYTES) {
            return unreadableFile(path, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not read`);
        }
        return parseResultsFile(path, await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        return unreadableFile(path, `could not be read (${(0,port/* errorMessage */.gJ)(error)})`);
    }
}
async function run() {
    let settings;
    try {
        settings = parseReportSettings(name => core/* getInput */.V4(name));
    }
    catch (error) {
        core/* setFailed */.C1((0,port/* errorMessage */.gJ)(error));
        return;
    }
    try {
        const found = await expand(settings.patterns);
        if (found.files.length === 0) {
            const missing = found.missing.length > 0 ? ` (not found: ${found.missing.join(', ')})` : '';
            core/* setFailed */.C1(`No results files matched ${settings.patterns.map(p => `"${p}"`).join(', ')} in ${process.cwd()}${missing}. ` +
                `Every run of the install, check and drill actions writes one, even one that stopped early: download the jobs' artifacts ` +
                `into this folder first (actions/download-artifact with merge-multiple: true, or one folder per artifact), or point the results input at them.`);
            return;
        }
        core/* info */.pq(`Reading ${found.files.length} results file${found.files.length === 1 ? '' : 's'}.`);
        const files = [
            ...(await Promise.all(found.files.map(readResults))),
            ...found.missing.map(path => unreadableFile(path, 'not found'))
        ];
        for (const file of files) {
            if (file.problem)
                core/* warning */.$e(`Results file ${file.path}: ${file.problem}.`);
        }
        const report = buildOrgReport(files);
        await (0,report_channels/* channel */.Ix)('step outputs', 'GITHUB_OUTPUT must name a writable file (the runner sets it).', true, () => (0,report_channels/* setOutputs */.n0)(reportOutputs(report)));
        const link = (0,run_context/* runUrl */.V)((0,run_context/* runContextFromEnv */.w)(process.env));
        await (0,report_channels/* writeSummary */.Sy)(() => renderOrgSummary(report, { runUrl: link }), 'the outputs hold the counts');
        core/* info */.pq(reportLogLine(report));
        const failure = reportFailure(report, settings.failOnError);
        if (failure)
            core/* setFailed */.C1(failure);
    }
    catch (error) {
        core/* setFailed */.C1(`Unexpected error: ${(0,port/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 5061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ channel),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7370);
// Report channels of the action fronts (outputs, files, the job summary, the log): each is written
// on its own, so one that the runner refuses (a full disk, a missing folder) is named with what to
// fix and never takes the others, or the exit code, with it.


/**
 * Runs one report channel; a channel that throws is named with what to fix, never a crash, so the
 * other channels still run. `fatal` channels fail the step (the contract promises them).
 */
async function channel(name, fix, fatal, write) {
    try {
        await write();
        return true;
    }
    catch (error) {
        const message = `Could not write the ${name} (${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}): ${fix}`;
        if (fatal)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
        return false;
    }
}
/** Sets each output on its own, so one refused output does not take the others with it. */
function setOutputs(outputs) {
    const refused = [];
    let firstError = null;
    for (const [name, value] of Object.entries(outputs)) {
        try {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
        }
        catch (error) {
            refused.push(name);
            firstError ??= error;
        }
    }
    if (refused.length > 0) {
        throw new Error(`${refused.join(', ')}: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(firstError)}`, { cause: firstError });
    }
}
/**
 * Appends the markdown to the job summary, when the runner gives one. A summary that cannot be
 * written is a warning: the outputs (and the results file) hold the same facts.
 */
async function writeSummary(render, elsewhere) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return true;
    const written = await channel('job summary', `GITHUB_STEP_SUMMARY (${file}) must name a writable file in an existing folder; ${elsewhere}.`, false, async () => {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(render(), true).write();
    });
    // A failed write leaves the text in the buffer; never let it reach a later write.
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
    return written;
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport),
/* harmony export */   z: () => (/* binding */ asReport)
/* harmony export */ });
/* harmony import */ var _accounts_targets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7978);
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(580);
// The one report value: built once from the rows, then rendered by the summary, the outputs, the
// terminal table, the CLI's JSON document, the notification and the org-wide report.


function buildReport(rows) {
    const sorted = (0,_accounts_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .sortAccountRows */ .R2)(rows);
    const attention = sorted.filter(_shared_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .needsAttention */ .e_);
    return {
        rows: sorted,
        attention,
        attentionFirst: [...attention, ...sorted.filter(row => !(0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .needsAttention */ .e_)(row))],
        counts: (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countRows */ .BO)(sorted),
        byStatus: (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .countByStatus */ .x7)(sorted),
        commandIds: [...new Set(sorted.map(row => row.commandId).filter(id => id !== null))],
        regionWideFailures: sorted.filter(row => row.instanceId === null).length,
        accounts: [...new Set(sorted.map(row => row.accountId).filter(id => id !== null))]
    };
}
function asReport(source) {
    return Array.isArray(source) ? buildReport(source) : source;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   kE: () => (/* binding */ statusBreakdown),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(580);
// Text helpers every renderer shares: sizes, plurals, the status breakdown, markdown cells made
// inert, and terminal text without control sequences.

const bytes = (text) => Buffer.byteLength(text, 'utf8');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * "3 installed, 1 failed" for the statuses present, in the contract's status order ("installed 3,
 * failed 1" with `nameFirst`, as plain-text messages put it).
 */
function statusBreakdown(byStatus, separator = ', ', nameFirst = false) {
    return _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUSES */ .f.filter(status => byStatus[status] > 0)
        .map(status => (nameFirst ? `${status} ${byStatus[status]}` : `${byStatus[status]} ${status}`))
        .join(separator);
}
const CELL_MAX_CHARS = 1000;
/**
 * A markdown table cell that renders as the text it holds: HTML escaped, pipes and link/image
 * brackets backslash-escaped, bare URLs defused (EC2 Name tags and command output are anyone's
 * words), newlines as <br>, long text cut.
 */
function escapeCell(value, maxChars = CELL_MAX_CHARS) {
    if (value === null)
        return '';
    const text = value.length > maxChars ? `${value.slice(0, maxChars - 1)}…` : value;
    return text
        .replace(/\\/g, '\\\\')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([[\]|])/g, '\\$1')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/\bwww\./gi, match => `${match.slice(0, 3)}&#8203;.`)
        .replace(/\r\n|\r|\n/g, '<br>');
}
function inlineCode(value) {
    return `\`${value.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}
// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte escapes, then any other C0
// or C1 control character or DEL (newline and tab kept). Matching control characters is the point.
/* eslint-disable no-control-regex */
const ESCAPE_SEQUENCES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/* eslint-enable no-control-regex */
/** Text for a terminal: no escape sequence or control character a name or message could carry. */
function stripControl(text) {
    return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL, '');
}


/***/ })

};
