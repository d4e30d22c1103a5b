// Writes check/action.yml and drill/action.yml (and the README's check and drill tables) from
// CHECK_INPUTS / CHECK_OUTPUTS in src/check/settings.ts and DRILL_INPUTS / DRILL_OUTPUTS in
// src/drill/settings.ts. Run `npm run action-yml:check` after changing a check or drill input;
// __tests__/check-settings.test.ts and drill-render.test.ts fail while they disagree.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { stringify } from 'yaml'
import { CHECK_INPUTS, CHECK_OUTPUTS } from '../src/check/settings.js'
import { DRILL_INPUTS, DRILL_OUTPUTS } from '../src/drill/settings.js'
import type { InputSpec, OutputSpec } from '../src/settings/index.js'
import { inputsTable, outputsTable, replaceBetweenMarkers } from './readme-tables.js'

function metadata(inputSpecs: readonly InputSpec[], outputSpecs: readonly OutputSpec[]) {
  const inputs: Record<string, { description: string; required: boolean; default?: string }> = {}
  for (const input of inputSpecs) {
    inputs[input.name] = {
      description: input.description,
      required: input.required,
      ...(input.default === undefined ? {} : { default: input.default })
    }
  }
  const outputs: Record<string, { description: string }> = {}
  for (const output of outputSpecs) outputs[output.name] = { description: output.description }
  return { inputs, outputs }
}

const check = {
  name: 'DRS Orchestration - protection check',
  description:
    'Read-only check that every tagged EC2 instance is replicating to AWS Elastic Disaster Recovery, within its lag bound and drilled recently; reports unprotected, unhealthy and orphaned servers.',
  author: 'drs-orchestration-action maintainers',
  branding: { icon: 'check-circle', color: 'orange' },
  ...metadata(CHECK_INPUTS, CHECK_OUTPUTS),
  runs: { using: 'node24', main: 'dist/index.js' }
}
writeFileSync(
  new URL('../check/action.yml', import.meta.url),
  '# Generated from src/check/settings.ts by `npm run action-yml:check`; edit the descriptions there.\n' +
    stringify(check, { lineWidth: 100 })
)

const drill = {
  name: 'DRS Orchestration drill',
  description:
    'Launch AWS Elastic Disaster Recovery drill instances in waves, verify their health, measure RTO and RPO per server, and terminate what the drill launched.',
  author: 'drs-orchestration-action maintainers',
  branding: { icon: 'shield', color: 'orange' },
  ...metadata(DRILL_INPUTS, DRILL_OUTPUTS),
  runs: { using: 'node24', main: 'dist/index.js', post: 'dist/index.js' }
}
// The package script formats check/action.yml and the README; drill/action.yml is formatted here.
const drillUrl = new URL('../drill/action.yml', import.meta.url)
const drillPath = fileURLToPath(drillUrl)
const drillYml =
  '# Generated from src/drill/settings.ts by `npm run action-yml:check`; main and post run the same bundle.\n' +
  stringify(drill, { lineWidth: 100 })
writeFileSync(
  drillUrl,
  await prettier.format(drillYml, {
    ...((await prettier.resolveConfig(drillPath)) ?? {}),
    filepath: drillPath
  })
)

// The README's check tables come from the same description.
const readmeUrl = new URL('../README.md', import.meta.url)
let readme = readFileSync(readmeUrl, 'utf8')
readme = replaceBetweenMarkers(readme, 'check-inputs', inputsTable(CHECK_INPUTS))
readme = replaceBetweenMarkers(readme, 'check-outputs', outputsTable(CHECK_OUTPUTS))
readme = replaceBetweenMarkers(readme, 'drill-inputs', inputsTable(DRILL_INPUTS))
readme = replaceBetweenMarkers(readme, 'drill-outputs', outputsTable(DRILL_OUTPUTS))
writeFileSync(readmeUrl, readme)
