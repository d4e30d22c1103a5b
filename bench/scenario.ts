// The bench fleet: one workload account, `size` instances spread evenly over four source regions,
// DRS in us-west-2, installs of a few seconds with jitter, 5% of AWS calls throttled.
export const ACCOUNT = '222222222222'
export const CENTRAL_ROLE = 'arn:aws:iam::111111111111:role/GitHubDRSOrchestrator'
export const TARGET_ROLE = `arn:aws:iam::${ACCOUNT}:role/DRSOrchestrationRole`
export const EXTERNAL_ID = 'drs-bench-external-id'
export const SOURCE_REGIONS = ['us-east-1', 'us-east-2', 'eu-west-1', 'ap-southeast-2']
export const TARGET_REGION = 'us-west-2'

export interface BenchScenarioOptions {
  /** Seconds an install takes (simulated = real: the bench runs at timeScale 1). */
  installSeconds?: number
  /** ± seconds of deterministic jitter per instance. */
  jitterSeconds?: number
  /** Share of AWS calls answered with the service's throttling error. */
  throttleRate?: number
  /** Seconds between an install finishing and its DRS source server appearing. */
  registerAfterSeconds?: number
  seed?: number
}

export const SCENARIO_DEFAULTS = {
  installSeconds: 4,
  jitterSeconds: 2,
  throttleRate: 0.05,
  // Registration is immediate so the overhead figure is the action's own latency, not DRS's
  // (the simulator's default lag is 30 s). Real DRS takes tens of seconds to list a new server.
  registerAfterSeconds: 0,
  seed: 8
} as const

/** Splits `size` over the regions as evenly as possible (earlier regions take the remainder). */
export function perRegion(size: number, regions = SOURCE_REGIONS.length): number[] {
  const base = Math.floor(size / regions)
  return Array.from({ length: regions }, (_, i) => base + (i < size % regions ? 1 : 0))
}

export function benchScenario(size: number, options: BenchScenarioOptions = {}): object {
  const o = { ...SCENARIO_DEFAULTS, ...options }
  const counts = perRegion(size)
  return {
    description: `bench: ${size} instances over ${SOURCE_REGIONS.length} regions`,
    timeScale: 1,
    credentialTime: 'real',
    oidc: { subject: 'repo:octo/fleet:ref:refs/heads/main', tokenLifetimeSeconds: 300 },
    oidcRoles: [
      {
        arn: CENTRAL_ROLE,
        oidcSubjects: ['repo:octo/fleet:*'],
        oidcAudience: 'sts.amazonaws.com',
        maxSessionDuration: 3600
      }
    ],
    accounts: {
      [ACCOUNT]: {
        roles: [
          {
            arn: TARGET_ROLE,
            externalId: EXTERNAL_ID,
            trustedPrincipals: [CENTRAL_ROLE],
            maxSessionDuration: 3600
          }
        ],
        regions: {
          [TARGET_REGION]: {
            replication: {
              registerAfterSeconds: o.registerAfterSeconds,
              initialSyncSeconds: 600
            }
          }
        }
      }
    },
    throttle: { rate: o.throttleRate, seed: o.seed },
    instanceGenerator: SOURCE_REGIONS.map((region, i) => ({
      account: ACCOUNT,
      region,
      count: counts[i],
      windowsEvery: 5,
      install: { durationSeconds: o.installSeconds, jitterSeconds: o.jitterSeconds }
    }))
  }
}

/** The action inputs of a bench run (the rest take action.yml's defaults). */
export function benchInputs(): Record<string, string> {
  return {
    'oidc-role-arn': CENTRAL_ROLE,
    'role-arn': TARGET_ROLE,
    'external-id': EXTERNAL_ID,
    'source-regions': SOURCE_REGIONS.join(','),
    'target-region': TARGET_REGION,
    'wait-for': 'install',
    'timeout-minutes': '30',
    // One account with up to 5,000 instances: past DRS's quota of 300 on purpose (scale, not quota).
    'drs-replicating-limit': '100000'
  }
}
