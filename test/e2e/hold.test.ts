import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, tagPaths, useBrowserSuite } from './harness.js'
import baseConfig from './fixtures/consent.json' with { type: 'json' }

const suite = useBrowserSuite()

/** The test config with the tag server's host as ad-network's `domains` (or the hosts given). */
function heldConfig(domains = ['127.0.0.1']) {
  const config = structuredClone(baseConfig) as any
  config.vendors.find((vendor: any) => vendor.id === 'ad-network').domains = domains
  return config
}

// Written as methods (`head(tagOrigin) { … }`): their source becomes a function in the page.
type Vector = (tagOrigin: string) => void

/**
 * Opens the holding fixture: `head` runs right after consentry.js, `body` at the end of the
 * body, each as a vendor's snippet would, with the tag server's origin. Console warnings are kept.
 */
async function openHold(page: Page, vectors: { head?: Vector; body?: Vector }, config = heldConfig()) {
  const warnings: string[] = []
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
  await page.context().addInitScript((config) => ((window as any).consentryConfig = config), config)
  const source = (name: string, vector?: Vector) => (vector ? `window.${name} = function ${vector.toString()};` : '')
  await page.context().addInitScript({ content: source('holdVector', vectors.head) + source('holdVectorInBody', vectors.body) })
  await page.goto(suite.servers.siteUrl + '/test/hold.html')
  await page.evaluate(() => consentry.ready)
  await page.waitForLoadState('networkidle')
  return warnings
}

const grant = (page: Page) => page.evaluate(() => consentry.acceptAll())
const tagOrder = (page: Page) => page.evaluate(() => (window as any).__tagOrder ?? [])

describe('never holding Consentry itself', () => {
  it("a vendor's domains covering the site's own host are a validator error with a fix, and Consentry still starts", async () => {
    const { page } = suite.opened
    await openHold(page, {}, heldConfig(['*.localhost']))
    expect(await page.evaluate(() => consentry.errors)).toEqual([
      'vendors[1].domains[0] "*.localhost" covers "localhost", where this site or Consentry itself is served from, so Consentry\'s own files would be held back: list the vendor\'s own subdomains instead (such as "tags.localhost")',
    ])
  })

  it('a held element that is cloned loads after consent, like the original', async () => {
    const { page } = suite.opened
    await openHold(page, {
      head(tagOrigin) {
        const script = document.createElement('script')
        script.src = tagOrigin + '/order.js?n=7'
        document.head.append(script, script.cloneNode())
      },
    })
    expect(tagPaths(suite.servers)).toEqual([])
    await grant(page)
    await eventually(() => tagOrder(page)).toEqual([7, 7])
  })
})

