import { createUrlCheck, type HeldVendor } from './check.js'
import { HELD, HELD_SELECTOR, holdElements } from './elements.js'
import { createMasker } from './mask.js'
import { holdMarkup } from './markup.js'
import { holdNetwork } from './network.js'
import { watchFrames } from './frames.js'

export type { HeldVendor } from './check.js'

export interface RequestHold {
  /** Releases, in document order, the held elements whose vendors are now all granted. */
  release(): void
}

/**
 * Holds back requests to vendors' domains until the vendor is granted, however the page makes
 * them: elements and their URL properties and attributes, markup parsed from strings, markup
 * the parser meets after consentry.js, and network APIs, in the page and in every same-origin
 * frame it reaches. Held elements keep their URL in data-consentry-* attributes and load once
 * consent arrives; network calls fail at once, as a refused request would, and are not
 * replayed. Everything is captured now, before the page can change it. `ownBase` is the
 * directory Consentry's own files come from: they are never held.
 */
export function holdVendorRequests(win: Window, vendors: readonly HeldVendor[], isGranted: (vendorId: string) => boolean, ownBase = ''): RequestHold {
  const releases: Array<() => void> = []
  // A frame's first document and the one it navigates to may share one realm (the browser
  // reuses the initial about:blank window): realms are held once, each document watched once.
  const realms = new WeakMap<object, (doc: Document) => void>()
  const documents = new WeakSet<Document>()

  /** Wraps a realm's functions; returns what watches one of its documents. */
  function holdRealm(realm: Window) {
    const check = createUrlCheck(realm, vendors, isGranted, ownBase)
    const masker = createMasker(realm)
    const waitingElements = new Set<Element>()
    const elements = holdElements(realm, check, masker, waitingElements)
    // Where held markup may sit besides the document: shadow roots, which its queries do not enter.
    const shadowRoots = new Set<ShadowRoot>()
    const { rewriteValue } = holdMarkup(realm, masker, elements.holdParsed, (target) => {
      const root = target.getRootNode()
      if (root instanceof (realm as unknown as typeof globalThis).ShadowRoot) shadowRoots.add(root)
    })
    holdNetwork(realm, check, masker)
    const adoptFrame = watchFrames(realm, masker, adopt, rewriteValue)
    releases.push(() =>
      elements.release([...waitingElements, ...[realm.document, ...shadowRoots].flatMap((root) => [...root.querySelectorAll('[' + HELD + ']')])]),
    )

    // Markup the parser meets after consentry.js, and anything inserted some other way: a
    // parser-inserted script is seen here before it runs. A held clone inserted after consent loads.
    return (doc: Document) => {
      // A frame that navigated to a new document of the same origin: held from its load on.
      doc.addEventListener('load', (event) => event.target instanceof (realm as unknown as typeof globalThis).HTMLIFrameElement && adoptFrame(event.target), true)
      new MutationObserver((records) => {
        const released: Element[] = []
        for (const record of records)
          for (const node of record.addedNodes) {
            if (node.nodeType !== 1) continue
            const root = node as Element
            for (const element of [root, ...root.querySelectorAll(HELD_SELECTOR)]) {
              if (element.localName === 'iframe') adoptFrame(element as HTMLIFrameElement)
              elements.holdParsed(element)
              if (element.hasAttribute(HELD) && elements.releasable(element)) released.push(element)
            }
          }
        elements.release(released)
      }).observe(doc, { childList: true, subtree: true })
    }
  }

  /** Holds a same-origin frame's realm and document, once; a cross-origin one is out of reach and left alone. */
  function adopt(realm: Window | null) {
    try {
      const key = realm && (realm as unknown as typeof globalThis).Element
      const doc = realm?.document
      if (!key || !doc || documents.has(doc)) return
      documents.add(doc)
      let watch = realms.get(key)
      if (!watch) realms.set(key, (watch = holdRealm(realm)))
      watch(doc)
    } catch {
      // Cross-origin: reading its Element throws.
    }
  }

  adopt(win)
  return {
    release() {
      for (const release of releases)
        try {
          release()
        } catch {
          // A frame removed since: its realm is gone with it.
        }
    },
  }
}
