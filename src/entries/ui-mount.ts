import { visitorLocale } from '../ui/locale.js'
import { ensureLocale } from '../ui/words.js'
import type { Locale } from '../core/config/types.js'
import { mountUI } from '../ui/index.js'
import type { UIRuntimeWithoutLocale } from '../adapters/chunks/index.js'

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let element = doc.activeElement
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
  return element instanceof HTMLElement && element !== doc.body ? element : null
}

/**
 * Mounts the UI in the visitor's language (their pick in the dialog, else the config's
 * locale, else `<html lang>`, else the browser's, among the config's `languages`), and
 * remembers which element had focus when the dialog opened.
 */
export function mountLocalizedUI(runtime: UIRuntimeWithoutLocale, doc: Document) {
  // Subscribed before the UI, so this runs before the dialog takes focus.
  let opener = runtime.$preferencesOpen.get() ? deepActiveElement(doc) : null
  runtime.$preferencesOpen.listen((open) => {
    if (open) opener = deepActiveElement(doc)
  })
  const mount = (locale: Locale) =>
    mountUI(
      {
        ...runtime,
        locale,
        receipts: runtime.config.receipts ? () => runtime.load('decision').then((chunk) => chunk.receipts(runtime.config, window, runtime.load)) : null,
        preferences: () => runtime.load('preferences'),
        takeOpener() {
          const element = opener
          opener = null
          return element
        },
      },
      doc,
    )
  // A locale other than ja and en loads its words first, a chunk of its own (English if it cannot load).
  ensureLocale(visitorLocale(runtime.config, doc), runtime.load).then(mount)
  // What a decision needs (the receipt queue, cookie clean-up) loads now, while the visitor
  // reads: a click made offline, or just before leaving, still gets its receipt queued.
  runtime.load('decision').catch(() => {})
}
