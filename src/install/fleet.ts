// Everything a run needs after the credential chain: the EC2, SSM and DRS clients and the phases
// that use them. The engine imports this module on demand, in parallel with the STS calls, so
// start-up pays only for @actions/core and the STS client (the bundler puts it in its own chunk).
export { AwsClients, loadSnsClient } from '../aws/clients.js'
export { deployFleet } from './deploy.js'
export { discoverFleet } from './discover.js'
export { createWaitReads, SharedWait, waitForFleet } from './wait/index.js'
export { runAccount } from './account.js'