describe('holding elements and their URL properties', () => {
  it('holds every element kind, by property and setAttribute, and loads each after consent', async () => {
    const { page } = suite.opened
    await openHold(page, {
      head(tagOrigin) {
        const add = (tag: string, set: (element: any) => void, parent: Element = document.head) => {
          const element = document.createElement(tag)
          set(element)
          parent.append(element)
          return element
        }
        add('script', (script) => (script.src = tagOrigin + '/order.js?n=1'))
        add('img', (img) => (img.srcset = tagOrigin + '/pixel.gif?srcset 2x'))
        add('img', (img) => img.setAttribute('SRC', tagOrigin + '/pixel.gif?attribute'))
        add('link', (link) => ((link.rel = 'stylesheet'), (link.href = tagOrigin + '/style.css')))
        add('link', (link) => ((link.rel = 'preload'), (link.as = 'image'), link.setAttribute('href', tagOrigin + '/pixel.gif?preload')))
        add('link', (link) => ((link.rel = 'prefetch'), (link.href = tagOrigin + '/prefetch.js')))
        addEventListener('DOMContentLoaded', () => {
          add('iframe', (frame) => (frame.src = tagOrigin + '/dmp-sync.html'), document.body)
          add('embed', (embed) => (embed.src = tagOrigin + '/embed.gif'), document.body)
          add('object', (object) => (object.data = tagOrigin + '/object.gif'), document.body)
          add('video', (video) => ((video.poster = tagOrigin + '/poster.gif'), (video.src = tagOrigin + '/video.mp4')), document.body)
          add('audio', (audio) => ((audio.preload = 'auto'), audio.setAttribute('src', tagOrigin + '/audio.mp3')), document.body)
          const video = add('video', (video) => (video.preload = 'auto'), document.body)
          add('source', (source) => (source.src = tagOrigin + '/source.mp4'), video)
        })
      },
    })
    expect(tagPaths(suite.servers)).toEqual([])
    await grant(page)
    await eventually(() => new Set(tagPaths(suite.servers))).toEqual(
      new Set(['/order.js', '/pixel.gif', '/style.css', '/prefetch.js', '/dmp-sync.html', '/embed.gif', '/object.gif', '/poster.gif', '/video.mp4', '/audio.mp3', '/source.mp4']),
    )
    // Each of the three images on its own: one that has arrived makes '/pixel.gif' above true
    // while the others may still be on their way.
    await eventually(() => suite.servers.tagRequests.map((request) => request.path)).toEqual(
      expect.arrayContaining(['/pixel.gif?srcset', '/pixel.gif?attribute', '/pixel.gif?preload']),
    )
  })

  it('holds markup parsed from strings, inert before the browser can fetch it, and written scripts keep their order', async () => {
    const { page } = suite.opened
    await openHold(page, {
      head(tagOrigin) {
        // Parser-blocking writes while the page parses, the first script slower than the second.
        document.write('<script src="' + tagOrigin + '/order.js?n=1&delay=300"></scr' + 'ipt>')
        document.writeln('<script src="' + tagOrigin + '/order.js?n=2"></scr' + 'ipt><img alt="" src="' + tagOrigin + '/pixel.gif?write">')
        // A script opened in one call and closed in the next: its text is code, left as written.
        document.write('<script>window.writtenText = "')
        document.write('<img src=' + tagOrigin + '/pixel.gif?in-code>"</scr' + 'ipt>')
      },
      body(tagOrigin) {
        const slot = document.getElementById('slot')!
        slot.innerHTML = '<p>ad</p><img alt="" src="' + tagOrigin + '/pixel.gif?innerHTML">'
        slot.insertAdjacentHTML('beforeend', "<iframe title=sync src='" + tagOrigin + "/dmp-sync.html'></iframe>")
        const old = slot.appendChild(document.createElement('span'))
        old.outerHTML = '<img alt="" srcset="' + tagOrigin + '/pixel.gif?outerHTML 1x">'
        // A contextual fragment's scripts run when it is inserted.
        slot.append(document.createRange().createContextualFragment('<script src="' + tagOrigin + '/order.js?n=3"></scr' + 'ipt>'))
        const shadow = slot.appendChild(document.createElement('div')).attachShadow({ mode: 'open' })
        if ('setHTMLUnsafe' in shadow) (shadow as any).setHTMLUnsafe('<img alt="" src="' + tagOrigin + '/pixel.gif?setHTMLUnsafe">')
        else (shadow as ShadowRoot).innerHTML = '<img alt="" src="' + tagOrigin + '/pixel.gif?setHTMLUnsafe">'
        // Text inside a script is code, not markup: it is left as it was.
        const code = document.createElement('script')
        code.type = 'text/plain'
        code.innerHTML = '<img src="' + tagOrigin + '/pixel.gif?code">'
        ;(window as any).codeText = code.text
      },
    })
    expect(tagPaths(suite.servers)).toEqual([])
    expect(await page.evaluate(() => (window as any).codeText)).toMatch(/^<img src="http:\/\/127\.0\.0\.1:\d+\/pixel\.gif\?code">$/)
    expect(await page.evaluate(() => (window as any).writtenText)).toMatch(/^<img src=http:\/\/127\.0\.0\.1:\d+\/pixel\.gif\?in-code>$/)
    await grant(page)
    await eventually(() => tagOrder(page)).toEqual([1, 2, 3])
    const paths = () => suite.servers.tagRequests.map((request) => request.path).sort()
    await eventually(paths).toEqual(
      ['/dmp-sync.html', '/order.js?n=1&delay=300', '/order.js?n=2', '/order.js?n=3', '/pixel.gif?innerHTML', '/pixel.gif?outerHTML', '/pixel.gif?setHTMLUnsafe', '/pixel.gif?write'].sort(),
    )
  })

  it('holds document.write after the page has loaded', async () => {
    const { page } = suite.opened
    await openHold(page, {
      head(tagOrigin) {
        addEventListener('load', () => setTimeout(() => document.write('<img alt="" src="' + tagOrigin + '/pixel.gif?late"><script src="' + tagOrigin + '/order.js?n=4"></scr' + 'ipt>')))
      },
    })
    await page.waitForFunction(() => !document.querySelector('h1'))
    await page.waitForLoadState('networkidle')
    expect(tagPaths(suite.servers)).toEqual([])
    await grant(page)
    await eventually(() => tagOrder(page)).toEqual([4])
    await eventually(() => suite.servers.tagRequests.map((request) => request.path)).toContain('/pixel.gif?late')
  })

  it('a host that no vendor lists is never held, in the same markup as one that is', async () => {
    const { page, requests } = suite.opened
    await openHold(page, {
      head(tagOrigin) {
        const free = location.origin + '/test/free'
        document.write('<img alt="" srcset="' + free + '.gif 1x"><img alt="" srcset="' + tagOrigin + '/pixel.gif?held 1x">')
        const img = new Image()
        img.src = free + '.png'
        document.head.insertAdjacentHTML('beforeend', '<link rel="stylesheet" href="' + free + '.css"><link rel="stylesheet" href="' + tagOrigin + '/held.css">')
      },
    })
    const site = suite.servers.siteUrl + '/test/free'
    expect(requests.filter((url) => url.startsWith(site)).sort()).toEqual([site + '.css', site + '.gif', site + '.png'])
    expect(tagPaths(suite.servers)).toEqual([])
  })
})

