import type { Config, Locale } from '../../core/config/types.js'
import { createChunkLoader, type LoadChunk } from '../../adapters/chunks/index.js'
import { reportError } from '../../adapters/report/index.js'
import { ensureLocale, loadedLocale } from '../words.js'
import { disclosureSections } from '../../core/disclosure/index.js'
import { visitorLocale } from '../locale.js'
import { DISCLOSURE_CSS, disclosureHtml } from './render.js'
import { addStyles } from '../styles.js'

/** Fills every [data-consentry-disclosure] element of the page with the notice, in the visitor's language. */
export function fillDisclosures(config: Config, doc: Document, load: LoadChunk = loadBeside()) {
  ensureLocale(visitorLocale(config, doc), load).then((locale) => fill(config, doc, locale), reportError)
}

// consentry.js hands this chunk no loader (it calls it with the config and the page only), so
// it loads a locale's words from its own directory, as consentry.js loads the chunks.
const self = typeof document == 'object' ? (document.currentScript as HTMLScriptElement | null) : null
const loadBeside = () => createChunkLoader(window, document, self, self?.nonce || '')

function fill(config: Config, doc: Document, locale: Locale) {
  // Every text in the markup is escaped by disclosureHtml, and links are limited to http(s) and relative URLs.
  const html = disclosureHtml(disclosureSections(config, locale, loadedLocale(locale)?.dataItems), locale)
  doc.querySelectorAll('[data-consentry-disclosure]').forEach((element) => (element.innerHTML = html))
  // Sites change its look through the custom properties DISCLOSURE_CSS names.
  addStyles(doc, DISCLOSURE_CSS)
}
