// The one reading of an AWS SDK error: what kind of failure it is, so every phase decides the same
// way whether to ask again, look up, or stop with a hint. Built on the SDK's own classification
// (@smithy/service-error-classification), plus what it does not know: which transport failures
// happened before anything was sent, the codes that mean "credentials" or "region", and the
// DRS client (3.523) that loses the HTTP status of a 5xx whose body is not JSON.
import {
  isServerError,
  isThrottlingError,
  isTransientError
} from '@smithy/service-error-classification'
import { errorCode } from '../shared/port.js'

/**
 * - `throttled`: AWS refused for rate; ask again later.
 * - `transient`: a server-side failure (5xx, a 5xx whose body did not parse, request timeout
 *   answered by AWS); ask again later.
 * - `not-sent`: the request never left (connection refused, DNS, no route, no connection within
 *   the timeout, credentials could not be obtained for a retryable reason); a resend is safe.
 * - `maybe-sent`: the request may have reached AWS but no full answer came back (reset, broken
 *   pipe, socket timeout, an answer cut mid-body, a cancelled request); a resend of a
 *   non-idempotent call needs a look-up first, a read can simply ask again.
 * - `access-denied`: the caller's policy (or an SCP, or a resource condition) refuses the action.
 * - `bad-credentials`: the signing credentials are expired, malformed or unknown; renewable ones
 *   are renewed by the provider, a CredentialChainError says why they could not be.
 * - `region-disabled`: the region (or STS endpoint) is not enabled for the account.
 * - `invalid`: anything else AWS answered: validation, not found, conflict. Do not ask again.
 */
export type AwsErrorKind =
  | 'throttled'
  | 'transient'
  | 'not-sent'
  | 'maybe-sent'
  | 'access-denied'
  | 'bad-credentials'
  | 'region-disabled'
  | 'invalid'

/**
 * Where the signing credentials came from, which decides what "credentials not recognised"
 * means. `issued` (the default): a session STS issued during this run (the target or central
 * role): valid in every enabled region of its partition, so UnrecognizedClientException (SSM,
 * DRS, Organizations), InvalidClientTokenId (STS, SNS) and AuthFailure (EC2) mean the region is
 * not enabled for the account: that is how AWS answers a call into an opt-in region the account
 * has not enabled. `starting`: credentials handed to the run (ambient keys, a profile) that no
 * AWS call has proven yet: the same codes mean the keys themselves are not recognised.
 */
export interface AwsErrorContext {
  credentials?: 'issued' | 'starting'
}

export interface AwsErrorFacts {
  kind: AwsErrorKind
  /** The AWS error code, or the Node network code (ECONNRESET) for a transport failure. */
  code: string
  /** The HTTP status AWS (or a proxy) answered; undefined when no answer came. */
  status: number | undefined
  /** True for the kinds worth asking again in a later round: see isRetryableKind. */
  retryable: boolean
}

const RETRYABLE: ReadonlySet<AwsErrorKind> = new Set([
  'throttled',
  'transient',
  'not-sent',
  'maybe-sent'
])

/** Throttled, transient, not sent, or maybe sent: a later attempt can succeed (a send needs a look-up first when maybe sent). */
export function isRetryableKind(kind: AwsErrorKind): boolean {
  return RETRYABLE.has(kind)
}

// Connection never made: nothing reached the endpoint.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL'
])
// The connection was made and the request may have been written.
const MAYBE_SENT_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET'
])
// Codes the smithy lists miss (SNS answers Throttled; some services RateExceeded).
const THROTTLING_CODES = /^(Throttl|TooManyRequests|RequestLimitExceeded|SlowDown|RateExceeded)/
const SERVER_CODES = new Set([
  'InternalFailure',
  'InternalError',
  'InternalServerError',
  'InternalServerException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'Unavailable'
])
const BAD_CREDENTIAL_CODES = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'TokenRefreshRequired',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException'
])
const ACCESS_DENIED_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'AuthorizationError',
  'AuthorizationErrorException',
  'NotAuthorized'
])
const REGION_DISABLED_CODES = new Set(['RegionDisabledException', 'OptInRequired'])
// "The security token included in the request is invalid": region or credentials, by context.
const UNRECOGNISED_CODES = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'AuthFailure'
])

// What the SDK names an error it could not read a code from.
const GENERIC_CODES = /^(Error|Unknown|UnknownError|SyntaxError|\d{3})$/

