import { describe, expect, it } from 'vitest'
import { acceptAllWithVendorCookies, eventually, ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const shop = () => suite.servers.siteUrl + '/test/shop.html'

describe('for Japanese sites', () => {
  it('the dialog gives the APPI Art. 28 details of a foreign recipient and marks linking to personal data', async () => {
    const { page } = suite.opened
    // A Japanese page: locale "auto" follows <html lang>.
    await page.route('**/test/shop.html', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', '<html lang="ja">') })
    })
    await page.goto(shop())
    await page.click(ui.customize)
    await page.click(ui.vendorList('necessary'))
    const sift = page.locator('[data-consentry="preferences"] li.vendor:has(input[data-vendor="sift"])')
    const text = await sift.textContent()
    expect(text).toContain('アメリカ合衆国')
    expect(text).toContain('事業者が講じている措置')
    expect(text).toContain('OECD')
    expect(await sift.locator('a', { hasText: '外国の個人情報保護制度' }).getAttribute('href')).toBe(
      'https://www.ppc.go.jp/enforcement/infoprovision/laws/offshore_report_america/',
    )
    await page.click(ui.vendorList('dmp'))
    const dmp = page.locator('[data-consentry="preferences"] li.vendor:has(input[data-vendor="dmp-x"])')
    expect(await dmp.locator('.badge').textContent()).toBe('個人データと紐付け')
    const ads = page.locator('[data-consentry="preferences"] li.vendor:has(input[data-vendor="ad-network"])')
    expect(await ads.locator('.badge').count()).toBe(0)
  })

  it('"stop provision to third parties" withdraws every optional category in one action, records it and deletes the cookies', async () => {
    const { page, context } = suite.opened
    await acceptAllWithVendorCookies(page, shop(), ['_fake_ad_id=1; path=/', '_fake_aff_click=2; path=/'])
    await page.evaluate(() => consentry.show())
    const stop = page.locator('[data-consentry="preferences"] [data-action="dialog-reject-all"]')
    expect(await stop.textContent()).toBe('Stop all optional sharing')
    await stop.click()
    await page.waitForFunction(() => !document.cookie.includes('_fake_'))
    expect(await page.evaluate(() => consentry.get().categories)).toEqual({
      necessary: true, advertising: false, affiliate: false, dmp: false,
    })
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('_fake_ad_id')
    await eventually(async () => (await suite.servers.storedReceipts()).map((r) => [r.event, r.method])).toEqual([
      ['given', 'accept-all'],
      ['withdrawn', 'stop-provision'],
    ])
  })
})
