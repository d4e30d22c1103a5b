#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _fronts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4780);
// The drs-orchestrate command's entry: everything happens in fronts/cli.ts.

await (0,_fronts_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4780:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/fronts/run-context.ts
function runContextFromEnv(env) {
    return {
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        repository: env.GITHUB_REPOSITORY ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com'
    };
}
function runUrl(run) {
    if (!run.repository || !run.runId)
        return '';
    const attempt = run.runAttempt && run.runAttempt !== '1' ? `/attempts/${run.runAttempt}` : '';
    return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}${attempt}`;
}

// EXTERNAL MODULE: ./src/settings/index.ts + 3 modules
var src_settings = __nccwpck_require__(6027);
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
    const run = runContextFromEnv(env);
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
var port = __nccwpck_require__(7370);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __nccwpck_require__(8850);
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

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/report/outputs.ts


/** The `results` output's limit (outputs share the runner's environment and log). */
const RESULTS_LIMIT_BYTES = (/* unused pure expression or super */ null && (512 * 1024));
/** Adds rows (whole ones) to a JSON array while it stays within `limit` bytes. */
function jsonWithin(rows, limit) {
    const parts = [];
    let size = 2;
    for (const row of rows) {
        const part = JSON.stringify(row);
        const next = size + bytes(part) + (parts.length > 0 ? 1 : 0);
        if (next > limit)
            break;
        parts.push(part);
        size = next;
    }
    return { json: `[${parts.join(',')}]`, kept: parts.length };
}
/** The step outputs, as the strings setOutput takes. */
function buildOutputs(source) {
    const { rows: sorted, counts, commandIds, attention } = asReport(source);
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
        ? `The results output holds only the ${plural(kept, 'row')} that need attention: ${left} of ${sorted.length} rows were left out to stay under 512 KiB. The results-file output holds every row.`
        : `The results output holds ${kept} of the ${plural(attention.length, 'row')} that need attention, cut at 512 KiB: ${left} of ${sorted.length} rows were left out. The results-file output holds every row.`;
    return { outputs, warning };
}
/** One line for the end of the log, e.g. "DRS agent roll-out: 950 installed, 30 skipped, 20 failed of 1000 instances". */
function finalLogLine(source) {
    const { counts, byStatus, regionWideFailures: regionWide } = (0,report_report/* asReport */.z)(source);
    const failed = byStatus['timed-out'] > 0
        ? `${counts.failedCount} failed (${byStatus['timed-out']} timed out)`
        : `${counts.failedCount} failed`;
    const parts = [`${counts.installedCount} installed`, `${counts.skippedCount} skipped`, failed];
    if (byStatus['dry-run'] > 0)
        parts.push(`${byStatus['dry-run']} dry-run`);
    if (byStatus.pending > 0)
        parts.push(`${byStatus.pending} pending`);
    const regionNote = regionWide > 0 ? ` (${regionWide} region-wide failure${regionWide === 1 ? '' : 's'})` : '';
    return `DRS agent roll-out: ${parts.join(', ')} of ${(0,report_text/* plural */.LS)(counts.instanceCount, 'instance')}${regionNote}`;
}
/** The step fails on any failed or timed-out row when fail-on-error is on. */
function shouldFail(settings, source) {
    return settings.failOnError && (0,report_report/* asReport */.z)(source).counts.failedCount > 0;
}

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

;// CONCATENATED MODULE: ./src/report/results-file.ts
// The results file: every row (of any operation) as JSON, for artifacts and the org-wide report.


function resultsFileName(accountId, stepId) {
    const step = (stepId ?? '').replace(/[^\w.-]/g, '') || 'run';
    return `drs-results-${accountId || 'unknown'}-${step}.json`;
}
async function writeResultsFile(directory, fileName, rows) {
    const folder = (0,external_node_path_.join)(directory, 'drs-results');
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, fileName);
    await (0,promises_.writeFile)(path, `${JSON.stringify(rows, null, 2)}\n`, 'utf8');
    return path;
}

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: ./src/shared/rows.ts
var rows = __nccwpck_require__(580);
;// CONCATENATED MODULE: ./src/fronts/run-guard.ts
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
        (0,external_node_events_namespaceObject.setMaxListeners)(0, this.cancel.signal);
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
        const message = `Unexpected error: ${(0,port/* errorMessage */.gJ)(error)}`;
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
            ? this.latest.map(row => (0,port/* unsentAsFailed */.Hr)(row, unsentReason))
            : (0,rows/* stoppedRunRows */._R)(this.settings.accountId, this.settings.sourceRegions, reason);
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

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __nccwpck_require__(2495);
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
        return writeResultsFile((0,external_node_os_.tmpdir)(), resultsFileName(settings.accountId, `cli-${stamp}-${process.pid}`), rows);
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
        io.out(`${renderTerminalTable(built)}\n\n${finalLogLine(built)}\n`);
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
    else if (shouldFail(settings, built)) {
        io.log(`error: ${failed} instance(s) or region(s) failed or timed out; see the table above.`);
    }
    return stopped || writeProblem || shouldFail(settings, built) ? EXIT_FAILED : EXIT_OK;
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
    const guard = new RunGuard(settings, {
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
        const { runEngine } = await Promise.all(/* import() */[__nccwpck_require__.e(454035), __nccwpck_require__.e(363947), __nccwpck_require__.e(564732)]).then(__nccwpck_require__.bind(__nccwpck_require__, 214));
        let ambient;
        if (!settings.oidcRoleArn) {
            const { fromNodeProviderChain } = await Promise.all(/* import() */[__nccwpck_require__.e(454035), __nccwpck_require__.e(968418)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9719, 19));
            ambient = maskingProvider(fromNodeProviderChain({
                ...(command.profile ? { profile: command.profile } : {}),
                clientConfig: { region: settings.targetRegion }
            }), secret => redactor.add(secret));
        }
        const result = await runEngine(settings, port, {
            ...(0,retry/* retrySettingsFromEnv */.LQ)(env),
            userAgent: USER_AGENT,
            runUrl: runUrl(settings.run) ||
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

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport),
/* harmony export */   z: () => (/* binding */ asReport)
/* harmony export */ });
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(580);
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

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   kE: () => (/* binding */ statusBreakdown),
/* harmony export */   kU: () => (/* binding */ stripControl)
/* harmony export */ });
/* unused harmony exports escapeCell, inlineCode */
/* harmony import */ var _shared_rows_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(580);
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


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mc: () => (/* reexport */ INPUTS),
  dz: () => (/* reexport */ InputError),
  Vw: () => (/* reexport */ formatProblem),
  P$: () => (/* reexport */ parseSettings),
  ni: () => (/* reexport */ regionOfTopic),
  Q_: () => (/* reexport */ sanitiseSessionName)
});

// UNUSED EXPORTS: ACCOUNT_ID, CONTROL_CHARACTERS, COUNT_OUTPUTS, DEFAULT_DOCUMENT, DRS_MAX_TAGS, FALSE_WORDS, OUTPUTS, PARTITION, REGION, ROLE_LIMITS, ROLE_NAME_MAX, ROLE_PATH_MAX, TRUE_WORDS, audienceProblem, inputReader, isRoleName, parseBoolean, parsePairs, parseRoleArn, parseTopicArn, regionPartition, roleArnExpected, splitList, unique

;// CONCATENATED MODULE: ./src/settings/spec.ts
// The one description of the install action's inputs and outputs: action.yml, the README tables
// and the CLI's flags are generated from it, and parse.ts reads the inputs by these names.
const DEFAULT_TAG_FILTERS = 'dr:enabled=true,dr:recovery-strategy=drs';
const DEFAULT_DOCUMENT = 'AWSDisasterRecovery-InstallDRAgentOnInstance';
const INPUTS = [
    {
        name: 'role-arn',
        kind: 'text',
        required: true,
        description: 'Target-account role to assume, arn:<partition>:iam::<12-digit account>:role/<path/name>.'
    },
    {
        name: 'account-id',
        kind: 'text',
        required: false,
        description: 'Target account id (12 digits). Defaults to the account in role-arn and must equal it.'
    },
    {
        name: 'external-id',
        kind: 'text',
        required: false,
        description: 'ExternalId for the AssumeRole into role-arn. Masked in logs.'
    },
    {
        name: 'source-regions',
        kind: 'list',
        required: true,
        description: 'Regions whose instances get the agent, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).'
    },
    {
        name: 'target-region',
        kind: 'text',
        required: true,
        description: "The DRS recovery region (passed as the install document's Region parameter)."
    },
    {
        name: 'oidc-role-arn',
        kind: 'text',
        required: false,
        description: 'Central orchestration role. Set: the GitHub OIDC token is exchanged for it (AssumeRoleWithWebIdentity), then role-arn is assumed from it. Unset: role-arn is assumed from the credentials already in the environment.'
    },
    {
        name: 'audience',
        kind: 'text',
        required: false,
        default: 'sts.amazonaws.com',
        description: 'Audience of the GitHub OIDC token.'
    },
    {
        name: 'role-session-name',
        kind: 'text',
        required: false,
        description: 'Session name for both role sessions. Default drs-<run id>-<attempt>; sanitised to [\\w+=,.@-], 2 to 64 characters.'
    },
    {
        name: 'role-duration-seconds',
        kind: 'text',
        required: false,
        default: '3600',
        description: 'Session duration, 900 to 43200. Above 3600 is rejected with oidc-role-arn (STS caps chained sessions at one hour); sessions are refreshed before they expire.'
    },
    {
        name: 'session-tagging',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'Set SourceIdentity (the actor) and session tags (repository, workflow, run id) on the AssumeRole into role-arn. Set false when the trust policy lacks sts:TagSession / sts:SetSourceIdentity.'
    },
    {
        name: 'tag-filters',
        kind: 'list',
        required: false,
        default: DEFAULT_TAG_FILTERS,
        description: 'key=value pairs, separated by commas or newlines; an instance must match all of them (and be running).'
    },
    {
        name: 'instance-ids',
        kind: 'list',
        required: false,
        description: 'Explicit instance ids (commas, spaces or newlines). When set, tag-filters are not used; each id is looked up in every source region.'
    },
    {
        name: 'skip-registered',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'Skip instances already registered as DRS source servers in target-region.'
    },
    {
        name: 'dry-run',
        kind: 'boolean',
        required: false,
        default: 'false',
        description: 'Discover and report what would be sent; send nothing.'
    },
    {
        name: 'wait-for',
        kind: 'text',
        required: false,
        default: 'install',
        description: 'none (report commands as pending), install (wait for the install and the DRS source server), or replication (also wait for CONTINUOUS replication).'
    },
    {
        name: 'timeout-minutes',
        kind: 'text',
        required: false,
        default: '30',
        description: 'Bound on the whole wait, in minutes; fractions allowed (0.5).'
    },
    {
        name: 'max-concurrency',
        kind: 'text',
        required: false,
        description: "SendCommand MaxConcurrency (a number or a percentage). Default: SSM's own."
    },
    {
        name: 'max-errors',
        kind: 'text',
        required: false,
        default: '100%',
        description: 'SendCommand MaxErrors (a number or a percentage); the default lets one bad host not stop the rest.'
    },
    {
        name: 'fail-on-error',
        kind: 'boolean',
        required: false,
        default: 'true',
        description: 'Fail the step when any row is failed or timed-out.'
    },
    {
        name: 'document-name',
        kind: 'text',
        required: false,
        default: DEFAULT_DOCUMENT,
        description: 'SSM document that installs the agent (name or ARN).'
    },
    {
        name: 'source-server-tags',
        kind: 'list',
        required: false,
        description: "key=value pairs (commas or newlines) passed as the document's Tags parameter, tagging the DRS source servers."
    },
    {
        name: 'notify-topic-arn',
        kind: 'text',
        required: false,
        description: "SNS topic for a completion message, published in the topic's region with the target-role credentials. A failed publish is a warning."
    }
];
/** The four counts, shared by this action's outputs and the org-wide report's. */
const COUNT_OUTPUTS = [
    { name: 'instance-count', description: 'Rows with an instance id.' },
    { name: 'installed-count', description: 'Rows with status installed.' },
    {
        name: 'failed-count',
        description: 'Rows with status failed or timed-out (region-wide failure rows included).'
    },
    {
        name: 'skipped-count',
        description: 'Rows with status skipped-registered or skipped-unmanaged.'
    }
];
const OUTPUTS = [
    ...COUNT_OUTPUTS,
    { name: 'command-ids', description: 'JSON array of the SSM command ids sent.' },
    {
        name: 'results',
        description: 'JSON array of rows. Above 512 KiB only the rows that need attention, cut at 512 KiB if need be (see results-truncated).'
    },
    { name: 'results-truncated', description: 'true when results leaves rows out.' },
    { name: 'results-file', description: 'Path of a JSON file under RUNNER_TEMP holding every row.' }
];

;// CONCATENATED MODULE: ./src/settings/fields.ts
/** The action's wording of a problem, e.g. `role-arn: expected an IAM role ARN ..., got "x"`. */
function formatProblem(problem) {
    const required = problem.required ? ' (required)' : '';
    const got = problem.got === undefined ? '' : `, got "${problem.got}"`;
    return `${problem.input}: expected ${problem.expected}${required}${got}`;
}
class InputError extends Error {
    issues;
    /** The problems in the action's words, in the order found. */
    problems;
    constructor(issues) {
        const problems = issues.map(formatProblem);
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n${problems.map(p => `  - ${p}`).join('\n')}`);
        this.issues = issues;
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** Reads inputs of one action by name, with its defaults, and collects every problem found. */
function inputReader(specs, read) {
    const problems = [];
    const get = (name) => {
        const spec = specs.find(input => input.name === name);
        if (!spec)
            throw new Error(`unknown input ${name}`);
        const value = read(name).trim();
        return value === '' ? (spec.default ?? '') : value;
    };
    const fail = (input, expected, got) => {
        problems.push(got === undefined ? { input, expected } : { input, expected, got });
    };
    return {
        problems,
        get,
        fail,
        required: (name, expected) => {
            const value = get(name);
            if (value === '')
                problems.push({ input: name, expected, required: true });
            return value;
        },
        bool: name => {
            const value = get(name);
            const parsed = parseBoolean(value);
            if (parsed === null)
                fail(name, 'true or false', value);
            return parsed ?? false;
        },
        done: () => {
            if (problems.length > 0)
                throw new InputError(problems);
        }
    };
}
// ---- words and lists ------------------------------------------------------------------------
/** The true/false words of YAML 1.2's core schema, as @actions/core's getBooleanInput takes them. */
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
function parseBoolean(value) {
    if (TRUE_WORDS.includes(value))
        return true;
    if (FALSE_WORDS.includes(value))
        return false;
    return null;
}
/** Splits a list input on commas and newlines (and, where allowed, spaces); drops empty items. */
function splitList(raw, alsoOnSpaces = false) {
    const separator = alsoOnSpaces ? /[,\n\r\s]+/ : /[,\n\r]+/;
    return raw
        .split(separator)
        .map(item => item.trim())
        .filter(item => item.length > 0);
}
function unique(items) {
    return [...new Set(items)];
}
/** key=value items (commas or newlines); the items that are not pairs come back as `bad`. */
function parsePairs(raw) {
    const pairs = [];
    const bad = [];
    for (const item of splitList(raw)) {
        const at = item.indexOf('=');
        const key = at < 0 ? '' : item.slice(0, at).trim();
        const value = at < 0 ? '' : item.slice(at + 1).trim();
        if (key === '' || value === '')
            bad.push(item);
        else
            pairs.push({ key, value });
    }
    return { pairs, bad };
}
// ---- names and ARNs -------------------------------------------------------------------------
const PARTITION = 'aws(?:-[a-z]+)*';
const ACCOUNT_ID = /^\d{12}$/;
const REGION_PATTERN = '(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\\d{1,2}';
/** AWS region names: us-east-1, us-gov-west-1, cn-north-1, eusc-de-east-1. */
const REGION = new RegExp(`^${REGION_PATTERN}$`);
/** Region-name prefixes outside the aws partition (the longest prefix wins). */
const REGION_PARTITIONS = [
    ['us-gov-', 'aws-us-gov'],
    ['cn-', 'aws-cn'],
    ['eusc-', 'aws-eusc'],
    ['us-isob-', 'aws-iso-b'],
    ['us-isof-', 'aws-iso-f'],
    ['eu-isoe-', 'aws-iso-e'],
    ['us-iso-', 'aws-iso']
];
/** The partition a region belongs to: cn-* is aws-cn, us-gov-* aws-us-gov, eusc-* aws-eusc, ... */
function regionPartition(region) {
    return REGION_PARTITIONS.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws';
}
/** IAM's limits: a path (with its leading and trailing slash) up to 512 characters, a name up to 64. */
const ROLE_PATH_MAX = 512;
const ROLE_NAME_MAX = 64;
const ROLE_SEGMENT = '[\\w+=,.@-]+';
const ROLE_ARN = new RegExp(`^arn:(${PARTITION}):iam::(\\d{12}):role/((?:${ROLE_SEGMENT}/)*)(${ROLE_SEGMENT})$`);
const ROLE_NAME = new RegExp(`^(?:${ROLE_SEGMENT}/)*${ROLE_SEGMENT}$`);
/** The parts of a role ARN within IAM's limits, or null. */
function parseRoleArn(value) {
    const match = ROLE_ARN.exec(value);
    if (!match)
        return null;
    const [, partition, accountId, pathPart, name] = match;
    const path = `/${pathPart}`;
    if (path.length > ROLE_PATH_MAX || name.length > ROLE_NAME_MAX)
        return null;
    return { partition, accountId, path, name };
}
/** What a role ARN input expects, for problems. */
function roleArnExpected(example) {
    return `an IAM role ARN like ${example}`;
}
/** A role name with an optional path (team/DRSOrchestrationRole), within IAM's limits. */
function isRoleName(value) {
    if (!ROLE_NAME.test(value))
        return false;
    const slash = value.lastIndexOf('/');
    const name = value.slice(slash + 1);
    return name.length <= ROLE_NAME_MAX && slash + 2 <= ROLE_PATH_MAX;
}
/** The role-path and name limits in words, for problems. */
const ROLE_LIMITS = `a path of at most ${ROLE_PATH_MAX} and a name of at most ${ROLE_NAME_MAX} characters from [A-Za-z0-9_+=,.@-]`;
const TOPIC_ARN = new RegExp(`^arn:(${PARTITION}):sns:(${REGION_PATTERN}):\\d{12}:[\\w-]{1,256}(?:\\.fifo)?$`);
/** The partition and region of an SNS topic ARN, or null. */
function parseTopicArn(value) {
    const match = TOPIC_ARN.exec(value);
    return match ? { partition: match[1], region: match[2] } : null;
}
function regionOfTopic(topicArn) {
    const topic = parseTopicArn(topicArn);
    if (!topic)
        throw new Error(`not an SNS topic ARN: ${topicArn}`);
    return topic.region;
}
/** STS role session names allow [\w+=,.@-], 2..64 characters. */
function sanitiseSessionName(raw) {
    return raw.replace(/[^\w+=,.@-]/g, '').slice(0, 64);
}
/** Control characters (newlines included), which no audience, header or tag may carry. */
const CONTROL_CHARACTERS = /\p{Cc}/u;
/** An OIDC audience: non-empty, one line, no control characters. Returns the problem, or null. */
function audienceProblem(value) {
    if (value === '')
        return 'a non-empty OIDC audience';
    if (CONTROL_CHARACTERS.test(value)) {
        return 'an OIDC audience on one line, without newlines or control characters';
    }
    return null;
}

