/**
 * The IIFE behind dist/consentry.js: runs in <head>, exposes window.consentry at once,
 * reads the config, applies the stored decision, gates, and loads the UI only when needed.
 */
import type { Config } from '../core/config/types.js'
import { configPrint, recallValidated } from '../adapters/config-memory/index.js'
import { loadConfigSource } from '../adapters/config-source/index.js'
import { createChunkLoader } from '../adapters/chunks/index.js'
import { wantsIntegrations } from '../adapters/integrations/wanted.js'
import { createApi, reportError } from './api.js'
import { startRuntime } from './runtime.js'
import { pageRegion } from '../adapters/region/index.js'

function boot() {
  const win = window
  const doc = document
  // Loaded twice: the first copy already gates the page.
  if ((win as unknown as { consentry?: unknown }).consentry) return
  const script = doc.currentScript as HTMLScriptElement | null
  const load = createChunkLoader(win, doc, script, script?.nonce || '')
  const { api, attach, fail, emit, $consent } = createApi(win)
  ;(win as unknown as { consentry: unknown }).consentry = api

  loadConfigSource(win, doc, script?.getAttribute('data-config') ?? null)
    .then(async ({ raw }) => {
      const print = configPrint(raw)
      const known = recallValidated(print)
      // Written into the page while consentry.js still runs, so it starts before the next tag.
      let integrate = wantsIntegrations(raw) && (await load('integrations', true).catch(reportError))
      const start = (config: Config) => {
        const runtime = startRuntime(config, { win, doc, load, ui: true, emit, $consent, region: pageRegion(win, script) })
        if (integrate) integrate(config, api.get(), api.on, win)
        attach(runtime.target)
        runtime.start()
      }
      if (known) return start(known)
      // Not validated yet: nothing is granted until it is.
      if (integrate) integrate(raw as Config, null, api.on, win)
      integrate = undefined
      // Most likely a first visit (or a changed config): fetch the UI in parallel with the
      // validator, not after it.
      load('ui').catch(() => {})
      const { config, errors } = (await load('check'))(raw, win, print)
      if (!config) return fail(errors)
      start(config)
    })
    .catch((error: Error) => fail([error.message]))
}

try {
  boot()
} catch (error) {
  reportError(error)
}
