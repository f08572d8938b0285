import type { ConsentReceipt } from '../../core/receipt/types.js'
import { oldestFirst, type QueuedReceipt, type ReceiptBackend } from './queue.js'
import { toJson } from '../json/index.js'

export interface SenderEnvironment {
  fetch: typeof fetch
  sendBeacon: ((url: string, data: Blob) => boolean) | null
  random: () => number
  setTimeout: (callback: () => void, ms: number) => unknown
  /** Tells consentry.js whether a later page view has receipts to flush. */
  markPending: (pending: boolean) => void
  /** "include" for a collector on the page's own site: it gets the consent cookie and re-sets it (Safari). */
  credentials?: RequestCredentials
  /**
   * With "include": whether the collector has yet to re-set the cookie of the latest decision,
   * kept across page views. Safari caps the script's own cookie at seven days.
   */
  cookieWaiting?: { get(): boolean; set(waiting: boolean): void }
}

// keepalive requests may carry at most 64 KiB in flight; stay well under it per batch.
const MAX_BATCH_BYTES = 48_000
const BASE_DELAY_MS = 2_000
const MAX_DELAY_MS = 5 * 60_000

/** Splits receipts into request bodies that each fit a keepalive request. */
export function batches(receipts: ConsentReceipt[]): ConsentReceipt[][] {
  const result: ConsentReceipt[][] = []
  let current: ConsentReceipt[] = []
  let size = 0
  for (const receipt of receipts) {
    const length = toJson(receipt).length + 1
    if (current.length && size + length > MAX_BATCH_BYTES) {
      result.push(current)
      current = []
      size = 0
    }
    current.push(receipt)
    size += length
  }
  if (current.length) result.push(current)
  return result
}

/** Exponential backoff with jitter: 2 s, 4 s, 8 s … up to 5 min, each scaled by 0.5–1. */
export const retryDelay = (attempt: number, random: () => number) =>
  Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS) * (0.5 + random() / 2)

interface BatchAnswer {
  rejected?: Array<{ index: number; problems: string[] }>
  conflicts?: Array<{ index: number }>
  cookieRefreshed?: boolean
}

/** A 2xx answer's JSON; anything else (not our collector's) as an answer that says nothing more. */
function parseAnswer(text: string): BatchAnswer {
  try {
    return JSON.parse(text) ?? {}
  } catch {
    return {}
  }
}

/** The collector's verdict on each receipt of an acknowledged batch; an answer without one accepts them all. */
function answered(batch: ConsentReceipt[], answer: BatchAnswer): QueuedReceipt[] {
  const refused = new Map<number, string[]>()
  for (const { index, problems } of answer.rejected ?? []) refused.set(index, problems)
  for (const { index } of answer.conflicts ?? []) refused.set(index, ['the collector holds another receipt with this id'])
  return batch.map((receipt, index) => (refused.has(index) ? { receipt, sent: false, rejected: refused.get(index) } : { receipt, sent: true }))
}

/**
 * Sends queued receipts to the endpoint. A receipt leaves the queue only after a 2xx
 * answer; until then it is sent again, always with the same id. One the collector rejects
 * stays in the visitor's record, marked with the problems, and is not sent again.
 */
export function createSender(endpoint: string, backend: ReceiptBackend, env: SenderEnvironment) {
  let running: Promise<void> | null = null
  let again = false
  let attempt = 0
  let retryScheduled = false
  // What is still unsent, kept in memory too: pagehide leaves no time to read IndexedDB.
  let unsent: ConsentReceipt[] = []
  // Only a collector on the page's own site gets the cookie, so only it can re-set it.
  const cookie = env.credentials === 'include' ? env.cookieWaiting : undefined
  let cookieAsked = false

  async function readUnsent() {
    const all = await backend.all()
    unsent = oldestFirst(all.filter((item) => !item.sent && !item.rejected))
    // A cookie still to be re-set brings the next page view here too.
    env.markPending(unsent.length > 0 || !!cookie?.get())
    return unsent
  }

  async function post(batch: ConsentReceipt[]): Promise<BatchAnswer> {
    const response = await env.fetch(endpoint, {
      method: 'POST',
      keepalive: true,
      credentials: env.credentials,
      headers: { 'Content-Type': 'application/json' },
      body: toJson({ receipts: batch }),
    })
    // Read the answer to its end: an unread body keeps the request open in the browser.
    const answer = parseAnswer(await response.text())
    if (!response.ok) throw new Error('HTTP ' + response.status)
    // Settled unless the collector says it could not re-set it (a collector without the site's config says nothing).
    cookie?.set(answer.cookieRefreshed === false)
    return answer
  }

  async function send(): Promise<void> {
    let failed = false
    const pending = batches(await readUnsent())
    // The latest decision's cookie not re-set yet, and no receipt to carry it: an empty batch
    // asks for it, once per page view at most.
    if (!pending.length && cookie?.get() && !cookieAsked) {
      cookieAsked = true
      await post([]).catch(() => {})
    }
    for (const batch of pending) {
      try {
        await backend.put(answered(batch, await post(batch)))
      } catch {
        failed = true
      }
    }
    await readUnsent()
    if (failed) scheduleRetry()
    else attempt = 0
  }

  function scheduleRetry() {
    if (retryScheduled) return
    retryScheduled = true
    env.setTimeout(() => {
      retryScheduled = false
      flush()
    }, retryDelay(attempt++, env.random))
  }

  /** Sends what is waiting; one send at a time. */
  function flush(): Promise<void> {
    if (running) return running
    running = (async () => {
      do {
        again = false
        await send()
      } while (again)
    })().finally(() => {
      running = null
      // A receipt queued after the last pass read the queue, but before this ran, still goes.
      if (again) void flush()
    })
    return running
  }

  /** Queues a receipt before any attempt to send it, then starts sending without waiting. */
  async function enqueue(receipt: ConsentReceipt) {
    // A decision: the script has just written the cookie, which its receipt's answer re-sets.
    cookie?.set(true)
    await backend.put([{ receipt, sent: false }])
    unsent = [...unsent, receipt]
    env.markPending(true)
    // A send already running read the queue before this receipt: it goes once more.
    if (running) again = true
    void flush()
  }

  /** On pagehide: hand what is unsent to the browser, which delivers it after the page is gone. */
  function beacon() {
    if (!env.sendBeacon) return
    for (const batch of batches(unsent)) {
      // text/plain is a CORS-safelisted type, so the beacon needs no preflight.
      env.sendBeacon(endpoint, new Blob([toJson({ receipts: batch })], { type: 'text/plain;charset=UTF-8' }))
    }
  }

  return { flush, enqueue, beacon, unsent: () => unsent }
}
