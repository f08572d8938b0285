import type { Config, Validation } from '../../core/config/index.js'
import { fnv1a } from '../../core/hash/index.js'

/**
 * The last config that passed the full validator in this browser, normalised, after the
 * fingerprint of the raw config: a returning visitor with the same config skips the
 * validator and its download. consentry.js only recalls; the validator chunk remembers.
 */
const VALIDATED_KEY = 'consentry:config'

// Goes up whenever what the validator chunk remembers changes shape, so an older entry for
// the same raw config is not taken for a new one.
const MEMORY_FORMAT = '3'

/** The raw config's fingerprint; empty when JSON cannot express it (then nothing is remembered). */
export function configPrint(raw: unknown): string {
  try {
    return fnv1a(MEMORY_FORMAT + JSON.stringify(raw)) + ' '
  } catch {
    return ''
  }
}

/** The normalised config, when this exact raw config passed the validator in this browser before. */
export function recallValidated(win: Window, print: string): Config | undefined {
  try {
    const kept = win.localStorage.getItem(VALIDATED_KEY)
    if (print && kept?.startsWith(print)) return JSON.parse(kept.slice(print.length))
  } catch {
    // Storage blocked or a garbled entry: validate this time.
  }
}

export function rememberValidated(win: Window, print: string, config: Config, validate: (input: unknown) => Validation) {
  try {
    const text = JSON.stringify(config)
    // Only what survives the round trip: a page's own toJSON (Prototype.js adds one to
    // arrays) can turn JSON.stringify's output into something else.
    if (print && validate(JSON.parse(text)).config) win.localStorage.setItem(VALIDATED_KEY, print + text)
  } catch {
    // Storage blocked or full: the validator simply runs again next time.
  }
}
