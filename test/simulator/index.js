// @ts-check
// A local AWS for tests: one HTTP server on 127.0.0.1 that speaks the wire protocols of STS, EC2,
// SSM, DRS, SNS and Organizations (plus the GitHub OIDC token endpoint), so unmodified AWS SDK v3
// clients work against it through AWS_ENDPOINT_URL. See README.md for the scenario format.

import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

import { Clock } from './clock.js'
import { buildWorld } from './scenario.js'
import { Engine } from './engine.js'
import {
  accessDenied,
  isDenied,
  invalidToken,
  missingAuthentication,
  parseAuthorization,
  Sessions
} from './auth.js'
import {
  errorStatus,
  PROTOCOL_OF,
  renderError,
  renderSuccess,
  throttleError,
  unknownOperation
} from './protocols.js'
import { parseForm, prng, SimError } from './util.js'
import { sts } from './services/sts.js'
import { ec2 } from './services/ec2.js'
import { ssm } from './services/ssm.js'
import { drs } from './services/drs.js'
import { sns } from './services/sns.js'
import { organizations } from './services/organizations.js'
import { oidc, issueIdToken } from './services/oidc.js'

/** @type {Record<string, import('./services/common.js').Service>} */
const SERVICES = { sts, ec2, ssm, drs, sns, organizations, oidc }

/** @type {Record<string, string>} */
const QUERY_VERSIONS = { '2011-06-15': 'sts', '2016-11-15': 'ec2', '2010-03-31': 'sns' }

/** @type {Record<string, string>} */
const JSON_TARGETS = { AmazonSSM: 'ssm', AWSOrganizationsV20161128: 'organizations' }

/** Services whose calls reach a region's resources; a region not enabled refuses them. */
const REGIONAL = new Set(['ec2', 'ssm', 'drs', 'sns'])

/**
 * @typedef {{ service: string | null, operation: string | null, region: string | null,
 *   accessKeyId: string | null, principal: string | null, account: string | null, params: any,
 *   throttled: boolean, status: number, error: string | null, reason: string | null,
 *   at: number, simTime: number }} Call
 *
 * @typedef {{ port?: number, host?: string, manualClock?: boolean, timeScale?: number }} Options
 *
 * @typedef {object} SimulatorState
 * @property {Map<string, import('./scenario.js').Instance>} instances every instance, by id
 * @property {ReturnType<Engine['invocationSnapshot']>[]} invocations every invocation, now
 * @property {Array<{ id: string, account: string, region: string, documentName: string,
 *   status: string, statusDetails: string, targetCount: number, completedCount: number,
 *   errorCount: number, deliveryTimedOutCount: number, instanceIds: string[],
 *   parameters: Record<string, string[]>, comment: string, requestedAt: number }>} commands
 * @property {Array<{ id: string, account: string, region: string, instanceId: string | null,
 *   replicationState: string, error: any, registeredAt: number, tags: Record<string, string>,
 *   commandId: string | null }>} sourceServers
 * @property {ReturnType<Engine['installs']>} installs every install invocation, with times
 * @property {any[]} messages SNS messages published
 * @property {import('./auth.js').Session[]} sessions every credential (ambient and issued)
 * @property {Array<{ id: string, account: string, region: string, type: string,
 *   initiatedBy: string, isDrill: boolean, status: string, createdAt: number, endAt: number,
 *   tags: Record<string, string>, servers: Array<{ sourceServerID: string,
 *   recoveryInstanceID: string | null, launchStatus: string }> }>} jobs DRS jobs (jobs.js)
 * @property {Array<{ id: string, account: string, region: string, sourceServerID: string,
 *   jobID: string, isDrill: boolean, ec2State: string }>} recoveryInstances DRS recovery
 *   instances that exist now
 * @property {() => { sim: number, wallMs: number } | null} lastInstallFinishedAt
 * @property {() => number} now simulated seconds since start
 *
 * @typedef {object} Simulator
 * @property {string} url e.g. http://127.0.0.1:41234 (AWS_ENDPOINT_URL)
 * @property {number} port
 * @property {{ requestUrl: string, requestToken: string }} oidc ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN
 * @property {{ accessKeyId: string, secretAccessKey: string, sessionToken?: string }} ambient
 * @property {() => Record<string, string>} env the environment a client process needs
 * @property {() => Call[]} calls every request, in order
 * @property {SimulatorState} state
 * @property {() => number} now simulated seconds since start
 * @property {(seconds: number) => void} advance moves simulated time forward
 * @property {(audience?: string) => string} issueIdToken an OIDC token, without an HTTP call
 * @property {() => Promise<void>} close
 */

/**
 * Starts the simulator.
 * @param {any} scenario the scenario object, or a path to a scenario JSON file
 * @param {Options} [options]
 * @returns {Promise<Simulator>}
 */
