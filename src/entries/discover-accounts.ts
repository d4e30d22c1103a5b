// The discover-accounts action's entry: everything happens in fronts/discover-accounts.ts.
import { run } from '../fronts/discover-accounts.js'

await run()
