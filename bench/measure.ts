// One measured run: a fresh simulator with the bench fleet, the bundled action run exactly as the
// runner runs it (test/e2e/harness.ts), and the figures read from the simulator and /proc.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { bundleFolders, frontChunks } from '../scripts/bundle.js'
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

export interface FrontSize {
  front: string
  /** Its loader, dist/shared.js and the chunks loaded before the front's own code runs. */
  startBytes: number
  /** Everything the front can ever load (its lazily loaded chunks included). */
  reachableBytes: number
  reachableChunks: number
}

export interface BundleSize {
  /** The install action's dist/index.js (the loader) and dist/shared.js. */
  indexJsBytes: number
  /** What the install action can load (directly or through another chunk). */
  totalJsBytes: number
  /** What the install action reads before its own code runs (first AWS request: see FINDINGS). */
  startupJsBytes: number
  chunks: Array<{ file: string; bytes: number }>
  /** .js files in dist/ that no front can load (a stale chunk). */
  unreferenced: string[]
  /** Every file in every bundle folder (the shared build, the loaders, licences.txt), on disk. */
  onDiskBytes: number
  /** `git archive` of the tree as it would be committed, through `gzip -6`: what a job downloads. */
  archiveGzipBytes: number | null
  fronts: FrontSize[]
}

const fileBytes = (file: string): number => statSync(join(repoRoot, file)).size
const sum = (files: readonly string[]): number => files.reduce((n, f) => n + fileBytes(f), 0)

/** The working tree (untracked, unignored files included) as a tree object, archived and gzipped. */
export function archiveGzipBytes(root = repoRoot): number | null {
  const index = join(mkdtempSync(join(tmpdir(), 'bench-index-')), 'index')
  try {
    const env = { ...process.env, GIT_INDEX_FILE: index }
    execFileSync('git', ['add', '-A', '.'], { cwd: root, env, stdio: 'ignore' })
    const tree = execFileSync('git', ['write-tree'], { cwd: root, env }).toString().trim()
    const archive = execFileSync('git', ['archive', '--format=tar', tree], {
      cwd: root,
      maxBuffer: 1 << 30
    })
    return gzipSync(archive, { level: 6 }).length
  } catch {
    return null
  } finally {
    rmSync(dirname(index), { recursive: true, force: true })
  }
}

export async function bundleSize(): Promise<BundleSize> {
  const fronts = frontChunks(repoRoot)
  const action = fronts.find(f => f.front === 'action')!
  const reachable = new Set(fronts.flatMap(f => f.reachable))
  const shipped = bundleFolders().flatMap(folder =>
    readdirSync(join(repoRoot, folder)).map(file => `${folder}/${file}`)
  )
  return {
    indexJsBytes: sum(action.reachable.slice(0, 2)),
    totalJsBytes: sum(action.reachable),
    startupJsBytes: sum(action.start),
    chunks: action.reachable.map(file => ({ file, bytes: fileBytes(file) })),
    unreferenced: shipped.filter(f => f.endsWith('.js') && !reachable.has(f)).sort(),
    onDiskBytes: sum([...new Set(shipped)]),
    archiveGzipBytes: archiveGzipBytes(),
    fronts: fronts.map(f => ({
      front: f.front,
      startBytes: sum(f.start),
      reachableBytes: sum(f.reachable),
      reachableChunks: f.reachable.length - 2
    }))
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
