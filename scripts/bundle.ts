// `npm run bundle`: one ncc build of src/entries/fronts.ts into dist/ (dist/shared.js and its
// chunks), then a two-line loader per front (dist/index.js, check/dist/index.js, ...) that starts
// that front from the shared build, so shared code ships once. The fronts are the FRONTS table in
// src/entries/fronts.ts: adding one there adds its loader here, and to the freshness checks
// (`tsx scripts/bundle.ts --folders` lists the folders .ci/run and release.yml compare).
//
// Chunk ids: ncc (webpack) numbers some split chunks by a hash of absolute module paths, so a clone
// in another folder would build different file names and the CI check that dist/ is current would
// fail on an unchanged tree. stabiliseChunkIds renames every chunk after its own content.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FRONTS, type FrontName } from '../src/entries/fronts.js'

const CHUNK_FILE = /^(\d+)\.index\.js$/
// Chunks are loaded as __nccwpck_require__.e(N) from the entry and __webpack_require__.e(N) inside
// chunks, sometimes with an `/* import() */ ` comment before the id.
const CHUNK_REFERENCE =
  /(__nccwpck_require__|__webpack_require__)\.e\((\/\* import\(\) \*\/ )?(\d+)\)/g

/** Renames every numbered chunk to an id derived from its own content; rewrites references. */
export function stabiliseChunkIds(folder: string): Map<string, string> {
  const files = readdirSync(folder)
  const renames = new Map<string, string>()
  const taken = new Set<string>()
  for (const file of files.filter(name => CHUNK_FILE.test(name)).sort()) {
    const oldId = CHUNK_FILE.exec(file)![1]
    const text = readFileSync(join(folder, file), 'utf8')
    // The header names the chunk's own id; references to other chunks are ids too: neither counts.
    const body = text
      .split('\n')
      .filter(line => !/^export const ids? = /.test(line))
      .join('\n')
      .replace(CHUNK_REFERENCE, '$1.e($2?)')
    const hash = createHash('sha256').update(body).digest()
    let newId = String(100000 + (hash.readUInt32BE(0) % 900000))
    while (taken.has(newId)) newId = String(Number(newId) + 1)
    taken.add(newId)
    renames.set(oldId, newId)
  }
  for (const file of files.filter(name => name.endsWith('.js'))) {
    const path = join(folder, file)
    const text = readFileSync(path, 'utf8')
    let updated = text.replace(
      CHUNK_REFERENCE,
      (whole, loader: string, comment: string | undefined, id: string) =>
        renames.has(id) ? `${loader}.e(${comment ?? ''}${renames.get(id)})` : whole
    )
    const own = CHUNK_FILE.exec(file)?.[1]
    if (own && renames.has(own)) {
      const newId = renames.get(own)!
      updated = updated
        .replace(/^export const id = \d+;$/m, `export const id = ${newId};`)
        .replace(/^export const ids = \[\d+\];$/m, `export const ids = [${newId}];`)
    }
    if (updated !== text) writeFileSync(path, updated)
  }
  for (const [oldId, newId] of renames) {
    renameSync(join(folder, `${oldId}.index.js`), join(folder, `${newId}.index.js`))
  }
  // Every chunk the code loads must exist under its new name, or the action fails at run time.
  const present = new Set(readdirSync(folder))
  for (const file of [...present].filter(name => name.endsWith('.js'))) {
    for (const match of readFileSync(join(folder, file), 'utf8').matchAll(CHUNK_REFERENCE)) {
      if (!present.has(`${match[3]}.index.js`)) {
        throw new Error(`${folder}/${file} loads chunk ${match[3]}, which is not in ${folder}`)
      }
    }
  }
  return renames
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The shared build: its entry file and every chunk, beside the install action's loader. */
export const SHARED_DIR = 'dist'
export const SHARED_FILE = 'shared.js'
const SHARED_ENTRY = 'src/entries/fronts.ts'

/** Where a front's loader ships: the install action at dist/, every other front at <name>/dist/. */
export function frontFolder(front: FrontName): string {
  return front === 'action' ? SHARED_DIR : `${front}/dist`
}

/** Every folder the bundle writes (the shared build's first): what the freshness checks compare. */
export function bundleFolders(): string[] {
  return [...new Set([SHARED_DIR, ...frontNames().map(frontFolder)])]
}

export function frontNames(): FrontName[] {
  return Object.keys(FRONTS) as FrontName[]
}

/** A front's loader: the shebang its entry has (the CLI's), then one line into the shared build. */
export function loaderSource(front: FrontName, entryText: string): string {
  let path = relative(frontFolder(front), join(SHARED_DIR, SHARED_FILE)).split('\\').join('/')
  if (!path.startsWith('.')) path = `./${path}`
  const shebang = entryText.startsWith('#!') ? `${entryText.split('\n')[0]}\n` : ''
  return (
    `${shebang}// The ${front} front: starts it from the shared build (scripts/bundle.ts writes this file).\n` +
    `await (await import('${path}')).start('${front}')\n`
  )
}

/** What one front loads: when it starts, and at most (every chunk it can load, transitively). */
export interface FrontChunks {
  front: FrontName
  /** Its loader, shared.js and the chunks shared.js loads for it before its code runs. */
  start: string[]
  /** start and every chunk those can load later (lazily), each file once. */
  reachable: string[]
}

/** Reads the front table's chunk loads out of shared.js and follows every chunk's loads. */
export function frontChunks(root = ROOT): FrontChunks[] {
  const shared = readFileSync(join(root, SHARED_DIR, SHARED_FILE), 'utf8').split('\n')
  const loads = (code: string): string[] =>
    [...code.matchAll(CHUNK_REFERENCE)].map(match => `${match[3]}.index.js`)
  return frontNames().map(front => {
    const key = /^[a-z]+$/.test(front) ? front : `'${front}'`
    const line = shared.find(text => text.trimStart().startsWith(`${key}: () =>`))
    if (!line) throw new Error(`${SHARED_DIR}/${SHARED_FILE} has no loader for the ${front} front`)
    const start = [`${frontFolder(front)}/index.js`, `${SHARED_DIR}/${SHARED_FILE}`]
    const queue = loads(line)
    start.push(...queue.map(file => `${SHARED_DIR}/${file}`))
    const reached = new Set<string>()
    while (queue.length > 0) {
      const file = queue.shift()!
      if (reached.has(file)) continue
      reached.add(file)
      queue.push(...loads(readFileSync(join(root, SHARED_DIR, file), 'utf8')))
    }
    const reachable = [...start.slice(0, 2), ...[...reached].sort().map(f => `${SHARED_DIR}/${f}`)]
    return { front, start, reachable }
  })
}

interface NccAsset {
  source: string | Buffer
  permissions?: number
}
type Ncc = (
  entry: string,
  options: Record<string, unknown>
) => Promise<{ code: string; assets: Record<string, NccAsset> }>

async function buildShared(): Promise<void> {
  const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc
  const { code, assets } = await ncc(join(ROOT, SHARED_ENTRY), {
    license: 'licenses.txt',
    // CommonJS builds only (`main`). With `module` first the ES clients and the CommonJS
    // @aws-sdk/nested-clients would each bring their own @smithy/node-http-handler (and more),
    // two copies of the core: see bench/FINDINGS.md (issue 18).
    mainFields: ['main'],
    quiet: true
  })
  const out = join(ROOT, SHARED_DIR)
  // Start from an empty folder, so no chunk of an earlier build stays behind.
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, SHARED_FILE), code)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true })
    writeFileSync(join(out, name), asset.source, { mode: asset.permissions })
  }
  const renames = stabiliseChunkIds(out)
  console.log(`${SHARED_DIR}/${SHARED_FILE} and ${renames.size} chunks`)
}

function writeLoaders(): void {
  for (const front of frontNames()) {
    const folder = join(ROOT, frontFolder(front))
    if (frontFolder(front) !== SHARED_DIR) rmSync(folder, { recursive: true, force: true })
    mkdirSync(folder, { recursive: true })
    const entryText = readFileSync(join(ROOT, 'src', 'entries', `${front}.ts`), 'utf8')
    const source = loaderSource(front, entryText)
    writeFileSync(join(folder, 'index.js'), source, {
      mode: source.startsWith('#!') ? 0o755 : 0o644
    })
    // The runner (and `node`) read index.js as ESM only with this beside it, whatever is above.
    writeFileSync(join(folder, 'package.json'), '{\n  "type": "module"\n}\n')
    console.log(`${frontFolder(front)}/index.js -> ${front}`)
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  if (process.argv.includes('--folders')) {
    console.log(bundleFolders().join('\n'))
  } else {
    await buildShared()
    writeLoaders()
  }
}
