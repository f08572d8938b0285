/**
 * Vendors' snippets in their published shape, pasted into a page as a site would: unmarked
 * with only `domains` in the config, and wrapped in gated markup. The vendors' real hostnames
 * resolve to a local HTTPS server (a certificate made for these tests only) whose stand-in
 * libraries behave as the real ones do: set a cookie, fire a beacon, insert a further tag.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS, eventually } from './harness.js'
// @ts-expect-error the demo server is plain JavaScript
import { startServers } from '../../demo/server.mjs'
import baseConfig from './fixtures/consent.json' with { type: 'json' }

interface Snippet {
  vendor: string
  hosts: string[]
  /** The library the snippet loads: host and path. */
  library: string
  markup: string
}

const SNIPPETS: Snippet[] = [
  {
    vendor: 'Google Tag Manager',
    hosts: ['www.googletagmanager.com'],
    library: 'www.googletagmanager.com/gtm.js',
    markup: `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-TEST1');</script>
<!-- End Google Tag Manager -->`,
  },
  {
    vendor: 'gtag.js',
    hosts: ['www.googletagmanager.com'],
    library: 'www.googletagmanager.com/gtag/js',
    markup: `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-TEST1');
</script>`,
  },
  {
    vendor: 'Meta Pixel',
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    library: 'connect.facebook.net/en_US/fbevents.js',
    markup: `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');
</script>
<!-- End Meta Pixel Code -->`,
  },
  {
    vendor: 'Microsoft Clarity',
    hosts: ['www.clarity.ms'],
    library: 'www.clarity.ms/tag/test1',
    markup: `<script type="text/javascript">
    (function(c,l,a,r,i,t,y){
        c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
        t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
        y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
    })(window, document, "clarity", "script", "test1");
</script>`,
  },
]

const HOSTS = [...new Set(SNIPPETS.flatMap((snippet) => snippet.hosts))]
const certificate = (name: string) => readFileSync(new URL('./fixtures/vendors/' + name, import.meta.url))

/** What every stand-in library does, as the real ones do: a cookie, a beacon, a further tag. */
const standIn = (host: string) => `(function () {
  document.cookie = '_standin_${host.replace(/\W/g, '_')}=1; path=/';
  navigator.sendBeacon('https://${host}/beacon', 'hello');
  var further = document.createElement('script');
  further.src = 'https://${host}/further.js';
  document.head.appendChild(further);
})();`

const shared = {} as { browser: Browser; servers: any; vendors: ReturnType<typeof createServer>; seen: string[] }

beforeAll(async () => {
  shared.seen = []
  shared.vendors = createServer({ key: certificate('key.pem'), cert: certificate('cert.pem') }, (request, response) => {
    const host = String(request.headers.host).split(':')[0]!
    const path = new URL(request.url ?? '/', 'https://x').pathname
    shared.seen.push(host + path)
    const isLibrary = SNIPPETS.some((snippet) => snippet.library === host + path)
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' })
    response.end(isLibrary ? standIn(host) : path === '/further.js' ? `window.furtherTag = '${host}'` : '')
  })
  await new Promise<void>((resolve) => shared.vendors.listen(0, '127.0.0.1', resolve))
  const port = (shared.vendors.address() as AddressInfo).port
  const rules = HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')
  ;[shared.browser, shared.servers] = await Promise.all([
    // The vendors' public names now lead to loopback, which Chromium refuses unless told not to.
    chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--host-resolver-rules=' + rules, '--disable-features=LocalNetworkAccessChecks'], headless: true }),
    startServers({ port: 0, tagPort: 0 }),
  ])
})

afterAll(async () => {
  await shared.browser?.close()
  await shared.servers?.close()
  await new Promise((resolve) => shared.vendors?.close(resolve))
})

// A gated copy of the snippet: every script inert until the advertising vendor is granted.
const gated = (markup: string) =>
  markup.replace(/<script([^>]*)>/g, (_, attributes: string) => {
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1]
    const rest = attributes.replace(/\s(src|type)="[^"]*"/g, '')
    return `<script type="text/plain" data-consent="advertising" data-vendor="ad-network"${src ? ` data-src="${src}"` : ''}${rest}>`
  })

describe('vendors\' snippets', () => {
  for (const snippet of SNIPPETS)
    for (const form of ['unmarked', 'gated'] as const)
      it(`${snippet.vendor}, ${form}: no vendor request and no vendor cookie before consent, and everything after it`, async () => {
        const context = await shared.browser.newContext({ ignoreHTTPSErrors: true })
        try {
          const page = await context.newPage()
          const errors: string[] = []
          page.on('pageerror', (error) => errors.push(String(error)))
          const config = structuredClone(baseConfig) as any
          config.vendors.find((vendor: any) => vendor.id === 'ad-network').domains = snippet.hosts
          await context.addInitScript((config) => ((window as any).consentryConfig = config), config)
          const url = shared.servers.siteUrl + '/test/vendor-snippet.html'
          const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${snippet.vendor}</title>
<script src="/dist/consentry.js"></script>
${form === 'gated' ? gated(snippet.markup) : snippet.markup}
</head><body><h1>${snippet.vendor}</h1></body></html>`
          await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }))
          shared.seen.length = 0
          await page.goto(url)
          await page.evaluate(() => consentry.ready)
          await page.waitForLoadState('networkidle')
          // A static <script src> may be fetched ahead by the preload scanner, but never runs.
          const preloadable = form === 'unmarked' && /<script[^>]*\ssrc=/.test(snippet.markup) ? [snippet.library] : []
          expect(shared.seen.filter((seen) => !preloadable.includes(seen))).toEqual([])
          expect((await context.cookies()).map((cookie) => cookie.name).filter((name) => name.startsWith('_standin'))).toEqual([])
          expect(await page.evaluate(() => (window as any).furtherTag)).toBeUndefined()

          await page.evaluate(() => consentry.acceptAll())
          const host = snippet.library.split('/')[0]!
          await eventually(() => page.evaluate(() => (window as any).furtherTag)).toBe(host)
          await eventually(() => [...new Set(shared.seen)].sort()).toEqual([host + '/beacon', host + '/further.js', snippet.library].sort())
          expect((await context.cookies()).map((cookie) => cookie.name)).toContain('_standin_' + host.replace(/\W/g, '_'))
          expect(errors).toEqual([])
        } finally {
          await context.close()
        }
      })
})
