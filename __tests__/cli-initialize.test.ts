// `drs-orchestrate initialize-drs` (pure parts): the table entry, its flags (generated from
// INITIALIZE_INPUTS), usage errors before any call, --help, and what the run prints.
import { describe, expect, test } from '@jest/globals'
import {
  flagForm,
  parseOperationArgs,
  UsageError,
  type CliCommand
} from '../src/fronts/cli-args.js'
import { helpText } from '../src/fronts/cli-help.js'
import { initializeDocument, renderInitializeTerminal } from '../src/fronts/cli-initialize.js'
import { INITIALIZE_DRS, OPERATIONS, selectOperation } from '../src/fronts/cli-operations.js'
import type { InitializeResult } from '../src/initialize/drs.js'
import { INITIALIZE_INPUTS, type InitializeSettings } from '../src/initialize/settings.js'

const ROLE_ARN = 'arn:aws:iam::160885257264:role/DRSOrchestrationRole'
const SUBNET = 'subnet-0123456789abcdef0'
const NOW = new Date('2025-03-04T05:06:07.890Z')
const ENV: NodeJS.ProcessEnv = { PATH: '/usr/bin' }
const MINIMAL = [
  '--role-arn',
  ROLE_ARN,
  '--target-region',
  'us-west-2',
  '--staging-subnet-id',
  SUBNET
]
const commands = OPERATIONS.map(op => op.name)

function parse(argv: readonly string[], env = ENV): CliCommand<InitializeSettings> {
  return parseOperationArgs(INITIALIZE_DRS, argv, env, { now: NOW, commands })
}

