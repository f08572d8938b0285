import { describe, expect, it } from 'vitest'
import { eventually, tagPaths, ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()

describe('with cookies and storage blocked', () => {
  it('the banner and gating still work for the page view, and nothing throws into the page', async () => {
    const { page, consoleErrors } = suite.opened
    const warnings: string[] = []
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
    // What a browser with blocked site data does: every storage access throws.
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      }
      Object.defineProperty(Document.prototype, 'cookie', { get: blocked, set: blocked, configurable: true })
      Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true })
      Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true })
    })
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    await page.waitForLoadState('networkidle')
    expect(tagPaths(suite.servers)).toEqual(['/sift.js'])

    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 3)
    expect(await page.evaluate(() => consentry.get().decided)).toBe(true)
    expect(await page.locator(ui.banner).count()).toBe(0)
    // The receipt still goes out, from a queue kept in memory, and the console says so once.
    await eventually(async () => (await suite.servers.storedReceipts()).length).toBe(1)
    expect(warnings.filter((text) => /consent receipts wait in memory/.test(text))).toHaveLength(1)
    expect(consoleErrors.filter((text) => !/Failed to load resource/.test(text))).toEqual([])
    // The fake Sift tag writes a cookie and so throws here, as a real tag would. Its error comes
    // from another origin, so the browser hides where it happened; an error of Consentry's own
    // files (this origin) would show its location.
    const errors = suite.opened.pageErrors
    expect(errors.filter((stack) => stack.includes(suite.servers.siteUrl))).toEqual([])
    expect(errors.every((stack) => /SecurityError/.test(stack))).toBe(true)
    errors.length = 0
  })
})
