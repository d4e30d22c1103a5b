// The discover-accounts action front: the only module of this action that talks to the runner
// (@actions/core). Inputs are checked before any token request or AWS call; the logic lives in
// src/org/accounts.ts.
import * as core from '@actions/core'
import { runnerPort } from './runner-port.js'
import { OrganizationsClient } from '@aws-sdk/client-organizations'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { requestHandlerSettings } from '../aws/proxy.js'
import { retrySettingsFromEnv } from '../aws/retry.js'
import { runContextFromEnv } from './run-context.js'
import {
  CredentialChainError,
  createCentralCredentials,
  createTargetCredentials,
  type ChainSettings,
  type CredentialChainOptions
} from '../aws/credentials.js'
import {
  buildMatrix,
  buildShards,
  defaultAccountsPerJob,
  describeDiscovery,
  discoverAccounts,
  matrixLimitProblem,
  parseDiscoverSettings,
  partitionHomeRegion,
  renderDiscoverySummary,
  shardLimitProblem,
  type DiscoverSettings
} from '../org/accounts.js'
import { errorMessage } from '../shared/port.js'
import { channel, setOutputs, writeSummary } from './report-channels.js'

const USER_AGENT = 'drs-orchestration-action/discover-accounts'
/** Discovery takes seconds; the shortest session STS grants is plenty (and is refreshed if not). */
const SESSION_SECONDS = 900

const port = runnerPort()

function chainSettings(settings: DiscoverSettings, roleArn: string): ChainSettings {
  return {
    roleArn,
    externalId: null,
    oidcRoleArn: settings.oidcRoleArn,
    audience: settings.audience,
    roleSessionName: settings.roleSessionName,
    roleDurationSeconds: SESSION_SECONDS,
    sessionTagging: false,
    run: settings.run
  }
}

/** The credentials that read Organizations; undefined means the SDK's default chain (ambient). */
function organizationsCredentials(
  settings: DiscoverSettings,
  options: CredentialChainOptions
): AwsCredentialIdentityProvider | undefined {
  if (settings.organizationsRoleArn) {
    return createTargetCredentials(
      chainSettings(settings, settings.organizationsRoleArn),
      port,
      options
    ).provider
  }
  return createCentralCredentials(
    chainSettings(settings, settings.oidcRoleArn ?? ''),
    port,
    options
  )
}

/** The failure message; the chain's AccessDenied hint is rewritten for this action's inputs. */
function explain(error: unknown, settings: DiscoverSettings): string {
  if (
    error instanceof CredentialChainError &&
    error.hop === 'target-role' &&
    /^AccessDenied/.test(error.code) &&
    settings.organizationsRoleArn
  ) {
    const caller = settings.oidcRoleArn ?? 'the calling principal'
    return (
      `AssumeRole into organizations-role-arn ${settings.organizationsRoleArn} was denied (${error.code}). ` +
      `Its trust policy must allow sts:AssumeRole for ${caller} without an ExternalId ` +
      `(discover-accounts sends neither an ExternalId nor session tags).`
    )
  }
  return errorMessage(error)
}

export async function run(): Promise<void> {
  let settings: DiscoverSettings
  try {
    settings = parseDiscoverSettings(name => core.getInput(name), runContextFromEnv(process.env))
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }

  const region = partitionHomeRegion(settings.partition)
  const retry = retrySettingsFromEnv(process.env)
  const client = new OrganizationsClient({
    region,
    credentials: organizationsCredentials(settings, {
      stsRegion: region,
      ...retry,
      userAgent: USER_AGENT
    }),
    retryMode: retry.retryMode,
    maxAttempts: retry.maxAttempts,
    customUserAgent: USER_AGENT,
    requestHandler: requestHandlerSettings()
  })

  try {
    const reader = settings.organizationsRoleArn ?? settings.oidcRoleArn ?? 'ambient credentials'
    core.info(`Reading AWS Organizations (${region}) as ${reader}.`)
    const discovery = await discoverAccounts(client, settings, port)
    for (const account of discovery.inactive) {
      core.info(`Skipping ${account.id} (${account.name ?? 'no name'}): ${account.state}.`)
    }
    core.info(describeDiscovery(discovery, settings))

    const count = discovery.accounts.length
    const perJob = settings.accountsPerJob ?? defaultAccountsPerJob(count)
    const tooManyShards = shardLimitProblem(count, perJob)
    const tooMany = matrixLimitProblem(count)
    const matrix = buildMatrix(discovery.accounts, settings.roleName, settings.partition)
    const shards = tooManyShards
      ? null
      : buildShards(
          discovery.accounts.map(account => account.id),
          perJob
        )
    await channel(
      'step outputs',
      'GITHUB_OUTPUT must name a writable file (the runner sets it).',
      true,
      () =>
        setOutputs({
          'account-count': String(count),
          ...(!tooMany && { matrix: JSON.stringify(matrix) }),
          ...(shards && { shards: JSON.stringify(shards) })
        })
    )
    if (shards === null) {
      core.setFailed(tooManyShards as string)
      return
    }
    if (tooMany) core.warning(tooMany)
    if (count === 0) {
      core.warning(
        'No account matched: the matrix is empty. Check organizational-units, account-tag and exclude-accounts; a workflow should skip its deploy job when account-count is 0.'
      )
    }
    await writeSummary(
      () => renderDiscoverySummary(discovery, settings, matrix, shards),
      'the matrix, shards and account-count outputs hold the accounts'
    )
  } catch (error) {
    core.setFailed(explain(error, settings))
  } finally {
    client.destroy()
  }
}
