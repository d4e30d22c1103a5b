// `npm run demo`: starts the local AWS simulator with a sample fleet, runs the bundled action
// against it exactly as a GitHub runner would, and prints the job summary table and the outputs.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderTerminalTable } from '../src/report/terminal.js'
import type { Row } from '../src/shared/rows.js'
import { startSimulator } from '../test/simulator/index.js'
import { repoRoot, runAction } from '../test/e2e/harness.js'

const scenarioPath = process.argv[2] ?? join(repoRoot, 'test', 'scenarios', 'demo.json')
const scenario = JSON.parse(await readFile(scenarioPath, 'utf8'))
const simulator = await startSimulator(scenario)
console.log(`Local AWS simulator listening on ${simulator.url} (scenario ${scenarioPath})`)
console.log('Running dist/index.js as the GitHub runner would...\n')

try {
  const run = await runAction({
    simulator,
    inputs: {
      'oidc-role-arn': 'arn:aws:iam::111111111111:role/GitHubDRSOrchestrator',
      'role-arn': 'arn:aws:iam::222222222222:role/DRSOrchestrationRole',
      'external-id': 'drs-demo-external-id',
      'source-regions': 'us-east-1,eu-west-1',
      'target-region': 'us-west-2',
      'wait-for': 'install',
      'timeout-minutes': '30'
    }
  })
  // The runner hides ::add-mask:: and ::debug:: commands; so does the demo.
  const logLines = run.log.trimEnd().split('\n')
  const masked = logLines.filter(line => line.startsWith('::add-mask::')).length
  console.log(`--- action log (${masked} secrets masked with ::add-mask::) ---`)
  console.log(logLines.filter(line => !/^::(add-mask|debug)::/.test(line)).join('\n'))
  console.log('\n--- job summary (as a table) ---')
  console.log(renderTerminalTable((run.resultsFileRows ?? []) as Row[]))
  console.log('\n--- outputs ---')
  for (const [name, value] of Object.entries(run.outputs)) {
    if (name === 'results') continue
    console.log(`${name}: ${value}`)
  }
  console.log(`results: ${run.outputs.results?.length ?? 0} characters of JSON (see results-file)`)
  const calls = simulator.calls()
  console.log(`\nThe simulator answered ${calls.length} AWS requests. Exit code: ${run.exitCode}`)
  console.log('(An exit code of 1 is expected here: the sample fleet has an install that fails.)')
} finally {
  await simulator.close()
}
