// The typed settings every operation runs on, as parse.ts builds them from the inputs.
import type { KeyValue } from './fields.js'
import type { Amount } from './rollout.js'

export type { KeyValue } from './fields.js'
export type { Amount, RolloutSettings } from './rollout.js'

export type WaitFor = 'none' | 'install' | 'replication'

/** Facts about the workflow run, read from GITHUB_* by the front and passed in (parsing stays pure). */
export interface RunContext {
  runId: string
  runAttempt: string
  repository: string
  workflow: string
  actor: string
  serverUrl: string
}

/** One account of the run and the role assumed in it. */
export interface AccountTarget {
  accountId: string
  roleArn: string
}

export interface Settings {
  /** role-arn, or with `accounts` the first account's role (per-account code uses its target's). */
  roleArn: string
  partition: string
  accountId: string
  /** Every account of the run, in the order given (one with role-arn). */
  targets: AccountTarget[]
  /** With `accounts`: the role's path and name in every account; null with role-arn. */
  roleName: string | null
  /** Account ids listed more than once in `accounts` (dropped; the engine says so). */
  duplicateAccounts: string[]
  accountConcurrency: number
  externalId: string | null
  sourceRegions: string[]
  targetRegion: string
  oidcRoleArn: string | null
  audience: string
  roleSessionName: string
  roleDurationSeconds: number
  sessionTagging: boolean
  tagFilters: KeyValue[]
  instanceIds: string[]
  skipRegistered: boolean
  dryRun: boolean
  waitFor: WaitFor
  timeoutMinutes: number
  maxConcurrency: string | null
  maxErrors: string
  failOnError: boolean
  /** Staged roll-out (src/settings/rollout.ts): canary count, wave tag key, failure budget. */
  canary: Amount
  waveTag: string | null
  maxFailures: Amount
  documentName: string
  sourceServerTags: KeyValue[]
  drsReplicatingLimit: number
  notifyTopicArn: string | null
  run: RunContext
}
