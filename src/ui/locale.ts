import type { Config, Locale } from '../core/config/types.js'
import { resolveLocale } from '../core/text/index.js'
import { readLanguageChoice } from '../adapters/language-choice/index.js'

/**
 * The visitor's language among the config's `languages`: the one they picked in the dialog,
 * else the config's locale, else the page's `<html lang>`, else the browser's.
 */
export function visitorLocale(config: Config, doc: Document): Locale {
  const win = doc.defaultView!
  const nav = win.navigator
  return resolveLocale(config.locale, doc.documentElement.lang, nav.languages, config.languages, readLanguageChoice(win))
}
