// One client per service per region, all built from the target-role credential provider. Endpoints
// are left to the SDK, so AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> keep working.
import { DrsClient, type DrsClientConfig } from '@aws-sdk/client-drs'
import { EC2Client } from '@aws-sdk/client-ec2'
import { SNSClient } from '@aws-sdk/client-sns'
import { SSMClient } from '@aws-sdk/client-ssm'
import type { AwsCredentialIdentityProvider } from '@smithy/types'

export type RetryMode = 'standard' | 'adaptive'

export interface ClientSettings {
  credentials: AwsCredentialIdentityProvider
  retryMode: RetryMode
  maxAttempts: number
  userAgent: string
}

/** Retry defaults (issue 8 measures the choice); AWS_RETRY_MODE / AWS_MAX_ATTEMPTS override them. */
export const DEFAULT_RETRY_MODE: RetryMode = 'standard'
export const DEFAULT_MAX_ATTEMPTS = 10

export function retrySettingsFromEnv(env: NodeJS.ProcessEnv): {
  retryMode: RetryMode
  maxAttempts: number
} {
  const mode =
    env.AWS_RETRY_MODE === 'adaptive' || env.AWS_RETRY_MODE === 'standard'
      ? env.AWS_RETRY_MODE
      : DEFAULT_RETRY_MODE
  const attempts = Number(env.AWS_MAX_ATTEMPTS)
  return {
    retryMode: mode,
    maxAttempts: Number.isInteger(attempts) && attempts > 0 ? attempts : DEFAULT_MAX_ATTEMPTS
  }
}

export class AwsClients {
  private readonly cache = new Map<string, { destroy(): void }>()

  constructor(private readonly settings: ClientSettings) {}

  ec2(region: string): EC2Client {
    return this.get('ec2', region, () => new EC2Client(this.config(region)))
  }

  ssm(region: string): SSMClient {
    return this.get('ssm', region, () => new SSMClient(this.config(region)))
  }

  drs(region: string): DrsClient {
    // The DRS client comes from an older SDK line (see README): its config types differ slightly.
    return this.get('drs', region, () => new DrsClient(this.config(region) as DrsClientConfig))
  }

  sns(region: string): SNSClient {
    return this.get('sns', region, () => new SNSClient(this.config(region)))
  }

  destroy(): void {
    for (const client of this.cache.values()) client.destroy()
    this.cache.clear()
  }

  private config(region: string) {
    return {
      region,
      credentials: this.settings.credentials,
      retryMode: this.settings.retryMode,
      maxAttempts: this.settings.maxAttempts,
      customUserAgent: this.settings.userAgent
    }
  }

  private get<T extends { destroy(): void }>(service: string, region: string, create: () => T): T {
    const key = `${service}/${region}`
    let client = this.cache.get(key) as T | undefined
    if (!client) {
      client = create()
      this.cache.set(key, client)
    }
    return client
  }
}