;// CONCATENATED MODULE: ./src/settings/parse.ts
// The pure parser of the install action's inputs: raw strings in (as core.getInput returns them),
// one validated Settings out, or one InputError holding every problem found. No I/O.


const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
/** SSM's patterns for SendCommand MaxConcurrency and MaxErrors (each at most 7 characters). */
const SSM_RATE = /^(?:[1-9]\d*|[1-9]\d?%|100%)$/;
const SSM_ERRORS = /^(?:0|[1-9]\d*|[1-9]?\d%|100%)$/;
const SSM_RATE_MAX_CHARS = 7;
const DOCUMENT = /^(?:[\w.-]{3,128}|arn:aws(?:-[a-z]+)*:ssm:[a-z0-9-]+:\d{12}:document\/[\w.-]{3,128})$/;
const MAX_TIMEOUT_MINUTES = 24 * 60;
const TARGET_ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/DRSOrchestrationRole';
const CENTRAL_ROLE_EXAMPLE = 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator';
/** DRS's tag rules (TagResource): at most 50 tags; keys 1..128, values 0..256 of these characters. */
const DRS_MAX_TAGS = 50;
const DRS_TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const DRS_TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
function pairs(input, name) {
    const { pairs: found, bad } = parsePairs(input.get(name));
    for (const item of bad)
        input.fail(name, 'key=value pairs separated by commas or newlines', item);
    return found;
}
function regionList(input, name, raw) {
    const regions = unique(splitList(raw));
    for (const region of regions) {
        if (!REGION.test(region))
            input.fail(name, 'AWS region names like us-east-1, separated by commas or newlines', region);
    }
    return regions;
}
/** The target role and its account. */
function parseTargetRole(input) {
    const roleArn = input.required('role-arn', roleArnExpected(TARGET_ROLE_EXAMPLE));
    const role = parseRoleArn(roleArn);
    if (roleArn !== '' && !role) {
        input.fail('role-arn', `${roleArnExpected(TARGET_ROLE_EXAMPLE)} (${ROLE_LIMITS})`, roleArn);
    }
    let accountId = input.get('account-id');
    if (accountId === '')
        accountId = role?.accountId ?? '';
    else if (!ACCOUNT_ID.test(accountId))
        input.fail('account-id', '12 digits', accountId);
    else if (role && accountId !== role.accountId) {
        input.fail('account-id', `the account in role-arn (${role.accountId})`, accountId);
    }
    const externalId = input.get('external-id');
    // The value is a secret: never echo it back.
    if (externalId !== '' && !EXTERNAL_ID.test(externalId)) {
        input.fail('external-id', '2 to 1224 characters from [A-Za-z0-9_+=,.@:/-] (value not shown)');
    }
    return { roleArn, role, accountId, externalId: externalId || null };
}
/** The central role and the sessions on both roles. */
function parseSessions(input, run) {
    const oidcRoleArn = input.get('oidc-role-arn');
    const oidcRole = oidcRoleArn === '' ? null : parseRoleArn(oidcRoleArn);
    if (oidcRoleArn !== '' && !oidcRole) {
        input.fail('oidc-role-arn', `${roleArnExpected(CENTRAL_ROLE_EXAMPLE)} (${ROLE_LIMITS})`, oidcRoleArn);
    }
    const audience = input.get('audience');
    const audienceWrong = audienceProblem(audience);
    if (audienceWrong) {
        // Shown escaped: a newline or escape sequence in the problem would break the log line.
        const got = audience === '' ? undefined : JSON.stringify(audience).slice(1, -1);
        input.fail('audience', audienceWrong, got);
    }
    const rawSessionName = input.get('role-session-name') || `drs-${run.runId || 'local'}-${run.runAttempt || '1'}`;
    const roleSessionName = sanitiseSessionName(rawSessionName);
    if (roleSessionName.length < 2) {
        input.fail('role-session-name', '2 to 64 characters from [A-Za-z0-9_+=,.@-]', rawSessionName);
    }
    const durationText = input.get('role-duration-seconds');
    const roleDurationSeconds = Number(durationText);
    if (!/^\d+$/.test(durationText) || roleDurationSeconds < 900 || roleDurationSeconds > 43200) {
        input.fail('role-duration-seconds', 'a whole number of seconds from 900 to 43200', durationText);
    }
    else if (oidcRoleArn !== '' && roleDurationSeconds > 3600) {
        input.fail('role-duration-seconds', 'at most 3600 with oidc-role-arn (STS caps role-chained sessions at one hour; the action refreshes them)', durationText);
    }
    const sessionTagging = input.bool('session-tagging');
    return {
        oidcRoleArn: oidcRoleArn || null,
        oidcRole,
        audience,
        roleSessionName,
        roleDurationSeconds,
        sessionTagging
    };
}
/** Where the instances are and which of them. */
function parseSelection(input) {
    const sourceRegionsText = input.required('source-regions', 'one or more AWS regions like us-east-1');
    const sourceRegions = regionList(input, 'source-regions', sourceRegionsText);
    if (sourceRegionsText !== '' && sourceRegions.length === 0) {
        input.problems.push({
            input: 'source-regions',
            expected: 'one or more AWS regions like us-east-1',
            required: true,
            got: sourceRegionsText
        });
    }
    const targetRegion = input.required('target-region', 'one AWS region like us-west-2');
    if (targetRegion !== '' && !REGION.test(targetRegion))
        input.fail('target-region', 'one AWS region like us-west-2', targetRegion);
    return { sourceRegions, targetRegion };
}
function parseInstances(input) {
    const tagFilters = pairs(input, 'tag-filters');
    const instanceIds = unique(splitList(input.get('instance-ids'), true));
    for (const id of instanceIds) {
        if (!INSTANCE_ID.test(id))
            input.fail('instance-ids', 'EC2 instance ids like i-0123456789abcdef0', id);
    }
    if (instanceIds.length === 0 && tagFilters.length === 0) {
        input.fail('tag-filters', 'at least one key=value pair when instance-ids is not set');
    }
    return {
        tagFilters: instanceIds.length > 0 ? [] : tagFilters,
        instanceIds,
        skipRegistered: input.bool('skip-registered'),
        dryRun: input.bool('dry-run')
    };
}
function ssmRate(input, name, pattern, expected) {
    const value = input.get(name);
    if (value !== '' && (value.length > SSM_RATE_MAX_CHARS || !pattern.test(value))) {
        input.fail(name, `${expected}, at most ${SSM_RATE_MAX_CHARS} characters`, value);
    }
    return value;
}
/** How the commands are sent and waited for. */
function parseSending(input) {
    const waitFor = input.get('wait-for');
    if (!['none', 'install', 'replication'].includes(waitFor))
        input.fail('wait-for', 'none, install or replication', waitFor);
    const timeoutText = input.get('timeout-minutes');
    const timeoutMinutes = Number(timeoutText);
    if (!/^\d+(?:\.\d+)?$|^\.\d+$/.test(timeoutText) ||
        !(timeoutMinutes > 0) ||
        timeoutMinutes > MAX_TIMEOUT_MINUTES) {
        input.fail('timeout-minutes', `a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} (fractions allowed, e.g. 0.5)`, timeoutText);
    }
    const maxConcurrency = ssmRate(input, 'max-concurrency', SSM_RATE, 'a positive number (e.g. 50) or a percentage from 1% to 100%');
    const maxErrors = ssmRate(input, 'max-errors', SSM_ERRORS, 'a number (e.g. 0 or 10) or a percentage from 0% to 100%');
    const failOnError = input.bool('fail-on-error');
    const documentName = input.get('document-name');
    if (!DOCUMENT.test(documentName)) {
        input.fail('document-name', 'an SSM document name (3 to 128 of [A-Za-z0-9_.-]) or a document ARN', documentName);
    }
    return {
        waitFor: waitFor,
        timeoutMinutes,
        maxConcurrency: maxConcurrency || null,
        maxErrors,
        failOnError,
        documentName,
        sourceServerTags: parseSourceServerTags(input)
    };
}
/** source-server-tags within DRS's tag rules, so a bad tag fails here and not on every instance. */
function parseSourceServerTags(input) {
    const name = 'source-server-tags';
    const tags = pairs(input, name);
    if (tags.length > DRS_MAX_TAGS) {
        input.fail(name, `at most ${DRS_MAX_TAGS} tags (DRS's limit)`, `${tags.length} tags`);
    }
    for (const tag of tags) {
        if (tag.key.toLowerCase().startsWith('aws:'))
            input.fail(name, 'keys that do not start with aws: (reserved)', tag.key);
        else if (!DRS_TAG_KEY.test(tag.key)) {
            input.fail(name, 'tag keys of 1 to 128 letters, digits, spaces and _.:/=+-@', printable(tag.key));
        }
        if (!DRS_TAG_VALUE.test(tag.value)) {
            input.fail(name, 'tag values of at most 256 letters, digits, spaces and _.:/=+-@', printable(tag.value));
        }
    }
    return tags;
}
/** A value shown in a problem: control characters escaped, long values cut. */
function printable(value) {
    const text = CONTROL_CHARACTERS.test(value) ? JSON.stringify(value).slice(1, -1) : value;
    return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
/**
 * Every ARN and region in one partition: role-arn's. A cn-north-1 region under an aws role (or an
 * aws-cn role with us-east-1) would only fail later, at STS or on every endpoint.
 */
function checkPartitions(input, partition, regions, oidc, topicArn) {
    const inPartition = `in role-arn's partition (${partition})`;
    for (const region of regions.sourceRegions) {
        if (REGION.test(region) && regionPartition(region) !== partition)
            input.fail('source-regions', `regions ${inPartition}`, region);
    }
    const target = regions.targetRegion;
    if (REGION.test(target) && regionPartition(target) !== partition)
        input.fail('target-region', `a region ${inPartition}`, target);
    if (oidc && oidc.partition !== partition)
        input.fail('oidc-role-arn', `a role ARN ${inPartition}`, oidc.arn);
    const topic = parseTopicArn(topicArn);
    if (topic && (topic.partition !== partition || regionPartition(topic.region) !== partition))
        input.fail('notify-topic-arn', `a topic ARN and region ${inPartition}`, topicArn);
}
/**
 * Parses every input, collecting all problems so one run reports them all. `read` returns the raw
 * value ('' when unset), as core.getInput does. Throws InputError; makes no I/O.
 */
function parseSettings(read, run) {
    const input = inputReader(INPUTS, read);
    const { role, ...target } = parseTargetRole(input);
    const regions = parseSelection(input);
    const { oidcRole, ...sessions } = parseSessions(input, run);
    const instances = parseInstances(input);
    const sending = parseSending(input);
    const notifyTopicArn = input.get('notify-topic-arn');
    if (notifyTopicArn !== '' && !parseTopicArn(notifyTopicArn)) {
        input.fail('notify-topic-arn', 'an SNS topic ARN like arn:aws:sns:us-east-1:123456789012:drs-rollout', notifyTopicArn);
    }
    if (role) {
        const oidc = oidcRole && sessions.oidcRoleArn
            ? { arn: sessions.oidcRoleArn, partition: oidcRole.partition }
            : null;
        checkPartitions(input, role.partition, regions, oidc, notifyTopicArn);
    }
    input.done();
    return {
        ...target,
        ...sessions,
        partition: role?.partition ?? 'aws',
        ...regions,
        ...instances,
        ...sending,
        notifyTopicArn: notifyTopicArn || null,
        run
    };
}

;// CONCATENATED MODULE: ./src/settings/index.ts
// The settings façade: the input spec, the shared field validators, the parser and the types.





/***/ }),

