/// <reference types="node" />
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import type { AddressInfo, Socket } from 'node:net'
import type { Config } from '../core/config/types.js'
import type { ConsentReceipt } from '../core/receipt/types.js'
import { AbortedUpload, clientAddress, createRateLimiter, HttpError, limiterKey, readBody, sendJson } from './http.js'
import { csvDocument, csvHeader, csvRow } from './csv.js'
import { appi31Csv, appi31Records, siteRecipients } from './appi31.js'
import { intakeProblems, normalised } from './intake.js'
import { consentCookieRefresh } from './cookie.js'
import { createIpCountryLookup, regionFromHeaders, type CountryLookup, type RegionHeader } from './region.js'
import type { ReceiveRange, ReceiptStore } from './store/types.js'

export interface CollectorOptions {
  store: ReceiptStore
  /** Origins whose pages may post receipts; "*" allows any. Requests without an Origin (servers, curl) are allowed. */
  allowedOrigins: string[]
  /** Bearer token for reading receipts back; reads are off without it. */
  readToken?: string
  maxBodyBytes?: number
  maxBatch?: number
  rateLimitPerMinute?: number
  /** Wrong read tokens allowed per client address a minute before 429 (default 20). */
  failedTokensPerMinute?: number
  /** Addresses of reverse proxies whose X-Forwarded-For names the client. */
  trustProxy?: string[]
  /** Open connections at most, and per client address (a trusted proxy is not capped per address). */
  maxConnections?: number
  maxConnectionsPerClient?: number
  /** How far a receipt's timestamp may be from the collector's clock (default one day). */
  maxClockSkewMs?: number
  /** Time allowed for a request's headers and for the whole request (default 30 s). */
  requestTimeoutMs?: number
  /** The site's consent config (CONSENTRY_CONFIG): the Art. 31 record names recipients from it. */
  siteConfig?: Config
  /** CDN headers GET /region believes, country and subdivision (default: Cloudflare, CloudFront, Vercel; [] for none). */
  regionHeaders?: RegionHeader[]
  /** The country of a client address, for /region when no header says it (default: the IP database from npm). */
  countryOfAddress?: CountryLookup
  /** Mount path of the API, e.g. "" or "/consent". */
  basePath?: string
  /** The collector's clock (for tests). */
  now?: () => number
  log?: (message: string) => void
}

export interface Collector {
  /** The request handler, for mounting into another server. Answers false for paths that are not its own. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>
  listen(port: number, host?: string): Promise<{ url: string; server: Server }>
  close(): Promise<void>
}

/** One rejected receipt of a batch: where it was, its id when it had a usable one, and every problem. */
export interface RejectedReceipt {
  index: number
  id: string | null
  problems: string[]
}

/** The answer to a well-formed batch. */
export interface BatchAnswer {
  stored: number
  duplicates: number
  /** Receipts whose id is already stored with other content; the stored one is kept. */
  conflicts: Array<{ index: number; id: string }>
  rejected: RejectedReceipt[]
  /**
   * With the site's config: whether the answer re-sets the consent cookie the request carried
   * (Safari). The browser asks again on a later page view while it is false.
   */
  cookieRefreshed?: boolean
}

// Slow clients are cut off after this long for their headers and for the whole request.
const REQUEST_TIMEOUT_MS = 30_000

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
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024
  const maxBatch = options.maxBatch ?? 500
  const base = options.basePath ?? ''
  const now = options.now ?? Date.now
  const limiter = createRateLimiter(options.rateLimitPerMinute ?? 120, { now })
  const tokenFailures = createRateLimiter(options.failedTokensPerMinute ?? 20, { now })
  const trustedProxies = new Set(options.trustProxy ?? [])
  const log = options.log ?? ((message) => console.error(message))
  const anyOrigin = options.allowedOrigins.includes('*')
  let server: Server | null = null
  const recipients = options.siteConfig ? siteRecipients(options.siteConfig) : null
  const countryOfAddress = options.countryOfAddress ?? createIpCountryLookup(log)

