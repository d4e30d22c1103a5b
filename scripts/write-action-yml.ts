// Writes action.yml, and the input/output tables of README.md, from the one description in
// src/settings/spec.ts. Run `npm run action-yml` after changing an input; tests fail while they disagree.
import { readFileSync, writeFileSync } from 'node:fs'
import { stringify } from 'yaml'
import { INPUTS, OUTPUTS } from '../src/settings/index.js'
import { inputsTable, outputsTable, replaceBetweenMarkers } from './readme-tables.js'

const inputs: Record<string, { description: string; required: boolean; default?: string }> = {}
for (const input of INPUTS) {
  inputs[input.name] = {
    description: input.description,
    required: input.required,
    ...(input.default === undefined ? {} : { default: input.default })
  }
}
const outputs: Record<string, { description: string }> = {}
for (const output of OUTPUTS) outputs[output.name] = { description: output.description }

const action = {
  name: 'DRS Orchestration',
  description:
    'Install the AWS Elastic Disaster Recovery agent on tagged EC2 instances across regions of an account, through SSM, from GitHub OIDC.',
  author: 'drs-orchestration-action maintainers',
  branding: { icon: 'shield', color: 'orange' },
  inputs,
  outputs,
  runs: { using: 'node24', main: 'dist/index.js' }
}

const header =
  '# Generated from src/settings/spec.ts by `npm run action-yml`; edit the description there.\n'
writeFileSync(
  new URL('../action.yml', import.meta.url),
  header + stringify(action, { lineWidth: 100 })
)

const readmeUrl = new URL('../README.md', import.meta.url)
let readme = readFileSync(readmeUrl, 'utf8')
readme = replaceBetweenMarkers(readme, 'inputs', inputsTable(INPUTS))
readme = replaceBetweenMarkers(readme, 'outputs', outputsTable(OUTPUTS))
writeFileSync(readmeUrl, readme)
