// `drs-orchestrate drill`: the drill from a terminal, as the drill action runs it
// (src/drill/engine.ts). A terminal has no post step, so the signal handler is the cleanup that
// cannot be forgotten: the first SIGINT/SIGTERM stops the drill, terminates and confirms what this
// run launched (the ledger), reports and exits 1; a second one exits at once, naming what may be left.
import { setMaxListeners } from 'node:events'
import { PROGRAM, type RunCommand } from './cli-args.js'
import {
  ambientCredentials,
  Console,
  consolePort,
  EXIT_FAILED,
  EXIT_OK,
  jsonDocument,
  startingCredentialsText,
  tryWriteRows,
  type CliContext
} from './cli-console.js'
import { cliRunUrl } from './cli-install.js'
import { countsFromOutputs, drillByStatus, renderDrillTerminal } from './cli-render.js'
import { buildDrillOutputs, drillLogLine } from '../drill/render.js'
import { drillFailureRow, type DrillRow } from '../drill/rows.js'
import type { DrillSettings } from '../drill/settings.js'
import { DrillLedger } from '../drill/state.js'
import { errorMessage, type RunnerPort } from '../shared/port.js'
import type { cleanUpLeftovers } from '../drill/engine.js'

type LeftoverOptions = Parameters<typeof cleanUpLeftovers>[3]

/** After the first signal the engine gets this long to hand back its rows before cleanup starts. */
const CANCEL_GRACE_MS = 3000

interface DrillOutcome {
  rows: readonly DrillRow[]
  stopped: string | null
  unconfirmed: number
}

async function report(
  command: RunCommand<DrillSettings>,
  outcome: DrillOutcome,
  io: Console
): Promise<number> {
  io.stop()
  const { settings } = command
  const { rows, stopped, unconfirmed } = outcome
  const written = await tryWriteRows(command.resultsFile, settings.accountId, 'cli-drill', rows)
  const outputs = buildDrillOutputs(rows, 1)
  if (command.json) {
    const counts = { ...countsFromOutputs(outputs), unconfirmed, byStatus: drillByStatus(rows) }
    io.out(jsonDocument(counts, rows, written.resultsFile, stopped))
    if (written.resultsFile) io.log(`Results file: ${written.resultsFile}`)
  } else {
    io.out(`${renderDrillTerminal(rows)}\n\n${drillLogLine(rows)}\n`)
    if (written.resultsFile) io.out(`Results file: ${written.resultsFile}\n`)
  }
  if (written.writeProblem) io.log(`error: ${written.writeProblem}`)
  const failed = Number(outputs['failed-count'])
  const failing = settings.failOnError && failed > 0
  if (stopped) io.log(`error: ${stopped}`)
  if (unconfirmed > 0) {
    io.log(
      `error: ${unconfirmed} drill instance termination(s) could not be confirmed: terminate them in the DRS console (${settings.targetRegion}); they keep costing money.`
    )
  }
  if (!stopped && failing) {
    io.log(`error: ${failed} server(s) failed, timed out or were not started; see the table above.`)
  }
  return stopped || unconfirmed > 0 || failing || written.writeProblem ? EXIT_FAILED : EXIT_OK
}

/** What a run that ends now may leave running, from the ledger: its jobs not confirmed clean. */
export function leftoverText(ledger: DrillLedger, targetRegion: string): string {
  const { jobs, confirmed } = ledger.state
  if (jobs.length === 0) return 'no drill job was started, nothing is left running.'
  const list = jobs.map(job => `${job.jobId} (${job.sourceServerIds.join(', ')})`).join('; ')
  return (
    `drill instances of job(s) ${list} may still be running (${confirmed.length} termination(s) confirmed so far): ` +
    `terminate them with the DRS console's "Terminate recovery instances" in ${targetRegion}.`
  )
}

/** The signals: the first cancels (and starts the grace), a second exits at once. */
class Interrupts {
  readonly cancel = new AbortController()
  signalName: NodeJS.Signals | null = null
  /** Resolves when the grace after the first signal has passed. */
  readonly graceOver: Promise<null>
  private startGrace: () => void = () => undefined

  constructor(
    private readonly io: Console,
    private readonly leftovers: () => string
  ) {
    // Every in-flight AWS request listens on this signal.
    setMaxListeners(0, this.cancel.signal)
    this.graceOver = new Promise(done => {
      this.startGrace = () => setTimeout(() => done(null), CANCEL_GRACE_MS).unref()
    })
    process.on('SIGINT', this.onSignal)
    process.on('SIGTERM', this.onSignal)
  }

  dispose(): void {
    process.off('SIGINT', this.onSignal)
    process.off('SIGTERM', this.onSignal)
  }

