// End-to-end: the SDK clients honour HTTP(S)_PROXY / NO_PROXY the way @actions/http-client does
// (issue 17 item 6), through the bundled action (dist/index.js: run `npm run bundle` after a src
// change). The simulator is reached under a host name that does not resolve (`.invalid`), so a
// request that bypassed the proxy would fail; the proxy tunnels every CONNECT to the simulator
// and reads the tunnelled requests, which must be every AWS call the simulator answered.
import { describe, expect, test } from '@jest/globals'
import { lookup } from 'node:dns/promises'
import { hostname } from 'node:os'
import { startConnectProxy, type ConnectProxy } from './fixtures/connect-proxy.js'
import { act, instance, scenario, withSimulator, type Simulator } from './fixtures/e2e.js'

const SLOW = 120_000
const PROXY_USER = 'drs-proxy-user'
const PROXY_PASSWORD = 's3cr@t-proxy-pass'
const spec = () => scenario({ 'us-east-1': { instances: [instance(1), instance(2)] } })

async function withProxy<T>(sim: Simulator, fn: (proxy: ConnectProxy) => Promise<T>): Promise<T> {
  const { hostname: host, port } = new URL(sim.url)
  const proxy = await startConnectProxy({ host, port: Number(port) })
  try {
    return await fn(proxy)
  } finally {
    await proxy.close()
  }
}

const awsCalls = (sim: Simulator) => sim.calls().filter(call => call.service !== 'oidc')

describe('proxy, end to end', () => {
  test.concurrent(
    'every SDK request (STS hops, EC2, SSM, DRS) goes through HTTP_PROXY, with its credentials, which are masked',
    async () => {
      await withSimulator(spec(), async sim =>
        withProxy(sim, async proxy => {
          const simPort = new URL(sim.url).port
          const endpoint = `http://aws-simulator.invalid:${simPort}`
          const proxyUrl = proxy.url.replace(
            'http://',
            `http://${PROXY_USER}:${encodeURIComponent(PROXY_PASSWORD)}@`
          )
          const run = await act(
            sim,
            {},
            // Lower case, as http-client reads it first; NO_PROXY names other hosts only.
            {
              oidc: true,
              env: { AWS_ENDPOINT_URL: endpoint, http_proxy: proxyUrl, NO_PROXY: 'example.com' }
            }
          )
          expect(run.rows.map(row => row.status)).toEqual(['installed', 'installed'])
          expect(run.exitCode).toBe(0)

          const calls = awsCalls(sim)
          const services = new Set(calls.map(call => call.service))
          for (const service of ['sts', 'ec2', 'ssm', 'drs']) expect(services).toContain(service)
          // Every AWS request the simulator answered came through a tunnel of the proxy.
          expect(proxy.requests).toHaveLength(calls.length)
          expect(proxy.others).toEqual([])
          expect(proxy.tunnels.length).toBeGreaterThan(0)
          const basic = `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`
          for (const tunnel of proxy.tunnels) {
            expect(tunnel).toEqual({
              target: `aws-simulator.invalid:${simPort}`,
              authorization: basic
            })
          }
          // The password is masked before the first request and printed nowhere.
          const lines = run.log.split('\n')
          expect(lines).toContain(`::add-mask::${PROXY_PASSWORD}`)
          const visible = lines.filter(line => !line.startsWith('::add-mask::')).join('\n')
          expect(visible).not.toContain(PROXY_PASSWORD)
          expect(run.summary).not.toContain(PROXY_PASSWORD)
        })
      )
    },
    SLOW
  )

  test.concurrent(
    'a host NO_PROXY names is reached directly: the proxy sees no request',
    async () => {
      // This machine's own name resolves to the loopback address the simulator listens on, and
      // http-client's loopback rule does not cover it (only localhost, 127.* and [::1]).
      const self = hostname()
      expect((await lookup(self, { family: 4 })).address).toBe('127.0.0.1')
      await withSimulator(spec(), async sim =>
        withProxy(sim, async proxy => {
          const endpoint = `http://${self}:${new URL(sim.url).port}`
          const run = await act(
            sim,
            {},
            {
              oidc: true,
              env: {
                AWS_ENDPOINT_URL: endpoint,
                HTTP_PROXY: proxy.url,
                HTTPS_PROXY: proxy.url,
                NO_PROXY: `example.com, ${self.toUpperCase()}`
              }
            }
          )
          expect(run.rows.map(row => row.status)).toEqual(['installed', 'installed'])
          expect(run.exitCode).toBe(0)
          expect(awsCalls(sim).length).toBeGreaterThan(0)
          expect(proxy.tunnels).toEqual([])
          expect(proxy.requests).toEqual([])
          expect(proxy.others).toEqual([])
        })
      )
    },
    SLOW
  )
})
