// Markdown tables of the inputs and outputs, shared by the README writer and its test.
import type { InputSpec, OutputSpec } from '../src/settings/index.js'

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function inputsTable(inputs: readonly InputSpec[]): string {
  const rows = inputs.map(
    input =>
      `| \`${input.name}\` | ${input.required ? 'yes' : 'no'} | ${
        input.default === undefined ? '' : `\`${cell(input.default)}\``
      } | ${cell(input.description)} |`
  )
  return ['| input | required | default | meaning |', '|---|---|---|---|', ...rows].join('\n')
}

export function outputsTable(outputs: readonly OutputSpec[]): string {
  const rows = outputs.map(output => `| \`${output.name}\` | ${cell(output.description)} |`)
  return ['| output | value |', '|---|---|', ...rows].join('\n')
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} markers`)
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`
}

export function betweenMarkers(text: string, name: string): string | null {
  const start = `<!-- ${name}:start -->`
  const from = text.indexOf(start)
  const to = text.indexOf(`<!-- ${name}:end -->`)
  return from < 0 || to < from ? null : text.slice(from + start.length, to).trim()
}
