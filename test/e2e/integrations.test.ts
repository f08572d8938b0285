import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, tagPaths, ui, useBrowserSuite } from './harness.js'
import baseConfig from './fixtures/consent.json' with { type: 'json' }

const suite = useBrowserSuite()
/**
 * Opens the integrations fixture with this config as window.consentryConfig (so consentry.js
 * reads it at once), and the page's own scripts of `scenario` right after consentry.js.
 */
async function openFixture(page: Page, config: Record<string, unknown>, scenario: 'gtag' | 'unmarked' | 'none') {
  await page.context().addInitScript((config) => ((window as any).consentryConfig = config), { ...structuredClone(baseConfig), ...config })
  await page.goto(suite.servers.siteUrl + '/test/integrations.html?scenario=' + scenario)
}

// The dataLayer as plain data: gtag commands (arguments objects) as arrays, events by name.
const readDataLayer = (page: Page, name = 'dataLayer') =>
  page.evaluate((name) => {
    const layer = (window as any)[name] as unknown[]
    return layer.map((entry: any) =>
      Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry) : { event: entry.event },
    )
  }, name)

const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}
const ADS_GRANTED = { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }

describe('Google Consent Mode v2', () => {
  // The fixture's gtag scenario: the page's own gtag snippet, a copy of the dataLayer taken by
  // the next script in the page, and a gated inline tag that marks when it ran.
  const gtagPage = (page: Page, option: unknown) => openFixture(page, { googleConsentMode: option }, 'gtag')

  it('pushes the default before the next script in the page, and an update before gated tags run', async () => {
    const { page } = suite.opened
    await gtagPage(page, { ads_data_redaction: true, url_passthrough: true })
    const defaults = [
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]
    expect(await readDataLayer(page, 'seenByNextScript')).toEqual(defaults)
    await page.click(ui.acceptAll)
    await eventually(() => readDataLayer(page)).toContainEqual({ event: 'gated-tag-ran' })
    expect(await readDataLayer(page)).toEqual([
      ...defaults,
      ['consent', 'update', ADS_GRANTED],
      { event: 'consentry_update' },
      { event: 'gated-tag-ran' },
    ])
  })

  it("a returning visitor's default already reflects the stored decision, with no extra update", async () => {
    const { page } = suite.opened
    await gtagPage(page, true)
    await page.click(ui.acceptAll)
    await eventually(() => readDataLayer(page)).toContainEqual({ event: 'gated-tag-ran' })
    await page.reload()
    await eventually(() => readDataLayer(page)).toContainEqual({ event: 'gated-tag-ran' })
    // The stored decision is applied, and announced, before the next script in the page runs.
    expect(await readDataLayer(page, 'seenByNextScript')).toEqual([
      ['consent', 'default', { ...ADS_GRANTED, wait_for_update: 500 }],
      { event: 'consentry_update' },
    ])
    expect(await readDataLayer(page)).toEqual([
      ['consent', 'default', { ...ADS_GRANTED, wait_for_update: 500 }],
      { event: 'consentry_update' },
      { event: 'gated-tag-ran' },
    ])
    // Withdrawing is a decision too.
    await page.evaluate(() => consentry.withdraw())
    await eventually(() => readDataLayer(page)).toContainEqual(['consent', 'update', DENIED])
  })

  it('a custom mapping grants a type only when every category listed for it is granted', async () => {
    const { page } = suite.opened
    await gtagPage(page, { ad_user_data: ['advertising', 'dmp'], analytics_storage: ['affiliate'], wait_for_update: 800 })
    expect((await readDataLayer(page, 'seenByNextScript'))[0]).toEqual(['consent', 'default', { ...DENIED, wait_for_update: 800 }])
    await page.evaluate(() => consentry.set({ categories: { advertising: true, affiliate: true } }))
    await eventually(() => readDataLayer(page)).toContainEqual([
      'consent',
      'update',
      { ...ADS_GRANTED, ad_user_data: 'denied', analytics_storage: 'granted' },
    ])
  })
})

