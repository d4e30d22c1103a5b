// `npm run bench -- --operation check|drill`: the bundled check and drill actions end to end
// against the simulator's generated accounts, for the sizes issues 15 and 16 name:
//   check: 300 accounts x 20 servers (accounts + role-name, one step), and 1 account x 3,000 servers
//   drill: 300 servers in 3 waves (one account)
// Reports calls per server beyond the fixed per-account-region pages, STS calls, peak memory
// (VmHWM) and wall time (for the drill, minus the simulated launch time). Writes
// bench/operations.json unless --no-write. Run `npm run bundle:check` / `bundle:drill` first.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot, runAction, type ActionRun } from '../test/e2e/harness.js'
import { startSimulator } from '../test/simulator/index.js'
import { highWaterMarkKiB } from './measure.js'

const TARGET = 'us-west-2'
const SOURCE = 'us-east-1'
const ROLE_NAME = 'DRSOrchestrationRole'
const FIRST_ACCOUNT = 200000000000

export interface OperationFigures {
  name: string
  accounts: number
  servers: number
  exitCode: number | null
  rows: number
  calls: number
  stsCalls: number
  /** Calls a run cannot avoid: per account one AssumeRole, one DRS page and one EC2 page per source region. */
  fixedCalls: number
  /** (calls - fixedCalls) / servers: what the run costs per server beyond the fixed pages. */
  callsPerServer: number
  byOperation: Record<string, number>
  peakRssMiB: number | null
  wallMs: number
  /** Drill only: the simulated launch time of the waves, in real ms. */
  launchMs: number | null
  /** Drill only: wallMs - launchMs. */
  overheadMs: number | null
}

type Simulator = Awaited<ReturnType<typeof startSimulator>>

function accountIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(FIRST_ACCOUNT + i))
}

async function measured(
  sim: Simulator,
  options: Omit<Parameters<typeof runAction>[0], 'simulator'>
): Promise<{ run: ActionRun; peakRssMiB: number | null }> {
  let peakKiB: number | null = null
  let poller: NodeJS.Timeout | undefined
  try {
    const run = await runAction({
      ...options,
      simulator: sim,
      onSpawn: pid => {
        const poll = (): void => {
          const hwm = highWaterMarkKiB(pid)
          if (hwm !== null) peakKiB = Math.max(peakKiB ?? 0, hwm)
        }
        poll()
        poller = setInterval(poll, 50)
      }
    })
    return { run, peakRssMiB: peakKiB === null ? null : peakKiB / 1024 }
  } finally {
    clearInterval(poller)
  }
}

function figures(
  name: string,
  sim: Simulator,
  run: ActionRun,
  peakRssMiB: number | null,
  shape: { accounts: number; servers: number; fixedCalls: number }
): OperationFigures {
  const calls = sim.calls().filter(call => call.service !== 'oidc')
  const byOperation: Record<string, number> = {}
  for (const call of calls) {
    const key = `${call.service}:${call.operation}`
    byOperation[key] = (byOperation[key] ?? 0) + 1
  }
  return {
    name,
    ...shape,
    exitCode: run.exitCode,
    rows: run.resultsFileRows?.length ?? 0,
    calls: calls.length,
    stsCalls: calls.filter(call => call.service === 'sts').length,
    callsPerServer: Math.max(0, calls.length - shape.fixedCalls) / shape.servers,
    byOperation: Object.fromEntries(Object.entries(byOperation).sort()),
    peakRssMiB,
    wallMs: run.exitedAt - run.spawnedAt,
    launchMs: null,
    overheadMs: null
  }
}

/** A check over `accounts` generated accounts of `perAccount` protected servers each. */
export async function benchCheck(accounts: number, perAccount: number): Promise<OperationFigures> {
  const ids = accountIds(accounts)
  const sim = await startSimulator({
    credentialTime: 'real',
    generate: {
      accountIds: ids,
      instancesPerAccount: perAccount,
      sourceRegions: [SOURCE],
      targetRegion: TARGET,
      roleName: ROLE_NAME,
      registeredEvery: 1,
      replication: { lagSeconds: 20 }
    }
  })
  try {
    const { run, peakRssMiB } = await measured(sim, {
      entry: join(repoRoot, 'check', 'dist', 'index.js'),
      actionYml: join(repoRoot, 'check', 'action.yml'),
      oidc: false,
      ambient: sim.ambient,
      inputs: {
        ...(accounts > 1
          ? { accounts: ids.join(','), 'role-name': ROLE_NAME }
          : { 'role-arn': `arn:aws:iam::${ids[0]}:role/${ROLE_NAME}` }),
        'source-regions': SOURCE,
        'target-region': TARGET
      }
    })
    return figures(`check ${accounts} x ${perAccount}`, sim, run, peakRssMiB, {
      accounts,
      servers: accounts * perAccount,
      fixedCalls: accounts * 3
    })
  } finally {
    await sim.close()
  }
}

