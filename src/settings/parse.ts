// The pure parser of the install action's inputs: raw strings in (as core.getInput returns them),
// one validated Settings out, or one InputError holding every problem found. No I/O.
import {
  ACCOUNT_ID,
  audienceProblem,
  CONTROL_CHARACTERS,
  inputReader,
  isRoleName,
  parsePairs,
  parseRoleArn,
  parseTopicArn,
  REGION,
  regionPartition,
  ROLE_LIMITS,
  roleArnExpected,
  sanitiseSessionName,
  splitList,
  unique,
  type InputReader,
  type KeyValue
} from './fields.js'
import { parseRollout } from './rollout.js'
import { INPUTS } from './spec.js'
import type { RunContext, Settings, WaitFor } from './types.js'

const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/
/** SSM's patterns for SendCommand MaxConcurrency and MaxErrors (each at most 7 characters). */
const SSM_RATE = /^(?:[1-9]\d*|[1-9]\d?%|100%)$/
const SSM_ERRORS = /^(?:0|[1-9]\d*|[1-9]?\d%|100%)$/
const SSM_RATE_MAX_CHARS = 7
const DOCUMENT =
  /^(?:[\w.-]{3,128}|arn:aws(?:-[a-z]+)*:ssm:[a-z0-9-]+:\d{12}:document\/[\w.-]{3,128})$/
const MAX_TIMEOUT_MINUTES = 24 * 60
const MAX_ACCOUNT_CONCURRENCY = 100
const TARGET_ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/DRSOrchestrationRole'
const CENTRAL_ROLE_EXAMPLE = 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator'

/** DRS's tag rules (TagResource): at most 50 tags; keys 1..128, values 0..256 of these characters. */
export const DRS_MAX_TAGS = 50
const DRS_TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u
const DRS_TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u

function pairs(input: InputReader, name: string): KeyValue[] {
  const { pairs: found, bad } = parsePairs(input.get(name))
  for (const item of bad) input.fail(name, 'key=value pairs separated by commas or newlines', item)
  return found
}

function regionList(input: InputReader, name: string, raw: string): string[] {
  const regions = unique(splitList(raw))
  for (const region of regions) {
    if (!REGION.test(region))
      input.fail(name, 'AWS region names like us-east-1, separated by commas or newlines', region)
  }
  return regions
}

/** The external id, shared by every account's AssumeRole. */
function parseExternalId(input: InputReader): string | null {
  const externalId = input.get('external-id')
  // The value is a secret: never echo it back.
  if (externalId !== '' && !EXTERNAL_ID.test(externalId)) {
    input.fail('external-id', '2 to 1224 characters from [A-Za-z0-9_+=,.@:/-] (value not shown)')
  }
  return externalId || null
}

/** The target role and its account (role-arn, with an optional account-id). */
function parseTargetRole(input: InputReader) {
  const roleArn = input.required(
    'role-arn',
    `${roleArnExpected(TARGET_ROLE_EXAMPLE)}, or accounts with role-name instead`
  )
  const role = parseRoleArn(roleArn)
  if (roleArn !== '' && !role) {
    input.fail('role-arn', `${roleArnExpected(TARGET_ROLE_EXAMPLE)} (${ROLE_LIMITS})`, roleArn)
  }
  const roleName = input.get('role-name')
  if (roleName !== '') {
    input.fail('role-name', 'unset with role-arn (role-name goes with accounts)', roleName)
  }

  let accountId = input.get('account-id')
  if (accountId === '') accountId = role?.accountId ?? ''
  else if (!ACCOUNT_ID.test(accountId)) input.fail('account-id', '12 digits', accountId)
  else if (role && accountId !== role.accountId) {
    input.fail('account-id', `the account in role-arn (${role.accountId})`, accountId)
  }
  const targets = roleArn !== '' && accountId !== '' ? [{ accountId, roleArn }] : []
  return { roleArn, role, accountId, targets, roleName: null, duplicateAccounts: [] }
}

const ACCOUNTS_EXPECTED = '12-digit account ids separated by commas, spaces or newlines'

