// The CLI's subcommands, one entry each: the operation's input spec and parser (its flags are
// generated from them), its help text, and its run, loaded only once the flags are valid. Adding an
// operation is one entry here (and its own cli-<name>.ts run module).
import {
  INSTALL_SPEC,
  PROGRAM,
  ROLE_ARN_ENV,
  type CliSettings,
  type CliSpec,
  type RunCommand
} from './cli-args.js'
import type { CliContext } from './cli-console.js'
import { CHECK_INPUTS, parseCheckSettings, type CheckSettings } from '../check/settings.js'
import { DRILL_INPUTS, parseDrillSettings, type DrillSettings } from '../drill/settings.js'
import {
  INITIALIZE_INPUTS,
  parseInitializeSettings,
  type InitializeSettings
} from '../initialize/settings.js'
import type { Settings } from '../settings/index.js'

export interface CliOperation<S extends CliSettings = CliSettings> extends CliSpec<S> {
  /** One line in the command list. */
  summary: string
  /** The first lines of --help: what it does. */
  title: readonly string[]
  /** Usage lines, after the program name. */
  usage: readonly string[]
  exitCodes: readonly string[]
  examples: readonly string[]
  run(command: RunCommand<S>, context: CliContext): Promise<number>
}

const ROLE = 'arn:aws:iam::160885257264:role/DRSOrchestrationRole'

export const INSTALL: CliOperation<Settings> = {
  ...INSTALL_SPEC,
  summary: 'install the DRS agent through SSM on tagged instances (the default)',
  title: [
    `${PROGRAM}: install the AWS Elastic Disaster Recovery agent on tagged EC2 instances through`,
    'SSM, across the regions of one account (the drs-orchestration-action engine, from a terminal).'
  ],
  usage: [
    '[options] --role-arn ARN --source-regions REGIONS --target-region REGION',
    `[options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: --role-arn or $${ROLE_ARN_ENV})`
  ],
  exitCodes: [
    'Exit codes: 0 done; 1 the run failed (role assumption, DRS not initialised, cancelled) or, with',
    'fail-on-error (the default), a row is failed or timed-out; 2 bad usage (nothing was called).'
  ],
  examples: [
    `AWS_ROLE_ARN=${ROLE} \\`,
    `  ${PROGRAM} 160885257264 us-east-1 us-west-2`,
    `${PROGRAM} --profile central --role-arn ${ROLE} \\`,
    '  --external-id DRSOrchestration2024 --source-regions us-east-1,eu-west-1 \\',
    '  --target-region us-west-2 --dry-run'
  ],
  run: async (command, context) => (await import('./cli-install.js')).runInstall(command, context)
}

export const CHECK: CliOperation<CheckSettings> = {
  name: 'check',
  inputs: CHECK_INPUTS,
  parse: parseCheckSettings,
  notes: {
    'fail-on':
      'The CLI exits 1 when any row has one of these statuses (failed always counts), 0 otherwise.'
  },
  summary: 'the protection check (read-only): is every tagged instance replicating?',
  title: [
    `${PROGRAM} check: the protection check, read-only. Is every running tagged instance's DRS`,
    'source server replicating, within max-lag-minutes, and (optionally) drilled recently? Orphaned',
    'source servers (instance gone, stopped or untagged) are reported too.'
  ],
  usage: [
    'check [options] --role-arn ARN --source-regions REGIONS --target-region REGION',
    `check [options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: $${ROLE_ARN_ENV})`
  ],
  exitCodes: [
    'Exit codes: 0 no row has a status in fail-on; 1 a row does (failed always counts), or the check',
    'stopped (role assumption, DRS not initialised); 2 bad usage (nothing was called).'
  ],
  examples: [
    `AWS_ROLE_ARN=${ROLE} \\`,
    `  ${PROGRAM} check 160885257264 us-east-1,eu-west-1 us-west-2 --max-drill-age-days 90`,
    `${PROGRAM} check --profile central \\`,
    `  --role-arn ${ROLE} \\`,
    '  --source-regions us-east-1 --target-region us-west-2 --fail-on failed --json'
  ],
  run: async (command, context) =>
    (await import('./cli-check.js')).runCheckCommand(command, context)
}

