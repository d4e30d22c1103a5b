export const id = 796644;
export const ids = [796644];
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

/***/ 6472:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_check_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7239);
// The check action's entry (check/action.yml `main`): everything happens in fronts/check-action.ts.

await (0,_fronts_check_action_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
/* harmony import */ var _runner_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1474);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_results_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9047);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7370);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1255);
/* harmony import */ var _check_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3904);
/* harmony import */ var _check_rows_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1931);
/* harmony import */ var _check_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4115);
// The check action front (check/action.yml): the only module of the check that talks to the
// runner (@actions/core) or reads the environment. Inputs are checked before any token request or
// AWS call; the operation lives in src/check/.









const USER_AGENT = 'drs-orchestration-action/check';
const port = (0,_runner_port_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Q)();
/** Every row as JSON under RUNNER_TEMP/drs-results, where the org-wide report looks for them. */
function writeCheckResults(settings, rows) {
    return (0,_report_results_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResultsFile */ .A)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), (0,_report_results_file_js__WEBPACK_IMPORTED_MODULE_3__/* .resultsFileName */ .q)(settings.accountId, process.env.GITHUB_ACTION), rows);
}
async function report(settings, rows, accountCount, stopped) {
    const resultsFile = await writeCheckResults(settings, rows);
    const outputs = (0,_check_report_js__WEBPACK_IMPORTED_MODULE_5__/* .buildCheckOutputs */ .Pb)(rows, accountCount);
    for (const [name, value] of Object.entries(outputs)) {
        if (name !== 'truncatedWarning')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('results-file', resultsFile);
    if (outputs.truncatedWarning)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(outputs.truncatedWarning);
    if (process.env.GITHUB_STEP_SUMMARY) {
        const summary = (0,_check_report_js__WEBPACK_IMPORTED_MODULE_5__/* .renderCheckSummary */ .N2)(settings, rows, {
            stopped,
            runUrl: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrl */ .V)(settings.run) || null
        });
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(summary, true).write();
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_check_report_js__WEBPACK_IMPORTED_MODULE_5__/* .checkFinalLogLine */ .pp)(rows));
    const failing = (0,_check_report_js__WEBPACK_IMPORTED_MODULE_5__/* .failingRows */ .ST)(settings, rows);
    if (stopped)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(stopped);
    else if (failing.length > 0) {
        const statuses = _check_rows_js__WEBPACK_IMPORTED_MODULE_8__/* .CHECK_STATUSES */ .Qw.filter(s => failing.some(row => row.status === s)).join(', ');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${failing.length} row(s) with a status in fail-on (${statuses}); see the job summary.`);
    }
}
async function run() {
    let settings;
    try {
        settings = (0,_check_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCheckSettings */ .P7)(name => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name), (0,_run_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runContextFromEnv */ .w)(process.env));
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error));
        return;
    }
    if (settings.externalId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(settings.externalId);
    try {
        // Loaded after the input check so invalid input fails fast and start-up stays small.
        const { runCheck } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(945051), __webpack_require__.e(654800), __webpack_require__.e(741019), __webpack_require__.e(530118), __webpack_require__.e(217087)]).then(__webpack_require__.bind(__webpack_require__, 4887));
        const result = await runCheck(settings, port, {
            env: process.env,
            userAgent: USER_AGENT,
            runUrl: (0,_run_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runUrl */ .V)(settings.run)
        });
        await report(settings, result.rows, result.accountCount, result.fatal);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`The check stopped unexpectedly: ${(0,_shared_port_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ }),

/***/ 1474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ runnerPort)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
// The runner's side of the RunnerPort, shared by every action front: masking, the OIDC token and
// the log go through @actions/core.

function runnerPort() {
    return {
        mask: secret => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret),
        getIdToken: audience => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience),
        info: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
        warning: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
        debug: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message)
    };
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   Ir: () => (/* binding */ jsonWithin),
/* harmony export */   JZ: () => (/* binding */ buildOutputs),
/* harmony export */   Rc: () => (/* binding */ RESULTS_LIMIT_BYTES),
/* harmony export */   TZ: () => (/* binding */ finalLogLine),
/* harmony export */   W9: () => (/* binding */ shouldFail)
/* harmony export */ });
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);


