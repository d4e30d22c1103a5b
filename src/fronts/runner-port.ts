// The runner's side of the RunnerPort, shared by every action front: masking, the OIDC token and
// the log go through @actions/core.
import * as core from '@actions/core'
import type { RunnerPort } from '../shared/port.js'

export function runnerPort(): RunnerPort {
  return {
    mask: secret => core.setSecret(secret),
    getIdToken: audience => core.getIDToken(audience),
    info: message => core.info(message),
    warning: message => core.warning(message),
    debug: message => core.debug(message)
  }
}
