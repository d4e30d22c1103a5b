// What the CI smoke check asserts about a bench run: counts only, never wall-clock figures.
import type { Figures } from './measure.js'
import { TARGETS } from './report.js'
import { perRegion } from './scenario.js'

/**
 * Calls-per-instance ceiling for a run of `size` instances. The target (0.15) is for 5,000
 * instances; a small fleet pays the fixed costs (two STS hops, one listing per region, one
 * ListCommands per region and wait round) over fewer instances, so the ceiling adds an allowance
 * of 60 calls: 0.75 at 100 instances, 0.162 at 5,000.
 */
export function callBudget(size: number): number {
  return TARGETS.callsPerInstance + 60 / size
}

/** Why a run's counts are wrong; empty when every instance was installed within the call budget. */
export function smokeProblems(f: Figures): string[] {
  const problems: string[] = []
  if (f.exitCode !== 0) problems.push(`exit code ${f.exitCode}`)
  if (f.rows !== f.size) problems.push(`${f.rows} rows for ${f.size} instances`)
  if (f.installed !== f.size) problems.push(`${f.installed} of ${f.size} installed`)
  if (f.failed !== 0) problems.push(`failed-count ${f.failed}`)
  if (f.installInvocations !== f.size) {
    problems.push(`${f.installInvocations} install invocations for ${f.size} instances`)
  }
  // One successful SendCommand per 50 instances of a region: no batch sent twice or split.
  const batches = perRegion(f.size).reduce((sum, n) => sum + Math.ceil(n / 50), 0)
  if (Math.round(f.calls.sendCommandPerInstance * f.size) !== batches) {
    problems.push(
      `${Math.round(f.calls.sendCommandPerInstance * f.size)} successful SendCommand calls for ${batches} batches`
    )
  }
  if (f.calls.perInstance > callBudget(f.size)) {
    problems.push(
      `${f.calls.perInstance.toFixed(3)} calls per instance > ${callBudget(f.size).toFixed(3)}`
    )
  }
  return problems
}
