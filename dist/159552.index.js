export const id = 159552;
export const ids = [159552];
export const modules = {

/***/ 9992:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_report_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8232);
// The report action's entry: everything happens in fronts/report-action.ts.

await (0,_fronts_report_action_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/settings/index.ts + 3 modules
var settings = __webpack_require__(6027);
;// CONCATENATED MODULE: ./src/org/report-settings.ts
// The report action's inputs and outputs, and their pure parser.

const DEFAULT_RESULTS = 'drs-results/**/*.json';
const REPORT_INPUTS = [
    {
        name: 'results',
        kind: 'list',
        required: false,
        default: DEFAULT_RESULTS,
        description: 'Path or glob of results-file JSON files (one per account job, e.g. downloaded artifacts); several separated by newlines. Globs support **, * and ?; a folder means every .json file under it.'
    },
    {
        name: 'fail-on-error',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'Fail the step when any row is failed or timed-out, or a results file could not be read.'
    }
];
const REPORT_OUTPUTS = [
    { name: 'account-count', description: 'Accounts in the report (from the rows and file names).' },
    ...settings/* COUNT_OUTPUTS */.$D
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
// Results globs as the report action's input states them (**, * and ?), matched purely; the
// front walks the folders.
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

// EXTERNAL MODULE: ./src/shared/rows.ts
var shared_rows = __webpack_require__(580);
;// CONCATENATED MODULE: ./src/org/results-files.ts
// Results files read back: every row checked field by field, the account from the file name
// when rows lack it, and a problem (never a crash) for a file that is not what the action wrote.


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
    if (!value || typeof value !== 'object' || Array.isArray(value))
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
    const bad = (problem) => ({ path, accountId: fromName, rows: [], problem });
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
    let invalid = 0;
    for (const item of parsed) {
        const row = toRow(item);
        if (row)
            rows.push(row);
        else
            invalid++;
    }
    const accountId = rows.find(row => row.accountId !== null)?.accountId ?? fromName;
    return {
        path,
        accountId,
        rows,
        problem: invalid === 0
            ? null
            : `${invalid} of ${parsed.length} entries are not rows (left out of the report)`
    };
}
/** A results file that could not be read at all (missing, a folder, permissions). */
function unreadableFile(path, reason) {
    return { path, accountId: accountFromFileName(path), rows: [], problem: reason };
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/org/org-report.ts


function totalsOf(rows) {
    return { ...(0,shared_rows/* countRows */.BO)(rows), byStatus: (0,shared_rows/* countByStatus */.x7)(rows), rows: rows.length };
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
    const accountsWithRows = new Set(rows.map(row => row.accountId));
    for (const file of files) {
        if (file.accountId && !accountsWithRows.has(file.accountId)) {
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
    const accounts = [...accountsWithRows].filter(id => id !== null).sort();
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
        ].sort()
    };
}
function reportOutputs(report) {
    return {
        'account-count': String(report.accounts.length),
        'instance-count': String(report.totals.instanceCount),
        'installed-count': String(report.totals.installedCount),
        'failed-count': String(report.totals.failedCount),
        'skipped-count': String(report.totals.skippedCount)
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
    if (report.problems.length > 0) {
        reasons.push(`${(0,report_text/* plural */.LS)(report.problems.length, 'results file')} could not be read in full`);
    }
    return reasons.length > 0 ? `${reasons.join('; ')}; see the job summary.` : null;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/org/org-summary.ts
// The org-wide job summary and log line, rendered from the org report value.




// Org-wide rows are many: a shorter cut keeps the summary readable.
const CELL_MAX_CHARS = 500;
const cell = (value) => (0,report_text/* escapeCell */.kq)(value, CELL_MAX_CHARS);
const TOTALS_HEAD = '| Account | Region | Instances | Installed | Failed | Skipped | Other |\n|---|---|--:|--:|--:|--:|---|';
const ATTENTION_HEAD = '| Account | Region | Instance | Name | Status | Message |\n|---|---|---|---|---|---|';
/** A totals table row; `regionLabel` is markdown already. */
function totalsLine(accountId, regionLabel, totals) {
    const other = ['dry-run', 'pending']
        .filter(status => totals.byStatus[status] > 0)
        .map(status => `${totals.byStatus[status]} ${status}`)
        .join(', ');
    const failed = totals.failedCount > 0 ? `**${totals.failedCount}**` : '0';
    return `| ${accountId === null ? '_unknown_' : cell(accountId)} | ${regionLabel} | ${totals.instanceCount} | ${totals.installedCount} | ${failed} | ${totals.skippedCount} | ${other} |`;
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
    return entry.region === null ? '_no region_' : cell(entry.region);
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
    return `| ${cell(row.accountId)} | ${cell(row.region)} | ${row.instanceId === null ? '—' : cell(row.instanceId)} | ${cell(row.name)} | ${cell(row.status)} | ${cell(row.message)} |`;
}
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
/**
 * The summary: a totals line, the totals per account and region (per account only when the
 * per-region table would take more than a third of the budget), then every row that needs
 * attention as far as the budget allows (the rest counted), then the files that could not be
 * read. Always within `budgetBytes`.
 */
function renderOrgSummary(report, meta = {}) {
    const budget = meta.budgetBytes ?? summary/* SUMMARY_BUDGET_BYTES */.Xb;
    // Headings, notes and footers are small; keep this much back for them.
    const reserve = 4096;
    const { totals } = report;
    const sections = [];
    const head = ['## DRS agent roll-out: organization report', ''];
    if (meta.runUrl)
        head.push(`[Workflow run](${meta.runUrl})`, '');
    const breakdown = (0,report_text/* statusBreakdown */.kE)(totals.byStatus, ' · ');
    head.push(`**Totals:** ${(0,report_text/* plural */.LS)(report.accounts.length, 'account')} from ${(0,report_text/* plural */.LS)(report.files.length, 'results file')}, ` +
        `${(0,report_text/* plural */.LS)(totals.instanceCount, 'instance')}` +
        (breakdown ? `: ${breakdown}` : ''));
    if (report.problems.length > 0) {
        head.push('', '> [!WARNING]', `> ${(0,report_text/* plural */.LS)(report.problems.length, 'results file')} could not be read in full (listed at the end): their accounts may be missing or incomplete here.`);
    }
    sections.push(`${head.join('\n')}\n`);
    // Totals per account and region, or per account when that table would be too large.
    const totalsBudget = Math.floor((budget - reserve) / 3);
    const regionLines = report.byAccountRegion.map(entry => totalsLine(entry.accountId, regionLabel(report, entry), entry));
    if (regionLines.length > 0) {
        if (linesWithin(regionLines, totalsBudget) === regionLines.length) {
            sections.push(`### Totals per account and region\n\n${TOTALS_HEAD}\n${regionLines.join('\n')}\n`);
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
            sections.push(`### Totals per account\n\n_${(0,report_text/* plural */.LS)(regionLines.length, 'account and region pair')}: too many to list one by one within the 1 MiB summary limit._\n\n` +
                `${TOTALS_HEAD}\n${lines.slice(0, shown).join('\n')}\n${more}`);
        }
    }
    const problemLines = report.problems.map(file => `- \`${file.path.replace(/`/g, "'")}\`: ${cell(file.problem)}`);
    const problemsBudget = Math.floor((budget - reserve) / 10);
    const problemsShown = linesWithin(problemLines, problemsBudget);
    const problems = problemLines.length === 0
        ? ''
        : `### Results files that could not be read in full\n\n${problemLines.slice(0, problemsShown).join('\n')}\n` +
            (problemsShown < problemLines.length
                ? `- … and ${problemLines.length - problemsShown} more\n`
                : '');
    // Every row that needs attention, as many as the rest of the budget holds.
    if (report.attention.length === 0) {
        sections.push(report.rows.length === 0
            ? 'No instances in any results file.\n'
            : 'No row needs attention: nothing failed, timed out or is unmanaged by SSM.\n');
    }
    else {
        const used = sections.reduce((sum, text) => sum + (0,report_text/* bytes */.ee)(text) + 1, 0) + (0,report_text/* bytes */.ee)(problems);
        const lines = report.attention.map(attentionLine);
        const shown = linesWithin(lines, budget - reserve - used);
        let text = `### Rows that need attention (${report.attention.length})\n\n`;
        if (shown > 0)
            text += `${ATTENTION_HEAD}\n${lines.slice(0, shown).join('\n')}\n`;
        if (shown < lines.length) {
            const rest = report.attention.slice(shown);
            text += `\n… and ${(0,report_text/* plural */.LS)(rest.length, 'more row')} (${(0,report_text/* statusBreakdown */.kE)((0,shared_rows/* countByStatus */.x7)(rest))}), left out to stay under the 1 MiB summary limit; the results files hold every row.\n`;
        }
        sections.push(text);
    }
    if (problems)
        sections.push(problems);
    return sections.join('\n');
}
/** One line for the end of the log. */
function reportLogLine(report) {
    const { totals } = report;
    return (`DRS org report: ${(0,report_text/* plural */.LS)(report.accounts.length, 'account')}, ${(0,report_text/* plural */.LS)(totals.instanceCount, 'instance')}: ` +
        `${totals.installedCount} installed, ${totals.skippedCount} skipped, ${totals.failedCount} failed` +
        (report.problems.length > 0
            ? `; ${(0,report_text/* plural */.LS)(report.problems.length, 'results file')} not read in full`
            : ''));
}

;// CONCATENATED MODULE: ./src/org/report.ts
// The org-wide report, by job: report-settings (inputs), globs, results-files (reading rows back),
// org-report (the value), org-summary (its markdown and log line).






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
/** Every file under `folder` (symbolic links to files included, to folders not followed). */
async function walk(folder, depth) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const files = [];
    for (const entry of entries) {
        const path = folder === '.' ? entry.name : `${folder.replace(/\/$/, '')}/${entry.name}`;
        if (entry.isDirectory()) {
            if (depth > 0)
                files.push(...(await walk(path, depth - 1)));
        }
        else if (entry.isFile()) {
            files.push(path);
        }
        else if (entry.isSymbolicLink()) {
            const target = await (0,promises_.stat)(path).catch(() => null);
            if (target?.isFile())
                files.push(path);
        }
    }
    return files;
}
async function expand(patterns) {
    const files = [];
    const missing = [];
    for (const raw of patterns) {
        const pattern = normalisePath(raw);
        if (!hasGlob(pattern)) {
            const info = await (0,promises_.stat)(pattern).catch(() => null);
            if (!info)
                missing.push(pattern);
            else if (info.isDirectory())
                files.push(...(await expand([`${pattern}/**/*.json`])).files);
            else
                files.push(pattern);
            continue;
        }
        const base = globBase(pattern);
        const regex = globToRegExp(pattern);
        const below = pattern.split('/').length - (base === '.' ? 0 : base.split('/').length);
        const depth = pattern.split('/').includes('**') ? Number.POSITIVE_INFINITY : below - 1;
        for (const path of await walk(base, depth)) {
            if (regex.test(normalisePath(path)))
                files.push(normalisePath(path));
        }
    }
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
                `Every run of the deploy action writes one, even one that stopped early: download the deploy jobs' artifacts ` +
                `into this folder first (actions/download-artifact with merge-multiple: true), or point the results input at them.`);
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
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
