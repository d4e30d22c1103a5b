// @ts-check
// ISO 8601 durations as DRS prints them (lagDuration `PT1H2M3S`, elapsedReplicationDuration).

/** Seconds -> `PT#H#M#S` (days folded into hours, as DRS prints lag), `PT0S` for zero. */
/** @param {number} seconds */
export function isoDuration(seconds) {
  let rest = Math.max(0, Math.round(seconds))
  const h = Math.floor(rest / 3600)
  rest -= h * 3600
  const m = Math.floor(rest / 60)
  const s = rest - m * 60
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`
  return `PT${parts || '0S'}`
}

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/

/** `P1DT2H3M4S` -> seconds; throws on anything else (a scenario typo should be loud). */
/** @param {string} text */
export function parseIsoDuration(text) {
  const m = DURATION.exec(text)
  if (!m || text === 'P' || text.endsWith('T')) {
    throw new Error(`scenario: not an ISO 8601 duration: ${text}`)
  }
  const [d, h, min, s] = m.slice(1).map(v => Number(v ?? 0))
  return d * 86400 + h * 3600 + min * 60 + s
}
