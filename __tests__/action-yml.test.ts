// action.yml is generated from INPUTS / OUTPUTS (scripts/write-action-yml.ts); these tests fail
// while the two disagree, and while either disagrees with the contract's tables.
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { INPUTS, OUTPUTS, parseSettings, type RunContext } from '../src/settings/index.js'

// ---- fixtures -------------------------------------------------------------------------------

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ACTION_YML = resolve(REPO_ROOT, 'action.yml')
/** The contract lives in shared/ beside the repository (CI puts a copy there too). */
const CONTRACT_MD = resolve(REPO_ROOT, '..', 'shared', 'CONTRACT.md')

interface ActionInput {
  description?: unknown
  required?: unknown
  default?: unknown
}

interface ActionYml {
  name?: unknown
  description?: unknown
  branding?: { icon?: unknown; color?: unknown }
  inputs?: Record<string, ActionInput>
  outputs?: Record<string, Record<string, unknown>>
  runs?: { using?: unknown; main?: unknown }
}

const action = parse(readFileSync(ACTION_YML, 'utf8')) as ActionYml
const actionInputs = action.inputs ?? {}
const actionOutputs = action.outputs ?? {}

const RUN: RunContext = {
  runId: '77',
  runAttempt: '1',
  repository: 'acme/platform',
  workflow: 'DR',
  actor: 'octocat',
  serverUrl: 'https://github.com'
}

/** The body rows (cells trimmed) of the first markdown table under `## <heading>`. */
function tableRows(markdown: string, heading: string): string[][] {
  const lines = markdown.split(/\r?\n/)
  const start = lines.findIndex(line => line.trim() === `## ${heading}`)
  if (start < 0) throw new Error(`no "## ${heading}" section in CONTRACT.md`)
  const rows: string[][] = []
  let seenHeader = false
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break
    const trimmed = line.trim()
    if (!trimmed.startsWith('|')) {
      if (seenHeader) break // the first table of the section only
      continue
    }
    const cells = trimmed
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map(cell => cell.trim())
    if (!seenHeader) seenHeader = true
    else if (!cells.every(cell => /^:?-+:?$/.test(cell))) rows.push(cells)
  }
  return rows
}

// ---- action.yml against INPUTS / OUTPUTS ---------------------------------------------------------

describe('action.yml', () => {
  test('has the same input names, in the same order, as INPUTS', () => {
    expect(Object.keys(actionInputs)).toEqual(INPUTS.map(input => input.name))
  })

  test.each(INPUTS.map(input => [input.name, input] as const))(
    'input %s matches its description',
    (name, spec) => {
      const yml = actionInputs[name]
      expect(yml).toBeDefined()
      expect(yml.description).toBe(spec.description)
      expect(yml.required).toBe(spec.required)
      if (spec.default === undefined) {
        expect(Object.keys(yml)).not.toContain('default')
      } else {
        expect(String(yml.default)).toBe(spec.default)
      }
      for (const key of Object.keys(yml))
        expect(['description', 'required', 'default']).toContain(key)
    }
  )

  test('has the same outputs, in the same order and with the same descriptions, as OUTPUTS', () => {
    expect(Object.keys(actionOutputs)).toEqual(OUTPUTS.map(output => output.name))
    for (const output of OUTPUTS) {
      expect(actionOutputs[output.name]).toEqual({ description: output.description })
    }
  })

  test('runs on node24 from dist/index.js, with a name, description and branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(typeof action.name).toBe('string')
    expect(typeof action.description).toBe('string')
    expect(typeof action.branding?.icon).toBe('string')
    expect(typeof action.branding?.color).toBe('string')
  })
})

