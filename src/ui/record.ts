import type { Config, Locale } from '../core/config/types.js'
import { listSeparator, localize } from '../core/text/index.js'
import * as ja from '../locales/ja.js'
import * as en from '../locales/en.js'
import { words } from './words.js'
import type { ReceiptsController } from '../adapters/receipts/index.js'
import { element } from './dom.js'

const TEXT = { ja: ja.record, en: en.record }

/**
 * The visitor's own view of their consent record inside the preferences dialog: every
 * decision this browser made, newest first, and a JSON download. Plain DOM, filled in
 * once the receipts have loaded.
 */
export async function renderRecord(container: HTMLElement, receipts: ReceiptsController, config: Config, locale: Locale) {
  const t = words(TEXT, 'record', locale)
  // Visitors read the categories' titles; an id the config no longer has is shown as it is.
  const title = (id: string) => {
    const category = config.categories.find((candidate) => candidate.id === id)
    return category ? localize(category.title, locale) : id
  }
  const doc = container.ownerDocument
  const list = (await receipts.history()).reverse()
  const unsent = new Set(receipts.unsent().map((receipt) => receipt.id))
  const items = list.slice(0, 10).map((receipt) => {
    const granted = Object.keys(receipt.categories).filter((id) => receipt.categories[id])
    return element(
      doc,
      'li',
      {},
      new Date(receipt.timestamp).toLocaleString(locale) + ' — ' + t[receipt.event] + ': ' + granted.map(title).join(listSeparator(locale)) +
        (unsent.has(receipt.id) ? ' (' + t.pending + ')' : '') + ' — ' + receipt.id,
    )
  })
  if (!items.length) return container.replaceChildren(element(doc, 'h3', {}, t.title), element(doc, 'p', {}, t.none))
  // A download is offered only when there is something to download.
  const button = element(doc, 'button', { type: 'button', 'data-action': 'download-record' }, t.download)
  button.addEventListener('click', () => void receipts.download())
  container.replaceChildren(element(doc, 'h3', {}, t.title), element(doc, 'ul', {}, ...items), button)
}
