// "These permissions and nothing more", checked both ways. Every AWS SDK command the code can
// send is read from the source (`new XCommand(` and `paginateX(`, with the @aws-sdk/client-*
// package the name is imported from) and mapped to its IAM action; each operation below says
// which principal sends which of them and which template grants that principal its policy. The
// test fails when a call has no grant (the operation would be denied) and when a grant has no
// call (the template promises least privilege and does not keep it).
//
// The check (src/check) runs with the install role or with the read-only role the target template
// deploys with Permissions=check-only; the drill (src/drill) needs AllowRecoveryOperations=true,
// and its calls, with what DRS needs from the caller of StartRecovery (DEPENDENT_ACTIONS), are
// granted only then.
import { describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import {
  ROOT,
  actionsOf,
  collectStatements,
  isObj,
  render,
  template,
  type Obj
} from './fixtures/cfn.js'

const SRC = join(ROOT, 'src')

/** The IAM service prefix of each SDK client package the code may use. */
const SERVICE_OF_PACKAGE: Record<string, string> = {
  '@aws-sdk/client-ec2': 'ec2',
  '@aws-sdk/client-ssm': 'ssm',
  '@aws-sdk/client-drs': 'drs',
  '@aws-sdk/client-sns': 'sns',
  '@aws-sdk/client-sts': 'sts',
  '@aws-sdk/client-organizations': 'organizations'
}

interface Call {
  action: string
  file: string
}

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  if (statSync(folder).isFile()) return [folder]
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Which package each imported name of a file comes from (multi-line imports included). */
function importedFrom(text: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const match of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    for (const raw of match[1].split(',')) {
      const name = raw
        .replace(/^\s*type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim()
      if (name) names.set(name, match[2])
    }
  }
  return names
}

/** Every SDK call in these files, as IAM actions. */
export function sdkCalls(files: string[]): Call[] {
  const calls: Call[] = []
  for (const path of files) {
    const text = readFileSync(path, 'utf8')
    const imports = importedFrom(text)
    const file = relative(ROOT, path)
    const found = [
      ...[...text.matchAll(/\bnew\s+([A-Z]\w*)Command\s*\(/g)].map(m => [`${m[1]}Command`, m[1]]),
      ...[...text.matchAll(/\bpaginate([A-Z]\w*)\s*\(/g)].map(m => [`paginate${m[1]}`, m[1]])
    ]
    for (const [name, operation] of found) {
      const pkg = imports.get(name)
      const service = pkg ? SERVICE_OF_PACKAGE[pkg] : undefined
      if (!service)
        throw new Error(`${file}: ${name} comes from ${pkg ?? 'no import'}, not a known SDK client`)
      calls.push({ action: `${service}:${operation}`, file })
    }
  }
  return calls
}

/**
 * The dependent actions the Service Authorization Reference (AWS Elastic Disaster Recovery) lists
 * for calls whose work the service does with the caller's permissions: StartRecovery launches the
 * drill instance through EC2, and TerminateRecoveryInstances terminates it and its volumes. The
 * tag StartRecovery carries (drs-orchestration:run) needs drs:TagResource on create.
 */
export const DEPENDENT_ACTIONS: Record<string, string[]> = {
  'drs:StartRecovery': [
    'drs:CreateRecoveryInstanceForDrs',
    'drs:ListTagsForResource',
    'drs:TagResource',
    ...[
      'AttachVolume',
      'AuthorizeSecurityGroupEgress',
      'AuthorizeSecurityGroupIngress',
      'CreateLaunchTemplate',
      'CreateLaunchTemplateVersion',
      'CreateSnapshot',
      'CreateTags',
      'CreateVolume',
      'DeleteLaunchTemplateVersions',
      'DeleteSnapshot',
      'DeleteVolume',
      'DescribeAccountAttributes',
      'DescribeAvailabilityZones',
      'DescribeImages',
      'DescribeInstanceAttribute',
      'DescribeInstanceStatus',
      'DescribeInstanceTypes',
      'DescribeInstances',
      'DescribeLaunchTemplateVersions',
      'DescribeLaunchTemplates',
      'DescribeSecurityGroups',
      'DescribeSnapshots',
      'DescribeSubnets',
      'DescribeVolumes',
      'DetachVolume',
      'ModifyInstanceAttribute',
      'ModifyLaunchTemplate',
      'RevokeSecurityGroupEgress',
      'RunInstances',
      'StartInstances',
      'StopInstances',
      'TerminateInstances'
    ].map(action => `ec2:${action}`),
    'iam:PassRole'
  ],
  'drs:TerminateRecoveryInstances': [
    'drs:DescribeSourceServers',
    'ec2:DeleteVolume',
    'ec2:DescribeInstances',
    'ec2:DescribeVolumes',
    'ec2:TerminateInstances'
  ],
  // The DRS user guide, "Programmatically initializing DRS": the service-linked role, the
  // AWSElasticDisasterRecovery* service roles, their managed policies and instance profiles, and
  // the replication servers' default security group (role deletions and console aids left out).
  'drs:InitializeService': [
    'ec2:CreateSecurityGroup',
    'ec2:CreateTags',
    'ec2:DescribeSecurityGroups',
    'iam:AddRoleToInstanceProfile',
    'iam:AttachRolePolicy',
    'iam:CreateInstanceProfile',
    'iam:CreateRole',
    'iam:CreateServiceLinkedRole',
    'iam:GetInstanceProfile',
    'iam:GetRole',
    'iam:ListAttachedRolePolicies',
    'iam:ListInstanceProfiles',
    'iam:ListInstanceProfilesForRole',
    'iam:ListRolePolicies',
    'iam:PassRole',
    'iam:TagRole'
  ]
}

/**
 * Permissions a call needs besides its own action (DEPENDENT_ACTIONS). AssumeRole with SourceIdentity / Tags (the
 * action's session tagging, src/aws/credentials.ts) also needs sts:SetSourceIdentity and
 * sts:TagSession.
 */
function impliedActions(call: Call): string[] {
  if (call.action in DEPENDENT_ACTIONS) return [call.action, ...DEPENDENT_ACTIONS[call.action]]
  if (call.action !== 'sts:AssumeRole') return [call.action]
  const text = readFileSync(join(ROOT, call.file), 'utf8')
  return [
    call.action,
    ...(/\.SourceIdentity\s*=/.test(text) ? ['sts:SetSourceIdentity'] : []),
    ...(/\.Tags\s*=/.test(text) ? ['sts:TagSession'] : [])
  ]
}

// ---- the operations ---------------------------------------------------------------------------

interface Operation {
  name: string
  /** Source folders or files whose calls this principal sends. */
  sources: string[]
  /** Only the calls of these services (the others in the sources go to another principal). */
  services: string[]
  /** The template and the IAM role resource that grants them. */
  template: string
  role: string
  /** Template parameters this operation's stack is deployed with. */
  parameters: Record<string, string>
  /** Statements of the trust policy instead of the permissions (a role others assume). */
  trust?: boolean
  /** Calls made only with an optional input, and the parameters that grant them. */
  optional?: Record<string, Record<string, string>>
  /** Calls of the sources that no role's policy grants (authorised elsewhere), with why. */
  exempt?: Record<string, string>
}

const CENTRAL = {
  GitHubOrg: 'acme',
  GitHubRepo: 'dr-rollout',
  GitHubEnvironment: 'production',
  OrganizationId: 'o-abcd123456'
}
const TARGET = {
  OrchestrationRoleArn: 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator',
  ExternalId: 'ext-123'
}
const TOPIC = 'arn:aws:sns:us-east-1:111122223333:drs-agent-rollout-alarms'
const ROLLOUT = ['src/install', 'src/aws/drs-servers.ts', 'src/report/notify.ts', 'src/engine.ts']
const CHECK_ONLY = { ...TARGET, Permissions: 'check-only' }
const DRILLS = { AllowRecoveryOperations: 'true' }
/** The drill's own sources and the shared readers it uses (instances, SSM status, DRS servers). */
const DRILL = ['src/drill', 'src/install/discover.ts', 'src/aws/drs-servers.ts']
const DRS_INIT = { AllowDrsInitialisation: 'true' }
const INITIALIZE = ['src/initialize']

export const OPERATIONS: Operation[] = [
  {
    name: 'install: the target role in each account',
    sources: ROLLOUT,
    services: ['ec2', 'ssm', 'drs', 'sns'],
    template: 'target-account-role.yaml',
    role: 'DRSOrchestrationRole',
    parameters: TARGET,
    optional: { 'sns:Publish': { NotificationTopicArn: TOPIC } }
  },
  {
    name: 'install: the central role assuming the target roles',
    sources: ['src/aws/credentials.ts'],
    services: ['sts'],
    template: 'orchestration-account-oidc.yaml',
    role: 'OrchestrationRole',
    parameters: CENTRAL,
    exempt: {
      'sts:AssumeRoleWithWebIdentity': "the central role's trust policy, not a permission"
    }
  },
  {
    name: "install: the target role's trust of the central role",
    sources: ['src/aws/credentials.ts'],
    services: ['sts'],
    template: 'target-account-role.yaml',
    role: 'DRSOrchestrationRole',
    parameters: TARGET,
    trust: true,
    exempt: { 'sts:AssumeRoleWithWebIdentity': 'the first hop, into the central role' }
  },
  {
    name: 'discover-accounts: the Organizations reader role',
    sources: ['src/org'],
    services: ['organizations'],
    template: 'organizations-reader-role.yaml',
    role: 'OrganizationsReaderRole',
    parameters: { OrchestrationRoleArn: TARGET.OrchestrationRoleArn }
  },
  {
    name: 'discover-accounts: the central role reading Organizations itself',
    sources: ['src/org', 'src/aws/credentials.ts'],
    services: ['organizations', 'sts'],
    template: 'orchestration-account-oidc.yaml',
    role: 'OrchestrationRole',
    parameters: { ...CENTRAL, AllowOrganizationsRead: 'true' },
    exempt: {
      'sts:AssumeRoleWithWebIdentity': "the central role's trust policy, not a permission"
    }
  },
  {
    name: 'check: the read-only target role (Permissions=check-only)',
    // src/check also uses describeInstances of src/install/discover.ts: ec2:DescribeInstances,
    // which src/check/orphans.ts sends itself (the file's SSM and registration reads it does not use).
    sources: ['src/check'],
    services: ['ec2', 'drs', 'sns'],
    template: 'target-account-role.yaml',
    role: 'DRSOrchestrationRole',
    parameters: CHECK_ONLY,
    optional: { 'sns:Publish': { NotificationTopicArn: TOPIC } }
  },
  {
    name: "check: the read-only role's trust of the central role",
    sources: ['src/aws/credentials.ts'],
    services: ['sts'],
    template: 'target-account-role.yaml',
    role: 'DRSOrchestrationRole',
    parameters: CHECK_ONLY,
    trust: true,
    exempt: { 'sts:AssumeRoleWithWebIdentity': 'the first hop, into the central role' }
  },
  {
    // One role for the rollout and drills: the drill's calls only with AllowRecoveryOperations.
    name: 'drill: the install target role with AllowRecoveryOperations',
    sources: [...ROLLOUT, ...DRILL],
    services: ['ec2', 'ssm', 'drs', 'sns'],
    template: 'target-account-role.yaml',
    role: 'DRSOrchestrationRole',
    parameters: TARGET,
    optional: {
      ...Object.fromEntries(drillOnlyActions().map(action => [action, DRILLS])),
      'sns:Publish': { NotificationTopicArn: TOPIC }
    }
  },
  {
    name: 'drill: the read-only target role with AllowRecoveryOperations',
    sources: ['src/check', ...DRILL],
    services: ['ec2', 'ssm', 'drs', 'sns'],
    template: 'target-account-role.yaml',
    role: 'DRSOrchestrationRole',
    parameters: { ...CHECK_ONLY, ...DRILLS },
    optional: { 'sns:Publish': { NotificationTopicArn: TOPIC } }
  },
  {
    // initialize-drs runs with the same role: its calls only with AllowDrsInitialisation.
    name: 'initialize-drs: the install target role with AllowDrsInitialisation',
    sources: [...ROLLOUT, ...INITIALIZE],
    services: ['ec2', 'ssm', 'drs', 'sns'],
    template: 'target-account-role.yaml',
    role: 'DRSOrchestrationRole',
    parameters: TARGET,
    optional: {
      ...Object.fromEntries(onlyIn(INITIALIZE, ROLLOUT).map(action => [action, DRS_INIT])),
      'sns:Publish': { NotificationTopicArn: TOPIC }
    }
  },
  {
    name: 'initialize-drs: the read-only target role with AllowDrsInitialisation',
    sources: ['src/check', ...INITIALIZE],
    services: ['ec2', 'drs', 'sns'],
    template: 'target-account-role.yaml',
    role: 'DRSOrchestrationRole',
    parameters: CHECK_ONLY,
    optional: {
      ...Object.fromEntries(onlyIn(INITIALIZE, ['src/check']).map(action => [action, DRS_INIT])),
      'sns:Publish': { NotificationTopicArn: TOPIC }
    }
  }
]

/** What `sources` need that `base` does not (granted only with the parameter that adds it). */
function onlyIn(sources: string[], base: string[]): string[] {
  const needs = (from: string[]): string[] =>
    neededActions({
      name: '',
      sources: from,
      services: ['ec2', 'ssm', 'drs', 'sns'],
      template: '',
      role: '',
      parameters: {}
    })
  const have = new Set(needs(base))
  return needs(sources).filter(action => !have.has(action))
}

/** What the drill needs that the rollout does not: granted only with AllowRecoveryOperations. */
function drillOnlyActions(): string[] {
  const needs = (sources: string[]): string[] =>
    neededActions({
      name: '',
      sources,
      services: ['ec2', 'ssm', 'drs', 'sns'],
      template: '',
      role: '',
      parameters: {}
    })
  const rollout = new Set(needs(ROLLOUT))
  return needs(DRILL).filter(action => !rollout.has(action))
}

/** The actions the operation's role is granted (its permissions or its trust policy). */
function grantedActions(operation: Operation, extra: Record<string, string> = {}): Set<string> {
  const rendered = render(template(operation.template), { ...operation.parameters, ...extra })
  const role = (rendered.Resources as Record<string, Obj>)[operation.role]
  if (!isObj(role)) throw new Error(`${operation.template} renders no resource ${operation.role}`)
  const statements = collectStatements({ Resources: { [operation.role]: role } }).filter(
    found => (found.kind === 'trust') === (operation.trust === true)
  )
  return new Set(statements.flatMap(found => actionsOf(found.statement)))
}

/** The actions the operation's sources need from its role. */
function neededActions(operation: Operation): string[] {
  const files = operation.sources.flatMap(source => sourceFiles(join(ROOT, source)))
  const calls = sdkCalls(files).filter(call =>
    operation.services.includes(call.action.split(':')[0])
  )
  const needed = calls
    .flatMap(impliedActions)
    .filter(action => !(action in (operation.exempt ?? {})))
  return [...new Set(needed)].sort()
}

describe('least privilege: the SDK calls in the code', () => {
  const all = sdkCalls(sourceFiles(SRC))

  it('finds every kind of call, with the client it comes from', () => {
    const actions = new Set(all.map(call => call.action))
    for (const action of [
      'ec2:DescribeInstances',
      'ssm:SendCommand',
      'ssm:ListCommands',
      'drs:DescribeSourceServers',
      'sns:Publish',
      'sts:AssumeRole',
      'sts:AssumeRoleWithWebIdentity',
      'organizations:ListAccounts',
      'drs:InitializeService',
      'drs:CreateReplicationConfigurationTemplate',
      'drs:DescribeReplicationConfigurationTemplates'
    ]) {
      expect(actions).toContain(action)
    }
  })

  it('every call belongs to an operation (no SDK call goes unchecked)', () => {
    const covered = new Set(
      OPERATIONS.flatMap(operation =>
        sdkCalls(operation.sources.flatMap(source => sourceFiles(join(ROOT, source))))
          .filter(call => operation.services.includes(call.action.split(':')[0]))
          .map(call => `${call.file} ${call.action}`)
      )
    )
    const uncovered = all.map(call => `${call.file} ${call.action}`).filter(c => !covered.has(c))
    expect(uncovered).toEqual([])
  })

  it('reads imports and both call forms, and refuses a name from no SDK client', () => {
    const folder = mkdtempSync(join(tmpdir(), 'least-privilege-'))
    try {
      const good = join(folder, 'good.ts')
      writeFileSync(
        good,
        [
          'import {',
          '  DescribeJobsCommand,',
          '  type DrsClient,',
          '  paginateDescribeRecoveryInstances',
          "} from '@aws-sdk/client-drs'",
          'await client.send(new DescribeJobsCommand({}))',
          'for await (const page of paginateDescribeRecoveryInstances({ client }, {})) void page'
        ].join('\n')
      )
      expect(sdkCalls([good]).map(call => call.action)).toEqual([
        'drs:DescribeJobs',
        'drs:DescribeRecoveryInstances'
      ])
      const bad = join(folder, 'bad.ts')
      writeFileSync(bad, "import { FooCommand } from './foo.js'\nnew FooCommand({})\n")
      expect(() => sdkCalls([bad])).toThrow(
        /FooCommand comes from \.\/foo\.js, not a known SDK client/
      )
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe.each(OPERATIONS)('least privilege: $name', operation => {
  const needed = neededActions(operation)
  const optional = operation.optional ?? {}

  it('the code sends something here', () => {
    expect(needed.length).toBeGreaterThan(0)
  })

  it('grants every call the code sends (nothing missing)', () => {
    const granted = grantedActions(operation)
    expect(needed.filter(action => !(action in optional) && !granted.has(action))).toEqual([])
    for (const [action, parameters] of Object.entries(optional)) {
      expect([action, needed.includes(action)]).toEqual([action, true])
      expect([action, grantedActions(operation, parameters).has(action)]).toEqual([action, true])
    }
  })

  it('grants nothing the code does not send (nothing unused)', () => {
    const unused = (granted: Set<string>): string[] =>
      [...granted].filter(action => !needed.includes(action)).sort()
    expect(unused(grantedActions(operation))).toEqual([])
    for (const parameters of Object.values(optional)) {
      expect(unused(grantedActions(operation, parameters))).toEqual([])
    }
    // Optional calls are granted only when asked for.
    for (const action of Object.keys(optional)) {
      expect([action, grantedActions(operation).has(action)]).toEqual([action, false])
    }
  })
})
