// One client per service per region, all built from the target-role credential provider. Endpoints
// are left to the SDK, so AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> keep working.
//
// Loaded on demand by the engine (src/install/fleet.ts), in parallel with the STS calls: the EC2, SSM and
// DRS clients are most of the bundle, and the credential chain does not need them.
import { DrsClient, type DrsClientConfig } from '@aws-sdk/client-drs'
import { EC2Client } from '@aws-sdk/client-ec2'
import type { SNSClient } from '@aws-sdk/client-sns'
import { SSMClient } from '@aws-sdk/client-ssm'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { requestHandlerSettings } from './proxy.js'
import type { RetryMode } from './retry.js'

export {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_MODE,
  retrySettingsFromEnv,
  type RetryMode
} from './retry.js'

export interface ClientSettings {
  credentials: AwsCredentialIdentityProvider
  retryMode: RetryMode
  maxAttempts: number
  userAgent: string
}

let snsClientClass: typeof SNSClient | undefined

/**
 * Loads the SNS client, which only a run with notify-topic-arn needs; call it before
 * AwsClients.sns().
 */
export async function loadSnsClient(): Promise<void> {
  snsClientClass ??= (await import('@aws-sdk/client-sns')).SNSClient
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

  /** Needs loadSnsClient() first. */
  sns(region: string): SNSClient {
    const Sns = snsClientClass
    if (!Sns) throw new Error('AwsClients.sns() needs loadSnsClient() first')
    return this.get('sns', region, () => new Sns(this.config(region)))
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
      customUserAgent: this.settings.userAgent,
      // Fresh agents per client: its destroy() destroys them.
      requestHandler: requestHandlerSettings()
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
