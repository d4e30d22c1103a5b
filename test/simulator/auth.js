// @ts-check
// Credentials the simulator knows: the scenario's ambient keys and every role session STS issued.
// Signatures are not verified; the access key id (and session token) are, so credentials that
// leak across roles, accounts or expiry show up as the errors AWS would give.

import { awsId, randomBytes, SimError } from './util.js'

/**
 * @typedef {{ accessKeyId: string, secretAccessKey: string, sessionToken: string | null,
 *   kind: 'ambient' | 'role', account: string, principalArn: string, roleArn: string | null,
 *   sessionName: string | null, sourceIdentity: string | null,
 *   tags: Array<{ Key: string, Value: string }>, chained: boolean, viaWebIdentity: boolean,
 *   issuedAt: number, expiresAt: number | null, expiresAtMs: number | null, deny: string[] }} Session
 */

/** Parses `Authorization: AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request, ...` */
/** @param {string | undefined} header */
export function parseAuthorization(header) {
  if (!header) return null
  const match = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/.exec(header)
  if (!match) return null
  return { accessKeyId: match[1], date: match[2], region: match[3], service: match[4] }
}

/** `arn:aws:iam::123:user/ci` or `arn:aws:sts::123:assumed-role/R/s` -> `123` */
/** @param {string} arn */
export function accountOfArn(arn) {
  return /^arn:[\w-]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1] ?? '000000000000'
}

/** `arn:aws:sts::123:assumed-role/R/s` -> `arn:aws:iam::123:role/R`; null for other principals */
/** @param {string} arn */
function roleOfAssumedRole(arn) {
  const match = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn)
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : null
}

export class Sessions {
  /**
   * @param {import('./scenario.js').World} world
   * @param {import('./clock.js').Clock} clock
   */
  constructor(world, clock) {
    this.world = world
    this.clock = clock
    /** @type {Map<string, Session>} */
    this.byKey = new Map()
    this.counter = 0
    for (const a of world.ambient) {
      const expires = a.expiresAfterSeconds
      this.byKey.set(a.accessKeyId, {
        accessKeyId: a.accessKeyId,
        secretAccessKey: a.secretAccessKey,
        sessionToken: a.sessionToken,
        kind: 'ambient',
        account: accountOfArn(a.principalArn),
        principalArn: a.principalArn,
        roleArn: roleOfAssumedRole(a.principalArn),
        sessionName: null,
        sourceIdentity: null,
        tags: [],
        chained: a.principalArn.includes(':assumed-role/'),
        viaWebIdentity: false,
        issuedAt: 0,
        expiresAt: expires === null ? null : expires,
        expiresAtMs: expires === null ? null : Date.now() + expires * 1000,
        deny: a.deny
      })
    }
  }

