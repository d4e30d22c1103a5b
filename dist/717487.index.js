export const id = 717487;
export const ids = [717487];
export const modules = {

/***/ 3482:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _fronts_initialize_drs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8674);
// The initialize-drs action's entry (initialize-drs/action.yml `main`): everything happens in
// fronts/initialize-drs.ts.

await (0,_fronts_initialize_drs_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
/* harmony import */ var _runner_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1474);
/* harmony import */ var _initialize_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6969);
/* harmony import */ var _initialize_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1866);
/* harmony import */ var _shared_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7370);
/* harmony import */ var _report_channels_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5061);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1255);
// The initialize-drs action front (initialize-drs/action.yml): the only module of this action that
// talks to the runner (@actions/core) or reads the environment. Inputs are checked before any
// token request or AWS call; the operation lives in src/initialize/.







const USER_AGENT = 'drs-orchestration-action/initialize-drs';
const port = (0,_runner_port_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Q)();
async function run() {
    let settings;
    try {
        settings = (0,_initialize_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInitializeSettings */ .hL)(name => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name), (0,_run_context_js__WEBPACK_IMPORTED_MODULE_5__/* .runContextFromEnv */ .w)(process.env));
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_port_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error));
        return;
    }
    if (settings.externalId)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(settings.externalId);
    try {
        // Loaded after the input check so invalid input fails fast and start-up stays small.
        const { runInitializeDrs } = await Promise.all(/* import() */[__webpack_require__.e(454035), __webpack_require__.e(441443), __webpack_require__.e(945051), __webpack_require__.e(654800), __webpack_require__.e(495030)]).then(__webpack_require__.bind(__webpack_require__, 7076));
        const result = await runInitializeDrs(settings, port, {
            env: process.env,
            userAgent: USER_AGENT
        });
        await (0,_report_channels_js__WEBPACK_IMPORTED_MODULE_4__/* .channel */ .Ix)('step outputs', 'GITHUB_OUTPUT must name a writable file (the runner sets it).', true, () => (0,_report_channels_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutputs */ .n0)((0,_initialize_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .initializeOutputs */ .tp)(result)));
        await (0,_report_channels_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .Sy)(() => (0,_initialize_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderInitializeSummary */ .j1)(settings, result), 'the step outputs and the log hold the result');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_initialize_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .initializeLogLine */ .$T)(settings, result));
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_shared_port_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error));
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

/***/ 6969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ INITIALIZE_INPUTS),
/* harmony export */   hL: () => (/* binding */ parseInitializeSettings)
/* harmony export */ });
/* unused harmony exports INITIALIZE_SHARED_INPUTS, DEFAULT_REPLICATION_SERVER_TYPE, DEFAULT_RETENTION_DAYS, DATA_PLANE_ROUTINGS, INITIALIZE_OUTPUTS, MAX_SECURITY_GROUPS */
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8323);
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
// One account per step (a matrix or shards run it per account): role-arn names it.
const DESCRIPTION_OVERRIDES = {
    'role-arn': 'Target-account role to assume, arn:<partition>:iam::<12-digit account>:role/<path/name>.',
    'account-id': 'Target account id (12 digits). Defaults to the account in role-arn and must equal it.',
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
        return {
            ...spec,
            required: spec.required || name === 'role-arn',
            description: DESCRIPTION_OVERRIDES[name] ?? spec.description
        };
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