describe('tabs in sync', () => {
  async function twoTabs(withoutBroadcastChannel: boolean) {
    const { context } = suite.opened
    if (withoutBroadcastChannel) await context.addInitScript(() => delete (window as any).BroadcastChannel)
    const first = suite.opened.page
    const second = await context.newPage()
    for (const page of [first, second]) {
      await page.goto(suite.servers.siteUrl + '/test/shop.html')
      await page.waitForSelector(ui.banner)
    }
    return { first, second }
  }

  for (const withoutBroadcastChannel of [false, true]) {
    it(`a decision in one tab applies to the other at once: gate, banner and state (${withoutBroadcastChannel ? 'storage event' : 'BroadcastChannel'})`, async () => {
      const { first, second } = await twoTabs(withoutBroadcastChannel)
      const changes = second.evaluate(() => new Promise((resolve) => consentry.on('change', (state) => resolve(state.decided))))
      await first.click(ui.acceptAll)
      expect(await changes).toBe(true)
      await second.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 3)
      expect(await second.locator(ui.banner).count()).toBe(0)
      expect(await second.evaluate(() => consentry.get())).toMatchObject({ decided: true, categories: { advertising: true, dmp: true } })
      // The other tab does not record the decision a second time. Counted for this browser's
      // principal: a receipt an earlier test's page sent as it closed may still arrive.
      const id = await first.evaluate(() => consentry.get().id)
      await eventually(() => suite.servers.storedReceipts().then((receipts) => receipts.some((receipt) => receipt.id === id))).toBe(true)
      const principal = (await suite.servers.storedReceipts()).find((receipt) => receipt.id === id)!.principalId
      const ours = () => suite.servers.storedReceipts().then((receipts) => receipts.filter((receipt) => receipt.principalId === principal))
      expect((await ours()).length).toBe(1)
      await first.evaluate(() => consentry.withdraw())
      await second.waitForFunction(() => consentry.get().categories.advertising === false)
      expect(await second.evaluate(() => consentry.get().id)).toBe(await first.evaluate(() => consentry.get().id))
      // Still one 'given': a second one from the other tab would show here too.
      await eventually(() => ours().then((receipts) => receipts.map((receipt) => receipt.event))).toEqual(['given', 'withdrawn'])
    })
  }
})

