import { describe, expect, it } from 'vitest'
import { eventually, ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()

describe('on a hostile host page', () => {
  it('survives AMD define, extended prototypes, a patched JSON.stringify and * { all: unset }', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/hostile.html')
    await page.waitForSelector(ui.banner)
    expect(await page.locator(ui.banner).evaluate((banner) => getComputedStyle(banner).position)).toBe('fixed')
    expect(await page.locator(ui.acceptAll).isVisible()).toBe(true)
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 1)
    expect(await page.evaluate(() => consentry.get().categories)).toEqual({
      necessary: true, advertising: true, affiliate: true, dmp: true,
    })
    await page.reload()
    await page.evaluate(() => consentry.ready)
    expect(await page.evaluate(() => consentry.get().decided)).toBe(true)
  })

  it('keeps working when the page replaces Promise, rewrites Array methods and adds Array#toJSON', async () => {
    const { page, consoleErrors } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/hostile-globals.html')
    // The UI chunk loads although the page broke Promise after consentry.js ran.
    await page.waitForSelector(ui.banner)
    expect(await page.evaluate(() => (window as any).__arrayCalls > 0)).toBe(true)
    await page.click(ui.acceptAll)
    // (page.waitForFunction needs the page's Promise, which this page broke.)
    await eventually(() => page.evaluate(() => ((window as any).__tagOrder ?? []).length)).toBe(1)
    // The receipt reaches the collector intact: its arrays are arrays, not strings.
    await eventually(() => suite.servers.storedReceipts().then((receipts) => receipts.length)).toBe(1)
    const [receipt] = await suite.servers.storedReceipts()
    expect(Array.isArray(receipt!.purposes)).toBe(true)
    // A returning visitor gets the decision back, and the config that the page's toJSON
    // would have garbled was never remembered in place of the validator.
    await page.reload()
    await page.evaluate(() => consentry.ready)
    expect(await page.evaluate(() => consentry.get().decided)).toBe(true)
    expect(await page.evaluate(() => localStorage.getItem('consentry:config'))).toBeNull()
    await eventually(() => page.evaluate(() => ((window as any).__tagOrder ?? []).length)).toBe(1)
    expect(consoleErrors).toEqual([])
  })
})

describe('more than one copy on a page', () => {
  const rootsAndBanners = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const roots = document.querySelectorAll('#consentry-root')
      return [roots.length, roots[0]?.shadowRoot?.querySelectorAll('[data-consentry="banner"]').length ?? 0]
    })

  it('the script tag three times: one banner, each tag runs once, one receipt per decision', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/twice.html')
    await page.waitForSelector(ui.banner)
    await page.waitForLoadState('networkidle')
    expect(await rootsAndBanners(page)).toEqual([1, 1])
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length >= 2)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as any).__tagOrder)).toEqual([1, 2])
    await eventually(() => suite.servers.storedReceipts().then((receipts) => receipts.length)).toBe(1)
    await page.evaluate(() => consentry.withdraw())
    await eventually(() => suite.servers.storedReceipts().then((receipts) => receipts.map((r) => r.event))).toEqual(['given', 'withdrawn'])
  })

  it('createConsentry called again returns the running instance: one banner, one receipt', async () => {
    const { page, consoleErrors } = suite.opened
    const warnings: string[] = []
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
    await page.goto(suite.servers.siteUrl + '/test/esm.html')
    await page.waitForSelector(ui.banner)
    // A string, so the test runner leaves the page's own dynamic import alone.
    const same = await page.evaluate(`(async () => {
      const { createConsentry } = await import('/dist/esm/index.js')
      const config = await (await fetch('/test/consent.json')).json()
      return createConsentry(config) === window.consentry && createConsentry(config, { ui: false }) === window.consentry
    })()`)
    expect(same).toBe(true)
    // Hot module reload and StrictMode call it again and again: one warning says it all.
    expect(warnings.filter((text) => text.includes('createConsentry() was called again'))).toHaveLength(1)
    expect(await rootsAndBanners(page)).toEqual([1, 1])
    await page.click(ui.acceptAll)
    await eventually(() => suite.servers.storedReceipts().then((receipts) => receipts.length)).toBe(1)
    await page.waitForLoadState('networkidle')
    expect(await suite.servers.storedReceipts().then((receipts) => receipts.length)).toBe(1)
    expect(consoleErrors).toEqual([])
  })
})

