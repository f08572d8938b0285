import { listSeparator, localize } from '../core/text/index.js'
import { words } from './words.js'
import { NOTICE_STRINGS } from './i18n.js'
import { policyLinks } from './link-list.js'
import type { CreateNotice } from './runtime.js'
import { element } from './dom.js'
import { closeNotice, noticeClosed } from '../adapters/notice-memory/index.js'

/**
 * The first layer under notice and opt-out (CONTRACT.md §8), `[data-consentry="notice"]`:
 * what is sent for which purpose and to whom, the links, the opt-out control where a
 * category is opt-out, and a close button. Never modal: it sits where the banner would, or
 * as a box in place of a modal. Closing it is not consent.
 */
export const createNotice: CreateNotice = (doc, runtime, position, t, decide, closed) => {
  const { config, locale, $consent } = runtime
  // Closed in this page view or an earlier one, under the same policy: it stays closed.
  if (noticeClosed($consent.get())) return null
  const own = words(NOTICE_STRINGS, 'notice', locale)
  const list = (items: string[]) => items.join(listSeparator(locale))
  const optional = config.categories.filter((category) => !category.required)
  const gpcHeld = runtime.gpc ? optional.filter((category) => category.gpc) : []
  const button = (action: string, label: string, onClick: () => void) => {
    const created = element(doc, 'button', { type: 'button', 'data-action': action }, label)
    created.onclick = onClick
    return created
  }
  const close = () => {
    closeNotice($consent.get())
    closed()
  }
  const customize = button('customize', t.customize, () => runtime.$preferencesOpen.set(true))
  const notice = element(
    doc,
    'section',
    { 'data-consentry': 'notice', class: 'banner ' + (position == 'modal' ? 'box' : position), role: 'region', 'aria-labelledby': 'consentry-notice-title' },
    element(doc, 'h2', { id: 'consentry-notice-title' }, t.disclosure),
    element(doc, 'p', {}, own.noticeText),
    element(
      doc,
      'ul',
      { class: 'sent' },
      ...optional.map((category) => {
        const recipients = config.vendors.filter((vendor) => vendor.category == category.id).map((vendor) => localize(vendor.name, locale))
        return element(doc, 'li', {}, localize(category.title, locale) + (recipients.length ? (listSeparator(locale) == '、' ? '：' : ': ') + list(recipients) : ''))
      }),
    ),
  )
  if (gpcHeld.length) notice.append(element(doc, 'p', { class: 'note' }, t.gpc + list(gpcHeld.map((category) => localize(category.title, locale)))))
  const hasOptOut = optional.some((category) => $consent.get().models[category.id] == 'opt-out')
  notice.append(
    element(doc, 'ul', { class: 'links' }, ...policyLinks(config, t).map(([href, label]) => element(doc, 'li', {}, element(doc, 'a', { href }, label)))),
    element(
      doc,
      'div',
      { class: 'actions' },
      ...(hasOptOut ? [button('opt-out', own.optOut, () => decide(() => runtime.rejectAll('opt-out')))] : []),
      customize,
      button('close', own.close, close),
    ),
  )
  // A handler property that returns false cancels the key, so this one returns nothing.
  notice.onkeydown = (event) => {
    if (event.key == 'Escape') close()
  }
  return { element: notice, customize }
}
