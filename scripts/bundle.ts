// Builds one action bundle with ncc into a clean folder, then gives its chunks ids that do not
// depend on where the repository sits on disk. ncc (webpack) numbers some split chunks by a hash of
// absolute module paths, so a clone in another folder would build different file names and the
// CI check that dist/ is current would fail on an unchanged tree.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [entry, outDir] = process.argv.slice(2)
  if (!entry || !outDir) {
    console.error('usage: tsx scripts/bundle.ts <entry.ts> <out-dir>')
    process.exit(2)
  }
  // ncc never deletes chunks of earlier builds: start from an empty folder.
  rmSync(outDir, { recursive: true, force: true })
  execFileSync('npx', ['ncc', 'build', entry, '-o', outDir, '--license', 'licenses.txt'], {
    stdio: 'inherit'
  })
  const renames = stabiliseChunkIds(outDir)
  for (const [from, to] of renames) console.log(`chunk ${from} -> ${to}`)
}