/** The accounts of a many-account run, each with the ARN of role-name in it. */
function parseAccounts(input: InputReader, targetRegion: string) {
  if (input.get('role-arn') !== '') {
    input.fail('accounts', 'unset when role-arn is set (exactly one of role-arn and accounts)')
  }
  const accountIdText = input.get('account-id')
  if (accountIdText !== '') {
    input.fail('account-id', 'unset with accounts (account-id is only valid with role-arn)')
  }
  const listed = splitList(input.get('accounts'), true)
  const ids = unique(listed)
  for (const id of ids) if (!ACCOUNT_ID.test(id)) input.fail('accounts', ACCOUNTS_EXPECTED, id)
  if (ids.length === 0) input.fail('accounts', ACCOUNTS_EXPECTED, input.get('accounts'))
  const duplicateAccounts = ids.filter(id => listed.indexOf(id) !== listed.lastIndexOf(id))

  const roleName = input.required(
    'role-name',
    "the role's path and name in every account, e.g. DRSOrchestrationRole, with accounts"
  )
  if (roleName.startsWith('arn:')) {
    input.fail('role-name', 'a role name, not an ARN (e.g. DRSOrchestrationRole)', roleName)
  } else if (roleName !== '' && !isRoleName(roleName.replace(/^\/+/, ''))) {
    input.fail('role-name', `a role name with an optional path (${ROLE_LIMITS})`, roleName)
  }
  const partition = REGION.test(targetRegion) ? regionPartition(targetRegion) : 'aws'
  const name = roleName.replace(/^\/+/, '')
  const targets = ids
    .filter(id => ACCOUNT_ID.test(id))
    .map(accountId => ({ accountId, roleArn: `arn:${partition}:iam::${accountId}:role/${name}` }))
  const first = targets[0] ?? { accountId: '', roleArn: '' }
  return {
    roleArn: first.roleArn,
    role: parseRoleArn(first.roleArn),
    accountId: first.accountId,
    targets,
    roleName: name || null,
    duplicateAccounts
  }
}

