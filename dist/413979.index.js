export const id = 413979;
export const ids = [413979];
export const modules = {

/***/ 7686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ rtoSeconds),
/* harmony export */   GN: () => (/* binding */ eligibility),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   Kc: () => (/* binding */ planWaves),
/* harmony export */   Ph: () => (/* binding */ maximum),
/* harmony export */   Tk: () => (/* binding */ startableJobs),
/* harmony export */   j5: () => (/* binding */ waveOf),
/* harmony export */   tK: () => (/* binding */ toIso),
/* harmony export */   v7: () => (/* binding */ rpoSeconds),
/* harmony export */   zR: () => (/* binding */ DRS_JOB_LIMITS)
/* harmony export */ });
/* unused harmony export secondsBetween */
/** DRS quotas per account and region (DRS-FACTS.md; none adjustable): kept in one place. */
const DRS_JOB_LIMITS = {
    serversPerJob: 100,
    concurrentJobs: 20,
    serversInActiveJobs: 500
};
function numeric(value) {
    if (value === undefined || value.trim() === '')
        return null;
    const number = Number(value.trim());
    return Number.isFinite(number) ? number : null;
}
/** The wave of a server: the tag's numeric value on the instance, else on the source server. */
function waveOf(waveTag, instanceTags, serverTags) {
    return numeric(instanceTags?.[waveTag]) ?? numeric(serverTags?.[waveTag]);
}
/** Null when the server may be drilled; otherwise why not (unhealthy before busy). */
function eligibility(facts) {
    if (facts.replicationState !== 'CONTINUOUS') {
        return {
            status: 'skipped-unhealthy',
            message: `replication is ${facts.replicationState ?? 'unknown'}, not CONTINUOUS: only healthy servers are drilled`
        };
    }
    if (facts.activeJobId) {
        return {
            status: 'skipped-busy',
            message: `DRS job ${facts.activeJobId} is in progress for this server (one job per server at a time)`
        };
    }
    if (facts.existingRecoveryInstanceId) {
        return {
            status: 'skipped-busy',
            message: `the server already has recovery instance ${facts.existingRecoveryInstanceId}, not launched by this run ` +
                '(left untouched): terminate it in the DRS console if it is a leftover, then drill again'
        };
    }
    return null;
}
function compareWave(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return 1;
    if (b === null)
        return -1;
    return a - b;
}
function compareTarget(a, b) {
    return ((a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
        (a.instanceId < b.instanceId ? -1 : a.instanceId > b.instanceId ? 1 : 0));
}
/** Waves lowest first, the servers without a wave last; each wave cut into jobs of at most `maxServersPerJob`. */
function planWaves(targets, maxServersPerJob) {
    if (!Number.isInteger(maxServersPerJob) || maxServersPerJob < 1) {
        throw new Error(`maxServersPerJob must be a positive whole number, got ${maxServersPerJob}`);
    }
    const perJob = Math.min(maxServersPerJob, DRS_JOB_LIMITS.serversPerJob);
    const byWave = new Map();
    for (const target of targets) {
        const list = byWave.get(target.wave) ?? [];
        list.push(target);
        byWave.set(target.wave, list);
    }
    return [...byWave.keys()].sort(compareWave).map(wave => {
        const servers = byWave.get(wave).sort(compareTarget);
        // Even jobs: 101 servers at 100 per job make 51 + 50, not 100 + 1.
        const jobCount = Math.ceil(servers.length / perJob);
        const size = Math.ceil(servers.length / jobCount);
        const jobs = [];
        for (let at = 0; at < servers.length; at += size)
            jobs.push(servers.slice(at, at + size));
        return { wave, jobs };
    });
}
/**
 * How many of the queued jobs (sizes, in order) may start now without passing the account's
 * limits. Jobs start in order: a big job that does not fit holds back the smaller ones after it,
 * so a wave's servers launch in the planned order.
 */
function startableJobs(queuedSizes, active, limits = DRS_JOB_LIMITS) {
    let jobs = active.jobs;
    let servers = active.servers;
    let count = 0;
    for (const size of queuedSizes) {
        if (jobs + 1 > limits.concurrentJobs || servers + size > limits.serversInActiveJobs)
            break;
        jobs++;
        servers += size;
        count++;
    }
    return count;
}
/** ISO 8601 UTC. */
function toIso(ms) {
    return new Date(ms).toISOString();
}
/** Whole seconds from `earlier` to `later` (ISO strings); null when either is unknown. */
function secondsBetween(later, earlier) {
    if (later === null || earlier === null)
        return null;
    const diff = Date.parse(later) - Date.parse(earlier);
    return Number.isFinite(diff) ? Math.round(diff / 1000) : null;
}
/** Recovery time: from StartRecovery's answer to the first passing health check. */
function rtoSeconds(startedAt, healthyAt) {
    return secondsBetween(healthyAt, startedAt);
}
/**
 * Recovery point: how old the snapshot was when the drill started. A snapshot taken after the
 * start (DRS's on-demand snapshot) means no data older than the start was lost: 0, not negative.
 */
function rpoSeconds(snapshotAt, startedAt) {
    const seconds = secondsBetween(startedAt, snapshotAt);
    return seconds === null ? null : Math.max(0, seconds);
}
function median(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function maximum(values) {
    const known = values.filter((value) => value !== null);
    return known.length === 0 ? null : Math.max(...known);
}


/***/ }),

