#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _fronts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8805);
// The drs-orchestrate command's entry: everything happens in fronts/cli.ts.

await (0,_fronts_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6188:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hM: () => (/* reexport */ CLI_ONLY_OPTIONS),
  eD: () => (/* binding */ INSTALL_SPEC),
  RX: () => (/* binding */ PROGRAM),
  jt: () => (/* binding */ ROLE_ARN_ENV),
  eb: () => (/* binding */ UsageError),
  VS: () => (/* reexport */ flagForm),
  Yr: () => (/* binding */ noteFor),
  cl: () => (/* binding */ parseOperationArgs)
});

// UNUSED EXPORTS: CLI_NOTES, LIST_INPUTS, POSITIONALS, SHARED_NOTES, cliRunContext, closest, defaultSessionName, isBooleanInput, listInputs, parseCliArgs, takesPositionals

// EXTERNAL MODULE: ./src/fronts/run-context.ts
var run_context = __nccwpck_require__(1255);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/settings/index.ts + 3 modules
var src_settings = __nccwpck_require__(6027);
;// CONCATENATED MODULE: ./src/fronts/cli-flags.ts
// The CLI's tokens and what each flag means: node:util parseArgs tokenises the command line from
// the operation's input spec (a value flag per text or list input, `--x` / `--no-x` per boolean
// one, and the terminal-only options); FlagReader collects values and every problem, never
// stopping at the first. The settings parser then validates the values (cli-args.ts).