describe('holding network APIs', () => {
  it('fetch (string, URL, Request), XHR and sendBeacon with URLs, WebSocket and EventSource fail at once, naming Consentry and the vendor, and are never replayed', async () => {
    const { page } = suite.opened
    const sockets: string[] = []
    page.on('websocket', (socket) => sockets.push(socket.url()))
    const warnings = await openHold(page, {
      head(tagOrigin) {
        const outcome = (promise: Promise<unknown>) => promise.then(() => 'sent', (error) => error.name + ': ' + error.message)
        const results: Record<string, unknown> = ((window as any).results = {})
        results.url = outcome(fetch(new URL(tagOrigin + '/fetch-url')))
        results.request = outcome(fetch(new Request(tagOrigin + '/fetch-request', { method: 'POST', body: 'x' })))
        results.xhr = new Promise((resolve) => {
          const xhr = new XMLHttpRequest()
          xhr.open('GET', new URL(tagOrigin + '/xhr-url') as any)
          xhr.onerror = () => resolve('error ' + xhr.status)
          xhr.onload = () => resolve('loaded')
          xhr.send()
        })
        results.beacon = navigator.sendBeacon(new URL(tagOrigin + '/beacon-url') as any, 'x')
        results.socket = new Promise((resolve) => {
          const socket = new WebSocket(tagOrigin.replace('http', 'ws') + '/socket')
          socket.onerror = () => resolve('error ' + socket.readyState + ' ' + (socket instanceof WebSocket))
        })
        results.events = new Promise((resolve) => {
          const source = new EventSource(tagOrigin + '/events')
          source.onerror = () => resolve('error ' + source.readyState + ' ' + (source instanceof EventSource))
        })
      },
    })
    const results = await page.evaluate(async () => {
      const results = (window as any).results
      for (const key of Object.keys(results)) results[key] = await results[key]
      return results
    })
    const held = (path: string) => expect.stringMatching(new RegExp('^TypeError: consentry: request to http://127\\.0\\.0\\.1:\\d+' + path + ' is held back until vendor "ad-network" is granted$'))
    expect(results).toEqual({ url: held('/fetch-url'), request: held('/fetch-request'), xhr: 'error 0', beacon: false, socket: 'error 3 true', events: 'error 2 true' })
    for (const what of ['fetch', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource'])
      expect(warnings.some((warning) => warning.startsWith('consentry: held back ' + what + ' to ') && warning.endsWith('until vendor "ad-network" is granted (further ones are not logged)'))).toBe(true)
    const port = new URL(suite.servers.tagUrl).port
    await grant(page)
    // Not replayed; calls made now go through.
    const status = await page.evaluate((tag) => fetch(new Request(tag + '/pixel.gif?after')).then((response) => response.status), suite.servers.tagUrl)
    expect(status).toBe(200)
    await page.evaluate((tag) => new Promise((resolve) => (new EventSource(tag + '/events-after').onerror = resolve)), suite.servers.tagUrl)
    expect(suite.servers.tagRequests.map((request) => request.path)).toEqual(['/pixel.gif?after', '/events-after'])
    expect(sockets.filter((url) => url.includes(':' + port + '/'))).toEqual([])
  })
})

describe('static markup after consentry.js', () => {
  it('a parser-inserted script to a held host never runs before consent, and runs in document order after it', async () => {
    const { page, requests } = suite.opened
    await page.context().addInitScript((config) => ((window as any).consentryConfig = config), heldConfig())
    await page.goto(suite.servers.siteUrl + '/test/hold-static.html')
    await page.evaluate(() => consentry.ready)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as any).ranBeforeConsent)).toEqual([])
    expect(await tagOrder(page)).toEqual([])
    // A script of a host no vendor lists is left alone.
    expect(requests).toContain(suite.servers.siteUrl + '/test/free.js')
    await grant(page)
    await eventually(() => tagOrder(page)).toEqual([1, 2, 3])
  })
})

