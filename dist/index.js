// The action front: starts it from the shared build (scripts/bundle.ts writes this file).
await (await import('./shared.js')).start('action')
