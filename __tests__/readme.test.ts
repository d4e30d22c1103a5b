// The README is the newcomer's page: its tables come from the one input description, and the
// commands and sections it promises exist.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { betweenMarkers, inputsTable, outputsTable } from '../scripts/readme-tables.js'
import { INPUTS, OUTPUTS } from '../src/settings/index.js'
import { repoRoot } from '../test/e2e/harness.js'

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
}

/** Table rows as trimmed cells, so prettier's column alignment does not matter. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter(line => line.trim().startsWith('|') && !/^\|[\s|:-]+\|$/.test(line.trim()))
    .map(line =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cellText => cellText.trim())
    )
}

describe('README', () => {
  test('the inputs table is the one generated from src/settings/spec.ts (npm run action-yml)', () => {
    const table = betweenMarkers(readme, 'inputs')
    expect(table).not.toBeNull()
    expect(tableCells(table!)).toEqual(tableCells(inputsTable(INPUTS)))
  })

  test('the outputs table is the one generated from src/settings/spec.ts', () => {
    const table = betweenMarkers(readme, 'outputs')
    expect(table).not.toBeNull()
    expect(tableCells(table!)).toEqual(tableCells(outputsTable(OUTPUTS)))
  })

  test('the quick start commands exist as npm scripts', () => {
    for (const command of ['npm ci', 'npm run demo', 'npm test']) expect(readme).toContain(command)
    expect(packageJson.scripts.demo).toBeDefined()
    expect(packageJson.scripts.test).toBeDefined()
    expect(packageJson.scripts.bench).toBeDefined()
  })

  test('shows a workflow for each use, the IAM set-up and troubleshooting', () => {
    for (const heading of [
      '### One account, on push to main',
      '### A matrix over accounts',
      '### By hand (`workflow_dispatch`)',
      '## AWS set-up (IAM)',
      '## Troubleshooting',
      '## Performance'
    ]) {
      expect(readme).toContain(heading)
    }
    expect(readme).toContain('id-token: write')
    expect(readme).toContain('workflow_dispatch:')
    expect(readme).toContain('matrix:')
  })

  test('every input used in the README workflows is a declared input', () => {
    const names = new Set(INPUTS.map(input => input.name))
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1])
    let checked = 0
    for (const block of blocks) {
      const uses = block.indexOf('drs-orchestration-action@')
      if (uses < 0) continue
      const withBlock = /\n(\s+)with:\n((?:\1\s+[\w-]+:.*\n?)+)/.exec(block.slice(uses))
      for (const line of withBlock?.[2].split('\n') ?? []) {
        const key = /^\s+([\w-]+):/.exec(line)?.[1]
        if (!key) continue
        expect(names).toContain(key)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(10)
  })
})
