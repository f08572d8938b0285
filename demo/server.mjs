// The demo and test servers: the shop site on one origin, fake third-party tags on another.
import { createServer } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('..', import.meta.url))
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.gif': 'image/gif',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}
// The smallest transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** Maps a URL path onto a file under `root`, refusing anything that climbs out of it. */
function fileUnder(root, urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '')
  if (relative.split(/[/\\]/).includes('..')) return null
  const file = join(root, relative)
  return file === root || file.startsWith(root + sep) ? file : null
}

async function sendFile(response, file, substitute) {
  let info
  try {
    info = await stat(file)
  } catch {
    info = null
  }
  if (info?.isDirectory()) return sendFile(response, join(file, 'index.html'), substitute)
  if (!info && !extname(file) && existsSync(file + '.html')) return sendFile(response, file + '.html', substitute)
  if (!info) return notFound(response)
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  let body = await readFile(file)
  if (substitute && /html|json/.test(type)) body = Buffer.from(substitute(body.toString('utf8')))
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' })
  response.end(body)
}

function notFound(response, headers = {}) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
  response.end('not found')
}

/** A fake tag: records that it ran, then does what its kind of tag does. */
function tagScript(name, body = '') {
  return `(function () {
  (window.__firedTags = window.__firedTags || []).push(${JSON.stringify(name)});
  window.dispatchEvent(new CustomEvent('demo:tag-fired', { detail: ${JSON.stringify(name)} }));
  ${body}
})();\n`
}

const randomId = 'Math.random().toString(36).slice(2)'
const TAGS = {
  '/ad.js': tagScript(
    'ad',
    `document.cookie = '_fake_ad_id=' + ${randomId} + '; path=/';
  var slot = document.getElementById('ad-slot');
  if (slot) slot.innerHTML = '<div class="fake-ad">広告: コンセントリー商店のセール開催中（広告配信テスト）</div>';`,
  ),
  '/affiliate.js': tagScript('affiliate', `document.cookie = '_fake_aff_click=' + ${randomId} + '; path=/';`),
  '/sift.js': tagScript('sift', `document.cookie = '_sift_session=' + ${randomId} + '; path=/';`),
  '/twilio.js': tagScript('twilio'),
}
const DMP_SYNC = `<!doctype html><meta charset="utf-8"><title>DMP sync</title>
<script>parent.postMessage({ consentryDemoTag: 'dmp-sync' }, '*')</script>\n`

function tagServer(requests) {
  const delayed = new Set()
  const server = createServer((request, response) => {
    const headers = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' }
    let url
    try {
      url = new URL(request.url, 'http://tags')
    } catch {
      // Recorded all the same: every request counts, even one we cannot parse.
      requests.push({ method: request.method, path: request.url, time: Date.now() })
      response.writeHead(400, headers)
      return response.end()
    }
    requests.push({ method: request.method, path: url.pathname + url.search, time: Date.now() })
    const send = (type, body) => {
      if (response.destroyed) return
      response.writeHead(200, { ...headers, 'Content-Type': type })
      response.end(body)
    }
    if (url.pathname === '/order.js') {
      // A tag that records its place in the execution order; `delay` (ms, at most 10 s) makes it
      // slow on purpose. Only whole numbers reach the script text.
      const [n, delay] = ['n', 'delay'].map((name) => /^\d{1,9}$/.test(url.searchParams.get(name) ?? '') ? Number(url.searchParams.get(name)) : NaN)
      if (Number.isNaN(n)) return notFound(response, headers)
      const body = `(window.__tagOrder = window.__tagOrder || []).push(${n});\n`
      const timer = setTimeout(() => {
        delayed.delete(timer)
        send(TYPES['.js'], body)
      }, Math.min(delay || 0, 10_000))
      return void delayed.add(timer)
    }
    if (TAGS[url.pathname]) return send(TYPES['.js'], TAGS[url.pathname])
    if (url.pathname === '/dmp-sync.html') return send(TYPES['.html'], DMP_SYNC)
    if (url.pathname === '/pixel.gif') return send('image/gif', PIXEL)
    response.writeHead(404, headers)
    response.end()
  })
  // A slow tag still waiting must not keep the process alive once the servers are closed.
  server.on('close', () => {
    for (const timer of delayed) clearTimeout(timer)
    delayed.clear()
  })
  return server
}

