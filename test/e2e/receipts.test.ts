import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { receiptProblems } from '../../src/core/receipt/validate.js'
import { eventually, ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const shop = () => suite.servers.siteUrl + '/test/shop.html'
const stored = () => suite.servers.storedReceipts()
// The page has the collector's answer: nothing left for a beacon to send again when the
// page goes away, after the next test has cleared the collector.
const acknowledged = (page: Page) => page.waitForFunction(() => !localStorage.getItem('consentry:pending'))
/** What Safari does to cookies written by script: at most seven days. */
const capScriptCookies = () => {
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get!.call(this)
    },
    set(value: string) {
      cookie.set!.call(this, value.replace(/Max-Age=\d+/i, (text) => 'Max-Age=' + Math.min(604_800, Number(text.slice(8)))))
    },
  })
}
const CONTRACT_FIELDS = ['id', 'event', 'timestamp', 'principalId', 'revision', 'categories', 'vendors', 'method', 'locale', 'gpc', 'noticeHash', 'url']

describe('consent receipts', () => {
  it('a decision reaches the endpoint as one receipt with every contract field', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await eventually(async () => (await stored()).length).toBe(1)
    await acknowledged(page)
    const receipt = (await stored())[0]!
    for (const field of CONTRACT_FIELDS) expect(receipt, field).toHaveProperty(field)
    expect(receiptProblems(receipt)).toEqual([])
    const state = await page.evaluate(() => consentry.get())
    expect(receipt).toMatchObject({
      id: state.id,
      event: 'given',
      method: 'accept-all',
      locale: 'en',
      gpc: false,
      revision: '2025-09-30',
      categories: state.categories,
      url: shop(),
    })
    expect(receipt.noticeHash).toMatch(/^[0-9a-f]{64}$/)
    const recipients = receipt.recipients as Array<Record<string, any>>
    expect(recipients.find((r) => r.id === 'dmp-x')!.appi31).toMatchObject({ consentObtained: true })
    expect(recipients.find((r) => r.id === 'sift')!.appi28).toMatchObject({ shown: true, country: 'US' })
  })

  it('the collector re-sets the consent cookie, so a browser that caps script cookies at 7 days keeps the decision', async () => {
    const { context, page } = suite.opened
    await page.addInitScript(capScriptCookies)
    await page.goto(shop())
    const answered = page.waitForResponse((response) => response.url().endsWith('/receipts') && response.request().method() === 'POST')
    await page.click(ui.acceptAll)
    const response = await answered
    expect(response.status()).toBe(200)
    const header = await response.headerValue('set-cookie')
    expect(header).toMatch(/^consentry=[^;]+;Path=\/;Max-Age=\d+;SameSite=Lax$/)
    const cookie = (await context.cookies()).find((entry) => entry.name === 'consentry')!
    expect(header!.startsWith('consentry=' + cookie.value + ';')).toBe(true)
    // Found by its id: the answer may be the one to an earlier request of the page.
    const id = await page.evaluate(() => consentry.get().id)
    await eventually(() => stored().then((receipts) => receipts.some((receipt) => receipt.id === id))).toBe(true)
    // The cookie left holds the config's 365 days from the decision, not the script's 7.
    const days = (cookie.expires - Date.now() / 1000) / 86_400
    expect(days).toBeGreaterThan(364)
    expect(days).toBeLessThanOrEqual(365)
    await acknowledged(page)
  })

  it("a returning visitor whose cookie the collector has not re-set yet gets it re-set on the next page view, with one request", async () => {
    const { context, page } = suite.opened
    await page.addInitScript(capScriptCookies)
    // The decision's answer re-sets nothing, as a collector whose config lags behind the page's would answer.
    // (Passed on from Node, whose fetch keeps no cookies, rather than the browser context's, which would.)
    await page.route('**/receipts', async (route) => {
      const request = route.request()
      const response = await fetch(request.url(), { method: 'POST', headers: await request.allHeaders(), body: request.postData() })
      await route.fulfill({ status: response.status, json: { ...(await response.json()), cookieRefreshed: false } })
    })
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await eventually(async () => (await stored()).length).toBe(1)
    // The answer is in the queue: the receipt is sent, and only the cookie still waits.
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('consentry')
          open.onsuccess = () => {
            const all = open.result.transaction('receipts').objectStore('receipts').getAll()
            all.onsuccess = () => (open.result.close(), resolve(all.result.length === 1 && all.result[0].sent))
          }
        }),
    )
    expect(await page.evaluate(() => [localStorage.getItem('consentry:pending'), localStorage.getItem('consentry:cookie-waiting')])).toEqual(['1', '1'])
    const capped = (await context.cookies()).find((entry) => entry.name === 'consentry')!
    expect((capped.expires - Date.now() / 1000) / 86_400).toBeLessThanOrEqual(7)
    await page.unroute('**/receipts')
    // The next page view: one empty batch carries the cookie, and its answer re-sets it.
    const posts: string[] = []
    page.on('request', (request) => request.url().endsWith('/receipts') && posts.push(request.postData() ?? ''))
    const answered = page.waitForResponse((response) => response.url().endsWith('/receipts') && response.request().method() === 'POST')
    await page.reload()
    const response = await answered
    expect(JSON.parse(response.request().postData()!)).toEqual({ receipts: [] })
    expect(await response.json()).toMatchObject({ stored: 0, cookieRefreshed: true })
    expect(await response.headerValue('set-cookie')).toMatch(/^consentry=[^;]+;Path=\/;Max-Age=\d+;SameSite=Lax$/)
    await acknowledged(page)
    const cookie = (await context.cookies()).find((entry) => entry.name === 'consentry')!
    expect(cookie.value).toBe(capped.value)
    expect((cookie.expires - Date.now() / 1000) / 86_400).toBeGreaterThan(364)
    expect(await page.evaluate(() => localStorage.getItem('consentry:cookie-waiting'))).toBeNull()
    // Settled: the page view after that asks nothing.
    await page.reload()
    await page.evaluate(() => consentry.ready)
    await page.waitForLoadState('networkidle')
    expect(posts).toHaveLength(1)
    expect(await stored()).toHaveLength(1)
  })

  it('hash the notice the same way with Web Crypto and, on pages without it (plain http), with the script chunk', async () => {
    const hashOnce = async (withoutWebCrypto: boolean) => {
      await suite.servers.clearReceipts()
      const { context, page, requests } = suite.opened
      await context.clearCookies()
      // What a plain-http page sees: crypto without subtle.
      if (withoutWebCrypto) await page.addInitScript(() => Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined }))
      await page.goto(shop())
      await page.click(ui.acceptAll)
      await eventually(async () => (await stored()).length).toBe(1)
      await acknowledged(page)
      return { hash: (await stored())[0]!.noticeHash, loadedScriptHash: requests.some((url) => url.endsWith('/consentry-sha256.js')) }
    }
    const native = await hashOnce(false)
    expect(native.loadedScriptHash).toBe(false)
    const script = await hashOnce(true)
    expect(script.loadedScriptHash).toBe(true)
    expect(script.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(script.hash).toBe(native.hash)
  })

  it('a decision made offline, once the banner is up, is queued and arrives when the browser is back online', async () => {
    const { page, context, requests } = suite.opened
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    // The receipt queue loads with the banner, before any click.
    await eventually(() => requests.some((url) => url.endsWith('/consentry-decision.js'))).toBe(true)
    await page.waitForFunction(() => (window as any)[Symbol.for('consentry.decision')] !== undefined)
    await context.setOffline(true)
    await page.click(ui.acceptAll)
    const id = await page.evaluate(() => consentry.get().id)
    await page.waitForTimeout(500)
    expect(await stored()).toEqual([])
    await context.setOffline(false)
    await eventually(async () => (await stored()).map((receipt) => receipt.id)).toEqual([id])
    await acknowledged(page)
  })

  it('a receipt chunk that failed to load is tried again when the visitor decides', async () => {
    const { page, consoleErrors } = suite.opened
    let attempts = 0
    // The first request for the chunk (made when the banner comes up) fails, as it would offline.
    await page.route('**/dist/consentry-decision.js', (route) => (++attempts === 1 ? route.abort('internetdisconnected') : route.continue()))
    const failed = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/consentry-decision.js'))
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    await failed
    // A turn of the page's event loop, so that the script element's error has been handled.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)))
    await page.click(ui.acceptAll)
    const id = await page.evaluate(() => consentry.get().id)
    await eventually(async () => (await stored()).map((receipt) => receipt.id)).toEqual([id])
    await acknowledged(page)
    expect(attempts).toBe(2)
    // Only the browser's own line about the aborted request; nothing of ours failed.
    expect(consoleErrors.filter((text) => text.startsWith('consentry'))).toEqual([])
  })

  it('survive a closed tab while the endpoint is down, and arrive later with their original id, once', async () => {
    const { context } = suite.opened
    suite.servers.setReceiptStatus(503)
    const attempts = suite.servers.receiptRequests()
    const first = await context.newPage()
    await first.goto(shop())
    await first.click(ui.rejectAll)
    const id = await first.evaluate(() => consentry.get().id)
    // The endpoint refused the first attempt; the tab closes right after.
    await eventually(() => suite.servers.receiptRequests()).toBeGreaterThan(attempts)
    await first.close({ runBeforeUnload: true })
    expect(await stored()).toEqual([])

    suite.servers.setReceiptStatus(200)
    const later = await context.newPage()
    await later.goto(shop())
    await eventually(async () => (await stored()).map((r) => r.id)).toContain(id)
    await later.waitForFunction(() => !localStorage.getItem('consentry:pending'))
    // The closing tab may also have handed its beacon over: the same id, so one receipt.
    expect((await stored()).map((r) => r.id)).toEqual([id])

    const before = suite.servers.receiptRequests()
    await later.reload()
    await later.evaluate(() => consentry.ready)
    await later.waitForLoadState('networkidle')
    expect(suite.servers.receiptRequests()).toBe(before)
    expect((await stored()).map((r) => r.id)).toEqual([id])
  })

  it('a double click and rapid changes give exactly one receipt per decision', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.dblclick(ui.acceptAll)
    await page.evaluate(() => {
      consentry.set({ categories: { dmp: false } })
      consentry.set({ categories: { affiliate: false } })
      consentry.withdraw()
    })
    await eventually(async () => (await stored()).length).toBe(4)
    await acknowledged(page)
    const receipts = await stored()
    // Decisions made within one millisecond share a timestamp, so compare without order.
    expect(receipts.map((r) => r.event).sort()).toEqual(['changed', 'changed', 'given', 'withdrawn'])
    expect(new Set(receipts.map((r) => r.id)).size).toBe(4)
  })

  it('the visitor can see and download this browser\'s record in the preferences dialog', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.rejectAll)
    await eventually(async () => (await stored()).length).toBe(1)
    await acknowledged(page)
    await page.evaluate(() => consentry.show())
    const download = page.locator('[data-consentry="preferences"] [data-action="download-record"]')
    await download.waitFor()
    const id = await page.evaluate(() => consentry.get().id!)
    expect(await page.locator('[data-consentry="preferences"] .record').textContent()).toContain(id)
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()])
    const record = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')))
    expect(record.receipts.map((r: { id: string }) => r.id)).toEqual([id])
    expect(record.principalId).toBe((await stored())[0]!.principalId)
  })
})
