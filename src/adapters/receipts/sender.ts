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
}

/** The collector's verdict on each receipt of an acknowledged batch; an answer without one accepts them all. */
function answered(batch: ConsentReceipt[], text: string): QueuedReceipt[] {
  const refused = new Map<number, string[]>()
  try {
    const answer = JSON.parse(text) as BatchAnswer
    for (const { index, problems } of answer.rejected ?? []) refused.set(index, problems)
    for (const { index } of answer.conflicts ?? []) refused.set(index, ['the collector holds another receipt with this id'])
  } catch {
    // Not our collector's JSON: the 2xx still acknowledges the batch.
  }
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

  async function readUnsent() {
    const all = await backend.all()
    unsent = oldestFirst(all.filter((item) => !item.sent && !item.rejected))
    env.markPending(unsent.length > 0)
    return unsent
  }

  async function send(): Promise<void> {
    let failed = false
    for (const batch of batches(await readUnsent())) {
      try {
        const response = await env.fetch(endpoint, {
          method: 'POST',
          keepalive: true,
          credentials: env.credentials,
          headers: { 'Content-Type': 'application/json' },
          body: toJson({ receipts: batch }),
        })
        // Read the answer to its end: an unread body keeps the request open in the browser.
        const text = await response.text()
        if (!response.ok) throw new Error('HTTP ' + response.status)
        await backend.put(answered(batch, text))
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
