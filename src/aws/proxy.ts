// The HTTP handler settings of every SDK client: the request timeouts, and agents that send each
// request the way @actions/http-client sends the OIDC token request: through HTTPS_PROXY /
// HTTP_PROXY (lower case first), unless NO_PROXY names the host or the host is loopback. The
// decision is http-client's own getProxyUrl, so the SDK's calls and the token request agree by
// construction; like the SDK's own AWS_ENDPOINT_URL, it reads the environment when a connection
// is made.
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { Agent, type AgentConnectOpts } from 'agent-base'
import { HttpsProxyAgent } from 'https-proxy-agent'
import * as http from 'node:http'
import * as https from 'node:https'
import { REQUEST_TIMEOUTS } from './retry.js'

/** The SDK's own agent defaults (NodeHttpHandler): connections kept alive, 50 per host. */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 } as const

/**
 * One agent per protocol for a client: each new connection goes direct or through a CONNECT
 * tunnel of the proxy http-client picks for its host (a proxy for https targets and for http
 * ones, as http-client tunnels both). The proxy URL's user and password become the
 * Proxy-Authorization header of the CONNECT request only.
 */
export class ProxyRoutingAgent extends Agent {
  private readonly direct: http.Agent
  private readonly tunnels = new Map<string, HttpsProxyAgent<string>>()

  constructor(secure: boolean) {
    super()
    this.protocol = secure ? 'https:' : 'http:'
    this.direct = secure ? new https.Agent(AGENT_OPTIONS) : new http.Agent(AGENT_OPTIONS)
  }

  /** The proxy http-client would use for this target, or null for a direct connection. */
  proxyFor(host: string, port: number | undefined): URL | null {
    const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
    const target = new URL(`${this.protocol}//${name}${port ? `:${port}` : ''}`)
    const proxy = getProxyUrl(target)
    if (!proxy) return null
    // `proxy:3128` parses as a URL of scheme `proxy:`; http-client means http:// there.
    return /^https?:$/.test(proxy.protocol) ? proxy : new URL(`http://${proxy.href}`)
  }

  connect(_request: http.ClientRequest, options: AgentConnectOpts): http.Agent {
    const proxy = this.proxyFor(options.host ?? 'localhost', options.port)
    if (!proxy) return this.direct
    let tunnel = this.tunnels.get(proxy.href)
    if (!tunnel) {
      tunnel = new HttpsProxyAgent(proxy.href, AGENT_OPTIONS)
      this.tunnels.set(proxy.href, tunnel)
    }
    return tunnel
  }

  destroy(): void {
    this.direct.destroy()
    for (const tunnel of this.tunnels.values()) tunnel.destroy()
    this.tunnels.clear()
    super.destroy()
  }
}

export interface RequestHandlerSettings {
  connectionTimeout: number
  requestTimeout: number
  throwOnRequestTimeout: boolean
  httpAgent: http.Agent
  httpsAgent: https.Agent
}

/**
 * The `requestHandler` of an SDK client: REQUEST_TIMEOUTS and a fresh pair of routing agents
 * (the client's destroy() destroys them).
 */
export function requestHandlerSettings(): RequestHandlerSettings {
  return {
    ...REQUEST_TIMEOUTS,
    httpAgent: new ProxyRoutingAgent(false),
    // The SDK takes any agent with a destroy() as the https one; the type wants https.Agent.
    httpsAgent: new ProxyRoutingAgent(true) as unknown as https.Agent
  }
}

/**
 * What must never be printed of the proxies the environment names: each one's password (as
 * written and decoded) and user:password. Masked before the first request (credentials.ts).
 */
export function proxySecrets(): string[] {
  const secrets = new Set<string>()
  // A host no NO_PROXY but `*` names: the proxies as configured, whatever they bypass.
  for (const target of ['https://proxy-secrets.invalid', 'http://proxy-secrets.invalid']) {
    const proxy = getProxyUrl(new URL(target))
    if (!proxy?.password) continue
    const encoded = proxy.href.match(/^[a-z]+:\/\/[^:@/]*:([^@/]*)@/i)?.[1]
    secrets.add(proxy.password)
    if (encoded) secrets.add(encoded)
    secrets.add(`${proxy.username}:${proxy.password}`)
  }
  return [...secrets]
}
