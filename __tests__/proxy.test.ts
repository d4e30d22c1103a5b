// The SDK clients' proxy decision (src/aws/proxy.ts) is @actions/http-client's: these pin the
// rules the README's Proxy section states, and that every client and STS hop gets the agents.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { STSClient } from '@aws-sdk/client-sts'
import { AwsClients } from '../src/aws/clients.js'
import { ProxyRoutingAgent, proxySecrets, requestHandlerSettings } from '../src/aws/proxy.js'
import { REQUEST_TIMEOUTS } from '../src/aws/retry.js'

const PROXY_VARS = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy'
]
let saved: Record<string, string | undefined> = {}

beforeEach(() => {
  saved = Object.fromEntries(PROXY_VARS.map(name => [name, process.env[name]]))
  for (const name of PROXY_VARS) delete process.env[name]
})
afterEach(() => {
  for (const name of PROXY_VARS) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

const https = new ProxyRoutingAgent(true)
const http = new ProxyRoutingAgent(false)
const via = (agent: ProxyRoutingAgent, host: string, port?: number) =>
  agent.proxyFor(host, port)?.host ?? null

describe('ProxyRoutingAgent.proxyFor', () => {
  it('uses HTTPS_PROXY for https targets and HTTP_PROXY for http ones, lower case first', () => {
    process.env.HTTPS_PROXY = 'http://upper:3128'
    process.env.https_proxy = 'http://lower:3128'
    process.env.HTTP_PROXY = 'http://plain:8080'
    expect(via(https, 'ssm.us-east-1.amazonaws.com', 443)).toBe('lower:3128')
    expect(via(http, 'ssm.us-east-1.amazonaws.com', 80)).toBe('plain:8080')
    delete process.env.https_proxy
    expect(via(https, 'ssm.us-east-1.amazonaws.com', 443)).toBe('upper:3128')
  })

  it('goes direct without a proxy variable, and for loopback hosts whatever NO_PROXY says', () => {
    expect(via(https, 'sts.amazonaws.com', 443)).toBeNull()
    process.env.HTTPS_PROXY = 'http://proxy:3128'
    process.env.HTTP_PROXY = 'http://proxy:3128'
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '::1']) {
      expect(via(https, host, 4566)).toBeNull()
      expect(via(http, host, 4566)).toBeNull()
    }
  })

  it('honours NO_PROXY: host, domain suffix, leading dot, host:port, `*`, any case', () => {
    process.env.HTTPS_PROXY = 'http://proxy:3128'
    process.env.NO_PROXY = 'internal.example, .corp.example,vpce.amazonaws.com:443'
    expect(via(https, 'internal.example', 443)).toBeNull()
    expect(via(https, 'api.internal.example', 443)).toBeNull()
    expect(via(https, 'host.corp.example', 443)).toBeNull()
    expect(via(https, 'VPCE.amazonaws.com', 443)).toBeNull()
    expect(via(https, 'vpce.amazonaws.com', 8443)).toBe('proxy:3128')
    expect(via(https, 'notinternal.example', 443)).toBe('proxy:3128')
    process.env.no_proxy = '*'
    expect(via(https, 'ssm.us-east-1.amazonaws.com', 443)).toBeNull()
  })

  it('takes a proxy written without a scheme as http://', () => {
    process.env.HTTPS_PROXY = 'proxy.corp.example:3128'
    expect(https.proxyFor('ec2.us-east-1.amazonaws.com', 443)?.href).toBe(
      'http://proxy.corp.example:3128/'
    )
  })
})

describe('proxySecrets', () => {
  it('is empty without credentials in the proxy URLs', () => {
    process.env.HTTPS_PROXY = 'http://proxy:3128'
    expect(proxySecrets()).toEqual([])
  })

  it('names the password as written and decoded, and user:password, even for bypassed hosts', () => {
    process.env.HTTPS_PROXY = 'http://alice:p%40ss%3Aword@proxy:3128'
    process.env.NO_PROXY = 'amazonaws.com'
    expect(new Set(proxySecrets())).toEqual(
      new Set(['p@ss:word', 'p%40ss%3Aword', 'alice:p@ss:word'])
    )
  })
})

describe('request handler of every client', () => {
  it('carries the request timeouts and routing agents for both protocols, fresh per client', () => {
    const a = requestHandlerSettings()
    const b = requestHandlerSettings()
    expect(a).toMatchObject(REQUEST_TIMEOUTS)
    expect(a.httpAgent).toBeInstanceOf(ProxyRoutingAgent)
    expect(a.httpsAgent).toBeInstanceOf(ProxyRoutingAgent)
    expect((a.httpAgent as unknown as ProxyRoutingAgent).protocol).toBe('http:')
    expect((a.httpsAgent as unknown as ProxyRoutingAgent).protocol).toBe('https:')
    expect(a.httpAgent).not.toBe(b.httpAgent)
  })

  it('is what AwsClients hands EC2, SSM and DRS', async () => {
    const clients = new AwsClients({
      credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
      retryMode: 'standard',
      maxAttempts: 1,
      userAgent: 'test'
    })
    try {
      for (const client of [
        clients.ec2('us-east-1'),
        clients.ssm('us-east-1'),
        clients.drs('us-east-1')
      ]) {
        const handler = client.config.requestHandler as unknown as {
          configProvider: Promise<{ httpsAgent: unknown; requestTimeout: number }>
        }
        const config = await handler.configProvider
        expect(config.httpsAgent).toBeInstanceOf(ProxyRoutingAgent)
        expect(config.requestTimeout).toBe(REQUEST_TIMEOUTS.requestTimeout)
      }
    } finally {
      clients.destroy()
    }
  })

  it('is accepted by the STS client as its handler config', async () => {
    const sts = new STSClient({ region: 'us-east-1', requestHandler: requestHandlerSettings() })
    const handler = sts.config.requestHandler as unknown as {
      configProvider: Promise<{ httpsAgent: unknown }>
    }
    expect((await handler.configProvider).httpsAgent).toBeInstanceOf(ProxyRoutingAgent)
    sts.destroy()
  })
})
