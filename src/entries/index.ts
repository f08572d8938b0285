/** The ESM API: the same behaviour as consentry.js, for bundlers and servers. */
import { validateConfig } from '../core/config/index.js'
import type { DecisionStorage } from '../adapters/storage/index.js'
import { createApi, reportError, type ConsentryApi } from './api.js'
import { createGrantedStores, type GrantedStores } from '../core/consent/granted.js'
import { createConsent } from '../core/consent/index.js'
import { compileConfig } from '../core/jurisdiction/compile.js'
import { decodeDecision, readCookie } from '../adapters/storage/codec.js'
import { startRuntime } from './runtime.js'
import { fetchRegion, pageRegion, regionOf } from '../adapters/region/index.js'
import type { Chunks, LoadChunk } from '../adapters/chunks/index.js'
import { wantsIntegrations } from '../adapters/integrations/wanted.js'
import { LOCALE_IMPORTS } from '../locales/imports.js'
import { registerLocale } from '../ui/words.js'
import type { Config } from '../core/config/types.js'

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
  disclosure: () => import('../ui/disclosure/fill.js').then((module) => (config: Config, doc: Document) => module.fillDisclosures(config, doc, loadChunk)),
  integrations: () => import('../adapters/integrations/index.js').then((module) => module.startIntegrations),
  placeholder: () => import('../ui/placeholder/index.js').then((module) => module.showPlaceholders),
  region: () => Promise.resolve(fetchRegion),
  notice: () => import('../ui/notice.js').then((module) => module.createNotice),
}
// A locale's words are a module of their own, handed over as the locale chunks of consentry.js hand theirs.
const loadLocale = (tag: keyof typeof LOCALE_IMPORTS) =>
  LOCALE_IMPORTS[tag] ? LOCALE_IMPORTS[tag]().then((text) => (registerLocale(tag, text), text)) : Promise.reject(new Error('no locale ' + tag))
const loadChunk = ((name: string) =>
  name.startsWith('locale-') ? loadLocale(name.slice(7) as keyof typeof LOCALE_IMPORTS) : chunkImports[name as keyof typeof chunkImports]()) as LoadChunk

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
export type { GrantedStores } from '../core/consent/granted.js'
export type { ConsentryApi } from './api.js'
export type { DecisionStorage } from '../adapters/storage/index.js'
export { createMemoryStorage } from '../adapters/storage/index.js'

export interface CreateOptions {
  /** Render the banner and preferences dialog (default true). False for a custom UI built on the API. */
  ui?: boolean
  /** Where the decision is kept; the first-party cookie by default. */
  storage?: DecisionStorage
  /**
   * On a server only: the request's `Cookie` header. The instance's stores then hold this
   * visitor's decision (checked against the config's revision and expiry), so server-rendered
   * markup matches what the browser will show. Ignored in a browser, which reads its own cookie.
   */
  cookie?: string | null
  /**
   * Under `jurisdictions`: the visitor's region ("US-CA"), when the app knows it; otherwise
   * `window.consentryRegion`, then `jurisdictions.regionEndpoint`, then "unknown". On a server,
   * the region for that request.
   */
  region?: string | null
}

// The instance running in this page, shared by every copy of the module (a page may bundle it
// twice, and hot module reload runs it again).
const RUNNING = Symbol.for('consentry.instance')
const WARNED = Symbol.for('consentry.warned')

/** The ESM instance: the API of consentry.js plus stores for framework bindings. */
export interface ConsentryInstance extends ConsentryApi {
  /**
   * A computed store of whether `categories` (one or more ids separated by spaces, all of
   * them needed) and, when named, `vendor` are granted: `useStore(consentry.$granted('video', 'youtube'))`.
   * The same question gives the same store.
   */
  $granted: GrantedStores
}

function createInstance(win: Window) {
  const parts = createApi(win)
  const instance: ConsentryInstance = Object.assign(parts.api, { $granted: createGrantedStores(parts.$consent) })
  return { ...parts, instance }
}

/**
 * Validates the config and starts Consentry in this page. With an invalid config it logs
 * every problem, keeps everything gated and returns an API whose `errors` lists them.
 * Once one has started, later calls (a re-initialisation, hot module reload, React
 * StrictMode's second effect, a second bundle) return it rather than gate, render and
 * record a second time, and say so once.
 * On a server (no `window`) it returns an instance that only reads: its stores hold the
 * decision in `options.cookie`, and its actions do nothing.
 */
export function createConsentry(config: unknown, options: CreateOptions = {}): ConsentryInstance {
  if (typeof window == 'undefined') return createServerInstance(config, options.cookie, options.region)
  const slot = window as unknown as Record<symbol, unknown>
  const running = slot[RUNNING] as ConsentryInstance | undefined
  if (running) {
    if (!slot[WARNED]) console.warn('consentry: createConsentry() was called again; the instance already running is returned')
    slot[WARNED] = true
    return running
  }
  const { instance, attach, fail, emit, $consent } = createInstance(window)
  try {
    const { config: checked, errors, warnings } = validateConfig(config, [location.hostname])
    for (const warning of warnings) console.warn('consentry: ' + warning)
    if (!checked) {
      fail(errors)
      return instance
    }
    const valid = compileConfig(checked)
    slot[RUNNING] = instance
    const begin = (integrate?: Chunks['integrations']) => {
      const runtime = startRuntime(valid, {
        win: window,
        doc: document,
        storage: options.storage,
        ui: options.ui !== false,
        emit,
        $consent,
        region: regionOf(options.region) ?? pageRegion(window, null),
        load: loadChunk,
      })
      integrate?.(valid, instance.get(), instance.on, window)
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
  return instance
}

/** One per request on a server: the visitor's stored decision, no gate, no UI, no actions. */
function createServerInstance(config: unknown, cookieHeader: string | null | undefined, region?: string | null): ConsentryInstance {
  const { instance, fail, $consent } = createInstance(globalThis as unknown as Window)
  try {
    const { config: checked, errors } = validateConfig(config)
    if (!checked) return fail(errors), instance
    const valid = compileConfig(checked)
    const stored = typeof cookieHeader == 'string' ? decodeDecision(readCookie(cookieHeader, valid.cookie.name)) : null
    // A server knows the region only when told; a stored decision's region is what it was made in.
    const where = valid.jurisdictions ? regionOf(region) || stored?.region || 'unknown' : undefined
    createConsent(valid, { stored, region: where, gpc: false, now: Date.now, newId: () => '' }, $consent)
    fail([])
  } catch (error) {
    reportError(error)
    fail([String(error)])
  }
  return instance
}
