// @ts-check
// The wire shapes: how each AWS protocol frames a successful response and an error.

import { el, requestId } from './util.js'

/** @typedef {'query' | 'ec2' | 'json' | 'rest' | 'oidc'} Protocol */

/** @type {Record<string, Protocol>} */
export const PROTOCOL_OF = {
  sts: 'query',
  sns: 'query',
  ec2: 'ec2',
  ssm: 'json',
  organizations: 'json',
  drs: 'rest',
  oidc: 'oidc'
}

/** @type {Record<string, string>} */
const XMLNS = {
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  sns: 'http://sns.amazonaws.com/doc/2010-03-31/',
  ec2: 'http://ec2.amazonaws.com/doc/2016-11-15/'
}

/** @type {Record<string, number>} */
const QUERY_STATUS = {
  AccessDenied: 403,
  AuthorizationError: 403,
  InvalidClientTokenId: 403,
  MissingAuthenticationToken: 403,
  SignatureDoesNotMatch: 403,
  RegionDisabledException: 403,
  NotFound: 404,
  InternalFailure: 500
}

/** @type {Record<string, number>} */
const EC2_STATUS = {
  AuthFailure: 401,
  OptInRequired: 401,
  UnauthorizedOperation: 403,
  MissingAuthenticationToken: 403,
  RequestLimitExceeded: 503,
  InternalError: 500,
  InternalFailure: 500,
  Unavailable: 503
}

/** @type {Record<string, number>} */
const REST_STATUS = {
  AccessDeniedException: 403,
  UnrecognizedClientException: 403,
  ExpiredTokenException: 403,
  MissingAuthenticationTokenException: 403,
  ResourceNotFoundException: 404,
  UnknownOperationException: 404,
  ThrottlingException: 429,
  InternalServerException: 500,
  InternalFailure: 500
}

/** @type {Record<string, number>} */
const JSON_STATUS = {
  InternalServerError: 500,
  InternalFailure: 500,
  ServiceUnavailable: 503
}

/**
 * @param {Protocol} protocol
 * @param {string} code
 * @param {number | undefined} explicit
 */
export function errorStatus(protocol, code, explicit) {
  if (explicit) return explicit
  switch (protocol) {
    case 'query':
      return QUERY_STATUS[code] ?? 400
    case 'ec2':
      return EC2_STATUS[code] ?? 400
    case 'rest':
      return REST_STATUS[code] ?? 400
    case 'json':
      return JSON_STATUS[code] ?? 400
    default:
      return 400
  }
}

/**
 * @typedef {{ status: number, headers: Record<string, string>, body: string }} Rendered
 */

/**
 * @param {string} service
 * @param {Protocol} protocol
 * @param {string} code
 * @param {string} message
 * @param {number} status
 * @param {Record<string, unknown>} fields extra members for JSON bodies
 * @returns {Rendered}
 */
export function renderError(service, protocol, code, message, status, fields = {}) {
  const id = requestId()
  switch (protocol) {
    case 'query': {
      const type = status >= 500 ? 'Receiver' : 'Sender'
      const body =
        `<ErrorResponse xmlns="${XMLNS[service] ?? ''}">` +
        el('Error', [el('Type', type), el('Code', code), el('Message', message)]) +
        el('RequestId', id) +
        `</ErrorResponse>`
      return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': id }, body }
    }
    case 'ec2': {
      const body =
        `<?xml version="1.0" encoding="UTF-8"?>\n<Response>` +
        el('Errors', [el('Error', [el('Code', code), el('Message', message)])]) +
        el('RequestID', id) +
        `</Response>`
      return { status, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body }
    }
    case 'json':
      return {
        status,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': id },
        body: JSON.stringify({ __type: code, message, ...fields })
      }
    case 'rest':
      return {
        status,
        headers: {
          'content-type': 'application/json',
          'x-amzn-requestid': id,
          'x-amzn-errortype': `${code}:http://internal.amazon.com/coral/com.amazonaws.${service}/`
        },
        body: JSON.stringify({ message, code, ...fields })
      }
    default:
      return {
        status,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message, code })
      }
  }
}

/**
 * @param {string} service
 * @param {Protocol} protocol
 * @param {string} operation
 * @param {any} result XML members (string) for query/ec2; an object for JSON protocols
 * @returns {Rendered}
 */
export function renderSuccess(service, protocol, operation, result) {
  const id = requestId()
  switch (protocol) {
    case 'query': {
      const body =
        `<${operation}Response xmlns="${XMLNS[service]}">` +
        `<${operation}Result>${result ?? ''}</${operation}Result>` +
        el('ResponseMetadata', [el('RequestId', id)]) +
        `</${operation}Response>`
      return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': id }, body }
    }
    case 'ec2': {
      const body =
        `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${XMLNS.ec2}">` +
        el('requestId', id) +
        (result ?? '') +
        `</${operation}Response>`
      return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body }
    }
    case 'json':
      return {
        status: 200,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': id },
        body: JSON.stringify(result ?? {})
      }
    default: {
      const status = REST_SUCCESS_STATUS[operation] ?? 200
      // 204 No Content carries no body (InitializeService).
      if (status === 204) return { status, headers: { 'x-amzn-requestid': id }, body: '' }
      return {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-requestid': id },
        body: JSON.stringify(result ?? {})
      }
    }
  }
}

/** REST operations whose model answers something other than 200. */
/** @type {Record<string, number>} */
const REST_SUCCESS_STATUS = { StartRecovery: 202, InitializeService: 204 }

/** The error each service answers a throttled call with (code, message, HTTP status). */
/** @param {string} service */
export function throttleError(service) {
  switch (service) {
    case 'ec2':
      return { code: 'RequestLimitExceeded', message: 'Request limit exceeded.', status: 503 }
    case 'drs':
      return { code: 'ThrottlingException', message: 'Rate exceeded', status: 429 }
    case 'ssm':
      return { code: 'ThrottlingException', message: 'Rate exceeded', status: 400 }
    case 'organizations':
      return {
        code: 'TooManyRequestsException',
        message:
          'You have sent too many requests in too short a period of time. The quota helps protect against denial-of-service attacks. Try again later.',
        status: 400
      }
    case 'sns':
      return { code: 'Throttled', message: 'Rate exceeded', status: 429 }
    case 'oidc':
      return { code: 'TooManyRequests', message: 'Too many requests', status: 429 }
    default:
      return { code: 'Throttling', message: 'Rate exceeded', status: 400 }
  }
}

/** The error for an operation the simulator does not implement. */
/** @param {Protocol} protocol @param {string} operation */
export function unknownOperation(protocol, operation) {
  switch (protocol) {
    case 'query':
    case 'ec2':
      return {
        code: 'InvalidAction',
        message: `The action ${operation} is not valid for this web service.`
      }
    default:
      return { code: 'UnknownOperationException', message: `Unknown operation ${operation}` }
  }
}
