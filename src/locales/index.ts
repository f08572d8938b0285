import type * as English from './en.js'

/**
 * Every language the interface speaks, as BCP 47 tags: what a config without `languages`
 * offers, English first as the fallback. ja and en ship inside the chunks; the others are a chunk each.
 */
export const LOCALE_TAGS = [
  'en', 'ja', 'zh-Hans', 'zh-Hant', 'ko', 'th', 'vi', 'id',
  'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'cs', 'el', 'hu', 'ro', 'uk',
  'ar', 'he',
] as const

export type LocaleTag = (typeof LOCALE_TAGS)[number]

/** One locale's words, section by section, with the English file's keys. */
export type LocaleText = { [S in keyof typeof English]: { [K in keyof (typeof English)[S]]: string } }

/** A BCP 47 language tag as a config writes it: the built-in ones, or a site's own ("nb", "es-MX"). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** Written right to left: the UI root gets dir="rtl" and the layout mirrors. */
export const isRightToLeft = (tag: string) => tag == 'ar' || tag == 'he'

/** Each language's name in that language, for the dialog's language switch. */
export const LANGUAGE_NAMES: Record<LocaleTag, string> = {
  ja: '日本語', en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', ko: '한국어', th: 'ไทย', vi: 'Tiếng Việt',
  id: 'Bahasa Indonesia', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', nl: 'Nederlands', pt: 'Português',
  pl: 'Polski', sv: 'Svenska', da: 'Dansk', fi: 'Suomi', cs: 'Čeština', el: 'Ελληνικά', hu: 'Magyar', ro: 'Română',
  uk: 'Українська', ar: 'العربية', he: 'עברית',
}
