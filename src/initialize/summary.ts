// What initialize-drs reports: the step outputs, the final log line and the job summary, all
// from one InitializeResult (pure functions; the fronts write them).
import type { InitializeResult } from './drs.js'
import type { InitializeSettings } from './settings.js'

export function initializeOutputs(result: InitializeResult): Record<string, string> {
  return {
    initialized: result.initialized,
    'template-id': result.templateId ?? '',
    'template-created': String(result.templateCreated)
  }
}

/** One line that says what happened, or that nothing needed doing. */
export function initializeLogLine(settings: InitializeSettings, result: InitializeResult): string {
  const where = `account ${settings.accountId}, ${settings.targetRegion}`
  if (result.changes.length === 0) {
    return `Nothing to do (${where}): DRS is initialised and has replication template ${result.templateId}.`
  }
  const verb = settings.dryRun ? 'Dry run, nothing changed' : 'Done'
  return `${verb} (${where}): ${result.changes.join('; ')}.`
}

export function renderInitializeSummary(
  settings: InitializeSettings,
  result: InitializeResult
): string {
  const state =
    result.initialized === 'true'
      ? 'initialised by this run'
      : result.initialized === 'already'
        ? 'already initialised'
        : 'not initialised (dry run)'
  const template = result.templateId
    ? `\`${result.templateId}\`${result.templateCreated ? ' (created by this run)' : ' (existing, left as it is)'}`
    : 'none yet'
  const lines = [
    `## DRS initialisation: account ${settings.accountId}, ${settings.targetRegion}`,
    '',
    '| | |',
    '|---|---|',
    `| DRS | ${state} |`,
    `| Replication template | ${template} |`,
    ''
  ]
  if (result.templateIds.length > 1) {
    lines.push(
      `The region holds ${result.templateIds.length} templates: ${result.templateIds.join(', ')}.`,
      ''
    )
  }
  if (result.changes.length === 0) lines.push('Nothing needed doing.')
  else {
    lines.push(settings.dryRun ? 'Would change (dry run):' : 'Changed:', '')
    for (const change of result.changes) lines.push(`- ${change}`)
  }
  return lines.join('\n') + '\n'
}
