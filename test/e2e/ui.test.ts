import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { focusedHooks as focused, tagPaths, ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const shop = () => suite.servers.siteUrl + '/test/shop.html'

async function tabUntil(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab')
    if (matches(await focused(page))) return
  }
  throw new Error('focus never reached the wanted control')
}

/** From a fresh page, with the keyboard only: Tab to Customize and open the dialog. */
async function openPreferencesByKeyboard(page: Page) {
  await page.goto(shop())
  await page.waitForSelector(ui.banner)
  await tabUntil(page, (f) => f?.action === 'customize')
  await page.keyboard.press('Enter')
  await page.waitForSelector(ui.preferences)
}

describe('keyboard only', () => {
  it('reaches the banner, opens preferences, keeps focus inside, Escape closes without deciding', async () => {
    const { page } = suite.opened
    await openPreferencesByKeyboard(page)
    expect((await focused(page))?.inDialog).toBe(true)

    // Tab wraps inside the dialog, both ways.
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab')
      expect((await focused(page))?.inDialog).toBe(true)
    }
    for (let step = 0; step < 5; step++) {
      await page.keyboard.press('Shift+Tab')
      expect((await focused(page))?.inDialog).toBe(true)
    }

    await page.keyboard.press('Escape')
    await page.waitForSelector(ui.preferences, { state: 'detached' })
    expect((await focused(page))?.action).toBe('customize')
    expect(await page.evaluate(() => consentry.get().decided)).toBe(false)
    expect(await page.locator(ui.banner).count()).toBe(1)
  })

  it('switches a category with Space and saves with Enter', async () => {
    const { page } = suite.opened
    await openPreferencesByKeyboard(page)
    await tabUntil(page, (f) => f?.category === 'dmp')
    await page.keyboard.press('Space')
    await tabUntil(page, (f) => f?.action === 'save')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => consentry.get().decided)
    expect(await page.evaluate(() => consentry.get().categories)).toEqual({
      necessary: true, advertising: false, affiliate: false, dmp: true,
    })
  })

  it('accepts with the keyboard alone', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    await tabUntil(page, (f) => f?.action === 'accept-all')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 3)
  })
})

describe('the re-open control', () => {
  it('[data-consentry-open] opens preferences for a returning visitor and gives focus back on close', async () => {
    const { page, requests } = suite.opened
    await page.goto(shop())
    await page.click(ui.rejectAll)
    await page.reload()
    await page.evaluate(() => consentry.ready)
    requests.length = 0
    await page.focus('#settings')
    await page.keyboard.press('Enter')
    await page.waitForSelector(ui.preferences)
    expect(requests.some((url) => url.endsWith('/dist/consentry-ui.js'))).toBe(true)
    expect(await page.isChecked(ui.category('advertising'))).toBe(false)
    await page.keyboard.press('Escape')
    await page.waitForSelector(ui.preferences, { state: 'detached' })
    expect((await focused(page))?.id).toBe('settings')
  })

  it('consentry.show() opens preferences and a saved change applies at once', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.rejectAll)
    await page.evaluate(() => consentry.show())
    await page.check(ui.category('advertising'))
    await page.click(ui.save)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    expect(tagPaths(suite.servers)).toContain('/order.js')
  })
})

describe('layout', () => {
  it('the banner causes no layout shift (CLS = 0)', async () => {
    const { page } = suite.opened
    await page.addInitScript(() => {
      ;(window as any).__cls = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__cls += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    await page.click(ui.customize)
    await page.waitForSelector(ui.preferences)
    await page.keyboard.press('Escape')
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as any).__cls)).toBe(0)
  })
})
