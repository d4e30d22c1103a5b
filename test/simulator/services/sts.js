// @ts-check
// STS (awsQuery): AssumeRoleWithWebIdentity, AssumeRole, GetCallerIdentity.

import { el, globMatch, isoSeconds, SimError } from '../util.js'
import { caller, optionalNumber } from './common.js'

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const SOURCE_IDENTITY = /^[\w+=,.@-]{2,64}$/
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u
const CHAIN_LIMIT = 3600

/** @param {string} member @param {string} value @param {string} constraint */
function validation(member, value, constraint) {
  return new SimError(
    'ValidationError',
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`
  )
}

/** @param {string} principal @param {string} action @param {string} resource */
function notAuthorized(principal, action, resource) {
  return new SimError(
    'AccessDenied',
    `User: ${principal} is not authorized to perform: ${action} on resource: ${resource}`,
    { reason: 'access-denied' }
  )
}

/** @param {any} p */
function sessionName(p) {
  const name = String(p.RoleSessionName ?? '')
  if (!SESSION_NAME.test(name)) {
    throw validation(
      'roleSessionName',
      name,
      name.length < 2 || name.length > 64
        ? 'Member must have length between 2 and 64'
        : 'Member must satisfy regular expression pattern: [\\w+=,.@-]*'
    )
  }
  return name
}

/** @param {any} p */
function duration(p) {
  const d = optionalNumber(p.DurationSeconds) ?? 3600
  if (!Number.isInteger(d) || d < 900) {
    throw validation(
      'durationSeconds',
      String(d),
      'Member must have value greater than or equal to 900'
    )
  }
  if (d > 43200) {
    throw validation(
      'durationSeconds',
      String(d),
      'Member must have value less than or equal to 43200'
    )
  }
  return d
}

/**
 * @param {import('../auth.js').Sessions} sessions
 * @param {import('../auth.js').Session} session
 * @param {import('../scenario.js').Role} role
 */
function credentialsXml(sessions, session, role) {
  const expiration = sessions.expirationMs(session)
  return (
    el('Credentials', [
      el('AccessKeyId', session.accessKeyId),
      el('SecretAccessKey', session.secretAccessKey),
      el('SessionToken', session.sessionToken),
      el('Expiration', expiration === null ? null : isoSeconds(expiration))
    ]) +
    el('AssumedRoleUser', [
      el('AssumedRoleId', `${role.roleId}:${session.sessionName}`),
      el('Arn', session.principalArn)
    ])
  )
}

/**
 * @param {import('../scenario.js').Role} role
 * @param {import('../auth.js').Session} session
 */
function trusts(role, session) {
  return role.trustedPrincipals.some(p => {
    if (p === '*') return true
    if (p === 'ambient') return session.kind === 'ambient'
    if (p === session.account || p === `arn:aws:iam::${session.account}:root`) return true
    if (session.roleArn && globMatch(p, session.roleArn)) return true
    return globMatch(p, session.principalArn)
  })
}

/** @type {import('./common.js').Service} */
export const sts = {
  unsigned: ['AssumeRoleWithWebIdentity'],

  normalize(_operation, raw) {
    const p = { ...raw }
    delete p.Action
    delete p.Version
    if (p.DurationSeconds !== undefined) p.DurationSeconds = Number(p.DurationSeconds)
    if (p.Tags !== undefined) p.Tags = p.Tags === '' ? [] : p.Tags
    if (p.TransitiveTagKeys !== undefined) {
      p.TransitiveTagKeys = p.TransitiveTagKeys === '' ? [] : [p.TransitiveTagKeys].flat()
    }
    return p
  },

  operations: {
    GetCallerIdentity(ctx) {
      const session = caller(ctx)
      const role = session.roleArn ? ctx.world.roles.get(session.roleArn) : undefined
      const userId = role
        ? `${role.roleId}:${session.sessionName}`
        : `AIDA${session.accessKeyId.slice(4, 21)}`
      return el('Arn', session.principalArn) + el('UserId', userId) + el('Account', session.account)
    },

    AssumeRole(ctx) {
      const session = caller(ctx)
      const p = ctx.params
      const roleArn = String(p.RoleArn ?? '')
      const name = sessionName(p)
      const seconds = duration(p)
      const role = ctx.world.roles.get(roleArn)
      if (!role || (role.oidcSubjects && role.trustedPrincipals.length === 0)) {
        throw notAuthorized(session.principalArn, 'sts:AssumeRole', roleArn)
      }
      if (!trusts(role, session))
        throw notAuthorized(session.principalArn, 'sts:AssumeRole', roleArn)
      if (role.externalId !== null && p.ExternalId !== role.externalId) {
        throw notAuthorized(session.principalArn, 'sts:AssumeRole', roleArn)
      }
      /** @type {Array<{ Key: string, Value: string }>} */
      const tags = (Array.isArray(p.Tags) ? p.Tags : []).map((/** @type {any} */ t) => ({
        Key: String(t?.Key ?? ''),
        Value: String(t?.Value ?? '')
      }))
      const sourceIdentity = p.SourceIdentity === undefined ? null : String(p.SourceIdentity)
      if (tags.length > 50) {
        throw validation(
          'tags',
          `[${tags.length} tags]`,
          'Member must have length less than or equal to 50'
        )
      }
      tags.forEach((t, i) => {
        if (!TAG_KEY.test(t.Key)) {
          throw validation(
            `tags.${i + 1}.member.key`,
            t.Key,
            'Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+'
          )
        }
        if (!TAG_VALUE.test(t.Value)) {
          throw validation(
            `tags.${i + 1}.member.value`,
            t.Value,
            'Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*'
          )
        }
      })
      if (sourceIdentity !== null && !SOURCE_IDENTITY.test(sourceIdentity)) {
        throw validation(
          'sourceIdentity',
          sourceIdentity,
          'Member must satisfy regular expression pattern: [\\w+=,.@-]*'
        )
      }
      if (tags.length > 0 && role.refuseSessionTags) {
        throw notAuthorized(session.principalArn, 'sts:TagSession', roleArn)
      }
      if (sourceIdentity !== null && role.refuseSourceIdentity) {
        throw notAuthorized(session.principalArn, 'sts:SetSourceIdentity', roleArn)
      }
      if (
        session.sourceIdentity &&
        sourceIdentity !== null &&
        sourceIdentity !== session.sourceIdentity
      ) {
        throw new SimError(
          'AccessDenied',
          `User: ${session.principalArn} is not authorized to perform: sts:SetSourceIdentity on resource: ${roleArn} (the source identity of a chained session cannot be changed)`
        )
      }
      const chained = session.kind === 'role' || session.chained
      if (chained && seconds > CHAIN_LIMIT) {
        throw new SimError(
          'ValidationError',
          'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
        )
      }
      if (seconds > role.maxSessionDuration) {
        throw new SimError(
          'ValidationError',
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
        )
      }
      const tagBytes = tags.reduce((n, t) => n + t.Key.length + t.Value.length + 8, 0)
      const packed = tags.length > 0 ? Math.max(1, Math.ceil((tagBytes * 100) / 2048)) : null
      if (packed !== null && packed > 100) {
        throw new SimError(
          'PackedPolicyTooLarge',
          `Packed size of session tags exceeds the limit: ${packed}% of the allowed size.`
        )
      }
      const issued = ctx.sessions.issue({
        role,
        sessionName: name,
        durationSeconds: seconds,
        sourceIdentity: sourceIdentity ?? session.sourceIdentity,
        tags,
        chained,
        viaWebIdentity: false
      })
      return (
        credentialsXml(ctx.sessions, issued, role) +
        el('PackedPolicySize', packed) +
        el('SourceIdentity', issued.sourceIdentity)
      )
    },

    AssumeRoleWithWebIdentity(ctx) {
      const p = ctx.params
      const roleArn = String(p.RoleArn ?? '')
      const name = sessionName(p)
      const seconds = duration(p)
      const token = String(p.WebIdentityToken ?? '')
      if (token.split('.').length !== 3) {
        throw new SimError(
          'InvalidIdentityToken',
          'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)'
        )
      }
      const known = ctx.engine.oidcTokens.get(token)
      if (!known) {
        throw new SimError(
          'InvalidIdentityToken',
          'The web identity token signature could not be verified with the keys of the identity provider.'
        )
      }
      const expired =
        known.expiresAt === null
          ? Date.now() >= known.expiresAtMs
          : ctx.clock.now() >= known.expiresAt
      if (expired) {
        const nowEpoch = Math.floor(Date.now() / 1000)
        const expEpoch = Math.floor(known.expiresAtMs / 1000)
        throw new SimError(
          'ExpiredTokenException',
          `Token expired: current date/time ${nowEpoch} must be before the expiration date/time${expEpoch}`
        )
      }
      const role = ctx.world.roles.get(roleArn)
      if (!role || !role.oidcSubjects) {
        throw new SimError(
          'AccessDenied',
          'Not authorized to perform sts:AssumeRoleWithWebIdentity',
          {
            reason: 'access-denied'
          }
        )
      }
      if (known.aud !== role.oidcAudience) {
        throw new SimError('InvalidIdentityToken', 'Incorrect token audience')
      }
      if (!role.oidcSubjects.some(pattern => globMatch(pattern, known.sub))) {
        throw new SimError(
          'AccessDenied',
          'Not authorized to perform sts:AssumeRoleWithWebIdentity',
          {
            reason: 'access-denied'
          }
        )
      }
      if (seconds > role.maxSessionDuration) {
        throw new SimError(
          'ValidationError',
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
        )
      }
      const issued = ctx.sessions.issue({
        role,
        sessionName: name,
        durationSeconds: seconds,
        sourceIdentity: null,
        tags: [],
        chained: false,
        viaWebIdentity: true
      })
      return (
        credentialsXml(ctx.sessions, issued, role) +
        el('SubjectFromWebIdentityToken', known.sub) +
        el('Audience', known.aud) +
        el('Provider', ctx.world.oidc.issuer.replace(/^https:\/\//, ''))
      )
    }
  }
}
