// The check action's entry (check/action.yml `main`): everything happens in fronts/check-action.ts.
import { run } from '../fronts/check-action.js'

await run()
