// The --help text of each subcommand, generated from its input spec (name, required, default,
// description, the CLI's notes), so a new input shows up here as it shows up in action.yml.
import { CLI_ONLY_OPTIONS, flagForm, noteFor, PROGRAM } from './cli-args.js'
import { DEFAULT_OPERATION, OPERATIONS, type CliOperation } from './cli-operations.js'

const OPTION_TEXT: Readonly<Record<keyof typeof CLI_ONLY_OPTIONS, string>> = {
  profile:
    'Starting AWS profile (same as AWS_PROFILE). Default: the SDK chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, process, instance role).',
  json: 'Print {counts, rows, resultsFile, stopped} as JSON: the only thing written to stdout (logs go to stderr).',
  'results-file':
    'Write every row as JSON to PATH. Default: a new file under the OS temp folder, named in the output.',
  help: 'Print this help.',
  version: 'Print the version.'
}

function wrap(text: string, indent: number, width = 100): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map(l => `${' '.repeat(indent)}${l}`)
}

/** The command list, shown by `drs-orchestrate --help`. */
function commandList(operations: readonly CliOperation[]): string[] {
  const width = Math.max(...operations.map(op => op.name.length))
  return [
    `Commands (${PROGRAM} COMMAND --help shows a command's flags):`,
    ...operations.map(op => `  ${op.name.padEnd(width)}  ${op.summary}`),
    ''
  ]
}

/**
 * The --help text of one operation. The default operation's (the top-level help) also lists
 * every command.
 */
export function helpText(
  operation: CliOperation = DEFAULT_OPERATION,
  operations: readonly CliOperation[] = OPERATIONS
): string {
  const out: string[] = [...operation.title, '', 'Usage:']
  for (const line of operation.usage) out.push(`  ${PROGRAM} ${line}`)
  out.push('')
  if (operation === DEFAULT_OPERATION) out.push(...commandList(operations))
  out.push('Inputs (one flag per action input; --flag=VALUE works too):')
  for (const spec of operation.inputs) {
    const facts: string[] = []
    if (spec.required) facts.push('required')
    if (spec.default !== undefined) facts.push(`default: ${spec.default}`)
    out.push(`  ${flagForm(spec)}${facts.length > 0 ? `    (${facts.join('; ')})` : ''}`)
    out.push(...wrap(spec.description, 6))
    const note = noteFor(spec, operation)
    if (note) out.push(...wrap(note, 6))
  }
  out.push('', 'CLI options:')
  for (const [name, option] of Object.entries(CLI_ONLY_OPTIONS)) {
    out.push(`  ${option.form}`, ...wrap(OPTION_TEXT[name as keyof typeof OPTION_TEXT], 6))
  }
  out.push(
    '',
    'Starting credentials: the AWS SDK default chain (--profile / AWS_PROFILE, environment keys, SSO,',
    'credential_process, instance or container role); role-arn is assumed from them. AWS_ENDPOINT_URL,',
    'AWS_RETRY_MODE and AWS_MAX_ATTEMPTS are honoured. RUNNER_DEBUG=1 prints debug lines.',
    '',
    ...operation.exitCodes,
    '',
    'Examples:',
    ...operation.examples.map(line => `  ${line}`),
    ''
  )
  return out.join('\n')
}