const BOOLEAN_WORDS = new Set([...src_settings/* TRUE_WORDS */.VJ, ...src_settings/* FALSE_WORDS */.WD]);
/** Inputs whose default is a boolean word take bare `--x`, `--no-x` and `--x=true|false`. */
function isBooleanInput(spec) {
    return spec.kind === 'boolean';
}
/** Value placeholders for the help text and errors, by the input name's last segment. */
const PLACEHOLDERS = {
    arn: 'ARN',
    id: 'ID',
    ids: 'IDS',
    accounts: 'IDS',
    region: 'REGION',
    regions: 'REGIONS',
    seconds: 'SECONDS',
    minutes: 'MINUTES',
    days: 'DAYS',
    name: 'NAME',
    filters: 'KEY=VALUE,...',
    tags: 'KEY=VALUE,...',
    tag: 'KEY',
    concurrency: 'N|N%',
    errors: 'N|N%',
    job: 'N',
    on: 'STATUSES',
    audience: 'AUDIENCE',
    for: 'none|install|replication'
};
/** The expected form of a flag, e.g. `--role-arn ARN` or `--dry-run[=true|false]`. */
function flagForm(spec) {
    if (isBooleanInput(spec))
        return `--${spec.name}[=true|false], --no-${spec.name}`;
    return `--${spec.name} ${PLACEHOLDERS[spec.name.split('-').pop() ?? ''] ?? 'VALUE'}`;
}
/** The terminal-only options every operation takes. */
const CLI_ONLY_OPTIONS = {
    profile: { type: 'string', form: '--profile NAME' },
    'results-file': { type: 'string', form: '--results-file PATH' },
    json: { type: 'boolean', form: '--json' },
    help: { type: 'boolean', short: 'h', form: '--help, -h' },
    version: { type: 'boolean', form: '--version' }
};
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
/** The closest of `names` to `word`, within three edits; null when none is that close. */
function closest(word, names) {
    let best = null;
    let bestDistance = 4;
    for (const name of names) {
        const d = distance(word, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best;
}
/**
 * parseArgs's tokens. A value option takes the next argument greedily, even `--other`; like a
 * user, we read that as a missing value: the option loses it and parsing resumes at `--other`.
 */
function tokenize(argv, inputs) {
    const options = { ...CLI_ONLY_OPTIONS };
    for (const spec of inputs) {
        options[spec.name] = { type: isBooleanInput(spec) ? 'boolean' : 'string' };
        if (isBooleanInput(spec))
            options[`no-${spec.name}`] = { type: 'boolean' };
    }
    const tokens = [];
    let start = 0;
    for (;;) {
        const parsed = (0,external_node_util_.parseArgs)({
            args: argv.slice(start),
            options,
            strict: false,
            allowPositionals: true,
            tokens: true
        }).tokens;
        const cut = parsed.find(t => t.kind === 'option' && t.inlineValue === false && /^--./.test(t.value ?? ''));
        for (const token of parsed) {
            if (cut && token.index > cut.index)
                break;
            const index = token.index + start;
            if (token === cut && token.kind === 'option') {
                tokens.push({ ...token, index, value: undefined, inlineValue: undefined });
            }
            else
                tokens.push({ ...token, index });
        }
        if (!cut)
            return tokens;
        start += cut.index + 1;
    }
}
/** The flags as given: every problem is collected, none stops the reading. */
class FlagReader {
    inputs;
    values = new Map();
    sources = new Map();
    positionals = [];
    problems = [];
    options = {
        json: false,
        resultsFile: null,
        profile: null,
        help: false,
        version: false
    };
    seen = new Set();
    shortsReported = new Set();
    byName;
    constructor(inputs) {
        this.inputs = inputs;
        this.byName = new Map(inputs.map(spec => [spec.name, spec]));
    }
    read(tokens) {
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            if (token.kind === 'positional')
                this.positionals.push(token.value);
            if (token.kind !== 'option')
                continue;
            const next = tokens[i + 1];
            const word = next?.kind === 'positional' && next.index === token.index + 1 ? next.value : null;
            if (this.option(token, word))
                i++;
        }
    }
    once(name) {
        if (this.seen.has(name)) {
            this.problems.push(`--${name}: given more than once`);
            return false;
        }
        this.seen.add(name);
        return true;
    }
    set(name, value, add = false) {
        this.values.set(name, add ? [...(this.values.get(name) ?? []), value] : [value]);
        this.sources.set(name, { kind: 'flag' });
    }
    /** One option; true when it took `word` (the next argument) as its value. */
    option(token, word) {
        const { name, value, inlineValue } = token;
        if (!token.rawName.startsWith('--') && name !== 'help') {
            // Never echo more than the flag itself: a mistyped option may carry a secret.
            if (!this.shortsReported.has(token.index))
                this.problems.push(`unknown option ${token.rawName}: flags are long (--name VALUE); see --help`);
            this.shortsReported.add(token.index);
            return false;
        }
        if (name === 'help' || name === 'version')
            this.options[name] = true;
        else if (name === 'json') {
            if (inlineValue)
                this.problems.push('--json: takes no value; expected --json');
            else
                this.options.json = true;
        }
        else if (name === 'profile' || name === 'results-file')
            this.cliValue(name, value);
        else
            return this.inputOption(name, value, inlineValue === true, word);
        return false;
    }
    cliValue(name, value) {
        const form = CLI_ONLY_OPTIONS[name].form;
        if (value === undefined)
            this.problems.push(`--${name}: missing value; expected ${form}`);
        else if (!this.once(name))
            return;
        else if (value.trim() === '')
            this.problems.push(`--${name}: expected ${form} with a non-empty value`);
        else if (name === 'profile')
            this.options.profile = value.trim();
        else
            this.options.resultsFile = value;
    }
    inputOption(name, value, inline, word) {
        const negated = name.startsWith('no-') ? this.byName.get(name.slice(3)) : undefined;
        if (negated && isBooleanInput(negated)) {
            if (inline)
                this.problems.push(`--${name}: takes no value; expected --${name} or --${negated.name}=false`);
            else if (this.once(negated.name))
                this.set(negated.name, 'false');
            return false;
        }
        const spec = this.byName.get(name);
        if (!spec) {
            const names = [...this.inputs.map(input => input.name), ...Object.keys(CLI_ONLY_OPTIONS)];
            const best = closest(name, names);
            this.problems.push(`unknown option --${name}${best ? ` (did you mean --${best}?)` : ''}; see --help`);
            return false;
        }
        if (isBooleanInput(spec)) {
            // `--dry-run` alone means true; `--dry-run false` only when the next word is a boolean.
            const takesWord = !inline && word !== null && BOOLEAN_WORDS.has(word);
            if (this.once(name))
                this.set(name, inline ? (value ?? '') : takesWord ? word : 'true');
            return takesWord;
        }
        if (value === undefined) {
            this.problems.push(`--${name}: missing value; expected ${flagForm(spec)}`);
        }
        else if (spec.kind === 'list')
            this.set(name, value, true);
        else if (this.once(name))
            this.set(name, value);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/fronts/cli-args.ts
// The CLI's flags: one `--<input>` flag per input of the operation (generated from its input spec,
// INPUTS for the install, so the terminal and action.yml never drift), plus a few terminal-only
// options. node:util parseArgs tokenises; this module gives the tokens their meaning. Pure: argv
// and env in, a parsed command (with validated settings) out, or a UsageError naming the flag.



const PROGRAM = 'drs-orchestrate';

/** What the positional form `ACCOUNT SOURCE_REGION TARGET_REGION` fills (the seed script's order). */
const POSITIONALS = [
    { label: 'ACCOUNT', input: 'account-id' },
    { label: 'SOURCE_REGION', input: 'source-regions' },
    { label: 'TARGET_REGION', input: 'target-region' }
];
/** The environment variable `--role-arn` defaults to, as in the seed's deploy script. */
const ROLE_ARN_ENV = 'AWS_ROLE_ARN';
/** Given, an input that replaces role-arn (many accounts): AWS_ROLE_ARN is then no default. */
const ROLE_ARN_ALTERNATIVE = 'accounts';
/** Notes for inputs every operation shares: what the terminal does differently from a job. */
const SHARED_NOTES = {
    'oidc-role-arn': 'Outside GitHub Actions leave it unset: the CLI starts from your AWS credentials (--profile, AWS_PROFILE, AWS_ACCESS_KEY_ID, SSO). Inside a job it needs ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN (permissions: id-token: write).',
    'role-session-name': 'CLI default: drs-cli-<UTC timestamp>.',
    'session-tagging': 'From the CLI, SourceIdentity is your user name ($USER), and the GitHub session tags are set only when GITHUB_* variables are present.'
};
const INSTALL_SPEC = {
    name: 'install',
    inputs: src_settings/* INPUTS */.mc,
    parse: src_settings/* parseSettings */.P$,
    notes: { 'fail-on-error': 'The CLI exits 1 when any row is failed or timed-out.' }
};
/** Inputs that take a list: repeating the flag adds to the list instead of being an error. */
const LIST_INPUTS = listInputs(src_settings/* INPUTS */.mc);
function listInputs(inputs) {
    return inputs.filter(spec => spec.kind === 'list').map(spec => spec.name);
}
/** Whether the operation takes `ACCOUNT SOURCE_REGION TARGET_REGION`. */
function takesPositionals(inputs) {
    return POSITIONALS.every(({ input }) => inputs.some(spec => spec.name === input));
}
/** The --help note of one input: generated ones (positional, env default, repeatable) first. */
function noteFor(spec, operation) {
    const notes = [];
    const positional = POSITIONALS.find(p => p.input === spec.name);
    if (positional && takesPositionals(operation.inputs))
        notes.push(`Also the positional ${positional.label}.`);
    if (spec.name === 'role-arn')
        notes.push(`Default: $${ROLE_ARN_ENV}.`);
    const text = operation.notes?.[spec.name] ?? SHARED_NOTES[spec.name];
    if (text)
        notes.push(text);
    if (spec.kind === 'list')
        notes.push('Repeatable.');
    return notes.join(' ');
}
/** The install's notes per input, as --help shows them. */
const CLI_NOTES = Object.fromEntries(src_settings/* INPUTS */.mc.map(spec => [spec.name, noteFor(spec, INSTALL_SPEC)]).filter(([, note]) => note !== ''));
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
/** Says where a value came from, so an InputError reads as the user's own words. */
function describeSource(name, source) {
    if (source?.kind === 'positional')
        return `${source.label} (positional; same as --${name})`;
    if (source?.kind === 'env')
        return `${source.name} (the default for --${name})`;
    return `--${name}`;
}
/** Input names inside an expectation become flags (`role-arn` -> `--role-arn`). */
function flagWords(text, inputs) {
    let result = text;
    for (const other of inputs) {
        if (!other.name.includes('-'))
            continue;
        result = result.replace(new RegExp(`(?<![\\w-])${other.name}(?![\\w-])`, 'g'), `--${other.name}`);
    }
    return result;
}
/** One parser problem in flag terms; the value the user gave stays as it was. */
function mapProblem(problem, spec, sources) {
    const input = spec.inputs.find(candidate => candidate.name === problem.input);
    if (!input)
        return (0,src_settings/* formatProblem */.Vw)(problem);
    const name = problem.input;
    const source = sources.get(name);
    const expected = flagWords(problem.expected, spec.inputs) + (problem.required ? ' (required)' : '');
    const got = problem.got === undefined ? '' : `, got "${problem.got}"`;
    let hint = '';
    if (problem.required && !source) {
        const positional = takesPositionals(spec.inputs) && POSITIONALS.some(p => p.input === name);
        if (name === 'role-arn')
            hint = `; pass ${flagForm(input)} or set ${ROLE_ARN_ENV}`;
        else if (positional)
            hint = `; pass ${flagForm(input)}, or ACCOUNT SOURCE_REGION TARGET_REGION`;
        else
            hint = `; pass ${flagForm(input)}`;
    }
    else if (source?.kind !== 'positional' && source?.kind !== 'env') {
        hint = ` (form: ${flagForm(input)})`;
    }
    return `${describeSource(name, source)}: expected ${expected}${got}${hint}`;
}
/** ACCOUNT SOURCE_REGION TARGET_REGION into their inputs, or a problem naming the form. */
function applyPositionals(flags, spec, commands) {
    const { positionals, problems } = flags;
    if (positionals.length === 0)
        return;
    const command = closest(positionals[0], commands);
    if (command !== null && !/^\d+$/.test(positionals[0])) {
        problems.push(positionals[0] === command
            ? `${command} must be the first argument: ${PROGRAM} ${command} [flags] (see ${PROGRAM} ${command} --help)`
            : `unknown command "${positionals[0]}" (did you mean ${command}?): ${PROGRAM} ${command} [flags]`);
        return;
    }
    if (!takesPositionals(spec.inputs)) {
        problems.push(`${PROGRAM} ${spec.name} takes no positional arguments; see --help`);
    }
    else if (positionals.length === POSITIONALS.length) {
        POSITIONALS.forEach(({ label, input }, index) => {
            if (flags.sources.has(input)) {
                problems.push(`${label} (positional) and --${input} both given; use one of them`);
                return;
            }
            flags.values.set(input, [positionals[index]]);
            flags.sources.set(input, { kind: 'positional', label });
        });
    }
    else {
        problems.push(`expected ${POSITIONALS.map(p => p.label).join(' ')} (3 positional arguments) or none, got ${positionals.length} positional argument${positionals.length === 1 ? '' : 's'}`);
    }
}
/** The CLI's defaults: AWS_ROLE_ARN for the role, drs-cli-<time> for the session name. */
function applyDefaults(flags, spec, env, now) {
    const has = (name) => spec.inputs.some(input => input.name === name);
    // Not when the SDK owns that variable (a web-identity token file names AWS_ROLE_ARN as the
    // starting role), nor when another input replaces the role.
    const roleFromEnv = env[ROLE_ARN_ENV]?.trim() ?? '';
    if (has('role-arn') &&
        !flags.values.has('role-arn') &&
        !flags.values.has(ROLE_ARN_ALTERNATIVE) &&
        roleFromEnv !== '') {
        if (env.AWS_WEB_IDENTITY_TOKEN_FILE) {
            flags.problems.push(`--role-arn: required here; ${ROLE_ARN_ENV} is not used as its default because AWS_WEB_IDENTITY_TOKEN_FILE is set (the SDK assumes ${ROLE_ARN_ENV} as the starting role)`);
        }
        else {
            flags.values.set('role-arn', [roleFromEnv]);
            flags.sources.set('role-arn', { kind: 'env', name: ROLE_ARN_ENV });
        }
    }
    if (has('role-session-name') && !flags.values.has('role-session-name'))
        flags.values.set('role-session-name', [defaultSessionName(now)]);
}
/** What only a terminal can get wrong: OIDC outside a job, OIDC with a profile. */
function terminalProblems(settings, flags, env) {
    if (!settings.oidcRoleArn)
        return;
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        flags.problems.push('--oidc-role-arn: needs a GitHub OIDC token, which exists only inside a GitHub Actions job with "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN). From a terminal, leave it unset: the CLI assumes --role-arn from your AWS credentials (--profile, AWS_PROFILE, environment keys, SSO).');
    }
    if (flags.options.profile !== null) {
        flags.problems.push('--profile and --oidc-role-arn both given: with --oidc-role-arn the starting credentials come from the OIDC token; drop one of them');
    }
}
/**
 * Parses one operation's command line (after the subcommand). `--help` and `--version` win over
 * everything else; otherwise every problem (unknown flag, missing value, invalid input) is
 * collected into one UsageError.
 */
function parseOperationArgs(spec, argv, env, options = {}) {
    const flags = new FlagReader(spec.inputs);
    flags.read(tokenize(argv, spec.inputs));
    const { help, version, ...given } = flags.options;
    const common = {
        ...given,
        profile: given.profile ?? (env.AWS_PROFILE?.trim() || null)
    };
    if (help)
        return { kind: 'help', ...common };
    if (version)
        return { kind: 'version', ...common };
    applyPositionals(flags, spec, options.commands ?? []);
    applyDefaults(flags, spec, env, options.now ?? new Date());
    let settings = null;
    try {
        settings = spec.parse(name => (flags.values.get(name) ?? []).join('\n'), cliRunContext(env));
    }
    catch (error) {
        if (!(error instanceof src_settings/* InputError */.dz))
            throw error;
        flags.problems.push(...error.issues.map(problem => mapProblem(problem, spec, flags.sources)));
    }
    if (settings)
        terminalProblems(settings, flags, env);
    if (flags.problems.length > 0 || !settings)
        throw new UsageError(flags.problems);
    return { kind: 'run', settings, ...common };
}
/** The install's command line (`drs-orchestrate [install] ...`). */
function parseCliArgs(argv, env, options = {}) {
    return parseOperationArgs(INSTALL_SPEC, argv, env, options);
}


/***/ }),

