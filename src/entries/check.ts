/** The validator chunk (dist/consentry-check.js), for configs this browser has not yet seen pass. */
import { validateConfig } from '../core/config/index.js'
import { registerChunk, type Chunks } from '../adapters/chunks/index.js'
import { rememberValidated } from '../adapters/config-memory/index.js'
import { compileConfig } from '../core/jurisdiction/compile.js'

// The chunks come from the directory consentry.js came from, so this names its host.
const ownScript = (document.currentScript as HTMLScriptElement | null)?.src

/** The next page view with the same config skips this chunk: a config that passes is remembered. */
const checkConfig: Chunks['check'] = (raw, win, print) => {
  const validation = validateConfig(raw, [win.location.hostname, ownScript && new URL(ownScript).hostname].filter((host): host is string => !!host))
  for (const warning of validation.warnings) console.warn('consentry: ' + warning)
  // Region matching happens here, once per config, so consentry.js only looks the region up.
  if (validation.config) rememberValidated(win, print, compileConfig(validation.config), validateConfig)
  return validation
}

registerChunk('check', checkConfig)
