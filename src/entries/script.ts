/**
 * The IIFE behind dist/consentry.js: runs in <head>, exposes window.consentry at once,
 * reads the config, applies the stored decision, gates, and loads the UI only when needed.
 */
import type { Config } from '../core/config/types.js'
import { fnv1a } from '../core/hash/index.js'
import { loadConfigSource } from '../adapters/config-source/index.js'
import { createChunkLoader } from '../adapters/chunks/index.js'
import { wantsIntegrations } from '../adapters/integrations/wanted.js'
import { createApi, reportError } from './api.js'
import { startRuntime } from './runtime.js'

// The last config that passed the full validator, normalised, after its raw fingerprint:
// a returning visitor with the same config skips the validator and its download.
const VALIDATED_KEY = 'consentry:config'

/**
 * The normalised config, when this exact raw config passed validation in this browser
 * before, and a way to record that it did.
 */
function validationMemory(win: Window, raw: unknown) {
  let print = ''
  let known: Config | undefined
  try {
    print = fnv1a(JSON.stringify(raw)) + ' '
    const kept = win.localStorage.getItem(VALIDATED_KEY)
    if (kept?.startsWith(print)) known = JSON.parse(kept.slice(print.length))
  } catch {
    // Storage blocked, a config JSON cannot express, or a garbled entry: validate this time.
  }
  return {
    known,
    remember(config: Config, validate: (input: unknown) => { config: unknown }) {
      try {
        const text = JSON.stringify(config)
        // Only what survives the round trip: a page's own toJSON (Prototype.js adds one to
        // arrays) can turn JSON.stringify's output into something else.
        if (validate(JSON.parse(text)).config) win.localStorage.setItem(VALIDATED_KEY, print + text)
      } catch {
        // Storage blocked or full: the validator simply runs again next time.
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
  const load = createChunkLoader(win, doc, script, script?.nonce || '')
  const { api, attach, fail, emit } = createApi(win)
  ;(win as unknown as { consentry: unknown }).consentry = api

  loadConfigSource(win, doc, script?.getAttribute('data-config') ?? null)
    .then(async ({ raw }) => {
      const memory = validationMemory(win, raw)
      // Written into the page while consentry.js still runs, so it starts before the next tag.
      let integrate = wantsIntegrations(raw) && (await load('integrations', true).catch(reportError))
      const start = (config: Config) => {
        const runtime = startRuntime(config, { win, doc, load, ui: true, emit })
        if (integrate) integrate(config, runtime.target.get(), api.on, win)
        attach(runtime.target)
        runtime.start()
      }
      if (memory.known) return start(memory.known)
      // Not validated yet: nothing is granted until it is.
      if (integrate) integrate(raw as Config, null, api.on, win)
      integrate = undefined
      // Most likely a first visit (or a changed config): fetch the UI in parallel with the
      // validator, not after it.
      load('ui').catch(() => {})
      const validate = await load('check')
      const { config, errors, warnings } = validate(raw)
      for (const warning of warnings) console.warn('consentry: ' + warning)
      if (!config) return fail(errors)
      memory.remember(config, validate)
      start(config)
    })
    .catch((error: Error) => fail([error.message]))
}

try {
  boot()
} catch (error) {
  reportError(error)
}
