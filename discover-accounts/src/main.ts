// The discover-accounts action front: the only module of this action that talks to the runner
// (@actions/core). Inputs are checked before any token request or AWS call; the logic lives in
// src/organizations.ts.
import * as core from '@actions/core'
import { OrganizationsClient, type OrganizationsClientConfig } from '@aws-sdk/client-organizations'
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { retrySettingsFromEnv, type RetryMode } from '../../src/aws.js'
import { runContextFromEnv } from '../../src/context.js'
import {
  CredentialChainError,
  createTargetCredentials,
  explainStsError,
  type ChainSettings
} from '../../src/credentials.js'
import {
  buildMatrix,
  describeDiscovery,
  discoverAccounts,
  matrixLimitProblem,
  parseDiscoverSettings,
  partitionHomeRegion,
  renderDiscoverySummary,
  type DiscoverSettings
} from '../../src/organizations.js'
import { errorCode, errorMessage, type RunnerPort } from '../../src/port.js'

const USER_AGENT = 'drs-orchestration-action/discover-accounts'
/** Discovery takes seconds; the shortest session STS grants is plenty (and is refreshed if not). */
const SESSION_SECONDS = 900
const REFRESH_BEFORE_MS = 5 * 60 * 1000

interface StsOptions {
  region: string
  retryMode: RetryMode
  maxAttempts: number
  customUserAgent: string
}

const port: RunnerPort = {
  mask: secret => core.setSecret(secret),
  getIdToken: audience => core.getIDToken(audience),
  info: message => core.info(message),
  warning: message => core.warning(message),
  debug: message => core.debug(message)
}

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

/**
 * The central role's own session (OIDC token -> AssumeRoleWithWebIdentity), for when it reads
 * Organizations itself. Every secret is masked the moment it exists; renewed before it expires.
 */
function centralRoleCredentials(
  settings: DiscoverSettings & { oidcRoleArn: string },
  sts: StsOptions
): AwsCredentialIdentityProvider {
  const chain = chainSettings(settings, settings.oidcRoleArn)
  let current: AwsCredentialIdentity | null = null
  const assume = async (): Promise<AwsCredentialIdentity> => {
    let token: string
    try {
      token = await core.getIDToken(settings.audience)
    } catch (error) {
      throw new CredentialChainError(
        explainStsError(error, 'oidc-token', chain),
        'oidc-token',
        errorCode(error)
      )
    }
    core.setSecret(token)
    // Web-identity calls are unsigned: no starting credentials are needed or used.
    const client = new STSClient(sts)
    try {
      const response = await client.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: settings.oidcRoleArn,
          RoleSessionName: settings.roleSessionName,
          WebIdentityToken: token,
          DurationSeconds: SESSION_SECONDS
        })
      )
      const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = response.Credentials ?? {}
      if (!AccessKeyId || !SecretAccessKey || !SessionToken)
        throw new Error('STS returned no credentials')
      core.setSecret(AccessKeyId)
      core.setSecret(SecretAccessKey)
      core.setSecret(SessionToken)
      return {
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretAccessKey,
        sessionToken: SessionToken,
        expiration: Expiration
      }
    } catch (error) {
      throw new CredentialChainError(
        explainStsError(error, 'central-role', chain),
        'central-role',
        errorCode(error)
      )
    } finally {
      client.destroy()
    }
  }
  return async () => {
    const expiry = current?.expiration?.getTime()
    if (current && (expiry === undefined || expiry - Date.now() > REFRESH_BEFORE_MS)) return current
    current = await assume()
    return current
  }
}

/** The credentials that read Organizations; undefined means the SDK's default chain (ambient). */
function organizationsCredentials(
  settings: DiscoverSettings,
  sts: StsOptions
): AwsCredentialIdentityProvider | undefined {
  if (settings.organizationsRoleArn) {
    return createTargetCredentials(chainSettings(settings, settings.organizationsRoleArn), port, {
      stsRegion: sts.region,
      retryMode: sts.retryMode,
      maxAttempts: sts.maxAttempts,
      userAgent: sts.customUserAgent
    }).provider
  }
  if (settings.oidcRoleArn) {
    return centralRoleCredentials({ ...settings, oidcRoleArn: settings.oidcRoleArn }, sts)
  }
  return undefined
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
  const sts: StsOptions = { region, ...retry, customUserAgent: USER_AGENT }
  const client = new OrganizationsClient({
    region,
    credentials: organizationsCredentials(settings, sts),
    retryMode: retry.retryMode,
    maxAttempts: retry.maxAttempts,
    customUserAgent: USER_AGENT
  } as OrganizationsClientConfig)

  try {
    const reader = settings.organizationsRoleArn ?? settings.oidcRoleArn ?? 'ambient credentials'
    core.info(`Reading AWS Organizations (${region}) as ${reader}.`)
    const discovery = await discoverAccounts(client, settings, port)
    for (const account of discovery.inactive) {
      core.info(`Skipping ${account.id} (${account.name ?? 'no name'}): ${account.state}.`)
    }
    core.info(describeDiscovery(discovery, settings))

    const count = discovery.accounts.length
    core.setOutput('account-count', String(count))
    const tooMany = matrixLimitProblem(count)
    if (tooMany) {
      core.setFailed(tooMany)
      return
    }
    const matrix = buildMatrix(discovery.accounts, settings.roleName, settings.partition)
    core.setOutput('matrix', JSON.stringify(matrix))
    if (count === 0) {
      core.warning(
        'No account matched: the matrix is empty. Check organizational-units, account-tag and exclude-accounts; a workflow should skip its deploy job when account-count is 0.'
      )
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderDiscoverySummary(discovery, settings, matrix), true).write()
    }
  } catch (error) {
    core.setFailed(errorMessage(error))
  } finally {
    client.destroy()
  }
}

await run()
