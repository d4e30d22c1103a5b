#!/usr/bin/env node
// The drs-orchestrate command's entry: everything happens in fronts/cli.ts.
import { main } from '../fronts/cli.js'

await main()
