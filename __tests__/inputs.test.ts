import { describe, expect, jest, test } from '@jest/globals'
import {
  INPUTS,
  InputError,
  parseSettings,
  regionOfTopic,
  regionPartition,
  sanitiseSessionName,
  splitList,
  type RunContext,
  type Settings
} from '../src/settings/index.js'

// ---- fixtures -------------------------------------------------------------------------------

type Inputs = Record<string, string>

const RUN: RunContext = {
  runId: '9876543210',
  runAttempt: '2',
  repository: 'acme/platform',
  workflow: 'DR rollout',
  actor: 'octocat',
  serverUrl: 'https://github.com'
}

const ROLE_ARN = 'arn:aws:iam::123456789012:role/DRSOrchestrationRole'
const OIDC_ROLE_ARN = 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator'

/** The smallest valid set of inputs. */
const MINIMAL: Inputs = {
  'role-arn': ROLE_ARN,
  'source-regions': 'us-east-1',
  'target-region': 'us-west-2'
}

/** A `read` over a plain object, returning '' for unset inputs as core.getInput does. */
function reader(inputs: Inputs): (name: string) => string {
  return name => inputs[name] ?? ''
}

/** Source and target regions of a partition, for ARNs outside aws (partitions are cross-checked). */
const REGIONS_OF: Record<string, Inputs> = {
  aws: {},
  'aws-cn': { 'source-regions': 'cn-north-1', 'target-region': 'cn-northwest-1' },
  'aws-us-gov': { 'source-regions': 'us-gov-west-1', 'target-region': 'us-gov-east-1' }
}

function parse(overrides: Inputs = {}, run: RunContext = RUN): Settings {
  return parseSettings(reader({ ...MINIMAL, ...overrides }), run)
}

/** The InputError that parsing these inputs throws (fails the test when none is thrown). */
function inputErrorOf(overrides: Inputs, run: RunContext = RUN): InputError {
  try {
    parse(overrides, run)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`expected an InputError for ${JSON.stringify(overrides)}`)
}

/** The single problem parsing reports for one bad input; it must name that input. */
function problemFor(name: string, value: string, extra: Inputs = {}): string {
  const { problems } = inputErrorOf({ ...extra, [name]: value })
  expect(problems).toHaveLength(1)
  expect(problems[0].startsWith(`${name}: `)).toBe(true)
  return problems[0]
}

// ---- role-arn, account-id, external-id -----------------------------------------------------

describe('role-arn', () => {
  test.each([
    ['arn:aws:iam::123456789012:role/DRSOrchestrationRole', 'aws', '123456789012'],
    ['arn:aws-cn:iam::210987654321:role/DRSOrchestrationRole', 'aws-cn', '210987654321'],
    ['arn:aws-us-gov:iam::123456789012:role/DRSOrchestrationRole', 'aws-us-gov', '123456789012'],
    ['arn:aws:iam::123456789012:role/service-role/dr/DRS+Role=1,a.b@c-d_e', 'aws', '123456789012']
  ])('accepts %s', (roleArn, partition, accountId) => {
    const settings = parse({ 'role-arn': roleArn, ...REGIONS_OF[partition] })
    expect(settings.roleArn).toBe(roleArn)
    expect(settings.partition).toBe(partition)
    expect(settings.accountId).toBe(accountId)
  })

  test('is required', () => {
    const { problems } = inputErrorOf({ 'role-arn': '' })
    expect(problems).toEqual([
      expect.stringMatching(/^role-arn: expected an IAM role ARN .*\(required\)$/)
    ])
  })

  test('whitespace only counts as unset', () => {
    expect(problemFor('role-arn', '  \n ')).toContain('(required)')
  })

  test.each([
    'arn:aws:iam::12345678901:role/TooShortAccount',
    'arn:aws:iam::123456789012:user/NotARole',
    'arn:azure:iam::123456789012:role/WrongPartition',
    'arn:aws:iam:us-east-1:123456789012:role/Regional',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::123456789012:role/has space',
    `arn:aws:iam::123456789012:role/${'r'.repeat(65)}`,
    'DRSOrchestrationRole'
  ])('rejects %s', roleArn => {
    const problem = problemFor('role-arn', roleArn)
    expect(problem).toContain('arn:aws:iam::123456789012:role/')
    expect(problem).toContain(`"${roleArn}"`)
  })
})