/***/ 6103:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// Injectable time, so waits, pacing and backoff run at test speed.
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise(resolve => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    })
};


/***/ }),

/***/ 7370:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Hr: () => (/* binding */ unsentAsFailed),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ml: () => (/* reexport safe */ _clock_js__WEBPACK_IMPORTED_MODULE_0__.m),
/* harmony export */   nM: () => (/* binding */ awaitingSendRow),
/* harmony export */   s_: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/* unused harmony export AWAITING_SEND */
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(580);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6103);
// What the engine needs from its front (the action's main.ts, or the CLI), so no engine module
// imports @actions/core.

// Moved to clock.ts; re-exported while src/aws/credentials.ts, src/install/wait.ts and their tests
// still import them from here.

/** The message of a published row whose batch is not sent yet (status pending, no commandId). */
const AWAITING_SEND = 'not sent yet: waiting for its batch';
/** How progress shows a candidate before its batch is answered. */
function awaitingSendRow(candidate) {
    return (0,_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .makeRow */ .xG)({ ...candidate, status: 'pending', commandId: null, message: AWAITING_SEND });
}
/**
 * A published row as the report of a stopped run shows it: a candidate never sent is `failed`
 * (it did not get the agent, and the count must say so) with `not sent: <reason>`; every other row
 * is what it was.
 */
