import { vendorsForHost } from '../../../core/hosts/index.js'

export interface HeldVendor {
  id: string
  domains: readonly string[]
}

export interface UrlCheck {
  /** The vendor, not granted, that a URL (or any URL of a `srcset`) belongs to; null when it may be requested. */
  blockingVendor(url: unknown, srcset?: boolean): string | null
  /** Logs what was held and why, once per kind of request and vendor: a page may make thousands. */
  report(what: string, url: unknown, vendor: string): void
  /** The error message of a held call. */
  message(url: unknown, vendor: string): string
}

// Consentry's own files: consentry.js and its chunks, from the directory the chunks come from.
const OWN_FILE = /^consentry(-[\w-]+)?\.js$/

/**
 * `ownBase` is the directory consentry.js was loaded from: nothing in it that Consentry ships
 * is ever held, whatever the config says, or Consentry could not start.
 */
export function createUrlCheck(win: Window, vendors: readonly HeldVendor[], isGranted: (vendorId: string) => boolean, ownBase: string): UrlCheck {
  const NativeURL = (win as unknown as typeof globalThis).URL
  const { console } = win as unknown as typeof globalThis
  const warn = console.warn.bind(console)
  const doc = win.document

  function vendorOf(url: string): string | null {
    let parsed: URL
    try {
      parsed = new NativeURL(url, doc.baseURI)
    } catch {
      return null
    }
    if (ownBase && parsed.href.startsWith(ownBase) && OWN_FILE.test(parsed.pathname.slice(new NativeURL(ownBase).pathname.length))) return null
    for (const id of vendorsForHost(vendors, parsed.hostname)) if (!isGranted(id)) return id
    return null
  }

  const reported = new Set<string>()
  const message = (url: unknown, vendor: string) => 'consentry: request to ' + String(url) + ' is held back until vendor "' + vendor + '" is granted'
  return {
    blockingVendor(url, srcset) {
      if (url == null) return null
      // "a.jpg 1x, b.jpg 2x": each candidate's URL ends at its first space.
      const urls = srcset ? String(url).split(',').map((candidate) => candidate.trim().split(/\s/)[0]!) : [String(url)]
      for (const each of urls) {
        const vendor = each && vendorOf(each)
        if (vendor) return vendor
      }
      return null
    },
    report(what, url, vendor) {
      if (reported.has(what + ' ' + vendor)) return
      reported.add(what + ' ' + vendor)
      warn('consentry: held back ' + what + ' to ' + String(url) + ' until vendor "' + vendor + '" is granted (further ones are not logged)')
    },
    message,
  }
}
