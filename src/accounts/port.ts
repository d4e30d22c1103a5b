// An account's view of the runner port in a many-account run: its log lines carry the account id.
import type { RunnerPort } from '../shared/port.js'

/** The port with `prefix` before every log line; masking, tokens, progress and stages pass through. */
export function prefixedPort(port: RunnerPort, prefix: string): RunnerPort {
  if (prefix === '') return port
  const prefixed: RunnerPort = {
    mask: secret => port.mask(secret),
    info: message => port.info(`${prefix}${message}`),
    warning: message => port.warning(`${prefix}${message}`),
    debug: message => port.debug(`${prefix}${message}`)
  }
  if (port.getIdToken) prefixed.getIdToken = audience => port.getIdToken!(audience)
  if (port.progress) prefixed.progress = rows => port.progress!(rows)
  if (port.stage) prefixed.stage = record => port.stage!(record)
  return prefixed
}
