/** The ESM API: the same behaviour as consentry.js, for bundlers and servers. */
import { validateConfig } from '../core/config/index.js'
import type { DecisionStorage } from '../adapters/storage/index.js'
import { createApi, reportError, type ConsentryApi } from './api.js'
import { startRuntime } from './runtime.js'
import type { Chunks, LoadChunk } from '../adapters/chunks/index.js'
import { wantsIntegrations } from '../adapters/integrations/wanted.js'

// In the ESM build the chunks are ordinary dynamic imports, split off by the bundler.
const chunkImports: { [K in keyof Chunks]: () => Promise<Chunks[K]> } = {
  ui: () => import('./ui-mount.js').then((module) => module.mountLocalizedUI),
  preferences: () => import('../ui/preferences-mount.js').then((module) => module.renderPreferences),
  // createConsentry validates on its own; nothing is remembered between page views.
  check: () => Promise.resolve((raw: unknown) => validateConfig(raw)),
  decision: () =>
    Promise.all([import('../adapters/decision/index.js'), import('./receipts-start.js')]).then(([decision, receipts]) =>
      decision.createDecisionChunk(receipts.startReceiptsFor),
    ),
  sha256: () => import('../core/hash/sha256.js').then((module) => module.sha256Hex),
  disclosure: () => import('../ui/disclosure/fill.js').then((module) => module.fillDisclosures),
  integrations: () => import('../adapters/integrations/index.js').then((module) => module.startIntegrations),
  placeholder: () => import('../ui/placeholder/index.js').then((module) => module.showPlaceholders),
}
const loadChunk: LoadChunk = (name) => chunkImports[name]()

export { validateConfig } from '../core/config/index.js'
export { practicalWarnings } from '../core/config/practice.js'
export { localizeMessage } from '../core/config/messages.js'
export { DATA_ITEMS, dataItemLabel } from '../core/vocabulary/index.js'
export type { Validation } from '../core/config/index.js'
export { parseConsentCookie } from '../adapters/storage/parse-cookie.js'
export { toKantara } from '../core/receipt/kantara.js'
export { themeProblems, contrastRatio, type Theme } from '../core/contrast/index.js'
export { receiptProblems } from '../core/receipt/validate.js'
export type { ConsentReceipt, ReceiptPurpose, ReceiptRecipient, ReceiptEvent } from '../core/receipt/types.js'
export type { KantaraReceipt } from '../core/receipt/kantara.js'
export type { ParsedConsentCookie } from '../adapters/storage/parse-cookie.js'
export type { Config, Category, Vendor, LocalizedText, Locale, Controller } from '../core/config/types.js'
export type { ConsentState, ConsentChoice } from '../core/consent/index.js'
export type { ConsentryApi } from './api.js'
export type { DecisionStorage } from '../adapters/storage/index.js'
export { createMemoryStorage } from '../adapters/storage/index.js'

export interface CreateOptions {
  /** Render the banner and preferences dialog (default true). False for a custom UI built on the API. */
  ui?: boolean
  /** Where the decision is kept; the first-party cookie by default. */
  storage?: DecisionStorage
}

// The instance running in this page, shared by every copy of the module (a page may bundle it twice).
const RUNNING = Symbol.for('consentry.instance')

/**
 * Validates the config and starts Consentry in this page. With an invalid config it logs
 * every problem, keeps everything gated and returns an API whose `errors` lists them.
 * Once one has started, later calls (a re-initialisation, a second bundle) return it rather
 * than gate, render and record a second time.
 */
export function createConsentry(config: unknown, options: CreateOptions = {}): ConsentryApi {
  const slot = window as unknown as Record<symbol, ConsentryApi | undefined>
  const running = slot[RUNNING]
  if (running) {
    console.warn('consentry: createConsentry() was called again; the instance already running is returned')
    return running
  }
  const { api, attach, fail, emit } = createApi(window)
  try {
    const { config: valid, errors, warnings } = validateConfig(config)
    for (const warning of warnings) console.warn('consentry: ' + warning)
    if (!valid) {
      fail(errors)
      return api
    }
    slot[RUNNING] = api
    const begin = (integrate?: Chunks['integrations']) => {
      const runtime = startRuntime(valid, {
        win: window,
        doc: document,
        storage: options.storage,
        ui: options.ui !== false,
        emit,
        load: loadChunk,
      })
      integrate?.(valid, runtime.target.get(), api.on, window)
      attach(runtime.target)
      runtime.start()
    }
    // Consent Mode's default and the request hold come first, so the runtime waits for them.
    if (wantsIntegrations(valid)) loadChunk('integrations').then(begin, (error) => (reportError(error), begin()))
    else begin()
  } catch (error) {
    reportError(error)
    fail([String(error)])
  }
  return api
}
