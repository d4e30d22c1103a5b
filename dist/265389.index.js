export const id = 265389;
export const ids = [265389];
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
/* harmony export */   sy: () => (/* binding */ drillLogLine)
/* harmony export */ });
/* unused harmony exports waveSummaries, waveGantt */
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5468);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7994);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5655);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7686);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5448);
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
function tableRow(row) {
    return `| ${[
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
function renderDrillSummary(settings, rows, meta = {}) {
    const sorted = (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .sortDrillRows */ .ve)(rows);
    const counts = countDrillRows(sorted);
    const parts = [
        `## DRS drill: account ${settings.accountId}`,
        `Role \`${settings.roleArn}\` · source regions ${settings.sourceRegions.join(', ')} · target region ${settings.targetRegion} · ` +
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
    const waves = waveSummaries(sorted);
    if (waves.length > 0) {
        parts.push('### Waves');
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
    let budget = _report_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARY_BUDGET_BYTES */ .Xb - (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(parts.join('\n\n'));
    const table = (title, list) => {
        if (list.length === 0)
            return;
        const lines = [];
        for (const row of list) {
            const line = tableRow(row);
            if ((0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(line) + 1 > budget - 200)
                break;
            budget -= (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bytes */ .ee)(line) + 1;
            lines.push(line);
        }
        const left = list.length - lines.length;
        parts.push(`### ${title}\n\n${ROW_HEAD}\n${lines.join('\n')}${left > 0 ? `\n\n_${left} more row(s) in the results file._` : ''}`);
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

/***/ 4040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ DRILL_STATE_KEY),
/* harmony export */   o_: () => (/* binding */ parseDrillState),
/* harmony export */   p5: () => (/* binding */ DrillLedger)
/* harmony export */ });
const DRILL_STATE_KEY = 'drill';
/** The run's record; every change is saved at once through `save`. */
class DrillLedger {
    save;
    value;
    constructor(cleanup, save = () => undefined, from) {
        this.save = save;
        this.value = from
            ? { ...from, jobs: [...from.jobs], keep: [...from.keep], confirmed: [...from.confirmed] }
            : { version: 1, cleanup, jobs: [], keep: [], confirmed: [], finished: false };
    }
    get state() {
        return this.value;
    }
    jobStarted(jobId, sourceServerIds) {
        this.value.jobs.push({ jobId, sourceServerIds: [...sourceServerIds] });
        this.flush();
    }
    keep(sourceServerId) {
        if (this.value.keep.includes(sourceServerId))
            return;
        this.value.keep.push(sourceServerId);
        this.flush();
    }
    confirmed(recoveryInstanceIds) {
        const fresh = recoveryInstanceIds.filter(id => !this.value.confirmed.includes(id));
        if (fresh.length === 0)
            return;
        this.value.confirmed.push(...fresh);
        this.flush();
    }
    finish() {
        this.value.finished = true;
        this.flush();
    }
    flush() {
        this.save(this.value);
    }
}
/** Reads a saved state; null when absent or not one this version wrote. */
function parseDrillState(text) {
    if (!text)
        return null;
    try {
        const value = JSON.parse(text);
        if (value.version !== 1 || !Array.isArray(value.jobs))
            return null;
        return {
            version: 1,
            cleanup: value.cleanup ?? 'always',
            jobs: value.jobs.filter(job => typeof job?.jobId === 'string'),
            keep: Array.isArray(value.keep) ? value.keep : [],
            confirmed: Array.isArray(value.confirmed) ? value.confirmed : [],
            finished: value.finished === true
        };
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 5113:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_drill_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(767);
// The drill action's entry (drill/action.yml `main` and `post`): everything happens in fronts/drill-action.ts.

await (0,_fronts_drill_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runDrillStep */ .$n)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _O: () => (/* binding */ USER_AGENT),
  jJ: () => (/* binding */ drillPort),
  p7: () => (/* binding */ readDrillSettings),
  $n: () => (/* binding */ runDrillStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/report/results-file.ts
var results_file = __webpack_require__(9047);
// EXTERNAL MODULE: ./src/shared/port.ts
var port = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/drill/render.ts
var render = __webpack_require__(5469);
// EXTERNAL MODULE: ./src/drill/rows.ts
var rows = __webpack_require__(5448);
// EXTERNAL MODULE: ./src/settings/index.ts + 3 modules
var src_settings = __webpack_require__(6027);
;// CONCATENATED MODULE: ./src/drill/settings.ts
// The drill action's inputs (contract "Drills") and their parser. The account and discovery inputs
// are the install action's own, parsed by its parser, so role-arn, regions, session and filters
// are validated in one place; the drill adds its own inputs and checks them the same way.

const HEALTH_CHECKS = ['ec2-status', 'ssm', 'launched'];
const CLEANUP_MODES = ['always', 'on-success', 'never'];
/** The account and discovery inputs the drill shares with the install action and the check. */
const SHARED_INPUTS = [
    'role-arn',
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
    'notify-topic-arn',
    'dry-run',
    'fail-on-error'
];
const SHARED_DESCRIPTIONS = {
    'source-regions': 'Regions of the instances whose DRS source servers are drilled, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).',
    'target-region': 'The DRS recovery region, where the drill instances are launched.',
    'tag-filters': 'key=value pairs, separated by commas or newlines; an instance must match all of them (and be running) for its source server to be drilled.',
    'dry-run': 'Discover and plan the waves and jobs; launch nothing.',
    'fail-on-error': 'Fail the step when any row is failed, timed-out or not-started.'
};
const DRILL_ONLY_INPUTS = [
    {
        name: 'wave-tag',
        kind: 'text',
        required: false,
        default: 'dr:wave',
        description: 'Tag key (on the instance, else on the source server) whose numeric value orders servers into waves, lowest first; servers without it form the last wave.'
    },
    {
        name: 'max-servers-per-job',
        kind: 'text',
        required: false,
        default: '100',
        description: "Servers per StartRecovery job, 1 to 100 (DRS's quota). The action also keeps DRS's limits of 20 active jobs and 500 servers in active jobs per account and region."
    },
    {
        name: 'health-check',
        kind: 'text',
        required: false,
        default: 'ec2-status',
        description: "ec2-status (the drill instance's EC2 instance and system status checks both ok), ssm (that and the SSM agent Online in target-region), or launched (DRS's launch status LAUNCHED is enough)."
    },
    {
        name: 'timeout-minutes',
        kind: 'text',
        required: false,
        default: '120',
        description: 'Bound on the whole drill, waves included, in minutes; fractions allowed.'
    },
    {
        name: 'cleanup',
        kind: 'text',
        required: false,
        default: 'always',
        description: 'always (terminate every drill instance this run launched, on success, failure and cancellation), on-success (keep the ones that failed, for debugging) or never (keep all; their ids are in the rows).'
    },
    {
        name: 'stop-on-wave-failure',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'A wave with any failed or timed-out server stops the later waves (not-started).'
    }
];
function sharedSpec(name) {
    const spec = src_settings/* INPUTS */.mc.find(input => input.name === name);
    if (!spec)
        throw new Error(`the install inputs have no ${name}`);
    const description = SHARED_DESCRIPTIONS[name];
    return description ? { ...spec, description } : spec;
}
/** The drill action's inputs in action.yml order. */
const DRILL_INPUTS = [
    ...SHARED_INPUTS.map(sharedSpec),
    ...DRILL_ONLY_INPUTS
];
const DRILL_OUTPUTS = [
    { name: 'passed-count', description: 'Rows with status passed.' },
    { name: 'failed-count', description: 'Rows with status failed, timed-out or not-started.' },
    { name: 'skipped-count', description: 'Rows with status skipped-unhealthy or skipped-busy.' },
    { name: 'drill-instance-count', description: 'Drill instances launched.' },
    { name: 'terminated-count', description: 'Drill instances whose termination was confirmed.' },
    {
        name: 'max-rto-seconds',
        description: 'Largest RTO (healthyAt - startedAt) in seconds; empty when none.'
    },
    {
        name: 'max-rpo-seconds',
        description: 'Largest RPO (startedAt - snapshotAt) in seconds; empty when none.'
    },
    { name: 'account-count', description: 'Accounts in the run.' },
    {
        name: 'results',
        description: 'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
    },
    { name: 'results-truncated', description: 'true when results leaves rows out.' },
    {
        name: 'results-file',
        description: "Path of a JSON file under RUNNER_TEMP holding every row (the drill's evidence)."
    }
];
const BOOLEAN = {
    true: true,
    True: true,
    TRUE: true,
    false: false,
    False: false,
    FALSE: false
};
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const SHARED = new Set(SHARED_INPUTS);
/**
 * Parses every drill input, collecting all problems (shared and drill-only) into one InputError,
 * so one run reports them all before any call. Pure: `read` is core.getInput's shape.
 */
function parseDrillSettings(read, run) {
    const { problems, get, fail } = (0,src_settings/* inputReader */.cN)(DRILL_INPUTS, read);
    const waveTag = get('wave-tag');
    if (!TAG_KEY.test(waveTag) || waveTag.toLowerCase().startsWith('aws:')) {
        fail('wave-tag', 'a tag key of 1 to 128 characters, not starting with aws:', waveTag);
    }
    const perJobText = get('max-servers-per-job');
    const maxServersPerJob = Number(perJobText);
    if (!/^\d+$/.test(perJobText) || maxServersPerJob < 1 || maxServersPerJob > 100) {
        fail('max-servers-per-job', "a whole number from 1 to 100 (DRS's servers-per-job quota)", perJobText);
    }
    const healthCheck = get('health-check');
    if (!HEALTH_CHECKS.includes(healthCheck)) {
        fail('health-check', HEALTH_CHECKS.join(', ').replace(/, (?=[^,]*$)/, ' or '), healthCheck);
    }
    const cleanup = get('cleanup');
    if (!CLEANUP_MODES.includes(cleanup)) {
        fail('cleanup', CLEANUP_MODES.join(', ').replace(/, (?=[^,]*$)/, ' or '), cleanup);
    }
    const stopText = get('stop-on-wave-failure');
    const stopOnWaveFailure = BOOLEAN[stopText];
    if (stopOnWaveFailure === undefined)
        fail('stop-on-wave-failure', 'true or false', stopText);
    // The shared inputs (and timeout-minutes, whose rule is the install's) through the install
    // parser; its install-only inputs read as unset and take their defaults.
    let settings = null;
    try {
        settings = (0,src_settings/* parseSettings */.P$)(name => SHARED.has(name) ? read(name) : name === 'timeout-minutes' ? get('timeout-minutes') : '', run);
    }
    catch (error) {
        if (!(error instanceof src_settings/* InputError */.dz))
            throw error;
        problems.unshift(...error.issues);
    }
    if (problems.length > 0 || !settings)
        throw new src_settings/* InputError */.dz(problems);
    return {
        ...settings,
        waveTag,
        maxServersPerJob,
        healthCheck: healthCheck,
        cleanup: cleanup,
        stopOnWaveFailure
    };
}

// EXTERNAL MODULE: ./src/drill/state.ts
var drill_state = __webpack_require__(4040);
// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __webpack_require__(1255);
;// CONCATENATED MODULE: ./src/fronts/drill-action.ts
// The drill action's front (drill/action.yml, `main` and `post` run this same bundle): the only
// drill module that talks to the runner. The main step saves its ledger with core.saveState the
// moment DRS answers each job; the post step reads it and cleans up what the main step left.









const USER_AGENT = 'drs-orchestration-action/drill';
const IS_POST = 'isPost';
/** After a cancel signal the engine gets this long to hand back its rows. */
const CANCEL_GRACE_MS = 3000;
function drillPort() {
    return {
        mask: secret => core/* setSecret */.Pq(secret),
        getIdToken: audience => core/* getIDToken */.V9(audience),
        info: message => core/* info */.pq(message),
        warning: message => core/* warning */.$e(message),
        debug: message => core/* debug */.Yz(message)
    };
}
function readDrillSettings() {
    const settings = parseDrillSettings(name => core/* getInput */.V4(name), (0,run_context/* runContextFromEnv */.w)(process.env));
    if (settings.externalId)
        core/* setSecret */.Pq(settings.externalId);
    return settings;
}
function writeDrillResults(settings, rows) {
    return (0,results_file/* writeResultsFile */.A)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), (0,results_file/* resultsFileName */.q)(settings.accountId, process.env.GITHUB_ACTION), rows);
}
async function report(settings, rows, stopped, unconfirmed) {
    const resultsFile = await writeDrillResults(settings, rows);
    const outputs = (0,render/* buildDrillOutputs */.gc)(rows, 1);
    for (const [name, value] of Object.entries(outputs)) {
        if (name !== 'truncatedWarning')
            core/* setOutput */.uH(name, value);
    }
    core/* setOutput */.uH('results-file', resultsFile);
    if (outputs.truncatedWarning)
        core/* warning */.$e(outputs.truncatedWarning);
    if (process.env.GITHUB_STEP_SUMMARY) {
        const summary = (0,render/* renderDrillSummary */.IE)(settings, rows, {
            stopped,
            unconfirmed,
            runUrl: (0,run_context/* runUrl */.V)(settings.run) || null
        });
        await core/* summary */.z.addRaw(summary, true).write();
    }
    core/* info */.pq((0,render/* drillLogLine */.sy)(rows));
    if (stopped)
        core/* setFailed */.C1(stopped);
    else if (unconfirmed > 0) {
        core/* setFailed */.C1(`${unconfirmed} drill instance termination(s) could not be confirmed: check the DRS console (they keep costing money).`);
    }
    else if (settings.failOnError && Number(outputs['failed-count']) > 0) {
        core/* setFailed */.C1(`${outputs['failed-count']} server(s) failed, timed out or were not started; see the job summary.`);
    }
}
async function runMain() {
    core/* saveState */.LZ(IS_POST, 'true');
    let settings;
    try {
        settings = readDrillSettings();
    }
    catch (error) {
        core/* setFailed */.C1((0,port/* errorMessage */.gJ)(error));
        return;
    }
    const ledger = new drill_state/* DrillLedger */.p5(settings.cleanup, state => core/* saveState */.LZ(drill_state/* DRILL_STATE_KEY */.I5, JSON.stringify(state)));
    const cancel = new AbortController();
    let reported = null;
    const reportOnce = (rows, stopped, unconfirmed = 0) => (reported ??= report(settings, rows, stopped, unconfirmed));
    let latest = [];
    const fallbackRows = (reason) => latest.length > 0
        ? latest
        : settings.sourceRegions.map(region => (0,rows/* drillFailureRow */.EJ)(settings.accountId, region, reason));
    let signalName = null;
    const onSignal = (signal) => {
        if (signalName)
            return;
        signalName = signal;
        core/* warning */.$e(`Received ${signal}: stopping the drill; the post step terminates what it launched.`);
        cancel.abort();
        setTimeout(() => {
            const stopped = `Cancelled by ${signal}.`;
            void reportOnce(fallbackRows(`${stopped} The rows were not known yet.`), stopped).then(() => process.exit(1));
        }, CANCEL_GRACE_MS).unref();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    try {
        const { runDrill } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(955438), __webpack_require__.e(945051), __webpack_require__.e(200873), __webpack_require__.e(874710), __webpack_require__.e(195475)]).then(__webpack_require__.bind(__webpack_require__, 8239));
        const result = await runDrill(settings, drillPort(), {
            env: process.env,
            userAgent: USER_AGENT,
            ledger,
            signal: cancel.signal,
            runUrl: (0,run_context/* runUrl */.V)(settings.run),
            progress: rows => (latest = rows)
        });
        const stopped = result.fatal ??
            (signalName
                ? `Cancelled by ${signalName}: the post step terminates the drill instances launched so far.`
                : null);
        await reportOnce(result.rows, stopped, result.unconfirmed);
    }
    catch (error) {
        const message = `Unexpected error: ${(0,port/* errorMessage */.gJ)(error)}`;
        await reportOnce(fallbackRows(message), message);
    }
    finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
    }
}
/** `main` and `post` run the same bundle; the state the main step saved tells them apart. */
async function runDrillStep() {
    if (core/* getState */.Gu(IS_POST) === 'true') {
        const { runDrillPost } = await __webpack_require__.e(/* import() */ 684088).then(__webpack_require__.bind(__webpack_require__, 3648));
        await runDrillPost();
    }
    else {
        await runMain();
    }
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/** The step outputs, as the strings setOutput takes. */
function buildOutputs(source) {
    const { rows: sorted, counts, commandIds, attention } = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source);
    const outputs = {
        'instance-count': String(counts.instanceCount),
        'installed-count': String(counts.installedCount),
        'failed-count': String(counts.failedCount),
        'skipped-count': String(counts.skippedCount),
        'command-ids': JSON.stringify(commandIds),
        results: '[]',
        'results-truncated': 'false'
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
    const regionNote = regionWide > 0 ? ` (${regionWide} region-wide failure${regionWide === 1 ? '' : 's'})` : '';
    return `DRS agent roll-out: ${parts.join(', ')} of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(counts.instanceCount, 'instance')}${regionNote}`;
}
/** The step fails on any failed or timed-out row when fail-on-error is on. */
function shouldFail(settings, source) {
    return settings.failOnError && (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .asReport */ .z)(source).counts.failedCount > 0;
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport),
/* harmony export */   z: () => (/* binding */ asReport)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(580);
// The one report value: built once from the rows, then rendered by the summary, the outputs, the
// terminal table, the CLI's JSON document, the notification and the org-wide report.

function buildReport(rows) {
    const sorted = (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .sortRows */ .sN)(rows);
    const attention = sorted.filter(_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .needsAttention */ .e_);
    return {
        rows: sorted,
        attention,
        attentionFirst: [...attention, ...sorted.filter(row => !(0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .needsAttention */ .e_)(row))],
        counts: (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .countRows */ .BO)(sorted),
        byStatus: (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_0__/* .countByStatus */ .x7)(sorted),
        commandIds: [...new Set(sorted.map(row => row.commandId).filter(id => id !== null))],
        regionWideFailures: sorted.filter(row => row.instanceId === null).length
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

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ SUMMARY_MAX_ROWS),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(580);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8850);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);



/** GitHub rejects a step summary above 1 MiB; stay well below with the heading and footer. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Beyond this many rows the summary lists only the rows that need attention. */
const SUMMARY_MAX_ROWS = 2000;
function tableRow(row) {
    const cells = [
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
    const head = [
        `## DRS agent roll-out: account ${settings.accountId}`,
        '',
        [
            `Role ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(settings.roleArn)}`,
            `source regions ${settings.sourceRegions.join(', ') || '(none)'}`,
            `target region ${settings.targetRegion}`,
            `wait-for ${settings.waitFor}`,
            ...(settings.dryRun ? ['**dry run**: nothing was sent'] : [])
        ].join(' · ')
    ];
    if (meta.runUrl)
        head.push('', `[Workflow run](${meta.runUrl})`);
    if (meta.stopped)
        head.push('', `> **Stopped:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(meta.stopped)}`);
    head.push('', totalsLine(report), '');
    if (report.rows.length === 0)
        return `${head.join('\n')}\nNo instances matched.\n`;
    const ordered = report.attentionFirst;
    const headText = `${head.join('\n')}\n${TABLE_HEAD}\n`;
    // Table rows are rendered only for what can be shown: a large fleet lists just its attention rows.
    const lines = [];
    if (ordered.length <= SUMMARY_MAX_ROWS) {
        for (const row of ordered)
            lines.push(tableRow(row));
        const fullSize = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(headText) + lines.reduce((sum, line) => sum + (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(line) + 1, 0);
        if (fullSize <= SUMMARY_BUDGET_BYTES)
            return `${headText}${lines.join('\n')}\n`;
    }
    // Room for the note above the table and the footer below it.
    let size = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(headText) + 1024;
    let shown = 0;
    while (shown < ordered.length && (0,_shared_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .needsAttention */ .e_)(ordered[shown])) {
        if (lines.length === shown)
            lines.push(tableRow(ordered[shown]));
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
    const table = shown > 0 ? `${TABLE_HEAD}\n${lines.slice(0, shown).join('\n')}\n\n` : '';
    return `${head.join('\n')}\n${note}\n\n${table}${footer}\n`;
}


/***/ })

};
