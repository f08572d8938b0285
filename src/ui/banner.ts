import { listSeparator, localize } from '../core/text/index.js'
import type { BannerStrings } from './i18n.js'
import { policyLinks } from './link-list.js'
import type { UIRuntime } from './runtime.js'
import { element } from './dom.js'

/** Where the banner sits, from the `--consentry-position` custom property: a bottom bar (default), a box, or a centred modal. */
export type BannerPosition = 'bar' | 'box' | 'modal'

export interface Banner {
  element: HTMLElement
  /** The button that opens the preferences: focus goes back to it when the dialog closes. */
  customize: HTMLButtonElement
}

/** The first layer: three choices of equal weight, a short summary and the links. */
export function createBanner(
  doc: Document,
  runtime: UIRuntime,
  position: BannerPosition,
  t: BannerStrings,
  decide: (action: () => void) => void,
): Banner {
  const { config, locale } = runtime
  const modal = position == 'modal'
  const optional = config.categories.filter((category) => !category.required)
  const gpcHeld = runtime.gpc ? optional.filter((category) => category.gpc) : []
  const titles = (list: typeof optional) => list.map((category) => localize(category.title, locale)).join(listSeparator(locale))
  const button = (action: string, label: string, onClick: () => void) => {
    const created = element(doc, 'button', { type: 'button', 'data-action': action }, label)
    created.onclick = onClick
    return created
  }
  const customize = button('customize', t.customize, () => runtime.$preferencesOpen.set(true))
  // A centred banner would hide what the page focuses, so it is a real modal (<dialog>):
  // the page is inert behind it until the visitor decides or opens the preferences.
  const banner = element(
    doc,
    modal ? 'dialog' : 'section',
    { 'data-consentry': 'banner', class: 'banner ' + position, 'aria-labelledby': 'consentry-banner-title', ...(modal ? {} : { role: 'region' }) },
    element(doc, 'h2', { id: 'consentry-banner-title' }, t.bannerTitle),
    element(doc, 'p', {}, t.bannerText),
  )
  if (optional.length) banner.append(element(doc, 'p', {}, t.purposes + titles(optional)))
  if (gpcHeld.length) banner.append(element(doc, 'p', { class: 'note' }, t.gpc + titles(gpcHeld)))
  banner.append(
    element(doc, 'ul', { class: 'links' }, ...policyLinks(config, t).map(([href, label]) => element(doc, 'li', {}, element(doc, 'a', { href }, label)))),
    element(
      doc,
      'div',
      { class: 'actions' },
      button('accept-all', t.acceptAll, () => decide(() => runtime.acceptAll('accept-all'))),
      button('reject-all', t.rejectAll, () => decide(() => runtime.rejectAll('reject-all'))),
      customize,
    ),
  )
  // The first layer is not dismissed without a choice.
  banner.oncancel = (event) => event.preventDefault()
  return { element: banner, customize }
}