describe('INPUTS', () => {
  test('names are unique kebab-case and descriptions are not empty', () => {
    const names = INPUTS.map(input => input.name)
    expect(new Set(names).size).toBe(names.length)
    for (const input of INPUTS) {
      expect(input.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(input.description.trim()).not.toBe('')
    }
    const outputs = OUTPUTS.map(output => output.name)
    expect(new Set(outputs).size).toBe(outputs.length)
  })

  test('a required input has no default', () => {
    for (const input of INPUTS.filter(i => i.required)) expect(input.default).toBeUndefined()
  })

  test('the parser required-ness agrees: exactly the required inputs are reported missing', () => {
    let problems: string[] = []
    try {
      parseSettings(() => '', RUN)
    } catch (error) {
      problems = (error as { problems?: string[] }).problems ?? []
    }
    const missing = problems
      .filter(p => p.endsWith('(required)'))
      .map(p => p.slice(0, p.indexOf(':')))
    // role-arn stands for the pair "exactly one of role-arn and accounts": neither given names it.
    expect(missing).toEqual(['role-arn', ...INPUTS.filter(i => i.required).map(i => i.name)])
  })
})

// ---- the contract ------------------------------------------------------------------------------------

/** The second release's sections whose first table adds install inputs. */
const ADDED_INPUT_SECTIONS = [
  'Many accounts in one run (install, check and drill alike)',
  'DRS quota preflight (install)',
  'Staged roll-out (install)'
]
const ONE_OF_ROLE_ARN_AND_ACCOUNTS = 'Exactly one of `role-arn` and `accounts` is set.'

/** The Inputs table and the tables of the sections that add inputs. */
function contractInputRows(markdown: string): string[][] {
  return [tableRows(markdown, 'Inputs'), ...ADDED_INPUT_SECTIONS.map(h => tableRows(markdown, h))]
    .flat()
    .map(([cell, ...rest]) => [cell.replace(/`/g, ''), ...rest])
}

const contractTest = existsSync(CONTRACT_MD) ? test : test.skip
const contractNote = existsSync(CONTRACT_MD) ? '' : ` [skipped: ${CONTRACT_MD} not found]`

describe('CONTRACT.md', () => {
  contractTest(
    `Inputs table names exactly the inputs of INPUTS, with the same required flags${contractNote}`,
    () => {
      const markdown = readFileSync(CONTRACT_MD, 'utf8')
      const rows = contractInputRows(markdown)
      expect(rows.length).toBeGreaterThan(0)
      // The second release makes role-arn one of a pair (role-arn or accounts), so not required.
      const oneOf = markdown.includes(ONE_OF_ROLE_ARN_AND_ACCOUNTS)
      const contract = rows.map(([cell]) => {
        const name = cell.replace(/\s*\(required\)\s*$/, '').replace(/`/g, '')
        const required = /\(required\)\s*$/.test(cell) && !(oneOf && name === 'role-arn')
        return { name, required }
      })
      expect(contract.map(row => row.name).sort()).toEqual(INPUTS.map(input => input.name).sort())
      for (const row of contract) {
        expect({
          name: row.name,
          required: INPUTS.find(input => input.name === row.name)?.required
        }).toEqual(row)
      }
    }
  )

  contractTest(`Inputs table states the same defaults as INPUTS${contractNote}`, () => {
    const rows = contractInputRows(readFileSync(CONTRACT_MD, 'utf8'))
    const defaults = new Map(
      rows.map(([cell, stated]) => [cell.replace(/\s*\(required\)\s*$/, ''), stated])
    )
    for (const input of INPUTS) {
      const stated = (defaults.get(input.name) ?? '').replace(/`/g, '')
      if (input.default !== undefined) {
        // A list default (tag-filters) may be written as prose: each item must be named.
        for (const item of input.default.split(',')) {
          expect({ [input.name]: stated }).toEqual({ [input.name]: expect.stringContaining(item) })
        }
      }
      if (/^[\w.%:=-]+$/.test(stated))
        expect({ [input.name]: input.default }).toEqual({ [input.name]: stated })
    }
  })

  contractTest(`Outputs table names exactly the outputs of OUTPUTS${contractNote}`, () => {
    const markdown = readFileSync(CONTRACT_MD, 'utf8')
    const rows = tableRows(markdown, 'Outputs and exit')
    expect(rows.length).toBeGreaterThan(0)
    // The second release adds account-count in prose ("plus `account-count`"), and the staged
    // roll-out the output `halted-count` ("Output `halted-count`").
    const added = [
      ...(markdown.includes('plus `account-count`') ? ['account-count'] : []),
      ...(markdown.includes('Output `halted-count`') ? ['halted-count'] : [])
    ]
    expect([...rows.map(([cell]) => cell.replace(/`/g, '')), ...added].sort()).toEqual(
      OUTPUTS.map(output => output.name).sort()
    )
  })
})
