// @ts-check
// What every service handler receives, and the checks they share.

import { accessDenied } from '../auth.js'

/**
 * @typedef {{ world: import('../scenario.js').World, clock: import('../clock.js').Clock,
 *   engine: import('../engine.js').Engine, sessions: import('../auth.js').Sessions,
 *   session: import('../auth.js').Session | null, service: string, operation: string,
 *   region: string, params: any, headers: import('node:http').IncomingHttpHeaders }} Ctx
 * @typedef {(ctx: Ctx) => any} Handler
 * @typedef {{ normalize?: (operation: string, raw: any) => any,
 *   operations: Record<string, Handler>, unsigned?: string[] }} Service
 */

/** @param {Ctx} ctx */
export function caller(ctx) {
  if (!ctx.session) throw new Error(`${ctx.service}:${ctx.operation} reached without a session`)
  return ctx.session
}

/**
 * The region (in the caller's account) whose resources an EC2/SSM/DRS call reaches. The caller's
 * account must own resources in the scenario; any other account (the central OIDC role's, a
 * session that leaked from another account) is denied as its policies would.
 * @param {Ctx} ctx
 * @returns {import('../scenario.js').Region}
 */
export function callerRegion(ctx) {
  const session = caller(ctx)
  const acct = ctx.world.accounts.get(session.account)
  if (!acct || !acct.declared) throw accessDenied(ctx.service, ctx.operation, session.principalArn)
  return ctx.world.region(acct.id, ctx.region)
}

/** @param {unknown} value */
export function optionalNumber(value) {
  if (value === undefined || value === null || value === '') return undefined
  return Number(value)
}
