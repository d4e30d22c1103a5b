// Writes check/action.yml (and the README's check tables) from CHECK_INPUTS / CHECK_OUTPUTS in src/check/settings.ts. Run
// `npm run action-yml:check` after changing a check input; __tests__/check-settings.test.ts fails while they disagree.
import { readFileSync, writeFileSync } from 'node:fs'
import { stringify } from 'yaml'
import { CHECK_INPUTS, CHECK_OUTPUTS } from '../src/check/settings.js'
import { inputsTable, outputsTable, replaceBetweenMarkers } from './readme-tables.js'

const inputs: Record<string, { description: string; required: boolean; default?: string }> = {}
for (const input of CHECK_INPUTS) {
  inputs[input.name] = {
    description: input.description,
    required: input.required,
    ...(input.default === undefined ? {} : { default: input.default })
  }
}
const outputs: Record<string, { description: string }> = {}
for (const output of CHECK_OUTPUTS) outputs[output.name] = { description: output.description }

const action = {
  name: 'DRS Orchestration - protection check',
  description:
    'Read-only check that every tagged EC2 instance is replicating to AWS Elastic Disaster Recovery, within its lag bound and drilled recently; reports unprotected, unhealthy and orphaned servers.',
  author: 'drs-orchestration-action maintainers',
  branding: { icon: 'check-circle', color: 'orange' },
  inputs,
  outputs,
  runs: { using: 'node24', main: 'dist/index.js' }
}

const header =
  '# Generated from src/check/settings.ts by `npm run action-yml:check`; edit the descriptions there.\n'
writeFileSync(
  new URL('../check/action.yml', import.meta.url),
  header + stringify(action, { lineWidth: 100 })
)

// The README's check tables come from the same description.
const readmeUrl = new URL('../README.md', import.meta.url)
let readme = readFileSync(readmeUrl, 'utf8')
readme = replaceBetweenMarkers(readme, 'check-inputs', inputsTable(CHECK_INPUTS))
readme = replaceBetweenMarkers(readme, 'check-outputs', outputsTable(CHECK_OUTPUTS))
writeFileSync(readmeUrl, readme)
