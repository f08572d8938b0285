import { createBanner, type Banner, type BannerPosition } from './banner.js'
import { element } from './dom.js'
import { BANNER_STRINGS, type BannerStrings } from './i18n.js'
import { words } from './words.js'
import { isRightToLeft } from '../locales/index.js'
import type { MountUI } from './runtime.js'
import { addStyles, BANNER_CSS } from './styles.js'
import { reportError } from '../adapters/report/index.js'

export type { UIRuntime, MountUI, RenderPreferences, PreferencesProps } from './runtime.js'

const STATUS_MS = 4000

/**
 * The page's first element that takes focus from the keyboard and is shown, outside the UI
 * itself: a tabIndex of 0 or more is what links, controls and [tabindex] elements have.
 */
const firstFocusable = (doc: Document, host: Element) =>
  [...doc.body.querySelectorAll<HTMLElement>('*')].find(
    (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && !host.contains(element) && element.getClientRects().length,
  )
const ROOT_ID = 'consentry-root'

/**
 * Renders the banner into an open shadow root in #consentry-root, once, and the preferences
 * dialog (its own chunk, with preact) whenever it is opened.
 */
export const mountUI: MountUI = (runtime, doc) => {
  if (!doc.body) {
    doc.addEventListener('DOMContentLoaded', () => mountUI(runtime, doc), { once: true })
    return
  }
  if (doc.getElementById(ROOT_ID)) return
  const { $consent, $preferencesOpen, locale } = runtime
  const host = element(doc, 'div', { id: ROOT_ID })
  const shadow = host.attachShadow({ mode: 'open' })
  addStyles(shadow, BANNER_CSS)
  doc.body.append(host)
  // Any other value of the property leaves the default bar.
  const position = getComputedStyle(host).getPropertyValue('--consentry-position').trim() as BannerPosition
  let t: BannerStrings
  const dialogSlot = element(doc, 'div')
  // Shown for a moment and announced in the live region, which outlives the banner and the
  // dialog; fixed in place, so it moves nothing on the page.
  const status = element(doc, 'div', { role: 'status', 'aria-live': 'polite', class: 'status' })
  const root = element(doc, 'div', { class: 'root' }, dialogSlot, status)
  const speak = (next: typeof locale) => {
    root.lang = runtime.locale = next
    root.dir = isRightToLeft(next) ? 'rtl' : 'ltr'
    t = words(BANNER_STRINGS, 'banner', next)
  }
  speak(locale)
  shadow.append(root)
  let banner: Banner | null = null
  let statusTimer: ReturnType<typeof setTimeout>
  const scrollPadding = doc.documentElement.style

  // Where focus was before the UI took it: it goes back there once the UI is gone.
  let returnTo: HTMLElement | null = null
  // Focus inside the shadow root reaches the document as the host's.
  doc.addEventListener('focusin', (event) => {
    const target = event.target
    if (target != host && target instanceof HTMLElement) returnTo = target
  })
  // Not to an element the page has hidden meanwhile (an opt-out link, for one).
  const focusPage = () => (returnTo?.getClientRects().length ? returnTo : firstFocusable(doc, host))?.focus()

  const close = () => {
    $preferencesOpen.set(false)
    const opener = runtime.takeOpener()
    // Focus goes back where it came from; after a decision the banner is gone, so to the page.
    queueMicrotask(() => (opener?.isConnected ? opener.focus() : banner ? banner.customize.focus() : focusPage()))
  }

  // Focus in the first layer goes to the page when the action takes the layer away.
  const leaveLayer = (action: () => void) => {
    const focusInLayer = !!banner?.element.contains(shadow.activeElement)
    action()
    if (focusInLayer && !banner) focusPage()
  }

  const decide = (action: () => void) => {
    // Outside the dialog only the banner decides, and only once: a double click's second
    // click, landing before the banner is gone, must not make a second decision.
    if (!$preferencesOpen.get() && $consent.get().decided) return
    leaveLayer(action)
    status.textContent = t.saved
    clearTimeout(statusTimer)
    statusTimer = setTimeout(() => (status.textContent = ''), STATUS_MS)
    if ($preferencesOpen.get()) close()
  }

  // WCAG 2.4.11: the page scrolls focused elements clear of a bar or box while it is shown.
  // Measured when the browser lays it out anyway, never by forcing a layout.
  const padding =
    typeof ResizeObserver == 'function'
      ? new ResizeObserver(() => (scrollPadding.scrollPaddingBottom = banner && banner.element.localName != 'dialog' ? banner.element.offsetHeight + 'px' : ''))
      : null

  const optional = runtime.config.categories.filter((category) => !category.required)
  let shownKind: 'banner' | 'notice' | null = null
  const removeFirstLayer = () => {
    banner?.element.remove()
    banner = null
    padding?.disconnect()
    scrollPadding.scrollPaddingBottom = ''
  }
  const place = (layer: Banner | null) => {
    if (!layer) return
    banner = layer
    root.prepend(layer.element)
    padding?.observe(layer.element)
    if (layer.element.localName == 'dialog') (layer.element as HTMLDialogElement).showModal()
  }
  // Undecided: the banner asks while anything optional is opt-in (or nothing is optional);
  // otherwise the notice layer tells, in its own chunk, unless the visitor closed it.
  const showFirstLayer = () => {
    const state = $consent.get()
    const kind = state.decided ? null : !optional.length || optional.some((category) => state.models[category.id] == 'opt-in') ? 'banner' : 'notice'
    if (kind == shownKind) return
    shownKind = kind
    removeFirstLayer()
    if (kind == 'banner') place(createBanner(doc, runtime, position, t, decide))
    else if (kind)
      runtime.load('notice').then((createNotice) => {
        if (shownKind == 'notice' && !banner)
          place(
            createNotice(doc, runtime, position, t, decide, () => leaveLayer(removeFirstLayer)),
          )
      }, reportError)
  }

  let dialogOpen = false
  const renderDialog = () => {
    const open = $preferencesOpen.get()
    if (banner) {
      // While the dialog is open the banner sits behind it, out of reach.
      banner.element.inert = !!open
      const dialog = banner.element as HTMLDialogElement
      if (dialog.localName == 'dialog') open ? dialog.close() : dialog.open || dialog.showModal()
    }
    if (!open && !dialogOpen) return
    dialogOpen = !!open
    runtime.preferences().then(
      // Closed again, or re-rendered meanwhile: the latest call renders the latest state.
      (render) => render(dialogSlot, $preferencesOpen.get() ? { runtime, state: $consent.get(), t, close, decide } : null),
      (error) => {
        reportError(error)
        // No dialog to show: the banner must not stay out of reach behind it.
        $preferencesOpen.set(false)
      },
    )
  }

  // The visitor switched language in the dialog (its words have loaded): the first layer
  // behind it is made again in that language, and the dialog renders in it.
  runtime.relocalize = (next) => {
    speak(next)
    shownKind = null
    showFirstLayer()
    renderDialog()
  }

  showFirstLayer()
  $consent.listen(() => {
    showFirstLayer()
    if ($preferencesOpen.get()) renderDialog()
  })
  $preferencesOpen.listen(renderDialog)
  if ($preferencesOpen.get()) renderDialog()
}
