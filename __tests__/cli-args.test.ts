// The CLI's flag parsing (pure): one flag per action input from INPUTS, the seed's positional form,
// AWS_ROLE_ARN as the role default, usage errors that name the flag; plus the pure renderers the
// terminal front prints with (progress line, --json document, redaction).
import { describe, expect, test } from '@jest/globals'
import {
  CLI_NOTES,
  cliRunContext,
  defaultSessionName,
  flagForm,
  isBooleanInput,
  LIST_INPUTS,
  parseCliArgs,
  parseOperationArgs,
  UsageError,
  type CliCommand,
  type CliSettings,
  type CliSpec
} from '../src/fronts/cli-args.js'
import {
  CHECK,
  DRILL,
  OPERATIONS,
  selectOperation,
  type CliOperation
} from '../src/fronts/cli-operations.js'
import type { CheckSettings } from '../src/check/settings.js'
import { helpText } from '../src/fronts/cli-help.js'
import { InputError, INPUTS } from '../src/settings/index.js'
import {
  formatElapsed,
  jsonReport,
  Redactor,
  regionProgress,
  renderProgressLine
} from '../src/report/progress.js'
import { makeRow, type Row } from '../src/shared/rows.js'

// ---- fixtures -------------------------------------------------------------------------------

const ROLE_ARN = 'arn:aws:iam::160885257264:role/DRSOrchestrationRole'
const OIDC_ROLE_ARN = 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator'
const NOW = new Date('2025-03-04T05:06:07.890Z')
/** The smallest valid command line. */
const MINIMAL = [
  '--role-arn',
  ROLE_ARN,
  '--source-regions',
  'us-east-1',
  '--target-region',
  'us-west-2'
]
/** An environment with nothing that changes parsing. */
const ENV: NodeJS.ProcessEnv = { PATH: '/usr/bin' }

/** A valid value for every input, as a user would type it. */
const SAMPLE_VALUES: Record<string, string> = {
  'role-arn': ROLE_ARN,
  'account-id': '160885257264',
  'external-id': 'DRSOrchestration2024',
  'source-regions': 'us-east-1,eu-west-1',
  'target-region': 'us-west-2',
  'oidc-role-arn': OIDC_ROLE_ARN,
  audience: 'sts.example.com',
  'role-session-name': 'my-session',
  'role-duration-seconds': '1800',
  'session-tagging': 'false',
  'tag-filters': 'team=dr',
  'instance-ids': 'i-0123456789abcdef0',
  'skip-registered': 'false',
  'dry-run': 'true',
  'wait-for': 'replication',
  'timeout-minutes': '0.5',
  'max-concurrency': '25%',
  'max-errors': '0',
  'fail-on-error': 'false',
  canary: '10%',
  'wave-tag': 'dr:wave',
  'max-failures': '2',
  'document-name': 'Custom-Install',
  'source-server-tags': 'owner=ops',
  'notify-topic-arn': 'arn:aws:sns:eu-west-1:160885257264:drs-rollout',
  accounts: '160885257264,111122223333',
  'role-name': 'DRSOrchestrationRole',
  'account-concurrency': '20',
  'drs-replicating-limit': '250'
}
/** The many-account form: these two replace --role-arn (exactly one of role-arn and accounts). */
const ACCOUNTS_FORM = ['accounts', 'role-name']

const OIDC_ENV: NodeJS.ProcessEnv = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/oidc?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
}

function parse(argv: string[], env: NodeJS.ProcessEnv = ENV): CliCommand {
  return parseCliArgs(argv, env, { now: NOW })
}

