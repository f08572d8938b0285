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
