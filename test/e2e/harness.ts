import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
// @ts-expect-error the demo server is plain JavaScript
import { startServers } from '../../demo/server.mjs'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Servers {
  siteUrl: string
  tagUrl: string
  tagRequests: Array<{ method: string; path: string; time: number }>
  clearTagRequests(): void
  /** Receipts the collector behind /receipts has stored, oldest first. */
  storedReceipts(): Promise<Array<Record<string, any>>>
  clearReceipts(): Promise<number>
  setReceiptStatus(status: number): void
  receiptRequests(): number
  close(): Promise<void>
}

export async function launch(): Promise<{ browser: Browser; servers: Servers }> {
  const [browser, servers] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }),
    startServers({ port: 0, tagPort: 0 }) as Promise<Servers>,
  ])
  return { browser, servers }
}

/** A fresh context and page that remembers uncaught page errors and console output. */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await browser.newContext(options)
  const page: Page = await context.newPage()
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  const requests: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.stack || String(error)))
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()))
  page.on('request', (request) => requests.push(request.url()))
  return { context, page, pageErrors, consoleErrors, requests }
}

/** The default test config, optionally changed, served in place of /test/consent.json. */
export async function serveConfig(page: Page, config: unknown) {
  await page.route('**/test/consent.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: typeof config === 'string' ? config : JSON.stringify(config) }),
  )
}

/** Selector strings that reach into the UI's open shadow root (Playwright pierces open shadow roots). */
export const ui = {
  banner: '[data-consentry="banner"]',
  preferences: '[data-consentry="preferences"]',
  acceptAll: '[data-consentry="banner"] [data-action="accept-all"]',
  rejectAll: '[data-consentry="banner"] [data-action="reject-all"]',
  customize: '[data-consentry="banner"] [data-action="customize"]',
  save: '[data-consentry="preferences"] [data-action="save"]',
  category: (id: string) => `[data-consentry="preferences"] input[data-category="${id}"]`,
  vendor: (id: string) => `[data-consentry="preferences"] input[data-vendor="${id}"]`,
  /** The summary that expands a category's vendor list. */
  vendorList: (category: string) => `[data-consentry="preferences"] section:has(input[data-category="${category}"]) summary`,
}

/** The focused element's hook attributes, looking into the shadow root. */
export const focusedHooks = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    if (!element) return null
    const dialog = element.closest('[data-consentry="preferences"]')
    return {
      action: element.getAttribute('data-action'),
      category: element.getAttribute('data-category'),
      vendor: element.getAttribute('data-vendor'),
      id: element.id,
      tag: element.localName,
      inDialog: !!dialog,
    }
  })

/** Paths the tag server saw, without the query string. */
export const tagPaths = (servers: Servers) => servers.tagRequests.map((request) => request.path.split('?')[0])

export type OpenedPage = Awaited<ReturnType<typeof openPage>>

/** One browser and one pair of servers, shared by the tests of a file. */
export function useBrowser() {
  const shared = {} as { browser: Browser; servers: Servers }
  beforeAll(async () => Object.assign(shared, await launch()))
  afterAll(async () => {
    await shared.browser?.close()
    await shared.servers?.close()
  })
  return shared
}

/** useBrowser, plus a fresh context per test that must end without uncaught page errors. */
export function useBrowserSuite() {
  const suite = useBrowser() as ReturnType<typeof useBrowser> & { opened: OpenedPage }
  beforeEach(async () => {
    suite.servers.clearTagRequests()
    await suite.servers.clearReceipts()
    suite.servers.setReceiptStatus(200)
    suite.opened = await openPage(suite.browser)
  })
  afterEach(async () => {
    expect(suite.opened.pageErrors).toEqual([])
    await suite.opened.context.close()
  })
  return suite
}

/** expect.poll with room for a real browser, IndexedDB and a real collector (its default is 1 s). */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 100 })

/** Accepts everything on a fresh page, then plants cookies as the vendors' tags would. */
export async function acceptAllWithVendorCookies(page: Page, url: string, cookies: string[]) {
  await page.goto(url)
  await page.click(ui.acceptAll)
  await page.waitForFunction(() => consentry.get().decided)
  await page.evaluate((list) => list.forEach((cookie) => (document.cookie = cookie)), cookies)
}
