// Results paths and globs: hasGlob tells a glob line from a path, normalisePath spells paths one
// way. The front matches globs with @actions/glob; globToRegExp and globBase are the pure
// statement of the same ** / * / ? rules, kept for callers that match paths they already have.

const GLOB_CHARS = /[*?]/

export function hasGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern)
}

/** Forward slashes, no "./" segments, no doubled or trailing slashes. */
export function normalisePath(path: string): string {
  const absolute = path.startsWith('/')
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter(part => part !== '' && part !== '.')
  return `${absolute ? '/' : ''}${parts.join('/')}`
}

/**
 * The folder to start walking from: the pattern's segments before the first one with a glob
 * character ('.' when the pattern starts with one).
 */
export function globBase(pattern: string): string {
  const normal = normalisePath(pattern)
  const segments = normal.split('/')
  const literal: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (hasGlob(segment)) break
    literal.push(segment)
  }
  if (literal.length === segments.length - 1 && !hasGlob(segments[segments.length - 1])) {
    return normal
  }
  const base = literal.join('/')
  return base === '' ? (normal.startsWith('/') ? '/' : '.') : base
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|\\[\]]/g, '\\$&')
}

/**
 * A glob as a regular expression over normalised paths: `**` (a whole segment) matches any number
 * of folders, `*` any characters but `/`, `?` one such character; anything else is literal. Dot
 * files match like any other (results files are never hidden).
 */
export function globToRegExp(pattern: string): RegExp {
  const segments = normalisePath(pattern).split('/')
  let source = ''
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]*/)*'
      return
    }
    source += segment
      .split('')
      .map(char => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : escapeRegExp(char)))
      .join('')
    if (!last) source += '/'
  })
  return new RegExp(`^${source}$`)
}
