// The install action's entry (action.yml `main`): everything happens in fronts/action.ts.
import { run } from '../fronts/action.js'

await run()
