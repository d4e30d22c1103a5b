// Agent deployment: candidates -> SendCommand in batches of at most 50 instances, regions in
// parallel, calls paced within a region, no instance sent twice when an outcome is unknown, and
// nothing sent once the run's cancel signal aborted.
import type { SendCommandCommandInput, SSMClient } from '@aws-sdk/client-ssm'
import type { AwsClients } from '../aws/clients.js'
import { classifyAwsError } from '../aws/errors.js'
import type { Settings } from '../settings/index.js'
import { systemClock, type Clock } from '../shared/clock.js'
import { chunk, Pacer } from '../shared/concurrency.js'
import { errorCode, errorMessage, type RunnerPort } from '../shared/port.js'
import { makeRow, sortRows, type Row } from '../shared/rows.js'
import type { Candidate } from './preflight.js'
import type { SentCommand } from './sent-commands.js'
import {
  classifySendError,
  deniesDocument,
  findSentCommand,
  isOutcomeUnknown,
  sendCommandOnce,
  type LostSend
} from './send.js'

/** SendCommand accepts at most 50 InstanceIds. */
export const MAX_INSTANCES_PER_COMMAND = 50
/** SSM's limit on Comment. */
export const MAX_COMMENT_LENGTH = 100
/** Well under SendCommand's per-account rate, so bursts across regions are absorbed by SDK retries. */
export const SENDS_PER_SECOND = 3
export const MAX_SEND_ATTEMPTS = 4
/** Give SSM a moment to list a command whose SendCommand answer was lost. */
export const LOOKUP_DELAY_MS = 2000
/**
 * SSM may list a new command late: the look-up is repeated, each wait twice the last, until this
 * much time has passed, and only then is the batch sent again.
 */
export const LOOKUP_GRACE_MS = 30_000
/** Runner and AWS clocks may disagree; the lookup also matches comment and instances. */
export const LOOKUP_SKEW_MS = 5 * 60 * 1000
const BACKOFF_BASE_MS = 1000
const BACKOFF_CAP_MS = 20000

/** The message reason of a candidate the deploy phase did not send because the run was cancelled. */
export const CANCELLED_BEFORE_SEND = 'the run was cancelled before its batch was sent'

/** The waits before each look-up of a lost command: 2 s, 4 s, 8 s, ... summing to the grace period. */
export function lookupDelays(): number[] {
  const delays: number[] = []
  let total = 0
  for (let delay = LOOKUP_DELAY_MS; total < LOOKUP_GRACE_MS; delay *= 2) {
    const next = Math.min(delay, LOOKUP_GRACE_MS - total)
    delays.push(next)
    total += next
  }
  return delays
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

function accessDeniedHint(settings: Settings, region: string): string {
  const tag = settings.tagFilters[0]
  const condition = tag
    ? `ssm:resourceTag/${tag.key} = ${tag.value}`
    : 'ssm:resourceTag/<key> matching the instances'
  return (
    `the target role's ssm:SendCommand must allow the document ${documentArn(settings, region)} ` +
    `and the instances (arn:${settings.partition}:ec2:${region}:${settings.accountId}:instance/*), ` +
    `whose tag condition (${condition}) they must meet`
  )
}

const REJECTION_HINTS: Record<string, (settings: Settings, region: string) => string> = {
  InvalidDocument: (settings, region) =>
    `${settings.documentName} does not exist in ${region}; create or share it there, or fix document-name`,
  InvalidParameters: () =>
    'the document rejected its parameters (Region, Tags); check source-server-tags and document-name',
  InvalidDocumentVersion: () =>
    'the document rejected its parameters (Region, Tags); check source-server-tags and document-name',
  UnsupportedPlatformType: () => 'the document does not support this platform',
  ValidationException: () => 'check max-concurrency, max-errors and source-server-tags'
}

export function sendFailureMessage(settings: Settings, region: string, error: unknown): string {
  const code = errorCode(error)
  const what = `SendCommand failed (${code}: ${errorMessage(error)})`
  switch (classifySendError(error)) {
    case 'access-denied':
      return `${what}: ${accessDeniedHint(settings, region)}`
    case 'invalid-instance':
      return `${what}: SSM cannot reach this instance now (stopped, agent offline or not managed); check its SSM agent`
    default:
      break
  }
  switch (classifyAwsError(error)) {
    case 'region-disabled':
      return `${what}: ${region} may not be enabled for this account; enable it or remove it from source-regions`
    case 'bad-credentials':
      return `${what}: the target role's session was not accepted; run again, and check the runner's clock if it persists`
    default: {
      const hint = REJECTION_HINTS[code]
      return hint ? `${what}: ${hint(settings, region)}` : what
    }
  }
}

interface RegionContext {
  settings: Settings
  region: string
  ssm: SSMClient
  pacer: Pacer
  clock: Clock
  port: RunnerPort
  signal: AbortSignal | undefined
  onBatch: ((result: BatchResult) => void) | undefined
  /** Before each batch's number, so the sends of one account's stages keep unique comments. */
  labelPrefix: string
}

export interface BatchResult {
  rows: Row[]
  /** The commands SSM created for these rows (none when the batch failed to send). */
  commands: SentCommand[]
}

function rowsFor(batch: readonly Candidate[], fields: Pick<Row, 'status'> & Partial<Row>): Row[] {
  return batch.map(candidate => makeRow({ ...candidate, ...fields }))
}

function backoff(attempt: number): number {
  return Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt)
}

