import { visitorLocale } from '../ui/locale.js'
import { mountUI } from '../ui/index.js'
import type { UIRuntimeWithoutLocale } from '../adapters/chunks/index.js'

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let element = doc.activeElement
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
  return element instanceof HTMLElement && element !== doc.body ? element : null
}

/**
 * Mounts the UI in the visitor's language (the config's locale, else `<html lang>`, else
 * the browser's), and remembers which element had focus when the dialog opened.
 */
export function mountLocalizedUI(runtime: UIRuntimeWithoutLocale, doc: Document) {
  const locale = visitorLocale(runtime.config, doc)
  // Subscribed before the UI, so this runs before the dialog takes focus.
  let opener = runtime.$preferencesOpen.get() ? deepActiveElement(doc) : null
  runtime.$preferencesOpen.listen((open) => {
    if (open) opener = deepActiveElement(doc)
  })
  mountUI(
    {
      ...runtime,
      locale,
      receipts: runtime.config.receipts ? () => runtime.load('decision').then((chunk) => chunk.receipts(runtime.config, window, runtime.load)) : null,
      preferences: () => runtime.load('preferences'),
      notice: () => runtime.load('notice'),
      takeOpener() {
        const element = opener
        opener = null
        return element
      },
    },
    doc,
  )
  // What a decision needs (the receipt queue, cookie clean-up) loads now, while the visitor
  // reads: a click made offline, or just before leaving, still gets its receipt queued.
  runtime.load('decision').catch(() => {})
}
