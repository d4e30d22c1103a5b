// The initialize-drs front: starts it from the shared build (scripts/bundle.ts writes this file).
await (await import('../../dist/shared.js')).start('initialize-drs')
