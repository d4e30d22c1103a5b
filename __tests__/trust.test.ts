// Trust and workflows agree by construction: for every example workflow and every workflow snippet
// of README.md and docs/workflows.md, this computes the GitHub OIDC claims each AWS job would
// present (sub from its trigger and environment, job_workflow_ref from whether it runs inside the
// reusable workflow, repository_id) and evaluates them against the central role's trust policy,
// rendered from templates/orchestration-account-oidc.yaml for the set-up README.md recommends
// (Step 1) and for each choice of its "Who may assume the central role" table, with IAM's
// StringEquals / StringLike semantics. A snippet the recommended set-up would deny fails here.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import {
  ROOT,
  collectStatements,
  isObj,
  render,
  ruleFailures,
  template,
  type Obj
} from './fixtures/cfn.js'
import { allows, stringLike, type Claims } from './fixtures/iam.js'

const REUSABLE_PATH = '.github/workflows/deploy-drs-agents.yml'
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const oidcTemplate = template('orchestration-account-oidc.yaml')

// ---- the documented set-ups ---------------------------------------------------------------------

/** Name=Value pairs of a text (a --parameter-overrides block, or a table cell). */
function parameterPairs(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/\b(GitHub\w+|OrganizationId)=([^\s`\\]+)/g)].map(m => [m[1], m[2]])
  )
}

/** The parameters of README's Step 1 command: the recommended set-up. */
function recommendedParameters(): Record<string, string> {
  const step = readme.slice(readme.indexOf('### Step 1: the central role'))
  const block = /```bash\n([\s\S]*?)```/.exec(step)?.[1] ?? ''
  if (!block.includes('orchestration-account-oidc.yaml')) throw new Error('no Step 1 command')
  return parameterPairs(block.slice(block.indexOf('--parameter-overrides')))
}

interface Choice {
  name: string
  parameters: Record<string, string>
}

/** The rows of the trust-choices table: the alternatives README documents. */
function documentedChoices(): Choice[] {
  const start = readme.indexOf('<!-- trust-choices:start -->')
  const end = readme.indexOf('<!-- trust-choices:end -->')
  if (start < 0 || end < start) throw new Error('README has no trust-choices table')
  return readme
    .slice(start, end)
    .split('\n')
    .filter(line => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .slice(1) // the header row
    .map(line => line.split('|').map(cell => cell.trim()))
    .map(cells => ({ name: cells[1], parameters: parameterPairs(cells[2]) }))
}

const recommended = recommendedParameters()
const base = {
  GitHubOrg: recommended.GitHubOrg,
  GitHubRepo: recommended.GitHubRepo,
  OrganizationId: recommended.OrganizationId
}

// ---- the claims a job presents --------------------------------------------------------------------

interface Repository {
  owner: string
  name: string
  id: string
  ownerId: string
  /** GitHub's immutable sub format (repo:OWNER@ID/REPO@ID:...) or the name-only one. */
  immutable: boolean
}

interface AwsJob {
  where: string
  /** The job's environment, after the reusable workflow's inputs are substituted. */
  environment: string | null
  /** The trigger's context: refs/heads/..., refs/tags/... or pull_request. */
  context: string
  /** job_workflow_ref: the reusable workflow's uses path, or the caller's own workflow file. */
  jobWorkflowRef: string
  calledWorkflow: boolean
  audience: string
}

function subject(repository: Repository, job: AwsJob): string {
  const repo = repository.immutable
    ? `${repository.owner}@${repository.ownerId}/${repository.name}@${repository.id}`
    : `${repository.owner}/${repository.name}`
  const context = job.environment
    ? `environment:${job.environment.replace(/:/g, '%3A')}`
    : job.context === 'pull_request'
      ? 'pull_request'
      : `ref:${job.context}`
  return `repo:${repo}:${context}`
}

function claimsOf(repository: Repository, job: AwsJob): Claims {
  return {
    aud: job.audience,
    sub: subject(repository, job),
    repository: `${repository.owner}/${repository.name}`,
    repository_id: repository.id,
    environment: job.environment ?? undefined,
    job_workflow_ref: job.jobWorkflowRef
  }
}

/** How GitHub writes the ref of `uses: path@REF` in job_workflow_ref. */
function resolvedRef(ref: string): string {
  if (/^[0-9a-f]{40}$/.test(ref)) return ref
  if (/^v\d+(\.\d+){0,2}$/.test(ref)) return `refs/tags/${ref}` // the release tags
  return `refs/heads/${ref}`
}

function trustStatement(parameters: Record<string, string>): Obj {
  expect(ruleFailures(oidcTemplate, parameters)).toEqual([])
  const trust = collectStatements(render(oidcTemplate, parameters)).filter(s => s.kind === 'trust')
  expect(trust).toHaveLength(1)
  return trust[0].statement
}

// ---- reading the workflows ------------------------------------------------------------------------

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  uses?: string
  with?: Record<string, unknown>
  environment?: unknown
  steps?: Step[]
}
interface Workflow {
  on?: unknown
  jobs?: Record<string, Job>
}

const AWS_ACTION =
  /^(?:[\w.-]+\/drs-orchestration-action|\.\/\.drs-orchestration-action)(\/discover-accounts)?(@.+)?$/
const CALL =
  /^([\w.-]+\/drs-orchestration-action\/\.github\/workflows\/deploy-drs-agents\.yml)@(.+)$/

/** Steps that exchange the job's OIDC token for the central role. */
function usesCentralRole(steps: Step[] = []): Step[] {
  return steps.filter(step => AWS_ACTION.test(step.uses ?? '') && step.with?.['oidc-role-arn'])
}

function environmentName(value: unknown): string | null {
  const name = isObj(value) ? value.name : value
  return typeof name === 'string' && name !== '' ? name : null
}

/** The contexts a workflow's triggers give a job without an environment. */
function contextsOf(on: unknown): string[] {
  // A fragment without `on:` is taken to run on the default branch.
  if (on === undefined) return ['refs/heads/main']
  const events =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map(e => [e, null]))
        : (on as Obj)
  const contexts: string[] = []
  for (const [event, spec] of Object.entries(events)) {
    if (event === 'pull_request' || event === 'pull_request_target') contexts.push('pull_request')
    else if (event === 'push' && isObj(spec) && Array.isArray(spec.branches))
      contexts.push(...spec.branches.map(branch => `refs/heads/${String(branch)}`))
    else if (event === 'push' && isObj(spec) && Array.isArray(spec.tags))
      contexts.push(...spec.tags.map(tag => `refs/tags/${String(tag)}`))
    else contexts.push('refs/heads/main') // schedule, workflow_dispatch: the default branch
  }
  return [...new Set(contexts)]
}

const reusable = parse(readFileSync(join(ROOT, REUSABLE_PATH), 'utf8')) as Workflow & {
  on: { workflow_call: { inputs: Record<string, { default?: unknown }> } }
}

/** `${{ inputs.x }}` of the reusable workflow, from the caller's with: or the input's default. */
function substituteInput(value: unknown, given: Record<string, unknown>): unknown {
  if (typeof value !== 'string') return value
  return value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) =>
    String(given[name] ?? reusable.on.workflow_call.inputs[name]?.default ?? '')
  )
}

/** Every job that presents a token to the central role, with its claims' ingredients. */
function awsJobs(workflow: Workflow, where: string, file: string): AwsJob[] {
  const jobs: AwsJob[] = []
  for (const context of contextsOf(workflow.on)) {
    for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
      const call = CALL.exec(job.uses ?? '')
      if (call) {
        for (const [calledName, called] of Object.entries(reusable.jobs ?? {})) {
          const steps = usesCentralRole(called.steps)
          if (steps.length === 0) continue
          jobs.push({
            where: `${where} ${name} -> ${calledName} (${context})`,
            environment: environmentName(substituteInput(called.environment, job.with ?? {})),
            context,
            jobWorkflowRef: `${call[1]}@${resolvedRef(call[2])}`,
            calledWorkflow: true,
            audience: String(steps[0].with?.audience ?? 'sts.amazonaws.com')
          })
        }
        continue
      }
      const steps = usesCentralRole(job.steps)
      if (steps.length === 0) continue
      jobs.push({
        where: `${where} ${name} (${context})`,
        environment: environmentName(job.environment),
        context,
        jobWorkflowRef: `${base.GitHubOrg}/${base.GitHubRepo}/.github/workflows/${file}@${context}`,
        calledWorkflow: false,
        audience: String(steps[0].with?.audience ?? 'sts.amazonaws.com')
      })
    }
  }
  return jobs
}

/** Examples and every YAML snippet of the docs that uses this repository's actions or workflow. */
function snippetJobs(): AwsJob[] {
  const jobs: AwsJob[] = []
  for (const file of readdirSync(join(ROOT, 'examples'))
    .filter(f => /\.ya?ml$/.test(f))
    .sort()) {
    const workflow = parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as Workflow
    jobs.push(...awsJobs(workflow, `examples/${file}`, file))
  }
  for (const doc of ['README.md', 'docs/workflows.md']) {
    const text = readFileSync(join(ROOT, doc), 'utf8')
    const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1])
    blocks.forEach((block, index) => {
      if (!block.includes('drs-orchestration-action')) return
      const parsed = parse(block) as unknown
      const where = `${doc} yaml block ${index + 1}`
      if (Array.isArray(parsed)) {
        // A list of steps has no job, so no subject: it must not need the central role.
        expect([where, usesCentralRole(parsed as Step[]).length]).toEqual([where, 0])
        return
      }
      jobs.push(...awsJobs(parsed as Workflow, where, `snippet-${index + 1}.yml`))
    })
  }
  return jobs
}

// ---- the tests --------------------------------------------------------------------------------------

const jobs = snippetJobs()
const choices = documentedChoices()
const ownerId = choices.map(c => c.parameters.GitHubOwnerId).find(Boolean) ?? '987654'
const repositoryOf = (immutable: boolean): Repository => ({
  owner: base.GitHubOrg,
  name: base.GitHubRepo,
  id: recommended.GitHubRepositoryId ?? '123456789',
  ownerId,
  immutable
})

/** What README's table says each choice admits (its third column, as a rule). */
const EXPECTED: Record<string, (job: AwsJob) => boolean> = {
  'environment (recommended)': job => job.environment === 'production',
  branch: job => job.environment === null && job.context === 'refs/heads/main',
  'reusable workflow': job => job.calledWorkflow && job.jobWorkflowRef.endsWith('@refs/tags/v1'),
  'environment and reusable workflow': job =>
    job.calledWorkflow && job.environment === 'production',
  'immutable owner and repository ids': job => job.environment === 'production'
}

describe('the documented trust set-ups', () => {
  it('finds the snippets and examples, including jobs inside the reusable workflow', () => {
    const where = jobs.map(job => job.where)
    expect(where.some(w => w.startsWith('examples/org-wide.yml drs -> deploy'))).toBe(true)
    expect(where.some(w => w.startsWith('examples/org-wide.yml drs -> discover'))).toBe(true)
    expect(where.some(w => w.startsWith('README.md'))).toBe(true)
    expect(where.some(w => w.startsWith('docs/workflows.md'))).toBe(true)
    expect(jobs.length).toBeGreaterThanOrEqual(12)
  })

  it('README recommends a scoped set-up CloudFormation accepts', () => {
    expect(recommended).toMatchObject({ GitHubEnvironment: 'production' })
    expect(recommended.GitHubRepositoryId).toMatch(/^\d+$/)
    expect(ruleFailures(oidcTemplate, recommended)).toEqual([])
  })

  it('every snippet and example is allowed under the recommended set-up', () => {
    const statement = trustStatement(recommended)
    const denied = jobs
      .map(job => ({ job: job.where, ...allows(statement, claimsOf(repositoryOf(false), job)) }))
      .filter(result => !result.allowed)
    expect(denied).toEqual([])
  })

  it('documents each choice, and each admits exactly the jobs its row says', () => {
    expect(choices.map(choice => choice.name).sort()).toEqual(Object.keys(EXPECTED).sort())
    // The snippets all declare the environment; these stand for the other kinds of job.
    const others = awsJobs(
      parse(
        [
          'on: { push: { branches: [main, develop], tags: [v1] }, pull_request: {} }',
          'jobs:',
          '  direct:',
          '    steps:',
          '      - uses: OWNER/drs-orchestration-action@v1',
          '        with: { oidc-role-arn: arn:aws:iam::111122223333:role/GitHubDRSOrchestrator }',
          '  called-at-main:',
          '    uses: OWNER/drs-orchestration-action/.github/workflows/deploy-drs-agents.yml@main',
          '  called-at-v1:',
          '    uses: OWNER/drs-orchestration-action/.github/workflows/deploy-drs-agents.yml@v1'
        ].join('\n')
      ) as Workflow,
      'other kinds of job:',
      'others.yml'
    )
    const all = [...jobs, ...others]
    for (const choice of choices) {
      const statement = trustStatement({ ...base, ...choice.parameters })
      const immutable = 'GitHubOwnerId' in choice.parameters
      const outcome = all.map(job => [
        choice.name,
        job.where,
        allows(statement, claimsOf(repositoryOf(immutable), job)).allowed
      ])
      expect(outcome).toEqual(all.map(job => [choice.name, job.where, EXPECTED[choice.name](job)]))
      expect([choice.name, outcome.some(([, , allowed]) => allowed)]).toEqual([choice.name, true])
    }
  })

  it('a repository with the immutable sub format needs GitHubOwnerId, and only it', () => {
    const job = jobs.find(j => j.environment === 'production')!
    const names = trustStatement(recommended)
    const ids = trustStatement({ ...recommended, GitHubOwnerId: ownerId })
    expect(allows(names, claimsOf(repositoryOf(true), job)).allowed).toBe(false)
    expect(allows(ids, claimsOf(repositoryOf(true), job)).allowed).toBe(true)
    expect(allows(ids, claimsOf(repositoryOf(false), job)).allowed).toBe(false)
  })
})

describe('the evaluation can deny', () => {
  const statement = trustStatement(recommended)
  const direct = (workflow: string): AwsJob[] =>
    awsJobs(parse(workflow) as Workflow, 'test', 'test.yml')
  const step = [
    '    steps:',
    '      - uses: OWNER/drs-orchestration-action@v1',
    '        with:',
    '          oidc-role-arn: arn:aws:iam::111122223333:role/GitHubDRSOrchestrator'
  ]

  it('denies a job without the environment, and a pull request', () => {
    const noEnvironment = direct(
      ['on: { push: { branches: [main] } }', 'jobs:', '  a:', ...step].join('\n')
    )
    expect(noEnvironment).toHaveLength(1)
    const result = allows(statement, claimsOf(repositoryOf(false), noEnvironment[0]))
    expect(result.allowed).toBe(false)
    expect(result.why.join()).toContain('repo:acme/dr-rollout:ref:refs/heads/main')
    const pr = direct(['on: pull_request', 'jobs:', '  a:', ...step].join('\n'))
    expect(allows(statement, claimsOf(repositoryOf(false), pr[0])).allowed).toBe(false)
    const staging = direct(
      ['on: push', 'jobs:', '  a:', '    environment: staging', ...step].join('\n')
    )
    expect(allows(statement, claimsOf(repositoryOf(false), staging[0])).allowed).toBe(false)
  })

  it('denies another repository with the same name (another repository_id), and another audience', () => {
    const job = direct(
      ['on: push', 'jobs:', '  a:', '    environment: production', ...step].join('\n')
    )[0]
    expect(allows(statement, claimsOf(repositoryOf(false), job)).allowed).toBe(true)
    const recreated = { ...repositoryOf(false), id: '999' }
    expect(allows(statement, claimsOf(recreated, job)).allowed).toBe(false)
    expect(allows(statement, { ...claimsOf(repositoryOf(false), job), aud: 'other' }).allowed).toBe(
      false
    )
  })

  it("follows IAM's StringLike: * any run, ? one character, the rest literal", () => {
    expect(stringLike('a/*@refs/tags/v?', 'a/x/y.yml@refs/tags/v1')).toBe(true)
    expect(stringLike('a/*@refs/tags/v?', 'a/x/y.yml@refs/tags/v10')).toBe(false)
    expect(stringLike('repo:a.b:*', 'repo:aXb:x')).toBe(false)
    expect(stringLike('repo:acme/x:*', 'repo:acme/x:ref:refs/heads/main')).toBe(true)
  })

  it('resolves the reusable workflow ref as GitHub writes it in job_workflow_ref', () => {
    expect(resolvedRef('v1')).toBe('refs/tags/v1')
    expect(resolvedRef('main')).toBe('refs/heads/main')
    const sha = 'a'.repeat(40)
    expect(resolvedRef(sha)).toBe(sha)
  })
})
