export const id = 268466;
export const ids = [268466];
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

/***/ 3546:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6893);
// The drs-orchestrate command's entry: everything happens in fronts/cli.ts.

await (0,_fronts_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __webpack_require__(1255);
// EXTERNAL MODULE: ./src/settings/index.ts + 3 modules
var src_settings = __webpack_require__(6027);
;// CONCATENATED MODULE: ./src/fronts/cli-args.ts
// The CLI's flags: one `--<input>` flag per action input, generated from INPUTS (so the terminal
// and action.yml never drift), plus a few terminal-only options. Pure: argv and env in, a parsed
// command (with validated Settings) out, or a UsageError naming the flag and the expected form.


const PROGRAM = 'drs-orchestrate';
/** Inputs that take a list: repeating the flag adds to the list instead of being an error. */
const LIST_INPUTS = src_settings/* INPUTS */.mc.filter(spec => spec.kind === 'list').map(spec => spec.name);
/** What the positional form `ACCOUNT SOURCE_REGION TARGET_REGION` fills (the seed script's order). */
const POSITIONALS = [
    { label: 'ACCOUNT', input: 'account-id' },
    { label: 'SOURCE_REGION', input: 'source-regions' },
    { label: 'TARGET_REGION', input: 'target-region' }
];
/** The environment variable `--role-arn` defaults to, as in the seed's deploy script. */
const ROLE_ARN_ENV = 'AWS_ROLE_ARN';
/** Where the CLI's behaviour differs from the action's; shown under the input in --help. */
const CLI_NOTES = {
    'role-arn': `Default: $${ROLE_ARN_ENV}.`,
    'account-id': 'Also the positional ACCOUNT.',
    'source-regions': 'Also the positional SOURCE_REGION. Repeatable.',
    'target-region': 'Also the positional TARGET_REGION.',
    'oidc-role-arn': 'Outside GitHub Actions leave it unset: the CLI starts from your AWS credentials (--profile, AWS_PROFILE, AWS_ACCESS_KEY_ID, SSO). Inside a job it needs ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN (permissions: id-token: write).',
    'role-session-name': 'CLI default: drs-cli-<UTC timestamp>.',
    'session-tagging': 'From the CLI, SourceIdentity is your user name ($USER), and the GitHub session tags are set only when GITHUB_* variables are present.',
    'tag-filters': 'Repeatable.',
    'instance-ids': 'Repeatable.',
    'source-server-tags': 'Repeatable.',
    'fail-on-error': 'The CLI exits 1 when any row is failed or timed-out.'
};
class UsageError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? problems[0]
            : `${problems.length} problems:\n${problems.map(p => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'UsageError';
    }
}
const BOOLEAN_WORD = /^(?:true|True|TRUE|false|False|FALSE)$/;
/** Inputs whose default is a boolean word take bare `--x`, `--no-x` and `--x=true|false`. */
function isBooleanInput(spec) {
    return spec.kind === 'boolean';
}
const inputByName = new Map(src_settings/* INPUTS */.mc.map(spec => [spec.name, spec]));
/** `drs-cli-20250101T120000Z`: readable in CloudTrail, valid for STS. */
function defaultSessionName(now) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return (0,src_settings/* sanitiseSessionName */.Q_)(`drs-cli-${stamp}`);
}
/**
 * The run facts the engine puts on the target session: GitHub's when the CLI runs inside a job,
 * else the local user as the actor (SourceIdentity) and nothing else.
 */
function cliRunContext(env) {
    const run = (0,run_context/* runContextFromEnv */.w)(env);
    return { ...run, actor: env.GITHUB_ACTOR || env.USER || env.LOGNAME || env.USERNAME || '' };
}
/** Value placeholder for the help text, from the input's last name segment. */
function placeholder(name) {
    const last = name.split('-').pop() ?? '';
    const known = {
        arn: 'ARN',
        id: 'ID',
        ids: 'IDS',
        region: 'REGION',
        regions: 'REGIONS',
        seconds: 'SECONDS',
        minutes: 'MINUTES',
        name: 'NAME',
        filters: 'KEY=VALUE,...',
        tags: 'KEY=VALUE,...',
        concurrency: 'N|N%',
        errors: 'N|N%',
        audience: 'AUDIENCE',
        for: 'none|install|replication'
    };
    return known[last] ?? 'VALUE';
}
/** The expected form of a flag, e.g. `--role-arn ARN` or `--dry-run[=true|false]`. */
function flagForm(spec) {
    return isBooleanInput(spec)
        ? `--${spec.name}[=true|false], --no-${spec.name}`
        : `--${spec.name} ${placeholder(spec.name)}`;
}
const CLI_ONLY_OPTIONS = [
    {
        form: '--profile NAME',
        text: 'Starting AWS profile (same as AWS_PROFILE). Default: the SDK chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, process, instance role).'
    },
    {
        form: '--json',
        text: 'Print {counts, rows, resultsFile, stopped} as JSON: the only thing written to stdout (logs go to stderr).'
    },
    {
        form: '--results-file PATH',
        text: 'Write every row as JSON to PATH. Default: a new file under the OS temp folder, named in the output.'
    },
    { form: '--help, -h', text: 'Print this help.' },
    { form: '--version', text: 'Print the version.' }
];
const CLI_FLAGS = ['profile', 'json', 'results-file', 'help', 'version'];
function wrap(text, indent, width = 100) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && indent + line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.map(l => `${' '.repeat(indent)}${l}`);
}
/** The --help text, generated from INPUTS (name, required, default, description). */
function helpText() {
    const out = [
        `${PROGRAM}: install the AWS Elastic Disaster Recovery agent on tagged EC2 instances through`,
        'SSM, across the regions of one account (the drs-orchestration-action engine, from a terminal).',
        '',
        'Usage:',
        `  ${PROGRAM} [options] --role-arn ARN --source-regions REGIONS --target-region REGION`,
        `  ${PROGRAM} [options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: --role-arn or $${ROLE_ARN_ENV})`,
        '',
        'Inputs (one flag per action input; --flag=VALUE works too):'
    ];
    for (const spec of src_settings/* INPUTS */.mc) {
        const facts = [];
        if (spec.required)
            facts.push('required');
        if (spec.default !== undefined)
            facts.push(`default: ${spec.default}`);
        out.push(`  ${flagForm(spec)}${facts.length > 0 ? `    (${facts.join('; ')})` : ''}`);
        out.push(...wrap(spec.description, 6));
        const note = CLI_NOTES[spec.name];
        if (note)
            out.push(...wrap(note, 6));
    }
    out.push('', 'CLI options:');
    for (const option of CLI_ONLY_OPTIONS) {
        out.push(`  ${option.form}`, ...wrap(option.text, 6));
    }
    out.push('', 'Starting credentials: the AWS SDK default chain (--profile / AWS_PROFILE, environment keys, SSO,', 'credential_process, instance or container role); role-arn is assumed from them. AWS_ENDPOINT_URL,', 'AWS_RETRY_MODE and AWS_MAX_ATTEMPTS are honoured. RUNNER_DEBUG=1 prints debug lines.', '', 'Exit codes: 0 done; 1 the run failed (role assumption, DRS not initialised, cancelled) or, with', 'fail-on-error (the default), a row is failed or timed-out; 2 bad usage (nothing was called).', '', 'Examples:', `  AWS_ROLE_ARN=arn:aws:iam::160885257264:role/DRSOrchestrationRole \\`, `    ${PROGRAM} 160885257264 us-east-1 us-west-2`, `  ${PROGRAM} --profile central --role-arn arn:aws:iam::160885257264:role/DRSOrchestrationRole \\`, `    --external-id DRSOrchestration2024 --source-regions us-east-1,eu-west-1 \\`, '    --target-region us-west-2 --dry-run', '');
    return out.join('\n');
}
/** Edit distance, for "did you mean". */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
function suggestion(flag) {
    const names = [...src_settings/* INPUTS */.mc.map(spec => spec.name), ...CLI_FLAGS];
    let best = null;
    let bestDistance = 4;
    for (const name of names) {
        const d = distance(flag, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best ? ` (did you mean --${best}?)` : '';
}
/** Says where a value came from, so an InputError reads as the user's own words. */
function describeSource(name, source) {
    if (source?.kind === 'positional')
        return `${source.label} (positional; same as --${name})`;
    if (source?.kind === 'env')
        return `${source.name} (the default for --${name})`;
    return `--${name}`;
}
/** Input names inside an expectation become flags (`role-arn` -> `--role-arn`). */
function flagWords(text) {
    let result = text;
    for (const other of src_settings/* INPUTS */.mc) {
        if (!other.name.includes('-'))
            continue;
        result = result.replace(new RegExp(`(?<![\\w-])${other.name}(?![\\w-])`, 'g'), `--${other.name}`);
    }
    return result;
}
/** One parseSettings problem in flag terms; the value the user gave stays as it was. */
function mapProblem(problem, sources) {
    const spec = inputByName.get(problem.input);
    if (!spec)
        return (0,src_settings/* formatProblem */.Vw)(problem);
    const name = problem.input;
    const source = sources.get(name);
    const expected = flagWords(problem.expected) + (problem.required ? ' (required)' : '');
    const got = problem.got === undefined ? '' : `, got "${problem.got}"`;
    let hint = '';
    if (problem.required && !source) {
        if (name === 'role-arn')
            hint = `; pass ${flagForm(spec)} or set ${ROLE_ARN_ENV}`;
        else if (name === 'source-regions' || name === 'target-region') {
            hint = `; pass ${flagForm(spec)}, or ACCOUNT SOURCE_REGION TARGET_REGION`;
        }
        else
            hint = `; pass ${flagForm(spec)}`;
    }
    else if (source?.kind !== 'positional' && source?.kind !== 'env') {
        hint = ` (form: ${flagForm(spec)})`;
    }
    return `${describeSource(name, source)}: expected ${expected}${got}${hint}`;
}
/**
 * Parses the command line. `--help` and `--version` win over everything else; otherwise every
 * problem (unknown flag, missing value, invalid input) is collected into one UsageError.
 */
function parseCliArgs(argv, env, options = {}) {
    const problems = [];
    const values = new Map();
    const sources = new Map();
    const positionals = [];
    let help = false;
    let version = false;
    let json = false;
    let resultsFile = null;
    let profile = null;
    const seen = new Set();
    const once = (flag) => {
        if (seen.has(flag)) {
            problems.push(`--${flag}: given more than once`);
            return false;
        }
        seen.add(flag);
        return true;
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (arg === '--version') {
            version = true;
            continue;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        if (!arg.startsWith('--')) {
            // Never echo more than the flag itself: a mistyped option may carry a secret.
            problems.push(`unknown option ${arg.slice(0, 2)}: flags are long (--name VALUE); see --help`);
            continue;
        }
        const eq = arg.indexOf('=');
        const flag = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
        const inline = eq < 0 ? undefined : arg.slice(eq + 1);
        // A value flag takes the next argument unless that is another flag.
        const takeValue = (form) => {
            if (inline !== undefined)
                return inline;
            const next = argv[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                problems.push(`--${flag}: missing value; expected ${form}`);
                return undefined;
            }
            i++;
            return next;
        };
        if (flag === 'json') {
            if (inline !== undefined)
                problems.push('--json: takes no value; expected --json');
            else
                json = true;
            continue;
        }
        if (flag === 'results-file' || flag === 'profile') {
            const form = flag === 'profile' ? '--profile NAME' : '--results-file PATH';
            const value = takeValue(form);
            if (value === undefined || !once(flag))
                continue;
            if (value.trim() === '')
                problems.push(`--${flag}: expected ${form} with a non-empty value`);
            else if (flag === 'profile')
                profile = value.trim();
            else
                resultsFile = value;
            continue;
        }
        const negated = flag.startsWith('no-') ? inputByName.get(flag.slice(3)) : undefined;
        if (negated && isBooleanInput(negated)) {
            if (inline !== undefined)
                problems.push(`--${flag}: takes no value; expected --${flag} or --${negated.name}=false`);
            else if (once(negated.name)) {
                values.set(negated.name, ['false']);
                sources.set(negated.name, { kind: 'flag' });
            }
            continue;
        }
        const spec = inputByName.get(flag);
        if (!spec) {
            problems.push(`unknown option --${flag}${suggestion(flag)}; see --help`);
            continue;
        }
        if (isBooleanInput(spec)) {
            let value = inline;
            if (value === undefined) {
                // `--dry-run` alone means true; `--dry-run false` is read only when the next word is a boolean.
                const next = argv[i + 1];
                if (next !== undefined && BOOLEAN_WORD.test(next)) {
                    value = next;
                    i++;
                }
                else
                    value = 'true';
            }
            if (once(spec.name)) {
                values.set(spec.name, [value]);
                sources.set(spec.name, { kind: 'flag' });
            }
            continue;
        }
        const value = takeValue(flagForm(spec));
        if (value === undefined)
            continue;
        if (LIST_INPUTS.includes(spec.name)) {
            values.set(spec.name, [...(values.get(spec.name) ?? []), value]);
        }
        else if (once(spec.name))
            values.set(spec.name, [value]);
        sources.set(spec.name, { kind: 'flag' });
    }
    const common = {
        json,
        resultsFile,
        profile: profile ?? (env.AWS_PROFILE?.trim() || null)
    };
    if (help)
        return { kind: 'help', ...common };
    if (version)
        return { kind: 'version', ...common };
    if (positionals.length === POSITIONALS.length) {
        POSITIONALS.forEach(({ label, input }, index) => {
            if (sources.has(input)) {
                problems.push(`${label} (positional) and --${input} both given; use one of them`);
                return;
            }
            values.set(input, [positionals[index]]);
            sources.set(input, { kind: 'positional', label });
        });
    }
    else if (positionals.length > 0) {
        problems.push(`expected ${POSITIONALS.map(p => p.label).join(' ')} (3 positional arguments) or none, got ${positionals.length} positional argument${positionals.length === 1 ? '' : 's'}`);
    }
    // The seed's convention: the target role comes from AWS_ROLE_ARN unless given. Not when the SDK
    // owns that variable (a web-identity token file names AWS_ROLE_ARN as the starting role).
    const roleFromEnv = env[ROLE_ARN_ENV]?.trim() ?? '';
    if (!values.has('role-arn') && roleFromEnv !== '') {
        if (env.AWS_WEB_IDENTITY_TOKEN_FILE) {
            problems.push(`--role-arn: required here; ${ROLE_ARN_ENV} is not used as its default because AWS_WEB_IDENTITY_TOKEN_FILE is set (the SDK assumes ${ROLE_ARN_ENV} as the starting role)`);
        }
        else {
            values.set('role-arn', [roleFromEnv]);
            sources.set('role-arn', { kind: 'env', name: ROLE_ARN_ENV });
        }
    }
    if (!values.has('role-session-name'))
        values.set('role-session-name', [defaultSessionName(options.now ?? new Date())]);
    let settings = null;
    try {
        settings = (0,src_settings/* parseSettings */.P$)(name => (values.get(name) ?? []).join('\n'), cliRunContext(env));
    }
    catch (error) {
        if (!(error instanceof src_settings/* InputError */.dz))
            throw error;
        problems.push(...error.issues.map(problem => mapProblem(problem, sources)));
    }
    if (settings?.oidcRoleArn) {
        if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            problems.push('--oidc-role-arn: needs a GitHub OIDC token, which exists only inside a GitHub Actions job with "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN). From a terminal, leave it unset: the CLI assumes --role-arn from your AWS credentials (--profile, AWS_PROFILE, environment keys, SSO).');
        }
        if (profile !== null) {
            problems.push('--profile and --oidc-role-arn both given: with --oidc-role-arn the starting credentials come from the OIDC token; drop one of them');
        }
    }
    if (problems.length > 0 || !settings)
        throw new UsageError(problems);
    return { kind: 'run', settings, ...common };
}

// EXTERNAL MODULE: ./src/shared/port.ts
var port = __webpack_require__(7370);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/report/progress.ts

/** Replaces every registered secret in text the CLI prints (the CLI's counterpart of core.setSecret). */
class Redactor {
    secrets = [];
    add(secret) {
        if (!secret || secret.trim() === '' || this.secrets.includes(secret))
            return;
        // Longest first, so a secret that contains another is replaced whole.
        this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length);
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return result;
    }
}
/** The `--json` document: counts (the outputs' four, plus per status), every row, the file, why it stopped. */
function jsonReport(source, resultsFile, stopped) {
    const report = (0,report_report/* asReport */.z)(source);
    const document = {
        counts: { ...report.counts, byStatus: report.byStatus },
        rows: report.rows,
        resultsFile,
        stopped
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** Counts per region, in region order; rows without a region (unknown ids) under `-`. */
function regionProgress(rows) {
    const byRegion = new Map();
    for (const row of rows) {
        const region = row.region ?? '-';
        let entry = byRegion.get(region);
        if (!entry) {
            entry = {
                region,
                instances: 0,
                done: 0,
                installed: 0,
                failed: 0,
                skipped: 0,
                dryRun: 0,
                pending: 0,
                regionFailed: false
            };
            byRegion.set(region, entry);
        }
        if (row.instanceId === null) {
            // A region that failed as a whole: no instances to count.
            entry.regionFailed = true;
            entry.failed++;
            continue;
        }
        entry.instances++;
        if (row.status === 'pending')
            entry.pending++;
        else
            entry.done++;
        if (row.status === 'installed')
            entry.installed++;
        if (row.status === 'failed' || row.status === 'timed-out')
            entry.failed++;
        if (row.status === 'skipped-registered' || row.status === 'skipped-unmanaged')
            entry.skipped++;
        if (row.status === 'dry-run')
            entry.dryRun++;
    }
    return [...byRegion.values()].sort((a, b) => a.region < b.region ? -1 : a.region > b.region ? 1 : 0);
}
function formatElapsed(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (minutes === 0)
        return `${rest}s`;
    return `${minutes}m${String(rest).padStart(2, '0')}s`;
}
function bar(done, total, width) {
    const filled = total === 0 ? width : Math.round((done / total) * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
function regionText(entry) {
    if (entry.regionFailed && entry.instances === 0)
        return `${entry.region} failed`;
    const parts = [];
    if (entry.installed > 0)
        parts.push(`${entry.installed} installed`);
    if (entry.failed > 0)
        parts.push(`${entry.failed} failed`);
    if (entry.skipped > 0)
        parts.push(`${entry.skipped} skipped`);
    if (entry.dryRun > 0)
        parts.push(`${entry.dryRun} dry-run`);
    if (entry.pending > 0)
        parts.push(`${entry.pending} waiting`);
    return `${entry.region} ${entry.done}/${entry.instances}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}
