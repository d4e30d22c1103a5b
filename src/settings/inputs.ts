// The old import path of the settings, kept so branches written against it still build: import
// from './index.js' (or spec, fields, parse, types) instead.
export * from './index.js'