describe('what the page sees of the holding', () => {
  // Each call fails inside the browser; when it is wrapped, the integrations chunk is on the stack.
  const wrappedCalls = (page: Page) =>
    page.evaluate(async () => {
      const probes: Record<string, () => unknown> = {
        'img src': () => Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!.set!.call({}, 'x'),
        'source srcset': () => Object.getOwnPropertyDescriptor(HTMLSourceElement.prototype, 'srcset')!.set!.call({}, 'x'),
        'link href': () => Object.getOwnPropertyDescriptor(HTMLLinkElement.prototype, 'href')!.set!.call({}, 'x'),
        setAttribute: () => Element.prototype.setAttribute.call({}, 'src', 'x'),
        innerHTML: () => Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!.call({}, '<img src=x>'),
        insertAdjacentHTML: () => document.body.insertAdjacentHTML('nowhere' as any, '<img src=x>'),
        'document.write': () => Document.prototype.write.call({}, '<img src=x>'),
        createContextualFragment: () => Range.prototype.createContextualFragment.call({}, '<img src=x>'),
        // fetch rejects rather than throws.
        fetch: () => fetch.call(5 as any, 'x'),
        WebSocket: () => new WebSocket('ws://[bad'),
        EventSource: () => new EventSource('http://[bad'),
      }
      const result: Record<string, boolean> = {}
      for (const [name, probe] of Object.entries(probes))
        try {
          await probe()
          result[name] = false
        } catch (error) {
          result[name] = String((error as Error).stack).includes('consentry-integrations.js')
        }
      return result
    })

  it('nothing is wrapped when no vendor has domains, though the integrations chunk runs', async () => {
    const { page } = suite.opened
    const config = structuredClone(baseConfig) as any
    await openHold(page, {}, { ...config, googleConsentMode: true })
    expect(await page.evaluate(() => [...document.scripts].some((script) => script.src.endsWith('/consentry-integrations.js')))).toBe(true)
    const calls = await wrappedCalls(page)
    expect(Object.values(calls).every((wrapped) => wrapped === false), JSON.stringify(calls)).toBe(true)
    // The probes see a wrapper where there is one.
    const other = await (await suite.browser.newContext()).newPage()
    await openHold(other, {})
    const heldCalls = await wrappedCalls(other)
    await other.context().close()
    expect(Object.values(heldCalls).every(Boolean), JSON.stringify(heldCalls)).toBe(true)
  })
})

