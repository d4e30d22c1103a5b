// The words of the wait: per-instance messages from SSM and DRS answers, and the round's log line.
import type { SourceServer } from '@aws-sdk/client-drs'
import type { CommandInvocation } from '@aws-sdk/client-ssm'
import type { Settings } from '../../settings/index.js'
import { errorCode, errorMessage } from '../../shared/port.js'
import type { Status } from '../../shared/rows.js'

const OUTPUT_TAIL = 300
export const REACHABILITY =
  'check the instance can reach the DRS endpoints on HTTPS 443 and the replication servers on TCP 1500'

/** An error as `Code: message`, without repeating a code the message already starts with. */
export function describeError(error: unknown): string {
  const code = errorCode(error)
  const message = errorMessage(error)
  return message.startsWith(code) ? message : `${code}: ${message}`
}

/** The end of the plugin output, where the installer prints its error, on one line. */
export function outputTail(invocation: CommandInvocation, max = OUTPUT_TAIL): string | null {
  const plugins = invocation.CommandPlugins ?? []
  const failing = plugins.filter(p => p.Status !== 'Success' && p.Output?.trim())
  const text = (failing.length > 0 ? failing : plugins)
    .map(p => p.Output ?? '')
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim()
  if (text === '') return null
  return text.length > max ? `…${text.slice(text.length - max + 1)}` : text
}

const DETAIL_HINTS: Record<string, string> = {
  Undeliverable:
    'the instance could not be reached by SSM (agent stopped, instance stopped or gone, or no instance profile)',
  Terminated: 'the instance was stopped or terminated during the install',
  InvalidPlatform: 'the document does not support this platform',
  AccessDenied: 'the command was not allowed on this instance (check the target role and any SCPs)',
  DeliveryTimedOut: 'the SSM agent did not pick the command up in time (check it is online)',
  ExecutionTimedOut: "the install ran past the document's execution timeout"
}

export function invocationMessage(invocation: CommandInvocation): string {
  const status = invocation.Status ?? 'Unknown'
  const details = invocation.StatusDetails
  let head: string
  if (status === 'TimedOut') {
    head =
      details === 'DeliveryTimedOut'
        ? 'install command timed out before delivery (DeliveryTimedOut)'
        : `install command timed out during execution (${details ?? 'ExecutionTimedOut'})`
  } else {
    head = `install command ${status === 'Cancelled' ? 'cancelled' : 'failed'}${details && details !== status ? ` (${details})` : ''}`
  }
  const hint = details ? DETAIL_HINTS[details] : undefined
  const tail = outputTail(invocation)
  return `${head}${hint ? `: ${hint}` : ''}${tail ? `; output: ${tail}` : ''}`
}

export interface ReplicationError {
  code: string
  text: string
}

export function replicationError(server: SourceServer): ReplicationError | null {
  const info = server.dataReplicationInfo
  const error = info?.dataReplicationError
  const failedSteps = (info?.dataReplicationInitiation?.steps ?? [])
    .filter(step => step.status === 'FAILED')
    .map(step => step.name)
  const parts: string[] = []
  if (error?.error || error?.rawError)
    parts.push([error.error, error.rawError].filter(Boolean).join(': '))
  if (failedSteps.length > 0) parts.push(`failed step ${failedSteps.join(', ')}`)
  if (parts.length === 0) return null
  return {
    code: error?.error ?? (failedSteps.length > 0 ? 'FAILED_STEP' : 'ERROR'),
    text: parts.join('; ')
  }
}

export function registrationMissing(settings: Settings, bound: string): string {
  return (
    `the install command reported Success, but no DRS source server for this instance appeared in ` +
    `${settings.targetRegion} by the ${bound}: ${REACHABILITY}, and read the command output ` +
    '(the Linux step can report Success after a failed checksum)'
  )
}

export function replicationMessage(state: string | null, error: { text: string } | null): string {
  return `replication ${state ?? 'state unknown'}${error ? `; error ${error.text}` : ''}`
}

/** What one row is doing, as the round line counts it. */
export interface RoundRow {
  phase: 'command' | 'registration' | 'replication' | 'final'
  status: Status
  replicationState: string | null
  replicationError: string | null
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

export function roundLine(
  round: number,
  elapsedMs: number,
  rows: RoundRow[],
  notes: Set<string>,
  nextMs: number | null
): string {
  let command = 0
  let registration = 0
  let replicatingTotal = 0
  const replicating = new Map<string, number>()
  const errors = new Map<string, number>()
  const final = new Map<string, number>()
  for (const row of rows) {
    if (row.phase === 'command') command++
    else if (row.phase === 'registration') registration++
    else if (row.phase === 'replication') {
      replicatingTotal++
      count(replicating, row.replicationState ?? 'unknown')
      if (row.replicationError) count(errors, row.replicationError)
    } else count(final, row.status)
  }
  const list = (counts: Map<string, number>): string =>
    [...counts].map(([key, n]) => `${key} ${n}`).join(', ')
  const parts: string[] = []
  if (command > 0) parts.push(`${command} pending/in progress`)
  if (registration > 0) parts.push(`${registration} awaiting DRS registration`)
  if (replicatingTotal > 0) parts.push(`${replicatingTotal} replicating (${list(replicating)})`)
  for (const status of ['installed', 'failed', 'timed-out'] as const) {
    const n = final.get(status) ?? 0
    if (n > 0) parts.push(`${n} ${status}`)
  }
  let line = `wait ${round} (${Math.round(elapsedMs / 1000)}s): ${parts.join(', ') || 'nothing to wait for'}`
  if (errors.size > 0) line += `; replication errors: ${list(errors)}`
  if (notes.size > 0) line += `; ${[...notes].join('; ')}`
  if (nextMs !== null) line += `; next check in ${Math.round(nextMs / 1000)}s`
  return line
}
