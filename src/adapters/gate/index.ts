/**
 * Finds gated elements (also those inserted later) and activates them once allowed.
 * Gated scripts run in document order: external ones download in parallel and execute in
 * order (async = false); an inline one waits until every earlier external one has loaded.
 */
export type IsAllowed = (categories: string[], vendor: string | null) => boolean

export interface Gate {
  /** Activates every waiting element that is now allowed. Call after each change of consent. */
  update(): void
}

const GATED = '[data-consent]'
const ACTIVATED = 'data-consentry-activated'

// A script is gated only while its type keeps the browser from running it.
const isGated = (element: Element) =>
  element.hasAttribute('data-consent') &&
  !element.hasAttribute(ACTIVATED) &&
  (element.localName !== 'script' || /^text\/plain$/i.test(element.getAttribute('type')!))

// 4 is Node.DOCUMENT_POSITION_FOLLOWING.
const byDocumentOrder = (a: Element, b: Element) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)

// While the page loads, the parser may still be appending an inline script's text as long
// as nothing follows it in the document: running it then would run half of it.
const parsedPast = (node: Node | null): boolean => !!node && (!!node.nextSibling || parsedPast(node.parentNode))

/**
 * `onHeld` hears of the elements that stay blocked after each evaluation and want a
 * placeholder: iframes and elements marked `data-consentry-placeholder` (it may hear of one
 * element more than once).
 */
export function createGate(doc: Document, isAllowed: IsAllowed, onHeld?: (elements: Element[]) => void): Gate {
  const waiting = new Set<Element>()
  const scriptQueue: HTMLScriptElement[] = []
  let loadingScripts = 0

  /** Adds the gated elements in `root` (itself included) to `found`. */
  function collect(root: Element, found: Set<Element>) {
    if (isGated(root)) found.add(root)
    // Only the inserted subtree is searched, never the whole document again.
    if (root.firstElementChild) root.querySelectorAll(GATED).forEach((element) => isGated(element) && found.add(element))
  }

  function runQueuedScripts() {
    while (scriptQueue.length) {
      const gated = scriptQueue[0]!
      const external = gated.hasAttribute('data-src')
      if (gated.isConnected && !external && (loadingScripts > 0 || (doc.readyState == 'loading' && !parsedPast(gated)))) return
      scriptQueue.shift()
      if (!gated.isConnected) continue
      const live = doc.createElement('script')
      for (const attribute of gated.attributes) live.setAttribute(attribute.name, attribute.value)
      // The live script keeps the data-* attributes, but not the type that kept it inert.
      live.removeAttribute('type')
      const type = gated.getAttribute('data-type')
      if (type) live.type = type
      if (gated.nonce) live.nonce = gated.nonce
      live.setAttribute(ACTIVATED, '')
      if (external) {
        live.async = false
        loadingScripts++
        live.onload = live.onerror = () => {
          loadingScripts--
          runQueuedScripts()
        }
        live.src = gated.getAttribute('data-src')!
      } else {
        live.text = gated.text
      }
      gated.replaceWith(live)
    }
  }

  function activate(element: Element) {
    if (element.localName === 'script') {
      scriptQueue.push(element as HTMLScriptElement)
      return
    }
    element.setAttribute(ACTIVATED, '')
    const src = element.getAttribute('data-src')
    if (src !== null) element.setAttribute('src', src)
  }

  function evaluate(candidates: Iterable<Element>) {
    const ready: Element[] = []
    for (const element of candidates) {
      if (!element.isConnected) continue
      const categories = element.getAttribute('data-consent')?.match(/\S+/g)
      if (categories && isAllowed(categories, element.getAttribute('data-vendor'))) ready.push(element)
    }
    ready.sort(byDocumentOrder)
    for (const element of ready) {
      waiting.delete(element)
      activate(element)
    }
    runQueuedScripts()
    const held = onHeld ? [...candidates].filter((element) => waiting.has(element) && (element.localName == 'iframe' || element.hasAttribute('data-consentry-placeholder'))) : []
    if (held.length) onHeld!(held)
  }

  collect(doc.documentElement, waiting)
  // The parser moving past a waiting inline script shows up as a mutation; the end of parsing here.
  doc.addEventListener('DOMContentLoaded', runQueuedScripts)
  new MutationObserver((records) => {
    const added = new Set<Element>()
    const removed = new Set<Element>()
    for (const record of records) {
      record.addedNodes.forEach((node) => node.nodeType === 1 && collect(node as Element, added))
      // A single-page app removes gated markup on every route change: let it go, or the page
      // would keep each removed element alive. One that is only moved is still connected.
      if (waiting.size) record.removedNodes.forEach((node) => node.nodeType === 1 && collect(node as Element, removed))
    }
    for (const element of removed) if (!element.isConnected) waiting.delete(element)
    for (const element of added) waiting.add(element)
    // Consent has not changed, so only the new arrivals can have become runnable.
    evaluate(added)
  }).observe(doc.documentElement, { childList: true, subtree: true })

  return { update: () => evaluate(waiting) }
}
