// A tiny server for the React example: it renders each page for the visitor's stored
// decision, so a returning visitor gets the embed in the first HTML, and it leaves the ad
// network's tag out of the page unless the visitor's cookie grants advertising.
// Run `npm run build` at the top of the repository, then `node examples/react/build.mjs`
// and `node examples/react/server.mjs`.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
// In an app of your own: import { parseConsentCookie } from 'consentry'
import { parseConsentCookie } from '../../dist/esm/index.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const config = JSON.parse(await readFile(join(here, '..', 'consent.json'), 'utf8'))
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' }
const PAGES = new Set(['/', '/shop'])

/** Server-side gating: a decision counts only for the config's current revision. */
function grants(cookieHeader, category) {
  const decision = parseConsentCookie(cookieHeader, config.cookie?.name)
  return decision !== null && decision.revision === config.revision && decision.categories[category] === true
}

/** `outDir`: where build.mjs put the client and server builds, relative to this folder. */
export async function startServer({ port = Number(process.env.PORT ?? 8090), outDir = 'dist' } = {}) {
  const client = join(here, outDir, 'client')
  const template = await readFile(join(client, 'index.html'), 'utf8')
  const { render } = await import(pathToFileURL(join(here, outDir, 'server', 'entry-server.js')).href)
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://example')
    try {
      if (PAGES.has(pathname)) {
        const cookie = request.headers.cookie
        const head = grants(cookie, 'advertising') ? '<script async src="https://ads.example/tag.js"></script>' : ''
        const html = template.replace('<!--head-->', head).replace('<!--app-->', render(pathname, cookie))
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-cache' })
        return response.end(html)
      }
      const file = normalize(join(client, pathname))
      if (!file.startsWith(join(client, 'assets'))) throw Object.assign(new Error('not found'), { code: 'ENOENT' })
      const body = await readFile(file)
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch (error) {
      response.writeHead(error.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end(error.code === 'ENOENT' ? 'not found' : 'server error')
    }
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer()
  console.log('React example on ' + url)
}
