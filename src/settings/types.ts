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

export interface Settings {
  roleArn: string
  partition: string
  accountId: string
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
  notifyTopicArn: string | null
  run: RunContext
}
