import type { Config } from '../core/config/types.js'
import { noticeHash, noticeShown } from '../core/receipt/index.js'
import { startReceipts, type ReceiptsController } from '../adapters/receipts/index.js'
import { STRINGS } from '../ui/i18n.js'
import { visitorLocale } from '../ui/locale.js'

let started: Promise<ReceiptsController> | null = null

/**
 * Starts the receipts of this page once. The notice hash covers the interface text in the
 * visitor's language and every category and recipient as the dialog shows them.
 */
export function startReceiptsFor(config: Config, win: Window): Promise<ReceiptsController> {
  const locale = visitorLocale(config, win.document)
  return (started ??= startReceipts(config, win, {
    locale,
    noticeHash: noticeHash(noticeShown(config, locale, STRINGS[locale])),
  }))
}
