// One build for every front, one copy of the SDK core in what ships. scripts/bundle.ts builds the
// shared build into dist/ (dist/shared.js and its chunks); every front's dist/index.js is a loader
// into it. package.json's `overrides` point every @smithy/* and @aws-sdk/* dependency of
// @aws-sdk/client-drs 3.523 (the only version served here) at the core the other clients use.
// Counted in the committed files, by classes each core copy defines once. Run `npm run bundle`
// after a src change.
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../test/e2e/harness.js'
import {
  bundleFolders,
  frontChunks,
  type FrontChunks,
  frontFolder,
  frontNames,
  SHARED_DIR,
  SHARED_FILE
} from '../scripts/bundle.js'

// One definition per copy of @smithy/node-http-handler, @smithy/signature-v4 and @smithy/protocol-http.
const CORE_CLASSES = ['class NodeHttpHandler', 'class SignatureV4 ', 'class HttpRequest ']

const jsFiles = (folder: string): string[] =>
  readdirSync(join(repoRoot, folder))
    .filter(name => name.endsWith('.js'))
    .map(name => `${folder}/${name}`)
const read = (file: string): string => readFileSync(join(repoRoot, file), 'utf8')
const shipped = [...new Set(bundleFolders().flatMap(jsFiles))]

function definitions(files: readonly string[], marker: string): number {
  return files.reduce((count, file) => count + read(file).split(marker).length - 1, 0)
}

describe('the committed bundles carry one SDK core', () => {
  for (const marker of CORE_CLASSES) {
    test(`exactly one "${marker.trim()}" across the shared build and every front`, () => {
      expect(definitions(shipped, marker)).toBe(1)
    })
  }

  for (const front of frontNames()) {
    test(`${front}: at most one of each core class in what it can load`, () => {
      const reachable = frontChunks().find(chunks => chunks.front === front)!.reachable
      for (const marker of CORE_CLASSES)
        expect(definitions(reachable, marker)).toBeLessThanOrEqual(1)
    })
  }

  test('the DRS client resolves the shared core (no nested @smithy or @aws-sdk copies)', () => {
    const nested = join(repoRoot, 'node_modules', '@aws-sdk', 'client-drs', 'node_modules')
    const entries = existsSync(nested) ? readdirSync(nested) : []
    expect(entries.filter(name => name === '@smithy' || name === '@aws-sdk')).toEqual([])
  })
})

describe('one shared build, a loader per front', () => {
  test.each(frontNames())(
    '%s: its dist/index.js is a two-line loader into the shared build',
    front => {
      const folder = frontFolder(front)
      const loader = read(`${folder}/index.js`)
      const lines = loader.trimEnd().split('\n')
      const shebang = read(`src/entries/${front}.ts`).startsWith('#!')
      expect(lines).toHaveLength(shebang ? 3 : 2)
      if (shebang) expect(lines[0]).toBe('#!/usr/bin/env node')
      const target =
        folder === SHARED_DIR ? `./${SHARED_FILE}` : `../../${SHARED_DIR}/${SHARED_FILE}`
      expect(lines.at(-1)).toBe(`await (await import('${target}')).start('${front}')`)
      // Nothing else ships in a front's folder: the code is in the shared build only.
      if (folder !== SHARED_DIR) expect(jsFiles(folder)).toEqual([`${folder}/index.js`])
    }
  )

  test('every chunk a front can load is in the shared build, and every chunk is loadable', () => {
    const reachable = new Set(frontChunks().flatMap(chunks => chunks.reachable))
    for (const file of reachable) expect(existsSync(join(repoRoot, file))).toBe(true)
    const loaders = frontNames().map(front => `${frontFolder(front)}/index.js`)
    const unreferenced = jsFiles(SHARED_DIR).filter(f => !reachable.has(f) && !loaders.includes(f))
    expect(unreferenced).toEqual([])
  })
})

describe('lazy loading: a front loads only what it needs', () => {
  // Markers of the SSM install paths: src/install/deploy.ts (the sends) and src/install/wait.
  const INSTALL = [
    'the run was cancelled before its batch was sent',
    'nothing to wait for: the row has no command id, region or instance id'
  ]
  const chunksOf = (front: string): FrontChunks =>
    frontChunks().find(chunks => chunks.front === front)!

  test.each(['check', 'report', 'discover-accounts', 'drill', 'initialize-drs'])(
    'a %s run can never load the SSM install paths',
    front => {
      for (const marker of INSTALL) expect(definitions(chunksOf(front).reachable, marker)).toBe(0)
    }
  )

  test('the install action and the CLI can load them (so the markers are right)', () => {
    for (const front of ['action', 'cli'])
      for (const marker of INSTALL) expect(definitions(chunksOf(front).reachable, marker)).toBe(1)
  })

  test('no front reads the install code before its own code runs (it is loaded lazily)', () => {
    for (const { start } of frontChunks()) {
      for (const marker of INSTALL) expect(definitions(start, marker)).toBe(0)
    }
  })

  test('the report (results files only) never loads an AWS client', () => {
    for (const client of ['class SSMClient', 'class EC2Client', 'class STSClient'])
      expect(definitions(chunksOf('report').reachable, client)).toBe(0)
  })
})
