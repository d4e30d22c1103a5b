// `npm run demo`: starts the local AWS simulator with a sample fleet, runs the bundled action
// against it exactly as a GitHub runner would, and prints the job summary table and the outputs.
// `npm run demo -- check`: the protection check of a sample fleet in every check status, run by
// the bundled CLI (`drs-orchestrate check`) as a user would type it, first for an account with
// DRS, then for one whose DRS is not initialised.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderTerminalTable } from '../src/report/terminal.js'
import type { Row } from '../src/shared/rows.js'
import { startSimulator } from '../test/simulator/index.js'
import { repoRoot, runAction } from '../test/e2e/harness.js'

type Simulator = Awaited<ReturnType<typeof startSimulator>>

const checkDemo = process.argv[2] === 'check'
const scenarioArgument = checkDemo ? process.argv[3] : process.argv[2]
const scenarioPath =
  scenarioArgument ?? join(repoRoot, 'test', 'scenarios', checkDemo ? 'check.json' : 'demo.json')
const scenario = JSON.parse(await readFile(scenarioPath, 'utf8'))
// The check waits for nothing: real time keeps its ages (last seen, last drill) as written.
if (checkDemo) scenario.timeScale = 1
const simulator = await startSimulator(scenario)
console.log(`Local AWS simulator listening on ${simulator.url} (scenario ${scenarioPath})`)

try {
  if (checkDemo) await runCheckDemo(simulator)
  else await runInstallDemo(simulator)
} finally {
  await simulator.close()
}

/** The bundled CLI with the scenario's keys and the simulator as AWS; its output goes to ours. */
async function drsOrchestrate(sim: Simulator, args: string[], roleArn: string): Promise<number> {
  const home = await mkdtemp(join(tmpdir(), 'drs-demo-'))
  try {
    const child = spawn(process.execPath, [join(repoRoot, 'cli', 'dist', 'index.js'), ...args], {
      stdio: 'inherit',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        USER: process.env.USER ?? 'demo',
        TERM: process.env.TERM ?? 'dumb',
        AWS_CONFIG_FILE: join(home, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ENDPOINT_URL: sim.url,
        AWS_ACCESS_KEY_ID: sim.ambient.accessKeyId,
        AWS_SECRET_ACCESS_KEY: sim.ambient.secretAccessKey,
        AWS_ROLE_ARN: roleArn,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
      }
    })
    return await new Promise(done => child.on('close', code => done(code ?? 1)))
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

async function runCheckDemo(sim: Simulator): Promise<void> {
  const accounts = [
    ['222222222222', 'a fleet in every check status'],
    ['333333333333', 'DRS not initialised in us-west-2']
  ]
  for (const [account, what] of accounts) {
    const roleArn = `arn:aws:iam::${account}:role/DRSOrchestrationRole`
    const args = ['check', account, 'us-east-1', 'us-west-2']
    const flags = ['--external-id', 'drs-demo-external-id', '--max-drill-age-days', '90']
    console.log(`\n=== account ${account}: ${what} ===`)
    console.log(
      `$ AWS_ROLE_ARN=${roleArn} \\\n    drs-orchestrate ${[...args, ...flags].join(' ')}\n`
    )
    const code = await drsOrchestrate(sim, [...args, ...flags], roleArn)
    console.log(`\nExit code: ${code} (1: a row has a status in --fail-on; 0: none has).`)
  }
  const writes = sim
    .calls()
    .filter(call => !/^(Describe|List|Get|AssumeRole)/.test(call.operation ?? ''))
  console.log(
    `\nThe simulator answered ${sim.calls().length} AWS requests, ${writes.length} of them not a read: the check is read-only.`
  )
}

async function runInstallDemo(simulator: Simulator): Promise<void> {
  console.log('Running dist/index.js as the GitHub runner would...\n')
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
}
