// Many accounts in one run, operation-agnostic (install, check and drill use it alike): the
// targets, one central session with a refreshing session per account, and the slot pool that
// bounds how many accounts discover or send at once.
export {
  accountLogPrefix,
  isManyAccountRun,
  settingsForAccount,
  sortAccountRows,
  type AccountTarget,
  type AccountsSettings
} from './targets.js'
export { createAccountSessions, isCentralFailure, type AccountSessions } from './sessions.js'
export { SlotPool, type ReleaseSlot } from './slots.js'
export { prefixedPort } from './port.js'
