// The report action front: the only module of this action that talks to the runner
// (@actions/core). It finds and reads the results files; src/org/report.ts turns them into the
// outputs and the summary.
import * as core from '@actions/core'
import * as glob from '@actions/glob'
import { readFile, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { runContextFromEnv, runUrl } from './run-context.js'
import {
  buildOrgReport,
  hasGlob,
  normalisePath,
  parseReportSettings,
  parseResultsFile,
  renderOrgSummary,
  reportFailure,
  reportLogLine,
  reportOutputs,
  unreadableFile,
  type ReportSettings,
  type ResultsFile
} from '../org/report.js'
import { errorMessage } from '../shared/port.js'
import { channel, setOutputs, writeSummary } from './report-channels.js'

/** A results file far beyond any real run (a million rows is ~300 MiB) is not read. */
const MAX_FILE_BYTES = 512 * 1024 * 1024

interface Found {
  /** Paths as the user would write them (relative to the workspace when the pattern was). */
  files: string[]
  /** Explicit paths (no glob) that do not exist. */
  missing: string[]
}

/**
 * The files the glob patterns match, through @actions/glob (** any folders, * and ? in a name,
 * [...] sets; a line starting with ! leaves matches out), as paths relative to the workspace when
 * the pattern was relative.
 */
async function globbed(patterns: readonly string[]): Promise<string[]> {
  if (patterns.length === 0) return []
  const globber = await glob.create(patterns.join('\n'), {
    matchDirectories: false,
    implicitDescendants: false
  })
  const cwd = process.cwd()
  return (await globber.glob()).map(path => {
    const inside = relative(cwd, path)
    return isAbsolute(inside) || inside.startsWith('..') ? path : normalisePath(inside)
  })
}

async function expand(raw: readonly string[]): Promise<Found> {
  const files: string[] = []
  const missing: string[] = []
  const patterns: string[] = []
  for (const line of raw) {
    const pattern = normalisePath(line)
    if (hasGlob(pattern) || line.startsWith('!')) {
      patterns.push(line.startsWith('!') ? `!${normalisePath(line.slice(1))}` : pattern)
      continue
    }
    const info = await stat(pattern).catch(() => null)
    if (!info) missing.push(pattern)
    else if (info.isDirectory()) patterns.push(`${pattern}/**/*.json`)
    else files.push(pattern)
  }
  files.push(...(await globbed(patterns)))
  // The same file matched twice (overlapping patterns) is read once.
  const seen = new Set<string>()
  const unique = files.filter(path => {
    const key = resolve(path)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { files: unique.sort(), missing }
}

async function readResults(path: string): Promise<ResultsFile> {
  try {
    const info = await stat(path)
    if (info.size > MAX_FILE_BYTES) {
      return unreadableFile(path, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not read`)
    }
    return parseResultsFile(path, await readFile(path, 'utf8'))
  } catch (error) {
    return unreadableFile(path, `could not be read (${errorMessage(error)})`)
  }
}

export async function run(): Promise<void> {
  let settings: ReportSettings
  try {
    settings = parseReportSettings(name => core.getInput(name))
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }

  try {
    const found = await expand(settings.patterns)
    if (found.files.length === 0) {
      const missing = found.missing.length > 0 ? ` (not found: ${found.missing.join(', ')})` : ''
      core.setFailed(
        `No results files matched ${settings.patterns.map(p => `"${p}"`).join(', ')} in ${process.cwd()}${missing}. ` +
          `Every run of the install, check and drill actions writes one, even one that stopped early: download the jobs' artifacts ` +
          `into this folder first (actions/download-artifact with merge-multiple: true, or one folder per artifact), or point the results input at them.`
      )
      return
    }
    core.info(`Reading ${found.files.length} results file${found.files.length === 1 ? '' : 's'}.`)
    const files = [
      ...(await Promise.all(found.files.map(readResults))),
      ...found.missing.map(path => unreadableFile(path, 'not found'))
    ]
    for (const file of files) {
      if (file.problem) core.warning(`Results file ${file.path}: ${file.problem}.`)
    }

    const report = buildOrgReport(files)
    await channel(
      'step outputs',
      'GITHUB_OUTPUT must name a writable file (the runner sets it).',
      true,
      () => setOutputs(reportOutputs(report))
    )
    const link = runUrl(runContextFromEnv(process.env))
    await writeSummary(
      () => renderOrgSummary(report, { runUrl: link }),
      'the outputs hold the counts'
    )
    core.info(reportLogLine(report))
    const failure = reportFailure(report, settings.failOnError)
    if (failure) core.setFailed(failure)
  } catch (error) {
    core.setFailed(`Unexpected error: ${errorMessage(error)}`)
  }
}
