// One measured run: a fresh simulator with the bench fleet, the bundled action run exactly as the
// runner runs it (test/e2e/harness.ts), and the figures read from the simulator and /proc.
import { readFileSync, writeFileSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { startSimulator } from '../test/simulator/index.js'
import { repoRoot, runAction } from '../test/e2e/harness.js'
import {
  benchInputs,
  benchScenario,
  SCENARIO_DEFAULTS,
  type BenchScenarioOptions
} from './scenario.js'

export type RetryMode = 'standard' | 'adaptive'

export interface OperationCount {
  calls: number
  throttled: number
}

export interface Figures {
  size: number
  retryMode: RetryMode
  exitCode: number | null
  rows: number
  installed: number
  /** The failed-count output: rows failed or timed-out. */
  failed: number
  calls: {
    /** Every request the simulator received, throttled ones and retries included. */
    total: number
    /** Without the GitHub OIDC token request (not an AWS call). */
    aws: number
    throttled: number
    /** Answered with an error other than throttling. */
    otherErrors: number
    perInstance: number
    /** Successful SendCommand calls per instance (0.02 when every batch holds 50). */
    sendCommandPerInstance: number
    byOperation: Record<string, OperationCount>
  }
  /** Action exit minus the moment the last install finished in the simulator (wall clock). */
  overheadMs: number | null
  /** Spawn to the first AWS request the simulator received (the OIDC token request excluded). */
  startupMs: number | null
  /** Maximum resident set size of the action process (VmHWM), in MiB. */
  peakRssMiB: number | null
  /** Spawn to exit. */
  runMs: number
  /** Spawn to the first install starting, and the last install finishing (context for overhead). */
  firstSendMs: number | null
  lastInstallMs: number | null
  waitRounds: number
  /** Install invocations the simulator ran: equals size unless an instance was sent twice. */
  installInvocations: number
  scenario: Required<BenchScenarioOptions>
}

export interface BundleSize {
  indexJsBytes: number
  /** index.js and every chunk it can load (directly or through another chunk). */
  totalJsBytes: number
  /** index.js and the chunks it loads itself (the engine and the STS client): read before the first AWS request. */
  startupJsBytes: number
  chunks: Array<{ file: string; bytes: number }>
  /** .js files in dist/ that no build output references (ncc does not clear old chunks). */
  unreferenced: string[]
}

const CHUNK_LOAD = /__(?:webpack|nccwpck)_require__\.e\(\s*(?:\/\*[^*]*\*\/\s*)?(\d+)\s*\)/g

export async function bundleSize(dir = join(repoRoot, 'dist')): Promise<BundleSize> {
  const present = new Set((await readdir(dir)).filter(file => file.endsWith('.js')))
  const reached = new Set<string>()
  const startup = new Set<string>(['index.js'])
  const queue = ['index.js']
  while (queue.length > 0) {
    const file = queue.shift() as string
    if (reached.has(file) || !present.has(file)) continue
    reached.add(file)
    const code = await readFile(join(dir, file), 'utf8')
    for (const match of code.matchAll(CHUNK_LOAD)) {
      queue.push(`${match[1]}.index.js`)
      if (file === 'index.js') startup.add(`${match[1]}.index.js`)
    }
  }
  const chunks = await Promise.all(
    [...reached].sort().map(async file => ({ file, bytes: (await stat(join(dir, file))).size }))
  )
  return {
    indexJsBytes: chunks.find(c => c.file === 'index.js')?.bytes ?? 0,
    totalJsBytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    startupJsBytes: chunks.filter(c => startup.has(c.file)).reduce((sum, c) => sum + c.bytes, 0),
    chunks,
    unreferenced: [...present].filter(file => !reached.has(file)).sort()
  }
}

function readStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return ''
  }
}

/** VmHWM of a live process in KiB, or null once it is gone (or off Linux). */
export function highWaterMarkKiB(pid: number): number | null {
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readStatus(pid))
  return match ? Number(match[1]) : null
}

const THROTTLE_ERRORS = /Throttl|RequestLimitExceeded|TooManyRequests/

