// Checks the CloudFormation templates under templates/ the way a reviewer would: they parse (with
// CloudFormation's short-form tags), every Ref / Sub / If / GetAtt names something declared, and
// the IAM policies keep the least-privilege properties README.md promises. Policies are
// checked twice: statically over every Fn::If branch, and rendered for chosen parameter values.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  PSEUDO,
  ROOT,
  TEMPLATE_DIR,
  actionsOf,
  asList,
  collectStatements,
  isObj,
  parseTemplate,
  props,
  render,
  resourcesOf,
  resourcesOfType,
  ruleFailures,
  section,
  template,
  templateFiles,
  withAction,
  type Obj
} from './fixtures/cfn.js'
// ---------------------------------------------------------------------------------------------
// Linter-like checks, written as functions returning problems so they can be shown to fail

const PSEUDO_NAMES = new Set([...Object.keys(PSEUDO), 'AWS::NoValue'])

/** Every Ref, GetAtt, Sub variable, If/Condition name and DependsOn must name something declared. */
function referenceProblems(tpl: Obj): string[] {
  const problems: string[] = []
  const parameters = new Set(Object.keys(section(tpl, 'Parameters')))
  const resources = new Set(Object.keys(section(tpl, 'Resources')))
  const conditions = new Set(Object.keys(section(tpl, 'Conditions')))
  const checkName = (
    name: string,
    where: string,
    local: Set<string>,
    allowResources: boolean
  ): void => {
    if (local.has(name) || parameters.has(name) || PSEUDO_NAMES.has(name)) return
    if (allowResources && resources.has(name)) return
    const dot = name.indexOf('.')
    if (allowResources && dot > 0 && resources.has(name.slice(0, dot))) return
    problems.push(`${where}: ${name} is not declared`)
  }
  const walk = (node: unknown, where: string, allowResources: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${where}[${i}]`, allowResources))
      return
    }
    if (!isObj(node)) return
    for (const [key, value] of Object.entries(node)) {
      const at = `${where}.${key}`
      if (key === 'Ref') checkName(String(value), at, new Set(), allowResources)
      else if (key === 'Fn::GetAtt') {
        const target = Array.isArray(value) ? String(value[0]) : String(value).split('.')[0]
        if (!resources.has(target)) problems.push(`${at}: resource ${target} is not declared`)
      } else if (key === 'Fn::Sub') {
        const [text, local] = Array.isArray(value)
          ? [String(value[0]), value[1]]
          : [String(value), {}]
        const localNames = new Set(isObj(local) ? Object.keys(local) : [])
        for (const match of text.matchAll(/\$\{([^}]+)\}/g)) {
          if (!match[1].startsWith('!')) checkName(match[1].trim(), at, localNames, allowResources)
        }
        if (isObj(local)) walk(local, at, allowResources)
        continue
      } else if (key === 'Fn::If') {
        const name = Array.isArray(value) ? String(value[0]) : ''
        if (!conditions.has(name)) problems.push(`${at}: condition ${name} is not declared`)
      } else if (key === 'Condition' && typeof value === 'string') {
        // A resource/output attribute or the Condition function; IAM Condition blocks are maps.
        if (!conditions.has(value)) problems.push(`${at}: condition ${value} is not declared`)
      } else if (key === 'DependsOn') {
        for (const name of asList(value).map(String)) {
          if (!resources.has(name)) problems.push(`${at}: resource ${name} is not declared`)
        }
      }
      walk(value, at, allowResources)
    }
  }
  // Rules and Conditions are evaluated before any resource exists: parameters only.
  walk(section(tpl, 'Rules'), 'Rules', false)
  walk(section(tpl, 'Conditions'), 'Conditions', false)
  walk(section(tpl, 'Resources'), 'Resources', true)
  walk(section(tpl, 'Outputs'), 'Outputs', true)
  return problems
}

/** Declared but never used parameters and conditions (what a linter warns about). */
function unusedDeclarations(tpl: Obj): string[] {
  const body = JSON.stringify({
    Rules: tpl.Rules,
    Conditions: tpl.Conditions,
    Resources: tpl.Resources,
    Outputs: tpl.Outputs
  })
  const unused: string[] = []
  for (const name of Object.keys(section(tpl, 'Parameters'))) {
    const used = body.includes(`"Ref":"${name}"`) || new RegExp(`\\$\\{${name}[}.]`).test(body)
    if (!used) unused.push(`parameter ${name}`)
  }
  for (const name of Object.keys(section(tpl, 'Conditions'))) {
    const used =
      body.includes(`"Condition":"${name}"`) ||
      body.includes(`"Fn::If":["${name}"`) ||
      body.includes(`"Condition":{"${name}"`)
    if (!used) unused.push(`condition ${name}`)
  }
  return unused
}

const READ_ONLY_VERB = /^[a-z0-9-]+:(Describe|List|Get)[A-Za-z]*$/
/**
 * Writes the Service Authorization Reference lists with no resource type, so only Resource "*"
 * grants them; the target role gives them only with AllowDrsInitialisation (tested below).
 */
const NO_RESOURCE_TYPE_WRITES = new Set([
  'drs:InitializeService',
  'drs:CreateReplicationConfigurationTemplate'
])

/** Properties every policy in every template must have, over every branch. */
function policyProblems(tpl: Obj): string[] {
  const problems: string[] = []
  for (const { resource, kind, statement } of collectStatements(tpl)) {
    const where = `${resource} ${kind} ${String(statement.Sid ?? '(no Sid)')}`
    for (const key of ['NotAction', 'NotResource', 'NotPrincipal']) {
      if (key in statement) problems.push(`${where}: uses ${key}`)
    }
    if (statement.Effect !== 'Allow') problems.push(`${where}: Effect ${String(statement.Effect)}`)
    const actions = actionsOf(statement)
    if (actions.length === 0) problems.push(`${where}: no Action`)
    for (const action of actions) {
      if (action.includes('*')) problems.push(`${where}: wildcard action ${action}`)
    }
    if (kind === 'trust') {
      const principal = statement.Principal
      const principals = isObj(principal)
        ? Object.values(principal).flatMap(asList)
        : asList(principal)
      for (const p of principals) {
        // Strings and Fn::Sub texts alike: no account root, no wildcard, no bare account id.
        const text = typeof p === 'string' ? p : JSON.stringify(p)
        if (/\*|:root\b|^\d{12}$/.test(text)) problems.push(`${where}: trusts ${text}`)
      }
    } else {
      if (resourcesOf(statement).length === 0) problems.push(`${where}: no Resource`)
      if (resourcesOf(statement).includes('*')) {
        for (const action of actions) {
          if (!READ_ONLY_VERB.test(action) && !NO_RESOURCE_TYPE_WRITES.has(action))
            problems.push(`${where}: ${action} on Resource "*"`)
        }
      }
    }
  }
  for (const [name, role] of resourcesOfType(tpl, 'AWS::IAM::Role')) {
    for (const arn of asList(props(role).ManagedPolicyArns)) {
      if (/FullAccess|AdministratorAccess|PowerUserAccess/.test(JSON.stringify(arn))) {
        problems.push(`${name}: broad managed policy ${JSON.stringify(arn)}`)
      }
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// The tests

const EXPECTED_TEMPLATES = [
  'alarms-central-topic.yaml',
  'alarms.yaml',
  'instance-profile.yaml',
  'orchestration-account-oidc.yaml',
  'organizations-reader-role.yaml',
  'target-account-role.yaml'
]

describe('templates: parsing and references', () => {
  it('ships the six templates', () => {
    expect(templateFiles).toEqual(expect.arrayContaining(EXPECTED_TEMPLATES))
  })

  it('parses short-form tags into long form', () => {
    const parsed = parseTemplate(
      [
        'A: !Ref P',
        'B: !GetAtt R.Arn',
        'C: !If [Cond, !Sub "x-${P}", !Ref AWS::NoValue]',
        'D: !Equals [!Ref P, ""]',
        'E: !Join [",", !Split ["-", !Select [0, !GetAZs ""]]]',
        'F: !Condition Cond',
        'G: !Sub ["${X}", {X: !ImportValue exported}]',
        'H: !FindInMap [M, !Ref AWS::Region, K]',
        'I: !Base64 text',
        'J: !Cidr [10.0.0.0/16, 4, 8]',
        'K: !Not [!And [!Condition A, !Or [!Condition B, !Condition C]]]'
      ].join('\n')
    )
    expect(parsed.A).toEqual({ Ref: 'P' })
    expect(parsed.B).toEqual({ 'Fn::GetAtt': ['R', 'Arn'] })
    expect(parsed.C).toEqual({
      'Fn::If': ['Cond', { 'Fn::Sub': 'x-${P}' }, { Ref: 'AWS::NoValue' }]
    })
    expect(parsed.D).toEqual({ 'Fn::Equals': [{ Ref: 'P' }, ''] })
    expect(parsed.E).toEqual({
      'Fn::Join': [',', { 'Fn::Split': ['-', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }] }]
    })
    expect(parsed.F).toEqual({ Condition: 'Cond' })
    expect(parsed.G).toEqual({ 'Fn::Sub': ['${X}', { X: { 'Fn::ImportValue': 'exported' } }] })
    expect(parsed.H).toEqual({ 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'K'] })
    expect(parsed.I).toEqual({ 'Fn::Base64': 'text' })
    expect(parsed.J).toEqual({ 'Fn::Cidr': ['10.0.0.0/16', 4, 8] })
    expect(parsed.K).toEqual({
      'Fn::Not': [
        { 'Fn::And': [{ Condition: 'A' }, { 'Fn::Or': [{ Condition: 'B' }, { Condition: 'C' }] }] }
      ]
    })
  })

  it('rejects unknown tags and duplicate keys', () => {
    expect(() => parseTemplate('A: !NotAFunction x')).toThrow(/Unresolved tag/)
    expect(() => parseTemplate('A: 1\nA: 2')).toThrow()
  })

  it.each(templateFiles)('%s has the CloudFormation sections and a description', file => {
    const tpl = template(file)
    expect(tpl.AWSTemplateFormatVersion).toBe('2010-09-09')
    expect(String(tpl.Description).length).toBeGreaterThan(20)
    expect(Object.keys(section(tpl, 'Resources')).length).toBeGreaterThan(0)
    expect(Object.keys(section(tpl, 'Outputs')).length).toBeGreaterThan(0)
  })

  it.each(templateFiles)('%s references only declared names', file => {
    expect(referenceProblems(template(file))).toEqual([])
  })

  it.each(templateFiles)('%s uses every parameter and condition it declares', file => {
    expect(unusedDeclarations(template(file))).toEqual([])
  })

  it.each(EXPECTED_TEMPLATES)('%s renders with its defaults (and required values)', file => {
    const required: Record<string, Record<string, string>> = {
      'target-account-role.yaml': {
        OrchestrationRoleArn: 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator',
        ExternalId: 'ext-123'
      },
      'orchestration-account-oidc.yaml': {
        GitHubOrg: 'acme',
        GitHubRepo: 'infra',
        GitHubEnvironment: 'production',
        OrganizationId: 'o-abcdefghij'
      },
      'organizations-reader-role.yaml': {
        OrchestrationRoleArn: 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator'
      },
      'alarms-central-topic.yaml': { OrganizationId: 'o-abcdefghij' }
    }
    expect(() => render(template(file), required[file] ?? {})).not.toThrow()
    expect(ruleFailures(template(file), required[file] ?? {})).toEqual([])
  })

  it('reference check catches typos', () => {
    const broken = parseTemplate(
      [
        'Parameters: {Name: {Type: String}}',
        'Conditions: {On: !Equals [!Ref Nmae, "x"]}',
        'Resources:',
        '  Role:',
        '    Type: AWS::IAM::Role',
        '    Condition: Of',
        '    DependsOn: Missing',
        '    Properties:',
        '      RoleName: !Sub "${Name}-${Nmae}-${AWS::Region}-${!Literal}"',
        '      Path: !If [Onn, /a/, /b/]',
        '      Description: !GetAtt Rol.Arn',
        'Outputs: {A: {Value: !Ref Roles}}'
      ].join('\n')
    )
    expect(referenceProblems(broken)).toEqual([
      'Conditions.On.Fn::Equals[0].Ref: Nmae is not declared',
      'Resources.Role.Condition: condition Of is not declared',
      'Resources.Role.DependsOn: resource Missing is not declared',
      'Resources.Role.Properties.RoleName.Fn::Sub: Nmae is not declared',
      'Resources.Role.Properties.Path.Fn::If: condition Onn is not declared',
      'Resources.Role.Properties.Description.Fn::GetAtt: resource Rol is not declared',
      'Outputs.A.Value.Ref: Roles is not declared'
    ])
    expect(unusedDeclarations(broken)).toEqual(['condition On'])
  })
})

describe('templates: policies in general', () => {
  it('the walker finds statements in every IAM template, across Fn::If branches and JSON text', () => {
    const counts = Object.fromEntries(
      EXPECTED_TEMPLATES.map(file => [file, collectStatements(template(file)).length])
    )
    // target: 2 trust (+ 2 for the CLI principal) + 4 always-on + SNS + 6 drill + 8 DRS
    // initialisation + the two instance-policy branches
    expect(counts['target-account-role.yaml']).toBe(25)
    // oidc: 1 trust + assume-targets + organizations read + organizations role
    expect(counts['orchestration-account-oidc.yaml']).toBe(4)
    expect(counts['instance-profile.yaml']).toBe(1)
    // reader: 1 trust + the four Organizations reads
    expect(counts['organizations-reader-role.yaml']).toBe(2)
    expect(counts['alarms.yaml']).toBe(0)
    // central topic: CloudWatch alarms + the optional target-role publishers
    expect(counts['alarms-central-topic.yaml']).toBe(2)
  })

  it.each(templateFiles)(
    '%s: no wildcard actions, no account-root trust, "*" resources only for reads',
    file => {
      expect(policyProblems(template(file))).toEqual([])
    }
  )

  it('the policy check flags the weak points of the seed design', () => {
    const seedLike = parseTemplate(
      [
        'Resources:',
        '  Role:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      AssumeRolePolicyDocument:',
        '        Statement:',
        '          - Effect: Allow',
        "            Principal: {AWS: 'arn:aws:iam::111122223333:root'}",
        '            Action: sts:AssumeRole',
        '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSSMFullAccess]',
        '      Policies:',
        '        - PolicyName: p',
        '          PolicyDocument:',
        '            Statement:',
        '              - {Effect: Allow, Action: [ssm:SendCommand, ec2:DescribeInstances], Resource: "*"}',
        '              - {Effect: Allow, Action: "drs:*", Resource: "*"}'
      ].join('\n')
    )
    const problems = policyProblems(seedLike)
    expect(problems).toEqual(
      expect.arrayContaining([
        'Role trust (no Sid): trusts arn:aws:iam::111122223333:root',
        'Role permissions (no Sid): ssm:SendCommand on Resource "*"',
        'Role permissions (no Sid): wildcard action drs:*',
        'Role: broad managed policy "arn:aws:iam::aws:policy/AmazonSSMFullAccess"'
      ])
    )
  })

  it('no template uses AmazonSSMFullAccess or the seed metric that does not exist', () => {
    for (const file of templateFiles) {
      const text = readFileSync(join(TEMPLATE_DIR, file), 'utf8')
      expect(text).not.toMatch(/AmazonSSMFullAccess/)
      expect(text).not.toMatch(/FailedCommandInvocations/)
    }
  })
})

describe('target-account-role.yaml', () => {
  const tpl = template('target-account-role.yaml')
  const required = {
    OrchestrationRoleArn: 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator',
    ExternalId: 'ext-123'
  }
  const roles = resourcesOfType(tpl, 'AWS::IAM::Role')
  const statements = collectStatements(tpl)
  const trust = statements.filter(s => s.kind === 'trust')
  const permissions = statements.filter(s => s.kind === 'permissions')
  const renderedStatements = (overrides: Record<string, string> = {}): Obj[] =>
    collectStatements(render(tpl, { ...required, ...overrides })).map(s => s.statement)

  it('declares the documented parameters with safe defaults', () => {
    const parameters = section(tpl, 'Parameters') as Record<string, Obj>
    expect(Object.keys(parameters)).toEqual(
      expect.arrayContaining([
        'OrchestrationRoleArn',
        'ExternalId',
        'RoleName',
        'DocumentName',
        'InstanceTagKey',
        'InstanceTagValue',
        'RequireInstanceTag',
        'NotificationTopicArn',
        'AllowRecoveryOperations',
        'AllowDrsInitialisation',
        'Permissions'
      ])
    )
    expect(parameters.ExternalId.NoEcho).toBe(true)
    expect(parameters.OrchestrationRoleArn.Default).toBeUndefined()
    expect(parameters.ExternalId.Default).toBeUndefined()
    expect(parameters.RoleName.Default).toBe('DRSOrchestrationRole')
    expect(parameters.DocumentName.Default).toBe('AWSDisasterRecovery-InstallDRAgentOnInstance')
    expect(parameters.InstanceTagKey.Default).toBe('dr:enabled')
    expect(parameters.InstanceTagValue.Default).toBe('true')
    expect(parameters.RequireInstanceTag.Default).toBe('true')
    expect(parameters.NotificationTopicArn.Default).toBe('')
    expect(parameters.AllowRecoveryOperations.Default).toBe('false')
    expect(parameters.AllowDrsInitialisation.Default).toBe('false')
    expect(parameters.Permissions.Default).toBe('install')
    expect(parameters.Permissions.AllowedValues).toEqual(['install', 'check-only'])
  })

  it('tag key and value cannot break out of the JSON policy text', () => {
    const parameters = section(tpl, 'Parameters') as Record<string, Obj>
    for (const name of ['InstanceTagKey', 'InstanceTagValue']) {
      const pattern = new RegExp(String(parameters[name].AllowedPattern))
      expect(pattern.test('dr:enabled')).toBe(true)
      expect(pattern.test('x", "Action": "*')).toBe(false)
      expect(pattern.test('back\\slash')).toBe(false)
    }
  })

  it('is one role with a one-hour session cap and no managed policies', () => {
    expect(roles).toHaveLength(1)
    const role = props(roles[0][1])
    expect(role.MaxSessionDuration).toBe(3600)
    expect(role.ManagedPolicyArns).toBeUndefined()
    expect(role.RoleName).toEqual({ Ref: 'RoleName' })
  })

  it('trusts only the central role ARN parameter, and the optional CLI principal', () => {
    expect(trust.length).toBeGreaterThan(0)
    for (const { statement } of trust) {
      expect([
        { AWS: { Ref: 'OrchestrationRoleArn' } },
        { AWS: { Ref: 'TrustedPrincipalArn' } }
      ]).toContainEqual(statement.Principal)
    }
    const principals = (overrides: Record<string, string> = {}): unknown[] =>
      collectStatements(render(tpl, { ...required, ...overrides }))
        .filter(s => s.kind === 'trust')
        .map(s => s.statement.Principal)
    // By default only the central role.
    expect(new Set(principals().map(p => JSON.stringify(p)))).toEqual(
      new Set([JSON.stringify({ AWS: required.OrchestrationRoleArn })])
    )
    const sso =
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_DRSOperator_0123456789abcdef'
    expect(principals({ TrustedPrincipalArn: sso })).toContainEqual({ AWS: sso })
    const pattern = new RegExp(
      String((section(tpl, 'Parameters') as Record<string, Obj>).TrustedPrincipalArn.AllowedPattern)
    )
    expect(pattern.test(sso)).toBe(true)
    expect(pattern.test('arn:aws:iam::111122223333:root')).toBe(false)
    expect(pattern.test('arn:aws:iam::111122223333:role/*')).toBe(false)
  })

  it('requires the ExternalId on sts:AssumeRole, from either principal', () => {
    const assume = withAction(trust, 'sts:AssumeRole')
    expect(assume).toHaveLength(2)
    for (const { statement } of assume) {
      expect(statement.Condition).toEqual({
        StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } }
      })
    }
  })

  it('allows session tags and a source identity from the same principals', () => {
    for (const action of ['sts:TagSession', 'sts:SetSourceIdentity']) {
      const found = withAction(trust, action)
      expect(found).toHaveLength(2)
      for (const { statement } of found) {
        expect(actionsOf(statement)).not.toContain('sts:AssumeRole')
      }
    }
  })

  it('scopes SendCommand to the install document and to instances of this account', () => {
    const send = withAction(permissions, 'ssm:SendCommand')
    // the document statement and the two branches of the instance policy
    expect(send).toHaveLength(3)
    for (const { statement } of send) {
      expect(actionsOf(statement)).toEqual(['ssm:SendCommand'])
      expect(resourcesOf(statement)).not.toContain('*')
    }
    const rendered = renderedStatements().filter(s => actionsOf(s).includes('ssm:SendCommand'))
    expect(rendered.map(resourcesOf)).toEqual([
      [
        'arn:aws:ssm:*::document/AWSDisasterRecovery-InstallDRAgentOnInstance',
        'arn:aws:ssm:*:123456789012:document/AWSDisasterRecovery-InstallDRAgentOnInstance'
      ],
      ['arn:aws:ec2:*:123456789012:instance/*']
    ])
  })

  it('allows a shared custom document only when its owner account is given', () => {
    const documents = (overrides: Record<string, string>): unknown[] =>
      renderedStatements(overrides)
        .filter(s => actionsOf(s).includes('ssm:SendCommand'))
        .flatMap(resourcesOf)
        .filter(r => String(r).includes(':document/'))
    expect(documents({ DocumentName: 'Custom-Install' })).toEqual([
      'arn:aws:ssm:*::document/Custom-Install',
      'arn:aws:ssm:*:123456789012:document/Custom-Install'
    ])
    expect(
      documents({ DocumentName: 'Custom-Install', DocumentOwnerAccountId: '444455556666' })
    ).toContain('arn:aws:ssm:*:444455556666:document/Custom-Install')
  })

  it('puts the instance tag condition on the instance statement by default', () => {
    const instanceStatement = (overrides: Record<string, string> = {}): Obj => {
      const found = renderedStatements(overrides).filter(s =>
        resourcesOf(s).some(r => String(r).includes(':instance/'))
      )
      expect(found).toHaveLength(1)
      return found[0]
    }
    expect(instanceStatement().Condition).toEqual({
      StringEquals: { 'ssm:resourceTag/dr:enabled': 'true' }
    })
    expect(
      instanceStatement({ InstanceTagKey: 'Backup', InstanceTagValue: 'drs' }).Condition
    ).toEqual({ StringEquals: { 'ssm:resourceTag/Backup': 'drs' } })
    // The documented opt-out for instance-ids users: no tag condition, still this account only.
    const untagged = instanceStatement({ RequireInstanceTag: 'false' })
    expect(untagged.Condition).toBeUndefined()
    expect(resourcesOf(untagged)).toEqual(['arn:aws:ec2:*:123456789012:instance/*'])
  })

  it('grants the reads the action needs, and no other', () => {
    const actions = renderedStatements()
      .filter(s => s.Principal === undefined)
      .flatMap(actionsOf)
    // least-privilege.test.ts derives the same list from the code's SDK calls.
    expect([...new Set(actions)].sort()).toEqual([
      'drs:DescribeSourceServers',
      'ec2:DescribeInstances',
      'ssm:DescribeInstanceInformation',
      'ssm:ListCommandInvocations',
      'ssm:ListCommands',
      'ssm:SendCommand'
    ])
  })

  it('publishes to SNS only on the given topic, and not at all by default', () => {
    for (const { statement } of withAction(permissions, 'sns:Publish')) {
      expect(statement.Resource).toEqual({ Ref: 'NotificationTopicArn' })
    }
    expect(renderedStatements().flatMap(actionsOf)).not.toContain('sns:Publish')
    const topic = 'arn:aws:sns:us-east-1:111122223333:drs-rollout'
    const publish = renderedStatements({ NotificationTopicArn: topic }).filter(s =>
      actionsOf(s).includes('sns:Publish')
    )
    expect(publish).toHaveLength(1)
    expect(actionsOf(publish[0])).toEqual(['sns:Publish'])
    expect(publish[0].Resource).toBe(topic)
  })

  it('keeps DRS recovery operations off unless AllowRecoveryOperations is true', () => {
    // The drill's two writes; least-privilege.test.ts checks the whole drill grant against the code.
    const recovery = ['drs:StartRecovery', 'drs:TerminateRecoveryInstances']
    const launch = ['ec2:RunInstances', 'ec2:TerminateInstances', 'iam:PassRole']
    const byDefault = renderedStatements().flatMap(actionsOf)
    for (const action of [...recovery, ...launch]) expect(byDefault).not.toContain(action)
    const allowed = renderedStatements({ AllowRecoveryOperations: 'true' })
    for (const action of [...recovery, ...launch]) {
      const found = allowed.filter(s => actionsOf(s).includes(action))
      expect(found).toHaveLength(1)
      expect(resourcesOf(found[0])).not.toContain('*')
    }
    // The drill never changes launch settings.
    expect(allowed.flatMap(actionsOf)).not.toContain('drs:UpdateLaunchConfiguration')
  })

  it('passes only the DRS recovery instance roles, and only to EC2', () => {
    const pass = renderedStatements({ AllowRecoveryOperations: 'true' }).filter(s =>
      actionsOf(s).includes('iam:PassRole')
    )
    expect(pass).toHaveLength(1)
    expect(resourcesOf(pass[0])).toEqual([
      'arn:aws:iam::123456789012:role/service-role/AWSElasticDisasterRecoveryRecoveryInstanceRole',
      'arn:aws:iam::123456789012:role/service-role/AWSElasticDisasterRecoveryRecoveryInstanceWithLaunchActionsRole'
    ])
    expect(pass[0].Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' }
    })
  })

  it('Permissions=check-only: only the reads the check makes, no Run Command at all', () => {
    const actions = (overrides: Record<string, string>): string[] =>
      [
        ...new Set(
          renderedStatements({ Permissions: 'check-only', ...overrides })
            .filter(s => s.Principal === undefined)
            .flatMap(actionsOf)
        )
      ].sort()
    expect(actions({})).toEqual(['drs:DescribeSourceServers', 'ec2:DescribeInstances'])
    const topic = 'arn:aws:sns:us-east-1:111122223333:drs-rollout'
    expect(actions({ NotificationTopicArn: topic })).toContain('sns:Publish')
    // The trust is the same as the install role's.
    const trustOf = (overrides: Record<string, string>): Obj[] =>
      renderedStatements(overrides).filter(s => s.Principal !== undefined)
    expect(trustOf({ Permissions: 'check-only' })).toEqual(trustOf({}))
  })

  it('keeps DRS initialisation off unless AllowDrsInitialisation is true', () => {
    const init = [
      'drs:InitializeService',
      'drs:CreateReplicationConfigurationTemplate',
      'drs:DescribeReplicationConfigurationTemplates',
      'iam:CreateServiceLinkedRole',
      'iam:CreateRole',
      'iam:AttachRolePolicy'
    ]
    const byDefault = renderedStatements().flatMap(actionsOf)
    const checkOnly = renderedStatements({ Permissions: 'check-only' }).flatMap(actionsOf)
    for (const action of init) {
      expect(byDefault).not.toContain(action)
      expect(checkOnly).not.toContain(action)
    }
    const allowed = renderedStatements({ AllowDrsInitialisation: 'true' })
    for (const action of init) expect(allowed.flatMap(actionsOf)).toContain(action)
    // The two writes on "*" (no resource type exists for them) stand with only their read.
    const star = allowed.filter(s => actionsOf(s).includes('drs:InitializeService'))
    expect(star).toHaveLength(1)
    expect(actionsOf(star[0]).sort()).toEqual([
      'drs:CreateReplicationConfigurationTemplate',
      'drs:DescribeReplicationConfigurationTemplates',
      'drs:InitializeService'
    ])
    // Nothing that deletes roles, even though the console's policy has it.
    for (const action of ['iam:DeleteRole', 'iam:DeleteServiceLinkedRole']) {
      expect(allowed.flatMap(actionsOf)).not.toContain(action)
    }
  })

  it('initialisation: IAM only on the DRS roles, policies and instance profiles of this account', () => {
    const allowed = renderedStatements({ AllowDrsInitialisation: 'true' })
    const iam = allowed.filter(s => actionsOf(s).some(a => a.startsWith('iam:')))
    expect(iam.length).toBeGreaterThan(0)
    for (const statement of iam) {
      for (const resource of resourcesOf(statement)) {
        expect(String(resource)).toMatch(
          /^arn:aws:iam::123456789012:(role\/service-role\/AWSElasticDisasterRecovery\*|role\/aws-service-role\/drs\.amazonaws\.com\/AWSServiceRoleForElasticDisasterRecovery|instance-profile\/\*)$/
        )
      }
    }
    const slr = iam.filter(s => actionsOf(s).includes('iam:CreateServiceLinkedRole'))
    expect(slr.map(s => s.Condition)).toEqual([
      { StringEquals: { 'iam:AWSServiceName': 'drs.amazonaws.com' } }
    ])
    const attach = iam.filter(s => actionsOf(s).includes('iam:AttachRolePolicy'))
    expect(attach).toHaveLength(1)
    const arns = (attach[0].Condition as Obj).ArnEquals as Record<string, string[]>
    expect(arns['iam:PolicyARN']).toHaveLength(5)
    for (const arn of arns['iam:PolicyARN']) {
      expect(arn).toMatch(
        /^arn:aws:iam::aws:policy\/service-role\/AWSElasticDisasterRecovery\w+Policy$/
      )
    }
    const pass = iam.filter(s => actionsOf(s).includes('iam:PassRole'))
    expect(pass.map(s => s.Condition)).toEqual([
      { StringEquals: { 'iam:PassedToService': ['ec2.amazonaws.com', 'drs.amazonaws.com'] } }
    ])
  })

  it('outputs the role ARN', () => {
    expect(section(section(tpl, 'Outputs'), 'RoleArn').Value).toEqual({
      'Fn::GetAtt': [roles[0][0], 'Arn']
    })
  })
})

describe('orchestration-account-oidc.yaml', () => {
  const tpl = template('orchestration-account-oidc.yaml')
  const required = { GitHubOrg: 'acme', GitHubRepo: 'infra', OrganizationId: 'o-abcdefghij' }
  const statements = collectStatements(tpl)
  const trust = statements.filter(s => s.kind === 'trust')
  const rendered = (overrides: Record<string, string> = {}): Obj =>
    render(tpl, { ...required, ...overrides })
  const renderedTrust = (overrides: Record<string, string> = {}): Obj => {
    const found = collectStatements(rendered(overrides)).filter(s => s.kind === 'trust')
    expect(found).toHaveLength(1)
    return found[0].statement
  }
  const renderedPermissions = (overrides: Record<string, string> = {}): Obj[] =>
    collectStatements(rendered(overrides))
      .filter(s => s.kind === 'permissions')
      .map(s => s.statement)

  it('creates the GitHub OIDC provider only when asked', () => {
    const providers = resourcesOfType(tpl, 'AWS::IAM::OIDCProvider')
    expect(providers).toHaveLength(1)
    const [name, provider] = providers[0]
    expect(props(provider).Url).toBe('https://token.actions.githubusercontent.com')
    expect(props(provider).ClientIdList).toEqual([{ Ref: 'Audience' }])
    expect((section(tpl, 'Parameters') as Record<string, Obj>).Audience.Default).toBe(
      'sts.amazonaws.com'
    )
    expect(section(rendered().Resources as Obj, name)).toHaveProperty(
      'Type',
      'AWS::IAM::OIDCProvider'
    )
    const existing = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'
    const reused = rendered({ CreateOidcProvider: 'false', ExistingOidcProviderArn: existing })
    expect(Object.keys(reused.Resources as Obj)).not.toContain(name)
    expect(
      renderedTrust({ CreateOidcProvider: 'false', ExistingOidcProviderArn: existing }).Principal
    ).toEqual({
      Federated: existing
    })
  })

  it('trusts GitHub OIDC with audience and subject conditions', () => {
    expect(trust).toHaveLength(1)
    const statement = trust[0].statement
    expect(actionsOf(statement)).toEqual(['sts:AssumeRoleWithWebIdentity'])
    expect(Object.keys(statement.Principal as Obj)).toEqual(['Federated'])
    const condition = statement.Condition as Record<string, Obj>
    expect(condition.StringEquals['token.actions.githubusercontent.com:aud']).toEqual({
      Ref: 'Audience'
    })
    expect(condition.StringLike['token.actions.githubusercontent.com:sub']).toBeDefined()
  })

  it('limits the subject to the repository and an environment, branch or reusable workflow', () => {
    const condition = (overrides: Record<string, string>): Record<string, Obj> =>
      renderedTrust(overrides).Condition as Record<string, Obj>
    const sub = (overrides: Record<string, string>): unknown =>
      condition(overrides).StringLike['token.actions.githubusercontent.com:sub']
    expect(sub({ GitHubBranch: 'main' })).toBe('repo:acme/infra:ref:refs/heads/main')
    expect(sub({ GitHubEnvironment: 'production' })).toBe('repo:acme/infra:environment:production')
    const workflow = 'OWNER/drs-orchestration-action/.github/workflows/deploy-drs-agents.yml@*'
    // The repository-wide sub pattern exists only together with a job_workflow_ref condition.
    expect(condition({ GitHubWorkflowRef: workflow }).StringLike).toEqual({
      'token.actions.githubusercontent.com:sub': 'repo:acme/infra:*',
      'token.actions.githubusercontent.com:job_workflow_ref': workflow
    })
    expect(
      condition({ GitHubEnvironment: 'production', GitHubWorkflowRef: workflow }).StringLike
    ).toEqual({
      'token.actions.githubusercontent.com:sub': 'repo:acme/infra:environment:production',
      'token.actions.githubusercontent.com:job_workflow_ref': workflow
    })
    const aud = condition({ GitHubEnvironment: 'production' }).StringEquals
    expect(aud).toEqual({ 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' })
  })

  it('has no repository-wide default: a stack without a scope is refused', () => {
    expect(ruleFailures(tpl, required)).toEqual([expect.stringMatching(/^OneScopeAtLeast: /)])
    expect(ruleFailures(tpl, { ...required, GitHubBranch: 'main' })).toEqual([])
    expect(
      ruleFailures(tpl, { ...required, GitHubBranch: 'main', GitHubEnvironment: 'production' })
    ).toEqual([expect.stringMatching(/^BranchOrEnvironmentNotBoth: /)])
    // No wildcard branch either: GitHubBranch=* would admit every branch.
    const branch = new RegExp(
      String((section(tpl, 'Parameters') as Record<string, Obj>).GitHubBranch.AllowedPattern)
    )
    expect(branch.test('release/2026')).toBe(true)
    expect(branch.test('*')).toBe(false)
  })

  it('pins the immutable repository id and, with the immutable sub format, the owner id', () => {
    const scoped = { ...required, GitHubEnvironment: 'production' }
    const condition = (overrides: Record<string, string>): Record<string, Obj> =>
      renderedTrust({ GitHubEnvironment: 'production', ...overrides }).Condition as Record<
        string,
        Obj
      >
    expect(condition({}).StringEquals).not.toHaveProperty(
      'token.actions.githubusercontent.com:repository_id'
    )
    expect(condition({ GitHubRepositoryId: '123456789' }).StringEquals).toEqual({
      'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      'token.actions.githubusercontent.com:repository_id': '123456789'
    })
    expect(
      condition({ GitHubRepositoryId: '123456789', GitHubOwnerId: '987654' }).StringLike
    ).toEqual({
      'token.actions.githubusercontent.com:sub':
        'repo:acme@987654/infra@123456789:environment:production'
    })
    expect(ruleFailures(tpl, { ...scoped, GitHubOwnerId: '987654' })).toEqual([
      expect.stringMatching(/^OwnerIdNeedsRepositoryId: /)
    ])
  })

  it('refuses wildcards in organization and repository names', () => {
    const parameters = section(tpl, 'Parameters') as Record<string, Obj>
    for (const name of ['GitHubOrg', 'GitHubRepo']) {
      const pattern = new RegExp(String(parameters[name].AllowedPattern))
      expect(pattern.test('acme')).toBe(true)
      expect(pattern.test('*')).toBe(false)
      expect(pattern.test('a*')).toBe(false)
    }
  })

  it('has a one-hour session cap', () => {
    const roles = resourcesOfType(tpl, 'AWS::IAM::Role')
    expect(roles).toHaveLength(1)
    expect(props(roles[0][1]).MaxSessionDuration).toBe(3600)
    expect(props(roles[0][1]).ManagedPolicyArns).toBeUndefined()
  })

  it('may assume only the target role name, inside the organization', () => {
    const assume = withAction(
      statements.filter(s => s.kind === 'permissions'),
      'sts:AssumeRole'
    )
    const targets = assume.filter(
      f => !isObj(f.statement.Resource) || !('Ref' in f.statement.Resource)
    )
    expect(targets).toHaveLength(1)
    const statement = targets[0].statement
    expect(actionsOf(statement).sort()).toEqual([
      'sts:AssumeRole',
      'sts:SetSourceIdentity',
      'sts:TagSession'
    ])
    expect(statement.Resource).toEqual({
      'Fn::Sub': 'arn:${AWS::Partition}:iam::*:role/${TargetRoleName}'
    })
    expect(statement.Condition).toEqual({
      StringEquals: { 'aws:ResourceOrgID': { Ref: 'OrganizationId' } }
    })

    // By default that is the whole policy.
    const byDefault = renderedPermissions()
    expect(byDefault).toHaveLength(1)
    expect(byDefault[0].Resource).toBe('arn:aws:iam::*:role/DRSOrchestrationRole')
  })

  it('adds Organizations reads and the Organizations role only when asked', () => {
    const withOrgRead = renderedPermissions({ AllowOrganizationsRead: 'true' }).flatMap(actionsOf)
    // Exactly the reads discover-accounts sends (least-privilege.test.ts checks them against the code).
    expect(withOrgRead.filter(action => action.startsWith('organizations:')).sort()).toEqual([
      'organizations:ListAccounts',
      'organizations:ListAccountsForParent',
      'organizations:ListOrganizationalUnitsForParent',
      'organizations:ListTagsForResource'
    ])
    const orgRole = 'arn:aws:iam::999988887777:role/OrgReader'
    const assumeOrg = renderedPermissions({ OrganizationsRoleArn: orgRole }).filter(
      s => s.Resource === orgRole
    )
    expect(assumeOrg).toHaveLength(1)
    expect(actionsOf(assumeOrg[0])).toEqual(['sts:AssumeRole'])
  })

  it('outputs the role and provider ARNs', () => {
    const outputs = rendered().Outputs as Record<string, Obj>
    expect(outputs.RoleArn.Value).toBe('getatt:OrchestrationRole.Arn')
    expect(outputs.OidcProviderArn.Value).toBe('ref:GitHubOidcProvider')
  })
})

describe('organizations-reader-role.yaml', () => {
  const tpl = template('organizations-reader-role.yaml')
  const central = 'arn:aws:iam::111122223333:role/GitHubDRSOrchestrator'

  it('trusts only the central role, without an ExternalId (discover-accounts sends none)', () => {
    const trust = collectStatements(tpl).filter(s => s.kind === 'trust')
    expect(trust).toHaveLength(1)
    expect(trust[0].statement.Principal).toEqual({ AWS: { Ref: 'OrchestrationRoleArn' } })
    expect(actionsOf(trust[0].statement)).toEqual(['sts:AssumeRole'])
    expect(trust[0].statement.Condition).toBeUndefined()
    const parameters = section(tpl, 'Parameters') as Record<string, Obj>
    expect(parameters.OrchestrationRoleArn.Default).toBeUndefined()
  })

  it('may only list accounts, OUs and account tags', () => {
    const rendered = collectStatements(render(tpl, { OrchestrationRoleArn: central }))
    const permissions = rendered.filter(s => s.kind === 'permissions').map(s => s.statement)
    expect(permissions.flatMap(actionsOf).sort()).toEqual([
      'organizations:ListAccounts',
      'organizations:ListAccountsForParent',
      'organizations:ListOrganizationalUnitsForParent',
      'organizations:ListTagsForResource'
    ])
    const roles = resourcesOfType(tpl, 'AWS::IAM::Role')
    expect(roles).toHaveLength(1)
    expect(props(roles[0][1]).MaxSessionDuration).toBe(3600)
    expect(props(roles[0][1]).ManagedPolicyArns).toBeUndefined()
    expect((render(tpl, { OrchestrationRoleArn: central }).Outputs as Obj).RoleArn).toEqual({
      Description: expect.any(String),
      Value: `getatt:${roles[0][0]}.Arn`
    })
  })
})

describe('instance-profile.yaml', () => {
  const tpl = template('instance-profile.yaml')

  it('gives EC2 the DRS agent and SSM core managed policies', () => {
    const roles = resourcesOfType(tpl, 'AWS::IAM::Role')
    expect(roles).toHaveLength(1)
    const [roleName, role] = roles[0]
    expect(props(role).ManagedPolicyArns).toEqual([
      {
        'Fn::Sub':
          'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSElasticDisasterRecoveryEc2InstancePolicy'
      },
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore' }
    ])
    const trust = collectStatements(tpl).filter(s => s.kind === 'trust')
    expect(trust).toHaveLength(1)
    expect(trust[0].statement.Principal).toEqual({ Service: 'ec2.amazonaws.com' })
    expect(actionsOf(trust[0].statement)).toEqual(['sts:AssumeRole'])

    const profiles = resourcesOfType(tpl, 'AWS::IAM::InstanceProfile')
    expect(profiles).toHaveLength(1)
    expect(props(profiles[0][1]).Roles).toEqual([{ Ref: roleName }])
    expect(Object.keys(section(tpl, 'Outputs'))).toEqual(
      expect.arrayContaining(['RoleArn', 'InstanceProfileArn', 'InstanceProfileName'])
    )
  })
})

describe('alarms.yaml', () => {
  const tpl = template('alarms.yaml')

  it('alarms on the three Run Command failure metrics', () => {
    const alarms = resourcesOfType(tpl, 'AWS::CloudWatch::Alarm').map(([, alarm]) => props(alarm))
    expect(alarms.map(a => a.MetricName).sort()).toEqual([
      'CommandsDeliveryTimedOut',
      'CommandsFailed',
      'CommandsTimedOut'
    ])
    for (const alarm of alarms) {
      expect(alarm.Namespace).toBe('AWS/SSM-RunCommand')
      expect(alarm.TreatMissingData).toBe('notBreaching')
      expect(alarm.Statistic).toBe('Sum')
      expect(asList(alarm.AlarmActions)).toHaveLength(1)
    }
  })

  it('notifies a new topic by default, or the given one', () => {
    const actions = (overrides: Record<string, string> = {}): unknown[] =>
      Object.values(render(tpl, overrides).Resources as Record<string, Obj>)
        .filter(r => r.Type === 'AWS::CloudWatch::Alarm')
        .flatMap(r => asList(props(r).AlarmActions))
    const [topicName] = resourcesOfType(tpl, 'AWS::SNS::Topic')[0]
    expect(new Set(actions())).toEqual(new Set([`ref:${topicName}`]))
    const existing = 'arn:aws:sns:us-east-1:123456789012:ops'
    const withExisting = render(tpl, { ExistingTopicArn: existing })
    expect(Object.keys(withExisting.Resources as Obj)).not.toContain(topicName)
    expect(new Set(actions({ ExistingTopicArn: existing }))).toEqual(new Set([existing]))
    const subscriptions = (overrides: Record<string, string>): Obj[] =>
      Object.values(render(tpl, overrides).Resources as Record<string, Obj>).filter(
        r => r.Type === 'AWS::SNS::Subscription'
      )
    expect(subscriptions({})).toHaveLength(0)
    const email = subscriptions({ NotificationEmail: 'ops@example.com' })
    expect(email).toHaveLength(1)
    expect(props(email[0])).toMatchObject({ Protocol: 'email', Endpoint: 'ops@example.com' })
  })
})

describe('alarms.yaml with the central topic', () => {
  const tpl = template('alarms.yaml')

  it('notifies the central topic of its own region, and creates no topic', () => {
    const rendered = render(tpl, { CentralTopicAccountId: '111122223333' })
    const resources = Object.values(rendered.Resources as Record<string, Obj>)
    expect(resources.filter(r => String(r.Type).startsWith('AWS::SNS::'))).toEqual([])
    const actions = resources
      .filter(r => r.Type === 'AWS::CloudWatch::Alarm')
      .flatMap(r => asList(props(r).AlarmActions))
    expect(new Set(actions)).toEqual(
      new Set(['arn:aws:sns:us-east-1:111122223333:drs-agent-rollout-alarms'])
    )
    expect(actions).toHaveLength(3)
  })

  it('refuses an e-mail address for a topic it does not create', () => {
    const email = { NotificationEmail: 'ops@example.com' }
    expect(ruleFailures(tpl, email)).toEqual([])
    expect(ruleFailures(tpl, { ...email, CentralTopicAccountId: '111122223333' })).toEqual([
      expect.stringMatching(/^EmailOnlyForOwnTopic: /)
    ])
  })
})

describe('alarms-central-topic.yaml', () => {
  const tpl = template('alarms-central-topic.yaml')
  const policy = (overrides: Record<string, string> = {}): Obj[] =>
    collectStatements(render(tpl, { OrganizationId: 'o-abcdefghij', ...overrides })).map(
      s => s.statement
    )

  it('lets only the rollout alarms of the organization publish, in its own region', () => {
    const statements = policy()
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatchObject({
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: 'ref:AlarmTopic',
      Condition: {
        ArnLike: { 'aws:SourceArn': 'arn:aws:cloudwatch:us-east-1:*:alarm:drs-agent-rollout-*' },
        StringEquals: { 'aws:SourceOrgID': 'o-abcdefghij' }
      }
    })
    // The name the alarms stacks compose: CentralTopicName defaults to TopicName.
    const topic = resourcesOfType(tpl, 'AWS::SNS::Topic')[0][1]
    expect(props(topic).TopicName).toEqual({ Ref: 'TopicName' })
    const parameters = (t: Obj): Record<string, Obj> =>
      section(t, 'Parameters') as Record<string, Obj>
    expect(parameters(tpl).TopicName.Default).toBe(
      parameters(template('alarms.yaml')).CentralTopicName.Default
    )
    expect(parameters(tpl).AlarmNamePrefix.Default).toBe(
      parameters(template('alarms.yaml')).AlarmNamePrefix.Default
    )
  })

  it("adds the target roles' completion messages only when asked, inside the organization", () => {
    const statements = policy({ TargetRoleName: 'DRSOrchestrationRole' })
    expect(statements).toHaveLength(2)
    expect(statements[1]).toMatchObject({
      Action: 'sns:Publish',
      Resource: 'ref:AlarmTopic',
      Condition: {
        StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' },
        ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/DRSOrchestrationRole' }
      }
    })
  })
})

describe('README.md', () => {
  const path = join(ROOT, 'README.md')

  it('exists and names templates that exist', () => {
    expect(existsSync(path)).toBe(true)
    const text = readFileSync(path, 'utf8')
    const named = [...text.matchAll(/templates\/([\w.-]+\.ya?ml)/g)].map(m => m[1])
    for (const file of named) expect(templateFiles).toContain(file)
    expect(named).toEqual(expect.arrayContaining(EXPECTED_TEMPLATES))
    expect(text).toMatch(/## AWS set-up/)
    expect(text).toMatch(/## Troubleshooting/)
  })
})
