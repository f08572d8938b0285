import { createUrlCheck, type HeldVendor } from './check.js'
import { HELD, HELD_SELECTOR, holdElements } from './elements.js'
import { createMasker } from './mask.js'
import { holdMarkup } from './markup.js'
import { holdNetwork } from './network.js'

export type { HeldVendor } from './check.js'

export interface RequestHold {
  /** Releases, in document order, the held elements whose vendors are now all granted. */
  release(): void
}

/**
 * Holds back requests to vendors' domains until the vendor is granted, however the page makes
 * them: elements and their URL properties and attributes, markup parsed from strings, markup
 * the parser meets after consentry.js, and network APIs. Held elements keep their URL in
 * data-consentry-* attributes and load once consent arrives; network calls fail at once, as a
 * refused request would, and are not replayed. Everything is captured now, before the page can
 * change it. `ownBase` is the directory Consentry's own files come from: they are never held.
 */
export function holdVendorRequests(win: Window, vendors: readonly HeldVendor[], isGranted: (vendorId: string) => boolean, ownBase = ''): RequestHold {
  const check = createUrlCheck(win, vendors, isGranted, ownBase)
  const masker = createMasker(win)
  const held = new Set<Element>()
  const elements = holdElements(win, check, masker, held)
  const doc = win.document
  // Where held markup may sit besides the document: shadow roots, which its queries do not enter.
  const roots = new Set<Document | ShadowRoot>([doc])
  holdMarkup(win, masker, elements.holdParsed, (target) => {
    const root = target.getRootNode()
    if (root instanceof (win as unknown as typeof globalThis).ShadowRoot) roots.add(root)
  })
  holdNetwork(win, check, masker)

  // Markup the parser meets after consentry.js, and anything inserted some other way: a
  // parser-inserted script is seen here before it runs. A held clone inserted after consent loads.
  new MutationObserver((records) => {
    const released: Element[] = []
    for (const record of records)
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue
        const root = node as Element
        for (const element of [root, ...root.querySelectorAll(HELD_SELECTOR)]) {
          elements.holdParsed(element)
          if (element.hasAttribute(HELD) && elements.releasable(element)) released.push(element)
        }
      }
    elements.release(released)
  }).observe(doc, { childList: true, subtree: true })

  return {
    release: () => elements.release([...held, ...[...roots].flatMap((root) => [...root.querySelectorAll('[' + HELD + ']')])]),
  }
}
