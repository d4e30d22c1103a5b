// The staged roll-out inputs (canary, wave-tag, max-failures): a count or a whole percentage, and
// an EC2 tag key. Pure; the arithmetic on them lives in src/install/stages.ts.
import { CONTROL_CHARACTERS, type InputReader } from './fields.js'
import type { WaitFor } from './types.js'

/** A count (`3`) or a whole percentage (`10%`) of some total. */
export type Amount = { kind: 'count'; value: number } | { kind: 'percent'; value: number }

export interface RolloutSettings {
  /** Candidates of each account sent first, alone; a count of 0 (or 0%) means no canary stage. */
  canary: Amount
  /** EC2 tag key whose numeric value orders the waves; null: the rest is one wave. */
  waveTag: string | null
  /** Failed or timed-out rows allowed over the stages so far (of the candidates sent so far). */
  maxFailures: Amount
}

/** No roll-out staging: what the defaults give. */
export const UNSTAGED: RolloutSettings = {
  canary: { kind: 'count', value: 0 },
  waveTag: null,
  maxFailures: { kind: 'percent', value: 100 }
}

export const AMOUNT_EXPECTED =
  'a whole number (e.g. 2) or a whole percentage from 0% to 100% (e.g. 10%)'
/** EC2 tag keys are 1 to 128 characters. */
const TAG_KEY_MAX = 128

/** `3` -> count 3, `10%` -> percent 10; null when the text is neither (or above 100%). */
export function parseAmount(text: string): Amount | null {
  const count = /^\d{1,9}$/.exec(text)
  if (count) return { kind: 'count', value: Number(text) }
  const percent = /^(\d{1,3})%$/.exec(text)
  if (percent && Number(percent[1]) <= 100) return { kind: 'percent', value: Number(percent[1]) }
  return null
}

export function formatAmount(amount: Amount): string {
  return amount.kind === 'percent' ? `${amount.value}%` : String(amount.value)
}

function amountInput(input: InputReader, name: string): Amount {
  const text = input.get(name)
  const amount = parseAmount(text)
  if (!amount) input.fail(name, AMOUNT_EXPECTED, text)
  return amount ?? { kind: 'count', value: 0 }
}

/** Reads the three inputs; staging needs each stage waited for, so `wait-for: none` rejects it. */
export function parseRollout(input: InputReader, waitFor: WaitFor | string): RolloutSettings {
  const canary = amountInput(input, 'canary')
  const maxFailures = amountInput(input, 'max-failures')
  const waveTag = input.get('wave-tag')
  if (waveTag !== '' && (waveTag.length > TAG_KEY_MAX || CONTROL_CHARACTERS.test(waveTag))) {
    input.fail(
      'wave-tag',
      `an EC2 tag key of 1 to ${TAG_KEY_MAX} characters without control characters, e.g. dr:wave`,
      JSON.stringify(waveTag).slice(1, -1).slice(0, 200)
    )
  }
  if (waitFor === 'none') {
    const why = 'each stage is waited for before the next is sent'
    if (canary.value > 0)
      input.fail(
        'canary',
        `0 with wait-for: none (${why}); set wait-for: install`,
        input.get('canary')
      )
    if (waveTag !== '')
      input.fail('wave-tag', `unset with wait-for: none (${why}); set wait-for: install`, waveTag)
  }
  return { canary, waveTag: waveTag || null, maxFailures }
}
