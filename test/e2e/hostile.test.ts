import { describe, expect, it } from 'vitest'
import { ui, useBrowserSuite } from './harness.js'

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
})
