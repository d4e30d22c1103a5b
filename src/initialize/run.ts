// The initialize-drs operation, as the action front and the CLI call it: the install's credential
// chain into the target role, the DRS client in target-region, then initializeRegion. Plain values
// in and out; a failure is thrown with its message worded for the user.
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { AwsClients } from '../aws/clients.js'
import { createTargetCredentials } from '../aws/credentials.js'
import { retrySettingsFromEnv } from '../aws/retry.js'
import { systemClock, type Clock, type RunnerPort } from '../shared/port.js'
import { initializeRegion, type InitializeResult } from './drs.js'
import type { InitializeSettings } from './settings.js'

export interface InitializeOptions {
  env: NodeJS.ProcessEnv
  userAgent: string
  clock?: Clock
  /** Starting credentials instead of the SDK default chain (the CLI's profile, tests). */
  ambient?: AwsCredentialIdentityProvider
}

export async function runInitializeDrs(
  settings: InitializeSettings,
  port: RunnerPort,
  options: InitializeOptions
): Promise<InitializeResult> {
  const clock = options.clock ?? systemClock
  const retry = retrySettingsFromEnv(options.env)
  const credentials = createTargetCredentials(settings, port, {
    stsRegion: settings.targetRegion,
    ...retry,
    userAgent: options.userAgent,
    clock,
    ambient: options.ambient
  })
  // Assumed up front, so a broken chain fails before any DRS call and says which hop broke.
  await credentials.provider()
  port.info(
    `Assumed ${settings.roleArn}${settings.oidcRoleArn ? ` via ${settings.oidcRoleArn}` : ''}.`
  )
  // The shared client factory: the same timeouts (and HTTP handling) as every other operation.
  const clients = new AwsClients({
    credentials: credentials.provider,
    ...retry,
    userAgent: options.userAgent
  })
  try {
    return await initializeRegion(clients.drs(settings.targetRegion), settings, port, clock)
  } finally {
    clients.destroy()
  }
}

export { InitializeError, type InitializeResult } from './drs.js'
export {
  INITIALIZE_INPUTS,
  INITIALIZE_OUTPUTS,
  parseInitializeSettings,
  type InitializeSettings
} from './settings.js'
