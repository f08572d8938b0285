import type { Locale } from '../config/types.js'
import { dataItems as japanese } from '../../locales/ja.js'
import { dataItems as english } from '../../locales/en.js'

/**
 * The data items a vendor may declare, with the words a Japanese or English notice uses
 * (every locale file has them too: src/locales). The PPC guideline's examples of personal
 * referable information are all here. Any other string is accepted as free text and shown as written.
 */
export const DATA_ITEMS: Record<string, { ja: string; en: string }> = /* @__PURE__ */ Object.fromEntries(
  Object.entries(english).map(([item, label]) => [item, { ja: japanese[item as keyof typeof japanese], en: label }]),
)

/**
 * A data item in the visitor's language: the locale's own word (`vocabulary`, the dataItems
 * of a loaded locale), else the built-in one, else English, else the free text as written.
 */
export const dataItemLabel = (item: string, locale: Locale, vocabulary?: Record<string, string>) =>
  text(vocabulary, item) ?? text(DATA_ITEMS[item], locale) ?? text(DATA_ITEMS[item], 'en') ?? item

// Only a string counts: a free-text item named like an Object property ("constructor") stays as written.
const text = (words: object | undefined, key: string) => {
  const found = (words as Record<string, unknown> | undefined)?.[key]
  return typeof found == 'string' ? found : undefined
}

/** The country's name in the given language, from the runtime's own data; else its code. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) || code
  } catch {
    return code
  }
}
