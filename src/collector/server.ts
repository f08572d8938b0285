/// <reference types="node" />
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { receiptProblems } from '../core/receipt/validate.js'
import type { ConsentReceipt } from '../core/receipt/types.js'
import { createRateLimiter, HttpError, readBody, sendJson } from './http.js'
import { csvHeader, csvRow } from './csv.js'
import { appi31Csv, appi31Records } from './appi31.js'
import type { ReceiptStore } from './store/types.js'

export interface CollectorOptions {
  store: ReceiptStore
  /** Origins whose pages may post receipts; "*" allows any. Requests without an Origin (servers, curl) are allowed. */
  allowedOrigins: string[]
  /** Bearer token for reading receipts back; reads are off without it. */
  readToken?: string
  maxBodyBytes?: number
  maxBatch?: number
  rateLimitPerMinute?: number
  /** Mount path of the API, e.g. "" or "/consent". */
  basePath?: string
  log?: (message: string) => void
}

export interface Collector {
  /** The request handler, for mounting into another server. Answers false for paths that are not its own. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>
  listen(port: number, host?: string): Promise<{ url: string; server: Server }>
  close(): Promise<void>
}

const drainedOrClosed = (response: ServerResponse) =>
  new Promise<void>((resolve) => {
    const done = () => {
      response.off('drain', done)
      response.off('close', done)
      resolve()
    }
    response.on('drain', done)
    response.on('close', done)
  })

export function createCollector(options: CollectorOptions): Collector {
  const { store } = options
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024
  const maxBatch = options.maxBatch ?? 500
  const base = options.basePath ?? ''
  const limiter = createRateLimiter(options.rateLimitPerMinute ?? 120)
  const log = options.log ?? ((message) => console.error(message))
  const anyOrigin = options.allowedOrigins.includes('*')
  let server: Server | null = null

  const originAllowed = (origin: string | undefined) => !origin || anyOrigin || options.allowedOrigins.includes(origin)
  const corsHeaders = (origin: string | undefined): Record<string, string> =>
    origin && originAllowed(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {}

  function authorize(request: IncomingMessage) {
    if (!options.readToken) throw new HttpError(403, 'reading receipts is turned off (no READ_TOKEN)')
    const given = Buffer.from((request.headers.authorization ?? '').replace(/^Bearer /i, ''))
    const wanted = Buffer.from(options.readToken)
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
      throw new HttpError(401, 'a valid bearer token is required', { 'WWW-Authenticate': 'Bearer' })
  }

  async function postReceipts(request: IncomingMessage, response: ServerResponse, origin: string | undefined) {
    if (!originAllowed(origin)) throw new HttpError(403, 'origin ' + origin + ' may not post receipts')
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    // text/plain is what navigator.sendBeacon sends to avoid a CORS preflight.
    if (type !== 'application/json' && type !== 'text/plain') throw new HttpError(415, 'send application/json or text/plain')
    const text = await readBody(request, maxBodyBytes)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      throw new HttpError(400, 'body is not valid JSON')
    }
    const receipts = (body as { receipts?: unknown } | null)?.receipts
    if (!Array.isArray(receipts) || !receipts.length) throw new HttpError(400, 'body must be { "receipts": [ … ] } with at least one receipt')
    if (receipts.length > maxBatch) throw new HttpError(413, 'at most ' + maxBatch + ' receipts per request')
    const problems = receipts.flatMap((receipt, index) => receiptProblems(receipt, 'receipts[' + index + ']'))
    if (problems.length) {
      // Nothing of a batch with a bad receipt is stored: the sender keeps all of it and can be fixed.
      // Every problem is listed (at most maxBatch × the number of checked fields).
      throw Object.assign(new HttpError(400, 'invalid receipts: ' + problems[0] + (problems.length > 1 ? ' (and ' + (problems.length - 1) + ' more)' : '')), {
        problems,
      })
    }
    const stored = await store.insert(receipts as ConsentReceipt[])
    sendJson(response, 200, { stored, duplicates: receipts.length - stored }, corsHeaders(origin))
  }

  async function exportReceipts(url: URL, response: ServerResponse) {
    const format = url.searchParams.get('format') ?? 'jsonl'
    if (format !== 'jsonl' && format !== 'csv') throw new HttpError(400, 'format must be jsonl or csv')
    response.writeHead(200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': 'attachment; filename="consent-receipts.' + format + '"',
      'Cache-Control': 'no-store',
    })
    if (format === 'csv') response.write(csvHeader)
    for await (const receipt of store.scan()) {
      // The client went away: stop reading the store.
      if (response.destroyed) return
      const line = format === 'csv' ? csvRow(receipt) : JSON.stringify(receipt) + '\n'
      // Respect back-pressure: a large export must not pile up in memory.
      if (!response.write(line)) await drainedOrClosed(response)
    }
    response.end()
  }

  /** GET /records/appi31?from=&to=&format=json|csv: the Art. 31 confirmation record per recipient. */
  async function appi31Report(url: URL, response: ServerResponse) {
    const date = (name: string) => {
      const value = url.searchParams.get(name)
      if (!value) return null
      const parsed = new Date(value)
      if (Number.isNaN(parsed.getTime())) throw new HttpError(400, name + ' must be a date such as 2026-01-31, got "' + value + '"')
      // A bare date as "to" covers that whole day.
      if (name === 'to' && /^\d{4}-\d{2}-\d{2}$/.test(value)) parsed.setUTCHours(23, 59, 59, 999)
      return parsed
    }
    const format = url.searchParams.get('format') ?? 'json'
    if (format !== 'json' && format !== 'csv') throw new HttpError(400, 'format must be json or csv')
    const records = await appi31Records(store.scan(), date('from'), date('to'))
    if (format === 'json') return sendJson(response, 200, records)
    response.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="appi31-records.csv"',
      'Cache-Control': 'no-store',
    })
    response.end(appi31Csv(records))
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    let url: URL
    try {
      url = new URL(request.url ?? '/', 'http://collector')
    } catch {
      // A request target such as "//[" is not a URL.
      sendJson(response, 400, { error: 'bad request URL' })
      return true
    }
    if (!url.pathname.startsWith(base + '/')) return false
    const path = url.pathname.slice(base.length)
    const origin = request.headers.origin
    try {
      if (path === '/health' && request.method === 'GET') {
        sendJson(response, 200, { ok: true, store: store.kind, receipts: await store.count() })
      } else if (path === '/receipts' && request.method === 'OPTIONS') {
        if (!origin || !originAllowed(origin)) throw new HttpError(403, 'origin not allowed')
        response.writeHead(204, {
          ...corsHeaders(origin),
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '86400',
        })
        response.end()
      } else if (path === '/receipts' && request.method === 'POST') {
        const client = request.socket.remoteAddress ?? 'unknown'
        const wait = limiter.take(client)
        if (wait) throw new HttpError(429, 'too many requests', { 'Retry-After': String(Math.ceil(wait / 1000)) })
        await postReceipts(request, response, origin)
      } else if (path === '/receipts' && request.method === 'GET') {
        authorize(request)
        const principalId = url.searchParams.get('principalId')
        if (!principalId) throw new HttpError(400, 'principalId is required')
        sendJson(response, 200, await store.byPrincipal(principalId))
      } else if (path === '/receipts/export' && request.method === 'GET') {
        authorize(request)
        await exportReceipts(url, response)
      } else if (path === '/records/appi31' && request.method === 'GET') {
        authorize(request)
        await appi31Report(url, response)
      } else {
        return false
      }
    } catch (error) {
      if (response.headersSent) {
        response.destroy(error as Error)
      } else if (error instanceof HttpError) {
        const problems = (error as HttpError & { problems?: string[] }).problems
        sendJson(response, error.status, problems ? { error: error.message, problems } : { error: error.message }, {
          ...corsHeaders(origin),
          ...error.headers,
        })
      } else {
        log('consentry-collector: ' + ((error as Error).stack ?? error))
        sendJson(response, 500, { error: 'internal error' })
      }
    }
    return true
  }

  return {
    handle,
    listen(port, host = '127.0.0.1') {
      server = createServer((request, response) => {
        handle(request, response)
          .then((handled) => handled || sendJson(response, 404, { error: 'not found' }))
          .catch((error: Error) => {
            // Never let one request end the process.
            log('consentry-collector: ' + (error.stack ?? error))
            if (!response.headersSent) sendJson(response, 500, { error: 'internal error' })
            else response.destroy()
          })
      })
      return new Promise((resolve, reject) => {
        server!.once('error', reject)
        server!.listen(port, host, () => {
          const address = server!.address() as AddressInfo
          resolve({ url: 'http://' + (host.includes(':') ? '[' + host + ']' : host) + ':' + address.port, server: server! })
        })
      })
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve()
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}
