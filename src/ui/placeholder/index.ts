import type { Config, Locale } from '../../core/config/types.js'
import type { LoadChunk } from '../../adapters/chunks/index.js'
import { isRightToLeft } from '../../locales/index.js'
import { ensureLocale, words } from '../words.js'
import type { ConsentChoice, ConsentState } from '../../core/consent/index.js'
import type { ReadableAtom } from 'nanostores'
import { listSeparator, localize } from '../../core/text/index.js'
import { element } from '../dom.js'
import { visitorLocale } from '../locale.js'
import { addStyles, THEME_CSS } from '../styles.js'
import { PLACEHOLDER_STRINGS } from '../i18n.js'

const CSS = THEME_CSS + `
:host{display:inline-block;box-sizing:border-box;overflow:auto}
.box{box-sizing:border-box;min-height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;padding:12px;text-align:center;font:14px/1.5 var(--consentry-font);color:var(--consentry-fg);background:var(--consentry-bg);border:1px solid var(--consentry-border);border-radius:var(--consentry-radius)}
p{margin:0;text-wrap:pretty}
:lang(ja) p{word-break:auto-phrase}
.name{font-weight:600}
`

// Below this size there is no room to say anything: the placeholder only keeps the space.
const MIN_WIDTH = 160
const MIN_HEIGHT = 100

/** What the placeholders need from the runtime: the config, the state, and a decision of their own. */
export interface PlaceholderRuntime {
  config: Config
  $consent: ReadableAtom<ConsentState>
  set(choice: ConsentChoice, method: string): void
  /** Loads the visitor's locale when it is not built in. */
  load: LoadChunk
}

export type ShowPlaceholders = (held: Element[], runtime: PlaceholderRuntime, openPreferences: () => void) => void

// Each blocked element with a placeholder, and how to put it back.
const shown = new Map<HTMLElement, () => void>()
let listening = false

/**
 * The choice that allows just this element: its categories, and its vendor alone where it
 * names one (other vendors of a category switched on here stay off).
 */
export function choiceFor(config: Config, state: ConsentState, categories: string[], vendor: string | null): ConsentChoice {
  const choice: Required<ConsentChoice> = { categories: {}, vendors: {} }
  for (const id of categories) choice.categories[id] = true
  if (vendor) {
    for (const other of config.vendors) if (categories.includes(other.category) && !state.categories[other.category]) choice.vendors[other.id] = false
    choice.vendors[vendor] = true
  }
  return choice
}

/**
 * Shows a placeholder of the same size in place of each blocked element that has none yet,
 * once the visitor's language has loaded (ja and en are built in).
 */
export const showPlaceholders: ShowPlaceholders = (held, runtime, openPreferences) => {
  const doc = held[0]?.ownerDocument
  if (doc) ensureLocale(visitorLocale(runtime.config, doc), runtime.load).then((locale) => place(held, runtime, openPreferences, locale))
}

function place(held: Element[], runtime: PlaceholderRuntime, openPreferences: () => void, locale: Locale) {
  const { config, $consent } = runtime
  const t = words(PLACEHOLDER_STRINGS, 'placeholder', locale)
  const separator = listSeparator(locale)
  for (const gated of held) {
    // One the page keeps out of sight (a hidden sync frame) stays out of sight.
    if (!(gated instanceof HTMLElement) || shown.has(gated) || !gated.getClientRects().length) continue
    const doc = gated.ownerDocument
    const categories: string[] = gated.getAttribute('data-consent')!.match(/\S+/g) || []
    const vendorId = gated.getAttribute('data-vendor')
    const vendor = config.vendors.find((candidate) => candidate.id === vendorId)
    const titles = config.categories.filter((category) => categories.includes(category.id)).map((category) => localize(category.title, locale))
    const name = vendor ? localize(vendor.name, locale) : titles.join(separator)
    const purpose = (vendor && localize(vendor.purpose, locale)) || titles.join(separator)

    // A frame takes its size without a source; an image without one shows only its alt text.
    const rect = gated.getBoundingClientRect()
    const sized = gated.localName != 'iframe' && gated.hasAttribute('width') && gated.hasAttribute('height')
    const width = (sized ? Number(gated.getAttribute('width')) : rect.width) || 300
    const height = (sized ? Number(gated.getAttribute('height')) : rect.height) || 150
    const host = element(doc, 'div', { 'data-consentry': 'placeholder' })
    host.style.width = width + 'px'
    host.style.height = height + 'px'
    const shadow = host.attachShadow({ mode: 'open' })
    addStyles(shadow, CSS)
    if (width >= MIN_WIDTH && height >= MIN_HEIGHT) {
      const allow = element(doc, 'button', { type: 'button', 'data-action': 'allow' }, t.allow)
      allow.onclick = () => {
        // The receipt names this control.
        runtime.set(choiceFor(config, $consent.get(), categories, vendorId), 'placeholder')
        if (gated.hasAttribute('data-consentry-activated')) gated.focus()
      }
      const preferences = element(doc, 'a', { href: '#' }, t.preferences)
      preferences.onclick = (event) => {
        event.preventDefault()
        openPreferences()
      }
      shadow.append(
        element(
          doc,
          'div',
          { class: 'box', lang: locale, dir: isRightToLeft(locale) ? 'rtl' : 'ltr', role: 'group', 'aria-label': name },
          element(doc, 'p', {}, t.lead),
          element(doc, 'p', { class: 'name' }, name),
          element(doc, 'p', {}, t.purpose + purpose),
          allow,
          preferences,
        ),
      )
    }
    // Hidden, not removed: the gate still holds it, and it comes back as it was.
    const display = gated.style.getPropertyValue('display')
    const priority = gated.style.getPropertyPriority('display')
    gated.style.setProperty('display', 'none', 'important')
    gated.before(host)
    shown.set(gated, () => {
      if (display) gated.style.setProperty('display', display, priority)
      else gated.style.removeProperty('display')
      host.remove()
    })
  }
  if (listening) return
  listening = true
  // Once allowed, by this button or any other decision, the element comes back in its place;
  // once the page removes it (a single-page app's route change), its placeholder goes too,
  // and nothing here keeps the element alive.
  const settle = () =>
    shown.forEach((reveal, gated) => {
      if (!gated.hasAttribute('data-consentry-activated') && gated.isConnected) return
      reveal()
      shown.delete(gated)
    })
  $consent.listen(settle)
  const root = held[0]?.ownerDocument.documentElement
  if (root)
    new MutationObserver((records) => {
      if (shown.size && records.some((record) => record.removedNodes.length)) settle()
    }).observe(root, { childList: true, subtree: true })
}
