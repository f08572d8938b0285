/** The validator chunk (dist/consentry-check.js), for configs this browser has not yet seen pass. */
import { validateConfig, type Validation } from '../core/config/index.js'
import { registerChunk } from '../adapters/chunks/index.js'
import { rememberValidated } from '../adapters/config-memory/index.js'

/**
 * Validates the raw config, warns about what it ignores, and remembers a config that passed
 * under `print`, so that the next page view with the same config skips this chunk.
 */
function checkConfig(raw: unknown, win: Window, print: string): Validation {
  const validation = validateConfig(raw)
  for (const warning of validation.warnings) console.warn('consentry: ' + warning)
  if (validation.config) rememberValidated(win, print, validation.config, validateConfig)
  return validation
}

export type CheckConfig = typeof checkConfig

registerChunk('check', checkConfig)
