// The settings façade: the input spec, the shared field validators, the parser and the types.
export * from './spec.js'
export * from './fields.js'
export * from './parse.js'
export * from './rollout.js'
export type * from './types.js'
