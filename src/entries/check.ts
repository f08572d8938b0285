/** The validator chunk (dist/consentry-check.js), for configs this browser has not yet seen pass. */
import { validateConfig } from '../core/config/index.js'
import { registerChunk, type Chunks } from '../adapters/chunks/index.js'
import { rememberValidated } from '../adapters/config-memory/index.js'
import { compileConfig } from '../core/jurisdiction/compile.js'
import { preloadLocale } from '../ui/locale-preload.js'

// This chunk's own script element, read while it runs: the locale chunks sit beside it, and
// the chunks come from the directory consentry.js came from, so it also names that host.
const self = document.currentScript as HTMLScriptElement | null
const ownScript = self?.src

/** The next page view with the same config skips this chunk: a config that passes is remembered. */
const checkConfig: Chunks['check'] = (raw, win, print) => {
  preloadLocale(raw, win.document, self?.src || win.document.baseURI, self?.nonce || '')
  const validation = validateConfig(raw, [win.location.hostname, ownScript && new URL(ownScript).hostname].filter((host): host is string => !!host))
  for (const warning of validation.warnings) console.warn('consentry: ' + warning)
  // Region matching happens here, once per config, so consentry.js only looks the region up.
  if (validation.config) rememberValidated(win, print, compileConfig(validation.config), validateConfig)
  return validation
}

registerChunk('check', checkConfig)
