import type { Locale, LocalizedText } from '../config/types.js'

/** The text in the wanted language, else the other one, else an empty string. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return text[locale] ?? text[locale === 'ja' ? 'en' : 'ja'] ?? ''
}

const asLocale = (tag: string | null | undefined): Locale | null => {
  const primary = (tag || '').trim().toLowerCase().split(/[-_]/)[0]
  return primary === 'ja' || primary === 'en' ? primary : null
}

/**
 * "auto" follows the page's `<html lang>`, then the browser's languages in order,
 * then falls back to English.
 */
export function resolveLocale(
  setting: 'auto' | Locale,
  documentLang: string | null | undefined,
  browserLanguages: readonly string[],
): Locale {
  if (setting !== 'auto') return setting
  const fromPage = asLocale(documentLang)
  if (fromPage) return fromPage
  for (const language of browserLanguages) {
    const locale = asLocale(language)
    if (locale) return locale
  }
  return 'en'
}
