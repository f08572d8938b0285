// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConsentReceipt } from '../../core/receipt/types.js'
import { memoryBackend, openReceiptBackend } from './queue.js'
import { batches, createSender, retryDelay, type SenderEnvironment } from './sender.js'
import { pageAddress, sameSite } from './index.js'

const receipt = (id: string, timestamp = '2026-01-01T00:00:00.000Z', padding = ''): ConsentReceipt =>
  ({ id, timestamp, padding } as unknown as ConsentReceipt)

function harness(statuses: number[], answers: string[] = [], extra: Partial<SenderEnvironment> = {}, backend = memoryBackend()) {
  const bodies: string[] = []
  const timers: Array<{ callback: () => void; ms: number }> = []
  const pendingMarks: boolean[] = []
  const beacons: Array<{ url: string; type: string }> = []
  const sender = createSender('https://collector.example/receipts', backend, {
    fetch: (async (_url: string, init: RequestInit) => {
      bodies.push(init.body as string)
      expect(init.keepalive).toBe(true)
      return new Response(answers.shift() ?? null, { status: statuses.shift() ?? 200 })
    }) as typeof fetch,
    sendBeacon: (url, data) => (beacons.push({ url, type: data.type }), true),
    random: () => 0.5,
    setTimeout: (callback, ms) => timers.push({ callback, ms }),
    markPending: (pending) => pendingMarks.push(pending),
    ...extra,
  })
  return { backend, sender, bodies, timers, pendingMarks, beacons }
}

afterEach(() => vi.restoreAllMocks())

describe('the receipt sender', () => {
  it('queues first, then posts a { receipts } batch and keeps the receipt as sent', async () => {
    const { backend, sender, bodies, pendingMarks } = harness([200])
    await sender.enqueue(receipt('a'))
    expect((await backend.all()).length).toBe(1)
    await sender.flush()
    expect(JSON.parse(bodies[0]!)).toEqual({ receipts: [receipt('a')] })
    expect(await backend.all()).toEqual([{ receipt: receipt('a'), sent: true }])
    expect(pendingMarks.at(-1)).toBe(false)
    expect(sender.unsent()).toEqual([])
  })

  it('keeps a receipt queued until a 2xx answer, retrying with backoff, always with the same id', async () => {
    const { backend, sender, bodies, timers } = harness([503, 500, 200])
    await sender.enqueue(receipt('a'))
    await sender.flush()
    expect((await backend.all())[0]!.sent).toBe(false)
    expect(timers.map((t) => t.ms)).toEqual([1500])
    timers.shift()!.callback()
    await sender.flush()
    expect(timers.map((t) => t.ms)).toEqual([3000])
    timers.shift()!.callback()
    await sender.flush()
    expect((await backend.all())[0]!.sent).toBe(true)
    expect(bodies.map((body) => JSON.parse(body).receipts[0].id)).toEqual(['a', 'a', 'a'])
  })

  it('keeps receipts the collector rejects in the record, marked with the problems, and never sends them again', async () => {
    const answer = {
      stored: 1,
      duplicates: 0,
      conflicts: [{ index: 2, id: 'c' }],
      rejected: [{ index: 0, id: 'a', problems: ['receipts[0].url must be a string (the page URL)'] }],
    }
    const { backend, sender, bodies, timers, pendingMarks } = harness([200], [JSON.stringify(answer)])
    // Queued as a page view finds them, so that one batch carries all three.
    await backend.put(['a', 'b', 'c'].map((id, second) => ({ receipt: receipt(id, '2026-01-01T00:00:0' + second + '.000Z'), sent: false })))
    await sender.flush()
    expect(JSON.parse(bodies[0]!).receipts).toHaveLength(3)
    const items = new Map((await backend.all()).map((item) => [item.receipt.id, item]))
    expect(items.get('a')).toEqual({ receipt: receipt('a'), sent: false, rejected: ['receipts[0].url must be a string (the page URL)'] })
    expect(items.get('b')).toEqual({ receipt: receipt('b', '2026-01-01T00:00:01.000Z'), sent: true })
    expect(items.get('c')!.rejected).toEqual(['the collector holds another receipt with this id'])
    expect(sender.unsent()).toEqual([])
    expect(pendingMarks.at(-1)).toBe(false)
    expect(timers).toEqual([])
    const sent = bodies.length
    await sender.flush()
    sender.beacon()
    expect(bodies.length).toBe(sent)
  })

  it('takes a 2xx answer without per-receipt results as accepting the whole batch', async () => {
    const { backend, sender } = harness([200], ['ok'])
    await sender.enqueue(receipt('a'))
    await sender.flush()
    expect(await backend.all()).toEqual([{ receipt: receipt('a'), sent: true }])
  })

  it('treats a network error like a failed answer', async () => {
    const backend = memoryBackend()
    const timers: number[] = []
    const sender = createSender('https://c.example/r', backend, {
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
      sendBeacon: null,
      random: () => 0,
      setTimeout: (_callback, ms) => timers.push(ms),
      markPending: () => {},
    })
    await sender.enqueue(receipt('a'))
    await sender.flush()
    expect(timers).toEqual([1000])
    expect(sender.unsent().map((r) => r.id)).toEqual(['a'])
  })

  it('on pagehide hands the unsent receipts to sendBeacon as text/plain (no CORS preflight)', async () => {
    const { sender, beacons } = harness([503])
    await sender.enqueue(receipt('a'))
    await sender.flush()
    sender.beacon()
    expect(beacons).toEqual([{ url: 'https://collector.example/receipts', type: 'text/plain;charset=utf-8' }])
  })
})

