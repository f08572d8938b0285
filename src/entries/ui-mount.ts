import { resolveLocale } from '../core/text/index.js'
import { mountUI } from '../ui/index.js'
import type { UIRuntimeWithoutLocale } from '../adapters/chunks/index.js'

/** Mounts the UI in the visitor's language: the config's locale, else `<html lang>`, else the browser's. */
export function mountLocalizedUI(runtime: UIRuntimeWithoutLocale, doc: Document) {
  const nav = doc.defaultView?.navigator
  const locale = resolveLocale(runtime.config.locale, doc.documentElement.lang, nav ? nav.languages || [nav.language] : [])
  mountUI({ ...runtime, locale }, doc)
}
