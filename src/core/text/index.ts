import type { Locale, LocalizedText } from '../config/types.js'

/**
 * The text in the wanted language, else English, else the first language it is written in
 * (so Japanese and English still fall back to each other), else an empty string.
 */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? ''
}

/**
 * The offered locale a BCP 47 tag falls back to, or null: its language (pt-BR → pt,
 * en-GB → en), and for Chinese its script, written or implied by the region (zh-TW, zh-HK,
 * zh-MO → zh-Hant; zh, zh-CN, zh-SG → zh-Hans), as the runtime's likely-subtags data says.
 */
export function matchLocale(tag: string | null | undefined, offered: readonly Locale[]): Locale | null {
  try {
    const { language, script } = new Intl.Locale(tag!).maximize()
    const wanted = (language == 'zh' ? 'zh-' + script : language) as Locale
    return offered.includes(wanted) ? wanted : null
  } catch {
    // No tag, or not a well-formed one.
    return null
  }
}

/**
 * The visitor's language among the offered ones: the one they chose in the dialog, else
 * the config's fixed locale, else ("auto") the page's `<html lang>`, then the browser's
 * languages in order; else the first offered (English, unless the site lists its own).
 */
export function resolveLocale(
  setting: 'auto' | Locale,
  documentLang: string | null | undefined,
  browserLanguages: readonly string[],
  offered: readonly Locale[],
  chosen?: string | null,
): Locale {
  for (const tag of setting == 'auto' ? [chosen, documentLang, ...browserLanguages] : [chosen, setting]) {
    const locale = matchLocale(tag, offered)
    if (locale) return locale
  }
  return offered[0]!
}

/** How a short list is joined: 、 in Japanese and Chinese, the Arabic comma in Arabic, else a comma. */
export const listSeparator = (locale: Locale) => (locale == 'ja' || locale[0] + locale[1] == 'zh' ? '、' : locale == 'ar' ? '، ' : ', ')
