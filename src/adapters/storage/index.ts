import { readCookie } from './codec.js'

/** Where the decision lives between page views. */
export interface DecisionStorage {
  read(): string | null
  write(value: string, maxAgeSeconds: number): void
}

export interface CookieOptions {
  name: string
  domain?: string
}

/**
 * The first-party consent cookie. It also keeps the last written value in memory, so a
 * browser that blocks cookies still has the decision for the rest of the page view.
 */
export function createCookieStorage(doc: Document, options: CookieOptions, secure: boolean): DecisionStorage {
  const { name, domain } = options
  let written: string | null = null
  return {
    read() {
      try {
        return readCookie(doc.cookie, name) ?? written
      } catch {
        // Sandboxed frames and blocked storage throw on document.cookie.
        return written
      }
    },
    write(value, maxAgeSeconds) {
      written = value
      try {
        doc.cookie =
          name + '=' + value + ';Path=/;Max-Age=' + maxAgeSeconds + ';SameSite=Lax' +
          (domain ? ';Domain=' + domain : '') + (secure ? ';Secure' : '')
      } catch {
        // The in-memory copy serves this page view.
      }
    },
  }
}

/** Keeps the decision in memory only: for tests, and for pages that must not write cookies. */
export function createMemoryStorage(initial: string | null = null): DecisionStorage {
  let value = initial
  return {
    read: () => value,
    write(next) {
      value = next
    },
  }
}
