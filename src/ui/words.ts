import type { Locale } from '../core/config/types.js'
import type { LocaleText } from '../locales/index.js'
import type { LoadChunk } from '../adapters/chunks/index.js'
import { reportError } from '../adapters/report/index.js'

/** Japanese and English ship inside the chunks that use them; every other locale is a chunk of its own. */
export const isBuiltIn = (locale: string): locale is 'ja' | 'en' => locale == 'ja' || locale == 'en'

/** A locale chunk that has loaded (consentry-locale-<tag>.js hands its words over like any chunk). */
export const loadedLocale = (tag: string) => (globalThis as unknown as Record<symbol, LocaleText | undefined>)[Symbol.for('consentry.locale-' + tag)]

/** One section of the interface's words in `locale`: built in, else from its loaded chunk, else English. */
export const words = <S extends keyof LocaleText>(builtIn: Record<'ja' | 'en', LocaleText[S]>, section: S, locale: Locale): LocaleText[S] =>
  builtIn[locale as 'ja'] || loadedLocale(locale)?.[section] || builtIn.en

/** Loads the locale's chunk when it is not built in; a locale that cannot load falls back to English. */
export const ensureLocale = (locale: Locale, load: LoadChunk): Promise<Locale> =>
  (isBuiltIn(locale) ? Promise.resolve() : load(`locale-${locale}`)).then(
    () => locale,
    (error) => (reportError(error), 'en'),
  )

/** Hands a locale's words over where loadedLocale finds them: what a locale chunk does as it loads. */
export const registerLocale = (tag: string, text: LocaleText) => {
  ;(globalThis as unknown as Record<symbol, LocaleText>)[Symbol.for('consentry.locale-' + tag)] = text
}