/** A batch's final answer: published at once, so a cancelled run still reports it. */
function settle(ctx: RegionContext, result: BatchResult): BatchResult {
  ctx.onBatch?.(result)
  return result
}

function sent(ctx: RegionContext, batch: Candidate[], commandId: string, comment: string) {
  const command: SentCommand = {
    accountId: ctx.settings.accountId,
    region: ctx.region,
    commandId,
    instanceIds: batch.map(candidate => candidate.instanceId),
    comment,
    sentAt: ctx.clock.now()
  }
  return settle(ctx, {
    rows: rowsFor(batch, { status: 'pending', commandId }),
    commands: [command]
  })
}

function failed(ctx: RegionContext, batch: Candidate[], message: string): BatchResult {
  return settle(ctx, { rows: rowsFor(batch, { status: 'failed', message }), commands: [] })
}

type LookupOutcome = { found: string } | { notFound: true } | { failure: string }

/**
 * Looks a lost command up, again and again over the grace period (SSM may list it late). A failed
 * look-up, or a cancel, ends the search without a resend: resending blind could install twice.
 */
async function lookUpLostCommand(
  ctx: RegionContext,
  lost: LostSend,
  sendError: unknown
): Promise<LookupOutcome> {
  const howToCheck = `look for the command "${lost.comment}" in Run Command history in ${ctx.region} before running again`
  for (const delay of lookupDelays()) {
    await ctx.clock.sleep(delay, ctx.signal)
    let found: string | null
    try {
      found = await findSentCommand(ctx.ssm, lost)
    } catch (lookupError) {
      return {
        failure:
          `SendCommand outcome unknown (${errorMessage(sendError)}) and ListCommands failed ` +
          `(${errorCode(lookupError)}: ${errorMessage(lookupError)}); not resent. ${capitalise(howToCheck)}`
      }
    }
    if (found) return { found }
    if (ctx.signal?.aborted) {
      return {
        failure:
          `SendCommand outcome unknown (${errorMessage(sendError)}) and the run was cancelled ` +
          `before SSM listed the command; not resent. ${capitalise(howToCheck)}`
      }
    }
  }
  return { notFound: true }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Sends one batch; bounded attempts; never sends a batch again while its first send may exist. */
export async function sendBatch(
  ctx: RegionContext,
  batch: Candidate[],
  label: string
): Promise<BatchResult> {
  const { settings, region, clock, port } = ctx
  const instanceIds = batch.map(candidate => candidate.instanceId)
  const comment = commandComment(settings, label)
  let lastError: unknown = null

  for (let attempt = 1; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
    await ctx.pacer.take(ctx.signal)
    if (ctx.signal?.aborted) return failed(ctx, batch, `not sent: ${CANCELLED_BEFORE_SEND}`)
    const since = clock.now() - LOOKUP_SKEW_MS
    try {
      const output = await sendCommandOnce(
        ctx.ssm,
        sendCommandInput(settings, instanceIds, comment)
      )
      const commandId = output.Command?.CommandId
      if (!commandId) throw new Error('SendCommand answered without a CommandId')
      return sent(ctx, batch, commandId, comment)
    } catch (error) {
      lastError = error
      const kind = classifySendError(error)
      if (kind === 'outcome-unknown') {
        const lost = { comment, documentName: settings.documentName, instanceIds, since }
        const outcome = await lookUpLostCommand(ctx, lost, error)
        if ('found' in outcome) {
          port.debug(`${region}: batch ${label}: answer lost, found command ${outcome.found}`)
          return sent(ctx, batch, outcome.found, comment)
        }
        if ('failure' in outcome) return failed(ctx, batch, outcome.failure)
        port.debug(`${region}: batch ${label}: answer lost and no command listed; sending again`)
        continue
      }
      if (kind === 'retryable') {
        await clock.sleep(backoff(attempt), ctx.signal)
        continue
      }
      const splittable =
        kind === 'invalid-instance' || (kind === 'access-denied' && !deniesDocument(error))
      if (splittable && batch.length > 1) return splitBatch(ctx, batch, label)
      return failed(ctx, batch, sendFailureMessage(settings, region, error))
    }
  }
  return failed(ctx, batch, gaveUpMessage(ctx, lastError, comment))
}

/**
 * One instance gone offline since discovery, or one the role may not target, must not fail the
 * other 49: halve and send each half, down to single instances.
 */
async function splitBatch(ctx: RegionContext, batch: Candidate[], label: string) {
  const middle = Math.ceil(batch.length / 2)
  const halves = await Promise.all([
    sendBatch(ctx, batch.slice(0, middle), `${label}.1`),
    sendBatch(ctx, batch.slice(middle), `${label}.2`)
  ])
  return {
    rows: halves.flatMap(half => half.rows),
    commands: halves.flatMap(half => half.commands)
  }
}

function gaveUpMessage(ctx: RegionContext, lastError: unknown, comment: string): string {
  return (
    `gave up after ${MAX_SEND_ATTEMPTS} SendCommand attempts (${errorCode(lastError)}: ` +
    `${errorMessage(lastError)})` +
    (isOutcomeUnknown(lastError)
      ? `; the last outcome is unknown: look for "${comment}" in Run Command history in ${ctx.region}`
      : '')
  )
}

async function deployRegion(ctx: RegionContext, candidates: Candidate[]): Promise<BatchResult> {
  const sorted = [...candidates].sort((a, b) => (a.instanceId < b.instanceId ? -1 : 1))
  const batches = chunk(sorted, MAX_INSTANCES_PER_COMMAND)
  const results = await Promise.all(
    batches.map((batch, index) => sendBatch(ctx, batch, `${ctx.labelPrefix}${index + 1}`))
  )
  const rows = results.flatMap(result => result.rows)
  const commands = results.flatMap(result => result.commands)
  const pending = rows.filter(row => row.status === 'pending').length
  const notSent = rows.length - pending
  ctx.port.info(
    `${ctx.region}: sent ${pending} instance(s) in ${commands.length} command(s)` +
      (notSent > 0 ? `, ${notSent} failed to send` : '')
  )
  return { rows, commands }
}

export interface DeployOptions {
  /** The run's cancel signal: checked before every send; nothing is sent once it aborted. */
  signal?: AbortSignal
  /** Called as each batch is answered (sent or failed), so progress can publish it at once. */
  onBatch?(result: BatchResult): void
  /** Before each batch's number in its comment (`s2-` for an account's second send). */
  labelPrefix?: string
}

export interface Deployment {
  /** One row per candidate: pending with its command id, failed, or dry-run. */
  rows: Row[]
  /** Every command SSM created, as answered (or as found after a lost answer). */
  commands: SentCommand[]
}

function byRegion(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const regions = new Map<string, Candidate[]>()
  for (const candidate of candidates) {
    const list = regions.get(candidate.region) ?? []
    list.push(candidate)
    regions.set(candidate.region, list)
  }
  return regions
}

function dryRun(settings: Settings, candidates: Candidate[], port: RunnerPort): Deployment {
  for (const [region, list] of byRegion(candidates)) {
    const commands = Math.ceil(list.length / MAX_INSTANCES_PER_COMMAND)
    port.info(`${region}: dry run, would send ${list.length} instance(s) in ${commands} command(s)`)
  }
  const rows = rowsFor(candidates, {
    status: 'dry-run',
    message: `dry run: would send ${settings.documentName} (Region ${settings.targetRegion})`
  })
  return { rows: sortRows(rows), commands: [] }
}

export async function deployFleet(
  settings: Settings,
  clients: Pick<AwsClients, 'ssm'>,
  candidates: Candidate[],
  port: RunnerPort,
  clock: Clock = systemClock,
  options: DeployOptions = {}
): Promise<Deployment> {
  if (settings.dryRun) return dryRun(settings, candidates, port)
  const perRegion = await Promise.all(
    [...byRegion(candidates)].map(([region, list]) =>
      deployRegion(
        {
          settings,
          region,
          ssm: clients.ssm(region),
          pacer: new Pacer(clock, 1000 / SENDS_PER_SECOND),
          clock,
          port,
          signal: options.signal,
          onBatch: options.onBatch,
          labelPrefix: options.labelPrefix ?? ''
        },
        list
      )
    )
  )
  return {
    rows: sortRows(perRegion.flatMap(region => region.rows)),
    commands: perRegion.flatMap(region => region.commands)
  }
}