export async function measure(
  size: number,
  retryMode: RetryMode,
  options: BenchScenarioOptions = {}
): Promise<Figures> {
  const scenarioOptions = { ...SCENARIO_DEFAULTS, ...options }
  const simulator = await startSimulator(benchScenario(size, scenarioOptions))
  let peakKiB: number | null = null
  let poller: NodeJS.Timeout | undefined
  const rssTimeline: string[] = []
  let spawned = 0
  try {
    const run = await runAction({
      simulator,
      inputs: benchInputs(),
      env: { AWS_RETRY_MODE: retryMode },
      // Another build of the action to compare (e.g. a bundle made from a different dependency tree).
      entry: process.env.BENCH_ENTRY || undefined,
      onSpawn: (pid, spawnedAt) => {
        spawned = spawnedAt
        const poll = (): void => {
          const hwm = highWaterMarkKiB(pid)
          if (hwm !== null) peakKiB = Math.max(peakKiB ?? 0, hwm)
          if (process.env.BENCH_DEBUG_DIR && hwm !== null) {
            const rss = /^VmRSS:\s+(\d+)/m.exec(readStatus(pid))?.[1]
            rssTimeline.push(`${Date.now() - spawned} rss ${rss} hwm ${hwm}`)
          }
        }
        poll()
        poller = setInterval(poll, 50)
      }
    })
    clearInterval(poller)

    const calls = simulator.calls()
    if (process.env.BENCH_DEBUG_DIR) {
      // For digging into a figure: the action's log and the call timeline, relative to spawn.
      const base = join(process.env.BENCH_DEBUG_DIR, `bench-${size}-${retryMode}`)
      writeFileSync(`${base}.log`, run.log)
      writeFileSync(`${base}.rss.txt`, rssTimeline.join('\n') + '\n')
      const last = simulator.state.lastInstallFinishedAt()
      const timeline = calls.map(
        c =>
          `${String(c.at - run.spawnedAt).padStart(6)} ${c.region ?? '-'} ${c.service}:${c.operation}` +
          `${c.error ? ` ${c.error}` : ''}`
      )
      timeline.push(
        `${String(Math.round((last?.wallMs ?? 0) - run.spawnedAt)).padStart(6)} last install finished`
      )
      timeline.push(`${String(run.exitedAt - run.spawnedAt).padStart(6)} exit`)
      writeFileSync(
        `${base}.calls.txt`,
        timeline.sort((a, b) => parseInt(a) - parseInt(b)).join('\n') + '\n'
      )
    }
    const byOperation: Record<string, OperationCount> = {}
    let throttled = 0
    let otherErrors = 0
    for (const call of calls) {
      const key = `${call.service ?? 'unknown'}:${call.operation ?? 'unknown'}`
      const entry = (byOperation[key] ??= { calls: 0, throttled: 0 })
      entry.calls++
      const isThrottle = call.throttled || THROTTLE_ERRORS.test(call.error ?? '')
      if (isThrottle) {
        entry.throttled++
        throttled++
      } else if (call.error) otherErrors++
    }
    const sorted = Object.fromEntries(
      Object.entries(byOperation).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    )
    const aws = calls.filter(call => call.service !== 'oidc')
    const sends = calls.filter(c => c.operation === 'SendCommand' && !c.error).length
    const firstAws = aws.find(call => call.at >= run.spawnedAt)
    const last = simulator.state.lastInstallFinishedAt()
    const installs = simulator.state.installs
    const firstSend = calls.find(c => c.operation === 'SendCommand')
    const rows = (run.resultsFileRows ?? []) as Array<{ status: string }>
    const waitRounds = (run.log.match(/^wait \d+ \(/gm) ?? []).length

    return {
      size,
      retryMode,
      exitCode: run.exitCode,
      rows: rows.length,
      installed: rows.filter(row => row.status === 'installed').length,
      failed: Number(run.outputs['failed-count'] ?? NaN),
      calls: {
        total: calls.length,
        aws: aws.length,
        throttled,
        otherErrors,
        perInstance: calls.length / size,
        sendCommandPerInstance: sends / size,
        byOperation: sorted
      },
      overheadMs: last ? run.exitedAt - last.wallMs : null,
      startupMs: firstAws ? firstAws.at - run.spawnedAt : null,
      peakRssMiB: peakKiB === null ? null : peakKiB / 1024,
      runMs: run.exitedAt - run.spawnedAt,
      firstSendMs: firstSend ? firstSend.at - run.spawnedAt : null,
      lastInstallMs: last ? last.wallMs - run.spawnedAt : null,
      waitRounds,
      installInvocations: installs.length,
      scenario: scenarioOptions
    }
  } finally {
    clearInterval(poller)
    await simulator.close()
  }
}
