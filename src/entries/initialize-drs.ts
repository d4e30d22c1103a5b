// The initialize-drs action's entry (initialize-drs/action.yml `main`): everything happens in
// fronts/initialize-drs.ts.
import { run } from '../fronts/initialize-drs.js'

await run()