function siteServer(state, root = repo) {
  const dist = join(root, 'dist')
  const site = join(root, 'demo', 'site')
  const fixtures = join(root, 'test', 'e2e', 'fixtures')
  const editor = join(root, 'demo', 'editor')
  // Pages share their head, header, panel and footer through {{> name}} partials.
  const partial = (name) => readFileSync(join(site, '_partials', name + '.html'), 'utf8').trim()
  const substitute = (text) =>
    text.replace(/\{\{> ([\w-]+)\}\}/g, (_, name) => partial(name)).replaceAll('{{TAG_ORIGIN}}', state.tagOrigin)
  // ?lang=en: the page says it is English, so the consent UI and the notice follow in English;
  // the shop's own text stays Japanese and says so. Links within the site keep the choice.
  const inLanguage = (text, english) =>
    english
      ? text
          .replace('<html lang="ja">', '<html lang="en">')
          .replace('<body>', '<body lang="ja">')
          .replace(/(<a [^>]*href=")(\/[^"#?]*)"/g, '$1$2?lang=en"')
          .replace('{{LANG_SWITCH}}', '<a href="?lang=ja" hreflang="ja">日本語</a>')
      : text.replace('{{LANG_SWITCH}}', '<a href="?lang=en" lang="en" hreflang="en">English</a>')
  // ?region=JP|DE|US-CA|unknown: the visitor's region as a site's edge would give it, through
  // data-region on the script tag, remembered in a cookie of the demo's own so links keep it.
  const DEMO_REGIONS = ['JP', 'DE', 'US-CA', 'unknown']
  const demoRegion = (request, url, response) => {
    const asked = url.searchParams.get('region')
    if (asked !== null) {
      const region = DEMO_REGIONS.includes(asked) ? asked : ''
      response.setHeader('Set-Cookie', 'demo_region=' + region + '; Path=/; SameSite=Lax' + (region ? '' : '; Max-Age=0'))
      return region
    }
    const kept = /(?:^|;\s*)demo_region=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1]
    return DEMO_REGIONS.includes(kept) ? kept : ''
  }
  const inRegion = (text, region) =>
    text
      .replace('data-config="/consent.json">', 'data-config="/consent.json"' + (region ? ' data-region="' + region + '"' : '') + '>')
      .replace(/\{\{REGION_SWITCH\}\}/, () =>
        ['', ...DEMO_REGIONS]
          .map((code) => '<a href="?region=' + code + '"' + (code === region ? ' aria-current="true"' : '') + '>' + (code || '指定なし / none') + '</a>')
          .join(' '),
      )
  return createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://site')
      if (url.pathname.startsWith('/receipts') || url.pathname === '/health' || url.pathname === '/region') {
        if (request.method === 'POST') state.receiptRequests++
        if (request.method === 'POST' && state.receiptStatus !== 200) {
          // A collector that is down, for tests of the browser's receipt queue.
          response.writeHead(state.receiptStatus)
          return response.end()
        }
        if (await state.collector.handle(request, response)) return
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' })
        return response.end()
      }
      // The config editor's pages load their scripts relative to /editor/.
      if (url.pathname === '/editor') {
        response.writeHead(301, { Location: '/editor/' })
        return response.end()
      }
      const [base, rest] = url.pathname.startsWith('/dist/')
        ? [dist, url.pathname.slice(6)]
        : url.pathname.startsWith('/test/')
          ? [fixtures, url.pathname.slice(6)]
          : url.pathname.startsWith('/editor/')
            ? [editor, url.pathname.slice(8)]
            : [site, url.pathname]
      const file = fileUnder(base, rest || '/')
      if (!file) return notFound(response)
      // Pages and configs get the tag origin filled in; the built SDK and the editor are served byte for byte.
      const english = url.searchParams.get('lang') === 'en'
      const region = demoRegion(request, url, response)
      await sendFile(response, file, base === dist || base === editor ? null : (text) => inRegion(inLanguage(substitute(text), english), region))
    } catch (error) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      response.end(String(error.message))
    }
  })
}