function wholeNumber(input: InputReader, name: string, min: number, max: number): number {
  const text = input.get(name)
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`
    input.fail(name, `a whole number ${range}`, text)
  }
  return value
}

/** The central role and the sessions on both roles. */
function parseSessions(input: InputReader, run: RunContext) {
  const oidcRoleArn = input.get('oidc-role-arn')
  const oidcRole = oidcRoleArn === '' ? null : parseRoleArn(oidcRoleArn)
  if (oidcRoleArn !== '' && !oidcRole) {
    input.fail(
      'oidc-role-arn',
      `${roleArnExpected(CENTRAL_ROLE_EXAMPLE)} (${ROLE_LIMITS})`,
      oidcRoleArn
    )
  }
  const audience = input.get('audience')
  const audienceWrong = audienceProblem(audience)
  if (audienceWrong) {
    // Shown escaped: a newline or escape sequence in the problem would break the log line.
    const got = audience === '' ? undefined : JSON.stringify(audience).slice(1, -1)
    input.fail('audience', audienceWrong, got)
  }

  const rawSessionName =
    input.get('role-session-name') || `drs-${run.runId || 'local'}-${run.runAttempt || '1'}`
  const roleSessionName = sanitiseSessionName(rawSessionName)
  if (roleSessionName.length < 2) {
    input.fail('role-session-name', '2 to 64 characters from [A-Za-z0-9_+=,.@-]', rawSessionName)
  }

  const durationText = input.get('role-duration-seconds')
  const roleDurationSeconds = Number(durationText)
  if (!/^\d+$/.test(durationText) || roleDurationSeconds < 900 || roleDurationSeconds > 43200) {
    input.fail('role-duration-seconds', 'a whole number of seconds from 900 to 43200', durationText)
  } else if (oidcRoleArn !== '' && roleDurationSeconds > 3600) {
    input.fail(
      'role-duration-seconds',
      'at most 3600 with oidc-role-arn (STS caps role-chained sessions at one hour; the action refreshes them)',
      durationText
    )
  }
  const sessionTagging = input.bool('session-tagging')
  return {
    oidcRoleArn: oidcRoleArn || null,
    oidcRole,
    audience,
    roleSessionName,
    roleDurationSeconds,
    sessionTagging
  }
}

/** Where the instances are and which of them. */
function parseSelection(input: InputReader) {
  const sourceRegionsText = input.required(
    'source-regions',
    'one or more AWS regions like us-east-1'
  )
  const sourceRegions = regionList(input, 'source-regions', sourceRegionsText)
  if (sourceRegionsText !== '' && sourceRegions.length === 0) {
    input.problems.push({
      input: 'source-regions',
      expected: 'one or more AWS regions like us-east-1',
      required: true,
      got: sourceRegionsText
    })
  }
  const targetRegion = input.required('target-region', 'one AWS region like us-west-2')
  if (targetRegion !== '' && !REGION.test(targetRegion))
    input.fail('target-region', 'one AWS region like us-west-2', targetRegion)
  return { sourceRegions, targetRegion }
}

function parseInstances(input: InputReader) {
  const tagFilters = pairs(input, 'tag-filters')
  const instanceIds = unique(splitList(input.get('instance-ids'), true))
  for (const id of instanceIds) {
    if (!INSTANCE_ID.test(id))
      input.fail('instance-ids', 'EC2 instance ids like i-0123456789abcdef0', id)
  }
  if (instanceIds.length === 0 && tagFilters.length === 0) {
    input.fail('tag-filters', 'at least one key=value pair when instance-ids is not set')
  }
  return {
    tagFilters: instanceIds.length > 0 ? [] : tagFilters,
    instanceIds,
    skipRegistered: input.bool('skip-registered'),
    dryRun: input.bool('dry-run')
  }
}

function ssmRate(input: InputReader, name: string, pattern: RegExp, expected: string): string {
  const value = input.get(name)
  if (value !== '' && (value.length > SSM_RATE_MAX_CHARS || !pattern.test(value))) {
    input.fail(name, `${expected}, at most ${SSM_RATE_MAX_CHARS} characters`, value)
  }
  return value
}

/** How the commands are sent and waited for. */
function parseSending(input: InputReader) {
  const waitFor = input.get('wait-for')
  if (!['none', 'install', 'replication'].includes(waitFor))
    input.fail('wait-for', 'none, install or replication', waitFor)

  const timeoutText = input.get('timeout-minutes')
  const timeoutMinutes = Number(timeoutText)
  if (
    !/^\d+(?:\.\d+)?$|^\.\d+$/.test(timeoutText) ||
    !(timeoutMinutes > 0) ||
    timeoutMinutes > MAX_TIMEOUT_MINUTES
  ) {
    input.fail(
      'timeout-minutes',
      `a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} (fractions allowed, e.g. 0.5)`,
      timeoutText
    )
  }
  const maxConcurrency = ssmRate(
    input,
    'max-concurrency',
    SSM_RATE,
    'a positive number (e.g. 50) or a percentage from 1% to 100%'
  )
  const maxErrors = ssmRate(
    input,
    'max-errors',
    SSM_ERRORS,
    'a number (e.g. 0 or 10) or a percentage from 0% to 100%'
  )
  const failOnError = input.bool('fail-on-error')
  const documentName = input.get('document-name')
  if (!DOCUMENT.test(documentName)) {
    input.fail(
      'document-name',
      'an SSM document name (3 to 128 of [A-Za-z0-9_.-]) or a document ARN',
      documentName
    )
  }
  return {
    waitFor: waitFor as WaitFor,
    timeoutMinutes,
    maxConcurrency: maxConcurrency || null,
    maxErrors,
    failOnError,
    documentName,
    sourceServerTags: parseSourceServerTags(input)
  }
}

/** source-server-tags within DRS's tag rules, so a bad tag fails here and not on every instance. */
function parseSourceServerTags(input: InputReader): KeyValue[] {
  const name = 'source-server-tags'
  const tags = pairs(input, name)
  if (tags.length > DRS_MAX_TAGS) {
    input.fail(name, `at most ${DRS_MAX_TAGS} tags (DRS's limit)`, `${tags.length} tags`)
  }
  for (const tag of tags) {
    if (tag.key.toLowerCase().startsWith('aws:'))
      input.fail(name, 'keys that do not start with aws: (reserved)', tag.key)
    else if (!DRS_TAG_KEY.test(tag.key)) {
      input.fail(
        name,
        'tag keys of 1 to 128 letters, digits, spaces and _.:/=+-@',
        printable(tag.key)
      )
    }
    if (!DRS_TAG_VALUE.test(tag.value)) {
      input.fail(
        name,
        'tag values of at most 256 letters, digits, spaces and _.:/=+-@',
        printable(tag.value)
      )
    }
  }
  return tags
}

