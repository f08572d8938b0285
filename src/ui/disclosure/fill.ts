import type { Config } from '../../core/config/types.js'
import { disclosureSections } from '../../core/disclosure/index.js'
import { visitorLocale } from '../locale.js'
import { DISCLOSURE_CSS, disclosureHtml } from './render.js'
import { addStyles } from '../styles.js'

/** Fills every [data-consentry-disclosure] element of the page with the notice, in the visitor's language. */
export function fillDisclosures(config: Config, doc: Document) {
  const locale = visitorLocale(config, doc)
  // Every text in the markup is escaped by disclosureHtml, and links are limited to http(s) and relative URLs.
  const html = disclosureHtml(disclosureSections(config, locale), locale)
  doc.querySelectorAll('[data-consentry-disclosure]').forEach((element) => (element.innerHTML = html))
  // Sites change its look through the custom properties DISCLOSURE_CSS names.
  addStyles(doc, DISCLOSURE_CSS)
}
