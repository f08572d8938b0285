/**
 * The IIFE behind dist/consentry.js: runs in <head>, exposes window.consentry at once,
 * reads the config, applies the stored decision, gates, and loads the UI only when needed.
 */
import type { Config } from '../core/config/types.js'
import { withDefaults } from '../core/config/defaults.js'
import { fnv1a } from '../core/hash/index.js'
import { loadConfigSource } from '../adapters/config-source/index.js'
import { createChunkLoader } from '../adapters/chunks/index.js'
import { readCookie } from '../adapters/storage/codec.js'
import { createApi, reportError } from './api.js'
import { startRuntime } from './runtime.js'

// Remembers which config passed the full validator, so a returning visitor skips it.
const VALIDATED_KEY = 'consentry:validated'

/**
 * Whether this exact config passed validation in this browser before (and a way to record
 * that it did), and whether a decision cookie is there at all.
 */
function validationMemory(win: Window, doc: Document, raw: unknown) {
  let print = ''
  let known = false
  let decided = false
  try {
    decided = !!readCookie(doc.cookie, (raw as Partial<Config>).cookie?.name || 'consentry')
    print = fnv1a(JSON.stringify(raw))
    known = win.localStorage.getItem(VALIDATED_KEY) === print
  } catch {
    // Storage blocked or a config JSON cannot express: validate every time.
  }
  return {
    known,
    decided,
    remember() {
      try {
        win.localStorage.setItem(VALIDATED_KEY, print)
      } catch {
        // Storage blocked: the validator simply runs again next time.
      }
    },
  }
}

function boot() {
  const win = window
  const doc = document
  // Loaded twice: the first copy already gates the page.
  if ((win as unknown as { consentry?: unknown }).consentry) return
  const script = doc.currentScript as HTMLScriptElement | null
  const load = createChunkLoader(win, doc, script?.src || doc.baseURI, script?.nonce || '')
  const { api, attach, fail, emit } = createApi(win)
  ;(win as unknown as { consentry: unknown }).consentry = api

  const start = (config: Config) => {
    const runtime = startRuntime(config, { win, doc, load, ui: true, emit })
    attach(runtime.target)
    runtime.start()
  }

  loadConfigSource(win, doc, script?.getAttribute('data-config') ?? null)
    .then(async ({ raw }) => {
      const memory = validationMemory(win, doc, raw)
      if (memory.known) return start(withDefaults(raw as Config))
      // Most likely a first visit: fetch the UI in parallel with the validator, not after it.
      if (!memory.decided) load('ui').catch(() => {})
      const validate = await load('check')
      const { config, errors, warnings } = validate(raw)
      for (const warning of warnings) console.warn('consentry: ' + warning)
      if (!config) return fail(errors)
      memory.remember()
      start(config)
    })
    .catch((error: Error) => fail([error.message]))
}

try {
  boot()
} catch (error) {
  reportError(error)
}