function listen(server, port, host) {
  const sockets = new Set()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve({
        port: server.address().port,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          }),
      })
    })
  })
}

/**
 * Starts the shop on http://localhost:<port> and the fake third-party tags on
 * http://127.0.0.1:<tagPort>. Port 0 picks a free port. `root` is the repository folder
 * holding dist/, demo/site/ and test/e2e/fixtures/ (default: the one this file lives in).
 */
export async function startServers({ port = 8080, tagPort = 8081, host = 'localhost', root = repo, receiptsDb } = {}) {
  // The real receipt collector, mounted at /receipts, storing into SQLite.
  const { createCollector, createSqliteStore, readSiteConfig } = await import('../dist/collector/index.js')
  const temporary = !receiptsDb
  const dbPath = receiptsDb ?? join(mkdtempSync(join(tmpdir(), 'consentry-demo-')), 'receipts.db')
  const store = createSqliteStore(dbPath)
  const state = {
    tagOrigin: '',
    tagRequests: [],
    receiptStatus: 200,
    receiptRequests: 0,
    collector: null,
  }
  const tags = await listen(tagServer(state.tagRequests), tagPort, '127.0.0.1')
  state.tagOrigin = `http://127.0.0.1:${tags.port}`
  let site
  try {
    site = await listen(siteServer(state, root), port, host)
  } catch (error) {
    await tags.close()
    throw error
  }
  const siteUrl = `http://${host}:${site.port}`
  // The shop's own pages post receipts, so its origin is the one allowed.
  // With the site's config, the collector's answer re-sets the consent cookie (Safari keeps it).
  const siteConfig = readSiteConfig(join(root, 'demo', 'site', 'consent.json'))
  state.collector = createCollector({ store, allowedOrigins: [siteUrl], readToken: process.env.READ_TOKEN, rateLimitPerMinute: 10_000, siteConfig })
  return {
    siteUrl,
    tagUrl: state.tagOrigin,
    tagRequests: state.tagRequests,
    receiptsDb: dbPath,
    /** Every receipt the collector has stored, oldest first. */
    async storedReceipts() {
      const receipts = []
      for await (const row of store.scan()) receipts.push(row.receipt)
      return receipts.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp))
    },
    /** Empties the receipt store (tests start each case from nothing). */
    clearReceipts: () => store.purgeOlderThan(new Date('9999-12-31T23:59:59Z')),
    /** Makes the receipt endpoint answer with this status (200 = working). */
    setReceiptStatus: (status) => void (state.receiptStatus = status),
    receiptRequests: () => state.receiptRequests,
    clearTagRequests: () => void (state.tagRequests.length = 0),
    async close() {
      await Promise.all([site.close(), tags.close()])
      await store.close()
      if (temporary) rmSync(dirname(dbPath), { recursive: true, force: true })
    },
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(repo, 'dist', 'consentry.js'))) {
    console.error('dist/consentry.js is missing: run `npm run build` first (npm start does it for you).')
    process.exit(1)
  }
  const port = Number(process.env.PORT ?? 8080)
  const tagPort = Number(process.env.TAG_PORT ?? 8081)
  const dataDir = join(repo, 'demo', '.data')
  mkdirSync(dataDir, { recursive: true })
  startServers({ port, tagPort, receiptsDb: join(dataDir, 'receipts.db') }).then(
    (servers) => {
      console.log(`Consentry demo: ${servers.siteUrl}/`)
      console.log(`Fake third-party tags: ${servers.tagUrl}/`)
      console.log(`Receipt collector: ${servers.siteUrl}/receipts (SQLite ${servers.receiptsDb})`)
    },
    (error) => {
      if (error.code === 'EADDRINUSE')
        console.error(`Port ${error.port} is in use: set PORT and TAG_PORT, e.g. PORT=9080 TAG_PORT=9081 npm start`)
      else console.error(error)
      process.exit(1)
    },
  )
}