  private readonly onSignal = (signal: NodeJS.Signals): void => {
    if (this.signalName) {
      this.io.stop()
      this.io.log(`error: received ${signal} again: exiting now; ${this.leftovers()}`)
      process.exit(EXIT_FAILED)
    }
    this.signalName = signal
    this.io.log(
      `warning: received ${signal}: stopping the drill and terminating what this run launched before exiting (again to quit at once, leaving them running).`
    )
    this.cancel.abort()
    this.startGrace()
  }
}

/** After a signal or a crash: terminate and confirm from the ledger, then report the rows. */
async function cleanUpAndReport(
  command: RunCommand<DrillSettings>,
  run: { io: Console; port: RunnerPort; ledger: DrillLedger; options: LeftoverOptions },
  rows: readonly DrillRow[],
  stopped: string
): Promise<number> {
  const { settings } = command
  const { io, ledger } = run
  const { cleanUpLeftovers, applyCleanup } = await import('../drill/engine.js')
  const known =
    rows.length > 0
      ? rows
      : settings.sourceRegions.map(region =>
          drillFailureRow(settings.accountId, region, `${stopped} No server was known yet.`)
        )
  let cleanup: Awaited<ReturnType<typeof cleanUpLeftovers>>
  try {
    cleanup = await cleanUpLeftovers(settings, ledger, run.port, run.options)
  } catch (error) {
    cleanup = { result: null, fatal: errorMessage(error), accountFailures: [] }
  }
  if (cleanup.fatal) io.log(`error: the cleanup could not start (${cleanup.fatal}).`)
  for (const failure of cleanup.accountFailures)
    io.log(
      `error: the cleanup in account ${failure.accountId} could not start (${failure.message}).`
    )
  const note = cleanup.fatal
    ? 'not terminated: the cleanup could not start'
    : settings.cleanup === 'never'
      ? 'kept (cleanup: never)'
      : 'kept (cleanup: on-success keeps failed drills)'
  const cleaned = applyCleanup(known, cleanup.result, note)
  const unconfirmed =
    cleanup.fatal || cleanup.accountFailures.length > 0
      ? Math.max(1, cleaned.filter(row => row.terminated === false).length)
      : (cleanup.result?.unconfirmed ?? 0)
  if (unconfirmed > 0) io.log(`warning: ${leftoverText(ledger, settings.targetRegion)}`)
  return report(command, { rows: cleaned, stopped, unconfirmed }, io)
}

export async function runDrillCommand(
  command: RunCommand<DrillSettings>,
  context: CliContext
): Promise<number> {
  const { settings } = command
  const { env, redactor } = context
  const io = Console.open(context, settings.externalId)
  const port = consolePort(io, context, settings)
  const ledger = new DrillLedger(settings.cleanup)
  const interrupts = new Interrupts(io, () => leftoverText(ledger, settings.targetRegion))
  let latest: readonly DrillRow[] = []
  io.log(
    `${PROGRAM} ${context.version} drill: account ${settings.accountId}, role ${settings.roleArn}, source regions ` +
      `${settings.sourceRegions.join(', ')}, target region ${settings.targetRegion}, health-check ${settings.healthCheck}, ` +
      `cleanup ${settings.cleanup}${settings.dryRun ? ', dry run' : ''}; starting credentials: ` +
      `${startingCredentialsText(settings, command.profile, env)}; session ${settings.roleSessionName}.`
  )
  io.start('assuming the role, planning the waves')
  const options: LeftoverOptions = {
    env,
    userAgent: `${PROGRAM}-drill/${context.version}`,
    runUrl: cliRunUrl(settings)
  }
  const run = { io, port, ledger, options }
  try {
    options.ambient = await ambientCredentials(settings, command, redactor)
    const { runDrill } = await import('../drill/engine.js')
    const engine = runDrill(settings, port, {
      ...options,
      ledger,
      signal: interrupts.cancel.signal,
      cancelNote: null,
      progress: rows => (latest = rows)
    })
    // After the grace the engine may still be unwinding; its late failure changes nothing.
    engine.catch(() => undefined)
    const result = await Promise.race([engine, interrupts.graceOver])
    const signal = interrupts.signalName
    // A signal after the drill's own cleanup finished changes nothing: report it as it ended.
    if (result && (!signal || ledger.state.finished))
      return await report(command, { ...result, stopped: result.fatal }, io)
    return await cleanUpAndReport(command, run, result?.rows ?? latest, `Cancelled by ${signal}.`)
  } catch (error) {
    return await cleanUpAndReport(command, run, latest, `Unexpected error: ${errorMessage(error)}`)
  } finally {
    interrupts.dispose()
  }
}