function unsentAsFailed(row, reason) {
    if (row.status !== 'pending' || row.commandId !== null || row.message !== AWAITING_SEND)
        return row;
    return { ...row, status: 'failed', message: `not sent: ${reason}` };
}
/** An unknown-safe message for logs and rows. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}
/** The AWS error code of an SDK exception (name, or Code on the older query protocols). */
function errorCode(error) {
    if (error && typeof error === 'object') {
        const e = error;
        for (const candidate of [e.name, e.Code, e.code]) {
            if (typeof candidate === 'string' && candidate !== 'Error')
                return candidate;
        }
    }
    return 'Error';
}
/** The HTTP status AWS answered with; undefined when no answer came (network error, timeout). */
function httpStatusOf(error) {
    return error?.$metadata?.httpStatusCode;
}


/***/ }),

/***/ 580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ countRows),
/* harmony export */   _R: () => (/* binding */ stoppedRunRows),
/* harmony export */   bM: () => (/* binding */ regionFailureRow),
/* harmony export */   e_: () => (/* binding */ needsAttention),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   sN: () => (/* binding */ sortRows),
/* harmony export */   x7: () => (/* binding */ countByStatus),
/* harmony export */   xG: () => (/* binding */ makeRow)
/* harmony export */ });
/* unused harmony exports isFailure, compareNullable */
// The Row record and the status words: the one vocabulary every phase and every report shares.
const STATUSES = [
    'installed',
    'failed',
    'timed-out',
    'skipped-registered',
    'skipped-unmanaged',
    'dry-run',
    'pending'
];
/** A row with every field present; unknown fields are null, never undefined. */
function makeRow(fields) {
    return {
        accountId: fields.accountId ?? null,
        region: fields.region ?? null,
        instanceId: fields.instanceId ?? null,
        name: fields.name ?? null,
        platform: fields.platform ?? null,
        status: fields.status,
        commandId: fields.commandId ?? null,
        sourceServerId: fields.sourceServerId ?? null,
        replicationState: fields.replicationState ?? null,
        message: fields.message ?? null
    };
}
/** A region (or the whole run) failed before its instances were known. */
function regionFailureRow(accountId, region, message) {
    return makeRow({ accountId, region, status: 'failed', message });
}
/** A failure that stopped the whole run: one failed row per source region, in contract order. */
function stoppedRunRows(accountId, regions, message) {
    return sortRows(regions.map(region => regionFailureRow(accountId, region, message)));
}
function isFailure(status) {
    return status === 'failed' || status === 'timed-out';
}
function needsAttention(row) {
    return isFailure(row.status) || row.status === 'skipped-unmanaged';
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
/** Contract order: by region, then instance id. Returns a new array. */
function sortRows(rows) {
    return [...rows].sort((a, b) => compareNullable(a.region, b.region) || compareNullable(a.instanceId, b.instanceId));
}
function countRows(rows) {
    const counts = { instanceCount: 0, installedCount: 0, failedCount: 0, skippedCount: 0 };
    for (const row of rows) {
        if (row.instanceId !== null)
            counts.instanceCount++;
        if (row.status === 'installed')
            counts.installedCount++;
        if (isFailure(row.status))
            counts.failedCount++;
        if (row.status === 'skipped-registered' || row.status === 'skipped-unmanaged')
            counts.skippedCount++;
    }
    return counts;
}
function countByStatus(rows) {
    const byStatus = Object.fromEntries(STATUSES.map(s => [s, 0]));
    for (const row of rows)
        byStatus[row.status]++;
    return byStatus;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
