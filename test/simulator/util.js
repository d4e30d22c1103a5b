// @ts-check
// Small helpers shared by the simulator's services: errors, ids, a seeded PRNG, XML, paging.

import { createHash, randomBytes, randomUUID } from 'node:crypto'

/** An AWS-style error a handler throws; the protocol layer renders it in the service's shape. */
export class SimError extends Error {
  /**
   * @param {string} code the AWS error code (becomes `error.name` in the SDK)
   * @param {string} message
   * @param {{ status?: number, reason?: string, fields?: Record<string, unknown> }} [extra]
   */
  constructor(code, message, extra = {}) {
    super(message)
    this.code = code
    this.status = extra.status
    /** a short machine-readable note for the call log (e.g. `region-not-enabled`) */
    this.reason = extra.reason ?? null
    this.fields = extra.fields ?? {}
  }
}

/** mulberry32: a tiny deterministic PRNG; returns floats in [0, 1). */
/** @param {number} seed */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A stable hex digest of the parts, for deterministic ids and jitter. */
/** @param {...(string|number)} parts */
export function hashHex(...parts) {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex')
}

/** A stable float in [0, 1) from the parts. */
/** @param {...(string|number)} parts */
export function hashUnit(...parts) {
  return parseInt(hashHex(...parts).slice(0, 12), 16) / 2 ** 48
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** AWS-looking upper-case id of `length` characters with `prefix` (e.g. ASIA, AROA, AIPA). */
/**
 * @param {string} prefix
 * @param {number} length total length including the prefix
 * @param {string} [seed] deterministic when given
 */
export function awsId(prefix, length, seed) {
  const bytes = seed ? Buffer.from(hashHex(seed), 'hex') : randomBytes(32)
  let out = prefix
  for (let i = 0; out.length < length; i++) out += UPPER_ALNUM[bytes[i % bytes.length] % 32]
  return out
}

export function requestId() {
  return randomUUID()
}

export { randomUUID, randomBytes }

/** @param {unknown} value */
export function escapeXml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * One XML element; `content` is raw XML (already escaped) when an array, escaped text otherwise.
 * Returns '' for null/undefined so optional members can be passed straight through.
 * @param {string} name
 * @param {string | number | boolean | string[] | null | undefined} content
 */
export function el(name, content) {
  if (content === null || content === undefined) return ''
  if (Array.isArray(content)) return `<${name}>${content.join('')}</${name}>`
  return `<${name}>${escapeXml(content)}</${name}>`
}

/**
 * Parses an application/x-www-form-urlencoded query-protocol body into a nested object:
 * `Filter.1.Value.2=x` -> `{ Filter: [{ Value: [, 'x'] }] }` (numbered keys become arrays in
 * order, `member`/`entry` wrappers are dropped, an empty value for a list is an empty list).
 * @param {string} body
 * @returns {Record<string, any>}
 */
export function parseForm(body) {
  /** @type {Record<string, any>} */
  const root = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split('.')
    if (parts.some(p => p === '__proto__' || p === 'constructor' || p === 'prototype')) continue
    let node = root
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i]
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = {}
      node = node[part]
    }
    node[parts[parts.length - 1]] = value
  }
  return /** @type {Record<string, any>} */ (collapse(root))
}

/** @param {any} value @returns {any} */
function collapse(value) {
  if (typeof value !== 'object' || value === null) return value
  const keys = Object.keys(value)
  if (keys.length === 1 && (keys[0] === 'member' || keys[0] === 'entry')) {
    return collapse(value[keys[0]])
  }
  if (keys.length > 0 && keys.every(k => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map(k => collapse(value[k]))
  }
  /** @type {Record<string, any>} */
  const out = {}
  for (const k of keys) out[k] = collapse(value[k])
  return out
}

/** @param {any} value @returns {any[]} */
export function asList(value) {
  if (value === undefined || value === null || value === '') return []
  return Array.isArray(value) ? value : [value]
}

/**
 * Opaque paging tokens bound to the query they came from, so a token replayed with other
 * filters is refused like AWS refuses it.
 * @param {number} offset
 * @param {string} queryKey
 */
export function makeToken(offset, queryKey) {
  return Buffer.from(JSON.stringify({ o: offset, k: hashHex(queryKey).slice(0, 16) })).toString(
    'base64url'
  )
}

/**
 * @param {string | undefined | null} token
 * @param {string} queryKey
 * @returns {number | null} the offset, 0 for no token, null for a bad token
 */
export function readToken(token, queryKey) {
  if (token === undefined || token === null || token === '') return 0
  try {
    const parsed = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8'))
    if (
      parsed.k !== hashHex(queryKey).slice(0, 16) ||
      !Number.isInteger(parsed.o) ||
      parsed.o < 0
    ) {
      return null
    }
    return parsed.o
  } catch {
    return null
  }
}

/**
 * One page of `items`.
 * @template T
 * @param {T[]} items
 * @param {number} offset
 * @param {number} size
 * @param {string} queryKey
 * @returns {{ page: T[], nextToken: string | undefined }}
 */
export function pageOf(items, offset, size, queryKey) {
  const page = items.slice(offset, offset + size)
  const next = offset + size
  return { page, nextToken: next < items.length ? makeToken(next, queryKey) : undefined }
}

/**
 * Glob match with `*` (any run) and `?` (one character), as EC2 filters and trust patterns use.
 * @param {string} pattern
 * @param {string} value
 */
export function globMatch(pattern, value) {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === value
  const re = new RegExp(
    '^' +
      pattern
        .split('')
        .map(c => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
        .join('') +
      '$',
    's'
  )
  return re.test(value)
}

/** A minimal binary min-heap keyed by `at`. */
/** @template {{ at: number }} T */
export class MinHeap {
  constructor() {
    /** @type {T[]} */
    this.items = []
  }

  get size() {
    return this.items.length
  }

  /** @returns {T | undefined} */
  peek() {
    return this.items[0]
  }

  /** @param {T} item */
  push(item) {
    const a = this.items
    a.push(item)
    let i = a.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (a[p].at <= a[i].at) break
      ;[a[p], a[i]] = [a[i], a[p]]
      i = p
    }
  }

  /** @returns {T | undefined} */
  pop() {
    const a = this.items
    if (a.length === 0) return undefined
    const top = a[0]
    const last = /** @type {T} */ (a.pop())
    if (a.length > 0) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && a[l].at < a[m].at) m = l
        if (r < a.length && a[r].at < a[m].at) m = r
        if (m === i) break
        ;[a[m], a[i]] = [a[i], a[m]]
        i = m
      }
    }
    return top
  }
}

/** ISO-8601 without milliseconds, as STS prints Expiration. */
/** @param {number} ms */
export function isoSeconds(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
