import type { Config, Locale } from '../core/config/types.js'
import { canonicalJson, noticeShown } from '../core/receipt/index.js'
import { sha256Hex } from '../adapters/digest/index.js'
import type { LoadChunk } from '../adapters/chunks/index.js'
import { startReceipts, type ReceiptsController, type ReceiptsOptions } from '../adapters/receipts/index.js'
import { INTERFACE_TEXT_SHA256 } from '../ui/i18n-digest.js'
import { visitorLocale } from '../ui/locale.js'
import { interfaceText } from '../ui/i18n.js'
import { loadedLocale } from '../ui/words.js'

let started: Promise<ReceiptsController> | null = null
let notice: ReceiptsOptions | null = null

/** The language the interface shows now (the visitor may have switched in the dialog), else the one it would show. */
function shownLocale(config: Config, doc: Document): Locale {
  const shown = doc.getElementById('consentry-root')?.shadowRoot?.querySelector<HTMLElement>('.root')?.lang
  return (shown as Locale) || visitorLocale(config, doc)
}

/**
 * The interface text's digest: known for the built-in locales, worked out here for a site's
 * own once its words have loaded (until then the interface shows English).
 */
function interfaceDigest(locale: Locale, win: Window, load: LoadChunk): Promise<string> {
  const own = !INTERFACE_TEXT_SHA256[locale] && loadedLocale(locale)
  return own ? sha256Hex(canonicalJson(interfaceText(own)), win, () => load('sha256')) : Promise.resolve(INTERFACE_TEXT_SHA256[locale] ?? INTERFACE_TEXT_SHA256.en)
}

/**
 * Starts the receipts of this page once. The notice hash covers the interface text in the
 * language the visitor reads (by its digest) and every category and recipient as the dialog
 * shows them; a later call, at each decision, brings both up to date.
 */
export function startReceiptsFor(config: Config, win: Window, load: LoadChunk): Promise<ReceiptsController> {
  const locale = shownLocale(config, win.document)
  const hashed = interfaceDigest(locale, win, load).then((digest) => sha256Hex(canonicalJson(noticeShown(config, locale, digest)), win, () => load('sha256')))
  started ??= hashed.then((noticeHash) => startReceipts(config, win, (notice = { locale, noticeHash })))
  // Each decision brings the notice up to date before its receipt is built.
  return hashed.then((noticeHash) => started!.then((controller) => (Object.assign(notice!, { locale, noticeHash }), controller)))
}