describe('the consent cookie the collector re-sets (Safari caps the script\'s at seven days)', () => {
  // What localStorage keeps across page views.
  const waitingStore = () => {
    let waiting = false
    return { get: () => waiting, set: (value: boolean) => void (waiting = value) }
  }
  const answer = (cookieRefreshed?: boolean) => JSON.stringify({ stored: 1, duplicates: 0, conflicts: [], rejected: [], cookieRefreshed })

  it('a decision whose answer did not re-set the cookie is asked for again on the next page view, once, with an empty batch', async () => {
    const cookieWaiting = waitingStore()
    const backend = memoryBackend()
    const first = harness([200], [answer(false)], { credentials: 'include', cookieWaiting }, backend)
    await first.sender.enqueue(receipt('a'))
    await first.sender.flush()
    expect(await backend.all()).toEqual([{ receipt: receipt('a'), sent: true }])
    // Nothing left to send, but the next page view still has to come by.
    expect(cookieWaiting.get()).toBe(true)
    expect(first.pendingMarks.at(-1)).toBe(true)
    // The next page view: one request for the cookie alone, however often it flushes.
    const next = harness([200, 200], [answer(true)], { credentials: 'include', cookieWaiting }, backend)
    await next.sender.flush()
    await next.sender.flush()
    expect(next.bodies.map((body) => JSON.parse(body))).toEqual([{ receipts: [] }])
    expect(cookieWaiting.get()).toBe(false)
    expect(next.pendingMarks.at(-1)).toBe(false)
    // Settled: the page view after that sends nothing.
    const settled = harness([], [], { credentials: 'include', cookieWaiting }, backend)
    await settled.sender.flush()
    expect(settled.bodies).toEqual([])
    // A collector that says nothing about the cookie (no site config) settles it too.
    const silent = harness([200], ['ok'], { credentials: 'include', cookieWaiting })
    await silent.sender.enqueue(receipt('b'))
    await silent.sender.flush()
    expect(cookieWaiting.get()).toBe(false)
    expect(silent.pendingMarks.at(-1)).toBe(false)
    // A collector on another site never gets the cookie, so it is never asked.
    cookieWaiting.set(true)
    const elsewhere = harness([200], [answer(false)], { credentials: 'same-origin', cookieWaiting })
    await elsewhere.sender.flush()
    expect(elsewhere.bodies).toEqual([])
    expect(elsewhere.pendingMarks.at(-1)).toBe(false)
  })

  it('asks at most once per page view even when that request fails, and the next page view asks again', async () => {
    const cookieWaiting = waitingStore()
    cookieWaiting.set(true)
    const failing = harness([503], [], { credentials: 'include', cookieWaiting })
    await failing.sender.flush()
    await failing.sender.flush()
    expect(failing.bodies).toHaveLength(1)
    expect(failing.timers).toEqual([])
    expect(cookieWaiting.get()).toBe(true)
    expect(failing.pendingMarks.at(-1)).toBe(true)
  })
})

