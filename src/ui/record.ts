import type { Locale } from '../core/config/types.js'
import type { ReceiptsController } from '../adapters/receipts/index.js'

const TEXT = {
  ja: {
    title: '同意の記録（このブラウザ）',
    none: 'まだ記録はありません。',
    download: '記録をダウンロード（JSON）',
    events: { given: '同意', changed: '変更', withdrawn: '撤回', expired: '期限切れ' },
    pending: '送信待ち',
  },
  en: {
    title: 'Consent record (this browser)',
    none: 'No record yet.',
    download: 'Download my consent record (JSON)',
    events: { given: 'Given', changed: 'Changed', withdrawn: 'Withdrawn', expired: 'Expired' },
    pending: 'not sent yet',
  },
}

/**
 * The visitor's own view of their consent record inside the preferences dialog: every
 * decision this browser made, newest first, and a JSON download. Plain DOM, filled in
 * once the receipts have loaded.
 */
export async function renderRecord(container: HTMLElement, receipts: ReceiptsController, locale: Locale) {
  const t = TEXT[locale]
  const doc = container.ownerDocument
  const list = (await receipts.history()).reverse()
  const unsent = new Set(receipts.unsent().map((receipt) => receipt.id))
  const heading = doc.createElement('h3')
  heading.textContent = t.title
  const items = doc.createElement('ul')
  for (const receipt of list.slice(0, 10)) {
    const item = doc.createElement('li')
    const granted = Object.keys(receipt.categories).filter((id) => receipt.categories[id])
    item.textContent =
      new Date(receipt.timestamp).toLocaleString(locale) + ' — ' + t.events[receipt.event] + ': ' + granted.join(', ') +
      (unsent.has(receipt.id) ? ' (' + t.pending + ')' : '') + ' — ' + receipt.id
    items.append(item)
  }
  const button = doc.createElement('button')
  button.type = 'button'
  button.dataset.action = 'download-record'
  button.textContent = t.download
  button.addEventListener('click', () => void receipts.download())
  container.replaceChildren(heading, list.length ? items : Object.assign(doc.createElement('p'), { textContent: t.none }), button)
}
