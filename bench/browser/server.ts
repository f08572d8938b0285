/**
 * The benchmark's own static server on loopback: the peer pages, dist/ and the peers'
 * files from node_modules, every body gzip-compressed, so "bytes" means gzip bytes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const repo = fileURLToPath(new URL('../..', import.meta.url))

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}

/**
 * A copy of the built browser files (dist/consentry*.js and their maps), so that every run
 * measures the same build even if dist/ is rebuilt meanwhile.
 */
export function snapshotDist() {
  const copy = mkdtempSync(join(tmpdir(), 'consentry-bench-'))
  for (const name of readdirSync(join(repo, 'dist'))) if (/^consentry.*\.js(\.map)?$/.test(name)) copyFileSync(join(repo, 'dist', name), join(copy, name))
  return copy
}

// URL prefix → folder. Only these are reachable; '/dist/' is set per server.
const ROOTS: Record<string, string> = {
  '/peers/': join(repo, 'bench', 'peers'),
  '/vendor/vanilla-cookieconsent/': join(repo, 'node_modules', 'vanilla-cookieconsent', 'dist'),
  '/vendor/klaro/': join(repo, 'node_modules', 'klaro', 'dist'),
  '/vendor/tarteaucitron/': join(repo, 'node_modules', 'tarteaucitronjs'),
}

/** Pages generated per request (the scaling pages), by path. */
export type PageMaker = (url: URL) => string | null

/** bench/peers/_name.html, or _name when the name has its own extension. */
export const partial = (name: string) => join(ROOTS['/peers/']!, '_' + name + (extname(name) ? '' : '.html'))

function fileFor(pathname: string, dist: string) {
  for (const [prefix, root] of Object.entries({ ...ROOTS, '/dist/': dist })) {
    if (!pathname.startsWith(prefix)) continue
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)))
    if (relative.split(/[/\\]/).includes('..')) return null
    const file = join(root, relative)
    return file.startsWith(root + sep) ? file : null
  }
  return null
}

/**
 * Starts the server on http://localhost:<port>. Pages get {{TAG_ORIGIN}} and {{> name}}
 * (bench/peers/_name.html, or _name itself when it has an extension) filled in. Assets may
 * be cached for a day; pages may not.
 */
export function startStaticServer(tagOrigin: string, dist: string, makePage: PageMaker): Promise<{ url: string; close(): Promise<void> }> {
  const compressed = new Map<string, Buffer>()
  const fill = (text: string): string =>
    text
      .replace(/\{\{> ([\w.-]+)\}\}/g, (_, name: string) => fill(readFileSync(partial(name), 'utf8').trim()))
      .replaceAll('{{TAG_ORIGIN}}', tagOrigin)

  function send(response: ServerResponse, type: string, body: Buffer, cache: string) {
    response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, 'Cache-Control': cache, Vary: 'Accept-Encoding' })
    response.end(body)
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://bench')
    const made = makePage(url)
    if (made !== null) return send(response, TYPES['.html']!, gzipSync(made, { level: 9 }), 'no-cache')
    const file = fileFor(url.pathname, dist)
    if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' })
      return response.end('not found')
    }
    const page = extname(file) === '.html'
    let body = compressed.get(file)
    if (!body) {
      const raw = readFileSync(file)
      body = gzipSync(page ? fill(raw.toString('utf8')) : raw, { level: 9 })
      compressed.set(file, body)
    }
    send(response, TYPES[extname(file)] ?? 'application/octet-stream', body, page ? 'no-cache' : 'public, max-age=86400')
  }

  const server = createServer((request, response) => {
    try {
      handle(request, response)
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end(String(error))
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({
        url: `http://localhost:${port}`,
        close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
      })
    })
  })
}
