// Report channels of the action fronts (outputs, files, the job summary, the log): each is written
// on its own, so one that the runner refuses (a full disk, a missing folder) is named with what to
// fix and never takes the others, or the exit code, with it.
import * as core from '@actions/core'
import { errorMessage } from '../shared/port.js'

/**
 * Runs one report channel; a channel that throws is named with what to fix, never a crash, so the
 * other channels still run. `fatal` channels fail the step (the contract promises them).
 */
export async function channel(
  name: string,
  fix: string,
  fatal: boolean,
  write: () => void | Promise<void>
): Promise<boolean> {
  try {
    await write()
    return true
  } catch (error) {
    const message = `Could not write the ${name} (${errorMessage(error)}): ${fix}`
    if (fatal) core.setFailed(message)
    else core.warning(message)
    return false
  }
}

/** Sets each output on its own, so one refused output does not take the others with it. */
export function setOutputs(outputs: object): void {
  const refused: string[] = []
  let firstError: unknown = null
  for (const [name, value] of Object.entries(outputs)) {
    try {
      core.setOutput(name, value)
    } catch (error) {
      refused.push(name)
      firstError ??= error
    }
  }
  if (refused.length > 0) {
    throw new Error(`${refused.join(', ')}: ${errorMessage(firstError)}`, { cause: firstError })
  }
}

/**
 * Appends the markdown to the job summary, when the runner gives one. A summary that cannot be
 * written is a warning: the outputs (and the results file) hold the same facts.
 */
export async function writeSummary(render: () => string, elsewhere: string): Promise<boolean> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return true
  const written = await channel(
    'job summary',
    `GITHUB_STEP_SUMMARY (${file}) must name a writable file in an existing folder; ${elsewhere}.`,
    false,
    async () => {
      await core.summary.addRaw(render(), true).write()
    }
  )
  // A failed write leaves the text in the buffer; never let it reach a later write.
  core.summary.emptyBuffer()
  return written
}