/** The `results` output's limit (outputs share the runner's environment and log). */
const RESULTS_LIMIT_BYTES = 512 * 1024;
/** Adds rows (whole ones) to a JSON array while it stays within `limit` bytes. */
function jsonWithin(rows, limit) {
    const parts = [];
    let size = 2;
    for (const row of rows) {
        const part = JSON.stringify(row);
        const next = size + (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(part) + (parts.length > 0 ? 1 : 0);
        if (next > limit)
            break;
        parts.push(part);
        size = next;
    }
    return { json: `[${parts.join(',')}]`, kept: parts.length };
}
/**
 * The step outputs, as the strings setOutput takes. `accountCount` is the accounts in the run
 * (an account without instances has no rows); default: the accounts the rows name.
 */
function buildOutputs(source, accountCount) {
    const { rows: sorted, counts, commandIds, attention, accounts, byStatus } = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const outputs = {
        'instance-count': String(counts.instanceCount),
        'installed-count': String(counts.installedCount),
        'failed-count': String(counts.failedCount),
        'skipped-count': String(counts.skippedCount),
        'halted-count': String(byStatus.halted),
        'command-ids': JSON.stringify(commandIds),
        results: '[]',
        'results-truncated': 'false',
        'account-count': String(accountCount ?? accounts.length)
    };
    // Built row by row and given up at the limit, so a large fleet never builds its whole array here.
    const whole = jsonWithin(sorted, RESULTS_LIMIT_BYTES);
    if (whole.kept === sorted.length) {
        outputs.results = whole.json;
        return { outputs, warning: null };
    }
    const { json, kept } = jsonWithin(attention, RESULTS_LIMIT_BYTES);
    const left = sorted.length - kept;
    outputs.results = json;
    outputs['results-truncated'] = 'true';
    const warning = kept === attention.length
        ? `The results output holds only the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(kept, 'row')} that need attention: ${left} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`
        : `The results output holds ${kept} of the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(attention.length, 'row')} that need attention, cut at 512 KiB: ${left} of ${sorted.length} rows were left out. The results-file output holds every row.`;
    return { outputs, warning };
}
/** One line for the end of the log, e.g. "DRS agent roll-out: 950 installed, 30 skipped, 20 failed of 1000 instances". */
function finalLogLine(source) {
    const { counts, byStatus, regionWideFailures: regionWide } = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const failed = byStatus['timed-out'] > 0
        ? `${counts.failedCount} failed (${byStatus['timed-out']} timed out)`
        : `${counts.failedCount} failed`;
    const parts = [`${counts.installedCount} installed`, `${counts.skippedCount} skipped`, failed];
    if (byStatus['dry-run'] > 0)
        parts.push(`${byStatus['dry-run']} dry-run`);
    if (byStatus.pending > 0)
        parts.push(`${byStatus.pending} pending`);
    if (byStatus.halted > 0)
        parts.push(`${byStatus.halted} halted`);
    const regionNote = regionWide > 0 ? ` (${regionWide} region-wide failure${regionWide === 1 ? '' : 's'})` : '';
    return `DRS agent roll-out: ${parts.join(', ')} of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.instanceCount, 'instance')}${regionNote}`;
}
/** The step fails on any failed, timed-out or halted row when fail-on-error is on. */
function shouldFail(settings, source) {
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    return settings.failOnError && report.counts.failedCount + report.byStatus.halted > 0;
}
/** Why fail-on-error failed the step, e.g. "2 instance(s) or region(s) failed or timed out". */
function failureReason(source) {
    const { counts, byStatus } = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const failed = `${counts.failedCount} instance(s) or region(s) failed or timed out`;
    const halted = `${byStatus.halted} instance(s) halted by the staged roll-out's max-failures`;
    if (byStatus.halted === 0)
        return failed;
    return counts.failedCount === 0 ? halted : `${failed}, ${halted}`;
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

/***/ 9047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeResultsFile),
/* harmony export */   q: () => (/* binding */ resultsFileName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The results file: every row (of any operation) as JSON, for artifacts and the org-wide report.


function resultsFileName(accountId, stepId) {
    const step = (stepId ?? '').replace(/[^\w.-]/g, '') || 'run';
    return `drs-results-${accountId || 'unknown'}-${step}.json`;
}
async function writeResultsFile(directory, fileName, rows) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'drs-results');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, fileName);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(rows, null, 2)}\n`, 'utf8');
    return path;
}


/***/ }),

/***/ 1139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ runningStageText),
/* harmony export */   fW: () => (/* binding */ renderStagesMarkdown),
/* harmony export */   pV: () => (/* binding */ StageBoard)
/* harmony export */ });
/* unused harmony exports stopLines, STAGE_ROWS_MAX */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);

/** The latest record of each account's stages, as the engine reports them. */
class StageBoard {
    records = new Map();
    update(record) {
        this.records.set(`${record.accountId}/${String(record.index).padStart(6, '0')}`, record);
    }
    /** Every stage, by account, then stage order. */
    list() {
        return [...this.records.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([, record]) => record);
    }
}
function stateText(record) {
    if (record.stoppedHere)
        return 'done; the roll-out stopped here';
    return record.state;
}
/** Where each account's roll-out stopped, one line each; empty when every stage ran. */
function stopLines(records) {
    const lines = [];
    for (const stop of records.filter(record => record.stoppedHere)) {
        const halted = records
            .filter(record => record.accountId === stop.accountId && record.state === 'halted')
            .reduce((sum, record) => sum + record.candidates, 0);
        lines.push(`Account ${stop.accountId}: the roll-out stopped after stage ${stop.index} of ${stop.of} ` +
            `(${stop.label}): ${stop.stoppedHere}; ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(halted, 'instance')} halted (not sent).`);
    }
    return lines;
}
/** Beyond this many stages the table lists only the accounts whose roll-out stopped. */
const STAGE_ROWS_MAX = 200;
function stageRow(record) {
    return (`| ${record.accountId} | ${record.index}/${record.of} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(record.label)} | ` +
        `${record.candidates} | ${record.sent} | ${record.installed} | ${record.failed} | ` +
        `${stateText(record)} |`);
}
/**
 * The summary's "Staged roll-out" section; '' when the run was not staged. Many accounts' stages
 * would crowd out the rows: past STAGE_ROWS_MAX only the stopped accounts are listed (and cut).
 */
function renderStagesMarkdown(records) {
    if (records.length === 0)
        return '';
    const stopped = new Set(records.filter(r => r.stoppedHere).map(r => r.accountId));
    const listed = (records.length <= STAGE_ROWS_MAX ? records : records.filter(r => stopped.has(r.accountId))).slice(0, STAGE_ROWS_MAX);
    const lines = [
        '### Staged roll-out',
        '',
        '| Account | Stage | Instances | Sent | Installed | Failed | State |',
        '|---|---|---|---|---|---|---|',
        ...listed.map(stageRow),
        ''
    ];
    if (listed.length < records.length) {
        lines.push(`… and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(records.length - listed.length, 'more stage')} not listed.`, '');
    }
    const stops = stopLines(records);
    for (const line of stops.slice(0, STAGE_ROWS_MAX))
        lines.push(`> **Roll-out halted:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(line)}`, '');
    if (stops.length > STAGE_ROWS_MAX) {
        lines.push(`… and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(stops.length - STAGE_ROWS_MAX, 'more account')} halted.`, '');
    }
    if (stops.length === 0)
        lines.push('Every stage was sent.', '');
    return lines.join('\n');
}
/** The stage the progress line names, e.g. `stage 2/3 wave 1`; null when none is running. */
function runningStageText(records) {
    const running = records.filter(record => record.state === 'running');
    if (running.length === 0)
        return null;
    const accounts = new Set(running.map(record => record.accountId));
    const first = running[0];
    const text = `stage ${first.index}/${first.of} ${first.label}`;
    return accounts.size > 1 ? `${text} (+${accounts.size - 1} account(s))` : text;
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ SUMMARY_MAX_ROWS),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(580);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1139);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);




/** GitHub rejects a step summary above 1 MiB; stay well below with the heading and footer. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Beyond this many rows the summary lists only the rows that need attention. */
const SUMMARY_MAX_ROWS = 2000;
function tableRow(row, withAccount = false) {
    const cells = [
        ...(withAccount ? [(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.accountId)] : []),
        row.instanceId === null ? '—' : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.instanceId),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.name),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.region),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.platform),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.status),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.sourceServerId),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.replicationState),
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(row.message)
    ];
    return `| ${cells.join(' | ')} |`;
}
const TABLE_HEAD = '| Instance | Name | Region | Platform | Status | Source server | Replication state | Message |\n' +
    '|---|---|---|---|---|---|---|---|';
const ACCOUNT_TABLE_HEAD = '| Account | Instance | Name | Region | Platform | Status | Source server | Replication state | Message |\n' +
    '|---|---|---|---|---|---|---|---|---|';
/** With more than one account: one line per account of the run, in account order. */
function accountLines(settings, report) {
    const rowsOf = new Map();
    for (const row of report.rows) {
        const list = rowsOf.get(row.accountId ?? '') ?? [];
        list.push(row);
        rowsOf.set(row.accountId ?? '', list);
    }
    const ids = [...settings.targets.map(target => target.accountId)].sort();
    return ids.map(id => {
        const rows = rowsOf.get(id) ?? [];
        const breakdown = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .statusBreakdown */ .kE)((0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(rows).byStatus);
        const instances = rows.filter(row => row.instanceId !== null).length;
        return `- ${id}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(instances, 'instance')}${breakdown ? `, ${breakdown}` : ''}`;
    });
}
/** The heading: the account and role, or the accounts and role name. */
function heading(settings, many) {
    const role = many
        ? `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(settings.targets.length, 'account')}, role ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(settings.roleName ?? settings.roleArn)}`
        : `Role ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(settings.roleArn)}`;
    return [
        many
            ? `## DRS agent roll-out: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(settings.targets.length, 'account')}`
            : `## DRS agent roll-out: account ${settings.accountId}`,
        '',
        [
            role,
            `source regions ${settings.sourceRegions.join(', ') || '(none)'}`,
            `target region ${settings.targetRegion}`,
            `wait-for ${settings.waitFor}`,
            ...(settings.dryRun ? ['**dry run**: nothing was sent'] : [])
        ].join(' · ')
    ];
}
function totalsLine(report) {
    const { counts } = report;
    const breakdown = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .statusBreakdown */ .kE)(report.byStatus, ' · ');
    return (`**Totals:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.instanceCount, 'instance')}, ${counts.installedCount} installed, ` +
        `${counts.failedCount} failed, ${counts.skippedCount} skipped` +
        (breakdown ? ` (by status: ${breakdown})` : ''));
}
/**
 * The job summary in markdown. Every row gets a table row, rows that need attention first; above
 * SUMMARY_MAX_ROWS rows or SUMMARY_BUDGET_BYTES only the rows that need attention are listed (as
 * many as fit) and the rest are counted, so the summary always stays under GitHub's 1 MiB limit.
 */
