// Text helpers every renderer shares: sizes, plurals, the status breakdown, markdown cells made
// inert, and terminal text without control sequences.
import { STATUSES, type Status } from '../shared/rows.js'

export const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * "3 installed, 1 failed" for the statuses present, in the contract's status order ("installed 3,
 * failed 1" with `nameFirst`, as plain-text messages put it).
 */
export function statusBreakdown(
  byStatus: Record<Status, number>,
  separator = ', ',
  nameFirst = false
): string {
  return STATUSES.filter(status => byStatus[status] > 0)
    .map(status => (nameFirst ? `${status} ${byStatus[status]}` : `${byStatus[status]} ${status}`))
    .join(separator)
}

const CELL_MAX_CHARS = 1000

/**
 * A markdown table cell that renders as the text it holds: HTML escaped, pipes and link/image
 * brackets backslash-escaped, bare URLs defused (EC2 Name tags and command output are anyone's
 * words), newlines as <br>, long text cut.
 */
export function escapeCell(value: string | null, maxChars = CELL_MAX_CHARS): string {
  if (value === null) return ''
  const text = value.length > maxChars ? `${value.slice(0, maxChars - 1)}…` : value
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([[\]|])/g, '\\$1')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/\bwww\./gi, match => `${match.slice(0, 3)}&#8203;.`)
    .replace(/\r\n|\r|\n/g, '<br>')
}

export function inlineCode(value: string): string {
  return `\`${value.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``
}

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte escapes, then any other C0
// or C1 control character or DEL (newline and tab kept). Matching control characters is the point.
/* eslint-disable no-control-regex */
const ESCAPE_SEQUENCES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?/g
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g
/* eslint-enable no-control-regex */

/** Text for a terminal: no escape sequence or control character a name or message could carry. */
export function stripControl(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL, '')
}
