// `npm run bench`: the bundled action end to end against the local simulator for 100, 1,000 and
// 5,000 instances over 4 source regions, in both SDK retry modes. Writes bench/results.json and
// bench/README-table.md and prints the table.
//
//   tsx bench/run.ts [--sizes 100,1000,5000] [--modes standard,adaptive] [--repeat N] [--no-write]
//   tsx bench/run.ts --smoke [--sizes 100]   CI: counts only, exits 1 when they are wrong
//   tsx bench/run.ts --accounts all|300,1000  many accounts in one step (bench/accounts.ts)
//   tsx bench/run.ts --operation check|drill|all   the check and drill sizes (bench/operations.ts)
//
// Run `npm run bundle` first: the bench measures dist/, not src/. BENCH_ENTRY=<path> measures
// another build instead; BENCH_DEBUG_DIR=<dir> writes each run's log, call timeline and RSS samples.
// Findings and what was changed because of them: bench/FINDINGS.md.
import { writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { format, resolveConfig } from 'prettier'
import { DEFAULT_RETRY_MODE } from '../src/aws/retry.js'
import { repoRoot } from '../test/e2e/harness.js'
import { bundleSize, measure, type Figures, type RetryMode } from './measure.js'
import { smokeProblems } from './smoke.js'
import {
  betterMode,
  bundleMisses,
  summarise,
  figuresTable,
  markdownReport,
  misses,
  operationsTable,
  TARGETS
} from './report.js'

function list<T extends string | number>(
  value: string | undefined,
  parse: (s: string) => T
): T[] | null {
  if (value === undefined) return null
  return value
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
    .map(parse)
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      modes: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      repeat: { type: 'string' },
      accounts: { type: 'string' },
      operation: { type: 'string' }
    }
  })
  // Many accounts in one step (bench/accounts.ts): `--accounts all` or `--accounts 300,1000`.
  if (values.accounts !== undefined) {
    const { runAccountsBench } = await import('./accounts.js')
    return runAccountsBench(values.accounts === 'all' ? null : list(values.accounts, Number))
  }
  if (values.operation) {
    // The check and drill benchmarks (bench/operations.ts).
    const { runOperationBench } = await import('./operations.js')
    return runOperationBench(values.operation, !values['no-write'])
  }
  const smoke = values.smoke ?? false
  const sizes = list(values.sizes, Number) ?? (smoke ? [100] : [100, 1000, 5000])
  const modes =
    list(values.modes, s => {
      if (s !== 'standard' && s !== 'adaptive') throw new Error(`unknown retry mode ${s}`)
      return s as RetryMode
    }) ?? (smoke ? [DEFAULT_RETRY_MODE] : (['standard', 'adaptive'] as RetryMode[]))
  const repeat = Number(values.repeat ?? 1)
  if (!Number.isInteger(repeat) || repeat < 1)
    throw new Error(`--repeat takes a whole number, got ${values.repeat}`)
  if (sizes.some(size => !Number.isInteger(size) || size < 4)) {
    throw new Error(`--sizes takes whole numbers of 4 or more, got ${values.sizes}`)
  }

  const loadAverage = loadavg()[0]
  const runs: Figures[] = []
  for (const size of sizes) {
    for (let round = 0; round < repeat; round++)
      for (const mode of modes) {
        process.stderr.write(`bench: ${size} instances, ${mode} retry mode ... `)
        const figures = await measure(size, mode)
        runs.push(figures)
        process.stderr.write(
          `${figures.calls.total} calls, overhead ${figures.overheadMs} ms, ` +
            `start-up ${figures.startupMs} ms, peak ${figures.peakRssMiB?.toFixed(0)} MiB\n`
        )
      }
  }

  const summaries = summarise(runs)
  if (smoke) {
    console.log(figuresTable(summaries, DEFAULT_RETRY_MODE))
    let failed = false
    for (const run of runs) {
      const problems = smokeProblems(run)
      if (problems.length > 0) {
        failed = true
        console.error(
          `bench smoke: ${run.size} instances (${run.retryMode}): ${problems.join('; ')}`
        )
      }
    }
    if (!failed) console.log(`bench smoke: counts as expected for ${sizes.join(', ')} instance(s)`)
    return failed ? 1 : 0
  }

  const bundle = await bundleSize()
  const meta = {
    node: process.versions.node,
    cpus: availableParallelism(),
    loadAverage,
    date: new Date().toISOString().slice(0, 10)
  }
  const better = betterMode(summaries)
  const targetMisses = summaries
    .flatMap(summary =>
      misses(summary).map(miss => `${summary.size} ${summary.retryMode}: ${miss}`)
    )
    .concat(bundleMisses(bundle))
  const markdown = markdownReport(summaries, bundle, DEFAULT_RETRY_MODE, meta)
  console.log(`\n${figuresTable(summaries, DEFAULT_RETRY_MODE)}\n\n${operationsTable(summaries)}\n`)
  console.log(
    `bundle: ${bundle.onDiskBytes} bytes on disk, archive (gzip -6) ${bundle.archiveGzipBytes} bytes; ` +
      `install action: loader + shared.js ${bundle.indexJsBytes} bytes, before its code runs ` +
      `${bundle.startupJsBytes} bytes, all it can load ${bundle.totalJsBytes} bytes` +
      (bundle.unreferenced.length > 0 ? `, unreferenced ${bundle.unreferenced.join(' ')}` : '')
  )
  if (better) {
    console.log(
      `better retry mode: ${better.mode} (${better.why})` +
        (better.mode === DEFAULT_RETRY_MODE ? '' : ` — DEFAULT_RETRY_MODE is ${DEFAULT_RETRY_MODE}`)
    )
  }
  console.log(
    targetMisses.length > 0
      ? `targets missed:\n  ${targetMisses.join('\n  ')}`
      : sizes.includes(TARGETS.size)
        ? `every target met at ${TARGETS.size} instances`
        : `(targets are judged at ${TARGETS.size} instances)`
  )

  if (!values['no-write']) {
    const results = {
      ...meta,
      defaultRetryMode: DEFAULT_RETRY_MODE,
      betterRetryMode: better,
      targets: TARGETS,
      targetMisses,
      bundle,
      summaries,
      runs
    }
    await writeFile(
      join(repoRoot, 'bench', 'results.json'),
      JSON.stringify(results, null, 2) + '\n'
    )
    // Formatted as `npm run format:check` wants it, so the file can be committed as written.
    const tablePath = join(repoRoot, 'bench', 'README-table.md')
    const options = (await resolveConfig(tablePath)) ?? {}
    await writeFile(tablePath, await format(markdown, { ...options, filepath: tablePath }))
    console.log('wrote bench/results.json and bench/README-table.md')
  }
  return 0
}

process.exitCode = await main()
