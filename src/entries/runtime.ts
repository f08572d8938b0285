import type { Config } from '../core/config/types.js'
import { atom, type WritableAtom } from 'nanostores'
import { createConsent, isGranted, type ConsentState } from '../core/consent/index.js'
import { createGate } from '../adapters/gate/index.js'
import { decodeDecision, encodeDecision } from '../adapters/storage/codec.js'
import { createCookieStorage, type DecisionStorage } from '../adapters/storage/index.js'
import { newUuid } from '../adapters/ids/index.js'
import type { LoadChunk, UIRuntimeWithoutLocale } from '../adapters/chunks/index.js'
import { PENDING_KEY } from '../adapters/receipts/pending.js'
import { listenToOtherTabs, tabChannel } from '../adapters/signals/tabs.js'
import { fetchRegion } from '../adapters/region/index.js'
import { reportError, type ApiTarget } from './api.js'

export interface RuntimeOptions {
  win: Window
  doc: Document
  load: LoadChunk
  /** False for pages that bring their own UI. */
  ui: boolean
  storage?: DecisionStorage
  now?: () => number
  /** Tells listeners, the window and the dataLayer about a change. */
  emit: (state: ConsentState) => void
  /** The public API's store, which the state machine writes into. */
  $consent: WritableAtom<ConsentState>
  /** Under `jurisdictions`: the region the page gives (data-region, window.consentryRegion), if any. */
  region?: string | null
}

/** Wires a valid config to the state, the gate, the cookie, events and the UI. */
export function startRuntime(config: Config, options: RuntimeOptions): { target: ApiTarget; start(): void } {
  const { win, doc } = options
  const nav = win.navigator as Navigator & { globalPrivacyControl?: boolean }
  const gpc = nav.globalPrivacyControl === true
  const storage = options.storage ?? createCookieStorage(doc, config.cookie, win.location.protocol === 'https:')
  const stored = decodeDecision(storage.read())
  const regions = config.jurisdictions
  // The page's word first; a returning visitor's decision keeps the region it was made in,
  // so no request is needed; otherwise the endpoint is asked (start()), or it is unknown.
  const region = regions && (options.region || stored?.region || (regions.regionEndpoint ? null : 'unknown'))
  const consent = createConsent(config, {
    stored,
    region,
    gpc,
    now: options.now ?? Date.now,
    newId: () => newUuid(win),
    onDecision(decision) {
      storage.write(encodeDecision(decision.stored), config.expiresAfterDays * 86_400)
      const before = $consent.get()
      afterDecision().then((chunk) => chunk.afterDecision(config, before, decision, win, options.load)).catch(reportError)
    },
  }, options.$consent)
  const { $consent } = consent
  const afterDecision = () => options.load('decision')
  const { emit } = options
  // An id the config does not define is never granted, so such markup stays blocked.
  const gate = createGate(
    doc,
    (categories, vendor) => isGranted($consent.get(), categories, vendor),
    // Blocked frames show what they are and a button that allows just them.
    (held) => options.ui && options.load('placeholder').then((place) => place(held, uiRuntime, show), reportError),
  )

  // Listeners (Consent Mode among them) hear of a change before any tag it allows runs.
  $consent.listen((state) => {
    emit(state)
    gate.update()
    if (!state.decided) ensureUI()
  })
  // This tab's own channel hears this tab's decisions too; those are already applied.
  listenToOtherTabs(win, tabChannel(config.cookie.name), (value) => {
    const stored = decodeDecision(value)
    if (stored?.id !== $consent.get().id) consent.restore(stored)
  })

  // The UI: loaded at once on a first visit, otherwise only when the visitor asks for it.
  const $preferencesOpen = atom(false)
  let ui: Promise<void> | null = null
  // The consent actions and $consent, plus what the UI needs besides.
  const uiRuntime: UIRuntimeWithoutLocale = { ...consent, config, gpc, $preferencesOpen, load: options.load }
  // No first layer while the region is still being found out: its models decide what it asks.
  const ensureUI = () =>
    options.ui && (!regions || $consent.get().region) && (ui ??= options.load('ui').then((mount) => mount(uiRuntime, doc), reportError))
  const show = () => {
    $preferencesOpen.set(true)
    ensureUI()
  }
  doc.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest?.('[data-consentry-open]')
    if (!control) return
    event.preventDefault()
    // Clicking does not focus a link in every browser; focus is what the dialog gives back on close.
    ;(control as HTMLElement).focus()
    show()
  })

  return {
    target: { ...consent, show } satisfies ApiTarget,
    start() {
      if (region === null) fetchRegion(win, regions!.regionEndpoint!, regions!.regionTimeoutMs).then(consent.setRegion)
      const state = $consent.get()
      if (state.decided) emit(state)
      else ensureUI()
      gate.update()
      // Receipts that an earlier page view could not deliver are sent now.
      try {
        if (localStorage.getItem(PENDING_KEY)) afterDecision().then((chunk) => chunk.receipts(config, win, options.load)).catch(reportError)
      } catch {
        // Storage blocked: receipts then live in memory and cannot outlast the page anyway.
      }
      // The external-transmission notice needs the whole page parsed to find its place.
      const fillDisclosure = () =>
        doc.querySelector('[data-consentry-disclosure]') && options.load('disclosure').then((fill) => fill(config, doc), reportError)
      if (doc.readyState == 'loading') doc.addEventListener('DOMContentLoaded', fillDisclosure)
      else fillDisclosure()
    },
  }
}
