// One SendCommand call and what its outcome means. SendCommand is the one call that must never be
// repeated blindly: a request that reached SSM created a command even if no answer came back, and a
// second one installs the agent twice. So an attempt counts as answered only when SSM's answer was
// received and parsed in full; anything else is "outcome unknown", which the SDK does not retry and
// the deploy phase resolves by looking the command up before any resend.
import {
  paginateListCommands,
  SendCommandCommand,
  type SendCommandCommandInput,
  type SendCommandCommandOutput,
  type SSMClient
} from '@aws-sdk/client-ssm'
import { classifyAwsError } from '../aws/errors.js'
import { invokedAfter } from '../aws/ssm-time.js'
import { errorCode, errorMessage, httpStatusOf } from '../shared/port.js'

export const OUTCOME_UNKNOWN = 'SendOutcomeUnknown'

/**
 * The request may have reached SSM but no complete answer came back. Deliberately carries no
 * `code`, no `cause` and no `$metadata`: the SDK would classify any of them as transient and resend.
 */
export class SendOutcomeUnknownError extends Error {
  constructor(readonly original: unknown) {
    super(`no complete answer from SSM (${errorCode(original)}: ${errorMessage(original)})`)
    this.name = OUTCOME_UNKNOWN
  }
}

/**
 * True when SSM may have created the command although no complete answer came back: the
 * classifier's maybe-sent, and also an answer whose status says SSM took the request (2xx) or
 * sent it upstream (a gateway timeout, 504) but whose body never arrived whole.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (error instanceof SendOutcomeUnknownError || errorCode(error) === OUTCOME_UNKNOWN) return true
  const kind = classifyAwsError(error)
  if (kind === 'maybe-sent') return true
  const status = httpStatusOf(error)
  // Credentials are resolved before the request is signed: nothing left.
  if (kind === 'not-sent' || (kind === 'bad-credentials' && status === undefined)) return false
  if (status === undefined) return error instanceof Error
  return (status >= 200 && status < 300) || status === 504
}

/**
 * Turns the SDK's own retry off for every SendCommand attempt whose outcome is unknown. Sits
 * outermost in the deserialize step, around the deserializer, so it also sees a connection reset
 * while the body is read (which the deserializer reports as HTTP 200 + ECONNRESET, and the SDK
 * would retry as transient). Refusals SSM answered and connections never made pass through: the
 * SDK's retry of those cannot create a second command.
 */
export function guardAgainstBlindResend(command: SendCommandCommand): SendCommandCommand {
  command.middlewareStack.add(
    next => async args => {
      try {
        return await next(args)
      } catch (error) {
        throw isOutcomeUnknown(error) ? new SendOutcomeUnknownError(error) : error
      }
    },
    { step: 'deserialize', priority: 'high', name: 'drsGuardAgainstBlindResend' }
  )
  return command
}

/** One guarded SendCommand call: resolves only with SSM's complete answer. */
export function sendCommandOnce(
  ssm: SSMClient,
  input: SendCommandCommandInput
): Promise<SendCommandCommandOutput> {
  return ssm.send(guardAgainstBlindResend(new SendCommandCommand(input)))
}

export type SendErrorKind =
  'outcome-unknown' | 'retryable' | 'access-denied' | 'invalid-instance' | 'rejected'

export function classifySendError(error: unknown): SendErrorKind {
  if (isOutcomeUnknown(error)) return 'outcome-unknown'
  switch (classifyAwsError(error)) {
    case 'throttled':
    case 'transient':
    case 'not-sent':
      return 'retryable'
    case 'access-denied':
      return 'access-denied'
    default:
      return errorCode(error) === 'InvalidInstanceId' ? 'invalid-instance' : 'rejected'
  }
}

/** An AccessDenied naming the document: every instance would be refused alike, so no split. */
export function deniesDocument(error: unknown): boolean {
  return /on resource: \S*:document\//.test(errorMessage(error))
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

export interface LostSend {
  comment: string
  documentName: string
  instanceIds: string[]
  /** Clock ms; the listing starts here (already moved back by the allowed clock skew). */
  since: number
}

/** The command a lost SendCommand created, if any (earliest when several match). */
export async function findSentCommand(ssm: SSMClient, sent: LostSend): Promise<string | null> {
  let found: { id: string; at: number } | null = null
  const pages = paginateListCommands(
    { client: ssm, pageSize: 50 },
    { Filters: [invokedAfter(sent.since)], MaxResults: 50 }
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
