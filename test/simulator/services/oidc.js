// @ts-check
// The GitHub Actions OIDC token endpoint: GET /oidc/token?api-version=2.0&audience=<aud> with
// `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>`, answering {"value": "<jwt>"} as the
// runtime does for @actions/core getIDToken().

import { randomUUID, SimError } from '../util.js'

/** @param {unknown} value */
function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString(
    'base64url'
  )
}

/**
 * Issues a token the simulator's STS accepts (until it expires, in simulated time).
 * @param {import('../scenario.js').World} world
 * @param {import('../clock.js').Clock} clock
 * @param {import('../engine.js').Engine} engine
 * @param {string | null} audience
 */
export function issueIdToken(world, clock, engine, audience) {
  const sub = world.oidc.subject
  const repository = /^repo:([^:]+)/.exec(sub)?.[1] ?? 'octo/fleet'
  const ref = /:ref:(.+)$/.exec(sub)?.[1] ?? 'refs/heads/main'
  const aud = audience ?? `https://github.com/${repository.split('/')[0]}`
  const now = clock.now()
  const real = world.credentialTime === 'real'
  const expiresAt = real ? null : now + world.oidc.tokenLifetimeSeconds
  const expiresAtMs =
    expiresAt === null
      ? Date.now() + world.oidc.tokenLifetimeSeconds * 1000
      : clock.wallMs(expiresAt)
  const iat = Math.floor(Date.now() / 1000)
  const jti = randomUUID()
  const claims = {
    jti,
    sub,
    aud,
    ref,
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository,
    repository_owner: repository.split('/')[0],
    run_id: '4242',
    run_number: '7',
    run_attempt: '1',
    actor: 'octocat',
    workflow: 'drs',
    event_name: 'workflow_dispatch',
    ref_type: 'branch',
    job_workflow_ref: `${repository}/.github/workflows/drs.yml@${ref}`,
    iss: world.oidc.issuer,
    nbf: iat - 5,
    iat,
    exp: Math.floor(expiresAtMs / 1000),
    ...world.oidc.claims
  }
  const token = `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'simulator' })}.${b64url(claims)}.${b64url(`sim-signature-${jti}`)}`
  engine.oidcTokens.set(token, { aud, sub: String(claims.sub), expiresAt, expiresAtMs, claims })
  return token
}

/** @type {import('./common.js').Service} */
export const oidc = {
  operations: {
    GetIDToken(ctx) {
      const expected = `Bearer ${ctx.world.oidc.requestToken}`
      if (ctx.headers.authorization !== expected) {
        throw new SimError('Unauthorized', 'Bad credentials for the ID token request', {
          status: 401
        })
      }
      const audience = ctx.params.audience ? String(ctx.params.audience) : null
      return { count: 1, value: issueIdToken(ctx.world, ctx.clock, ctx.engine, audience) }
    }
  }
}