/***/ 7983:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C7: () => (/* binding */ Console),
  hj: () => (/* binding */ EXIT_FAILED),
  Ij: () => (/* binding */ EXIT_OK),
  Ri: () => (/* binding */ EXIT_USAGE),
  ji: () => (/* binding */ ambientCredentials),
  Rw: () => (/* binding */ consolePort),
  zx: () => (/* binding */ exitAfterFlush),
  Q8: () => (/* binding */ jsonDocument),
  xJ: () => (/* binding */ routeWarnings),
  ke: () => (/* binding */ startingCredentialsText),
  OQ: () => (/* binding */ tryWriteRows)
});

// UNUSED EXPORTS: writeRows

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/shared/port.ts
var port = __nccwpck_require__(7370);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __nccwpck_require__(8991);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
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

;// CONCATENATED MODULE: ./src/fronts/cli-console.ts
// What every CLI operation shares around its run: stderr for humans (log lines and one live status
// line), stdout for the result, redaction of every secret, the starting credentials (the SDK chain
// or a GitHub OIDC token), the results file and the exit after the streams have flushed.







const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const CLEAR_LINE = '\r\x1b[2K';
/**
 * stderr for humans: log lines scroll, and on a terminal one status line stays at the bottom,
 * rewritten in place (counts per region for the install, the phase for the others).
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
    static for(context) {
        const live = Boolean(process.stderr.isTTY) && context.env.TERM !== 'dumb';
        return new Console(context.redactor, live);
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
        const line = (0,progress/* renderProgressLine */.S)(this.rows, {
            elapsedMs: Date.now() - this.started,
            width: process.stderr.columns ?? 100,
            phase: this.phase
        });
        this.status = (0,report_text/* stripControl */.kU)(this.redactor.redact(line));
        process.stderr.write(`${CLEAR_LINE}${this.status}`);
    }
}
/**
 * Node's warnings (the SDK's copies each warn about the Node version) go through the console
 * once each, redacted and below the status line, instead of Node's own printer.
 */