describe('same-origin child frames', () => {
  it('about:blank, srcdoc and same-origin frames are held like the page, before the page reaches their window, and released with it', async () => {
    const { page } = suite.opened
    await openHold(page, {
      body(tagOrigin) {
        const results: Record<string, unknown> = ((window as any).frameResults = {})
        const blank = document.createElement('iframe')
        document.body.appendChild(blank)
        const child = blank.contentWindow as any
        results.fetch = child.fetch(tagOrigin + '/frame-fetch').then(
          () => 'sent',
          (error: Error) => error.message,
        )
        new child.Image().src = tagOrigin + '/pixel.gif?frame-image'
        blank.contentDocument!.body.innerHTML = '<img alt="" src="' + tagOrigin + '/pixel.gif?frame-markup">'
        // Held in the page, then moved into the frame's document.
        const moved = new Image()
        moved.src = tagOrigin + '/pixel.gif?moved'
        blank.contentDocument!.body.append(moved)
        // A same-origin page in a frame: held from its load on.
        const sameOrigin = document.createElement('iframe')
        sameOrigin.src = '/test/same-origin-frame'
        sameOrigin.onload = () =>
          (results.sameOrigin = (sameOrigin.contentWindow as any).fetch(tagOrigin + '/frame-same-origin').then(
            () => 'sent',
            (error: Error) => error.message,
          ))
        document.body.append(sameOrigin)
        // Reached through window[n] rather than the element.
        const second = document.createElement('div')
        second.innerHTML = '<iframe title="second"></iframe>'
        document.body.append(second)
        results.indexed = (window as any)[1].fetch(tagOrigin + '/frame-indexed').then(
          () => 'sent',
          (error: Error) => error.message,
        )
        const srcdoc = document.createElement('iframe')
        srcdoc.srcdoc =
          '<img alt="" src="' + tagOrigin + '/pixel.gif?srcdoc"><script>fetch("' + tagOrigin + '/srcdoc-fetch").catch(function (error) { parent.srcdocResult = error.message })</scr' + 'ipt>'
        document.body.append(srcdoc)
      },
    })
    await page.waitForFunction(() => (window as any).srcdocResult && (window as any).frameResults.sameOrigin)
    const results = await page.evaluate(async () => {
      const results = (window as any).frameResults
      return { fetch: await results.fetch, indexed: await results.indexed, srcdoc: (window as any).srcdocResult, sameOrigin: await results.sameOrigin }
    })
    const held = (path: string) => expect.stringMatching(new RegExp('^consentry: request to http://127\\.0\\.0\\.1:\\d+' + path + ' is held back until vendor "ad-network" is granted$'))
    expect(results).toEqual({ fetch: held('/frame-fetch'), indexed: held('/frame-indexed'), srcdoc: held('/srcdoc-fetch'), sameOrigin: held('/frame-same-origin') })
    await page.waitForLoadState('networkidle')
    expect(tagPaths(suite.servers)).toEqual([])
    await grant(page)
    await eventually(() => suite.servers.tagRequests.map((request) => request.path).sort()).toEqual(['/pixel.gif?frame-image', '/pixel.gif?frame-markup', '/pixel.gif?moved', '/pixel.gif?srcdoc'])
  })
})