function settingsOf(argv: string[], env: NodeJS.ProcessEnv = ENV) {
  const command = parse(argv, env)
  if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`)
  return command.settings
}

/** The UsageError parseCliArgs throws (fails the test when it does not throw one). */
function usageError(argv: string[], env: NodeJS.ProcessEnv = ENV): UsageError {
  try {
    parse(argv, env)
  } catch (error) {
    if (error instanceof UsageError) return error
    throw error
  }
  throw new Error(`no UsageError for ${JSON.stringify(argv)}`)
}

function row(fields: Partial<Row> & { status: Row['status'] }): Row {
  return makeRow({ accountId: '160885257264', ...fields })
}

// ---- flags from INPUTS -----------------------------------------------------------------------

describe('one flag per input', () => {
  test('a sample value exists for every input (a new input needs one here)', () => {
    expect(Object.keys(SAMPLE_VALUES).sort()).toEqual(INPUTS.map(spec => spec.name).sort())
  })

  test.each(INPUTS.map(spec => spec.name))('--%s VALUE is accepted', name => {
    // MINIMAL is flag/value pairs: drop the pair for this input, then give the sample value.
    const argv: string[] = []
    const drop = ACCOUNTS_FORM.includes(name) ? ['--role-arn', `--${name}`] : [`--${name}`]
    for (let i = 0; i < MINIMAL.length; i += 2) {
      if (!drop.includes(MINIMAL[i])) argv.push(MINIMAL[i], MINIMAL[i + 1])
    }
    for (const other of ACCOUNTS_FORM.includes(name) ? ACCOUNTS_FORM : []) {
      if (other !== name) argv.push(`--${other}`, SAMPLE_VALUES[other])
    }
    const extra = name === 'oidc-role-arn' ? OIDC_ENV : {}
    const command = parse([...argv, `--${name}`, SAMPLE_VALUES[name]], { ...ENV, ...extra })
    expect(command.kind).toBe('run')
  })

  test('every input given at once reaches Settings', () => {
    const argv = INPUTS.filter(spec => !ACCOUNTS_FORM.includes(spec.name)).flatMap(spec => [
      `--${spec.name}=${SAMPLE_VALUES[spec.name]}`
    ])
    const settings = settingsOf(argv, { ...ENV, ...OIDC_ENV })
    expect(settings).toMatchObject({
      roleArn: ROLE_ARN,
      accountId: '160885257264',
      externalId: 'DRSOrchestration2024',
      sourceRegions: ['us-east-1', 'eu-west-1'],
      targetRegion: 'us-west-2',
      oidcRoleArn: OIDC_ROLE_ARN,
      audience: 'sts.example.com',
      roleSessionName: 'my-session',
      roleDurationSeconds: 1800,
      sessionTagging: false,
      tagFilters: [],
      instanceIds: ['i-0123456789abcdef0'],
      skipRegistered: false,
      dryRun: true,
      waitFor: 'replication',
      timeoutMinutes: 0.5,
      maxConcurrency: '25%',
      maxErrors: '0',
      failOnError: false,
      canary: { kind: 'percent', value: 10 },
      waveTag: 'dr:wave',
      maxFailures: { kind: 'count', value: 2 },
      documentName: 'Custom-Install',
      sourceServerTags: [{ key: 'owner', value: 'ops' }],
      notifyTopicArn: 'arn:aws:sns:eu-west-1:160885257264:drs-rollout',
      accountConcurrency: 20,
      drsReplicatingLimit: 250
    })
  })

  test('--accounts with --role-name gives one target per account; AWS_ROLE_ARN is not used', () => {
    const argv = ['--accounts', '160885257264 111122223333', '--role-name', 'team/DR']
    const settings = settingsOf([...argv, ...MINIMAL.slice(2)], {
      ...ENV,
      AWS_ROLE_ARN: ROLE_ARN
    })
    expect(settings.targets).toEqual([
      { accountId: '160885257264', roleArn: 'arn:aws:iam::160885257264:role/team/DR' },
      { accountId: '111122223333', roleArn: 'arn:aws:iam::111122223333:role/team/DR' }
    ])
  })

  test('defaults are the action defaults', () => {
    const settings = settingsOf(MINIMAL)
    expect(settings).toMatchObject({
      audience: 'sts.amazonaws.com',
      roleDurationSeconds: 3600,
      sessionTagging: true,
      tagFilters: [
        { key: 'dr:enabled', value: 'true' },
        { key: 'dr:recovery-strategy', value: 'drs' }
      ],
      skipRegistered: true,
      dryRun: false,
      waitFor: 'install',
      timeoutMinutes: 30,
      maxErrors: '100%',
      failOnError: true,
      documentName: 'AWSDisasterRecovery-InstallDRAgentOnInstance',
      externalId: null,
      oidcRoleArn: null
    })
  })

  test('--flag VALUE and --flag=VALUE mean the same', () => {
    expect(settingsOf([...MINIMAL, '--wait-for', 'none']).waitFor).toBe('none')
    expect(settingsOf([...MINIMAL, '--wait-for=none']).waitFor).toBe('none')
  })

  test('list flags repeat and add up', () => {
    const settings = settingsOf([
      '--role-arn',
      ROLE_ARN,
      '--target-region',
      'us-west-2',
      '--source-regions',
      'us-east-1',
      '--source-regions',
      'eu-west-1,ap-south-1',
      '--tag-filters',
      'a=1',
      '--tag-filters',
      'b=2'
    ])
    expect(settings.sourceRegions).toEqual(['us-east-1', 'eu-west-1', 'ap-south-1'])
    expect(settings.tagFilters).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' }
    ])
  })

  test('every list input and CLI note names a real input', () => {
    const names = INPUTS.map(spec => spec.name)
    for (const name of [...LIST_INPUTS, ...Object.keys(CLI_NOTES)]) expect(names).toContain(name)
  })
})

describe('boolean flags', () => {
  const booleans = INPUTS.filter(isBooleanInput).map(spec => spec.name)

  test('the boolean inputs are the ones with a true/false default', () => {
    expect(booleans.sort()).toEqual([
      'dry-run',
      'fail-on-error',
      'session-tagging',
      'skip-registered'
    ])
  })

  test.each([
    [['--dry-run'], true],
    [['--dry-run=true'], true],
    [['--dry-run=false'], false],
    [['--dry-run', 'false'], false],
    [['--dry-run', 'TRUE'], true],
    [['--no-dry-run'], false],
    [[], false]
  ])('%j gives dryRun %s', (flags, expected) => {
    expect(settingsOf([...MINIMAL, ...flags]).dryRun).toBe(expected)
  })

  test('--no-<input> works for every boolean input', () => {
    const settings = settingsOf([...MINIMAL, ...booleans.map(name => `--no-${name}`)])
    expect(settings).toMatchObject({
      dryRun: false,
      failOnError: false,
      sessionTagging: false,
      skipRegistered: false
    })
  })

  test('a bare boolean flag does not swallow a positional argument', () => {
    const settings = settingsOf(['--dry-run', '160885257264', 'us-east-1', 'us-west-2'], {
      ...ENV,
      AWS_ROLE_ARN: ROLE_ARN
    })
    expect(settings.dryRun).toBe(true)
    expect(settings.accountId).toBe('160885257264')
  })

  test('a bad boolean value is a usage error naming the flag', () => {
    const error = usageError([...MINIMAL, '--dry-run=yes'])
    expect(error.message).toContain('--dry-run: expected true or false, got "yes"')
    expect(error.message).toContain('--dry-run[=true|false]')
  })

  test('--no-dry-run takes no value', () => {
    expect(usageError([...MINIMAL, '--no-dry-run=true']).message).toContain(
      '--no-dry-run: takes no value'
    )
  })
})

// ---- the seed's conventions ---------------------------------------------------------------------

describe('AWS_ROLE_ARN and the positional form', () => {
  test('--role-arn defaults to AWS_ROLE_ARN', () => {
    const settings = settingsOf(['--source-regions', 'us-east-1', '--target-region', 'us-west-2'], {
      ...ENV,
      AWS_ROLE_ARN: ROLE_ARN
    })
    expect(settings.roleArn).toBe(ROLE_ARN)
  })

  test('--role-arn wins over AWS_ROLE_ARN', () => {
    const other = 'arn:aws:iam::664418995426:role/DRSOrchestrationRole'
    const settings = settingsOf(
      ['--role-arn', other, '--source-regions', 'us-east-1', '--target-region', 'us-west-2'],
      {
        ...ENV,
        AWS_ROLE_ARN: ROLE_ARN
      }
    )
    expect(settings.roleArn).toBe(other)
  })

  test('AWS_ROLE_ARN is not the default when a web-identity token file owns it', () => {
    const error = usageError(['160885257264', 'us-east-1', 'us-west-2'], {
      ...ENV,
      AWS_ROLE_ARN: ROLE_ARN,
      AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token'
    })
    expect(error.message).toContain('AWS_WEB_IDENTITY_TOKEN_FILE')
    expect(error.message).toContain('--role-arn')
  })

  test('deploy_drs_agents.sh ACCOUNT SOURCE_REGION TARGET_REGION', () => {
    const settings = settingsOf(['160885257264', 'us-east-1', 'us-west-2'], {
      ...ENV,
      AWS_ROLE_ARN: ROLE_ARN
    })
    expect(settings).toMatchObject({
      accountId: '160885257264',
      roleArn: ROLE_ARN,
      sourceRegions: ['us-east-1'],
      targetRegion: 'us-west-2'
    })
  })

  test('the positional form with --role-arn and other flags around it', () => {
    const settings = settingsOf([
      '--role-arn',
      ROLE_ARN,
      '160885257264',
      '--dry-run',
      'us-east-1,eu-west-1',
      'us-west-2'
    ])
    expect(settings.sourceRegions).toEqual(['us-east-1', 'eu-west-1'])
    expect(settings.dryRun).toBe(true)
  })

  test('arguments after -- are positional', () => {
    const settings = settingsOf([
      '--role-arn',
      ROLE_ARN,
      '--',
      '160885257264',
      'us-east-1',
      'us-west-2'
    ])
    expect(settings.targetRegion).toBe('us-west-2')
  })

  test('an ACCOUNT that is not the role account names the positional', () => {
    const error = usageError(['664418995426', 'us-east-1', 'us-west-2'], {
      ...ENV,
      AWS_ROLE_ARN: ROLE_ARN
    })
    expect(error.message).toContain(
      'ACCOUNT (positional; same as --account-id): expected the account in --role-arn (160885257264)'
    )
  })

  test('a bad AWS_ROLE_ARN names the variable', () => {
    const error = usageError(['160885257264', 'us-east-1', 'us-west-2'], {
      ...ENV,
      AWS_ROLE_ARN: 'not-an-arn'
    })
    expect(error.message).toContain(
      'AWS_ROLE_ARN (the default for --role-arn): expected an IAM role ARN'
    )
  })

  test('a positional and the same flag together are a usage error', () => {
    const error = usageError(
      ['--target-region', 'eu-west-2', '160885257264', 'us-east-1', 'us-west-2'],
      {
        ...ENV,
        AWS_ROLE_ARN: ROLE_ARN
      }
    )
    expect(error.message).toContain('TARGET_REGION (positional) and --target-region both given')
  })

  test.each([[['160885257264']], [['160885257264', 'us-east-1']], [['a', 'b', 'c', 'd']]])(
    'positional arguments other than three are a usage error: %j',
    positionals => {
      const error = usageError([...MINIMAL, ...positionals])
      expect(error.message).toContain('expected ACCOUNT SOURCE_REGION TARGET_REGION')
    }
  )
})

describe('role session name', () => {
  test('defaults to drs-cli-<timestamp>', () => {
    expect(settingsOf(MINIMAL).roleSessionName).toBe('drs-cli-20250304T050607Z')
    expect(defaultSessionName(NOW)).toMatch(/^drs-cli-[\w+=,.@-]+$/)
  })

  test('the default is a valid STS session name at any time', () => {
    const name = settingsOf(MINIMAL, ENV).roleSessionName
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/)
    expect(parseCliArgs(MINIMAL, ENV).settings?.roleSessionName).toMatch(/^drs-cli-\d{8}T\d{6}Z$/)
  })

  test('a given name is sanitised, not replaced', () => {
    expect(
      settingsOf([...MINIMAL, '--role-session-name', 'alice rollout #1']).roleSessionName
    ).toBe('alicerollout1')
  })

  test('the actor is the local user outside GitHub and the GitHub actor inside', () => {
    expect(cliRunContext({ USER: 'alice' })).toMatchObject({
      actor: 'alice',
      runId: '',
      repository: ''
    })
    expect(
      cliRunContext({ USER: 'runner', GITHUB_ACTOR: 'octocat', GITHUB_RUN_ID: '7' })
    ).toMatchObject({
      actor: 'octocat',
      runId: '7'
    })
  })
})

// ---- CLI-only options ---------------------------------------------------------------------------

describe('CLI options', () => {
  test('--json, --results-file, --profile', () => {
    const command = parse([
      ...MINIMAL,
      '--json',
      '--results-file',
      'out/rows.json',
      '--profile',
      'central'
    ])
    expect(command).toMatchObject({
      kind: 'run',
      json: true,
      resultsFile: 'out/rows.json',
      profile: 'central'
    })
  })

  test('defaults: no json, no results file, no profile', () => {
    expect(parse(MINIMAL)).toMatchObject({
      kind: 'run',
      json: false,
      resultsFile: null,
      profile: null
    })
  })

  test('AWS_PROFILE is the profile unless --profile is given', () => {
    expect(parse(MINIMAL, { ...ENV, AWS_PROFILE: 'from-env' }).profile).toBe('from-env')
    expect(parse([...MINIMAL, '--profile=flag'], { ...ENV, AWS_PROFILE: 'from-env' }).profile).toBe(
      'flag'
    )
  })

  test.each([[['--help']], [['-h']], [['--bogus', '--help']], [['--version', '--help']]])(
    '%j is help',
    argv => {
      expect(parse(argv).kind).toBe('help')
    }
  )

  test('--version', () => {
    expect(parse(['--version']).kind).toBe('version')
  })

  test('--json takes no value', () => {
    expect(usageError([...MINIMAL, '--json=yes']).message).toContain('--json: takes no value')
  })

  test('--results-file and --profile need a value', () => {
    expect(usageError([...MINIMAL, '--results-file']).message).toContain(
      '--results-file: missing value; expected --results-file PATH'
    )
    expect(usageError([...MINIMAL, '--profile', '--json']).message).toContain(
      '--profile: missing value; expected --profile NAME'
    )
  })
})

describe('--oidc-role-arn outside GitHub Actions', () => {
  test('is a usage error without the OIDC request variables', () => {
    const error = usageError([...MINIMAL, '--oidc-role-arn', OIDC_ROLE_ARN])
    expect(error.message).toContain('--oidc-role-arn: needs a GitHub OIDC token')
    expect(error.message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL')
  })

  test('is accepted inside a job', () => {
    expect(
      settingsOf([...MINIMAL, '--oidc-role-arn', OIDC_ROLE_ARN], { ...ENV, ...OIDC_ENV })
        .oidcRoleArn
    ).toBe(OIDC_ROLE_ARN)
  })

  test('cannot be combined with --profile', () => {
    const error = usageError([...MINIMAL, '--oidc-role-arn', OIDC_ROLE_ARN, '--profile', 'x'], {
      ...ENV,
      ...OIDC_ENV
    })
    expect(error.message).toContain('--profile and --oidc-role-arn')
  })
})

// ---- bad usage ---------------------------------------------------------------------------------

describe('usage errors name the flag and the expected form', () => {
  test('an unknown flag, with a suggestion', () => {
    const error = usageError([...MINIMAL, '--source-region', 'us-east-1'])
    expect(error.message).toContain(
      'unknown option --source-region (did you mean --source-regions?)'
    )
  })

  test('an unknown flag never echoes its value', () => {
    const error = usageError([...MINIMAL, '--externl-id=TopSecretValue'])
    expect(error.message).toContain('--externl-id')
    expect(error.message).not.toContain('TopSecretValue')
  })

  test('a short option is refused', () => {
    expect(usageError([...MINIMAL, '-x']).message).toContain('unknown option -x')
  })

  test('a missing value', () => {
    const error = usageError([
      '--role-arn',
      '--source-regions',
      'us-east-1',
      '--target-region',
      'us-west-2'
    ])
    expect(error.message).toContain('--role-arn: missing value; expected --role-arn ARN')
  })

  test('a missing value at the end', () => {
    expect(usageError([...MINIMAL, '--wait-for']).message).toContain('--wait-for: missing value')
  })

  test('an invalid value keeps parseSettings words, with the flag', () => {
    const error = usageError([...MINIMAL, '--timeout-minutes', 'soon'])
    expect(error.message).toContain('--timeout-minutes: expected a number of minutes above 0')
    expect(error.message).toContain('got "soon"')
    expect(error.message).toContain('(form: --timeout-minutes MINUTES)')
  })

  test('input names inside the message become flags', () => {
    const error = usageError(
      [...MINIMAL, '--role-duration-seconds', '7200', '--oidc-role-arn', OIDC_ROLE_ARN],
      {
        ...ENV,
        ...OIDC_ENV
      }
    )
    expect(error.message).toContain(
      '--role-duration-seconds: expected at most 3600 with --oidc-role-arn'
    )
  })

  test('a missing required input says how to give it', () => {
    const error = usageError(['--source-regions', 'us-east-1', '--target-region', 'us-west-2'])
    expect(error.message).toContain('--role-arn: expected an IAM role ARN')
    expect(error.message).toContain('pass --role-arn ARN or set AWS_ROLE_ARN')
  })

  test('every problem is reported at once', () => {
    const error = usageError(['--bogus', '--wait-for', 'later', '--max-errors', 'many'])
    expect(error.problems.length).toBeGreaterThanOrEqual(5)
    expect(error.message).toContain('--wait-for: expected none, install or replication')
    expect(error.message).toContain('--max-errors:')
  })

  test('an invalid external id is never echoed', () => {
    const error = usageError([...MINIMAL, '--external-id', 'bad secret!'])
    expect(error.message).toContain('--external-id')
    expect(error.message).not.toContain('bad secret!')
  })

  test('a scalar flag given twice', () => {
    expect(
      usageError([...MINIMAL, '--wait-for', 'none', '--wait-for', 'install']).message
    ).toContain('--wait-for: given more than once')
  })
})

// ---- help ----------------------------------------------------------------------------------------

describe('--help', () => {
  const help = helpText()

  test.each(INPUTS.map(spec => spec.name))(
    'names --%s with its form, default and description',
    name => {
      const spec = INPUTS.find(input => input.name === name)!
      expect(help).toContain(flagForm(spec))
      if (spec.default !== undefined) expect(help).toContain(`default: ${spec.default}`)
      // The description's words, whatever the wrapping.
      expect(help.replace(/\s+/g, ' ')).toContain(spec.description.replace(/\s+/g, ' '))
    }
  )

  test('marks the required inputs', () => {
    for (const spec of INPUTS.filter(input => input.required)) {
      expect(help).toMatch(new RegExp(`--${spec.name} \\S+ +\\(required`))
    }
  })

  test('documents the CLI options, the positional form and the exit codes', () => {
    for (const text of [
      '--json',
      '--results-file PATH',
      '--profile NAME',
      '--version',
      'ACCOUNT SOURCE_REGION TARGET_REGION',
      'AWS_ROLE_ARN',
      'Exit codes'
    ]) {
      expect(help).toContain(text)
    }
  })

  test('every help line fits 100 columns', () => {
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })
})

// ---- what the front prints ---------------------------------------------------------------------

describe('progress line', () => {
  const rows: Row[] = [
    row({ region: 'us-east-1', instanceId: 'i-1', status: 'installed' }),
    row({ region: 'us-east-1', instanceId: 'i-2', status: 'pending' }),
    row({ region: 'us-east-1', instanceId: 'i-3', status: 'timed-out' }),
    row({ region: 'eu-west-1', instanceId: 'i-4', status: 'skipped-registered' }),
    row({ region: 'ap-south-1', instanceId: null, status: 'failed', message: 'AccessDenied' })
  ]

  test('counts per region', () => {
    expect(regionProgress(rows)).toEqual([
      expect.objectContaining({
        region: 'ap-south-1',
        instances: 0,
        regionFailed: true,
        failed: 1
      }),
      expect.objectContaining({ region: 'eu-west-1', instances: 1, done: 1, skipped: 1 }),
      expect.objectContaining({
        region: 'us-east-1',
        instances: 3,
        done: 2,
        installed: 1,
        failed: 1,
        pending: 1
      })
    ])
  })

  test('one line with totals, each region and the elapsed time', () => {
    const line = renderProgressLine(rows, { elapsedMs: 65_000 })
    expect(line).toBe(
      '[########..] 3/4 done | ap-south-1 failed | eu-west-1 1/1 (1 skipped) | us-east-1 2/3 (1 installed, 1 failed, 1 waiting) | 1m05s'
    )
  })

  test('never wider than the terminal', () => {
    const line = renderProgressLine(rows, { elapsedMs: 0, width: 40 })
    expect(line.length).toBeLessThanOrEqual(39)
    expect(line.endsWith('…')).toBe(true)
  })

  test('before any row, the phase', () => {
    expect(renderProgressLine([], { elapsedMs: 3_000, phase: 'assuming the role' })).toBe(
      'assuming the role... | 3s'
    )
  })

  test('elapsed time', () => {
    expect(formatElapsed(0)).toBe('0s')
    expect(formatElapsed(59_999)).toBe('59s')
    expect(formatElapsed(3_605_000)).toBe('60m05s')
  })
})

describe('--json document', () => {
  test('counts as the outputs count them, per status too, and every row', () => {
    const rows = [
      row({ region: 'us-east-1', instanceId: 'i-2', status: 'failed' }),
      row({ region: 'us-east-1', instanceId: 'i-1', status: 'installed' }),
      row({ region: 'us-east-1', instanceId: 'i-3', status: 'skipped-unmanaged' })
    ]
    const document = JSON.parse(jsonReport(rows, '/tmp/x.json', null)) as {
      counts: Record<string, unknown>
      rows: Row[]
      resultsFile: string
      stopped: null
    }
    expect(document.counts).toMatchObject({
      instanceCount: 3,
      installedCount: 1,
      failedCount: 1,
      skippedCount: 1,
      byStatus: expect.objectContaining({
        installed: 1,
        failed: 1,
        'skipped-unmanaged': 1,
        pending: 0
      })
    })
    expect(document.rows.map(r => r.instanceId)).toEqual(['i-1', 'i-2', 'i-3'])
    expect(document.resultsFile).toBe('/tmp/x.json')
    expect(document.stopped).toBeNull()
  })
})

describe('Redactor', () => {
  test('replaces every registered secret, longest first', () => {
    const redactor = new Redactor()
    redactor.add('abc')
    redactor.add('abcdef')
    redactor.add('')
    redactor.add(undefined)
    expect(redactor.redact('x abcdef y abc z')).toBe('x *** y *** z')
  })

  test('leaves text alone when nothing is registered', () => {
    expect(new Redactor().redact('plain')).toBe('plain')
  })
})

// ---- subcommands -----------------------------------------------------------------------------

describe('subcommands: check and drill (flags from their input specs)', () => {
  const commands = OPERATIONS.map(op => op.name)
  const operation = (name: string): CliOperation =>
    OPERATIONS.find(op => op.name === name) ?? fail(`no operation ${name}`)
  function fail(message: string): never {
    throw new Error(message)
  }
  const run = <S extends CliSettings>(spec: CliSpec<S>, argv: string[], env = ENV): S => {
    const command = parseOperationArgs(spec, argv, env, { now: NOW, commands })
    if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`)
    return command.settings
  }
  const problemOf = (spec: CliSpec, argv: string[], env = ENV): string => {
    try {
      parseOperationArgs(spec, argv, env, { now: NOW, commands })
    } catch (error) {
      if (error instanceof UsageError) return error.message
      throw error
    }
    throw new Error(`no UsageError for ${JSON.stringify(argv)}`)
  }

  test('the command line names the operation first; none is the install', () => {
    expect(selectOperation(['check', '--json'])).toMatchObject({
      operation: { name: 'check' },
      args: ['--json'],
      named: true
    })
    expect(selectOperation(['drill'])).toMatchObject({ operation: { name: 'drill' }, args: [] })
    expect(selectOperation(['install', 'x'])).toMatchObject({
      operation: { name: 'install' },
      args: ['x']
    })
    expect(selectOperation(['160885257264', 'us-east-1', 'us-west-2'])).toMatchObject({
      operation: { name: 'install' },
      args: ['160885257264', 'us-east-1', 'us-west-2'],
      named: false
    })
  })

  /** MINIMAL without the flags an operation does not take (initialize-drs has no source-regions). */
  const minimalFor = (op: CliOperation): string[] =>
    MINIMAL.flatMap((word, index) =>
      index % 2 === 0 && op.inputs.some(spec => `--${spec.name}` === word)
        ? [word, MINIMAL[index + 1]]
        : []
    )

  test.each(OPERATIONS.flatMap(op => op.inputs.map(spec => [op.name, spec.name] as const)))(
    '%s knows --%s',
    (name, input) => {
      const spec = operation(name).inputs.find(candidate => candidate.name === input)!
      const flag = isBooleanInput(spec) ? `--${input}` : `--${input}=`
      let message = ''
      try {
        parseOperationArgs(operation(name), [...minimalFor(operation(name)), flag], ENV, {
          now: NOW,
          commands
        })
      } catch (error) {
        if (!(error instanceof UsageError)) throw error
        message = error.message
      }
      expect(message).not.toContain('unknown option')
    }
  )

  test('check flags reach the check settings', () => {
    const settings = run(CHECK, [
      ...MINIMAL,
      '--fail-on',
      'stalled',
      '--fail-on',
      'orphaned',
      '--max-lag-minutes',
      '30',
      '--max-drill-age-days=90',
      '--no-session-tagging'
    ])
    expect(settings).toMatchObject({
      failOn: ['stalled', 'orphaned', 'failed'],
      maxLagMinutes: 30,
      maxDrillAgeDays: 90,
      sessionTagging: false,
      roleSessionName: 'drs-cli-20250304T050607Z'
    })
  })

  test('check takes ACCOUNT SOURCE_REGION TARGET_REGION and AWS_ROLE_ARN', () => {
    const settings = run(operation('check'), ['160885257264', 'us-east-1', 'us-west-2'], {
      ...ENV,
      AWS_ROLE_ARN: ROLE_ARN
    }) as CheckSettings
    expect(settings).toMatchObject({
      roleArn: ROLE_ARN,
      sourceRegions: ['us-east-1'],
      targetRegion: 'us-west-2',
      maxLagMinutes: 15,
      maxDrillAgeDays: null
    })
  })

  test('check has no install-only flags', () => {
    expect(problemOf(operation('check'), [...MINIMAL, '--wait-for', 'none'])).toContain(
      'unknown option --wait-for'
    )
  })

  test('bad check input names the flag before any call', () => {
    const message = problemOf(operation('check'), [
      ...MINIMAL,
      '--fail-on',
      'sometimes',
      '--max-lag-minutes',
      '-5'
    ])
    expect(message).toContain('--fail-on: expected check statuses')
    expect(message).toContain('got "sometimes"')
    expect(message).toContain('--max-lag-minutes: expected a number of minutes, 0 or more')
  })

  test('drill flags reach the drill settings, with the drill defaults', () => {
    const drill = DRILL
    expect(run(drill, MINIMAL)).toMatchObject({
      timeoutMinutes: 120,
      cleanup: 'always',
      healthCheck: 'ec2-status',
      stopOnWaveFailure: true,
      maxServersPerJob: 100,
      waveTag: 'dr:wave'
    })
    expect(
      run(drill, [
        ...MINIMAL,
        '--cleanup',
        'on-success',
        '--health-check=launched',
        '--no-stop-on-wave-failure',
        '--max-servers-per-job',
        '10',
        '--dry-run'
      ])
    ).toMatchObject({
      cleanup: 'on-success',
      healthCheck: 'launched',
      stopOnWaveFailure: false,
      maxServersPerJob: 10,
      dryRun: true
    })
  })

  test('bad drill input names the flag', () => {
    const message = problemOf(operation('drill'), [
      ...MINIMAL,
      '--max-servers-per-job',
      '101',
      '--cleanup',
      'later',
      '--timeout-minutes',
      '0'
    ])
    expect(message).toContain('--max-servers-per-job: expected a whole number from 1 to 100')
    expect(message).toContain('--cleanup: expected always, on-success or never, got "later"')
    expect(message).toContain('--timeout-minutes:')
  })

  test('a misplaced or misspelt command says where it goes', () => {
    expect(problemOf(operation('install'), [...MINIMAL, 'check'])).toContain(
      'check must be the first argument: drs-orchestrate check'
    )
    expect(problemOf(operation('install'), ['chek', ...MINIMAL])).toContain(
      'unknown command "chek" (did you mean check?)'
    )
  })

  test('one more entry is one more command: flags come from its own spec', () => {
    const extra: CliSpec<{ oidcRoleArn: null; subnet: string }> = {
      name: 'initialize-drs',
      inputs: [
        { name: 'staging-subnet-id', kind: 'text', required: true, description: 'Subnet.' },
        { name: 'quiet', kind: 'boolean', required: false, default: 'false', description: 'Q.' }
      ],
      parse: read => {
        if (!read('staging-subnet-id'))
          throw new InputError([
            { input: 'staging-subnet-id', expected: 'a subnet id', required: true }
          ])
        return { oidcRoleArn: null, subnet: read('staging-subnet-id') }
      }
    }
    expect(run(extra, ['--staging-subnet-id', 'subnet-1', '--no-quiet'])).toEqual({
      oidcRoleArn: null,
      subnet: 'subnet-1'
    })
    expect(problemOf(extra, ['--staging-subnet', 'x'])).toContain(
      'unknown option --staging-subnet (did you mean --staging-subnet-id?)'
    )
    expect(problemOf(extra, [])).toContain(
      '--staging-subnet-id: expected a subnet id (required); pass --staging-subnet-id ID'
    )
  })

  test.each(OPERATIONS.map(op => op.name))(
    '%s --help: every flag, lines within 100 columns',
    name => {
      const op = operation(name)
      const help = helpText(op)
      for (const spec of op.inputs) expect(help).toContain(flagForm(spec))
      expect(help).toContain('Exit codes')
      for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
    }
  )

  test('the top-level help lists every command; a command help is its own', () => {
    const top = helpText()
    for (const op of OPERATIONS) expect(top).toMatch(new RegExp(`^  ${op.name} +\\S`, 'm'))
    const check = helpText(operation('check'))
    expect(check).not.toContain('--wait-for')
    expect(check).toContain('--fail-on STATUSES')
    expect(helpText(operation('drill'))).toContain('a second signal exits at once')
  })
})
