import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { contrastRatio } from '../../src/core/contrast/index.js'
import { eventually, serveConfig, ui, useBrowserSuite } from './harness.js'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/consent.json', import.meta.url), 'utf8'))
const suite = useBrowserSuite()
const shop = () => suite.servers.siteUrl + '/test/shop.html'

async function openDialog(page: Page, locale: 'ja' | 'en') {
  await serveConfig(page, { ...fixture, locale })
  await page.goto(shop())
  await page.click(ui.customize)
  await page.waitForSelector(ui.preferences)
}

const vendorRow = (page: Page, id: string) => page.locator('li.vendor').filter({ has: page.locator(`input[data-vendor="${id}"]`) })
const section = (category: string) => `[data-consentry="preferences"] section:has(input[data-category="${category}"])`
const actionsOf = (page: Page, selector: string) =>
  page.locator(selector + ' .actions button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-action')))

/** rgb(…) as #rrggbb, for the contrast check. */
const hex = (rgb: string) => '#' + rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')

describe('the preferences dialog shows what visitors can read', () => {
  it('names data items in the visitor\'s language, not by their ids', async () => {
    const { page } = suite.opened
    await openDialog(page, 'ja')
    await page.click(ui.vendorList('necessary'))
    await page.click(ui.vendorList('dmp'))
    const sift = await vendorRow(page, 'sift').innerText()
    expect(sift).toContain('メールアドレス、IPアドレス、端末・ブラウザの情報（OS、ブラウザの種類等）')
    expect(sift).not.toMatch(/email|ip-address|device-info/)
    const dmp = await vendorRow(page, 'dmp-x').innerText()
    expect(dmp).toContain('Cookie等の識別子、閲覧履歴（閲覧したページのURL等）')
    expect(dmp).not.toMatch(/cookie-id|browsing-history/)
  })

  it('says a required category is always on, once, beside its switch', async () => {
    const { page } = suite.opened
    await openDialog(page, 'ja')
    const row = await page.locator(section('necessary') + ' > .row').innerText()
    expect(row).toContain('常に有効')
    expect(row.match(/必須/g)).toHaveLength(1)
    await page.keyboard.press('Escape')
    await serveConfig(page, { ...fixture, locale: 'en' })
    await page.reload()
    await page.click(ui.customize)
    expect(await page.locator(section('necessary') + ' > .row').innerText()).toContain('Always on')
  })

  it('draws switches whose boundary keeps 3:1 against the dialog, also when disabled', async () => {
    const { page } = suite.opened
    await openDialog(page, 'en')
    await page.click(ui.vendorList('dmp'))
    const background = hex(await page.locator('.dialog').evaluate((dialog) => getComputedStyle(dialog).backgroundColor))
    // An enabled optional switch, a locked required one and a vendor's switch disabled with its category off.
    for (const selector of [ui.category('dmp'), ui.category('necessary'), ui.vendor('dmp-x')]) {
      const style = await page.locator(selector).evaluate((input) => {
        const css = getComputedStyle(input)
        return { appearance: css.appearance, border: css.borderTopColor, width: parseFloat(css.borderTopWidth), opacity: css.opacity, role: input.getAttribute('role') }
      })
      expect(style).toMatchObject({ appearance: 'none', role: 'switch', opacity: '1' })
      expect(style.width).toBeGreaterThanOrEqual(1)
      expect(contrastRatio(hex(style.border), background), selector).toBeGreaterThanOrEqual(3)
    }
  })

  it('orders its buttons as the banner does', async () => {
    const { page } = suite.opened
    await openDialog(page, 'en')
    expect(await actionsOf(page, ui.banner)).toEqual(['accept-all', 'reject-all', 'customize'])
    expect(await actionsOf(page, ui.preferences)).toEqual(['dialog-accept-all', 'dialog-reject-all', 'save'])
  })

  it('once decided, offers to stop optional provision, on one line, on a phone too', async () => {
    const { page } = suite.opened
    await serveConfig(page, { ...fixture, locale: 'ja' })
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(shop())
      if (width == 390) await page.click(ui.acceptAll)
      await page.evaluate(() => consentry.show())
      const reject = page.locator('[data-consentry="preferences"] [data-action="dialog-reject-all"]')
      expect(await reject.innerText()).toBe('必須以外の提供を停止')
      // One line: every character's box sits on the same line.
      const lines = await reject.evaluate((button) => {
        const range = document.createRange()
        range.selectNodeContents(button)
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
      })
      expect(lines, width + ' px').toBe(1)
    }
  })
})

describe('the visitor\'s record in the dialog', () => {
  it('offers no download while there is no record', async () => {
    const { page } = suite.opened
    await openDialog(page, 'en')
    await page.waitForSelector('[data-consentry="preferences"] .record h3')
    expect(await page.locator('.record').innerText()).toContain('No record yet.')
    expect(await page.locator('[data-action="download-record"]').count()).toBe(0)
  })

  it('lists the granted categories by their titles', async () => {
    const { page } = suite.opened
    await serveConfig(page, { ...fixture, locale: 'ja' })
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await page.evaluate(() => consentry.show())
    await eventually(() => page.locator('.record li').count()).toBe(1)
    const entry = await page.locator('.record li').innerText()
    expect(entry).toContain('同意: 必須、広告配信、アフィリエイト成果測定、DMPによる個人データとの紐付け')
    expect(entry).not.toMatch(/necessary|advertising/)
    expect(await page.locator('[data-action="download-record"]').count()).toBe(1)
  })
})
