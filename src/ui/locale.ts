import type { Config, Locale } from '../core/config/types.js'
import { resolveLocale } from '../core/text/index.js'

/** The visitor's language: the config's locale, else the page's `<html lang>`, else the browser's. */
export function visitorLocale(config: Config, doc: Document): Locale {
  const nav = doc.defaultView?.navigator
  return resolveLocale(config.locale, doc.documentElement.lang, nav ? nav.languages || [nav.language] : [])
}
