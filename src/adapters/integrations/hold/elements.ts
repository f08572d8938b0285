import type { UrlCheck } from './check.js'
import type { Masker } from './mask.js'

/** The attributes each element loads from. */
export const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  link: ['href', 'imagesrcset'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src', 'srcset'],
  track: ['src'],
}

// The properties behind those attributes, on the interface that defines each.
const URL_PROPERTIES: Array<[string, string]> = [
  ['HTMLScriptElement', 'src'],
  ['HTMLImageElement', 'src'],
  ['HTMLImageElement', 'srcset'],
  ['HTMLIFrameElement', 'src'],
  ['HTMLLinkElement', 'href'],
  ['HTMLLinkElement', 'imageSrcset'],
  ['HTMLEmbedElement', 'src'],
  ['HTMLObjectElement', 'data'],
  ['HTMLMediaElement', 'src'],
  ['HTMLVideoElement', 'poster'],
  ['HTMLSourceElement', 'src'],
  ['HTMLSourceElement', 'srcset'],
  ['HTMLTrackElement', 'src'],
]

/** Marks a held element (the value names the vendor); a clone carries it, so it is released too. */
export const HELD = 'data-consentry-held'
/** Where a held URL waits: data-consentry-src, data-consentry-srcset, … */
const waiting = (name: string) => 'data-consentry-' + name
/** A held script's own type, while text/plain keeps it from running ("" when it had none). */
const HELD_TYPE = 'data-consentry-type'

export const HELD_SELECTOR = Object.keys(URL_ATTRIBUTES).join()

export interface ElementHold {
  /**
   * Holds the URLs of `element` that belong to a vendor not granted yet, as the attributes
   * are (markup just parsed, or inserted by the parser): true when something was held.
   */
  holdParsed(element: Element): boolean
  /** Releases held elements whose vendors are now all granted, in document order. */
  release(elements: Iterable<Element>): void
  /** Whether a held element may load now. */
  releasable(element: Element): boolean
}

export function holdElements(win: Window, check: UrlCheck, masker: Masker, held: Set<Element>): ElementHold {
  const page = win as unknown as typeof globalThis
  const ElementPrototype = page.Element.prototype
  const { setAttribute, removeAttribute, getAttribute, hasAttribute } = ElementPrototype
  const attributesOf = (element: Element) => URL_ATTRIBUTES[element.localName] ?? []
  const isSrcset = (name: string) => name.endsWith('srcset')

  /** Holds or lets through one URL the page gives `element`; true when held. */
  function holdUrl(element: Element, name: string, value: unknown): boolean {
    const vendor = check.blockingVendor(value, isSrcset(name))
    if (!vendor) {
      if (!hasAttribute.call(element, HELD)) return false
      removeAttribute.call(element, waiting(name))
      if (!attributesOf(element).some((other) => hasAttribute.call(element, waiting(other)))) removeAttribute.call(element, HELD)
      return false
    }
    setAttribute.call(element, waiting(name), String(value))
    setAttribute.call(element, HELD, vendor)
    removeAttribute.call(element, name)
    held.add(element)
    check.report(element.localName, value, vendor)
    return true
  }

  function holdParsed(element: Element): boolean {
    let any = false
    for (const name of attributesOf(element)) {
      const value = getAttribute.call(element, name)
      if (value !== null && holdUrl(element, name, value)) any = true
    }
    // A parsed script may also carry inline code, which must not run in place of its source.
    if (any && element.localName === 'script' && !hasAttribute.call(element, HELD_TYPE)) {
      setAttribute.call(element, HELD_TYPE, getAttribute.call(element, 'type') ?? '')
      setAttribute.call(element, 'type', 'text/plain')
    }
    return any
  }

  const releasable = (element: Element) =>
    attributesOf(element).every((name) => !check.blockingVendor(getAttribute.call(element, waiting(name)), isSrcset(name)))

  function releaseOne(element: Element) {
    held.delete(element)
    removeAttribute.call(element, HELD)
    const type = getAttribute.call(element, HELD_TYPE)
    if (type !== null) {
      removeAttribute.call(element, HELD_TYPE)
      if (type) setAttribute.call(element, 'type', type)
      else removeAttribute.call(element, 'type')
    }
    // Released scripts run in the order they are released, like the gate's.
    if (element.localName === 'script' && !hasAttribute.call(element, 'async')) (element as HTMLScriptElement).async = false
    for (const name of attributesOf(element)) {
      const url = getAttribute.call(element, waiting(name))
      if (url === null) continue
      removeAttribute.call(element, waiting(name))
      setAttribute.call(element, name, url)
    }
    // A media element picks its source when it loads; a source released later needs a new pick.
    const parent = element.parentElement
    if ((element.localName === 'source' || element.localName === 'track') && parent instanceof page.HTMLMediaElement) parent.load()
  }

  // 4 is Node.DOCUMENT_POSITION_FOLLOWING; elements out of the document keep their order, last.
  const byDocumentOrder = (a: Element, b: Element) => (a.isConnected && b.isConnected ? (a.compareDocumentPosition(b) & 4 ? -1 : 1) : +!a.isConnected - +!b.isConnected)

  for (const [type, property] of URL_PROPERTIES) {
    const name = property.toLowerCase()
    masker.wrapSetter((page as unknown as Record<string, { prototype: object } | undefined>)[type]?.prototype, property, (element, value, nativeSet) => {
      if (!holdUrl(element, name, value)) nativeSet(value)
    })
  }
  masker.wrapMethod(ElementPrototype, 'setAttribute', (element: Element, args, native) => {
    const name = String(args[0]).toLowerCase()
    if (attributesOf(element).includes(name) && holdUrl(element, name, args[1])) return
    return native(...args)
  })

  return {
    holdParsed,
    releasable,
    release(elements) {
      for (const element of [...elements].sort(byDocumentOrder)) if (releasable(element)) releaseOne(element)
    },
  }
}
