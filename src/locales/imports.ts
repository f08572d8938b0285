import type { LocaleTag, LocaleText } from './index.js'

/** Each locale but the built-in ja and en, as a dynamic import: for the ESM build, where the bundler splits each off, and for tests. */
export const LOCALE_IMPORTS: Record<Exclude<LocaleTag, 'ja' | 'en'>, () => Promise<LocaleText>> = {
  'zh-Hans': () => import('./zh-Hans.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
  ko: () => import('./ko.js'),
  th: () => import('./th.js'),
  vi: () => import('./vi.js'),
  id: () => import('./id.js'),
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  pt: () => import('./pt.js'),
  pl: () => import('./pl.js'),
  sv: () => import('./sv.js'),
  da: () => import('./da.js'),
  fi: () => import('./fi.js'),
  cs: () => import('./cs.js'),
  el: () => import('./el.js'),
  hu: () => import('./hu.js'),
  ro: () => import('./ro.js'),
  uk: () => import('./uk.js'),
  ar: () => import('./ar.js'),
  he: () => import('./he.js'),
}
