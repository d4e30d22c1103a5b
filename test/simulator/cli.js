#!/usr/bin/env node
// @ts-check
// node test/simulator/cli.js <scenario.json> [--port N] [--host H]
// Starts the simulator, prints the environment a client needs, and stays up until Ctrl-C.

import { startSimulator } from './index.js'

const USAGE = 'usage: node test/simulator/cli.js <scenario.json> [--port N] [--host 127.0.0.1]'

async function main() {
  const args = process.argv.slice(2)
  /** @type {string | undefined} */
  let file
  /** @type {number | undefined} */
  let port
  let host = '127.0.0.1'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--port') port = Number(args[++i])
    else if (arg.startsWith('--port=')) port = Number(arg.slice(7))
    else if (arg === '--host') host = String(args[++i])
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE)
      return
    } else if (!file) file = arg
    else {
      console.error(USAGE)
      process.exit(2)
    }
  }
  if (!file || (port !== undefined && !Number.isInteger(port))) {
    console.error(USAGE)
    process.exit(2)
  }
  const sim = await startSimulator(file, { port, host })
  console.log(`AWS simulator listening on ${sim.url} (scenario ${file})`)
  console.log('# paste into a shell:')
  for (const [name, value] of Object.entries(sim.env())) {
    console.log(`export ${name}='${value.replace(/'/g, "'\\''")}'`)
  }
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    const calls = sim.calls()
    const errors = calls.filter(c => c.error).length
    console.log(`\nstopping: ${calls.length} calls served (${errors} answered with an error)`)
    await sim.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
