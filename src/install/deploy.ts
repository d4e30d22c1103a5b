// Agent deployment: candidates -> SendCommand in batches of at most 50 instances, regions in
// parallel, calls paced within a region, and no instance sent twice when an outcome is unknown.
import {
  paginateListCommands,
  SendCommandCommand,
  type SendCommandCommandInput,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { AwsClients } from '../aws/clients.js'
import { chunk, type Candidate } from './discover.js'
import type { Settings } from '../settings/index.js'
import {
  errorCode,
  errorMessage,
  httpStatusOf,
  systemClock,
  type Clock,
  type RunnerPort
} from '../shared/port.js'
import { makeRow, sortRows, type Row } from '../shared/rows.js'

/** SendCommand accepts at most 50 InstanceIds. */
export const MAX_INSTANCES_PER_COMMAND = 50
/** SSM's limit on Comment. */
export const MAX_COMMENT_LENGTH = 100
/** Well under SendCommand's per-account rate, so bursts across regions are absorbed by SDK retries. */
export const SENDS_PER_SECOND = 3
export const MAX_SEND_ATTEMPTS = 4
/** Give SSM a moment to list a command whose SendCommand response was lost. */
export const LOOKUP_DELAY_MS = 2000
/** Runner and AWS clocks may disagree; the lookup also matches comment and instances. */
export const LOOKUP_SKEW_MS = 5 * 60 * 1000
const BACKOFF_BASE_MS = 1000
const BACKOFF_CAP_MS = 20000

export const OUTCOME_UNKNOWN = 'SendOutcomeUnknown'

/**
 * The request may have reached SSM but no answer came back. Deliberately carries no `code` and no
 * `cause`: the SDK would classify either as transient and resend on its own.
 */
export class SendOutcomeUnknownError extends Error {
  constructor(readonly original: unknown) {
    super(`no answer from SSM (${errorCode(original)}: ${errorMessage(original)})`)
    this.name = OUTCOME_UNKNOWN
  }
}

/** Connection never made: nothing reached SSM, so a resend (by the SDK or by us) is safe. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH'
])
const NOT_SENT_NAMES = new Set(['CredentialsProviderError', 'AbortError'])
const THROTTLING = /Throttl|TooManyRequests|RequestLimitExceeded|RateExceeded|SlowDown/

function networkCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** True when SSM may have created the command although we got no answer. */
export function isOutcomeUnknown(error: unknown): boolean {
  if (error instanceof SendOutcomeUnknownError || errorCode(error) === OUTCOME_UNKNOWN) return true
  if (!(error instanceof Error) || httpStatusOf(error) !== undefined) return false
  const code = networkCode(error)
  if (code !== undefined && NOT_SENT_CODES.has(code)) return false
  return !NOT_SENT_NAMES.has(error.name)
}

/**
 * Stops the SDK's own retry from resending SendCommand after a transport error that may have
 * happened after SSM received the request; our loop looks the command up first instead. Sits
 * innermost, so it sees only transport errors (HTTP error answers are thrown further out).
 */
export function guardAgainstBlindResend(command: SendCommandCommand): SendCommandCommand {
  command.middlewareStack.add(
    next => async args => {
      try {
        return await next(args)
      } catch (error) {
        const code = networkCode(error)
        if (code !== undefined && NOT_SENT_CODES.has(code)) throw error
        throw new SendOutcomeUnknownError(error)
      }
    },
    { step: 'deserialize', priority: 'low', name: 'drsGuardAgainstBlindResend' }
  )
  return command
}

export type SendErrorKind =
  'outcome-unknown' | 'retryable' | 'access-denied' | 'invalid-instance' | 'rejected'

export function classifySendError(error: unknown): SendErrorKind {
  if (isOutcomeUnknown(error)) return 'outcome-unknown'
  const code = errorCode(error)
  if (code === 'AccessDeniedException' || code === 'AccessDenied') return 'access-denied'
  if (code === 'InvalidInstanceId') return 'invalid-instance'
  const status = httpStatusOf(error)
  const net = networkCode(error)
  if (
    THROTTLING.test(code) ||
    (status !== undefined && (status === 429 || status >= 500)) ||
    (net !== undefined && NOT_SENT_CODES.has(net))
  ) {
    return 'retryable'
  }
  return 'rejected'
}

/** Unique per workflow attempt, region-local batch and sub-batch, so a lost command can be found. */
export function commandComment(settings: Settings, batchLabel: string): string {
  const run = `run ${settings.run.runId || 'local'}/${settings.run.runAttempt || '1'}`
  const suffix = ` ${run} batch ${batchLabel}`
  const prefix = 'drs-orchestration'
  const room = MAX_COMMENT_LENGTH - prefix.length - suffix.length - 1
  const repository = settings.run.repository.slice(0, Math.max(0, room))
  return (repository ? `${prefix} ${repository}${suffix}` : `${prefix}${suffix}`).slice(
    0,
    MAX_COMMENT_LENGTH
  )
}

export function sendParameters(settings: Settings): Record<string, string[]> {
  const parameters: Record<string, string[]> = { Region: [settings.targetRegion] }
  if (settings.sourceServerTags.length > 0) {
    parameters.Tags = [settings.sourceServerTags.map(tag => `${tag.key}=${tag.value}`).join(',')]
  }
  return parameters
}

export function sendCommandInput(
  settings: Settings,
  instanceIds: string[],
  comment: string
): SendCommandCommandInput {
  return {
    DocumentName: settings.documentName,
    InstanceIds: instanceIds,
    Parameters: sendParameters(settings),
    Comment: comment,
    MaxErrors: settings.maxErrors,
    ...(settings.maxConcurrency ? { MaxConcurrency: settings.maxConcurrency } : {})
  }
}

/** Where ssm:SendCommand's document resource points (AWS-owned documents have no account). */
export function documentArn(settings: Settings, region: string): string {
  const name = settings.documentName
  if (name.startsWith('arn:')) return name
  const owner = name.startsWith('AWS') ? '' : settings.accountId
  return `arn:${settings.partition}:ssm:${region}:${owner}:document/${name}`
}

export function sendFailureMessage(settings: Settings, region: string, error: unknown): string {
  const code = errorCode(error)
  const what = `SendCommand failed (${code}: ${errorMessage(error)})`
  switch (classifySendError(error)) {
    case 'access-denied': {
      const tag = settings.tagFilters[0]
      const condition = tag
        ? `ssm:resourceTag/${tag.key} = ${tag.value}`
        : 'ssm:resourceTag/<key> matching the instances'
      return (
        `${what}: the target role's ssm:SendCommand must allow the document ${documentArn(settings, region)} ` +
        `and the instances (arn:${settings.partition}:ec2:${region}:${settings.accountId}:instance/*), ` +
        `whose tag condition (${condition}) they must meet`
      )
    }
    case 'invalid-instance':
      return `${what}: SSM cannot reach this instance now (stopped, agent offline or not managed); check its SSM agent`
    default:
      break
  }
  if (code === 'InvalidDocument') {
    return `${what}: ${settings.documentName} does not exist in ${region}; create or share it there, or fix document-name`
  }
  if (code === 'InvalidParameters' || code === 'InvalidDocumentVersion') {
    return `${what}: the document rejected its parameters (Region, Tags); check source-server-tags and document-name`
  }
  if (code === 'UnsupportedPlatformType') {
    return `${what}: the document does not support this platform`
  }
  if (code === 'ValidationException') {
    return `${what}: check max-concurrency, max-errors and source-server-tags`
  }
  return what
}

/** Fixed spacing between sends: the injected clock decides when each caller may go. */
export class Pacer {
  private nextAt = Number.NEGATIVE_INFINITY

  constructor(
    private readonly clock: Clock,
    readonly intervalMs: number = 1000 / SENDS_PER_SECOND
  ) {}

  async take(): Promise<void> {
    const now = this.clock.now()
    // Reserve the slot before waiting, so concurrent callers queue rather than collide.
    const at = Math.max(now, this.nextAt)
    this.nextAt = at + this.intervalMs
    if (at > now) await this.clock.sleep(at - now)
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const set = new Set(a)
  return b.every(id => set.has(id))
}

function sameDocument(listed: string | undefined, sent: string): boolean {
  if (!listed) return false
  return listed === sent || sent.endsWith(`/${listed}`) || listed.endsWith(`/${sent}`)
}

/** The command a lost SendCommand created, if any (earliest when several match). */
export async function findSentCommand(
  ssm: SSMClient,
  sent: { comment: string; documentName: string; instanceIds: string[]; since: number }
): Promise<string | null> {
  let found: { id: string; at: number } | null = null
  const pages = paginateListCommands(
    { client: ssm, pageSize: 50 },
    {
      Filters: [{ key: 'InvokedAfter', value: new Date(sent.since).toISOString() }],
      MaxResults: 50
    }
  )
  for await (const page of pages) {
    for (const command of page.Commands ?? []) {
      if (
        command.CommandId &&
        command.Comment === sent.comment &&
        sameDocument(command.DocumentName, sent.documentName) &&
        (!command.InstanceIds?.length || sameIds(command.InstanceIds, sent.instanceIds))
      ) {
        const at = command.RequestedDateTime?.getTime() ?? Number.POSITIVE_INFINITY
        if (!found || at < found.at) found = { id: command.CommandId, at }
      }
    }
  }
  return found?.id ?? null
}

interface RegionContext {
  settings: Settings
  region: string
  ssm: SSMClient
  pacer: Pacer
  clock: Clock
  port: RunnerPort
}

interface BatchResult {
  rows: Row[]
  commands: number
}

function rowsFor(batch: readonly Candidate[], fields: Pick<Row, 'status'> & Partial<Row>): Row[] {
  return batch.map(candidate => makeRow({ ...candidate, ...fields }))
}

function backoff(attempt: number): number {
  return Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt)
}

/** Sends one batch; bounded attempts; never sends a batch again while its first send may exist. */
export async function sendBatch(
  ctx: RegionContext,
  batch: Candidate[],
  label: string
): Promise<BatchResult> {
  const { settings, region, ssm, clock, port } = ctx
  const instanceIds = batch.map(candidate => candidate.instanceId)
  const comment = commandComment(settings, label)
  let lastError: unknown = null

  for (let attempt = 1; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
    await ctx.pacer.take()
    const since = clock.now() - LOOKUP_SKEW_MS
    try {
      const command = guardAgainstBlindResend(
        new SendCommandCommand(sendCommandInput(settings, instanceIds, comment))
      )
      const output = await ssm.send(command)
      const commandId = output.Command?.CommandId
      if (!commandId) throw new Error('SendCommand answered without a CommandId')
      return { rows: rowsFor(batch, { status: 'pending', commandId }), commands: 1 }
    } catch (error) {
      lastError = error
      const kind = classifySendError(error)
      if (kind === 'outcome-unknown') {
        await clock.sleep(LOOKUP_DELAY_MS)
        let found: string | null
        try {
          found = await findSentCommand(ssm, {
            comment,
            documentName: settings.documentName,
            instanceIds,
            since
          })
        } catch (lookupError) {
          // Resending blind could install twice; stop and say how to check by hand.
          return {
            rows: rowsFor(batch, {
              status: 'failed',
              message:
                `SendCommand outcome unknown (${errorMessage(error)}) and ListCommands failed ` +
                `(${errorCode(lookupError)}: ${errorMessage(lookupError)}); not resent. Look for the ` +
                `command "${comment}" in Run Command history in ${region} before running again`
            }),
            commands: 0
          }
        }
        if (found) {
          port.debug(`${region}: batch ${label}: answer lost, found command ${found}`)
          return { rows: rowsFor(batch, { status: 'pending', commandId: found }), commands: 1 }
        }
        port.debug(`${region}: batch ${label}: answer lost and no command found; sending again`)
        continue
      }
      if (kind === 'retryable') {
        await clock.sleep(backoff(attempt))
        continue
      }
      if (kind === 'invalid-instance' && batch.length > 1) {
        // One instance gone offline since discovery must not fail the other 49: split and retry.
        const middle = Math.ceil(batch.length / 2)
        const halves = await Promise.all([
          sendBatch(ctx, batch.slice(0, middle), `${label}.1`),
          sendBatch(ctx, batch.slice(middle), `${label}.2`)
        ])
        return {
          rows: halves.flatMap(half => half.rows),
          commands: halves.reduce((sum, half) => sum + half.commands, 0)
        }
      }
      return {
        rows: rowsFor(batch, {
          status: 'failed',
          message: sendFailureMessage(settings, region, error)
        }),
        commands: 0
      }
    }
  }
  const unknown = isOutcomeUnknown(lastError)
  return {
    rows: rowsFor(batch, {
      status: 'failed',
      message:
        `gave up after ${MAX_SEND_ATTEMPTS} SendCommand attempts (${errorCode(lastError)}: ` +
        `${errorMessage(lastError)})` +
        (unknown
          ? `; the last outcome is unknown: look for "${comment}" in Run Command history in ${region}`
          : '')
    }),
    commands: 0
  }
}

async function deployRegion(ctx: RegionContext, candidates: Candidate[]): Promise<Row[]> {
  const sorted = [...candidates].sort((a, b) => (a.instanceId < b.instanceId ? -1 : 1))
  const batches = chunk(sorted, MAX_INSTANCES_PER_COMMAND)
  const results = await Promise.all(
    batches.map((batch, index) => sendBatch(ctx, batch, String(index + 1)))
  )
  const rows = results.flatMap(result => result.rows)
  const commands = results.reduce((sum, result) => sum + result.commands, 0)
  const sent = rows.filter(row => row.status === 'pending').length
  const failed = rows.length - sent
  ctx.port.info(
    `${ctx.region}: sent ${sent} instance(s) in ${commands} command(s)` +
      (failed > 0 ? `, ${failed} failed to send` : '')
  )
  return rows
}

export async function deployFleet(
  settings: Settings,
  clients: Pick<AwsClients, 'ssm'>,
  candidates: Candidate[],
  port: RunnerPort,
  clock: Clock = systemClock
): Promise<Row[]> {
  const byRegion = new Map<string, Candidate[]>()
  for (const candidate of candidates) {
    const list = byRegion.get(candidate.region) ?? []
    list.push(candidate)
    byRegion.set(candidate.region, list)
  }

  if (settings.dryRun) {
    for (const [region, list] of byRegion) {
      const commands = Math.ceil(list.length / MAX_INSTANCES_PER_COMMAND)
      port.info(
        `${region}: dry run, would send ${list.length} instance(s) in ${commands} command(s)`
      )
    }
    return sortRows(
      rowsFor(candidates, {
        status: 'dry-run',
        message: `dry run: would send ${settings.documentName} (Region ${settings.targetRegion})`
      })
    )
  }

  const perRegion = await Promise.all(
    [...byRegion].map(([region, list]) =>
      deployRegion(
        { settings, region, ssm: clients.ssm(region), pacer: new Pacer(clock), clock, port },
        list
      )
    )
  )
  return sortRows(perRegion.flat())
}
