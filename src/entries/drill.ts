// The drill action's entry (drill/action.yml `main` and `post`): everything happens in fronts/drill-action.ts.
import { runDrillStep } from '../fronts/drill-action.js'

await runDrillStep()