function routeWarnings(io, env) {
    const seen = new Set();
    process.removeAllListeners('warning');
    process.on('warning', warning => {
        if (env.NODE_NO_WARNINGS === '1' || seen.has(warning.message))
            return;
        seen.add(warning.message);
        io.log(`warning: ${warning.message.replace(/\s*\n\s*/g, ' ')}`);
    });
}
/** The engine's port onto the console; the OIDC token only when the run starts from one. */
function consolePort(io, context, settings, progress) {
    const debug = context.env.RUNNER_DEBUG === '1';
    const port = {
        mask: secret => context.redactor.add(secret),
        info: message => io.log(message),
        warning: message => io.log(`warning: ${message}`),
        debug: message => {
            if (debug)
                io.log(`debug: ${message}`);
        },
        ...(progress ? { progress } : {})
    };
    if (settings.oidcRoleArn)
        port.getIdToken = audience => fetchIdToken(context.env, audience);
    return port;
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
/**
 * The starting credentials: the SDK's default chain (or --profile), each identity masked the
 * moment it exists; undefined with --oidc-role-arn, where the engine starts from the token.
 */
async function ambientCredentials(settings, command, redactor) {
    if (settings.oidcRoleArn)
        return undefined;
    const { fromNodeProviderChain } = await Promise.all(/* import() */[__nccwpck_require__.e(454035), __nccwpck_require__.e(968418)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9719, 19));
    const inner = fromNodeProviderChain({
        ...(command.profile ? { profile: command.profile } : {}),
        clientConfig: { region: settings.targetRegion }
    });
    return async (identityProperties) => {
        const identity = await inner(identityProperties);
        redactor.add(identity.accessKeyId);
        redactor.add(identity.secretAccessKey);
        if (identity.sessionToken)
            redactor.add(identity.sessionToken);
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
/**
 * Every row as JSON: at `path`, or (null) in a new file per run under the OS temp folder, the
 * time and the process id keeping runs of the same account apart.
 */
async function writeRows(path, accountId, label, rows) {
    if (path === null) {
        const stamp = new Date()
            .toISOString()
            .replace(/[-:]/g, '')
            .replace(/\.\d+Z$/, 'Z');
        return writeResultsFile((0,external_node_os_.tmpdir)(), resultsFileName(accountId, `${label}-${stamp}-${process.pid}`), rows);
    }
    const target = (0,external_node_path_.resolve)(path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, `${JSON.stringify(rows, null, 2)}\n`, 'utf8');
    return target;
}
/** The results file, or the problem writing it (reported, and the run exits 1). */
async function tryWriteRows(...args) {
    try {
        return { resultsFile: await writeRows(...args), writeProblem: null };
    }
    catch (error) {
        return {
            resultsFile: null,
            writeProblem: `Could not write the results file: ${(0,port/* errorMessage */.gJ)(error)}`
        };
    }
}
/** The `--json` document of check and drill: the shape the install's has. */
function jsonDocument(counts, rows, resultsFile, stopped) {
    return `${JSON.stringify({ counts, rows, resultsFile, stopped }, null, 2)}\n`;
}
/** Exits once stdout and stderr have taken everything written to them. */
async function exitAfterFlush(code) {
    await Promise.all([
        new Promise(done => process.stdout.write('', done)),
        new Promise(done => process.stderr.write('', done))
    ]);
    process.exit(code);
}


/***/ }),

/***/ 8805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
// EXTERNAL MODULE: ./src/fronts/cli-args.ts + 1 modules
var cli_args = __nccwpck_require__(6188);
// EXTERNAL MODULE: ./src/fronts/cli-console.ts + 1 modules
var cli_console = __nccwpck_require__(7983);
// EXTERNAL MODULE: ./src/settings/index.ts + 3 modules
var src_settings = __nccwpck_require__(6027);
// EXTERNAL MODULE: ./src/check/rows.ts
var rows = __nccwpck_require__(1931);
;// CONCATENATED MODULE: ./src/check/settings.ts
// The check action's inputs: the account and discovery inputs of the install action (validated by
// the install's own parser, so the rules live in one place) plus the check's own three.


/** The install inputs the check takes, in the order check/action.yml lists them. */
const SHARED_INPUT_NAMES = [
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
    'notify-topic-arn'
];
const DEFAULT_FAIL_ON = 'unprotected,stalled,disconnected,stopped,lagging';
// Where the install's wording is about installing, the check says what the input means for it.
const DESCRIPTION_OVERRIDES = {
    'source-regions': 'Regions whose instances are checked, separated by commas and/or newlines (e.g. us-east-1,eu-west-1).',
    'target-region': 'The DRS recovery region, where the source servers are registered.',
    'tag-filters': 'key=value pairs, separated by commas or newlines; every running instance that matches all of them should be protected.',
    'instance-ids': 'Explicit instance ids (commas, spaces or newlines). When set, tag-filters are not used, each id is looked up in every source region, and orphaned servers are not reported.',
    'notify-topic-arn': "SNS topic for the check's result (coverage, counts, the rows that need attention), published in the topic's region with the target-role credentials. A failed publish is a warning."
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
        description: `Statuses that fail the step (commas, spaces or newlines): any of ${rows/* CHECK_STATUSES */.Qw.join(', ')}; none for never. failed always fails the step.`
    }
];
const CHECK_INPUTS = [
    ...SHARED_INPUT_NAMES.map(name => {
        const spec = src_settings/* INPUTS */.mc.find(input => input.name === name);
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
    return rows/* CHECK_STATUSES */.Qw.includes(word);
}
/** The check's own inputs; problems go to `fail`. */
function parseOwnInputs(read, problems) {
    const reader = (0,src_settings/* inputReader */.cN)(CHECK_INPUTS, read);
    const lagText = reader.get('max-lag-minutes');
    if (!NUMBER.test(lagText)) {
        reader.fail('max-lag-minutes', 'a number of minutes, 0 or more (fractions allowed)', lagText);
    }
    const drillText = reader.get('max-drill-age-days');
    if (drillText !== '' && (!NUMBER.test(drillText) || !(Number(drillText) > 0))) {
        reader.fail('max-drill-age-days', 'a number of days above 0, or unset', drillText);
    }
    const words = (0,src_settings/* splitList */.ry)(reader.get('fail-on'), true);
    const failOn = new Set(['failed']);
    for (const word of words) {
        if (isCheckStatus(word))
            failOn.add(word);
        else if (word !== 'none') {
            reader.fail('fail-on', `check statuses (${rows/* CHECK_STATUSES */.Qw.join(', ')}) or none`, word);
        }
    }
    if (words.includes('none') && words.length > 1) {
        reader.fail('fail-on', 'none on its own, or a list of statuses', words.join(','));
    }
    problems.push(...reader.problems);
    return {
        maxLagMinutes: Number(lagText),
        maxDrillAgeDays: drillText === '' ? null : Number(drillText),
        failOn: rows/* CHECK_STATUSES */.Qw.filter(status => failOn.has(status))
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
        base = (0,src_settings/* parseSettings */.P$)(name => (shared.has(name) ? read(name) : ''), run);
    }
    catch (error) {
        if (!(error instanceof src_settings/* InputError */.dz))
            throw error;
        problems.push(...error.issues);
    }
    const own = parseOwnInputs(read, problems);
    if (problems.length > 0 || !base)
        throw new src_settings/* InputError */.dz(problems);
    return {
        roleArn: base.roleArn,
        partition: base.partition,
        accountId: base.accountId,
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

// EXTERNAL MODULE: ./src/initialize/settings.ts
var settings = __nccwpck_require__(6969);
;// CONCATENATED MODULE: ./src/fronts/cli-operations.ts
// The CLI's subcommands, one entry each: the operation's input spec and parser (its flags are
// generated from them), its help text, and its run, loaded only once the flags are valid. Adding an
// operation is one entry here (and its own cli-<name>.ts run module).




const ROLE = 'arn:aws:iam::160885257264:role/DRSOrchestrationRole';
const INSTALL = {
    ...cli_args/* INSTALL_SPEC */.eD,
    summary: 'install the DRS agent through SSM on tagged instances (the default)',
    title: [
        `${cli_args/* PROGRAM */.RX}: install the AWS Elastic Disaster Recovery agent on tagged EC2 instances through`,
        'SSM, across the regions of one account (the drs-orchestration-action engine, from a terminal).'
    ],
    usage: [
        '[options] --role-arn ARN --source-regions REGIONS --target-region REGION',
        `[options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: --role-arn or $${cli_args/* ROLE_ARN_ENV */.jt})`
    ],
    exitCodes: [
        'Exit codes: 0 done; 1 the run failed (role assumption, DRS not initialised, cancelled) or, with',
        'fail-on-error (the default), a row is failed or timed-out; 2 bad usage (nothing was called).'
    ],
    examples: [
        `AWS_ROLE_ARN=${ROLE} \\`,
        `  ${cli_args/* PROGRAM */.RX} 160885257264 us-east-1 us-west-2`,
        `${cli_args/* PROGRAM */.RX} --profile central --role-arn ${ROLE} \\`,
        '  --external-id DRSOrchestration2024 --source-regions us-east-1,eu-west-1 \\',
        '  --target-region us-west-2 --dry-run'
    ],
    run: async (command, context) => (await __nccwpck_require__.e(/* import() */ 370198).then(__nccwpck_require__.bind(__nccwpck_require__, 6723))).runInstall(command, context)
};
const CHECK = {
    name: 'check',
    inputs: CHECK_INPUTS,
    parse: parseCheckSettings,
    notes: {
        'fail-on': 'The CLI exits 1 when any row has one of these statuses (failed always counts), 0 otherwise.'
    },
    summary: 'the protection check (read-only): is every tagged instance replicating?',
    title: [
        `${cli_args/* PROGRAM */.RX} check: the protection check, read-only. Is every running tagged instance's DRS`,
        'source server replicating, within max-lag-minutes, and (optionally) drilled recently? Orphaned',
        'source servers (instance gone, stopped or untagged) are reported too.'
    ],
    usage: [
        'check [options] --role-arn ARN --source-regions REGIONS --target-region REGION',
        `check [options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: $${cli_args/* ROLE_ARN_ENV */.jt})`
    ],
    exitCodes: [
        'Exit codes: 0 no row has a status in fail-on; 1 a row does (failed always counts), or the check',
        'stopped (role assumption, DRS not initialised); 2 bad usage (nothing was called).'
    ],
    examples: [
        `AWS_ROLE_ARN=${ROLE} \\`,
        `  ${cli_args/* PROGRAM */.RX} check 160885257264 us-east-1,eu-west-1 us-west-2 --max-drill-age-days 90`,
        `${cli_args/* PROGRAM */.RX} check --profile central \\`,
        `  --role-arn ${ROLE} \\`,
        '  --source-regions us-east-1 --target-region us-west-2 --fail-on failed --json'
    ],
    run: async (command, context) => (await Promise.all(/* import() */[__nccwpck_require__.e(100653), __nccwpck_require__.e(606158)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7883))).runCheckCommand(command, context)
};
const DRILL = {
    name: 'drill',
    inputs: DRILL_INPUTS,
    parse: parseDrillSettings,
    notes: {
        'fail-on-error': 'The CLI exits 1 when any row is failed, timed-out or not-started.',
        cleanup: 'Ctrl-C (SIGINT) or SIGTERM: the CLI stops launching, terminates and confirms what this run launched (as cleanup says), then exits 1; a second signal exits at once, naming what may be left.'
    },
    summary: 'launch drill instances in waves, measure RTO/RPO, terminate them',
    title: [
        `${cli_args/* PROGRAM */.RX} drill: launch DRS drill instances for the protected servers in waves, wait until`,
        'they are healthy, measure RTO and RPO per server, and terminate what this run launched (also',
        'when interrupted).'
    ],
    usage: [
        'drill [options] --role-arn ARN --source-regions REGIONS --target-region REGION',
        `drill [options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: $${cli_args/* ROLE_ARN_ENV */.jt})`
    ],
    exitCodes: [
        'Exit codes: 0 done; 1 the drill stopped (role assumption, DRS, cancelled), a termination could',
        'not be confirmed, or with fail-on-error (the default) a row is failed, timed-out or not-started;',
        '2 bad usage (nothing was called).'
    ],
    examples: [
        `AWS_ROLE_ARN=${ROLE} \\`,
        `  ${cli_args/* PROGRAM */.RX} drill 160885257264 us-east-1 us-west-2 --dry-run`,
        `${cli_args/* PROGRAM */.RX} drill --role-arn ${ROLE} \\`,
        '  --source-regions us-east-1 --target-region us-west-2 --health-check ssm \\',
        '  --results-file evidence/drill.json'
    ],
    run: async (command, context) => (await Promise.all(/* import() */[__nccwpck_require__.e(100653), __nccwpck_require__.e(844062)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5571))).runDrillCommand(command, context)
};
const INITIALIZE_DRS = {
    name: 'initialize-drs',
    inputs: settings/* INITIALIZE_INPUTS */.HF,
    parse: settings/* parseInitializeSettings */.hL,
    notes: {
        'dry-run': 'The CLI exits 0 after a dry run, whatever it found.'
    },
    summary: 'initialise DRS in the recovery region and create its default replication template',
    title: [
        `${cli_args/* PROGRAM */.RX} initialize-drs: initialise AWS Elastic Disaster Recovery in one account's recovery`,
        'region (drs:InitializeService) and create the default replication configuration template if',
        'there is none. Idempotent: a second run only reads.'
    ],
    usage: [
        'initialize-drs --role-arn ARN --target-region REGION --staging-subnet-id ID ...',
        `initialize-drs ...  (--role-arn defaults to $${cli_args/* ROLE_ARN_ENV */.jt}; no positional form)`
    ],
    exitCodes: [
        'Exit codes: 0 DRS is initialised (by this run or before) or the dry run finished; 1 the run',
        'failed (role assumption, a missing permission, results file not writable, interrupted); 2 bad',
        'usage (nothing was called).'
    ],
    examples: [
        `AWS_ROLE_ARN=${ROLE} \\`,
        `  ${cli_args/* PROGRAM */.RX} initialize-drs --target-region us-west-2 \\`,
        '  --staging-subnet-id subnet-0123456789abcdef0',
        `${cli_args/* PROGRAM */.RX} initialize-drs --profile central \\`,
        `  --role-arn ${ROLE} \\`,
        '  --target-region us-west-2 --staging-subnet-id subnet-0123456789abcdef0 --dry-run --json'
    ],
    run: async (command, context) => (await __nccwpck_require__.e(/* import() */ 524823).then(__nccwpck_require__.bind(__nccwpck_require__, 7402))).runInitializeCommand(command, context)
};
/** The subcommands; the first is what runs when the command line names none. */
const OPERATIONS = [
    INSTALL,
    CHECK,
    DRILL,
    INITIALIZE_DRS
];
const DEFAULT_OPERATION = OPERATIONS[0];
/** The operation argv names (its first argument), and the arguments after that name. */
function selectOperation(argv) {
    const operation = OPERATIONS.find(candidate => candidate.name === argv[0]);
    return operation
        ? { operation, args: argv.slice(1), named: true }
        : { operation: DEFAULT_OPERATION, args: argv, named: false };
}

;// CONCATENATED MODULE: ./src/fronts/cli-help.ts
// The --help text of each subcommand, generated from its input spec (name, required, default,
// description, the CLI's notes), so a new input shows up here as it shows up in action.yml.


const OPTION_TEXT = {
    profile: 'Starting AWS profile (same as AWS_PROFILE). Default: the SDK chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, process, instance role).',
    json: 'Print {counts, rows, resultsFile, stopped} as JSON: the only thing written to stdout (logs go to stderr).',
    'results-file': 'Write every row as JSON to PATH. Default: a new file under the OS temp folder, named in the output.',
    help: 'Print this help.',
    version: 'Print the version.'
};
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
/** The command list, shown by `drs-orchestrate --help`. */
function commandList(operations) {
    const width = Math.max(...operations.map(op => op.name.length));
    return [
        `Commands (${cli_args/* PROGRAM */.RX} COMMAND --help shows a command's flags):`,
        ...operations.map(op => `  ${op.name.padEnd(width)}  ${op.summary}`),
        ''
    ];
}
/**
 * The --help text of one operation. The default operation's (the top-level help) also lists
 * every command.
 */
function helpText(operation = DEFAULT_OPERATION, operations = OPERATIONS) {
    const out = [...operation.title, '', 'Usage:'];
    for (const line of operation.usage)
        out.push(`  ${cli_args/* PROGRAM */.RX} ${line}`);
    out.push('');
    if (operation === DEFAULT_OPERATION)
        out.push(...commandList(operations));
    out.push('Inputs (one flag per action input; --flag=VALUE works too):');
    for (const spec of operation.inputs) {
        const facts = [];
        if (spec.required)
            facts.push('required');
        if (spec.default !== undefined)
            facts.push(`default: ${spec.default}`);
        out.push(`  ${(0,cli_args/* flagForm */.VS)(spec)}${facts.length > 0 ? `    (${facts.join('; ')})` : ''}`);
        out.push(...wrap(spec.description, 6));
        const note = (0,cli_args/* noteFor */.Yr)(spec, operation);
        if (note)
            out.push(...wrap(note, 6));
    }
    out.push('', 'CLI options:');
    for (const [name, option] of Object.entries(cli_args/* CLI_ONLY_OPTIONS */.hM)) {
        out.push(`  ${option.form}`, ...wrap(OPTION_TEXT[name], 6));
    }
    out.push('', 'Starting credentials: the AWS SDK default chain (--profile / AWS_PROFILE, environment keys, SSO,', 'credential_process, instance or container role); role-arn is assumed from them. AWS_ENDPOINT_URL,', 'AWS_RETRY_MODE and AWS_MAX_ATTEMPTS are honoured. RUNNER_DEBUG=1 prints debug lines.', '', ...operation.exitCodes, '', 'Examples:', ...operation.examples.map(line => `  ${line}`), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/shared/port.ts
var port = __nccwpck_require__(7370);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __nccwpck_require__(8991);
;// CONCATENATED MODULE: ./src/fronts/cli.ts
// The terminal front: picks the subcommand (install when none is named), parses its flags, and
// hands the validated command to the operation's run, which reports and returns the exit code.
// Never imports @actions/core.







const VERSION = package_namespaceObject.rE;
/** Runs the CLI and returns its exit code (0 done, 1 failed, 2 bad usage). */
async function cli(argv, env, redactor) {
    // Defence in depth: secrets the environment already holds never reach the terminal.
    for (const name of [
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
    ])
        redactor.add(env[name]);
    const { operation, args, named } = selectOperation(argv);
    const helpCommand = named ? `${cli_args/* PROGRAM */.RX} ${operation.name} --help` : `${cli_args/* PROGRAM */.RX} --help`;
    let command;
    try {
        command = (0,cli_args/* parseOperationArgs */.cl)(operation, args, env, {
            commands: OPERATIONS.map(op => op.name)
        });
    }
    catch (error) {
        if (!(error instanceof cli_args/* UsageError */.eb))
            throw error;
        process.stderr.write(redactor.redact(`${cli_args/* PROGRAM */.RX}: ${error.message}\nRun "${helpCommand}" for the flags.\n`));
        return cli_console/* EXIT_USAGE */.Ri;
    }
    if (command.kind === 'help') {
        process.stdout.write(helpText(operation));
        return cli_console/* EXIT_OK */.Ij;
    }
    if (command.kind === 'version') {
        process.stdout.write(`${cli_args/* PROGRAM */.RX} ${VERSION}\n`);
        return cli_console/* EXIT_OK */.Ij;
    }
    return operation.run(command, { env, redactor, version: VERSION });
}
/** The CLI's whole life: parse, run, report, exit with the code. */
async function main() {
    // A closed pipe (`| head`) is not worth a stack trace; the exit code still tells the outcome.
    process.stdout.on('error', error => {
        if (error.code !== 'EPIPE')
            throw error;
    });
    const redactor = new progress/* Redactor */.pO();
    try {
        return await (0,cli_console/* exitAfterFlush */.zx)(await cli(process.argv.slice(2), process.env, redactor));
    }
    catch (error) {
        process.stderr.write(redactor.redact(`${cli_args/* PROGRAM */.RX}: unexpected error: ${(0,port/* errorMessage */.gJ)(error)}\n`));
        return await (0,cli_console/* exitAfterFlush */.zx)(cli_console/* EXIT_FAILED */.hj);
    }
}


/***/ }),

/***/ 1255:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runUrl),
/* harmony export */   w: () => (/* binding */ runContextFromEnv)
/* harmony export */ });
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


/***/ }),

