import { describe, expect, it } from 'vitest'
import { openPage, tagPaths, ui, useBrowser } from './harness.js'

const shared = useBrowser()

describe('the demo shop', () => {
  it('shows the Japanese banner, holds the tags, and fires them after Accept all', async () => {
    const { page, context, pageErrors } = await openPage(shared.browser, { locale: 'ja-JP' })
    shared.servers.clearTagRequests()
    await page.goto(shared.servers.siteUrl + '/')
    await page.waitForSelector(ui.banner)
    expect(await page.locator(ui.acceptAll).textContent()).toBe('すべて同意する')
    await page.waitForFunction(() => document.getElementById('fired-tags')?.textContent?.includes('sift'))
    expect(tagPaths(shared.servers)).toEqual(['/sift.js'])
    await page.click(ui.acceptAll)
    await page.waitForSelector('#ad-slot .fake-ad')
    await page.waitForFunction(() => {
      const fired = document.getElementById('fired-tags')?.textContent ?? ''
      return ['ad', 'affiliate', 'affiliate-inline', 'dmp-sync', 'dmp-pixel'].every((name) => fired.includes(name))
    })
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual(
      expect.arrayContaining(['consentry', '_fake_ad_id', '_fake_aff_click']),
    )
    await page.click('#withdraw')
    await page.waitForFunction(() => !document.cookie.includes('_fake_'))
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('the region switch shows each model: Japan runs the notice and opt-out tags at once and holds the DMP; Germany holds everything', async () => {
    const { page, context, pageErrors, requests } = await openPage(shared.browser, { locale: 'ja-JP' })
    const fired = () => page.evaluate(() => ((window as any).__firedTags ?? []).slice().sort())
    await page.goto(shared.servers.siteUrl + '/?region=JP')
    await page.waitForSelector(ui.banner)
    await page.waitForFunction(() => ['ad', 'affiliate', 'affiliate-inline'].every((name) => (window as any).__firedTags?.includes(name)))
    expect(await page.evaluate(() => consentry.get())).toMatchObject({ region: 'JP', policy: 'jp', categories: { advertising: true, affiliate: true, dmp: false } })
    expect(requests.filter((url) => url.includes('/dmp-sync.html') || url.includes('/pixel.gif'))).toEqual([])
    expect(await page.locator('.regions [aria-current]').textContent()).toBe('JP')

    // The choice is kept for the next page, as a site's edge would keep telling it.
    await page.goto(shared.servers.siteUrl + '/product')
    expect(await page.evaluate(() => consentry.get().region)).toBe('JP')

    await page.goto(shared.servers.siteUrl + '/?region=DE')
    await page.waitForSelector(ui.banner)
    expect(await page.evaluate(() => consentry.get())).toMatchObject({ region: 'DE', policy: 'eu', categories: { advertising: false, affiliate: false, dmp: false } })
    expect(await fired()).toEqual(['sift'])
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('fills the external-transmission notice from the config, in the page language', async () => {
    const { page, context, pageErrors } = await openPage(shared.browser)
    await page.goto(shared.servers.siteUrl + '/external-transmission')
    await page.waitForSelector('[data-consentry-disclosure] table')
    const tables = await page.$$eval('[data-consentry-disclosure] table', (elements) =>
      elements.map((table) => ({
        caption: table.querySelector('caption')!.textContent,
        recipients: [...table.querySelectorAll('tbody th')].map((th) => th.textContent),
        head: [...table.querySelectorAll('thead th')].map((th) => th.textContent),
      })),
    )
    expect(tables.map((table) => table.caption)).toEqual([
      '必須（サイトの提供に必要なため、同意の有無にかかわらず送信します）', '広告配信', 'アフィリエイト成果測定', 'DMPによる個人データとの紐付け',
    ])
    expect(tables[0]!.recipients).toEqual(['Sift Science, Inc.', 'Twilio Inc.'])
    expect(tables[3]!.recipients).toEqual(['株式会社サンプルDMP'])
    expect(tables[0]!.head.slice(0, 3)).toEqual(['送信先', '送信される情報', '利用目的'])
    const dmpRow = await page.textContent('[data-consentry-disclosure] tr[data-vendor="dmp-x"]')
    expect(dmpRow).toContain('あり')
    // Data items in the visitor's words, from the vocabulary.
    expect(dmpRow).toContain('Cookie等の識別子')
    expect(dmpRow).toContain('閲覧履歴')
    const sift = await page.textContent('[data-consentry-disclosure] tr[data-vendor="sift"]')
    expect(sift).toContain('アメリカ合衆国')
    expect(sift).toContain('外国の個人情報保護制度')
    // Table semantics: every cell has a column header and a row header.
    const semantics = await page.$$eval('[data-consentry-disclosure] table', (tables) =>
      tables.map((table) => ({
        columns: table.querySelectorAll('thead th[scope="col"]').length,
        rows: table.querySelectorAll('tbody tr').length,
        rowHeaders: table.querySelectorAll('tbody th[scope="row"]').length,
      })),
    )
    for (const table of semantics) {
      expect(table.columns).toBe(6)
      expect(table.rowHeaders).toBe(table.rows)
    }
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('switches to English with ?lang=en: the page says so, and the banner, links and notice follow', async () => {
    const { page, context, pageErrors } = await openPage(shared.browser, { locale: 'ja-JP' })
    await page.goto(shared.servers.siteUrl + '/')
    await page.click('header a[hreflang="en"]')
    await page.waitForURL(/\?lang=en$/)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    // The shop's own text is Japanese only, and is marked so.
    expect(await page.evaluate(() => document.body.lang)).toBe('ja')
    expect(await page.locator(ui.acceptAll).textContent()).toBe('Accept all')
    await page.click('header nav a[href^="/external-transmission"]')
    await page.waitForURL(/\/external-transmission\?lang=en$/)
    await page.waitForSelector('.consentry-disclosure')
    expect(await page.locator('.consentry-disclosure').getAttribute('lang')).toBe('en')
    expect(await page.locator('.consentry-disclosure thead th').first().textContent()).toBe('Recipient')
    await page.click('header a[hreflang="ja"]')
    await page.waitForURL(/\?lang=ja$/)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja')
    expect(await page.locator(ui.acceptAll).textContent()).toBe('すべて同意する')
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