  const originAllowed = (origin: string | undefined) => !origin || anyOrigin || options.allowedOrigins.includes(origin)
  // An allowed page may send the consent cookie along (credentials), so that the answer can re-set
  // it. The answer holds nothing secret, and SameSite=Lax keeps the cookie off other sites' requests.
  const corsHeaders = (origin: string | undefined): Record<string, string> =>
    origin && originAllowed(origin) ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } : {}
  /** Whether the page is on https, so the re-set cookie is Secure as the SDK's own is. */
  const pageIsSecure = (request: IncomingMessage, origin: string | undefined) =>
    origin ? origin.startsWith('https:') : (request.socket as { encrypted?: boolean }).encrypted === true ||
      (trustedProxies.has(request.socket.remoteAddress ?? '') && request.headers['x-forwarded-proto'] === 'https')

  const tokenValid = (request: IncomingMessage) => {
    if (!options.readToken) return false
    const given = Buffer.from((request.headers.authorization ?? '').replace(/^Bearer /i, ''))
    const wanted = Buffer.from(options.readToken)
    return given.length === wanted.length && timingSafeEqual(given, wanted)
  }

  /** Lets a bearer of the read token through; counts and logs wrong tokens, and throttles an address that keeps guessing. */
  function authorize(request: IncomingMessage, client: string, what: string) {
    if (!options.readToken) throw new HttpError(403, 'reading receipts is turned off (no READ_TOKEN)')
    const key = limiterKey(client)
    // An address that keeps guessing is not even checked until its budget refills.
    const throttled = tokenFailures.waiting(key)
    if (throttled) {
      log('consentry-collector: read token attempt from ' + client + ' for ' + what + ' refused (too many wrong tokens)')
      throw new HttpError(429, 'too many wrong tokens', { 'Retry-After': String(Math.ceil(throttled / 1000)) })
    }
    if (tokenValid(request)) {
      // Who read what, and when; never what the receipts hold.
      log('consentry-collector: audit: ' + new Date(now()).toISOString() + ' ' + client + ' read ' + what)
      return
    }
    tokenFailures.take(key)
    log('consentry-collector: wrong read token from ' + client + ' for ' + what)
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
    // An empty batch stores nothing; the browser sends one to have its consent cookie re-set.
    if (!Array.isArray(receipts)) throw new HttpError(400, 'body must be { "receipts": [ … ] }')
    if (receipts.length > maxBatch) throw new HttpError(413, 'at most ' + maxBatch + ' receipts per request')
    // Each receipt stands alone: the valid ones are stored, the others answered with their problems.
    const receivedAt = now()
    const answer: BatchAnswer = { stored: 0, duplicates: 0, conflicts: [], rejected: [] }
    const accepted: Array<{ index: number; receipt: ConsentReceipt }> = []
    receipts.forEach((receipt: unknown, index) => {
      const problems = intakeProblems(receipt, 'receipts[' + index + ']', { now: receivedAt, maxClockSkewMs: options.maxClockSkewMs })
      if (!problems.length) return void accepted.push({ index, receipt: normalised(receipt as ConsentReceipt) })
      const id = (receipt as { id?: unknown } | null)?.id
      answer.rejected.push({ index, id: typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id.toLowerCase() : null, problems })
    })
    const outcomes = accepted.length ? await store.insert(accepted.map((entry) => entry.receipt), new Date(receivedAt)) : []
    outcomes.forEach((outcome, position) => {
      const { index, receipt } = accepted[position]!
      if (outcome === 'stored') answer.stored++
      else if (outcome === 'duplicate') answer.duplicates++
      else answer.conflicts.push({ index, id: receipt.id })
    })
    if (answer.conflicts.length) log('consentry-collector: ' + answer.conflicts.length + ' receipts reuse a stored id with other content; the stored ones are kept')
    const headers = corsHeaders(origin)
    if (options.siteConfig) {
      const cookie = consentCookieRefresh(request, options.siteConfig, pageIsSecure(request, origin), now())
      if (cookie) headers['Set-Cookie'] = cookie
      answer.cookieRefreshed = !!cookie
    }
    sendJson(response, 200, answer, headers)
  }

  /** ?from=&to= as a range of receive times; a bare date as "to" covers that whole day. */
  function receiveRange(url: URL): ReceiveRange {
    const date = (name: 'from' | 'to') => {
      const value = url.searchParams.get(name)
      if (!value) return null
      const parsed = new Date(value)
      if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(parsed.getTime()))
        throw new HttpError(400, name + ' must be a date such as 2026-01-31, got "' + value + '"')
      if (name === 'to' && /^\d{4}-\d{2}-\d{2}$/.test(value)) parsed.setUTCHours(23, 59, 59, 999)
      return parsed
    }
    return { from: date('from'), to: date('to') }
  }

  async function exportReceipts(url: URL, response: ServerResponse) {
    const format = url.searchParams.get('format') ?? 'jsonl'
    if (format !== 'jsonl' && format !== 'csv') throw new HttpError(400, 'format must be jsonl or csv')
    const range = receiveRange(url)
    response.writeHead(200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': 'attachment; filename="consent-receipts.' + format + '"',
      'Cache-Control': 'no-store',
    })
    if (format === 'csv') response.write(csvHeader)
    for await (const row of store.scan(range)) {
      // The client went away: stop reading the store.
      if (response.destroyed) return
      const line = format === 'csv' ? csvRow(row) : JSON.stringify(row.receipt) + '\n'
      // Respect back-pressure: a large export must not pile up in memory.
      if (!response.write(line)) await drainedOrClosed(response)
    }
    response.end()
  }

  /** GET /records/appi31?from=&to=&format=json|csv: the Art. 31 confirmation record per recipient. */
  async function appi31Report(url: URL, response: ServerResponse) {
    const format = url.searchParams.get('format') ?? 'json'
    if (format !== 'json' && format !== 'csv') throw new HttpError(400, 'format must be json or csv')
    const range = receiveRange(url)
    const tallies = await store.appi31Tallies(range)
    const { records, skipped } = appi31Records(tallies, recipients)
    if (skipped) log('consentry-collector: the Art. 31 record left out ' + skipped + ' malformed stored rows')
    // Malformed stored rows are left out of the record and counted here, never a failure.
    const counted = { 'Consentry-Skipped-Rows': String(skipped) }
    if (format === 'json') return sendJson(response, 200, records, counted)
    response.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="appi31-records.csv"',
      'Cache-Control': 'no-store',
      ...counted,
    })
    response.end(csvDocument(appi31Csv(records)))
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
    const client = clientAddress(request, trustedProxies)
    try {
      if (path === '/health' && request.method === 'GET') {
        // Cheap and anonymous; the counts are for the operator only.
        if (request.headers.authorization && options.readToken) {
          authorize(request, client, 'health')
          sendJson(response, 200, { ok: true, store: store.kind, durability: await store.durability(), receipts: await store.count() })
        } else sendJson(response, 200, { ok: true })
      } else if (path === '/region' && request.method === 'GET') {
        // For the SDK's regionEndpoint: the CDN's word first, else the client address.
        if (!originAllowed(origin)) throw new HttpError(403, 'origin not allowed')
        const wait = limiter.take(limiterKey(client))
        if (wait) throw new HttpError(429, 'too many requests', { 'Retry-After': String(Math.ceil(wait / 1000)) })
        const region = regionFromHeaders(request.headers, options.regionHeaders) ?? (await countryOfAddress(client)) ?? 'unknown'
        sendJson(response, 200, { region }, { ...corsHeaders(origin), 'Cache-Control': 'private' })
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
        const wait = limiter.take(limiterKey(client))
        if (wait) throw new HttpError(429, 'too many requests', { 'Retry-After': String(Math.ceil(wait / 1000)) })
        await postReceipts(request, response, origin)
      } else if (path === '/receipts' && request.method === 'GET') {
        const principalId = url.searchParams.get('principalId')
        authorize(request, client, 'receipts of one principal')
        if (!principalId) throw new HttpError(400, 'principalId is required')
        sendJson(response, 200, await store.byPrincipal(principalId))
      } else if (path === '/receipts/export' && request.method === 'GET') {
        authorize(request, client, 'export ' + url.search)
        await exportReceipts(url, response)
      } else if (path === '/records/appi31' && request.method === 'GET') {
        authorize(request, client, 'appi31 record ' + url.search)
        await appi31Report(url, response)
      } else {
        return false
      }
    } catch (error) {
      if (error instanceof AbortedUpload) {
        log('consentry-collector: ' + client + ' ' + error.message)
        response.destroy()
      } else if (response.headersSent) {
        response.destroy(error as Error)
      } else if (error instanceof HttpError) {
        sendJson(response, error.status, { error: error.message }, { ...corsHeaders(origin), ...error.headers })
      } else {
        log('consentry-collector: ' + ((error as Error).stack ?? error))
        sendJson(response, 500, { error: 'internal error' }, corsHeaders(origin))
      }
    }
    return true
  }

  /** Caps open connections per client address, so one address cannot hold every slot. */
  function capConnections(target: Server) {
    const perClient = options.maxConnectionsPerClient ?? 64
    const open = new Map<string, number>()
    target.on('connection', (socket: Socket) => {
      const address = limiterKey((socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.)/, ''))
      if (trustedProxies.has(socket.remoteAddress ?? '')) return
      const count = (open.get(address) ?? 0) + 1
      if (count > perClient) return void socket.destroy()
      open.set(address, count)
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1
        if (left) open.set(address, left)
        else open.delete(address)
      })
    })
  }

  return {
    handle,
    listen(port, host = '127.0.0.1') {
      const timeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
      // Slow clients are looked for every sixth of the timeout, so none outlives it by much.
      server = createServer({ headersTimeout: timeout, requestTimeout: timeout, connectionsCheckingInterval: Math.ceil(timeout / 6) }, (request, response) => {
        handle(request, response)
          .then((handled) => handled || sendJson(response, 404, { error: 'not found' }))
          .catch((error: Error) => {
            // Never let one request end the process.
            log('consentry-collector: ' + (error.stack ?? error))
            if (!response.headersSent) sendJson(response, 500, { error: 'internal error' })
            else response.destroy()
          })
      })
      server.maxConnections = options.maxConnections ?? 4096
      capConnections(server)
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