/***/ 5469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ renderDrillSummary),
/* harmony export */   gc: () => (/* binding */ buildDrillOutputs),
/* harmony export */   mM: () => (/* binding */ countDrillRows),
/* harmony export */   sy: () => (/* binding */ drillLogLine),
/* harmony export */   wR: () => (/* binding */ waveSummaries)
/* harmony export */ });
/* unused harmony exports waveGantt, accountLines */
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5468);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7994);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5655);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7686);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5448);
/* harmony import */ var _accounts_targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7978);
// Drill rows in, text out: the step outputs and the job summary (per wave, a Mermaid gantt of the
// waves beside the table, then the rows that need attention). Pure.






function countDrillRows(rows) {
    return {
        passed: rows.filter(row => row.status === 'passed').length,
        failed: rows.filter(row => (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isDrillFailure */ .uC)(row.status)).length,
        skipped: rows.filter(row => (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isDrillSkip */ .$N)(row.status)).length,
        drillInstances: rows.filter(row => row.recoveryInstanceId !== null).length,
        terminated: rows.filter(row => row.terminated === true).length,
        maxRto: (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .Ph)(rows.map(row => row.rtoSeconds)),
        maxRpo: (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .Ph)(rows.map(row => row.rpoSeconds))
    };
}
function buildDrillOutputs(rows, accountCount) {
    const sorted = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .sortDrillRows */ .ve)(rows);
    const counts = countDrillRows(sorted);
    const outputs = {
        'passed-count': String(counts.passed),
        'failed-count': String(counts.failed),
        'skipped-count': String(counts.skipped),
        'drill-instance-count': String(counts.drillInstances),
        'terminated-count': String(counts.terminated),
        'max-rto-seconds': counts.maxRto === null ? '' : String(counts.maxRto),
        'max-rpo-seconds': counts.maxRpo === null ? '' : String(counts.maxRpo),
        'account-count': String(accountCount),
        results: '[]',
        'results-truncated': 'false'
    };
    const whole = (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonWithin */ .Ir)(sorted, _report_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_LIMIT_BYTES */ .Rc);
    if (whole.kept === sorted.length) {
        outputs.results = whole.json;
        return outputs;
    }
    const attention = sorted.filter(_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .drillNeedsAttention */ .vc);
    const { json, kept } = (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonWithin */ .Ir)(attention, _report_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_LIMIT_BYTES */ .Rc);
    outputs.results = json;
    outputs['results-truncated'] = 'true';
    outputs.truncatedWarning =
        `The results output holds ${kept} of the ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(attention.length, 'row')} that need attention: ` +
            `${sorted.length - kept} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`;
    return outputs;
}
/** Per wave (lowest first, the untagged last), of the rows that were drilled or planned. */
function waveSummaries(rows) {
    const byWave = new Map();
    for (const row of rows) {
        if (row.sourceServerId === null || (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isDrillSkip */ .$N)(row.status))
            continue;
        byWave.set(row.wave, [...(byWave.get(row.wave) ?? []), row]);
    }
    const order = [...byWave.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
    return order.map(wave => {
        const list = byWave.get(wave);
        const rtos = list.map(row => row.rtoSeconds).filter((v) => v !== null);
        const starts = list
            .map(row => row.startedAt)
            .filter((v) => v !== null)
            .sort();
        const ends = list
            .map(row => row.healthyAt ?? row.launchedAt)
            .filter((v) => v !== null)
            .sort();
        return {
            wave,
            servers: list.length,
            passed: list.filter(row => row.status === 'passed').length,
            failed: list.filter(row => (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .isDrillFailure */ .uC)(row.status)).length,
            medianRto: (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(rtos),
            maxRto: (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .Ph)(rtos),
            maxRpo: (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .Ph)(list.map(row => row.rpoSeconds)),
            startedAt: starts[0] ?? null,
            endedAt: ends[ends.length - 1] ?? null
        };
    });
}
const seconds = (value) => (value === null ? '—' : `${Math.round(value)} s`);
const waveLabel = (wave) => (wave === null ? 'no wave' : `wave ${wave}`);
const mermaidTime = (iso) => iso.slice(0, 19).replace('T', ' ');
/** A Mermaid gantt of the waves that started (GitHub renders it); null when none did. */
function waveGantt(waves) {
    const started = waves.filter(wave => wave.startedAt !== null);
    if (started.length === 0)
        return null;
    const lines = [
        '```mermaid',
        'gantt',
        '  title Drill waves (UTC)',
        '  dateFormat YYYY-MM-DD HH:mm:ss',
        '  axisFormat %H:%M:%S'
    ];
    for (const [index, wave] of started.entries()) {
        const end = wave.endedAt && wave.endedAt > wave.startedAt ? wave.endedAt : wave.startedAt;
        const tag = wave.failed > 0 ? 'crit' : 'done';
        lines.push(`  section ${waveLabel(wave.wave)}`);
        lines.push(`  ${wave.passed}/${wave.servers} passed :${tag}, w${index}, ${mermaidTime(wave.startedAt)}, ${mermaidTime(end)}`);
    }
    lines.push('```');
    return lines.join('\n');
}
const ROW_HEAD = '| Instance | Name | Region | Wave | Status | Job | Drill instance | RTO | RPO | Terminated | Message |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|';
/** With many accounts the rows carry their account first. */
const ACCOUNT_ROW_HEAD = `| Account ${ROW_HEAD.replace('\n|', '\n|---|')}`;
function tableRow(row, withAccount = false) {
    return `| ${[
        ...(withAccount ? [(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.accountId)] : []),
        row.instanceId === null ? '—' : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.instanceId),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.name),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.region),
        row.wave === null ? '' : String(row.wave),
        row.status,
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.jobId),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.drillInstanceId),
        row.rtoSeconds === null ? '' : `${row.rtoSeconds} s`,
        row.rpoSeconds === null ? '' : `${row.rpoSeconds} s`,
        row.terminated === null ? '' : String(row.terminated),
        (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(row.message)
    ].join(' | ')} |`;
}
/** One line per account (a many-account run): servers and the count of each status present. */
function accountLines(rows) {
    const byAccount = new Map();
    for (const row of rows) {
        const account = row.accountId ?? 'unknown';
        byAccount.set(account, [...(byAccount.get(account) ?? []), row]);
    }
    const lines = [...byAccount].map(([account, list]) => {
        const counts = countDrillRows(list);
        const statuses = _rows_js__WEBPACK_IMPORTED_MODULE_1__/* .DRILL_STATUSES */ .RO.map(s => [s, list.filter(row => row.status === s).length])
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${n} ${s}`)
            .join(', ');
        const servers = list.filter(row => row.sourceServerId !== null).length;
        return `| ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(account)} | ${servers} | ${statuses} | ${counts.drillInstances} | ${counts.terminated} | ${seconds(counts.maxRto)} |`;
    });
    return [
        '| Account | Servers | Statuses | Drill instances | Terminated | Max RTO |',
        '|---|---|---|---|---|---|',
        ...lines
    ].join('\n');
}
function renderDrillSummary(settings, rows, meta = {}) {
    const sorted = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .sortDrillRows */ .ve)(rows);
    const counts = countDrillRows(sorted);
    const many = (0,_accounts_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .isManyAccountRun */ .cU)(settings);
    const parts = [
        many
            ? `## DRS drill: ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(settings.targets.length, 'account')}`
            : `## DRS drill: account ${settings.accountId}`,
        `${many ? `Role \`${settings.roleName ?? ''}\` in each account` : `Role \`${settings.roleArn}\``} · source regions ${settings.sourceRegions.join(', ')} · target region ${settings.targetRegion} · ` +
            `health check ${settings.healthCheck} · cleanup ${settings.cleanup}${settings.dryRun ? ' · **dry run**' : ''}` +
            (meta.runUrl ? ` · [workflow run](${meta.runUrl})` : '')
    ];
    if (meta.stopped)
        parts.push(`> **Stopped:** ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(meta.stopped)}`);
    if (meta.unconfirmed) {
        parts.push(`> **${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(meta.unconfirmed, 'drill instance')} not confirmed terminated**: check the DRS console, they keep costing money.`);
    }
    const byStatus = _rows_js__WEBPACK_IMPORTED_MODULE_1__/* .DRILL_STATUSES */ .RO.map(status => [status, sorted.filter(row => row.status === status).length])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${status}`)
        .join(' · ');
    parts.push(`**Totals:** ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(sorted.length, 'row')} (${byStatus || 'none'}); ${counts.drillInstances} drill instance(s) launched, ` +
        `${counts.terminated} terminated; max RTO ${seconds(counts.maxRto)}, max RPO ${seconds(counts.maxRpo)}`);
    if (many)
        parts.push('### Accounts', accountLines(sorted));
    const waves = waveSummaries(sorted);
    if (waves.length > 0) {
        parts.push(many ? '### Waves (each account drills its own waves)' : '### Waves');
        const gantt = waveGantt(waves);
        if (gantt)
            parts.push(gantt);
        parts.push('| Wave | Servers | Passed | Failed | Median RTO | Max RTO | Max RPO |\n|---|---|---|---|---|---|---|\n' +
            waves
                .map(w => `| ${waveLabel(w.wave)} | ${w.servers} | ${w.passed} | ${w.failed} | ${seconds(w.medianRto)} | ${seconds(w.maxRto)} | ${seconds(w.maxRpo)} |`)
                .join('\n'));
    }
    const attention = sorted.filter(_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .drillNeedsAttention */ .vc);
    const rest = sorted.filter(row => !(0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .drillNeedsAttention */ .vc)(row));
    let budget = _report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_BUDGET_BYTES */ .Xb - (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(parts.join('\n\n'));
    const table = (title, list) => {
        if (list.length === 0)
            return;
        const lines = [];
        for (const row of list) {
            const line = tableRow(row, many);
            if ((0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(line) + 1 > budget - 200)
                break;
            budget -= (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(line) + 1;
            lines.push(line);
        }
        const left = list.length - lines.length;
        parts.push(`### ${title}\n\n${many ? ACCOUNT_ROW_HEAD : ROW_HEAD}\n${lines.join('\n')}${left > 0 ? `\n\n_${left} more row(s) in the results file._` : ''}`);
    };
    table('Needs attention', attention);
    table('Passed and planned', rest);
    return `${parts.join('\n\n')}\n`;
}
/** One line for the end of the log. */
function drillLogLine(rows) {
    const c = countDrillRows(rows);
    return (`DRS drill: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped of ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(rows.length, 'row')}; ` +
        `${c.drillInstances} drill instance(s), ${c.terminated} terminated; max RTO ${seconds(c.maxRto)}, max RPO ${seconds(c.maxRpo)}`);
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ isDrillSkip),
/* harmony export */   EJ: () => (/* binding */ drillFailureRow),
/* harmony export */   RO: () => (/* binding */ DRILL_STATUSES),
/* harmony export */   Sm: () => (/* binding */ makeDrillRow),
/* harmony export */   uC: () => (/* binding */ isDrillFailure),
/* harmony export */   vc: () => (/* binding */ drillNeedsAttention),
/* harmony export */   ve: () => (/* binding */ sortDrillRows)
/* harmony export */ });
// The drill's row record and status words (contract "Drills"): one row per server the drill
// considered, every field present.
const DRILL_STATUSES = [
    'passed',
    'failed',
    'timed-out',
    'skipped-unhealthy',
    'skipped-busy',
    'not-started',
    'dry-run'
];
/** A row with every field present; unknown fields are null, never undefined. */
function makeDrillRow(fields) {
    return {
        operation: 'drill',
        accountId: fields.accountId ?? null,
        region: fields.region ?? null,
        instanceId: fields.instanceId ?? null,
        name: fields.name ?? null,
        sourceServerId: fields.sourceServerId ?? null,
        wave: fields.wave ?? null,
        status: fields.status,
        jobId: fields.jobId ?? null,
        recoveryInstanceId: fields.recoveryInstanceId ?? null,
        drillInstanceId: fields.drillInstanceId ?? null,
        snapshotAt: fields.snapshotAt ?? null,
        startedAt: fields.startedAt ?? null,
        launchedAt: fields.launchedAt ?? null,
        healthyAt: fields.healthyAt ?? null,
        rtoSeconds: fields.rtoSeconds ?? null,
        rpoSeconds: fields.rpoSeconds ?? null,
        terminated: fields.terminated ?? null,
        message: fields.message ?? null
    };
}
/** Statuses counted in failed-count. */
function isDrillFailure(status) {
    return status === 'failed' || status === 'timed-out' || status === 'not-started';
}
function isDrillSkip(status) {
    return status === 'skipped-unhealthy' || status === 'skipped-busy';
}
/** Failures, skips, and any drill instance left running (not confirmed terminated). */
function drillNeedsAttention(row) {
    return (isDrillFailure(row.status) ||
        isDrillSkip(row.status) ||
        (row.recoveryInstanceId !== null && row.terminated === false));
}
function compareNullable(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return -1;
    if (b === null)
        return 1;
    return a < b ? -1 : 1;
}
/** Contract order: account, region, instance id. Returns a new array. */
function sortDrillRows(rows) {
    return [...rows].sort((a, b) => compareNullable(a.accountId, b.accountId) ||
        compareNullable(a.region, b.region) ||
        compareNullable(a.instanceId, b.instanceId));
}
/** A region or account that failed as a whole: one failed row carrying the reason. */
function drillFailureRow(accountId, region, message) {
    return makeDrillRow({ accountId, region, status: 'failed', message });
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


/***/ })

};