  /**
   * Issues temporary credentials for a role session.
   * @param {{ role: import('./scenario.js').Role, sessionName: string, durationSeconds: number,
   *   sourceIdentity: string | null, tags: Array<{ Key: string, Value: string }>,
   *   chained: boolean, viaWebIdentity: boolean }} request
   * @returns {Session}
   */
  issue(request) {
    this.counter++
    const accessKeyId = awsId('ASIA', 20, `key-${this.counter}-${randomBytes(8).toString('hex')}`)
    const now = this.clock.now()
    const realMode = this.world.credentialTime === 'real'
    /** @type {Session} */
    const session = {
      accessKeyId,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJsim${randomBytes(48).toString('base64')}`,
      kind: 'role',
      account: request.role.account,
      principalArn: `arn:aws:sts::${request.role.account}:assumed-role/${request.role.name}/${request.sessionName}`,
      roleArn: request.role.arn,
      sessionName: request.sessionName,
      sourceIdentity: request.sourceIdentity,
      tags: request.tags,
      chained: request.chained,
      viaWebIdentity: request.viaWebIdentity,
      issuedAt: now,
      expiresAt: realMode ? null : now + request.durationSeconds,
      expiresAtMs: realMode ? Date.now() + request.durationSeconds * 1000 : null,
      deny: request.role.deny
    }
    this.byKey.set(accessKeyId, session)
    return session
  }

  /** Expiration as the wall clock the client compares with (epoch ms), or null. */
  /** @param {Session} session */
  expirationMs(session) {
    if (session.expiresAtMs !== null) return session.expiresAtMs
    if (session.expiresAt !== null) return this.clock.wallMs(session.expiresAt)
    return null
  }

  /** @param {Session} session */
  expired(session) {
    if (session.kind === 'ambient' && session.expiresAt !== null) {
      return this.world.credentialTime === 'real'
        ? Date.now() >= /** @type {number} */ (session.expiresAtMs)
        : this.clock.now() >= session.expiresAt
    }
    if (session.expiresAtMs !== null) return Date.now() >= session.expiresAtMs
    if (session.expiresAt !== null) return this.clock.now() >= session.expiresAt
    return false
  }

  /**
   * The session behind a signed request, or a SimError with the service's own codes.
   * @param {string} service
   * @param {string} accessKeyId
   * @param {string | undefined} sessionToken
   * @returns {Session}
   */
  authenticate(service, accessKeyId, sessionToken) {
    const session = this.byKey.get(accessKeyId)
    const tokenOk =
      session !== undefined &&
      (session.sessionToken === null ? !sessionToken : sessionToken === session.sessionToken)
    if (!session || !tokenOk)
      throw invalidToken(service, session ? 'session-token-mismatch' : 'unknown-key')
    if (this.expired(session)) throw expiredToken(service)
    return session
  }
}

/**
 * The error each service gives for credentials it does not know (also what a region that is not
 * enabled for the account answers).
 * @param {string} service
 * @param {string} reason
 */
export function invalidToken(service, reason) {
  switch (service) {
    case 'ec2':
      return new SimError(
        'AuthFailure',
        'AWS was not able to validate the provided access credentials',
        {
          reason
        }
      )
    case 'ssm':
    case 'organizations':
    case 'drs':
      return new SimError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
        {
          reason
        }
      )
    default:
      return new SimError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
        {
          reason
        }
      )
  }
}

/** @param {string} service */
export function expiredToken(service) {
  switch (service) {
    case 'ec2':
      return new SimError('RequestExpired', 'Request has expired.', {
        reason: 'expired-credentials'
      })
    case 'ssm':
    case 'organizations':
    case 'drs':
      return new SimError(
        'ExpiredTokenException',
        'The security token included in the request is expired',
        {
          reason: 'expired-credentials'
        }
      )
    default:
      return new SimError('ExpiredToken', 'The security token included in the request is expired', {
        reason: 'expired-credentials'
      })
  }
}

/** @param {string} service */
export function missingAuthentication(service) {
  if (service === 'drs') {
    return new SimError('MissingAuthenticationTokenException', 'Missing Authentication Token', {
      reason: 'unsigned'
    })
  }
  return new SimError('MissingAuthenticationToken', 'Request is missing Authentication Token', {
    reason: 'unsigned'
  })
}

/**
 * The error a service gives when the caller's policies do not allow `service:operation`.
 * @param {string} service
 * @param {string} operation
 * @param {string} principalArn
 * @param {string} [resource]
 */
export function accessDenied(service, operation, principalArn, resource) {
  const action = `${service}:${operation}`
  const on = resource ? ` on resource: ${resource}` : ''
  const text = `User: ${principalArn} is not authorized to perform: ${action}${on} because no identity-based policy allows the ${action} action`
  switch (service) {
    case 'ec2':
      return new SimError(
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. ${text}`,
        {
          reason: 'access-denied'
        }
      )
    case 'sts':
      return new SimError('AccessDenied', text, { reason: 'access-denied' })
    case 'sns':
      return new SimError('AuthorizationError', text, { reason: 'access-denied' })
    default:
      return new SimError('AccessDeniedException', text, { reason: 'access-denied' })
  }
}

/** Whether `service:operation` matches one of the role's deny patterns (`ssm:*`, `*`). */
/** @param {string[]} deny @param {string} service @param {string} operation */
export function isDenied(deny, service, operation) {
  const action = `${service}:${operation}`.toLowerCase()
  return deny.some(pattern => {
    const p = pattern.toLowerCase()
    if (p === '*' || p === action) return true
    return p.endsWith('*') && action.startsWith(p.slice(0, -1))
  })
}