/**
 * One line, e.g. `[######....] 6/10 done | eu-west-1 2/4 (2 installed, 2 waiting) | us-east-1
 * 4/6 (3 installed, 1 failed, 2 waiting) | 1m05s`.
 */
function renderProgressLine(rows, options) {
    const regions = regionProgress(rows);
    const elapsed = formatElapsed(options.elapsedMs);
    let line;
    if (rows.length === 0) {
        line = `${options.phase ?? 'working'}... | ${elapsed}`;
    }
    else {
        const total = regions.reduce((sum, r) => sum + r.instances, 0);
        const done = regions.reduce((sum, r) => sum + r.done, 0);
        line = [
            `${bar(done, total, 10)} ${done}/${total} done`,
            ...regions.map(regionText),
            elapsed
        ].join(' | ');
    }
    const width = options.width ?? 0;
    if (width > 1 && line.length > width - 1)
        line = `${line.slice(0, Math.max(0, width - 2))}…`;
    return line;
}

// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
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

// EXTERNAL MODULE: ./src/report/results-file.ts
var results_file = __webpack_require__(9047);
// EXTERNAL MODULE: ./src/fronts/run-guard.ts
var run_guard = __webpack_require__(7061);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/fronts/cli.ts
// The terminal front: the same flow as main.ts (parse, run the engine, report, exit), with flags
// instead of inputs, the AWS SDK's credential chain instead of the runner's, and stdout/stderr
// instead of outputs and a job summary. Never imports @actions/core.