describe('account-id', () => {
  test('defaults to the account in role-arn', () => {
    expect(parse({ 'role-arn': 'arn:aws:iam::444455556666:role/R' }).accountId).toBe('444455556666')
  })

  test('accepts the same account spelt out', () => {
    expect(parse({ 'account-id': '123456789012' }).accountId).toBe('123456789012')
  })

  test.each(['12345678901', '1234567890123', '12345678901a', '1234-5678-9012'])(
    'rejects %s (not 12 digits)',
    accountId => {
      const problem = problemFor('account-id', accountId)
      expect(problem).toContain('12 digits')
      expect(problem).toContain(`"${accountId}"`)
    }
  )

  test('must equal the account in role-arn', () => {
    const problem = problemFor('account-id', '999999999999')
    expect(problem).toContain('the account in role-arn (123456789012)')
    expect(problem).toContain('"999999999999"')
  })
})

describe('external-id', () => {
  test('is null when unset', () => {
    expect(parse().externalId).toBeNull()
  })

  test.each(['ab', 'Ext-Id_1+=,.@:/x', 'e'.repeat(1224)])('accepts %s', externalId => {
    expect(parse({ 'external-id': externalId }).externalId).toBe(externalId)
  })

  test.each([
    ['too short', 'q'],
    ['too long', 'Z'.repeat(1225)],
    ['a space', 'secret value'],
    ['a quote', 'secret"value'],
    ['a non-ASCII letter', 'sécretvalue']
  ])('rejects one with %s and never echoes the secret', (_why, externalId) => {
    const error = inputErrorOf({ 'external-id': externalId })
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0]).toMatch(/^external-id: expected 2 to 1224 characters from \[/)
    expect(error.problems[0]).toContain('value not shown')
    expect(error.problems[0]).not.toContain(externalId)
    expect(error.message).not.toContain(externalId)
  })
})

// ---- regions and roles -----------------------------------------------------------------------

describe('source-regions', () => {
  test('splits on commas and/or newlines, trims and de-duplicates in order', () => {
    const settings = parse({
      'source-regions': 'us-east-1, eu-west-1\n  il-central-1\r\nca-west-1,\n\nus-east-1,eu-west-1'
    })
    expect(settings.sourceRegions).toEqual(['us-east-1', 'eu-west-1', 'il-central-1', 'ca-west-1'])
  })

  test.each([
    'us-east-1',
    'il-central-1',
    'us-gov-west-1',
    'ap-southeast-4',
    'cn-northwest-1',
    'ca-west-1'
  ])('accepts %s by pattern', region => {
    // A region outside aws needs a role (and target region) of its partition.
    const partition = region.startsWith('cn-')
      ? 'aws-cn'
      : region.startsWith('us-gov-')
        ? 'aws-us-gov'
        : 'aws'
    const role = `arn:${partition}:iam::123456789012:role/DRSOrchestrationRole`
    const inputs = { 'role-arn': role, ...REGIONS_OF[partition], 'source-regions': region }
    expect(parse(inputs).sourceRegions).toEqual([region])
  })

  test.each(['US-EAST-1', 'useast1', 'us-east', 'us-east-1a', 'us_east_1', 'u-east-1'])(
    'rejects %s',
    region => {
      const problem = problemFor('source-regions', `eu-west-1,${region}`)
      expect(problem).toContain('AWS region names like us-east-1')
      expect(problem).toContain(`"${region}"`)
    }
  )

  test('reports each bad region', () => {
    const { problems } = inputErrorOf({ 'source-regions': 'useast1\nus-east-1\nUS-WEST-2' })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('"useast1"')
    expect(problems[1]).toContain('"US-WEST-2"')
  })

  test('is required', () => {
    expect(problemFor('source-regions', '')).toMatch(
      /^source-regions: expected .*us-east-1.*\(required\)$/
    )
  })

  test('separators alone are not a region list', () => {
    expect(problemFor('source-regions', ', ,\n,')).toContain('(required)')
  })
})

describe('target-region', () => {
  test('accepts a region', () => {
    expect(parse({ 'target-region': 'il-central-1' }).targetRegion).toBe('il-central-1')
  })

  test('is required', () => {
    expect(problemFor('target-region', '')).toMatch(
      /^target-region: expected one AWS region .*\(required\)$/
    )
  })

  test.each(['US-WEST-2', 'uswest2', 'us-west', 'us-west-2,us-east-1'])('rejects %s', region => {
    const problem = problemFor('target-region', region)
    expect(problem).toContain('one AWS region like us-west-2')
    expect(problem).toContain(`"${region}"`)
  })
})