export async function startSimulator(scenario = {}, options = {}) {
  const spec = typeof scenario === 'string' ? JSON.parse(readFileSync(scenario, 'utf8')) : scenario
  const world = buildWorld(spec)
  const clock = new Clock({
    timeScale: options.timeScale ?? world.timeScale,
    manual: options.manualClock ?? world.manualClock
  })
  const engine = new Engine(world, clock)
  const sessions = new Sessions(world, clock)
  const random = prng(world.throttle.seed)
  /** @type {Call[]} */
  const calls = []

  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const { rendered, call } = dispatch(req, body)
      calls.push(call)
      res.writeHead(rendered.status, {
        ...rendered.headers,
        'content-length': String(Buffer.byteLength(rendered.body)),
        date: new Date().toUTCString()
      })
      res.end(rendered.body)
    })
  })

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {string} body
   */
  function dispatch(req, body) {
    /** @type {Call} */
    const call = {
      service: null,
      operation: null,
      region: null,
      accessKeyId: null,
      principal: null,
      account: null,
      params: null,
      throttled: false,
      status: 0,
      error: null,
      reason: null,
      at: Date.now(),
      simTime: clock.now()
    }
    let service = 'unknown'
    /** @type {import('./protocols.js').Protocol} */
    let protocol = 'json'
    /** @type {import('./protocols.js').Rendered} */
    let rendered
    try {
      engine.sync()
      const url = new URL(req.url ?? '/', 'http://simulator')
      const scope = parseAuthorization(req.headers.authorization)
      const route = identify(req, url, body, scope?.service)
      service = route.service
      protocol = PROTOCOL_OF[service] ?? 'json'
      const impl = SERVICES[service]
      const params = impl?.normalize ? impl.normalize(route.operation, route.params) : route.params
      call.service = service
      call.operation = route.operation
      call.params = params
      call.region = service === 'oidc' ? null : (scope?.region ?? 'us-east-1')
      call.accessKeyId = scope?.accessKeyId ?? null
      if (!impl)
        throw new SimError(
          'UnknownService',
          `No simulated service answers ${req.method} ${url.pathname}`,
          { status: 404 }
        )

      /** @type {import('./auth.js').Session | null} */
      let session = null
      if (service !== 'oidc') {
        if (scope) {
          session = sessions.authenticate(
            service,
            scope.accessKeyId,
            headerOf(req, 'x-amz-security-token')
          )
          call.principal = session.principalArn
          call.account = session.account
        } else if (!(impl.unsigned ?? []).includes(route.operation)) {
          throw missingAuthentication(service)
        }
      }

      const t = world.throttle
      if (
        t.rate > 0 &&
        t.services.has(service) &&
        (t.operations === null || t.operations.has(route.operation)) &&
        random() < t.rate
      ) {
        call.throttled = true
        const e = throttleError(service)
        throw new SimError(e.code, e.message, { status: e.status, reason: 'throttled' })
      }

      for (const f of world.faults) {
        if (f.service && f.service !== service) continue
        if (f.operation && f.operation !== route.operation) continue
        if (f.region && f.region !== call.region) continue
        f.seen++
        if (f.seen > f.after && f.fired < f.times) {
          f.fired++
          throw new SimError(f.code, f.message, { status: f.status, reason: 'fault' })
        }
      }

      if (session && REGIONAL.has(service)) {
        const r = world.accounts
          .get(session.account)
          ?.regions.get(/** @type {string} */ (call.region))
        if (r && !r.enabled) throw invalidToken(service, 'region-not-enabled')
      }
      if (session && isDenied(session.deny, service, route.operation)) {
        throw accessDenied(service, route.operation, session.principalArn)
      }

      const handler = impl.operations[route.operation]
      if (!handler) {
        const e = unknownOperation(protocol, route.operation)
        throw new SimError(e.code, e.message, { status: protocol === 'rest' ? 404 : 400 })
      }
      const result = handler({
        world,
        clock,
        engine,
        sessions,
        session,
        service,
        operation: route.operation,
        region: /** @type {string} */ (call.region),
        params,
        headers: req.headers
      })
      rendered = renderSuccess(service, protocol, route.operation, result)
    } catch (error) {
      if (error instanceof SimError) {
        const status = errorStatus(protocol, error.code, error.status)
        rendered = renderError(service, protocol, error.code, error.message, status, error.fields)
        call.error = error.code
        call.reason = error.reason
      } else {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
        rendered = renderError(
          service,
          protocol,
          'InternalFailure',
          `simulator bug: ${message}`,
          500,
          {}
        )
        call.error = 'InternalFailure'
        call.reason = 'simulator-bug'
      }
    }
    call.status = rendered.status
    return { rendered, call }
  }

  // keep idle keep-alive sockets open longer than SDK clients keep them, so a client never
  // reuses a socket the server is closing (AWS endpoints keep them about a minute)
  server.keepAliveTimeout = 65000
  server.headersTimeout = 66000
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined))
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('simulator: no TCP address')
  const host = address.address.includes(':') ? `[${address.address}]` : address.address
  const url = `http://${host}:${address.port}`
  const requestUrl = `${url}/oidc/token?api-version=2.0`
  const firstAmbient = world.ambient[0]

  /** @type {SimulatorState} */
  const state = {
    get instances() {
      return world.instances
    },
    get invocations() {
      engine.sync()
      return engine.invocations.map(inv => engine.invocationSnapshot(inv))
    },
    get commands() {
      engine.sync()
      return [...engine.commands.values()].map(cmd => {
        const s = engine.commandStatus(cmd)
        return {
          id: cmd.id,
          account: cmd.account,
          region: cmd.region,
          documentName: cmd.documentName,
          status: s.status,
          statusDetails: s.details,
          targetCount: s.targetCount,
          completedCount: s.completedCount,
          errorCount: s.errorCount,
          deliveryTimedOutCount: s.deliveryTimedOutCount,
          instanceIds: cmd.invocations.map(inv => inv.instanceId),
          parameters: cmd.parameters,
          comment: cmd.comment,
          requestedAt: cmd.requestedAt
        }
      })
    },
    get sourceServers() {
      engine.sync()
      return [...world.sourceServers.values()].map(server => {
        const rep = engine.replicationOf(server)
        return {
          id: server.id,
          account: server.account,
          region: server.region,
          instanceId: server.instanceId,
          replicationState: rep.state,
          error: rep.error,
          registeredAt: server.registeredAt,
          tags: server.tags,
          commandId: server.commandId
        }
      })
    },
    get installs() {
      engine.sync()
      return engine.installs()
    },
    get messages() {
      return engine.messages
    },
    get jobs() {
      engine.sync()
      return engine.jobs.snapshot()
    },
    get recoveryInstances() {
      engine.sync()
      return engine.jobs.recoveryInstanceSnapshot()
    },
    get sessions() {
      return [...sessions.byKey.values()]
    },
    lastInstallFinishedAt() {
      const done = engine.installs().filter(i => i.finished)
      if (done.length === 0) return null
      const sim = Math.max(...done.map(i => i.finishedAt))
      return { sim, wallMs: clock.wallMs(sim) }
    },
    now: () => clock.now()
  }

  return {
    url,
    port: address.port,
    oidc: { requestUrl, requestToken: world.oidc.requestToken },
    ambient: {
      accessKeyId: firstAmbient?.accessKeyId ?? '',
      secretAccessKey: firstAmbient?.secretAccessKey ?? '',
      ...(firstAmbient?.sessionToken ? { sessionToken: firstAmbient.sessionToken } : {})
    },
    env() {
      /** @type {Record<string, string>} */
      const env = {
        AWS_ENDPOINT_URL: url,
        ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.oidc.requestToken
      }
      if (firstAmbient) {
        env.AWS_ACCESS_KEY_ID = firstAmbient.accessKeyId
        env.AWS_SECRET_ACCESS_KEY = firstAmbient.secretAccessKey
        if (firstAmbient.sessionToken) env.AWS_SESSION_TOKEN = firstAmbient.sessionToken
      }
      return env
    },
    calls: () => calls.slice(),
    state,
    now: () => clock.now(),
    advance(seconds) {
      clock.advance(seconds)
      engine.sync()
    },
    issueIdToken: audience => issueIdToken(world, clock, engine, audience ?? null),
    close() {
      return new Promise(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}

/**
 * Which service and operation a request is, from its protocol framing.
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 * @param {string} body
 * @param {string | undefined} scopeService the service in the SigV4 credential scope
 * @returns {{ service: string, operation: string, params: any }}
 */
function identify(req, url, body, scopeService) {
  if (url.pathname.startsWith('/oidc/')) {
    return {
      service: 'oidc',
      operation: url.pathname === '/oidc/token' ? 'GetIDToken' : url.pathname.slice(6),
      params: Object.fromEntries(url.searchParams)
    }
  }
  const target = headerOf(req, 'x-amz-target')
  if (target) {
    const [prefix, operation] = target.split('.')
    return {
      service: JSON_TARGETS[prefix] ?? scopeService ?? prefix,
      operation: operation ?? '',
      params: parseJson(body)
    }
  }
  const contentType = headerOf(req, 'content-type') ?? ''
  if (
    contentType.includes('x-www-form-urlencoded') ||
    (req.method === 'POST' && /^Action=/.test(body))
  ) {
    const params = parseForm(body)
    const service = QUERY_VERSIONS[params.Version] ?? scopeService ?? 'sts'
    return { service, operation: String(params.Action ?? ''), params }
  }
  return {
    service: scopeService ?? 'drs',
    operation: url.pathname.replace(/^\/+/, '').split('/')[0],
    params: parseJson(body)
  }
}

/** @param {string} body */
function parseJson(body) {
  if (!body) return {}
  try {
    return JSON.parse(body)
  } catch {
    throw new SimError('SerializationException', 'The request body is not valid JSON.')
  }
}

/** @param {import('node:http').IncomingMessage} req @param {string} name */
function headerOf(req, name) {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}
