import { describe, expect, it } from 'vitest'
import { acceptAllWithVendorCookies, eventually, serveConfig, tagPaths, ui, useBrowserSuite } from './harness.js'
import baseConfig from './fixtures/consent.json' with { type: 'json' }

const suite = useBrowserSuite()
const shop = () => suite.servers.siteUrl + '/test/shop.html'
const config = (patch: Record<string, unknown> = {}) => ({ ...structuredClone(baseConfig), ...patch })

const tagOrder = () => suite.opened.page.evaluate(() => (window as any).__tagOrder ?? [])
// Gated requests are everything the tag server saw except the required Sift tag.
const gatedRequests = () => tagPaths(suite.servers).filter((path) => path !== '/sift.js')

describe('before consent', () => {
  it('requests nothing gated and runs no gated code, also for tags inserted later', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    await page.evaluate((tagOrigin) => {
      const script = document.createElement('script')
      script.type = 'text/plain'
      script.dataset.consent = 'advertising'
      script.dataset.src = tagOrigin + '/order.js?n=9'
      document.head.append(script)
      const image = document.createElement('img')
      image.dataset.consent = 'dmp'
      image.dataset.src = tagOrigin + '/pixel.gif?late'
      document.body.append(image)
      const inline = document.createElement('script')
      inline.type = 'text/plain'
      inline.dataset.consent = 'affiliate'
      inline.text = 'window.__lateInlineRan = true'
      document.body.append(inline)
    }, suite.servers.tagUrl)
    // Give the late tags every chance to (wrongly) load: the required tag loads in this time.
    await page.waitForFunction(() => ((window as any).__firedTags ?? []).includes('sift'))
    await page.waitForLoadState('networkidle')
    expect(gatedRequests()).toEqual([])
    expect(await tagOrder()).toEqual([])
    expect(await page.evaluate(() => (window as any).__lateInlineRan)).toBeUndefined()
    expect(await page.evaluate(() => consentry.get().decided)).toBe(false)
  })

  it('runs required tags without waiting for a decision', async () => {
    await suite.opened.page.goto(shop())
    await suite.opened.page.waitForFunction(() => ((window as any).__firedTags ?? []).includes('sift'))
    expect(tagPaths(suite.servers)).toEqual(['/sift.js'])
  })
})

describe('decisions', () => {
  it('accept all runs every gated tag, scripts strictly in document order', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 3)
    expect(await tagOrder()).toEqual([1, 2, 3])
    await page.waitForFunction(() => (document.querySelector('img[data-consent]') as HTMLImageElement).complete)
    await page.waitForLoadState('networkidle')
    expect(gatedRequests().sort()).toEqual(['/dmp-sync.html', '/order.js', '/order.js', '/pixel.gif'])
    expect(await page.locator(ui.banner).count()).toBe(0)
    const state = await page.evaluate(() => consentry.get())
    expect(state).toMatchObject({ decided: true, categories: { advertising: true, affiliate: true, dmp: true } })
    expect(state.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('reject all runs only required tags, also after a reload', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.rejectAll)
    await page.waitForFunction(() => consentry.get().decided)
    await page.reload()
    await page.evaluate(() => consentry.ready)
    await page.waitForLoadState('networkidle')
    expect(gatedRequests()).toEqual([])
    expect(await page.locator(ui.banner).count()).toBe(0)
    expect(await page.evaluate(() => consentry.get().categories)).toEqual({
      necessary: true, advertising: false, affiliate: false, dmp: false,
    })
  })

  it('granular choices in the preferences dialog gate per category', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.customize)
    await page.waitForSelector(ui.preferences)
    expect(await page.isChecked(ui.category('dmp'))).toBe(false)
    expect(await page.isChecked(ui.category('necessary'))).toBe(true)
    expect(await page.isDisabled(ui.category('necessary'))).toBe(true)
    await page.check(ui.category('dmp'))
    await page.click(ui.save)
    await page.waitForFunction(() => (document.querySelector('img[data-consent]') as HTMLImageElement).complete)
    await page.waitForLoadState('networkidle')
    expect(gatedRequests().sort()).toEqual(['/dmp-sync.html', '/pixel.gif'])
    expect(await tagOrder()).toEqual([])
  })

  it('vendor-level choices: a vendor switched off stays blocked inside a granted category', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.customize)
    await page.check(ui.category('affiliate'))
    await page.check(ui.category('advertising'))
    await page.click(ui.vendorList('affiliate'))
    await page.uncheck(ui.vendor('a8'))
    await page.click(ui.save)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    await page.waitForLoadState('networkidle')
    expect(await tagOrder()).toEqual([1, 2])
    expect(await page.evaluate(() => consentry.get().vendors)).toMatchObject({ a8: false, 'ad-network': true })
    expect(suite.servers.tagRequests.filter((request) => request.path.startsWith('/order.js?n=3'))).toEqual([])
  })
})