function settingsOf(argv: readonly string[], env = ENV): InitializeSettings {
  const command = parse(argv, env)
  if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`)
  return command.settings
}

function problemOf(argv: readonly string[], env = ENV): string {
  try {
    parse(argv, env)
  } catch (error) {
    if (error instanceof UsageError) return error.message
    throw error
  }
  throw new Error(`no UsageError for ${JSON.stringify(argv)}`)
}

describe('the initialize-drs entry', () => {
  test('is a named command with the initialize inputs', () => {
    expect(OPERATIONS).toContain(INITIALIZE_DRS)
    expect(selectOperation(['initialize-drs', '--json'])).toMatchObject({
      operation: { name: 'initialize-drs' },
      args: ['--json'],
      named: true
    })
    expect(INITIALIZE_DRS.inputs).toBe(INITIALIZE_INPUTS)
  })

  test('the smallest command line reaches the settings with the action defaults', () => {
    expect(settingsOf(MINIMAL)).toMatchObject({
      roleArn: ROLE_ARN,
      accountId: '160885257264',
      targetRegion: 'us-west-2',
      stagingSubnetId: SUBNET,
      replicationServerInstanceType: 't3.small',
      securityGroupIds: [],
      dataPlaneRouting: 'private-ip',
      retentionDays: 7,
      dryRun: false,
      roleSessionName: 'drs-cli-20250304T050607Z'
    })
  })

  test('every own flag reaches the settings; list flags repeat', () => {
    const settings = settingsOf([
      ...MINIMAL,
      '--replication-server-instance-type',
      'm5.large',
      '--security-group-ids',
      'sg-0123456789abcdef0',
      '--security-group-ids=sg-0fedcba9876543210',
      '--data-plane-routing',
      'public-ip',
      '--snapshot-retention-days',
      '30',
      '--dry-run',
      '--no-session-tagging'
    ])
    expect(settings).toMatchObject({
      replicationServerInstanceType: 'm5.large',
      securityGroupIds: ['sg-0123456789abcdef0', 'sg-0fedcba9876543210'],
      dataPlaneRouting: 'public-ip',
      retentionDays: 30,
      dryRun: true,
      sessionTagging: false
    })
  })

  test('--role-arn defaults to AWS_ROLE_ARN', () => {
    const settings = settingsOf(MINIMAL.slice(2), { ...ENV, AWS_ROLE_ARN: ROLE_ARN })
    expect(settings.roleArn).toBe(ROLE_ARN)
  })

  test('--json, --results-file and --profile are taken', () => {
    expect(
      parse([...MINIMAL, '--json', '--results-file', 'out/init.json', '--profile', 'central'])
    ).toMatchObject({ kind: 'run', json: true, resultsFile: 'out/init.json', profile: 'central' })
  })
})

describe('initialize-drs usage errors (exit 2, nothing called)', () => {
  test('a bad subnet names the flag and the expected form', () => {
    expect(
      problemOf([
        '--role-arn',
        ROLE_ARN,
        '--target-region',
        'us-west-2',
        '--staging-subnet-id',
        'subnet-nothex'
      ])
    ).toContain(
      '--staging-subnet-id: expected a subnet id like subnet-0123456789abcdef0, got "subnet-nothex"'
    )
  })

  test('a missing subnet says how to give it', () => {
    expect(problemOf(MINIMAL.slice(0, 4))).toContain(
      '--staging-subnet-id: expected a subnet id like subnet-0123456789abcdef0 (required); pass --staging-subnet-id ID'
    )
  })

  test('every problem at once, in flag terms', () => {
    const message = problemOf([
      ...MINIMAL,
      '--data-plane-routing',
      'carrier-pigeon',
      '--snapshot-retention-days',
      '400',
      '--security-group-ids',
      'default'
    ])
    expect(message).toContain('3 problems')
    expect(message).toContain('--data-plane-routing: expected private-ip or public-ip')
    expect(message).toContain(
      '--snapshot-retention-days: expected a whole number of days from 1 to 365'
    )
    expect(message).toContain('--security-group-ids: expected security group ids like sg-')
  })

  test('install-only flags are unknown; positionals are refused', () => {
    expect(problemOf([...MINIMAL, '--source-regions', 'us-east-1'])).toContain(
      'unknown option --source-regions'
    )
    expect(problemOf([...MINIMAL, '160885257264', 'us-east-1', 'us-west-2'])).toContain(
      'drs-orchestrate initialize-drs takes no positional arguments'
    )
  })

  test('a misspelt command is suggested', () => {
    const { operation, args } = selectOperation(['initialise-drs', ...MINIMAL])
    const message = (() => {
      try {
        parseOperationArgs(operation, args, ENV, { now: NOW, commands })
      } catch (error) {
        if (error instanceof UsageError) return error.message
        throw error
      }
      return ''
    })()
    expect(message).toContain('did you mean initialize-drs?')
  })
})

describe('initialize-drs --help', () => {
  test('every flag, the exit codes, within 100 columns; listed at the top level', () => {
    const help = helpText(INITIALIZE_DRS)
    for (const spec of INITIALIZE_INPUTS) expect(help).toContain(flagForm(spec))
    expect(help).toContain('Exit codes: 0 DRS is initialised (by this run or before)')
    expect(help).not.toContain('--source-regions')
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
    expect(helpText()).toMatch(/^ {2}initialize-drs +initialise DRS in the recovery region/m)
  })
})

describe('what initialize-drs prints', () => {
  const settings = settingsOf(MINIMAL)
  const created: InitializeResult = {
    initialized: 'true',
    templateId: 'rct-0123456789abcdef0',
    templateCreated: true,
    templateIds: ['rct-0123456789abcdef0'],
    changes: ['initialised DRS in us-west-2', 'created replication template rct-0123456789abcdef0']
  }

  test('the terminal: state, template, the final line', () => {
    const text = renderInitializeTerminal(settings, created)
    expect(text).toContain('DRS in us-west-2 (account 160885257264): initialised by this run')
    expect(text).toContain('Replication template: rct-0123456789abcdef0 (created by this run)')
    expect(text).toContain('Done (account 160885257264, us-west-2): initialised DRS in us-west-2')
    const already = renderInitializeTerminal(settings, {
      ...created,
      initialized: 'already',
      templateCreated: false,
      templateIds: ['rct-0123456789abcdef0', 'rct-0fedcba9876543210'],
      changes: []
    })
    expect(already).toContain('already initialised')
    expect(already).toContain('(existing, left as it is)')
    expect(already).toContain(
      'Templates in the region: rct-0123456789abcdef0, rct-0fedcba9876543210'
    )
    expect(already).toContain('Nothing to do (account 160885257264, us-west-2)')
  })

  test('the --json document: the outcome, or why it stopped', () => {
    expect(initializeDocument(settings, created, null)).toEqual({
      accountId: '160885257264',
      region: 'us-west-2',
      dryRun: false,
      initialized: 'true',
      templateId: 'rct-0123456789abcdef0',
      templateCreated: true,
      templateIds: ['rct-0123456789abcdef0'],
      changes: created.changes,
      stopped: null
    })
    expect(initializeDocument(settings, null, 'AssumeRole failed')).toMatchObject({
      initialized: null,
      templateId: null,
      templateCreated: false,
      changes: [],
      stopped: 'AssumeRole failed'
    })
  })
})