/***/ 6969:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ INITIALIZE_INPUTS),
/* harmony export */   hL: () => (/* binding */ parseInitializeSettings)
/* harmony export */ });
/* unused harmony exports INITIALIZE_SHARED_INPUTS, DEFAULT_REPLICATION_SERVER_TYPE, DEFAULT_RETENTION_DAYS, DATA_PLANE_ROUTINGS, INITIALIZE_OUTPUTS, MAX_SECURITY_GROUPS */
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6027);
// The initialize-drs inputs: the install's role-chain inputs and target-region (validated by the
// install's own parser, so the rules live in one place) plus the replication template's own.
// Pure: raw strings in, one InitializeSettings out, or one InputError holding every problem.

/** The install inputs initialize-drs takes, in the order initialize-drs/action.yml lists them. */
const INITIALIZE_SHARED_INPUTS = [
    'role-arn',
    'account-id',
    'external-id',
    'target-region',
    'oidc-role-arn',
    'audience',
    'role-session-name',
    'role-duration-seconds',
    'session-tagging',
    'dry-run'
];
/** The console's default replication server type (the smallest the DRS console offers). */
const DEFAULT_REPLICATION_SERVER_TYPE = 't3.small';
/** DRS's default day-rule retention of point-in-time snapshots (1 to 365 allowed). */
const DEFAULT_RETENTION_DAYS = '7';
const DATA_PLANE_ROUTINGS = ['private-ip', 'public-ip'];
const DESCRIPTION_OVERRIDES = {
    'target-region': 'The DRS recovery region to initialise (where the replication servers and staging disks live).',
    'dry-run': 'Read what is there and say what would change; initialise nothing and create no template.'
};
const OWN_INPUTS = [
    {
        name: 'staging-subnet-id',
        kind: 'text',
        required: true,
        description: 'Subnet (subnet-xxxxxxxx, in target-region) for the replication servers of the default replication template. Used only when no template exists yet.'
    },
    {
        name: 'replication-server-instance-type',
        kind: 'text',
        required: false,
        default: DEFAULT_REPLICATION_SERVER_TYPE,
        description: 'EC2 instance type of the replication servers (e.g. t3.small, m5.large).'
    },
    {
        name: 'security-group-ids',
        kind: 'list',
        required: false,
        description: 'Security groups (sg-xxxxxxxx, commas, spaces or newlines) for the replication servers. Unset: DRS creates and uses its default security group (TCP 1500 in, 443 out).'
    },
    {
        name: 'data-plane-routing',
        kind: 'text',
        required: false,
        default: 'private-ip',
        description: 'How the agents reach the replication servers: private-ip (VPN, Direct Connect or VPC peering to the staging subnet) or public-ip (a public IP on each replication server).'
    },
    {
        name: 'snapshot-retention-days',
        kind: 'text',
        required: false,
        default: DEFAULT_RETENTION_DAYS,
        description: 'Days of daily point-in-time snapshots to keep, 1 to 365 (the 10-minute and hourly rules are fixed by DRS).'
    }
];
const INITIALIZE_INPUTS = [
    ...INITIALIZE_SHARED_INPUTS.map(name => {
        const spec = _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.find(input => input.name === name);
        if (!spec)
            throw new Error(`the install has no input ${name}`);
        return { ...spec, description: DESCRIPTION_OVERRIDES[name] ?? spec.description };
    }),
    ...OWN_INPUTS
];
const INITIALIZE_OUTPUTS = [
    {
        name: 'initialized',
        description: 'true: this run initialised DRS in target-region. already: it was initialised before. false: a dry run found it not initialised (nothing changed).'
    },
    {
        name: 'template-id',
        description: 'The replication configuration template id (rct-...): the one found, or the one created; empty in a dry run that would create one.'
    },
    { name: 'template-created', description: 'true when this run created the template.' }
];
/** DRS's patterns (CreateReplicationConfigurationTemplate): subnet-/sg- and 8 or more hex digits. */
const SUBNET_ID = /^subnet-[0-9a-fA-F]{8,}$/;
const SECURITY_GROUP_ID = /^sg-[0-9a-fA-F]{8,}$/;
/** At most 32 security groups per template (DRS's limit). */
const MAX_SECURITY_GROUPS = 32;
/** An EC2 instance type name: family, optional generation/attributes, a dot, a size. */
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+$/;
function parseOwnInputs(read, problems) {
    const reader = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)(INITIALIZE_INPUTS, read);
    const subnet = reader.required('staging-subnet-id', 'a subnet id like subnet-0123456789abcdef0');
    if (subnet !== '' && !SUBNET_ID.test(subnet)) {
        reader.fail('staging-subnet-id', 'a subnet id like subnet-0123456789abcdef0', subnet);
    }
    const instanceType = reader.get('replication-server-instance-type');
    if (!INSTANCE_TYPE.test(instanceType) || instanceType.length > 255) {
        reader.fail('replication-server-instance-type', 'an EC2 instance type like t3.small', instanceType);
    }
    const groups = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unique */ .Am)((0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(reader.get('security-group-ids'), true));
    for (const group of groups) {
        if (!SECURITY_GROUP_ID.test(group)) {
            reader.fail('security-group-ids', 'security group ids like sg-0123456789abcdef0', group);
        }
    }
    if (groups.length > MAX_SECURITY_GROUPS) {
        reader.fail('security-group-ids', `at most ${MAX_SECURITY_GROUPS} security groups (DRS's limit)`, `${groups.length} groups`);
    }
    const routing = reader.get('data-plane-routing');
    if (!DATA_PLANE_ROUTINGS.includes(routing)) {
        reader.fail('data-plane-routing', DATA_PLANE_ROUTINGS.join(' or '), routing);
    }
    const retention = reader.get('snapshot-retention-days');
    const retentionDays = Number(retention);
    if (!/^\d+$/.test(retention) || retentionDays < 1 || retentionDays > 365) {
        reader.fail('snapshot-retention-days', 'a whole number of days from 1 to 365', retention);
    }
    problems.push(...reader.problems);
    return {
        stagingSubnetId: subnet,
        replicationServerInstanceType: instanceType,
        securityGroupIds: groups,
        dataPlaneRouting: routing,
        retentionDays
    };
}
/**
 * Parses the initialize-drs inputs, reporting every problem at once. The shared inputs go through
 * the install's parser; its other inputs read as unset (source-regions as target-region, which it
 * requires), and only problems with this action's own inputs are reported.
 */
