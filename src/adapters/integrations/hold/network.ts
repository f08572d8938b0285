import type { UrlCheck } from './check.js'
import type { Masker } from './mask.js'

/**
 * fetch, XMLHttpRequest, sendBeacon, WebSocket and EventSource to a held host fail at once,
 * as the browser's own refusal would, and are never replayed.
 */
export function holdNetwork(win: Window, check: UrlCheck, masker: Masker) {
  const page = win as unknown as typeof globalThis
  const NativePromise = page.Promise
  const NativeTypeError = page.TypeError
  // A blob URL that was never created fails as a network error, without any network.
  const nowhere = () => 'blob:' + win.location.origin + '/consentry-held'
  const held = (what: string, url: unknown) => {
    const vendor = check.blockingVendor(url)
    if (vendor) check.report(what, url, vendor)
    return vendor
  }

  masker.wrapMethod(page, 'fetch', (_target, args, native) => {
    const input = args[0] as Request | URL | string
    const url = input instanceof page.Request ? input.url : input
    const vendor = held('fetch', url)
    return vendor ? NativePromise.reject(new NativeTypeError(check.message(url, vendor))) : native(...args)
  })

  const opened = new WeakMap<XMLHttpRequest, unknown[]>()
  const XHRPrototype = page.XMLHttpRequest.prototype
  const nativeOpen = XHRPrototype.open as (...args: unknown[]) => void
  masker.wrapMethod(XHRPrototype, 'open', (xhr: XMLHttpRequest, args, native) => {
    opened.set(xhr, args)
    return native(...args)
  })
  masker.wrapMethod(XHRPrototype, 'send', (xhr: XMLHttpRequest, args, native) => {
    const open = opened.get(xhr)
    if (open && held('XMLHttpRequest', open[1])) nativeOpen.call(xhr, open[0], nowhere(), open[2] ?? true)
    return native(...args)
  })

  // false is what sendBeacon says when the browser would not queue the data.
  masker.wrapMethod(page.Navigator.prototype, 'sendBeacon', (_target, args, native) => (held('sendBeacon', args[0]) ? false : native(...args)))

  // Both report a refused connection with an `error` event; port 21 is one Chromium, Firefox
  // and Safari all refuse to connect to, before any network.
  masker.wrapConstructor('WebSocket', (args, construct) => construct(...(held('WebSocket', args[0]) ? ['ws://127.0.0.1:21/', ...args.slice(1)] : args)))
  // An event stream answered with plain text fails for good, where a network error would retry.
  const { createObjectURL } = page.URL
  const NativeBlob = page.Blob
  let plainText = ''
  masker.wrapConstructor('EventSource', (args, construct) =>
    construct(...(held('EventSource', args[0]) ? [(plainText ||= createObjectURL(new NativeBlob([], { type: 'text/plain' }))), ...args.slice(1)] : args)),
  )
}
