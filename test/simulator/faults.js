// @ts-check
// Injected faults: the scenario's `faults` list (and `denySendCommand` on an instance), matched
// against every call. Besides answering an error (the original kind), a fault can hang a request,
// cut its answer mid-body or reset the connection after the work was done, hide a fresh command
// from SSM's listings (eventual consistency), answer an empty ListCommands page with a NextToken,
// and refuse SendCommand for instances the role may not target. See README.md "Faults".

import { accessDenied } from './auth.js'
import { SimError } from './util.js'

/**
 * @typedef {'error' | 'hang' | 'cut-body' | 'reset-after-answer' | 'invalid-command-id' |
 *   'empty-page'} FaultKind
 * @typedef {{ kind: FaultKind, service: string | null, operation: string | null,
 *   region: string | null, code: string, message: string, status: number, html: boolean,
 *   after: number, times: number, afterSeconds: number, forSeconds: number,
 *   listedAfterSeconds: number, seen: number, fired: number }} Fault
 * @typedef {'hang' | 'cut-body' | 'reset-after-answer'} TransportFault
 * @typedef {{ service: string, operation: string, region: string | null, params: any,
 *   principalArn: string | null, account: string | null }} FaultCall
 */

const EMPTY_PAGE_TOKEN = 'sim-empty-page:'
const KINDS = new Set([
  'error',
  'hang',
  'cut-body',
  'reset-after-answer',
  'invalid-command-id',
  'empty-page'
])
// Faults that describe a window of time rather than a number of calls fire every time by default.
const WINDOW_KINDS = new Set(['invalid-command-id'])

/** @type {WeakMap<object, Faults>} */
const BY_WORLD = new WeakMap()

/**
 * The faults of a world, for service handlers (the handler context carries the world).
 * @param {object} world
 */
export function faultsOf(world) {
  return BY_WORLD.get(world) ?? null
}

/** @param {any} f @returns {Fault} */
function parseFault(f) {
  const kind = f.kind ?? 'error'
  if (!KINDS.has(kind)) throw new Error(`scenario: unknown fault kind ${kind}`)
  return {
    kind,
    service: f.service ?? (kind === 'invalid-command-id' || kind === 'empty-page' ? 'ssm' : null),
    operation: f.operation ?? (kind === 'empty-page' ? 'ListCommands' : null),
    region: f.region ?? null,
    code: f.code ?? 'InternalFailure',
    message: f.message ?? 'We encountered an internal error. Please try again.',
    status: f.status ?? 500,
    html: f.html === true,
    after: f.after ?? 0,
    times: f.times ?? (WINDOW_KINDS.has(kind) ? Infinity : 1),
    afterSeconds: f.afterSeconds ?? 0,
    forSeconds: f.forSeconds ?? 0,
    listedAfterSeconds: f.listedAfterSeconds ?? 0,
    seen: 0,
    fired: 0
  }
}

/** @param {any} spec the raw scenario @returns {Set<string>} */
function deniedInstances(spec) {
  const denied = new Set()
  for (const account of Object.values(spec.accounts ?? {})) {
    for (const region of Object.values(/** @type {any} */ (account)?.regions ?? {})) {
      for (const inst of /** @type {any} */ (region)?.instances ?? []) {
        if (inst?.denySendCommand === true) denied.add(String(inst.id))
      }
    }
  }
  return denied
}

export class Faults {
  /**
   * @param {any} spec the raw scenario
   * @param {import('./clock.js').Clock} clock
   * @param {object} world the built world, so handlers can find these faults
   */
  constructor(spec, clock, world) {
    this.clock = clock
    /** @type {Fault[]} */
    this.list = (spec.faults ?? []).map(parseFault)
    this.denied = deniedInstances(spec)
    /** Commands hidden from SSM's listings until the simulated second given. @type {Map<string, number>} */
    this.listedFrom = new Map()
    BY_WORLD.set(world, this)
  }