describe('oidc-role-arn and audience', () => {
  test('oidc-role-arn is null when unset and kept when valid', () => {
    expect(parse().oidcRoleArn).toBeNull()
    expect(parse({ 'oidc-role-arn': OIDC_ROLE_ARN }).oidcRoleArn).toBe(OIDC_ROLE_ARN)
    const govArn = 'arn:aws-us-gov:iam::111122223333:role/ci/GitHubDRS'
    const govTarget = 'arn:aws-us-gov:iam::123456789012:role/DRSOrchestrationRole'
    const gov = { 'role-arn': govTarget, ...REGIONS_OF['aws-us-gov'] }
    expect(parse({ ...gov, 'oidc-role-arn': govArn }).oidcRoleArn).toBe(govArn)
  })

  test.each([
    'arn:aws:iam::111122223333:user/ci',
    'arn:aws:sts::111122223333:assumed-role/R/s',
    'GitHubDRS'
  ])('oidc-role-arn rejects %s', arn => {
    const problem = problemFor('oidc-role-arn', arn)
    expect(problem).toContain('an IAM role ARN like arn:aws:iam::111122223333:role/')
    expect(problem).toContain(`"${arn}"`)
  })

  test('audience defaults to sts.amazonaws.com and takes a custom value', () => {
    expect(parse().audience).toBe('sts.amazonaws.com')
    expect(parse({ audience: 'sts.amazonaws.com.cn' }).audience).toBe('sts.amazonaws.com.cn')
  })
})

// ---- the session ---------------------------------------------------------------------------

describe('role-session-name', () => {
  test('defaults to drs-<run id>-<attempt>', () => {
    expect(parse().roleSessionName).toBe('drs-9876543210-2')
    expect(parse({}, { ...RUN, runId: '42', runAttempt: '7' }).roleSessionName).toBe('drs-42-7')
  })

  test('keeps every allowed character', () => {
    expect(parse({ 'role-session-name': 'a+b=c,d.e@f-g_h9' }).roleSessionName).toBe(
      'a+b=c,d.e@f-g_h9'
    )
  })

  test('drops characters outside [\\w+=,.@-]', () => {
    expect(parse({ 'role-session-name': 'deploy/dr rollout#1 (main)!' }).roleSessionName).toBe(
      'deploydrrollout1main'
    )
    expect(parse({ 'role-session-name': 'dependabot[bot]' }).roleSessionName).toBe('dependabotbot')
  })

  test('is cut to 64 characters', () => {
    const name = parse({ 'role-session-name': 'x'.repeat(70) + 'y' }).roleSessionName
    expect(name).toBe('x'.repeat(64))
  })

  test.each(['a', '!!a!!', '[]', 'é'])(
    'rejects %s, shorter than 2 characters once sanitised',
    raw => {
      const problem = problemFor('role-session-name', raw)
      expect(problem).toContain('2 to 64 characters from [A-Za-z0-9_+=,.@-]')
      expect(problem).toContain(`"${raw}"`)
    }
  )

  test('sanitiseSessionName on its own', () => {
    expect(sanitiseSessionName('run 12/3')).toBe('run123')
    expect(sanitiseSessionName('é'.repeat(10) + 'ok')).toBe('ok')
    expect(sanitiseSessionName('z'.repeat(100))).toHaveLength(64)
  })
})

describe('role-duration-seconds', () => {
  test('defaults to 3600', () => {
    expect(parse().roleDurationSeconds).toBe(3600)
  })

  test.each([
    ['900', 900],
    ['3600', 3600],
    ['7200', 7200],
    ['43200', 43200]
  ])('accepts %s without oidc-role-arn', (text, seconds) => {
    expect(parse({ 'role-duration-seconds': text }).roleDurationSeconds).toBe(seconds)
  })

  test.each(['899', '43201', '0', '-3600', '3600.5', '1e3', 'one hour', '36OO'])(
    'rejects %s',
    text => {
      const problem = problemFor('role-duration-seconds', text)
      expect(problem).toContain('a whole number of seconds from 900 to 43200')
      expect(problem).toContain(`"${text}"`)
    }
  )

  test('up to 3600 is fine with oidc-role-arn', () => {
    expect(
      parse({ 'oidc-role-arn': OIDC_ROLE_ARN, 'role-duration-seconds': '3600' }).roleDurationSeconds
    ).toBe(3600)
    expect(
      parse({ 'oidc-role-arn': OIDC_ROLE_ARN, 'role-duration-seconds': '900' }).roleDurationSeconds
    ).toBe(900)
  })

  test.each(['3601', '43200'])('%s is rejected only when oidc-role-arn is set', text => {
    expect(parse({ 'role-duration-seconds': text }).roleDurationSeconds).toBe(Number(text))
    const problem = problemFor('role-duration-seconds', text, { 'oidc-role-arn': OIDC_ROLE_ARN })
    expect(problem).toContain('at most 3600 with oidc-role-arn')
    expect(problem).toContain('one hour')
    expect(problem).toContain(`"${text}"`)
  })
})