describe('first visits', () => {
  it('fetch the UI chunk in parallel with the validator, not after it', async () => {
    const { page } = suite.opened
    const events: string[] = []
    // Hold the validator back, so the order shows whether the UI waited for it.
    await page.route('**/dist/consentry-check.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500))
      events.push('check served')
      await route.continue()
    })
    page.on('request', (request) => request.url().endsWith('/consentry-ui.js') && events.push('ui requested'))
    await page.goto(shop())
    await page.waitForSelector(ui.banner)
    expect(events).toEqual(['ui requested', 'check served'])
  })
})

describe('returning visitors', () => {
  it('get no banner, their tags run, and no UI chunk is downloaded', async () => {
    const { page, requests } = suite.opened
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 3)
    // Once its receipt is acknowledged, nothing is left for the next page view to send.
    await eventually(async () => (await suite.servers.storedReceipts()).length).toBe(1)
    await page.waitForFunction(() => !localStorage.getItem('consentry:pending'))
    requests.length = 0
    await page.reload()
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 3)
    await page.waitForLoadState('networkidle')
    expect(await tagOrder()).toEqual([1, 2, 3])
    expect(await page.locator('#consentry-root').count()).toBe(0)
    const consentryFiles = requests.filter((url) => url.includes('/dist/')).map((url) => new URL(url).pathname)
    expect(consentryFiles).toEqual(['/dist/consentry.js'])
  })

  it('announce their stored decision once on load: API listeners, window event and dataLayer', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.rejectAll)
    await page.waitForFunction(() => consentry.get().decided)
    await page.addInitScript(() => {
      ;(window as any).dataLayer = []
      ;(window as any).__events = []
      window.addEventListener('consentry:change', (event) => (window as any).__events.push((event as CustomEvent).detail))
    })
    await page.reload()
    await page.evaluate(() => consentry.ready)
    const seen = await page.evaluate(() => ({ events: (window as any).__events, dataLayer: (window as any).dataLayer }))
    expect(seen.events).toHaveLength(1)
    expect(seen.events[0]).toMatchObject({ decided: true, categories: { advertising: false } })
    expect(seen.dataLayer).toEqual([{ event: 'consentry_update', consentry: seen.events[0] }])
    await page.evaluate(() => consentry.set({ categories: { dmp: true } }))
    expect(await page.evaluate(() => (window as any).dataLayer.at(-1).consentry.categories.dmp)).toBe(true)
  })

  it('are asked again when the revision changes', async () => {
    const { page } = suite.opened
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => consentry.get().decided)
    // The granted tags load one after another (the first waits 400 ms): let all three run, so
    // that none of this page's requests reaches the tag server after the count is cleared.
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 3)
    await serveConfig(page, config({ revision: '2026-04-01' }))
    suite.servers.clearTagRequests()
    await page.reload()
    await page.waitForSelector(ui.banner)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => consentry.get())).toMatchObject({ decided: false, revision: '2026-04-01' })
    expect(gatedRequests()).toEqual([])
  })

  it('are asked again after expiresAfterDays', async () => {
    const { page } = suite.opened
    await page.clock.install({ time: new Date('2026-01-10T09:00:00Z') })
    await serveConfig(page, config({ expiresAfterDays: 30 }))
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => consentry.get().decided)
    await page.clock.setSystemTime(new Date('2026-02-08T09:00:00Z'))
    await page.reload()
    await page.evaluate(() => consentry.ready)
    expect(await page.evaluate(() => consentry.get().decided)).toBe(true)
    await page.clock.setSystemTime(new Date('2026-02-09T09:00:01Z'))
    await page.reload()
    await page.waitForSelector(ui.banner)
    expect(await page.evaluate(() => consentry.get().decided)).toBe(false)
  })
})

describe('withdrawal', () => {
  it('withdraw() denies optional categories and deletes the declared cookies in every path', async () => {
    const { page, context } = suite.opened
    await acceptAllWithVendorCookies(page, shop(), [
      '_fake_ad_id=1; path=/',
      '_fake_ad_seg=2; path=/test',
      '_fake_aff_click=3; path=/',
      'shop_session=4; path=/',
    ])
    await page.evaluate(() => consentry.withdraw())
    await page.waitForFunction(() => !document.cookie.includes('_fake_'))
    // Sift belongs to a required category, so its cookie stays.
    const names = (await context.cookies()).map((cookie) => cookie.name).sort()
    expect(names).toEqual(['_sift_session', 'consentry', 'shop_session'])
    expect(await page.evaluate(() => consentry.get().categories)).toEqual({
      necessary: true, advertising: false, affiliate: false, dmp: false,
    })
  })

  it('reloadOnWithdraw reloads the page so running tags stop', async () => {
    const { page } = suite.opened
    await serveConfig(page, config({ reloadOnWithdraw: true }))
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 3)
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => consentry.withdraw())])
    await page.evaluate(() => consentry.ready)
    expect(await tagOrder()).toEqual([])
    expect(await page.evaluate(() => consentry.get())).toMatchObject({ decided: true, categories: { advertising: false } })
  })
})

