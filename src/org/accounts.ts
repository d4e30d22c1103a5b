// Account discovery for the discover-accounts action, by job: discover-settings (inputs),
// organizations (the API reads), discovery (the selection), matrix (the result and its summary),
// shards (the accounts in groups, past the matrix limit).
export * from './discover-settings.js'
export * from './organizations.js'
export * from './discovery.js'
export * from './matrix.js'
export * from './shards.js'