function renderSummary(settings, source, meta = {}) {
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const many = settings.targets.length > 1;
    const head = heading(settings, many);
    if (meta.runUrl)
        head.push('', `[Workflow run](${meta.runUrl})`);
    if (meta.stopped)
        head.push('', `> **Stopped:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(meta.stopped)}`);
    if (many)
        head.push('', ...accountLines(settings, report));
    head.push('', totalsLine(report), '');
    const stages = (0,_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .renderStagesMarkdown */ .fW)(meta.stages ?? []);
    if (stages)
        head.push(stages);
    if (report.rows.length === 0)
        return `${head.join('\n')}\nNo instances matched.\n`;
    const ordered = report.attentionFirst;
    const tableHead = many ? ACCOUNT_TABLE_HEAD : TABLE_HEAD;
    const render = (row) => tableRow(row, many);
    const headText = `${head.join('\n')}\n${tableHead}\n`;
    // Table rows are rendered only for what can be shown: a large fleet lists just its attention rows.
    const lines = [];
    if (ordered.length <= SUMMARY_MAX_ROWS) {
        for (const row of ordered)
            lines.push(render(row));
        const fullSize = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(headText) + lines.reduce((sum, line) => sum + (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(line) + 1, 0);
        if (fullSize <= SUMMARY_BUDGET_BYTES)
            return `${headText}${lines.join('\n')}\n`;
    }
    // Room for the note above the table and the footer below it.
    let size = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(headText) + 1024;
    let shown = 0;
    while (shown < ordered.length && (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .needsAttention */ .e_)(ordered[shown])) {
        if (lines.length === shown)
            lines.push(render(ordered[shown]));
        const lineSize = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(lines[shown]) + 1;
        if (size + lineSize > SUMMARY_BUDGET_BYTES)
            break;
        size += lineSize;
        shown++;
    }
    const attention = report.attention.length;
    const rest = ordered.slice(shown);
    const note = shown === attention
        ? `Showing the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(attention, 'row')} that need attention of ${ordered.length}; the results-file output holds every row.`
        : `Showing ${shown} of the ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(attention, 'row')} that need attention (of ${ordered.length}), to stay under the 1 MiB summary limit; the results-file output holds every row.`;
    const footer = `… and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(rest.length, 'more row')}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .statusBreakdown */ .kE)((0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .F)(rest).byStatus)}`;
    const table = shown > 0 ? `${tableHead}\n${lines.slice(0, shown).join('\n')}\n\n` : '';
    return `${head.join('\n')}\n${note}\n\n${table}${footer}\n`;
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