interface ErrorShape {
  name?: unknown
  code?: unknown
  message?: unknown
  causeKind?: unknown
  $metadata?: { httpStatusCode?: number }
  $response?: { statusCode?: number }
}

function shapeOf(error: unknown): ErrorShape {
  return error !== null && typeof error === 'object' ? (error as ErrorShape) : {}
}

/**
 * The HTTP status, also where the SDK kept it only on the raw response: a DRS client of the
 * 3.523 line throws a bare SyntaxError for a 5xx whose body is not JSON (a proxy's HTML 503).
 */
function statusOf(shape: ErrorShape): number | undefined {
  return shape.$metadata?.httpStatusCode ?? shape.$response?.statusCode
}

function networkCodeOf(shape: ErrorShape): string | undefined {
  return typeof shape.code === 'string' ? shape.code : undefined
}

/** Transport failures and abandoned requests: no (full) HTTP answer to classify. */
function transportKind(shape: ErrorShape): AwsErrorKind | null {
  const name = typeof shape.name === 'string' ? shape.name : ''
  const code = networkCodeOf(shape)
  if (code !== undefined && NOT_SENT_CODES.has(code)) return 'not-sent'
  if (code !== undefined && MAYBE_SENT_CODES.has(code)) return 'maybe-sent'
  if (name === 'CredentialsProviderError') return 'not-sent'
  if (name === 'CredentialChainError') {
    // Credentials are obtained before signing, so the call itself was never sent.
    const cause = shape.causeKind
    return typeof cause === 'string' && RETRYABLE.has(cause as AwsErrorKind)
      ? 'not-sent'
      : 'bad-credentials'
  }
  if (name === 'TimeoutError') {
    const message = typeof shape.message === 'string' ? shape.message : ''
    // The node handler's connection timeout, in its 2.x and 4.x wording.
    return /establish(ing)? a connection/i.test(message) ? 'not-sent' : 'maybe-sent'
  }
  // An aborted request (deadline, cancel) may have been written before the abort.
  if (name === 'AbortError') return 'maybe-sent'
  return null
}

function answeredKind(
  shape: ErrorShape,
  code: string,
  status: number | undefined,
  context: AwsErrorContext
): AwsErrorKind {
  const sdkShape = { ...shape, name: code, $metadata: { httpStatusCode: status } } as Parameters<
    typeof isThrottlingError
  >[0]
  if (isThrottlingError(sdkShape) || THROTTLING_CODES.test(code)) return 'throttled'
  if (BAD_CREDENTIAL_CODES.has(code)) return 'bad-credentials'
  if (ACCESS_DENIED_CODES.has(code)) return 'access-denied'
  if (REGION_DISABLED_CODES.has(code)) return 'region-disabled'
  if (UNRECOGNISED_CODES.has(code)) {
    return context.credentials === 'starting' ? 'bad-credentials' : 'region-disabled'
  }
  if (isTransientError(sdkShape) || isServerError(sdkShape) || SERVER_CODES.has(code))
    return 'transient'
  if (status !== undefined && status >= 500) return 'transient'
  if (shape.name === 'SyntaxError') {
    // An answer that did not parse: of a 5xx, handled above; of a 2xx, AWS got the request.
    if (status === undefined || status < 300) return 'maybe-sent'
  }
  // A modelled code says what it is; only an answer without one (a proxy's page) goes by status.
  if (GENERIC_CODES.test(code) && status === 403) return 'access-denied'
  if (GENERIC_CODES.test(code) && status === 401) return 'bad-credentials'
  return 'invalid'
}

/** The kind, code and status of an error an AWS SDK client (or the credential chain) threw. */
export function awsErrorFacts(error: unknown, context: AwsErrorContext = {}): AwsErrorFacts {
  const shape = shapeOf(error)
  const status = statusOf(shape)
  const transport = transportKind(shape)
  // A transport failure says what happened in its Node code; a chain failure carries STS's code.
  const code = transport !== null && typeof shape.code === 'string' ? shape.code : errorCode(error)
  const kind = transport ?? answeredKind(shape, code, status, context)
  return { kind, code, status, retryable: RETRYABLE.has(kind) }
}

/** What kind of failure an AWS SDK error is; see AwsErrorKind and AwsErrorContext. */
export function classifyAwsError(error: unknown, context: AwsErrorContext = {}): AwsErrorKind {
  return awsErrorFacts(error, context).kind
}
