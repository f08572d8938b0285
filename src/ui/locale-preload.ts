import type { Locale } from '../core/config/types.js'
import { resolveLocale } from '../core/text/index.js'
import { LOCALE_TAGS } from '../locales/index.js'
import { readLanguageChoice } from '../adapters/language-choice/index.js'
import { isBuiltIn } from './words.js'

/**
 * On a first visit the validator chunk runs before the banner can show: it starts fetching
 * the visitor's locale chunk at once (a preload the banner's own request then takes up), so
 * the words are not a round trip after the banner chunk. The config is not validated yet:
 * anything odd in it just means no preload.
 */
export function preloadLocale(raw: unknown, doc: Document, base: string, nonce: string) {
  try {
    const { locale, languages } = (raw ?? {}) as { locale?: unknown; languages?: unknown }
    const offered = Array.isArray(languages) ? (languages.filter((tag) => typeof tag == 'string') as Locale[]) : LOCALE_TAGS
    const setting = typeof locale == 'string' && offered.includes(locale as Locale) ? (locale as Locale) : 'auto'
    const win = doc.defaultView!
    const tag = resolveLocale(setting, doc.documentElement.lang, win.navigator.languages, offered.length ? offered : LOCALE_TAGS, readLanguageChoice(win))
    if (isBuiltIn(tag)) return
    const link = doc.createElement('link')
    link.rel = 'preload'
    link.as = 'script'
    link.href = new URL('consentry-locale-' + tag + '.js', base).href
    link.nonce = nonce
    doc.head.append(link)
  } catch {
    // A preload is only a head start.
  }
}
