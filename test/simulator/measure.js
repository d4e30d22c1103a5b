// @ts-check
// Build time and memory of generated worlds (not a test: timings vary by machine).
//   node test/simulator/measure.js
// prints one line per size (each built in its own process): instances, source servers, build
// milliseconds, heap retained by the world.

import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { buildWorld } from './scenario.js'

const SIZES = [
  { accounts: 1000, instancesPerAccount: 3, sourceRegions: ['us-east-1'] },
  { accounts: 300, instancesPerRegion: 20, sourceRegions: ['us-east-1', 'us-east-2'] },
  { accounts: 300, instancesPerAccount: 20, sourceRegions: ['us-east-1', 'us-east-2'] }
]

const which = process.argv[2]
if (which === undefined) {
  const self = fileURLToPath(import.meta.url)
  for (let i = 0; i < SIZES.length; i++) {
    process.stdout.write(execFileSync(process.execPath, ['--expose-gc', self, String(i)]))
  }
} else {
  const size = SIZES[Number(which)]
  const gc = /** @type {any} */ (globalThis).gc ?? (() => {})
  gc()
  const before = process.memoryUsage().heapUsed
  const started = process.hrtime.bigint()
  const world = buildWorld({
    generate: {
      ...size,
      firstAccountId: '200000000000',
      targetRegion: 'us-west-2',
      roleName: 'DRSOrchestrationRole',
      trustedPrincipals: ['*'],
      registeredEvery: 2
    }
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  gc()
  const mb = (process.memoryUsage().heapUsed - before) / 2 ** 20
  const perRegion = size.instancesPerRegion
    ? `${size.instancesPerRegion}/region`
    : `${size.instancesPerAccount}/account`
  console.log(
    `${size.accounts} accounts x ${perRegion} x ${size.sourceRegions.length} regions: ` +
      `${world.instances.size} instances, ${world.sourceServers.size} servers, ` +
      `${ms.toFixed(0)} ms, ${mb.toFixed(1)} MB retained`
  )
  void world.instances
}