  /**
   * Matches one call against the faults, in order, before its handler runs. Throws the SimError
   * an error fault (or a refused instance) answers; returns the transport fault to apply, if any.
   * @param {FaultCall} call
   * @returns {{ transport: TransportFault, fault: Fault } | null}
   */
  before(call) {
    this.restoreEmptyPageToken(call)
    this.refuseDeniedInstances(call)
    for (const f of this.list) {
      if (f.kind === 'invalid-command-id' || f.kind === 'empty-page') continue
      if (!this.fires(f, call)) continue
      if (f.kind === 'error') {
        throw new SimError(f.code, f.message, {
          status: f.status,
          reason: f.html ? HTML_FAULT : 'fault'
        })
      }
      return { transport: f.kind, fault: f }
    }
    return null
  }

  /**
   * After a handler answered: an empty-page fault replaces a ListCommands page; a reset after
   * the answer with `listedAfterSeconds` hides the command SendCommand just created.
   * @param {FaultCall} call
   * @param {any} result
   * @param {Fault | null} transportFault
   */
  after(call, result, transportFault) {
    if (transportFault?.listedAfterSeconds && result?.Command?.CommandId) {
      this.listedFrom.set(
        result.Command.CommandId,
        this.clock.now() + transportFault.listedAfterSeconds
      )
    }
    for (const f of this.list) {
      if (f.kind !== 'empty-page' || !this.fires(f, call)) continue
      return { Commands: [], NextToken: `${EMPTY_PAGE_TOKEN}${call.params?.NextToken ?? ''}` }
    }
    return result
  }

  /**
   * True while SSM should not know a command yet: younger than an invalid-command-id fault's
   * window, or hidden by a late listing.
   * @param {{ id: string, requestedAt: number, region: string }} cmd
   * @param {FaultCall} call
   */
  hidesCommand(cmd, call) {
    const listedFrom = this.listedFrom.get(cmd.id)
    if (listedFrom !== undefined && this.clock.now() < listedFrom) return true
    for (const f of this.list) {
      if (f.kind !== 'invalid-command-id') continue
      if (this.clock.now() - cmd.requestedAt >= f.forSeconds) continue
      if (this.fires(f, call)) return true
    }
    return false
  }

  /** @param {Fault} f @param {FaultCall} call */
  fires(f, call) {
    if (f.service && f.service !== call.service) return false
    if (f.operation && f.operation !== call.operation) return false
    if (f.region && f.region !== call.region) return false
    if (this.clock.now() < f.afterSeconds) return false
    f.seen++
    if (f.seen <= f.after || f.fired >= f.times) return false
    f.fired++
    return true
  }

  /** The page an empty-page fault answered is asked for again with its original token. @param {FaultCall} call */
  restoreEmptyPageToken(call) {
    const token = call.params?.NextToken
    if (typeof token !== 'string' || !token.startsWith(EMPTY_PAGE_TOKEN)) return
    const original = token.slice(EMPTY_PAGE_TOKEN.length)
    if (original) call.params.NextToken = original
    else delete call.params.NextToken
  }

  /**
   * SendCommand naming an instance the role may not target (a resource-tag condition in its
   * policy) is refused whole, as IAM does, naming the first such instance.
   * @param {FaultCall} call
   */
  refuseDeniedInstances(call) {
    if (call.service !== 'ssm' || call.operation !== 'SendCommand' || this.denied.size === 0) return
    const ids = (call.params?.InstanceIds ?? []).map(String)
    const refused = ids.find((/** @type {string} */ id) => this.denied.has(id))
    if (refused === undefined) return
    const resource = `arn:aws:ec2:${call.region}:${call.account}:instance/${refused}`
    throw accessDenied('ssm', 'SendCommand', call.principalArn ?? 'unknown', resource)
  }
}

/** The call-log reason of an error fault answered with an HTML body (as a proxy would). */
export const HTML_FAULT = 'fault-html'

/**
 * An HTML error page in place of the protocol's error framing.
 * @param {number} status
 */
export function htmlError(status) {
  return {
    status,
    headers: { 'content-type': 'text/html' },
    body: `<html><head><title>${status}</title></head><body><h1>${status} Service Unavailable</h1></body></html>`
  }
}
