// `npm run bench -- --accounts`: the bundled action over many accounts in one step, against the
// local simulator's generated accounts: 300 accounts × 20 instances over 2 source regions, and
// 1,000 accounts × 3. Reports calls per instance and per account-region, STS calls (1 web
// identity + 1 per account, plus the token), peak memory and wall time minus the slowest install.
import { readFileSync } from 'node:fs'
import { startSimulator } from '../test/simulator/index.js'
import { runAction } from '../test/e2e/harness.js'
import { CENTRAL_ROLE, TARGET_REGION } from './scenario.js'

export interface AccountsSize {
  accounts: number
  instancesPerAccount: number
  regions: string[]
}

export const ACCOUNT_SIZES: readonly AccountsSize[] = [
  { accounts: 300, instancesPerAccount: 20, regions: ['us-east-1', 'us-east-2'] },
  { accounts: 1000, instancesPerAccount: 3, regions: ['us-east-1'] }
]

export interface AccountsFigures {
  accounts: number
  instances: number
  regions: number
  exitCode: number | null
  installed: number
  calls: number
  callsPerInstance: number
  callsPerAccountRegion: number
  sts: { webIdentity: number; assumeRole: number }
  peakRssMiB: number | null
  runMs: number
  overheadMs: number | null
}

function highWaterMarkKiB(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

const FIRST_ACCOUNT = 300000000000

export async function measureAccounts(size: AccountsSize): Promise<AccountsFigures> {
  const ids = Array.from({ length: size.accounts }, (_, i) => String(FIRST_ACCOUNT + i))
  const simulator = await startSimulator({
    timeScale: 1,
    credentialTime: 'real',
    oidc: { subject: 'repo:octo/fleet:ref:refs/heads/main' },
    oidcRoles: [{ arn: CENTRAL_ROLE, oidcSubjects: ['repo:octo/fleet:*'] }],
    generate: {
      accountIds: ids,
      instancesPerAccount: size.instancesPerAccount,
      sourceRegions: size.regions,
      targetRegion: TARGET_REGION,
      roleName: 'DRSOrchestrationRole',
      trustedPrincipals: [CENTRAL_ROLE],
      install: { durationSeconds: 4, jitterSeconds: 2 },
      replication: { registerAfterSeconds: 0 }
    }
  })
  let peakKiB: number | null = null
  let poller: NodeJS.Timeout | undefined
  try {
    const run = await runAction({
      simulator,
      oidc: true,
      inputs: {
        accounts: ids.join(','),
        'role-name': 'DRSOrchestrationRole',
        'oidc-role-arn': CENTRAL_ROLE,
        'source-regions': size.regions.join(','),
        'target-region': TARGET_REGION,
        'timeout-minutes': '30'
      },
      onSpawn: pid => {
        const poll = (): void => {
          const hwm = highWaterMarkKiB(pid)
          if (hwm !== null) peakKiB = Math.max(peakKiB ?? 0, hwm)
        }
        poll()
        poller = setInterval(poll, 50)
      }
    })
    clearInterval(poller)
    const calls = simulator.calls().filter(call => call.service !== 'oidc')
    const instances = size.accounts * size.instancesPerAccount
    const last = simulator.state.lastInstallFinishedAt()
    const rows = (run.resultsFileRows ?? []) as Array<{ status: string }>
    return {
      accounts: size.accounts,
      instances,
      regions: size.regions.length,
      exitCode: run.exitCode,
      installed: rows.filter(row => row.status === 'installed').length,
      calls: calls.length,
      callsPerInstance: calls.length / instances,
      callsPerAccountRegion: calls.length / (size.accounts * size.regions.length),
      sts: {
        webIdentity: calls.filter(c => c.operation === 'AssumeRoleWithWebIdentity').length,
        assumeRole: calls.filter(c => c.operation === 'AssumeRole').length
      },
      peakRssMiB: peakKiB === null ? null : peakKiB / 1024,
      runMs: run.exitedAt - run.spawnedAt,
      overheadMs: last ? run.exitedAt - last.wallMs : null
    }
  } finally {
    clearInterval(poller)
    await simulator.close()
  }
}

/** Runs every size (or those with these account counts) and prints one line each. */
export async function runAccountsBench(only: number[] | null): Promise<number> {
  const sizes = ACCOUNT_SIZES.filter(size => !only || only.includes(size.accounts))
  let failed = 0
  for (const size of sizes) {
    process.stderr.write(
      `bench: ${size.accounts} accounts × ${size.instancesPerAccount} instances over ${size.regions.length} region(s) ... `
    )
    const f = await measureAccounts(size)
    const stsOk = f.sts.webIdentity === 1 && f.sts.assumeRole === f.accounts
    if (!stsOk || f.installed !== f.instances) failed++
    process.stderr.write(
      `exit ${f.exitCode}, ${f.installed}/${f.instances} installed, ${f.calls} calls ` +
        `(${f.callsPerInstance.toFixed(2)} per instance, ${f.callsPerAccountRegion.toFixed(1)} per account-region), ` +
        `STS ${f.sts.webIdentity} web identity + ${f.sts.assumeRole} AssumeRole${stsOk ? '' : ' (expected 1 + N)'}, ` +
        `peak ${f.peakRssMiB?.toFixed(0)} MiB, run ${(f.runMs / 1000).toFixed(1)} s, ` +
        `wall minus slowest install ${f.overheadMs === null ? '?' : (f.overheadMs / 1000).toFixed(1)} s\n`
    )
  }
  return failed > 0 ? 1 : 0
}
