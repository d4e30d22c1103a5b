// The shared build's entry (scripts/bundle.ts builds it into dist/shared.js). Every front's
// dist/index.js is a two-line loader calling start('<front>'); the front's own entry module (and
// so its code) is a lazily loaded chunk, and code two fronts share is split into chunks both load.
//
// Adding a front is one line here: `name: () => import('./name.js')`, with src/entries/name.ts
// awaiting the front's run(). It ships at name/dist/index.js (the install action at dist/index.js).
export const FRONTS = {
  action: () => import('./action.js'),
  check: () => import('./check.js'),
  cli: () => import('./cli.js'),
  'discover-accounts': () => import('./discover-accounts.js'),
  drill: () => import('./drill.js'),
  'initialize-drs': () => import('./initialize-drs.js'),
  report: () => import('./report.js')
} satisfies Record<string, () => Promise<unknown>>

export type FrontName = keyof typeof FRONTS

/** Runs one front: importing its entry module runs it (each entry awaits its front's run()). */
export async function start(front: FrontName): Promise<void> {
  await FRONTS[front]()
}
