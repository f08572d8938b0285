import { vendorsForHost } from '../../../core/hosts/index.js'
import { createMasker } from './mask.js'

export interface HeldVendor {
  id: string
  domains: readonly string[]
}

export interface RequestHold {
  /** Releases, in the order they were held, the element requests whose vendors are now granted. */
  release(): void
}

type ElementWithSrc = HTMLScriptElement | HTMLIFrameElement | HTMLImageElement

/**
 * Holds back requests that scripts make to vendors' domains without any markup, until the
 * vendor is granted: `src` on script, iframe and img elements (the property and
 * setAttribute), fetch, XMLHttpRequest and sendBeacon. Element requests are kept and made
 * once consent arrives; fetch, XHR and beacons fail at once, as a network error would, and
 * are not replayed. Everything the page could use is captured now, before it can change.
 */
export function holdVendorRequests(win: Window, vendors: readonly HeldVendor[], isGranted: (vendorId: string) => boolean): RequestHold {
  const page = win as unknown as typeof globalThis
  const { mask } = createMasker(win)
  const { getOwnPropertyDescriptor, defineProperty } = Object
  const NativeURL = page.URL
  const NativePromise = page.Promise
  const NativeTypeError = page.TypeError
  const warn = page.console.warn.bind(page.console)
  const doc = win.document
  const held = new Map<ElementWithSrc, string>()
  const nativeSrcSetters = new Map<Function, (this: ElementWithSrc, value: string) => void>()
  const elementTypes = [page.HTMLScriptElement, page.HTMLIFrameElement, page.HTMLImageElement]

  /** The vendor, not granted, that a URL belongs to; null when it may be requested. */
  function blockingVendor(url: unknown): string | null {
    let host: string
    try {
      host = new NativeURL(String(url), doc.baseURI).hostname
    } catch {
      return null
    }
    for (const id of vendorsForHost(vendors, host)) if (!isGranted(id)) return id
    return null
  }

  const report = (what: string, url: unknown, vendor: string) =>
    warn('consentry: held back ' + what + ' to ' + String(url) + ' until vendor "' + vendor + '" is granted')

  const typeOf = (element: unknown) => elementTypes.find((type) => element instanceof type)

  /** Keeps an element's request for later; false when it may go ahead now. */
  function holdElement(element: ElementWithSrc, url: unknown): boolean {
    const vendor = blockingVendor(url)
    held.delete(element)
    if (!vendor) return false
    held.set(element, String(url))
    report(element.localName, url, vendor)
    return true
  }

  for (const type of elementTypes) {
    const descriptor = getOwnPropertyDescriptor(type.prototype, 'src')!
    const nativeSet = descriptor.set!
    nativeSrcSetters.set(type, nativeSet)
    const replacement = getOwnPropertyDescriptor(
      {
        set src(value: string) {
          const element = this as unknown as ElementWithSrc
          if (!holdElement(element, value)) nativeSet.call(element, value)
        },
      },
      'src',
    )!.set!
    defineProperty(type.prototype, 'src', { ...descriptor, set: mask(nativeSet, replacement) })
  }

  const ElementPrototype = page.Element.prototype
  const nativeSetAttribute = ElementPrototype.setAttribute
  ElementPrototype.setAttribute = mask(nativeSetAttribute, {
    setAttribute(this: Element, name: string, value: string) {
      if (typeOf(this) && String(name).toLowerCase() === 'src' && holdElement(this as ElementWithSrc, value)) return
      return nativeSetAttribute.call(this, name, value)
    },
  }.setAttribute)

  const nativeFetch = page.fetch
  if (nativeFetch)
    page.fetch = mask(nativeFetch, {
      fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        const url = (input as Request)?.url ?? input
        const vendor = blockingVendor(url)
        if (!vendor) return nativeFetch.call(this, input, init)
        report('fetch', url, vendor)
        return NativePromise.reject(new NativeTypeError('consentry: request to ' + String(url) + ' is held back until vendor "' + vendor + '" is granted'))
      },
    }.fetch)

  const XHRPrototype = page.XMLHttpRequest.prototype
  const nativeOpen = XHRPrototype.open
  const nativeSend = XHRPrototype.send
  const opened = new WeakMap<XMLHttpRequest, unknown[]>()
  XHRPrototype.open = mask(nativeOpen, {
    open(this: XMLHttpRequest, ...args: unknown[]) {
      opened.set(this, args)
      return (nativeOpen as (...a: unknown[]) => void).apply(this, args)
    },
  }.open)
  XHRPrototype.send = mask(nativeSend, {
    send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const args = opened.get(this)
      const vendor = args && blockingVendor(args[1])
      if (vendor) {
        report('XMLHttpRequest', args[1], vendor)
        // A blob URL that was never created fails as a network error, without any network.
        ;(nativeOpen as (...a: unknown[]) => void).call(this, args[0], 'blob:' + win.location.origin + '/held', args[2] ?? true)
      }
      return nativeSend.call(this, body)
    },
  }.send)

  const NavigatorPrototype = page.Navigator.prototype
  const nativeBeacon = NavigatorPrototype.sendBeacon
  if (nativeBeacon)
    NavigatorPrototype.sendBeacon = mask(nativeBeacon, {
      sendBeacon(this: Navigator, url: string | URL, data?: BodyInit | null) {
        const vendor = blockingVendor(url)
        if (!vendor) return nativeBeacon.call(this, url, data)
        report('sendBeacon', url, vendor)
        // false is what sendBeacon says when the browser would not queue the data.
        return false
      },
    }.sendBeacon)

  return {
    release() {
      for (const [element, url] of held) {
        if (blockingVendor(url)) continue
        held.delete(element)
        // Released scripts keep the order in which they were held.
        if (element instanceof page.HTMLScriptElement) element.async = false
        nativeSrcSetters.get(typeOf(element)!)!.call(element, url)
      }
    },
  }
}