export const DRILL: CliOperation<DrillSettings> = {
  name: 'drill',
  inputs: DRILL_INPUTS,
  parse: parseDrillSettings,
  notes: {
    'fail-on-error': 'The CLI exits 1 when any row is failed, timed-out or not-started.',
    cleanup:
      'Ctrl-C (SIGINT) or SIGTERM: the CLI stops launching, terminates and confirms what this run launched (as cleanup says), then exits 1; a second signal exits at once, naming what may be left.'
  },
  summary: 'launch drill instances in waves, measure RTO/RPO, terminate them',
  title: [
    `${PROGRAM} drill: launch DRS drill instances for the protected servers in waves, wait until`,
    'they are healthy, measure RTO and RPO per server, and terminate what this run launched (also',
    'when interrupted).'
  ],
  usage: [
    'drill [options] --role-arn ARN --source-regions REGIONS --target-region REGION',
    `drill [options] ACCOUNT SOURCE_REGION TARGET_REGION  (role: $${ROLE_ARN_ENV})`
  ],
  exitCodes: [
    'Exit codes: 0 done; 1 the drill stopped (role assumption, DRS, cancelled), a termination could',
    'not be confirmed, or with fail-on-error (the default) a row is failed, timed-out or not-started;',
    '2 bad usage (nothing was called).'
  ],
  examples: [
    `AWS_ROLE_ARN=${ROLE} \\`,
    `  ${PROGRAM} drill 160885257264 us-east-1 us-west-2 --dry-run`,
    `${PROGRAM} drill --role-arn ${ROLE} \\`,
    '  --source-regions us-east-1 --target-region us-west-2 --health-check ssm \\',
    '  --results-file evidence/drill.json'
  ],
  run: async (command, context) =>
    (await import('./cli-drill.js')).runDrillCommand(command, context)
}

export const INITIALIZE_DRS: CliOperation<InitializeSettings> = {
  name: 'initialize-drs',
  inputs: INITIALIZE_INPUTS,
  parse: parseInitializeSettings,
  notes: {
    'dry-run': 'The CLI exits 0 after a dry run, whatever it found.'
  },
  summary: 'initialise DRS in the recovery region and create its default replication template',
  title: [
    `${PROGRAM} initialize-drs: initialise AWS Elastic Disaster Recovery in one account's recovery`,
    'region (drs:InitializeService) and create the default replication configuration template if',
    'there is none. Idempotent: a second run only reads.'
  ],
  usage: [
    'initialize-drs --role-arn ARN --target-region REGION --staging-subnet-id ID ...',
    `initialize-drs ...  (--role-arn defaults to $${ROLE_ARN_ENV}; no positional form)`
  ],
  exitCodes: [
    'Exit codes: 0 DRS is initialised (by this run or before) or the dry run finished; 1 the run',
    'failed (role assumption, a missing permission, results file not writable, interrupted); 2 bad',
    'usage (nothing was called).'
  ],
  examples: [
    `AWS_ROLE_ARN=${ROLE} \\`,
    `  ${PROGRAM} initialize-drs --target-region us-west-2 \\`,
    '  --staging-subnet-id subnet-0123456789abcdef0',
    `${PROGRAM} initialize-drs --profile central \\`,
    `  --role-arn ${ROLE} \\`,
    '  --target-region us-west-2 --staging-subnet-id subnet-0123456789abcdef0 --dry-run --json'
  ],
  run: async (command, context) =>
    (await import('./cli-initialize.js')).runInitializeCommand(command, context)
}

/** The subcommands; the first is what runs when the command line names none. */
export const OPERATIONS: readonly CliOperation[] = [
  INSTALL,
  CHECK,
  DRILL,
  INITIALIZE_DRS
] as CliOperation[]

export const DEFAULT_OPERATION: CliOperation = OPERATIONS[0]

/** The operation argv names (its first argument), and the arguments after that name. */
export function selectOperation(argv: readonly string[]): {
  operation: CliOperation
  args: readonly string[]
  named: boolean
} {
  const operation = OPERATIONS.find(candidate => candidate.name === argv[0])
  return operation
    ? { operation, args: argv.slice(1), named: true }
    : { operation: DEFAULT_OPERATION, args: argv, named: false }
}
