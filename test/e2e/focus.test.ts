import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { focusedHooks, ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const shop = () => suite.servers.siteUrl + '/test/shop.html'

/** The focused element's data-action inside the UI, else its id, else its tag name. */
const focused = async (page: Page) => {
  const hooks = await focusedHooks(page)
  return hooks?.action || hooks?.id || hooks?.tag
}

async function tabTo(page: Page, action: string) {
  for (let step = 0; step < 30 && (await focused(page)) !== action; step++) await page.keyboard.press('Tab')
  expect(await focused(page)).toBe(action)
}

describe('focus after a decision', () => {
  it.each(['accept-all', 'reject-all'])('goes back to where it was before the banner took it (%s)', async (action) => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    // The banner then comes next in the tab order.
    await page.evaluate(() => document.querySelectorAll('iframe, img').forEach((element) => element.remove()))
    await page.focus('#settings')
    await tabTo(page, action)
    await page.keyboard.press('Enter')
    await page.waitForSelector(ui.banner, { state: 'detached' })
    expect(await focused(page)).toBe('settings')
  })

  it('goes to the page\'s first focusable element when nothing had focus before', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await page.waitForSelector(ui.banner, { state: 'detached' })
    expect(await focused(page)).toBe('page-button')
  })

  it('after Save in a dialog opened from the banner, leaves the UI for the page', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    await page.evaluate(() => document.querySelectorAll('iframe, img').forEach((element) => element.remove()))
    await page.focus('#settings')
    await tabTo(page, 'customize')
    await page.keyboard.press('Enter')
    await page.waitForSelector(ui.preferences)
    await page.click(ui.save)
    await page.waitForSelector(ui.preferences, { state: 'detached' })
    await expect.poll(() => focused(page)).toBe('settings')
  })
})

describe('the confirmation', () => {
  it('is shown for a moment as a status message, and moves nothing on the page', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    const layout = () => page.evaluate(() => [...document.querySelectorAll('h1, p, iframe')].map((element) => JSON.stringify(element.getBoundingClientRect())))
    const before = await layout()
    await page.evaluate(() => {
      ;(window as any).__shifts = 0
      new PerformanceObserver((list) => list.getEntries().forEach((entry: any) => ((window as any).__shifts += entry.value))).observe({ type: 'layout-shift' })
    })
    await page.click(ui.rejectAll)
    const status = page.locator('[role="status"]')
    await expect.poll(() => status.textContent()).toBe('Your choices have been saved.')
    const box = (await status.boundingBox())!
    const viewport = page.viewportSize()!
    // Readable on screen: wider and taller than a line of text, inside the viewport.
    expect(box.width).toBeGreaterThan(100)
    expect(box.height).toBeGreaterThan(20)
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true)
    expect(await layout()).toEqual(before)
    expect(await page.evaluate(() => (window as any).__shifts)).toBe(0)
  })
})