describe('the page address in a receipt', () => {
  it('leaves out the query and the fragment', () => {
    expect(pageAddress('https://shop.example/reset?token=s3cret&mail=a@b.example#done')).toBe('https://shop.example/reset')
    expect(pageAddress('https://shop.example/a#x?y')).toBe('https://shop.example/a')
    expect(pageAddress('https://shop.example/')).toBe('https://shop.example/')
  })
})

describe('which collectors get the consent cookie (to re-set it for Safari)', () => {
  const page = new URL('https://www.shop.example/cart')
  it('the page\'s own host, and hosts under the cookie\'s domain; never another site', () => {
    expect(sameSite(new URL('https://www.shop.example/consent/receipts'), page, undefined)).toBe(true)
    expect(sameSite(new URL('https://consent.shop.example/receipts'), page, '.shop.example')).toBe(true)
    expect(sameSite(new URL('https://shop.example/receipts'), page, 'shop.example')).toBe(true)
    expect(sameSite(new URL('https://consent.shop.example/receipts'), page, undefined)).toBe(false)
    expect(sameSite(new URL('https://collector.example/receipts'), page, '.shop.example')).toBe(false)
    expect(sameSite(new URL('https://evilshop.example/receipts'), page, 'shop.example')).toBe(false)
  })
})

describe('backoff and batching', () => {
  it('doubles up to five minutes, with jitter between half and all of it', () => {
    expect(retryDelay(0, () => 0)).toBe(1000)
    expect(retryDelay(0, () => 1)).toBe(2000)
    expect(retryDelay(3, () => 1)).toBe(16000)
    expect(retryDelay(30, () => 1)).toBe(300000)
  })

  it('splits large queues into bodies a keepalive request can carry', () => {
    const big = Array.from({ length: 30 }, (_, index) => receipt('r' + index, undefined, 'x'.repeat(5000)))
    const split = batches(big)
    expect(split.length).toBeGreaterThan(1)
    expect(split.flat()).toEqual(big)
    for (const batch of split) expect(JSON.stringify({ receipts: batch }).length).toBeLessThan(64 * 1024)
  })
})

describe('the queue backends', () => {
  it('uses IndexedDB when it works, and keeps receipts across openings', async () => {
    const warn = vi.fn()
    const first = await openReceiptBackend(window, warn)
    expect(first.kind).toBe('indexedDB')
    await first.put([{ receipt: receipt('kept'), sent: false }])
    const second = await openReceiptBackend(window, warn)
    expect((await second.all()).map((item) => item.receipt.id)).toContain('kept')
    expect(warn).not.toHaveBeenCalled()
  })

  it('falls back to localStorage, then memory, and says so once', async () => {
    const warn = vi.fn()
    const noIndexedDb = { indexedDB: undefined, localStorage: window.localStorage } as unknown as Window
    const local = await openReceiptBackend(noIndexedDb, warn)
    expect(local.kind).toBe('localStorage')
    await local.put([{ receipt: receipt('l'), sent: false }])
    expect(JSON.parse(window.localStorage.getItem('consentry:receipts')!).l.receipt.id).toBe('l')
    expect(warn).toHaveBeenCalledTimes(1)

    const blocked = {
      indexedDB: undefined,
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError')
      },
    } as unknown as Window
    const memory = await openReceiptBackend(blocked, warn)
    expect(memory.kind).toBe('memory')
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[1]![0]).toMatch(/memory/)
  })
})
