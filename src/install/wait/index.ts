// Waits for the sent install commands: command status first, then the invocations of each
// finished command that did not fully succeed (one listing per command), then the DRS source
// server and, with `wait-for: replication`, its replication state. Every call answers for a whole
// command, page or fleet, never for one instance, so a round costs the same for 10 instances as
// for 10,000; a command whose counts say every invocation succeeded needs no invocation listing.
//
// The reads go through WaitReads (reads.ts), so this loop is tested against a fake of them.
import type { AwsClients } from '../../aws/clients.js'
import type { Settings } from '../../settings/index.js'
import { systemClock, type Clock, type RunnerPort } from '../../shared/port.js'
import type { Row } from '../../shared/rows.js'
import type { SentCommand } from '../sent-commands.js'
import { FleetFollow } from './follow.js'
import { roundLine } from './messages.js'
import { createWaitReads, type WaitReads } from './reads.js'

export { BACKOFF, estimateRemainingMs, MIN_POLL_MS, nextDelay } from './schedule.js'
export { everyInvocationSucceeded, MISS_GRACE_MS, MISS_ROUNDS } from './commands.js'
export { outputTail } from './messages.js'
export { createWaitReads, type WaitReads } from './reads.js'
export { SharedWait } from './shared.js'

/**
 * Follows every `pending` row to a final status (other rows pass through unchanged) and returns
 * all rows in their input order, reading through `reads`. See waitForFleet.
 */
export async function followFleet(
  settings: Settings,
  reads: WaitReads,
  rows: Row[],
  sent: readonly SentCommand[],
  port: RunnerPort,
  clock: Clock = systemClock,
  signal?: AbortSignal
): Promise<Row[]> {
  if (settings.waitFor === 'none') return rows
  const follow = new FleetFollow(settings, reads, rows, sent, clock, signal)
  if (follow.trackedCount === 0) return follow.output

  port.info(follow.intro())
  let round = 0
  for (;;) {
    if (signal?.aborted) break
    round++
    await follow.round()
    if (follow.aborted) break
    port.info(
      roundLine(
        round,
        clock.now() - follow.start,
        follow.roundRows(),
        follow.ctx.notes,
        follow.sleepMs
      )
    )
    port.progress?.(follow.output.map(row => ({ ...row })))
    if (follow.done) return follow.output
    await clock.sleep(follow.sleepMs ?? 0, signal)
  }
  const output = follow.cancel()
  port.info(
    `Wait cancelled after ${Math.round((clock.now() - follow.start) / 1000)}s; reporting the rows as known.`
  )
  port.progress?.(output.map(row => ({ ...row })))
  return output
}

/**
 * Follows every `pending` row to a final status (other rows pass through unchanged) and returns
 * all rows in their input order. `commands` are those deploy sent (region, id, instances, when).
 * Bounded by settings.timeoutMinutes from the call, requests included; an aborted `signal`
 * returns the rows as currently known (still `pending`, with their last state).
 */
export function waitForFleet(
  settings: Settings,
  clients: Pick<AwsClients, 'ssm' | 'drs'>,
  rows: Row[],
  commands: readonly SentCommand[],
  port: RunnerPort,
  clock: Clock = systemClock,
  signal?: AbortSignal
): Promise<Row[]> {
  const reads = createWaitReads(clients, settings.targetRegion)
  return followFleet(settings, reads, rows, commands, port, clock, signal)
}