// ---- booleans --------------------------------------------------------------------------------

describe('boolean inputs', () => {
  const BOOLEANS: [name: string, key: keyof Settings, byDefault: boolean][] = [
    ['session-tagging', 'sessionTagging', true],
    ['skip-registered', 'skipRegistered', true],
    ['dry-run', 'dryRun', false],
    ['fail-on-error', 'failOnError', true]
  ]

  test.each(BOOLEANS)('%s defaults to the documented value', (_name, key, byDefault) => {
    expect(parse()[key]).toBe(byDefault)
  })

  describe.each(BOOLEANS)('%s', (name, key) => {
    test.each(['true', 'True', 'TRUE'])('%s is true', text => {
      expect(parse({ [name]: text })[key]).toBe(true)
    })

    test.each(['false', 'False', 'FALSE'])('%s is false', text => {
      expect(parse({ [name]: text })[key]).toBe(false)
    })

    test.each(['yes', 'no', '1', '0', 'tRUE', 'on', 'falsy'])('%s is an error', text => {
      expect(problemFor(name, text)).toBe(`${name}: expected true or false, got "${text}"`)
    })
  })
})

// ---- what to target ------------------------------------------------------------------------

describe('tag-filters', () => {
  test('defaults to dr:enabled=true and dr:recovery-strategy=drs', () => {
    expect(parse().tagFilters).toEqual([
      { key: 'dr:enabled', value: 'true' },
      { key: 'dr:recovery-strategy', value: 'drs' }
    ])
  })

  test('splits on commas and newlines and trims around the =', () => {
    expect(parse({ 'tag-filters': 'Env = prod, app=web\nteam:owner=dr\r\n' }).tagFilters).toEqual([
      { key: 'Env', value: 'prod' },
      { key: 'app', value: 'web' },
      { key: 'team:owner', value: 'dr' }
    ])
  })

  test('a value may itself contain =', () => {
    expect(parse({ 'tag-filters': 'config=a=b==c' }).tagFilters).toEqual([
      { key: 'config', value: 'a=b==c' }
    ])
  })

  test.each(['novalue', '=x', 'k=', 'dr:enabled'])('rejects the item %s', item => {
    const problem = problemFor('tag-filters', `env=prod,${item}`)
    expect(problem).toContain('key=value pairs separated by commas or newlines')
    expect(problem).toContain(`"${item}"`)
  })

  test('an empty list is refused when instance-ids is not set', () => {
    expect(problemFor('tag-filters', ',\n,')).toContain(
      'at least one key=value pair when instance-ids is not set'
    )
  })
})

describe('instance-ids', () => {
  test('is empty by default, leaving tag-filters in use', () => {
    const settings = parse()
    expect(settings.instanceIds).toEqual([])
    expect(settings.tagFilters).not.toEqual([])
  })

  test('splits on commas, spaces and newlines, de-duplicates, and replaces tag-filters', () => {
    const settings = parse({
      'instance-ids': 'i-0123abcd, i-0123456789abcdef0\ni-89abcdef   i-0123abcd\r\n',
      'tag-filters': 'env=prod'
    })
    expect(settings.instanceIds).toEqual(['i-0123abcd', 'i-0123456789abcdef0', 'i-89abcdef'])
    expect(settings.tagFilters).toEqual([])
  })

  test.each([
    'i-0123abc',
    'i-0123456789abcdef',
    'i-0123456789abcdef01',
    'i-0123456789ABCDEF0',
    'i-0123456g',
    'x-0123abcd',
    '0123456789abcdef0'
  ])('rejects %s (8 or 17 lowercase hex expected)', id => {
    const problem = problemFor('instance-ids', `i-0123abcd ${id}`)
    expect(problem).toContain('EC2 instance ids like i-0123456789abcdef0')
    expect(problem).toContain(`"${id}"`)
  })
})

// ---- the wait and SendCommand -----------------------------------------------------------------

describe('wait-for', () => {
  test('defaults to install', () => {
    expect(parse().waitFor).toBe('install')
  })

  test.each(['none', 'install', 'replication'])('accepts %s', waitFor => {
    expect(parse({ 'wait-for': waitFor }).waitFor).toBe(waitFor)
  })

  test.each(['Install', 'all', 'continuous'])('rejects %s', waitFor => {
    expect(problemFor('wait-for', waitFor)).toBe(
      `wait-for: expected none, install or replication, got "${waitFor}"`
    )
  })
})

