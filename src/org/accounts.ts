// Account discovery for the discover-accounts action, by job: discover-settings (inputs),
// organizations (the API reads), discovery (the selection), matrix (the result and its summary).
export * from './discover-settings.js'
export * from './organizations.js'
export * from './discovery.js'
export * from './matrix.js'
