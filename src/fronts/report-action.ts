// The report action front: the only module of this action that talks to the runner
// (@actions/core). It finds and reads the results files; src/org/report.ts turns them into the
// outputs and the summary.
import * as core from '@actions/core'
import { readdir, readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { runContextFromEnv, runUrl } from './run-context.js'
import {
  buildOrgReport,
  globBase,
  globToRegExp,
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

/** Every file under `folder` (symbolic links to files included, to folders not followed). */
async function walk(folder: string, depth: number): Promise<string[]> {
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch {
    return []
  }
  const files: string[] = []
  for (const entry of entries) {
    const path = folder === '.' ? entry.name : `${folder.replace(/\/$/, '')}/${entry.name}`
    if (entry.isDirectory()) {
      if (depth > 0) files.push(...(await walk(path, depth - 1)))
    } else if (entry.isFile()) {
      files.push(path)
    } else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null)
      if (target?.isFile()) files.push(path)
    }
  }
  return files
}

async function expand(patterns: readonly string[]): Promise<Found> {
  const files: string[] = []
  const missing: string[] = []
  for (const raw of patterns) {
    const pattern = normalisePath(raw)
    if (!hasGlob(pattern)) {
      const info = await stat(pattern).catch(() => null)
      if (!info) missing.push(pattern)
      else if (info.isDirectory()) files.push(...(await expand([`${pattern}/**/*.json`])).files)
      else files.push(pattern)
      continue
    }
    const base = globBase(pattern)
    const regex = globToRegExp(pattern)
    const below = pattern.split('/').length - (base === '.' ? 0 : base.split('/').length)
    const depth = pattern.split('/').includes('**') ? Number.POSITIVE_INFINITY : below - 1
    for (const path of await walk(base, depth)) {
      if (regex.test(normalisePath(path))) files.push(normalisePath(path))
    }
  }
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
          `Every run of the deploy action writes one, even one that stopped early: download the deploy jobs' artifacts ` +
          `into this folder first (actions/download-artifact with merge-multiple: true), or point the results input at them.`
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
