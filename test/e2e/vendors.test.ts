/**
 * Vendors' snippets in their published shape, pasted into a page as a site would: unmarked
 * with only `domains` in the config, and wrapped in gated markup. The vendors' real hostnames
 * resolve to a local server, HTTPS (a certificate made for these tests only) and plain HTTP for
 * the snippets that follow the page's own scheme, on one port, whose stand-in
 * libraries behave as the real ones do: set a cookie, fire a beacon, insert a further tag.
 */
import { readFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
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
  {
    vendor: 'X',
    hosts: ['static.ads-twitter.com'],
    library: 'static.ads-twitter.com/uwt.js',
    markup: `<!-- Twitter conversion tracking base code -->
<script>
!function(e,t,n,s,u,a){e.twq||(s=e.twq=function(){s.exe?s.exe.apply(s,arguments):s.queue.push(arguments);
},s.version='1.1',s.queue=[],u=t.createElement(n),u.async=!0,u.src='https://static.ads-twitter.com/uwt.js',
a=t.getElementsByTagName(n)[0],a.parentNode.insertBefore(u,a))}(window,document,'script');
twq('config','abcde');
</script>
<!-- End Twitter conversion tracking base code -->`,
  },
  {
    vendor: 'Yahoo! JAPAN ads',
    hosts: ['s.yimg.jp'],
    library: 's.yimg.jp/images/listing/tool/cv/ytag.js',
    markup: `<script async src="https://s.yimg.jp/images/listing/tool/cv/ytag.js"></script>
<script>
window.yjDataLayer = window.yjDataLayer || [];
function ytag() { yjDataLayer.push(arguments); }
ytag({"type":"ycl_cookie"});
</script>`,
  },
  {
    vendor: 'LINE Tag',
    hosts: ['d.line-scdn.net', 'd.line-cdn.net', 'tr.line.me'],
    // The page is plain http, so the snippet picks its http host.
    library: 'd.line-cdn.net/n/line_tag/public/release/v1/lt.js',
    markup: `<!-- LINE Tag Base Code -->
<!-- Do Not Modify -->
<script>
(function(g,d,o){
  g._ltq=g._ltq||[];g._lt=g._lt||function(){g._ltq.push(arguments)};
  var h=location.protocol==='https:'?'https://d.line-scdn.net':'http://d.line-cdn.net';
  var s=d.createElement('script');s.async=1;
  s.src=o||h+'/n/line_tag/public/release/v1/lt.js';
  var t=d.getElementsByTagName('script')[0];t.parentNode.insertBefore(s,t);
    })(window, document);
_lt('init', {
  customerType: 'account',
  tagId: 'test-tag-id'
});
_lt('send', 'pv', ['test-tag-id']);
</script>
<noscript>
  <img height="1" width="1" style="display:none"
       src="https://tr.line.me/tag.gif?c_t=lap&t_id=test-tag-id&e=pv&noscript=1" />
</noscript>
<!-- End LINE Tag Base Code -->`,
  },
  {
    vendor: 'A8.net',
    hosts: ['statics.a8.net'],
    library: 'statics.a8.net/a8sales/a8sales.js',
    markup: `<script src="//statics.a8.net/a8sales/a8sales.js"></script>`,
  },
  {
    vendor: 'Criteo',
    hosts: ['dynamic.criteo.com'],
    library: 'dynamic.criteo.com/js/ld/ld.js',
    markup: `<!-- Criteo Loader File -->
<script type="text/javascript" src="//dynamic.criteo.com/js/ld/ld.js?a=12345" async="true"></script>
<!-- END Criteo Loader File -->`,
  },
]

const HOSTS = [...new Set(SNIPPETS.flatMap((snippet) => snippet.hosts))]
const certificate = (name: string) => readFileSync(new URL('./fixtures/vendors/' + name, import.meta.url))

/** What every stand-in library does, as the real ones do: a cookie, a beacon, a further tag. */
const standIn = (origin: string, host: string) => `(function () {
  document.cookie = '_standin_${host.replace(/\W/g, '_')}=1; path=/';
  navigator.sendBeacon('${origin}/beacon', 'hello');
  var further = document.createElement('script');
  further.src = '${origin}/further.js';
  document.head.appendChild(further);
})();`

const shared = {} as { browser: Browser; servers: any; vendors: ReturnType<typeof createNetServer>; seen: string[] }

function answer(request: IncomingMessage, response: ServerResponse) {
  const host = String(request.headers.host).split(':')[0]!
  const path = new URL(request.url ?? '/', 'https://x').pathname
  shared.seen.push(host + path)
  const origin = ((request.socket as { encrypted?: boolean }).encrypted ? 'https://' : 'http://') + host
  const isLibrary = SNIPPETS.some((snippet) => snippet.library === host + path)
  response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' })
  response.end(isLibrary ? standIn(origin, host) : path === '/further.js' ? `window.furtherTag = '${host}'` : '')
}

beforeAll(async () => {
  shared.seen = []
  const secure = createHttpsServer({ key: certificate('key.pem'), cert: certificate('cert.pem') }, answer)
  const plain = createHttpServer(answer)
  // One port for both: a TLS connection opens with a handshake record (22).
  shared.vendors = createNetServer((socket) =>
    socket.once('data', (first) => {
      socket.pause()
      socket.unshift(first)
      ;(first[0] === 22 ? secure : plain).emit('connection', socket)
      process.nextTick(() => socket.resume())
    }),
  )
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
