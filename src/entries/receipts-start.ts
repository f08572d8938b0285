import type { Config } from '../core/config/types.js'
import { canonicalJson, noticeShown } from '../core/receipt/index.js'
import { sha256Hex } from '../adapters/digest/index.js'
import type { LoadChunk } from '../adapters/chunks/index.js'
import { startReceipts, type ReceiptsController } from '../adapters/receipts/index.js'
import { INTERFACE_TEXT_SHA256 } from '../ui/i18n-digest.js'
import { visitorLocale } from '../ui/locale.js'

let started: Promise<ReceiptsController> | null = null

/**
 * Starts the receipts of this page once. The notice hash covers the interface text in the
 * visitor's language (by its digest) and every category and recipient as the dialog shows them.
 */
export function startReceiptsFor(config: Config, win: Window, load: LoadChunk): Promise<ReceiptsController> {
  const locale = visitorLocale(config, win.document)
  return (started ??= sha256Hex(canonicalJson(noticeShown(config, locale, INTERFACE_TEXT_SHA256[locale])), win, () => load('sha256')).then(
    (noticeHash) => startReceipts(config, win, { locale, noticeHash }),
  ))
}