describe('bad input', () => {
  it('an invalid config fails closed, names the JSON path, and the page keeps working', async () => {
    const { page, consoleErrors } = suite.opened
    const broken = config()
    ;(broken.categories as any[])[2].id = 42
    delete (broken as any).policyUrl
    await serveConfig(page, broken)
    await page.goto(shop())
    await page.evaluate(() => consentry.ready)
    expect(consoleErrors).toContain('consentry: categories[2].id must be a string, got number')
    expect(consoleErrors).toContain('consentry: policyUrl is required')
    await page.evaluate(() => consentry.acceptAll())
    await page.click('#page-button')
    expect(await page.textContent('#page-output')).toBe('clicked')
    await page.waitForLoadState('networkidle')
    expect(tagPaths(suite.servers)).toEqual([])
    expect(await page.locator(ui.banner).count()).toBe(0)
  })

  it('an unknown field is named in a warning, and the rest of the config works', async () => {
    const { page } = suite.opened
    const warnings: string[] = []
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
    await serveConfig(page, config({ bannerPosition: 'top' }))
    await page.goto(shop())
    await page.evaluate(() => consentry.ready)
    expect(warnings).toContain('consentry: bannerPosition is not a known field and is ignored')
    await page.click(ui.acceptAll)
    await eventually(() => gatedRequests().length).toBeGreaterThan(0)
  })

  it('a config that is not JSON fails closed with a clear error', async () => {
    const { page, consoleErrors } = suite.opened
    await serveConfig(page, '{ "revision": ')
    await page.goto(shop())
    await page.evaluate(() => consentry.ready)
    expect(consoleErrors.some((text) => /^consentry: .*consent\.json is not valid JSON/.test(text))).toBe(true)
    expect(tagPaths(suite.servers)).toEqual([])
  })

  it('a garbled or tampered cookie counts as no decision', async () => {
    const { page, context } = suite.opened
    const url = new URL(suite.servers.siteUrl)
    for (const value of ['garbage', '1|2025-09-30|zz|necessary.advertising.affiliate.dmp|||g|x|0']) {
      await context.addCookies([{ name: 'consentry', value, domain: url.hostname, path: '/' }])
      await page.goto(shop())
      await page.waitForSelector(ui.banner)
      expect(await page.evaluate(() => consentry.get().decided)).toBe(false)
    }
    expect(gatedRequests()).toEqual([])
  })
})

describe('Global Privacy Control', () => {
  it('keeps gpc categories denied on accept all', async () => {
    const { page } = suite.opened
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
    const withOneNonGpc = config()
    ;(withOneNonGpc.categories as any[])[3].gpc = false
    await serveConfig(page, withOneNonGpc)
    await page.goto(shop())
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => consentry.get().decided)
    expect(await page.evaluate(() => consentry.get().categories)).toEqual({
      necessary: true, advertising: false, affiliate: false, dmp: true,
    })
  })
})

describe('pages still arriving', () => {
  // A page whose inline gated script reaches the browser in two network chunks: with a stored
  // decision, the gate must not run the half the parser has appended so far.
  const config = {
    revision: '1',
    locale: 'en',
    policyUrl: '/privacy',
    controller: { name: 'Streaming K.K.', contact: 'privacy@stream.example' },
    categories: [
      { id: 'necessary', required: true, title: 'Necessary', description: 'Needed.' },
      { id: 'advertising', title: 'Advertising', description: 'Ads.' },
    ],
    vendors: [],
  }
  const head = `<!doctype html><html lang="en"><head><script>window.consentryConfig = ${JSON.stringify(config)}</script><script src="/dist/consentry.js"></script></head><body>`

  it('runs an inline gated script only once the parser has its whole text', async () => {
    const { createServer } = await import('node:http')
    const { readFile } = await import('node:fs/promises')
    const server = createServer(async (request, response) => {
      if (request.url!.startsWith('/dist/')) {
        response.writeHead(200, { 'content-type': 'text/javascript' })
        return response.end(await readFile('dist/' + request.url!.slice(6).split('?')[0]))
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      if (request.url === '/decide.html') return response.end(head + '</body></html>')
      // Enough bytes that the parser works through the first chunk before the second arrives.
      response.write(head + '<p>' + 'x'.repeat(4096) + '</p><script type="text/plain" data-consent="advertising">window.__parts = ["first"')
      setTimeout(() => response.end(', "second"]</script><p>end</p></body></html>'), 500)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`
      const { page } = suite.opened
      await page.goto(origin + '/decide.html')
      await page.evaluate(() => consentry.ready.then(() => consentry.acceptAll()))
      await page.waitForFunction(() => consentry.get().decided)
      await page.goto(origin + '/stream.html')
      await page.waitForFunction(() => (window as any).__parts !== undefined, undefined, { timeout: 5_000 })
      expect(await page.evaluate(() => (window as any).__parts)).toEqual(['first', 'second'])
    } finally {
      server.close()
    }
  })
})
