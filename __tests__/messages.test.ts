// Every message the code can print to a user (an error thrown with literal text, a warning, a
// failed or timed-out row's message) either names its fix itself or has an entry in the README's
// Troubleshooting section (CONTRACT: "names its fix itself or gets a row in Troubleshooting").
//
// How messages are found: in every src/**/*.ts file, the first argument of `new …Error(`,
// `.warning(` and `setFailed(`, the message argument of `finish(ctx, …, 'failed' | 'timed-out', …)`
// and `failWaiting(`, a row's `message: …` / `.message = …`, and what the message builders
// (MESSAGE_BUILDERS) return, when it starts with a string or template literal. Its static text is
// what counts: the pieces between `${…}`.
//
// The rules, in order:
// 1. Names its fix: the static text holds an instruction (FIX_WORDS: "set", "use", "check",
//    "give", "add", "allow", "raise", "run", "re-run", "pass", "grant", "read", "install", "activate", "update",
//    "remove", "pick", "wait", "try again", "needs", "must", "see"; or it says the action retries
//    by itself: "trying again", "asking again"): the reader is told what to do.
// 2. Has an entry: one of its static pieces (between `${…}`, parentheses and semicolons) of three
//    words or more appears in the Troubleshooting
//    section, ignoring case, backticks and runs of white space.
// 3. Under three words of static text: a wrapper that prints another message (collected itself).
// 4. ALLOWED below, with the reason: messages no user can act on differently.
// A failure lists each message that meets none, as `file:line: text`, to add a row for.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { repoRoot } from '../test/e2e/harness.js'

const FIX_WORDS =
  /\b(set|use|check|give|add|allow|raise|run|re-run|pass|grant|read|install|activate|update|remove|pick|wait|try again|needs?|must|see|trying again|asking again)\b/i

/** Static fragments of messages that neither name a fix nor need an entry, with why. */
const ALLOWED: Record<string, string> = {
  'STS returned no credentials': 'AWS broke its own API contract; nothing the user can change',
  'answered without a': 'AWS broke its own API contract (no job, no CommandId)',
  'the answer holds no token': 'GitHub broke its own API contract',
  'Unexpected error': 'a crash of the action itself: the message and stack are the bug report',
  'the install has no input': 'an inconsistency of the input tables, found at load by the tests',
  'the install inputs have no': 'an inconsistency of the input tables, found at load by the tests',
  'stopping the drill': 'says what happens after the user cancelled; nothing to fix',
  'Drill post step failed': 'prints the error of the step, itself collected here',
  'would launch in job': "a dry run's plan for the row, not a problem",
  'already a DRS source server in': 'a skipped row: the instance is protected already',
  'the answer carries no replicationConfigurationTemplateID':
    'AWS broke its own API contract (CreateReplicationConfigurationTemplate without an id)',
  'slot pool size': 'an internal invariant: account-concurrency is validated as 1..100 before'
}

/** Where a `${…}` stood in a literal. */
const HOLE = '⟪⟫'

interface Message {
  where: string
  text: string
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Files whose functions build messages and return them (thrown or put in rows by their callers). */
const MESSAGE_BUILDERS = new Set(['src/aws/sts-errors.ts', 'src/install/wait/messages.ts'])

const CALLS = [
  /new \w*Error\(\s*/g,
  /\.warning\(\s*/g,
  /setFailed\(\s*/g,
  /finish\(\s*ctx,\s*\w+,\s*'(?:failed|timed-out)',\s*/g,
  /failWaiting\(\s*ctx,\s*\w+,\s*/g,
  // A row's message: makeRow({ …, message: … }) and row.message = …
  /\bmessage:\s*/g,
  /\.message = /g
]

/** The literal at `start` (string or template, with `+` concatenations), or null. */
function literalAt(source: string, start: number): string | null {
  let text = ''
  let i = start
  for (;;) {
    const quote = source[i]
    if (quote !== "'" && quote !== '"' && quote !== '`') return text || null
    let j = i + 1
    let depth = 0
    while (j < source.length) {
      const c = source[j]
      if (c === '\\') j += 2
      else if (quote === '`' && c === '$' && source[j + 1] === '{') {
        depth++
        text += HOLE
        j += 2
      } else if (depth > 0 && c === '}') {
        depth--
        j++
      } else if (depth > 0) j++
      else if (c === quote) break
      else {
        text += c
        j++
      }
    }
    const rest = /^\s*\+\s*/.exec(source.slice(j + 1))
    if (!rest) return text
    i = j + 1 + rest[0].length
  }
}

function collectMessages(): Message[] {
  const messages: Message[] = []
  for (const file of sourceFiles(join(repoRoot, 'src'))) {
    const source = readFileSync(file, 'utf8')
    const builder = MESSAGE_BUILDERS.has(relative(repoRoot, file))
    for (const call of builder ? [...CALLS, /return \(?\s*/g] : CALLS) {
      for (const match of source.matchAll(call)) {
        const start = (match.index ?? 0) + match[0].length
        const text = literalAt(source, start)
        if (text === null) continue
        const line = source.slice(0, start).split('\n').length
        messages.push({ where: `${relative(repoRoot, file)}:${line}`, text })
      }
    }
  }
  return messages
}

const normalize = (text: string): string =>
  text.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()

function troubleshooting(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## Troubleshooting\n')
  const end = readme.indexOf('\n## ', start + 1)
  return normalize(readme.slice(start, end === -1 ? undefined : end))
}

/**
 * The static pieces of a message (split at `${…}`, parentheses and semicolons) of three words or
 * more, normalized, punctuation trimmed.
 */
function staticPieces(text: string): string[] {
  return text
    .split(HOLE)
    .flatMap(piece => piece.split(/[();]/))
    .map(piece => normalize(piece.replace(/^[^a-z0-9]+|[^a-z0-9]+$/gi, '')))
    .filter(piece => piece.split(' ').length >= 3)
}

describe('messages and the README Troubleshooting section', () => {
  const messages = collectMessages()
  const section = troubleshooting()

  it('finds the messages (the collector works)', () => {
    expect(messages.length).toBeGreaterThan(30)
    expect(messages.some(m => m.text.startsWith('No usable starting credentials'))).toBe(true)
  })

  it('every message names its fix or has a Troubleshooting entry', () => {
    const missing = messages
      .filter(m => !FIX_WORDS.test(m.text.replaceAll(HOLE, ' ')))
      .filter(m => !Object.keys(ALLOWED).some(fragment => m.text.includes(fragment)))
      .filter(m => {
        const pieces = staticPieces(m.text)
        // Under three words of its own: a wrapper around another message (`${api}: ${reason}`).
        return pieces.length > 0 && !pieces.some(piece => section.includes(piece))
      })
      .map(m => `${m.where}: ${m.text.replaceAll(HOLE, '…')}`)
    expect(missing).toEqual([])
  })

  it('the starting-credentials message names the fix of each front, not only the action', () => {
    const message = messages.find(m => m.text.startsWith('No usable starting credentials'))
    expect(message?.text).not.toMatch(/before this step/)
    expect(message?.text).toContain('In a workflow')
    expect(message?.text).toContain('with the CLI, pass --profile NAME')
  })
})