const DRILL_TIMES = {
  jobStartSeconds: 5,
  launchSeconds: 120,
  statusOkAfterSeconds: 60,
  terminateSeconds: 60,
  snapshotAgeSeconds: 30
}
const DRILL_SCALE = 0.01

/** A drill of `servers` servers of one account in `waves` waves. */
export async function benchDrill(servers: number, waves: number): Promise<OperationFigures> {
  const [account] = accountIds(1)
  const sim = await startSimulator({
    timeScale: DRILL_SCALE,
    credentialTime: 'real',
    drill: DRILL_TIMES,
    generate: {
      accountIds: [account],
      instancesPerAccount: servers,
      sourceRegions: [SOURCE],
      targetRegion: TARGET,
      roleName: ROLE_NAME,
      registeredEvery: 1,
      replication: { lagSeconds: 20 },
      waves: { count: waves }
    }
  })
  try {
    const { run, peakRssMiB } = await measured(sim, {
      entry: join(repoRoot, 'drill', 'dist', 'index.js'),
      actionYml: join(repoRoot, 'drill', 'action.yml'),
      oidc: false,
      ambient: sim.ambient,
      inputs: {
        'role-arn': `arn:aws:iam::${account}:role/${ROLE_NAME}`,
        'source-regions': SOURCE,
        'target-region': TARGET
      }
    })
    // Each wave launches and becomes healthy on simulated time; cleanup terminates once at the end.
    const perWave =
      DRILL_TIMES.jobStartSeconds + DRILL_TIMES.launchSeconds + DRILL_TIMES.statusOkAfterSeconds
    const launchMs = Math.round(
      (waves * perWave + DRILL_TIMES.terminateSeconds) * DRILL_SCALE * 1000
    )
    // Fixed: the AssumeRole, and per wave one StartRecovery (100 servers per job).
    const result = figures(`drill ${servers} in ${waves} waves`, sim, run, peakRssMiB, {
      accounts: 1,
      servers,
      fixedCalls: 1 + waves
    })
    return { ...result, launchMs, overheadMs: result.wallMs - launchMs }
  } finally {
    await sim.close()
  }
}

const num = (value: number | null, digits = 0): string =>
  value === null ? '—' : value.toFixed(digits)

export function operationsMarkdown(all: readonly OperationFigures[]): string {
  const lines = all.map(
    f =>
      `| ${f.name} | ${f.rows} | ${f.calls} | ${f.stsCalls} | ${f.fixedCalls} | ${num(f.callsPerServer, 4)} | ${num(f.peakRssMiB)} MiB | ${num(f.wallMs / 1000, 1)} s | ${f.overheadMs === null ? '—' : `${num(f.overheadMs / 1000, 1)} s`} | ${f.exitCode} |`
  )
  return [
    '| run | rows | calls | STS calls | fixed pages | calls per server beyond them | peak memory | wall time | wall minus launch time | exit |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...lines
  ].join('\n')
}

export async function runOperationBench(operation: string, write: boolean): Promise<number> {
  const all: OperationFigures[] = []
  if (operation === 'check' || operation === 'all') {
    for (const [accounts, perAccount] of [
      [300, 20],
      [1, 3000]
    ]) {
      process.stderr.write(`bench: check over ${accounts} x ${perAccount} ... `)
      const result = await benchCheck(accounts, perAccount)
      process.stderr.write(`${result.calls} calls, ${num(result.wallMs / 1000, 1)} s\n`)
      all.push(result)
    }
  }
  if (operation === 'drill' || operation === 'all') {
    process.stderr.write('bench: drill of 300 servers in 3 waves ... ')
    const result = await benchDrill(300, 3)
    process.stderr.write(`${result.calls} calls, ${num(result.wallMs / 1000, 1)} s\n`)
    all.push(result)
  }
  if (all.length === 0) throw new Error(`--operation takes check, drill or all, got ${operation}`)
  console.log(`\n${operationsMarkdown(all)}\n`)
  for (const f of all) console.log(`${f.name}: ${JSON.stringify(f.byOperation)}`)
  if (write) {
    const path = join(repoRoot, 'bench', 'operations.json')
    await writeFile(
      path,
      `${JSON.stringify({ date: new Date().toISOString(), runs: all }, null, 2)}\n`
    )
    console.log('wrote bench/operations.json')
  }
  return all.every(f => f.exitCode === 0) ? 0 : 1
}