describe('timeout-minutes', () => {
  test('defaults to 30', () => {
    expect(parse().timeoutMinutes).toBe(30)
  })

  test.each([
    ['0.5', 0.5],
    ['.25', 0.25],
    ['1', 1],
    ['90', 90],
    ['1440', 1440]
  ])('accepts %s', (text, minutes) => {
    expect(parse({ 'timeout-minutes': text }).timeoutMinutes).toBe(minutes)
  })

  test.each(['0', '0.0', '-5', '-0.5', 'ten', '30m', '1e2', '1441'])('rejects %s', text => {
    const problem = problemFor('timeout-minutes', text)
    expect(problem).toContain('a number of minutes above 0')
    expect(problem).toContain('fractions allowed, e.g. 0.5')
    expect(problem).toContain(`"${text}"`)
  })
})

describe('max-concurrency', () => {
  test("is null by default (SSM's own)", () => {
    expect(parse().maxConcurrency).toBeNull()
  })

  test.each(['1', '10', '250', '1%', '50%', '100%'])('accepts %s', text => {
    expect(parse({ 'max-concurrency': text }).maxConcurrency).toBe(text)
  })

  test.each(['0', '0%', '101%', '-1', '10 %', '05', 'all'])('rejects %s', text => {
    const problem = problemFor('max-concurrency', text)
    expect(problem).toContain('a positive number (e.g. 50) or a percentage from 1% to 100%')
    expect(problem).toContain(`"${text}"`)
  })
})

describe('max-errors', () => {
  test('defaults to 100%', () => {
    expect(parse().maxErrors).toBe('100%')
  })

  test.each(['0', '0%', '1', '25', '7%', '25%', '100%'])('accepts %s', text => {
    expect(parse({ 'max-errors': text }).maxErrors).toBe(text)
  })

  test.each(['-1', '101%', '05%', '007', 'all', '5 %'])('rejects %s', text => {
    const problem = problemFor('max-errors', text)
    expect(problem).toContain('a number (e.g. 0 or 10) or a percentage from 0% to 100%')
    expect(problem).toContain(`"${text}"`)
  })
})

describe('document-name', () => {
  test('defaults to the AWS install document', () => {
    expect(parse().documentName).toBe('AWSDisasterRecovery-InstallDRAgentOnInstance')
  })

  test.each([
    'My-Custom.Install_Doc',
    'arn:aws:ssm:us-east-1:123456789012:document/DRS-Install',
    'arn:aws-us-gov:ssm:us-gov-west-1:123456789012:document/DRS-Install'
  ])('accepts %s', name => {
    expect(parse({ 'document-name': name }).documentName).toBe(name)
  })

  test.each([
    'ab',
    'has space',
    'd'.repeat(129),
    'arn:aws:ssm:us-east-1:1234:document/DRS-Install',
    'arn:aws:s3:::bucket/doc'
  ])('rejects %s', name => {
    const problem = problemFor('document-name', name)
    expect(problem).toContain('an SSM document name (3 to 128 of [A-Za-z0-9_.-]) or a document ARN')
    expect(problem).toContain(`"${name}"`)
  })
})

describe('source-server-tags', () => {
  test('is empty by default', () => {
    expect(parse().sourceServerTags).toEqual([])
  })

  test('parses key=value pairs', () => {
    expect(
      parse({ 'source-server-tags': 'Owner=dr-team,\nCostCenter=42, url=a=b' }).sourceServerTags
    ).toEqual([
      { key: 'Owner', value: 'dr-team' },
      { key: 'CostCenter', value: '42' },
      { key: 'url', value: 'a=b' }
    ])
  })

  test.each(['aws:createdBy', 'AWS:createdBy', 'Aws:x'])('rejects the reserved key %s', key => {
    const problem = problemFor('source-server-tags', `Owner=dr,${key}=me`)
    expect(problem).toContain('keys that do not start with aws: (reserved)')
    expect(problem).toContain(`"${key}"`)
  })

  test('a key merely containing aws: is fine', () => {
    expect(parse({ 'source-server-tags': 'team:aws:x=1' }).sourceServerTags).toEqual([
      { key: 'team:aws:x', value: '1' }
    ])
  })

  test('rejects an item without =', () => {
    expect(problemFor('source-server-tags', 'Owner')).toContain('key=value pairs')
  })
})

