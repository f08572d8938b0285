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
import { closedNotice, noticeFor } from '../adapters/notice-memory/index.js'
import { readLocal } from '../adapters/local/index.js'
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
  const afterDecision = () => options.load('decision')
  const consent = createConsent(config, {
    stored,
    region,
    gpc,
    now: options.now ?? Date.now,
    newId: newUuid,
    onDecision(decision) {
      storage.write(encodeDecision(decision.stored), config.expiresAfterDays * 86_400)
      // Also called while the state is made: a GPC opt-out is recorded at once.
      const before = options.$consent.get()
      afterDecision().then((chunk) => chunk.afterDecision(config, before, decision, win, options.load)).catch(reportError)
    },
  }, options.$consent)
  const { $consent } = consent
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
    optOutHooks()
    firstLayer(state)
  })
  // This tab's own channel hears this tab's decisions too; those are already applied.
  listenToOtherTabs(win, tabChannel(config.cookie.name), (value) => {
    const stored = decodeDecision(value)
    if (stored?.id !== $consent.get().id) consent.restore(stored)
  })

  // The UI: loaded at once on a first visit, otherwise only when the visitor asks for it.
  const $preferencesOpen = atom<boolean | 'opt-out'>(false)
  let ui: Promise<void> | null = null
  // The consent actions and $consent, plus what the UI needs besides.
  const uiRuntime: UIRuntimeWithoutLocale = { ...consent, config, gpc, $preferencesOpen, load: options.load }
  // No first layer while the region is still being found out: its models decide what it asks.
  const ensureUI = () =>
    options.ui && (!regions || $consent.get().region) && (ui ??= options.load('ui').then((mount) => mount(uiRuntime, doc), reportError))
  // Undecided: the banner, or the notice layer until the visitor has closed it.
  const firstLayer = (state = $consent.get()) => state.decided || closedNotice() == noticeFor(state) || ensureUI()
  const show = (at: boolean | 'opt-out' = true) => {
    $preferencesOpen.set(at)
    ensureUI()
  }
  const OPT_OUT = '[data-consentry-opt-out]'
  // "Do Not Sell or Share" links and the like are hidden while nothing can be opted out of.
  const optOutHooks = () =>
    doc.querySelectorAll<HTMLElement>(OPT_OUT).forEach((hook) => (hook.hidden = !Object.values($consent.get().models).includes('opt-out')))
  doc.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest?.('[data-consentry-open],' + OPT_OUT)
    if (!control) return
    event.preventDefault()
    // Clicking does not focus a link in every browser; focus is what the dialog gives back on close.
    ;(control as HTMLElement).focus()
    show(!control.matches(OPT_OUT) || 'opt-out')
  })

  return {
    target: { ...consent, show } satisfies ApiTarget,
    start() {
      // A chunk that cannot load leaves the region unknown, as an endpoint that fails does.
      if (region === null)
        options
          .load('region')
          .then((fetchRegion) => fetchRegion(win, regions!), () => 'unknown')
          .then(consent.setRegion)
      const state = $consent.get()
      // Also an undecided state once the region is known: under opt-out and notice it grants
      // categories, and Consent Mode's default was pushed before the config was known.
      if (state.decided || state.region) emit(state)
      firstLayer(state)
      gate.update()
      // Receipts that an earlier page view could not deliver are sent now.
      // With storage blocked, receipts live in memory and cannot outlast the page anyway.
      if (readLocal(PENDING_KEY)) afterDecision().then((chunk) => chunk.receipts(config, win, options.load)).catch(reportError)
      // The external-transmission notice and the opt-out links need the whole page parsed to be found.
      const parsed = () => {
        optOutHooks()
        doc.querySelector('[data-consentry-disclosure]') && options.load('disclosure').then((fill) => fill(config, doc), reportError)
      }
      if (doc.readyState == 'loading') doc.addEventListener('DOMContentLoaded', parsed)
      else parsed()
    },
  }
}
