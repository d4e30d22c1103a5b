// The reusable workflow's own shell steps, run as the runner runs them (bash, jq): the shards
// built from the accounts input, and the artifact prefix that keeps two calls in one run apart.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const workflow = parse(
  readFileSync(join(REPO_ROOT, '.github/workflows/deploy-drs-agents.yml'), 'utf8')
) as { jobs: { discover: { steps: Array<{ id?: string; run?: string }> } } }
const script = (id: string): string =>
  workflow.jobs.discover.steps.find(step => step.id === id)?.run ?? ''

const folder = mkdtempSync(join(tmpdir(), 'workflow-shards-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
let runs = 0

interface StepRun {
  status: number | null
  outputs: Record<string, string>
  log: string
}

function runStep(id: string, env: Record<string, string>): StepRun {
  const output = join(folder, `output-${runs++}`)
  const result = spawnSync('bash', ['-c', script(id)], {
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...env },
    encoding: 'utf8'
  })
  let text = ''
  try {
    text = readFileSync(output, 'utf8')
  } catch {
    // no outputs written
  }
  const outputs = Object.fromEntries(
    text
      .split('\n')
      .filter(line => line.includes('='))
      .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  )
  return { status: result.status, outputs, log: `${result.stdout}${result.stderr}` }
}

const ids = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => String(100000000000 + i))
const list = (accounts: unknown, extra: Record<string, string> = {}): StepRun =>
  runStep('list', {
    ACCOUNTS: JSON.stringify(accounts),
    ROLE_NAME: 'DRSOrchestrationRole',
    EXCLUDE: '',
    PER_JOB: '',
    OIDC_ROLE_ARN: '',
    ...extra
  })

const tools = ['bash', 'jq'].every(tool => spawnSync(tool, ['--version']).status === 0)
;(tools ? describe : describe.skip)('the reusable workflow: shards from the accounts input', () => {
  it('puts every account in one shard of accounts-per-job, in account order', () => {
    const run = list(
      [
        '555555555555',
        '222222222222',
        {
          'account-id': '333333333333',
          'role-arn': 'arn:aws:iam::333333333333:role/DRSOrchestrationRole'
        },
        '444444444444',
        '111111111111',
        '222222222222'
      ],
      { PER_JOB: '2', EXCLUDE: '444444444444' }
    )
    expect(run.status).toBe(0)
    expect(JSON.parse(run.outputs.shards)).toEqual({
      include: [
        { shard: '1', accounts: '111111111111,222222222222' },
        { shard: '2', accounts: '333333333333,555555555555' }
      ]
    })
    expect(run.outputs['account-count']).toBe('4')
    expect(JSON.parse(run.outputs.matrix).include).toHaveLength(4)
  })

  it('runs 1,000 accounts in at most 256 jobs by default, without a matrix', () => {
    const run = list(ids(1000))
    expect(run.status).toBe(0)
    const shards = JSON.parse(run.outputs.shards) as {
      include: Array<{ shard: string; accounts: string }>
    }
    expect(shards.include).toHaveLength(250)
    expect(shards.include.flatMap(shard => shard.accounts.split(','))).toEqual(ids(1000))
    expect(shards.include.at(-1)?.shard).toBe('250')
    expect(run.outputs.matrix).toBeUndefined()
    expect(run.outputs['account-count']).toBe('1000')
  })

  it('one account per shard up to 256 accounts', () => {
    const run = list(ids(256))
    expect(JSON.parse(run.outputs.shards).include).toHaveLength(256)
  })

  it.each([
    ['1', ids(300), 'accounts-per-job: 1 makes 300 shards for 300 accounts'],
    ['0', ids(3), 'accounts-per-job: expected a whole number of accounts of at least 1, got "0"'],
    [
      'two',
      ids(3),
      'accounts-per-job: expected a whole number of accounts of at least 1, got "two"'
    ]
  ])('rejects accounts-per-job %s, naming it', (perJob, accounts, message) => {
    const run = list(accounts, { PER_JOB: perJob })
    expect(run.status).toBe(1)
    expect(run.log).toContain(`::error::${message}`)
    expect(run.outputs).toEqual({})
  })

  it('rejects an entry whose role-arn is not role-name (every job uses role-name)', () => {
    const run = list([
      { 'account-id': '333333333333', 'role-arn': 'arn:aws:iam::333333333333:role/Other' }
    ])
    expect(run.status).not.toBe(0)
    expect(run.log).toContain('the role-arn of 333333333333 is not role-name DRSOrchestrationRole')
    expect(run.outputs).toEqual({})
  })
})

;(tools ? describe : describe.skip)('the reusable workflow: artifact prefix', () => {
  const prefix = (given: string): StepRun =>
    runStep('prefix', { PREFIX: given, RUN_ID: '4242', RUN_ATTEMPT: '2' })

  it('two calls in one run get different prefixes by default, both from the run', () => {
    const first = prefix('').outputs.prefix
    const second = prefix('').outputs.prefix
    expect(first).toMatch(/^drs-4242-2-[0-9a-f]{8}$/)
    expect(second).toMatch(/^drs-4242-2-[0-9a-f]{8}$/)
    expect(first).not.toBe(second)
  })

  it('keeps a given prefix, and rejects one an artifact name cannot carry', () => {
    expect(prefix('eu-shop').outputs.prefix).toBe('eu-shop')
    const bad = prefix('eu shop/1')
    expect(bad.status).toBe(1)
    expect(bad.log).toContain('::error::artifact-prefix: expected letters, digits and . _ -')
    expect(bad.outputs).toEqual({})
  })
})