describe('holding back requests to vendors\' domains', () => {
  // The fixture's unmarked scenario: script, img, iframe, fetch, XHR and a beacon to the tag
  // server, all made by scripts without any markup, as a vendor snippet or a tag manager would.
  const holdingConfig = () => {
    const config = structuredClone(baseConfig) as any
    const adNetwork = config.vendors.find((vendor: any) => vendor.id === 'ad-network')
    adNetwork.domains = ['127.0.0.1']
    // The required Sift tag is not on the page, so the held host belongs to one vendor only.
    return { vendors: config.vendors }
  }

  it('makes no request before consent; held elements load in order after it; fetch, XHR and beacons fail and are not replayed', async () => {
    const { page } = suite.opened
    await openFixture(page, holdingConfig(), 'unmarked')
    await page.waitForSelector(ui.banner)
    expect(await page.evaluate(() => (window as any).fetchResult)).toMatch(/^TypeError: consentry: request to .*pixel\.gif\?fetch is held back until vendor "ad-network" is granted$/)
    expect(await page.evaluate(() => (window as any).xhrResult)).toBe('error 4 0')
    expect(await page.evaluate(() => (window as any).beaconResult)).toBe(false)
    await page.waitForLoadState('networkidle')
    expect(tagPaths(suite.servers)).toEqual([])

    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    expect(await page.evaluate(() => (window as any).__tagOrder)).toEqual([1, 2])
    await eventually(() => tagPaths(suite.servers).sort()).toEqual(['/dmp-sync.html', '/order.js', '/order.js', '/pixel.gif'])
    expect(suite.servers.tagRequests.map((request) => request.path)).not.toContain('/pixel.gif?fetch')
    // Once granted, requests go straight through.
    const status = await page.evaluate((tag) => fetch(tag + '/pixel.gif?after').then((response) => response.status), suite.servers.tagUrl)
    expect(status).toBe(200)
  })

  it('hosts no vendor claims are not touched', async () => {
    const { page } = suite.opened
    const config = holdingConfig()
    ;(config.vendors as any[]).find((vendor) => vendor.id === 'ad-network').domains = ['*.ads.example']
    await openFixture(page, config, 'unmarked')
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    expect(await page.evaluate(() => (window as any).fetchResult)).toBe('sent')
    expect(await page.evaluate(() => (window as any).beaconResult)).toBe(true)
  })

  it("keeps the page's own feature checks passing: names, toString, descriptors, instanceof", async () => {
    const { page } = suite.opened
    await openFixture(page, holdingConfig(), 'none')
    await page.waitForSelector(ui.banner)
    // What the page can see of the browser's functions; a page without Consentry is the reference.
    const survey = () => {
      const w = window as any
      const paths: Array<[string, (w: any) => any]> = [
        ['fetch', (w) => w.fetch],
        ['XMLHttpRequest.prototype.open', (w) => w.XMLHttpRequest.prototype.open],
        ['XMLHttpRequest.prototype.send', (w) => w.XMLHttpRequest.prototype.send],
        ['Navigator.prototype.sendBeacon', (w) => w.Navigator.prototype.sendBeacon],
        ['Element.prototype.setAttribute', (w) => w.Element.prototype.setAttribute],
        ['Function.prototype.toString', (w) => w.Function.prototype.toString],
        ['Element.prototype.insertAdjacentHTML', (w) => w.Element.prototype.insertAdjacentHTML],
        ['Element.prototype.setHTMLUnsafe', (w) => w.Element.prototype.setHTMLUnsafe],
        ['Range.prototype.createContextualFragment', (w) => w.Range.prototype.createContextualFragment],
        ['Document.prototype.write', (w) => w.Document.prototype.write],
        ['Document.prototype.writeln', (w) => w.Document.prototype.writeln],
        ['WebSocket', (w) => w.WebSocket],
        ['EventSource', (w) => w.EventSource],
        ['Node.prototype.appendChild', (w) => w.Node.prototype.appendChild],
        ['Element.prototype.append', (w) => w.Element.prototype.append],
        ['HTMLIFrameElement contentWindow getter', (w) => Object.getOwnPropertyDescriptor(w.HTMLIFrameElement.prototype, 'contentWindow')!.get],
        ...[
          ['HTMLScriptElement', 'src'],
          ['HTMLIFrameElement', 'src'],
          ['HTMLIFrameElement', 'srcdoc'],
          ['HTMLImageElement', 'src'],
          ['HTMLImageElement', 'srcset'],
          ['HTMLLinkElement', 'href'],
          ['HTMLObjectElement', 'data'],
          ['HTMLMediaElement', 'src'],
          ['HTMLVideoElement', 'poster'],
          ['HTMLSourceElement', 'srcset'],
          ['Element', 'innerHTML'],
          ['Element', 'outerHTML'],
          ['ShadowRoot', 'innerHTML'],
        ].map(([type, name]) => [type + ' ' + name + ' setter', (w: any) => Object.getOwnPropertyDescriptor(w[type!].prototype, name!)!.set] as [string, (w: any) => any]),
      ]
      const describe = (fn: any) => ({
        text: Function.prototype.toString.call(fn),
        viaOwnToString: String(fn),
        name: fn.name,
        length: fn.length,
        hasPrototype: 'prototype' in fn,
      })
      const seen: Record<string, unknown> = {}
      for (const [name, read] of paths) seen[name] = describe(read(w))
      const flags = (descriptor: PropertyDescriptor | undefined) =>
        descriptor && [descriptor.enumerable, descriptor.configurable, 'value' in descriptor, typeof descriptor.get, typeof descriptor.set].join()
      const descriptors: Array<[string, (w: any) => PropertyDescriptor | undefined]> = [
        ['window.fetch', (w) => Object.getOwnPropertyDescriptor(w, 'fetch')],
        ['XMLHttpRequest.prototype.open', (w) => Object.getOwnPropertyDescriptor(w.XMLHttpRequest.prototype, 'open')],
        ['HTMLScriptElement.prototype.src', (w) => Object.getOwnPropertyDescriptor(w.HTMLScriptElement.prototype, 'src')],
        ['HTMLImageElement.prototype.src', (w) => Object.getOwnPropertyDescriptor(w.HTMLImageElement.prototype, 'src')],
        ['Element.prototype.innerHTML', (w) => Object.getOwnPropertyDescriptor(w.Element.prototype, 'innerHTML')],
        ['window.WebSocket', (w) => Object.getOwnPropertyDescriptor(w, 'WebSocket')],
        ['WebSocket.prototype', (w) => Object.getOwnPropertyDescriptor(w.WebSocket, 'prototype')],
        ['WebSocket.OPEN', (w) => Object.getOwnPropertyDescriptor(w.WebSocket, 'OPEN')],
        ['EventSource.CLOSED', (w) => Object.getOwnPropertyDescriptor(w.EventSource, 'CLOSED')],
      ]
      for (const [name, read] of descriptors) seen[name + ' descriptor'] = flags(read(w))
      const instances = [
        document.createElement('script') instanceof HTMLScriptElement,
        new Image() instanceof HTMLImageElement,
        new XMLHttpRequest() instanceof XMLHttpRequest,
        fetch instanceof Function,
        typeof navigator.sendBeacon === 'function',
        WebSocket.prototype.constructor === WebSocket && Object.getPrototypeOf(WebSocket) === EventTarget && WebSocket.OPEN === 1,
        EventSource.prototype.constructor === EventSource && EventSource.CLOSED === 2,
      ]
      // A script's src still reads back what the page set when it is allowed.
      const script = document.createElement('script')
      script.src = '/local.js'
      return { seen, instances, readBack: script.src === location.origin + '/local.js' }
    }
    const report = await page.evaluate(survey)
    const untouched = await (await page.context().newPage()).evaluate(survey)
    expect(report.seen).toEqual(untouched.seen)
    expect(Object.keys(report.seen)).toHaveLength(38)
    expect(report).toMatchObject({ instances: [true, true, true, true, true, true, true], readBack: true })
  })
})

describe('identified visitors (APPI Art. 31)', () => {
  it('asks a logged-in user again when the decision was made anonymously, and the receipt names the user', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => consentry.get().decided)
    await page.evaluate(() => consentry.identify('sha256:7d1a'))
    await page.waitForSelector(ui.banner)
    expect(await page.evaluate(() => consentry.get())).toMatchObject({ decided: false, categories: { dmp: false } })
    await page.click(ui.acceptAll)
    await eventually(() => suite.servers.storedReceipts().then((receipts) => receipts.map((r) => r.identifiedPrincipalId))).toEqual([
      null,
      'sha256:7d1a',
    ])
    // The same user on the next page view is not asked again.
    await page.reload()
    await page.evaluate(() => consentry.identify('sha256:7d1a'))
    await page.waitForFunction(() => consentry.get().decided)
    expect(await page.locator(ui.banner).count()).toBe(0)
  })
})
