// The report action's entry: everything happens in fronts/report-action.ts.
import { run } from '../fronts/report-action.js'

await run()