/** A value shown in a problem: control characters escaped, long values cut. */
function printable(value: string): string {
  const text = CONTROL_CHARACTERS.test(value) ? JSON.stringify(value).slice(1, -1) : value
  return text.length > 300 ? `${text.slice(0, 299)}…` : text
}

/**
 * Every ARN and region in one partition: role-arn's. A cn-north-1 region under an aws role (or an
 * aws-cn role with us-east-1) would only fail later, at STS or on every endpoint.
 */
function checkPartitions(
  input: InputReader,
  partition: string,
  regions: { sourceRegions: string[]; targetRegion: string },
  oidc: { arn: string; partition: string } | null,
  topicArn: string
): void {
  const inPartition = `in role-arn's partition (${partition})`
  for (const region of regions.sourceRegions) {
    if (REGION.test(region) && regionPartition(region) !== partition)
      input.fail('source-regions', `regions ${inPartition}`, region)
  }
  const target = regions.targetRegion
  if (REGION.test(target) && regionPartition(target) !== partition)
    input.fail('target-region', `a region ${inPartition}`, target)
  if (oidc && oidc.partition !== partition)
    input.fail('oidc-role-arn', `a role ARN ${inPartition}`, oidc.arn)
  const topic = parseTopicArn(topicArn)
  if (topic && (topic.partition !== partition || regionPartition(topic.region) !== partition))
    input.fail('notify-topic-arn', `a topic ARN and region ${inPartition}`, topicArn)
}

/**
 * Parses every input, collecting all problems so one run reports them all. `read` returns the raw
 * value ('' when unset), as core.getInput does. Throws InputError; makes no I/O.
 */
export function parseSettings(read: (name: string) => string, run: RunContext): Settings {
  const input = inputReader(INPUTS, read)
  const { role, ...target } =
    input.get('accounts') === ''
      ? parseTargetRole(input)
      : parseAccounts(input, input.get('target-region'))
  const externalId = parseExternalId(input)
  const regions = parseSelection(input)
  const accountConcurrency = wholeNumber(input, 'account-concurrency', 1, MAX_ACCOUNT_CONCURRENCY)
  const drsReplicatingLimit = wholeNumber(
    input,
    'drs-replicating-limit',
    1,
    Number.MAX_SAFE_INTEGER
  )
  const { oidcRole, ...sessions } = parseSessions(input, run)
  const instances = parseInstances(input)
  const sending = parseSending(input)
  const rollout = parseRollout(input, sending.waitFor)

  const notifyTopicArn = input.get('notify-topic-arn')
  if (notifyTopicArn !== '' && !parseTopicArn(notifyTopicArn)) {
    input.fail(
      'notify-topic-arn',
      'an SNS topic ARN like arn:aws:sns:us-east-1:123456789012:drs-rollout',
      notifyTopicArn
    )
  }
  if (role) {
    const oidc =
      oidcRole && sessions.oidcRoleArn
        ? { arn: sessions.oidcRoleArn, partition: oidcRole.partition }
        : null
    checkPartitions(input, role.partition, regions, oidc, notifyTopicArn)
  }
  input.done()

  return {
    ...target,
    externalId,
    accountConcurrency,
    drsReplicatingLimit,
    ...sessions,
    partition: role?.partition ?? 'aws',
    ...regions,
    ...instances,
    ...sending,
    ...rollout,
    notifyTopicArn: notifyTopicArn || null,
    run
  }
}