describe('notify-topic-arn', () => {
  test('is null by default', () => {
    expect(parse().notifyTopicArn).toBeNull()
  })

  test.each([
    ['arn:aws:sns:eu-west-1:123456789012:drs-rollout', 'eu-west-1'],
    ['arn:aws:sns:us-east-2:123456789012:drs_rollout.fifo', 'us-east-2'],
    ['arn:aws-cn:sns:cn-north-1:123456789012:drs', 'cn-north-1'],
    ['arn:aws-us-gov:sns:us-gov-west-1:123456789012:drs', 'us-gov-west-1']
  ])('accepts %s, published in %s', (arn, region) => {
    const partition = arn.split(':')[1]
    const role = `arn:${partition}:iam::123456789012:role/DRSOrchestrationRole`
    const inputs = { 'role-arn': role, ...REGIONS_OF[partition], 'notify-topic-arn': arn }
    expect(parse(inputs).notifyTopicArn).toBe(arn)
    expect(regionOfTopic(arn)).toBe(region)
  })

  test.each([
    'drs-rollout',
    'arn:aws:sqs:eu-west-1:123456789012:drs-rollout',
    'arn:aws:sns:eu-west-1:12345:drs-rollout',
    'arn:aws:sns:EU-WEST-1:123456789012:drs-rollout',
    'arn:aws:sns:eu-west-1:123456789012:drs rollout'
  ])('rejects %s', arn => {
    const problem = problemFor('notify-topic-arn', arn)
    expect(problem).toContain('an SNS topic ARN like arn:aws:sns:us-east-1:123456789012:')
    expect(problem).toContain(`"${arn}"`)
    expect(() => regionOfTopic(arn)).toThrow(/not an SNS topic ARN/)
  })
})

// ---- the whole parse ---------------------------------------------------------------------------

