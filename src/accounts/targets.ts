// The accounts of a run: each target (account id + role ARN), the settings one account runs on,
// and the contract's row order across accounts.
import type { AccountTarget } from '../settings/index.js'
import { compareNullable, type Row } from '../shared/rows.js'

export type { AccountTarget } from '../settings/index.js'

/** What every operation's settings carry about the accounts (install, check and drill alike). */
export interface AccountsSettings {
  roleArn: string
  accountId: string
  targets: AccountTarget[]
  /** Set when the run was given `accounts` (even one); null with role-arn. */
  roleName: string | null
}

/** The settings one account runs on: the run's, with that account's id and role. */
export function settingsForAccount<S extends AccountsSettings>(
  settings: S,
  target: AccountTarget
): S {
  return { ...settings, accountId: target.accountId, roleArn: target.roleArn, targets: [target] }
}

/** True when the run was given `accounts`: failures stay per account, the summary lists them. */
export function isManyAccountRun(settings: AccountsSettings): boolean {
  return settings.roleName !== null || settings.targets.length > 1
}

/** Contract order: by account, then region, then instance id. Returns a new array. */
export function sortAccountRows<R extends Pick<Row, 'accountId' | 'region' | 'instanceId'>>(
  rows: readonly R[]
): R[] {
  return [...rows].sort(
    (a, b) =>
      compareNullable(a.accountId, b.accountId) ||
      compareNullable(a.region, b.region) ||
      compareNullable(a.instanceId, b.instanceId)
  )
}

/** The prefix of an account's log lines in a many-account run (empty with one account). */
export function accountLogPrefix(settings: AccountsSettings, accountId: string): string {
  return isManyAccountRun(settings) ? `[${accountId}] ` : ''
}
