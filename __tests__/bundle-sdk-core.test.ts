// One copy of the SDK core in what ships: package.json's `overrides` point every @smithy/* and
// @aws-sdk/* dependency of @aws-sdk/client-drs 3.523 (the only version served here) at the core
// the other clients use. Without them every bundle carried two cores (and each newer client its
// own nested copy). Counted in the committed bundles, by classes each core copy defines once.
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../test/e2e/harness.js'

const BUNDLES = ['dist', 'cli/dist', 'discover-accounts/dist', 'report/dist', 'initialize-drs/dist']
// One definition per copy of @smithy/node-http-handler, @smithy/signature-v4 and @smithy/protocol-http.
const CORE_CLASSES = ['class NodeHttpHandler', 'class SignatureV4 ', 'class HttpRequest ']

function definitions(folder: string, marker: string): number {
  let count = 0
  for (const file of readdirSync(join(repoRoot, folder)).filter(name => name.endsWith('.js'))) {
    count += readFileSync(join(repoRoot, folder, file), 'utf8').split(marker).length - 1
  }
  return count
}

describe('the committed bundles carry one SDK core', () => {
  for (const folder of BUNDLES) {
    for (const marker of CORE_CLASSES) {
      test(`${folder}: at most one "${marker.trim()}"`, () => {
        expect(definitions(folder, marker)).toBeLessThanOrEqual(1)
      })
    }
  }

  test('the DRS client resolves the shared core (no nested @smithy or @aws-sdk copies)', () => {
    const nested = join(repoRoot, 'node_modules', '@aws-sdk', 'client-drs', 'node_modules')
    const entries = existsSync(nested) ? readdirSync(nested) : []
    expect(entries.filter(name => name === '@smithy' || name === '@aws-sdk')).toEqual([])
  })
})