describe('parseSettings', () => {
  test('a full valid set of inputs gives the typed settings', () => {
    const settings = parse({
      'role-arn': 'arn:aws:iam::123456789012:role/dr/DRSOrchestrationRole',
      'account-id': '123456789012',
      'external-id': 'ext-123',
      'source-regions': 'us-east-1,eu-west-1',
      'target-region': 'us-west-2',
      'oidc-role-arn': OIDC_ROLE_ARN,
      audience: 'sts.amazonaws.com',
      'role-session-name': 'dr-rollout',
      'role-duration-seconds': '1800',
      'session-tagging': 'false',
      'tag-filters': 'env=prod',
      'instance-ids': '',
      'skip-registered': 'false',
      'dry-run': 'true',
      'wait-for': 'replication',
      'timeout-minutes': '45',
      'max-concurrency': '10%',
      'max-errors': '0',
      'fail-on-error': 'false',
      'document-name': 'Custom-Install',
      'source-server-tags': 'Owner=dr',
      'notify-topic-arn': 'arn:aws:sns:us-east-1:123456789012:drs'
    })
    const expected: Settings = {
      roleArn: 'arn:aws:iam::123456789012:role/dr/DRSOrchestrationRole',
      partition: 'aws',
      accountId: '123456789012',
      targets: [
        {
          accountId: '123456789012',
          roleArn: 'arn:aws:iam::123456789012:role/dr/DRSOrchestrationRole'
        }
      ],
      roleName: null,
      duplicateAccounts: [],
      accountConcurrency: 10,
      drsReplicatingLimit: 300,
      externalId: 'ext-123',
      sourceRegions: ['us-east-1', 'eu-west-1'],
      targetRegion: 'us-west-2',
      oidcRoleArn: OIDC_ROLE_ARN,
      audience: 'sts.amazonaws.com',
      roleSessionName: 'dr-rollout',
      roleDurationSeconds: 1800,
      sessionTagging: false,
      tagFilters: [{ key: 'env', value: 'prod' }],
      instanceIds: [],
      skipRegistered: false,
      dryRun: true,
      waitFor: 'replication',
      timeoutMinutes: 45,
      maxConcurrency: '10%',
      maxErrors: '0',
      failOnError: false,
      canary: { kind: 'count', value: 0 },
      waveTag: null,
      maxFailures: { kind: 'percent', value: 100 },
      documentName: 'Custom-Install',
      sourceServerTags: [{ key: 'Owner', value: 'dr' }],
      notifyTopicArn: 'arn:aws:sns:us-east-1:123456789012:drs',
      run: RUN
    }
    expect(settings).toEqual(expected)
  })

  test('values are trimmed', () => {
    const settings = parse({
      'role-arn': `  ${ROLE_ARN}\n`,
      'target-region': ' us-west-2 ',
      'dry-run': ' true '
    })
    expect(settings.roleArn).toBe(ROLE_ARN)
    expect(settings.targetRegion).toBe('us-west-2')
    expect(settings.dryRun).toBe(true)
  })

  test('several bad inputs give one InputError listing every problem', () => {
    const error = inputErrorOf({
      'role-arn': 'arn:aws:iam::123:role/x',
      'source-regions': 'useast1',
      'target-region': '',
      'role-duration-seconds': '60',
      'dry-run': 'maybe',
      'wait-for': 'forever',
      'timeout-minutes': '0'
    })
    expect(error).toBeInstanceOf(InputError)
    expect(error.name).toBe('InputError')
    expect(error.problems.map(p => p.slice(0, p.indexOf(':')))).toEqual([
      'role-arn',
      'source-regions',
      'target-region',
      'role-duration-seconds',
      'dry-run',
      'wait-for',
      'timeout-minutes'
    ])
    expect(error.message.startsWith('Invalid inputs:\n')).toBe(true)
    for (const problem of error.problems) expect(error.message).toContain(`  - ${problem}`)
  })

  test('one bad input gives a one-line message', () => {
    const error = inputErrorOf({ 'wait-for': 'forever' })
    expect(error.message).toBe(
      'Invalid input: wait-for: expected none, install or replication, got "forever"'
    )
  })

  test('every required input missing is reported at once', () => {
    const error = (() => {
      try {
        parseSettings(() => '', RUN)
      } catch (e) {
        return e
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(InputError)
    const problems = (error as InputError).problems
    for (const name of INPUTS.filter(input => input.required).map(input => input.name)) {
      expect(problems).toContainEqual(
        expect.stringMatching(new RegExp(`^${name}: .*\\(required\\)$`))
      )
    }
  })

  test('does no I/O: it reads each declared input through `read` and nothing else', () => {
    const read = jest.fn(reader(MINIMAL))
    const saved = { ...process.env }
    process.env.GITHUB_RUN_ID = '1'
    process.env.GITHUB_RUN_ATTEMPT = '1'
    process.env['INPUT_ROLE-ARN'] = 'arn:aws:iam::000000000000:role/FromEnvironment'
    process.env['INPUT_TARGET-REGION'] = 'eu-central-1'
    try {
      const settings = parseSettings(read, RUN)
      expect(settings).not.toBeInstanceOf(Promise)
      expect(settings.roleArn).toBe(ROLE_ARN)
      expect(settings.targetRegion).toBe('us-west-2')
      expect(settings.roleSessionName).toBe('drs-9876543210-2')
      expect(settings.run).toBe(RUN)
    } finally {
      process.env = saved
    }
    const names = read.mock.calls.map(([name]) => name)
    expect(new Set(names)).toEqual(new Set(INPUTS.map(input => input.name)))
  })
})

describe('splitList', () => {
  test('splits on commas and newlines, trims, drops empty items', () => {
    expect(splitList(' a ,b\n\nc\r\n, ,d e')).toEqual(['a', 'b', 'c', 'd e'])
  })

  test('also on spaces and tabs when asked', () => {
    expect(splitList('a b\tc,d\ne', true)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  test('empty input gives no items', () => {
    expect(splitList('')).toEqual([])
    expect(splitList(' ,\n ', true)).toEqual([])
  })
})

// ---- issue 19, item 9: the smaller input gaps ------------------------------------------------

describe('partitions are cross-checked against role-arn', () => {
  test.each([
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['eusc-de-east-1', 'aws-eusc'],
    ['us-east-1', 'aws'],
    ['il-central-1', 'aws']
  ])('%s is in %s', (region, partition) => {
    expect(regionPartition(region)).toBe(partition)
  })

  test('an aws-cn role-arn with us-* regions names both region inputs', () => {
    const { problems } = inputErrorOf({
      'role-arn': 'arn:aws-cn:iam::123456789012:role/DRSOrchestrationRole'
    })
    expect(problems).toEqual([
      `source-regions: expected regions in role-arn's partition (aws-cn), got "us-east-1"`,
      `target-region: expected a region in role-arn's partition (aws-cn), got "us-west-2"`
    ])
  })

  test('cn-north-1 under an aws role-arn is refused', () => {
    expect(problemFor('source-regions', 'us-east-1,cn-north-1')).toBe(
      `source-regions: expected regions in role-arn's partition (aws), got "cn-north-1"`
    )
    expect(problemFor('target-region', 'cn-north-1')).toBe(
      `target-region: expected a region in role-arn's partition (aws), got "cn-north-1"`
    )
  })

  test('oidc-role-arn and notify-topic-arn must share the partition', () => {
    const gov = 'arn:aws-us-gov:iam::111122223333:role/GitHubDRS'
    expect(problemFor('oidc-role-arn', gov)).toBe(
      `oidc-role-arn: expected a role ARN in role-arn's partition (aws), got "${gov}"`
    )
    // A topic whose own region lies outside its partition is refused as well.
    for (const topic of [
      'arn:aws-cn:sns:cn-north-1:123456789012:drs',
      'arn:aws:sns:cn-north-1:123456789012:drs'
    ]) {
      expect(problemFor('notify-topic-arn', topic)).toBe(
        `notify-topic-arn: expected a topic ARN and region in role-arn's partition (aws), got "${topic}"`
      )
    }
  })

  test('eusc-* regions are accepted with an aws-eusc role', () => {
    const settings = parse({
      'role-arn': 'arn:aws-eusc:iam::123456789012:role/DRSOrchestrationRole',
      'source-regions': 'eusc-de-east-1',
      'target-region': 'eusc-de-east-1'
    })
    expect(settings.partition).toBe('aws-eusc')
    expect(settings.sourceRegions).toEqual(['eusc-de-east-1'])
  })
})

describe('source-server-tags follow DRS tag rules', () => {
  test('at most 50 tags', () => {
    const tags = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}=v`).join(',')
    expect(parse({ 'source-server-tags': tags(50) }).sourceServerTags).toHaveLength(50)
    expect(problemFor('source-server-tags', tags(51))).toBe(
      `source-server-tags: expected at most 50 tags (DRS's limit), got "51 tags"`
    )
  })

  test('keys up to 128 and values up to 256 characters; letters of any script are fine', () => {
    const ok = `${'k'.repeat(128)}=${'v'.repeat(256)},Équipe=Bühne 1,所有者=チーム`
    expect(parse({ 'source-server-tags': ok }).sourceServerTags).toHaveLength(3)
    expect(problemFor('source-server-tags', `${'k'.repeat(129)}=v`)).toContain(
      'tag keys of 1 to 128 letters'
    )
    expect(problemFor('source-server-tags', `k=${'v'.repeat(257)}`)).toContain(
      'tag values of at most 256 letters'
    )
  })

  test.each(['team=a;b', 'te$am=x', 'team=<x>', 'team=a\u0007b'])('refuses %j', pair => {
    const problem = problemFor('source-server-tags', pair)
    expect(problem).toMatch(/tag (keys|values) of/)
    // A control character is shown escaped, never raw.
    expect(problem).not.toContain('\u0007')
  })
})

describe('SSM rate limits are at most 7 characters', () => {
  test('max-concurrency and max-errors accept 7 characters and refuse 8', () => {
    expect(parse({ 'max-concurrency': '9999999' }).maxConcurrency).toBe('9999999')
    expect(parse({ 'max-errors': '9999999' }).maxErrors).toBe('9999999')
    expect(problemFor('max-concurrency', '10000000')).toContain('at most 7 characters')
    expect(problemFor('max-errors', '10000000')).toContain('at most 7 characters')
  })
})

describe('audience is one line', () => {
  test.each(['sts.amazonaws.com\nX-Injected: 1', 'sts\r.amazonaws.com', 'a\u001b[31mb', 'a\tb'])(
    'refuses %j',
    audience => {
      const problem = problemFor('audience', audience)
      expect(problem).toContain('without newlines or control characters')
      expect(problem).not.toMatch(/\p{Cc}/u)
    }
  )
})

describe('role ARNs within IAM limits', () => {
  test('a path up to 512 characters and a name up to 64', () => {
    const path = `${'p'.repeat(509)}/`
    const arn = `arn:aws:iam::123456789012:role/${path}${'n'.repeat(64)}`
    expect(parse({ 'role-arn': arn }).roleArn).toBe(arn)
  })

  test('an 800-character path never reaches STS', () => {
    const arn = `arn:aws:iam::123456789012:role/${'p'.repeat(800)}/DRSOrchestrationRole`
    const problem = problemFor('role-arn', arn)
    expect(problem).toContain('a path of at most 512')
    expect(problemFor('oidc-role-arn', arn)).toContain('a path of at most 512')
  })

  test('a 65-character name is refused', () => {
    expect(problemFor('role-arn', `arn:aws:iam::123456789012:role/${'n'.repeat(65)}`)).toContain(
      'a name of at most 64'
    )
  })
})
