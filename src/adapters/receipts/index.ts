import type { Config, Locale } from '../../core/config/types.js'
import type { Decision } from '../../core/consent/index.js'
import { buildReceipt } from '../../core/receipt/index.js'
import type { ConsentReceipt } from '../../core/receipt/types.js'
import { newUuid } from '../ids/index.js'
import { oldestFirst, openReceiptBackend, type ReceiptBackend } from './queue.js'
import { createSender } from './sender.js'

export { openReceiptBackend, memoryBackend } from './queue.js'
export type { ReceiptBackend, QueuedReceipt } from './queue.js'

import { COOKIE_WAITING_KEY, PENDING_KEY } from './pending.js'
import { toJson } from '../json/index.js'
const PRINCIPAL_KEY = 'consentry:principal'

export interface ReceiptsOptions {
  locale: Locale
  noticeHash: string
  backend?: ReceiptBackend
}

export interface ReceiptsController {
  record(decision: Decision): Promise<void>
  flush(): Promise<void>
  /** Every receipt this browser holds, sent or not, oldest first. */
  history(): Promise<ConsentReceipt[]>
  /** Receipts still waiting for an acknowledgement. */
  unsent(): ConsentReceipt[]
  /** Saves this browser's consent record as a JSON file. */
  download(): Promise<void>
}

function safeStorage(win: Window) {
  try {
    return win.localStorage
  } catch {
    return null
  }
}

/** A pseudonymous id for this browser, the same for every receipt it sends. */
function principalId(win: Window): string {
  const storage = safeStorage(win)
  try {
    const existing = storage?.getItem(PRINCIPAL_KEY)
    if (existing) return existing
    const id = newUuid()
    storage?.setItem(PRINCIPAL_KEY, id)
    return id
  } catch {
    return newUuid()
  }
}

/** The page without its query and fragment, which may hold e-mail addresses or reset tokens. */
export const pageAddress = (href: string) => href.replace(/[?#].*$/s, '')

/**
 * Whether the collector is on the page's own site, where its answer may re-set the consent
 * cookie: the same host, or a host under the cookie's domain. Another site never gets it.
 */
export function sameSite(endpoint: URL, page: URL, cookieDomain: string | undefined): boolean {
  const domain = (cookieDomain ?? '').replace(/^\./, '').toLowerCase()
  return endpoint.hostname === page.hostname || (!!domain && (endpoint.hostname === domain || endpoint.hostname.endsWith('.' + domain)))
}

// Storage that throws (blocked) answers nothing: without it the next page view cannot know,
// and the receipts are still in the queue.
const safely = <T>(use: () => T): T | undefined => {
  try {
    return use()
  } catch {
    return undefined
  }
}

export async function startReceipts(config: Config, win: Window, options: ReceiptsOptions): Promise<ReceiptsController> {
  const target = new URL(config.receipts!.endpoint, win.location.href)
  const endpoint = target.href
  const warn = (message: string) => console.warn('consentry: ' + message)
  const backend = options.backend ?? (await openReceiptBackend(win, warn))
  const storage = safeStorage(win)
  const mark = (key: string, on: boolean) => safely(() => (on ? storage?.setItem(key, '1') : storage?.removeItem(key)))
  const principal = principalId(win)
  const sender = createSender(endpoint, backend, {
    fetch: (...args) => win.fetch(...args),
    sendBeacon: win.navigator.sendBeacon ? (url, data) => win.navigator.sendBeacon(url, data) : null,
    random: Math.random,
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    credentials: sameSite(target, new URL(win.location.href), config.cookie.domain) ? 'include' : 'same-origin',
    markPending: (pending) => mark(PENDING_KEY, pending),
    cookieWaiting: {
      get: () => !!safely(() => storage?.getItem(COOKIE_WAITING_KEY)),
      set: (waiting) => mark(COOKIE_WAITING_KEY, waiting),
    },
  })

  win.addEventListener('online', () => void sender.flush())
  win.addEventListener('pagehide', () => sender.beacon())
  win.document.addEventListener('visibilitychange', () => win.document.visibilityState === 'visible' && void sender.flush())
  void sender.flush()

  const history = async () => oldestFirst(await backend.all())

  return {
    record: (decision) =>
      sender.enqueue(
        buildReceipt(config, decision, {
          principalId: principal,
          locale: options.locale,
          url: pageAddress(win.location.href),
          noticeHash: options.noticeHash,
        }),
      ),
    flush: sender.flush,
    unsent: sender.unsent,
    history,
    async download() {
      const items = await backend.all()
      const rejected = items.filter((item) => item.rejected).map((item) => ({ id: item.receipt.id, problems: item.rejected }))
      const record = { principalId: principal, exportedAt: new Date().toISOString(), receipts: oldestFirst(items), rejected }
      const url = URL.createObjectURL(new Blob([toJson(record, 2)], { type: 'application/json' }))
      const link = win.document.createElement('a')
      link.href = url
      link.download = 'consent-record.json'
      link.click()
      win.setTimeout(() => URL.revokeObjectURL(url), 10_000)
    },
  }
}