function parseInitializeSettings(read, run) {
    const shared = new Set(INITIALIZE_SHARED_INPUTS);
    const problems = [];
    let base = null;
    try {
        base = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSettings */ .P$)(name => {
            if (name === 'source-regions')
                return read('target-region');
            return shared.has(name) ? read(name) : '';
        }, run);
    }
    catch (error) {
        if (!(error instanceof _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw error;
        problems.push(...error.issues.filter(issue => shared.has(issue.input)));
    }
    const own = parseOwnInputs(read, problems);
    if (problems.length > 0 || !base)
        throw new _settings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    return {
        roleArn: base.roleArn,
        partition: base.partition,
        accountId: base.accountId,
        externalId: base.externalId,
        targetRegion: base.targetRegion,
        oidcRoleArn: base.oidcRoleArn,
        audience: base.audience,
        roleSessionName: base.roleSessionName,
        roleDurationSeconds: base.roleDurationSeconds,
        sessionTagging: base.sessionTagging,
        dryRun: base.dryRun,
        run: base.run,
        ...own
    };
}


/***/ }),

/***/ 8991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ jsonReport),
/* harmony export */   S: () => (/* binding */ renderProgressLine),
/* harmony export */   pO: () => (/* binding */ Redactor)
/* harmony export */ });
/* unused harmony exports regionProgress, formatElapsed */
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8850);

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
    const report = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .asReport */ .z)(source);
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
  WD: () => (/* reexport */ FALSE_WORDS),
  mc: () => (/* reexport */ INPUTS),
  dz: () => (/* reexport */ InputError),
  VJ: () => (/* reexport */ TRUE_WORDS),
  Vw: () => (/* reexport */ formatProblem),
  cN: () => (/* reexport */ inputReader),
  P$: () => (/* reexport */ parseSettings),
  ni: () => (/* reexport */ regionOfTopic),
  Q_: () => (/* reexport */ sanitiseSessionName),
  ry: () => (/* reexport */ splitList),
  Am: () => (/* reexport */ unique)
});

// UNUSED EXPORTS: ACCOUNT_ID, CONTROL_CHARACTERS, COUNT_OUTPUTS, DEFAULT_DOCUMENT, DRS_MAX_TAGS, OUTPUTS, PARTITION, REGION, ROLE_LIMITS, ROLE_NAME_MAX, ROLE_PATH_MAX, audienceProblem, isRoleName, parseBoolean, parsePairs, parseRoleArn, parseTopicArn, regionPartition, roleArnExpected

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

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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
