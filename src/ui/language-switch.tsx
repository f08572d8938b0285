import type { Locale } from '../core/config/types.js'
import { LANGUAGE_NAMES } from '../locales/index.js'
import { writeLanguageChoice } from '../adapters/language-choice/index.js'
import type { UIRuntime } from './runtime.js'
import { ensureLocale } from './words.js'

// A site's own language is named by the browser, in that language.
const ownName = (tag: string) => {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) || tag
  } catch {
    return tag
  }
}

/**
 * The dialog's language switch, among the site's `languages`, each named in its own language.
 * The pick is kept for the visitor's next page views; the interface changes once its words have loaded.
 */
export function LanguageSwitch({ runtime, label }: { runtime: UIRuntime; label: string }) {
  const offered = runtime.config.languages
  if (offered.length < 2) return null
  const pick = (event: Event) => {
    const tag = (event.target as HTMLSelectElement).value as Locale
    writeLanguageChoice(window, tag)
    ensureLocale(tag, runtime.load).then((locale) => runtime.relocalize?.(locale))
  }
  return (
    <p class="language">
      <label for="consentry-language">{label}</label>
      <select id="consentry-language" data-action="language" value={runtime.locale} onChange={pick}>
        {offered.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {LANGUAGE_NAMES[tag] ?? ownName(tag)}
          </option>
        ))}
      </select>
    </p>
  )
}