const VERSION = package_namespaceObject.rE;
const USER_AGENT = `${PROGRAM}/${VERSION}`;
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const CLEAR_LINE = '\r\x1b[2K';
/**
 * stderr for humans: log lines scroll, and on a terminal one status line stays at the bottom,
 * rewritten in place with the counts per region.
 */
class Console {
    redactor;
    live;
    status = '';
    timer = null;
    rows = [];
    phase = 'starting';
    started = Date.now();
    constructor(redactor, live) {
        this.redactor = redactor;
        this.live = live;
    }
    log(line) {
        const text = (0,report_text/* stripControl */.kU)(this.redactor.redact(line));
        if (this.live && this.status)
            process.stderr.write(CLEAR_LINE);
        process.stderr.write(`${text}\n`);
        if (this.live && this.status)
            process.stderr.write(this.status);
    }
    out(text) {
        process.stdout.write(this.redactor.redact(text));
    }
    start(phase) {
        this.phase = phase;
        if (!this.live)
            return;
        this.draw();
        this.timer = setInterval(() => this.draw(), 1000);
        this.timer.unref();
    }
    progress(rows) {
        this.rows = rows;
        if (this.live)
            this.draw();
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = null;
        if (this.live && this.status)
            process.stderr.write(CLEAR_LINE);
        this.status = '';
    }
    draw() {
        const line = renderProgressLine(this.rows, {
            elapsedMs: Date.now() - this.started,
            width: process.stderr.columns ?? 100,
            phase: this.phase
        });
        this.status = (0,report_text/* stripControl */.kU)(this.redactor.redact(line));
        process.stderr.write(`${CLEAR_LINE}${this.status}`);
    }
}
/** The GitHub OIDC token, fetched as @actions/core's getIDToken does (inside a job only). */
async function fetchIdToken(env, audience) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set');
    }
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    let lastError = 'no attempt';
    for (let attempt = 1; attempt <= 3; attempt++) {
        try {
            const response = await fetch(url, {
                headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
                signal: AbortSignal.timeout(30_000)
            });
            if (response.ok) {
                const body = (await response.json());
                if (typeof body.value !== 'string' || body.value === '')
                    throw new Error('the answer holds no token');
                return body.value;
            }
            lastError = `HTTP ${response.status}`;
            // Only a server-side failure is worth another try.
            if (response.status < 500)
                break;
        }
        catch (error) {
            lastError = (0,port/* errorMessage */.gJ)(error);
        }
        await new Promise(done => setTimeout(done, 500 * attempt));
    }
    throw new Error(`OIDC token request failed (${lastError})`);
}
/** Masks whatever the starting chain returns, as the engine masks the sessions it creates. */
function maskingProvider(inner, mask) {
    return async (identityProperties) => {
        const identity = await inner(identityProperties);
        mask(identity.accessKeyId);
        mask(identity.secretAccessKey);
        if (identity.sessionToken)
            mask(identity.sessionToken);
        return identity;
    };
}
function startingCredentialsText(settings, profile, env) {
    if (settings.oidcRoleArn)
        return `GitHub OIDC -> ${settings.oidcRoleArn}`;
    if (profile)
        return `AWS profile ${profile}`;
    if (env.AWS_ACCESS_KEY_ID)
        return 'AWS_ACCESS_KEY_ID from the environment';
    return 'the AWS SDK default chain';
}
async function writeRows(path, settings, rows) {
    if (path === null) {
        // A new file per run: the time and the process id keep runs of the same account apart.
        const stamp = new Date()
            .toISOString()
            .replace(/[-:]/g, '')
            .replace(/\.\d+Z$/, 'Z');
        return (0,results_file/* writeResultsFile */.A)((0,external_node_os_.tmpdir)(), (0,results_file/* resultsFileName */.q)(settings.accountId, `cli-${stamp}-${process.pid}`), rows);
    }
    const target = (0,external_node_path_.resolve)(path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, `${JSON.stringify(rows, null, 2)}\n`, 'utf8');
    return target;
}
async function report(command, rows, stopped, io) {
    io.stop();
    const { settings } = command;
    let resultsFile = null;
    let writeProblem = null;
    try {
        resultsFile = await writeRows(command.resultsFile, settings, rows);
    }
    catch (error) {
        writeProblem = `Could not write the results file: ${(0,port/* errorMessage */.gJ)(error)}`;
    }
    const built = (0,report_report/* buildReport */.F)(rows);
    if (command.json)
        io.out(jsonReport(built, resultsFile, stopped));
    else {
        io.out(`${renderTerminalTable(built)}\n\n${(0,outputs/* finalLogLine */.TZ)(built)}\n`);
        if (resultsFile)
            io.out(`Results file: ${resultsFile}\n`);
    }
    if (command.json && resultsFile)
        io.log(`Results file: ${resultsFile}`);
    if (writeProblem)
        io.log(`error: ${writeProblem}`);
    const failed = built.counts.failedCount;
    if (stopped)
        io.log(`error: ${stopped}`);
    else if ((0,outputs/* shouldFail */.W9)(settings, built)) {
        io.log(`error: ${failed} instance(s) or region(s) failed or timed out; see the table above.`);
    }
    return stopped || writeProblem || (0,outputs/* shouldFail */.W9)(settings, built) ? EXIT_FAILED : EXIT_OK;
}
async function runCommand(command, env, redactor) {
    const { settings } = command;
    redactor.add(settings.externalId);
    const live = Boolean(process.stderr.isTTY) && env.TERM !== 'dumb';
    const io = new Console(redactor, live);
    const debug = env.RUNNER_DEBUG === '1';
    // Node's warnings (the SDK's copies each warn about the Node version) go through the console
    // once each, redacted and below the status line, instead of Node's own printer.
    const seenWarnings = new Set();
    process.removeAllListeners('warning');
    process.on('warning', warning => {
        if (env.NODE_NO_WARNINGS === '1' || seenWarnings.has(warning.message))
            return;
        seenWarnings.add(warning.message);
        io.log(`warning: ${warning.message.replace(/\s*\n\s*/g, ' ')}`);
    });
    const port = {
        mask: secret => redactor.add(secret),
        info: message => io.log(message),
        warning: message => io.log(`warning: ${message}`),
        debug: message => {
            if (debug)
                io.log(`debug: ${message}`);
        },
        progress: rows => {
            guard.progress(rows);
            io.progress(rows);
        }
    };
    if (settings.oidcRoleArn)
        port.getIdToken = audience => fetchIdToken(env, audience);
    const guard = new run_guard/* RunGuard */.z(settings, {
        report: (rows, stopped) => report(command, rows, stopped, io),
        cancelling: signal => io.log(`warning: received ${signal}: stopping the wait and reporting what is known (again to quit at once).`),
        exit: code => exitAfterFlush(code),
        again: () => {
            // A second Ctrl-C: leave now.
            io.stop();
            process.exit(EXIT_FAILED);
        }
    });
    io.log(`${PROGRAM} ${VERSION}: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
        `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, wait-for ${settings.waitFor}` +
        `${settings.dryRun ? ', dry run' : ''}; starting credentials: ${startingCredentialsText(settings, command.profile, env)}; ` +
        `session ${settings.roleSessionName}.`);
    io.start('assuming the role, discovering instances');
    try {
        // Loaded after the flags are checked, so bad usage fails fast and --help stays quick.
        const { runEngine } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(955438), __webpack_require__.e(200873), __webpack_require__.e(851134)]).then(__webpack_require__.bind(__webpack_require__, 825));
        let ambient;
        if (!settings.oidcRoleArn) {
            const { fromNodeProviderChain } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(968418)]).then(__webpack_require__.t.bind(__webpack_require__, 9719, 19));
            ambient = maskingProvider(fromNodeProviderChain({
                ...(command.profile ? { profile: command.profile } : {}),
                clientConfig: { region: settings.targetRegion }
            }), secret => redactor.add(secret));
        }
        const result = await runEngine(settings, port, {
            ...(0,retry/* retrySettingsFromEnv */.LQ)(env),
            userAgent: USER_AGENT,
            runUrl: (0,run_context/* runUrl */.V)(settings.run) ||
                `${PROGRAM} run by ${settings.run.actor || 'unknown user'} on ${(0,external_node_os_.hostname)()} (session ${settings.roleSessionName})`,
            signal: guard.signal,
            ambient
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
/** Runs the CLI and returns its exit code (0 done, 1 failed, 2 bad usage). */
async function cli(argv, env, redactor) {
    // Defence in depth: secrets the environment already holds never reach the terminal.
    for (const name of [
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
    ])
        redactor.add(env[name]);
    let command;
    try {
        command = parseCliArgs(argv, env);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        process.stderr.write(redactor.redact(`${PROGRAM}: ${error.message}\nRun "${PROGRAM} --help" for the flags.\n`));
        return EXIT_USAGE;
    }
    if (command.kind === 'help') {
        process.stdout.write(helpText());
        return EXIT_OK;
    }
    if (command.kind === 'version') {
        process.stdout.write(`${PROGRAM} ${VERSION}\n`);
        return EXIT_OK;
    }
    return runCommand(command, env, redactor);
}
/** Exits once stdout and stderr have taken everything written to them. */
async function exitAfterFlush(code) {
    await Promise.all([
        new Promise(done => process.stdout.write('', done)),
        new Promise(done => process.stderr.write('', done))
    ]);
    process.exit(code);
}
/** The CLI's whole life: parse, run, report, exit with the code. */
async function main() {
    // A closed pipe (`| head`) is not worth a stack trace; the exit code still tells the outcome.
    process.stdout.on('error', error => {
        if (error.code !== 'EPIPE')
            throw error;
    });
    const redactor = new Redactor();
    try {
        return await exitAfterFlush(await cli(process.argv.slice(2), process.env, redactor));
    }
    catch (error) {
        process.stderr.write(redactor.redact(`${PROGRAM}: unexpected error: ${(0,port/* errorMessage */.gJ)(error)}\n`));
        return await exitAfterFlush(EXIT_FAILED);
    }
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


/***/ })

};
