/// <reference types="node" />
import net from 'node:net'
import { randomUUID } from 'node:crypto'
import { encodeDecision } from '../../src/adapters/storage/codec.js'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCollector, startRetentionPurge, type ReceiptStore } from '../../src/collector/index.js'
import fc from 'fast-check'
import { canonicalJson } from '../../src/core/receipt/index.js'
import { makeReceipt, mutatedReceipt, recipientFor } from './receipts.js'
import { tallyRows } from './appi31-oracle.js'
import { rawConfig, validConfig } from '../fixtures/config.js'

const SHOP = 'https://shop.example'
const TOKEN = 'read-token-0123456789'

export interface SuiteHooks {
  /** Empties the store before each test. */
  reset: () => Promise<void>
  /** Removes what the suite created (files, schemas) after the last test. */
  teardown?: () => Promise<void>
  /** The database's plan for one page of a scan of a receive range. */
  scanPlan: (from: Date, to: Date) => Promise<string>
  /** Looks at the database directly (journal mode, columns), where the store allows it. */
  inspect?: () => Promise<{ journalMode: unknown; columns: string[] }>
}

/** Sends raw bytes and returns what the server answered (until it closes or `waitMs` pass). */
function rawRequest(port: number, text: string, waitMs = 2000) {
  return new Promise<string>((resolve) => {
    let answer = ''
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text))
    socket.on('data', (chunk) => (answer += chunk))
    socket.on('close', () => resolve(answer))
    socket.on('error', () => resolve(answer))
    setTimeout(() => socket.destroy(), waitMs)
  })
}

/** The same behaviour, asserted against every store. */
export function collectorSuite(name: string, openStore: () => Promise<ReceiptStore>, hooks: SuiteHooks) {
  describe(name + ' collector', () => {
    let store: ReceiptStore
    let url = ''
    let collector: ReturnType<typeof createCollector>
    // The collector's clock: real time unless a test sets it.
    let clock: number | null = null
    let logged: string[] = []

    const start = async (options: Partial<Parameters<typeof createCollector>[0]> = {}) => {
      await collector?.close()
      collector = createCollector({
        store, allowedOrigins: [SHOP], readToken: TOKEN, rateLimitPerMinute: 100_000, now: () => clock ?? Date.now(), log: (line) => logged.push(line), ...options,
      })
      url = (await collector.listen(0)).url
    }
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(url + '/receipts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })

    const scanAll = async () => {
      const receipts = []
      for await (const row of store.scan()) receipts.push(row.receipt)
      return receipts
    }
    const auth = { headers: { Authorization: 'Bearer ' + TOKEN } }
    // fetch's text() drops a byte order mark; the CSV tests look for it.
    const csvOf = async (path: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(url + path, auth)).arrayBuffer())

    beforeAll(async () => {
      store = await openStore()
    })
    afterAll(async () => {
      await collector?.close()
      await store?.close()
      await hooks.teardown?.()
    })
    beforeEach(async () => {
      clock = null
      logged = []
      await hooks.reset()
      await start()
    })
    afterEach(async () => {
      await collector.close()
    })

    it('stores a valid batch and says how many were new', async () => {
      const receipts = [makeReceipt(), makeReceipt({ event: 'withdrawn' })]
      const response = await post({ receipts })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ stored: 2, duplicates: 0, conflicts: [], rejected: [] })
      expect(await store.count()).toBe(2)
    })

    it('stores receipts read in any language of the interface, or a site\'s own', async () => {
      const read = ['zh-Hant', 'he', 'nb'].map((language) => makeReceipt({ locale: language, notice: { policyUrl: '/privacy', disclosureUrl: null, revision: '2025-09-30', noticeHash: 'a'.repeat(64), language } } as never))
      const body = await (await post({ receipts: read })).json()
      expect(body).toMatchObject({ stored: 3, rejected: [] })
    })

    it('stores a duplicate id once', async () => {
      const receipts = [makeReceipt(), makeReceipt()]
      await post({ receipts })
      const again = await post({ receipts: [...receipts, receipts[0]] })
      expect(await again.json()).toEqual({ stored: 0, duplicates: 3, conflicts: [], rejected: [] })
      expect(await store.count()).toBe(2)
    })

    it('answers 400 for malformed JSON and stores nothing', async () => {
      const response = await post('{"receipts": [')
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ error: 'body is not valid JSON' })
      expect(await store.count()).toBe(0)
    })

    it.each([
      ['an empty object', {}],
      ['receipts that are not an array', { receipts: 'yes' }],
    ])('answers 400 for %s', async (_what, body) => {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect((await response.json()).error).toMatch(/receipts/)
    })

    it('stores the valid receipts of a batch and answers each rejected one with its index, id and problems', async () => {
      const bad = makeReceipt({ gpc: 'no' as never })
      const missing: Record<string, unknown> = { ...makeReceipt() }
      delete missing.noticeHash
      const good = [makeReceipt(), makeReceipt()]
      const response = await post({ receipts: [good[0], bad, missing, makeReceipt({ id: 'not-a-uuid' }), good[1]] })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({
        stored: 2,
        duplicates: 0,
        conflicts: [],
        rejected: [
          { index: 1, id: bad.id, problems: ['receipts[1].gpc must be true or false'] },
          { index: 2, id: missing.id, problems: ['receipts[2].noticeHash is required'] },
          { index: 3, id: null, problems: ['receipts[3].id must be a UUID'] },
        ],
      })
      expect((await scanAll()).map((r) => r.id).sort()).toEqual(good.map((r) => r.id).sort())
    })

    it('lists every problem of a batch, not only the first ones', async () => {
      const receipts = Array.from({ length: 60 }, () => makeReceipt({ gpc: 'yes' as never }))
      const response = await post({ receipts })
      expect(response.status).toBe(200)
      const body = await response.json()
      expect(body.rejected).toHaveLength(60)
      expect(body.rejected[59].problems).toEqual(['receipts[59].gpc must be true or false'])
      expect(await store.count()).toBe(0)
    })

    it('stores the receipts beside one whose page URL is too long (the batch is not lost)', async () => {
      const long = makeReceipt({ url: 'https://shop.example/' + 'x'.repeat(2100) })
      const kept = makeReceipt()
      const body = await (await post({ receipts: [long, kept] })).json()
      expect(body.stored).toBe(1)
      expect(body.rejected).toEqual([{ index: 0, id: long.id, problems: ['receipts[0].url must be a string (the page URL)'] }])
      expect((await scanAll()).map((r) => r.id)).toEqual([kept.id])
    })

    it.each([
      ['year 0000', { timestamp: '0000-01-01T00:00:00.000Z' }, /timestamp/],
      ['a validUntil in year 0000', { validUntil: '0000-06-01T00:00:00Z' }, /validUntil must be an ISO 8601 date-time from year 0001/],
      ['NUL in principalId', { principalId: 'p\u0000x' }, /principalId must not contain NUL/],
      ['a lone surrogate', { method: 'save\ud800' }, /method must not contain NUL characters or lone surrogates/],
      ['a lone surrogate in a map key', { vendors: { ['v\udc00']: true } }, /vendors has a key with NUL or lone surrogates/],
      ['a timestamp two days ahead of the collector', { timestamp: new Date(Date.now() + 2 * 86_400_000).toISOString() }, /more than 24 hours off the collector's clock/],
      ['a timestamp two days behind the collector', { timestamp: new Date(Date.now() - 2 * 86_400_000).toISOString() }, /more than 24 hours off/],
      ['over 16 KB', { controller: { name: 'x'.repeat(17_000), address: null, contact: null } }, /bytes of JSON; at most 16384/],
      ['recipients: [null]', { recipients: [null] }, /recipients\[0\] must be an object/],
      ['appi31.dataItems: 5', { recipients: [{ ...recipientFor('dmp'), appi31: { recipient: 'x', dataItems: 5, consentObtained: true } }] }, /appi31.dataItems must be an array/],
      ['appi28 not shown', { recipients: [{ ...recipientFor('dmp'), appi28: { shown: false } }] }, /appi28.shown must be one of true/],
      ['a recipient country that is not a code', { recipients: [{ ...recipientFor('dmp'), country: 'Japan' }] }, /country must be null or a two-letter country code/],
      ['a purpose title of 20,000 characters', { purposes: [{ id: 'a', title: 'x'.repeat(20_000), required: false, granted: true, lawfulBasis: 'consent', dataItems: [], recipients: [] }] }, /bytes of JSON/],
      ['an unchecked notice', { notice: { policyUrl: 5 } }, /notice.policyUrl must be a string/],
      ['a language that is not a tag', { locale: 'Korean' }, /locale must be a language tag/],
      ['a notice language that is not a tag', { notice: { policyUrl: '/privacy', disclosureUrl: null, revision: '2025-09-30', noticeHash: 'a'.repeat(64), language: 'Korean' } }, /notice.language must be a language tag/],
    ])('rejects (never stores) a receipt with %s, stores the rest, and keeps serving', async (_what, patch, problem) => {
      const bad = makeReceipt(patch as never)
      const good = makeReceipt()
      const response = await post({ receipts: [bad, good] })
      expect(response.status).toBe(200)
      const body = await response.json()
      expect(body.stored).toBe(1)
      expect(body.rejected).toHaveLength(1)
      expect(body.rejected[0].index).toBe(0)
      expect(body.rejected[0].problems.join('; ')).toMatch(problem)
      expect((await scanAll()).map((r) => r.id)).toEqual([good.id])
      expect((await fetch(url + '/health')).status).toBe(200)
    })

    it('takes a wider clock bound where configured (receipts that waited offline for days)', async () => {
      await start({ maxClockSkewMs: 3 * 86_400_000 })
      const waited = makeReceipt({ timestamp: new Date(Date.now() - 2 * 86_400_000).toISOString() })
      const tooOld = makeReceipt({ timestamp: new Date(Date.now() - 4 * 86_400_000).toISOString() })
      const body = await (await post({ receipts: [waited, tooOld] })).json()
      expect(body.stored).toBe(1)
      expect(body.rejected.map((entry: { index: number; problems: string[] }) => [entry.index, entry.problems[0]])).toEqual([[1, expect.stringMatching(/more than 72 hours off/)]])
    })

    it('rejects a receipt nested 5,000 levels deep, stores the rest, and keeps serving', async () => {
      const deep = makeReceipt()
      const good = makeReceipt()
      // Built as text: JSON.stringify itself would run out of stack on such a value.
      const text = JSON.stringify({ receipts: [{ ...deep, extra: 0 }, good] }).replace('"extra":0', '"extra":' + '['.repeat(5000) + ']'.repeat(5000))
      const response = await post(text)
      expect(response.status).toBe(200)
      const body = await response.json()
      expect(body.stored).toBe(1)
      expect(body.rejected).toEqual([{ index: 0, id: deep.id, problems: [expect.stringMatching(/^receipts\[0\]\.extra(\[0\])+ is nested more than 8 levels deep$/)] }])
      expect((await scanAll()).map((r) => r.id)).toEqual([good.id])
    })

    it('keeps a stored receipt when another with the same id and other content arrives, and says so', async () => {
      const original = makeReceipt()
      await post({ receipts: [original] })
      const forged = { ...original, categories: { necessary: true, advertising: false } }
      const body = await (await post({ receipts: [makeReceipt(), forged, original] })).json()
      expect(body).toEqual({ stored: 1, duplicates: 1, conflicts: [{ index: 1, id: original.id }], rejected: [] })
      expect((await store.byPrincipal(original.principalId))[0]).toEqual(original)
      // Within one batch too: the first is stored, a different second is a conflict.
      const twin = makeReceipt()
      const again = await (await post({ receipts: [twin, { ...twin, event: 'withdrawn' }] })).json()
      expect(again).toMatchObject({ stored: 1, conflicts: [{ index: 1, id: twin.id }] })
    })

    it('stores ids in lower case, so one id in two cases is one receipt', async () => {
      const receipt = makeReceipt()
      const upper = { ...receipt, id: receipt.id.toUpperCase() }
      expect(await (await post({ receipts: [upper] })).json()).toMatchObject({ stored: 1 })
      expect(await (await post({ receipts: [receipt] })).json()).toMatchObject({ stored: 0, duplicates: 1 })
      expect((await scanAll()).map((r) => r.id)).toEqual([receipt.id])
    })

    it.each([
      ['null', null],
      ['a number', 42],
      ['an array', [makeReceipt()]],
    ])('answers 400 for a body that is %s and keeps serving', async (_what, body) => {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect((await response.json()).error).toMatch(/receipts/)
      expect((await fetch(url + '/health')).status).toBe(200)
      expect(await store.count()).toBe(0)
    })

    it('answers a batch holding null with that receipt rejected', async () => {
      const body = await (await post({ receipts: [null] })).json()
      expect(body).toEqual({ stored: 0, duplicates: 0, conflicts: [], rejected: [{ index: 0, id: null, problems: ['receipts[0] must be an object'] }] })
    })

    it('answers 400 to a request target that is not a URL, and keeps serving', async () => {
      const port = Number(new URL(url).port)
      const answer = await rawRequest(port, 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
      expect(answer).toMatch(/^HTTP\/1\.1 400/)
      expect((await fetch(url + '/health')).status).toBe(200)
    })

    it('survives a client that stops in the middle of a body', async () => {
      const port = Number(new URL(url).port)
      const body = JSON.stringify({ receipts: [makeReceipt()] })
      const head = 'POST /receipts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ' + body.length + '\r\n\r\n'
      await new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write(head + body.slice(0, 50))
          setTimeout(() => socket.destroy(), 50)
        })
        socket.on('close', () => resolve())
      })
      expect((await fetch(url + '/health')).status).toBe(200)
      expect(await store.count()).toBe(0)
      // One line says so, without a stack.
      const abortedLines = () => logged.filter((line) => line.includes('closed the connection before the body was complete'))
      await vi.waitFor(() => expect(abortedLines().length).toBeGreaterThan(0))
      const aborted = abortedLines()
      expect(aborted).toHaveLength(1)
      expect(aborted[0]).toMatch(/^consentry-collector: 127\.0\.0\.1 the client closed the connection before the body was complete$/)
      expect(logged.join('\n')).not.toMatch(/\n\s+at /)
    })

    it('closes a connection whose headers come too slowly, and one request may not outlast the timeout', async () => {
      const { server } = await (async () => {
        await collector.close()
        collector = createCollector({ store, allowedOrigins: [SHOP], log: () => {}, requestTimeoutMs: 600 })
        const listening = await collector.listen(0)
        url = listening.url
        return listening
      })()
      expect(server.headersTimeout).toBe(600)
      expect(server.requestTimeout).toBe(600)
      const port = Number(new URL(url).port)
      // Headers that never end: the server answers 408 and closes (the helper gives up only after 20 s).
      const answer = await rawRequest(port, 'GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ', 20_000)
      expect(answer).toMatch(/^HTTP\/1\.1 408/)
      await start()
      const { server: defaults } = { server: (await collector.listen(0)).server }
      expect(defaults.headersTimeout).toBe(30_000)
      expect(defaults.requestTimeout).toBe(30_000)
      url = 'http://127.0.0.1:' + (defaults.address() as net.AddressInfo).port
    })

    it('caps the connections one address may hold open, and frees the slots when they close', async () => {
      await start({ maxConnectionsPerClient: 3 })
      const port = Number(new URL(url).port)
      const open = (): Promise<net.Socket> =>
        new Promise((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => resolve(socket))
          socket.on('error', () => {})
        })
      const held = await Promise.all([open(), open(), open()])
      const fourth = await open()
      const closed = await new Promise<boolean>((resolve) => {
        fourth.on('close', () => resolve(true))
        fourth.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n')
        fourth.on('data', () => resolve(false))
      })
      expect(closed).toBe(true)
      for (const socket of held) socket.destroy()
      // The server sees the closes in its own time; then the address may connect again.
      await vi.waitFor(async () => expect((await fetch(url + '/health')).status).toBe(200))
    })

    it('throttles wrong read tokens per address (429 after 20 a minute, even for the right one) and logs each', async () => {
      // The clock stands still, so no attempt refills while the test runs.
      clock = Date.now()
      const statuses = []
      for (let index = 0; index < 21; index++)
        statuses.push((await fetch(url + '/receipts?principalId=x', { headers: { Authorization: 'Bearer guess-' + index } })).status)
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true)
      expect(statuses[20]).toBe(429)
      const right = await fetch(url + '/receipts?principalId=x', auth)
      expect(right.status).toBe(429)
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(logged.filter((line) => line.includes('wrong read token from 127.0.0.1'))).toHaveLength(20)
      expect(logged.filter((line) => line.includes('refused (too many wrong tokens)'))).toHaveLength(2)
    })

    it('keeps an audit line for every read and export: who, what, when, and no receipt content', async () => {
      const receipt = makeReceipt()
      await post({ receipts: [receipt] })
      await fetch(url + '/receipts?principalId=' + receipt.principalId, auth)
      await (await fetch(url + '/receipts/export?format=csv&from=2026-01-01', auth)).text()
      await fetch(url + '/records/appi31', auth)
      const audit = logged.filter((line) => line.includes(' audit: '))
      expect(audit).toHaveLength(3)
      for (const line of audit) expect(line).toMatch(/^consentry-collector: audit: \d{4}-\d{2}-\d{2}T\S+Z 127\.0\.0\.1 read /)
      expect(audit[1]).toContain('export ?format=csv&from=2026-01-01')
      expect(logged.join('\n')).not.toContain(receipt.id)
    })

    it('believes X-Forwarded-For only from a trusted proxy, and limits an IPv6 client by its /64', async () => {
      const postFrom = (forwardedFor: string) => post({ receipts: [makeReceipt()] }, { 'X-Forwarded-For': forwardedFor })
      // Not trusted: the header is ignored, so every "client" shares the socket's limit.
      await start({ rateLimitPerMinute: 2 })
      expect([(await postFrom('203.0.113.1')).status, (await postFrom('203.0.113.2')).status, (await postFrom('203.0.113.3')).status]).toEqual([200, 200, 429])
      await start({ rateLimitPerMinute: 2, trustProxy: ['127.0.0.1'] })
      const statuses = [
        (await postFrom('198.51.100.7, 203.0.113.1')).status,
        (await postFrom('203.0.113.1')).status,
        (await postFrom('203.0.113.1')).status,
        (await postFrom('203.0.113.2')).status,
        // One /64: 2001:db8:1:2::/64.
        (await postFrom('2001:db8:1:2::1')).status,
        (await postFrom('2001:db8:1:2:ffff::9')).status,
        (await postFrom('2001:0db8:0001:0002:0:0:0:5')).status,
        (await postFrom('2001:db8:1:3::1')).status,
      ]
      expect(statuses).toEqual([200, 200, 429, 200, 200, 200, 429, 200])
    })

    it('stores an offset timestamp as UTC, so ordering follows real time, and purges by receive time', async () => {
      clock = Date.parse('2026-01-01T00:00:00Z')
      const principalId = 'principal-offsets'
      // 08:00 in Tokyo is 23:00 UTC the day before: earlier than 2026-01-01T00:00Z.
      const tokyo = makeReceipt({ principalId, timestamp: '2026-01-01T08:00:00+09:00' })
      const utc = makeReceipt({ principalId, timestamp: '2026-01-01T00:00:00Z' })
      expect(await (await post({ receipts: [utc, tokyo] })).json()).toMatchObject({ stored: 2 })
      const response = await fetch(url + '/receipts?principalId=' + principalId, auth)
      const listed = await response.json()
      expect(listed.map((r: { id: string }) => r.id)).toEqual([tokyo.id, utc.id])
      // The receipt comes back as it was sent.
      expect(listed[0]).toEqual(tokyo)
      // Both were received at 00:00 UTC: a cutoff between the two decision times purges neither.
      expect(await store.purgeOlderThan(new Date('2025-12-31T23:30:00Z'))).toBe(0)
      expect(await store.purgeOlderThan(new Date('2026-01-01T00:00:01Z'))).toBe(2)
    })

    it('answers 413 for an oversized body and stores nothing', async () => {
      await start({ maxBodyBytes: 10_000 })
      const receipts = Array.from({ length: 20 }, () => makeReceipt())
      const response = await post({ receipts })
      expect(response.status).toBe(413)
      expect(await store.count()).toBe(0)
    })

    it('answers 413 at once for a declared body far over the limit', async () => {
      await start({ maxBodyBytes: 1024 })
      const port = Number(new URL(url).port)
      const answer = await rawRequest(
        port,
        'POST /receipts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{"receipts":[',
      )
      expect(answer).toMatch(/^HTTP\/1\.1 413/)
      expect((await fetch(url + '/health')).status).toBe(200)
      expect(await store.count()).toBe(0)
    })

    it('answers 413 for too many receipts in one request', async () => {
      await start({ maxBatch: 3 })
      const response = await post({ receipts: Array.from({ length: 4 }, () => makeReceipt()) })
      expect(response.status).toBe(413)
      expect(await store.count()).toBe(0)
    })

    it('allows configured origins only, with CORS headers and preflight', async () => {
      const allowed = await post({ receipts: [makeReceipt()] }, { Origin: SHOP })
      expect(allowed.status).toBe(200)
      expect(allowed.headers.get('access-control-allow-origin')).toBe(SHOP)
      const denied = await post({ receipts: [makeReceipt()] }, { Origin: 'https://evil.example' })
      expect(denied.status).toBe(403)
      expect(denied.headers.get('access-control-allow-origin')).toBeNull()
      expect(await store.count()).toBe(1)
      const preflight = await fetch(url + '/receipts', {
        method: 'OPTIONS',
        headers: { Origin: SHOP, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-methods')).toBe('POST')
      const badPreflight = await fetch(url + '/receipts', { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } })
      expect(badPreflight.status).toBe(403)
    })

    it('accepts a sendBeacon body (text/plain) and refuses other content types', async () => {
      const beacon = await post({ receipts: [makeReceipt()] }, { 'Content-Type': 'text/plain;charset=UTF-8' })
      expect(beacon.status).toBe(200)
      const form = await post('receipts=1', { 'Content-Type': 'application/x-www-form-urlencoded' })
      expect(form.status).toBe(415)
      expect(await store.count()).toBe(1)
    })

    it('limits the rate per client', async () => {
      await start({ rateLimitPerMinute: 3 })
      const statuses = []
      for (let index = 0; index < 5; index++) statuses.push((await post({ receipts: [makeReceipt()] })).status)
      expect(statuses).toEqual([200, 200, 200, 429, 429])
      const limited = await post({ receipts: [makeReceipt()] })
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await store.count()).toBe(3)
    })

    it('lets a bearer of the read token fetch one principal\'s receipts, oldest first', async () => {
      clock = Date.parse('2026-01-15T00:00:00.000Z')
      const principalId = 'principal-disclosure'
      const older = makeReceipt({ principalId, timestamp: '2026-01-14T09:00:00.000Z' })
      const newer = makeReceipt({ principalId, timestamp: '2026-01-15T09:00:00.000Z', event: 'changed' })
      await post({ receipts: [newer, older, makeReceipt()] })
      const noToken = await fetch(url + '/receipts?principalId=' + principalId)
      expect(noToken.status).toBe(401)
      const wrong = await fetch(url + '/receipts?principalId=' + principalId, { headers: { Authorization: 'Bearer nope' } })
      expect(wrong.status).toBe(401)
      const response = await fetch(url + '/receipts?principalId=' + principalId, { headers: { Authorization: 'Bearer ' + TOKEN } })
      expect(response.status).toBe(200)
      expect((await response.json()).map((r: { id: string }) => r.id)).toEqual([older.id, newer.id])
      const noPrincipal = await fetch(url + '/receipts', { headers: { Authorization: 'Bearer ' + TOKEN } })
      expect(noPrincipal.status).toBe(400)
    })

    it('turns reads off without a token', async () => {
      await start({ readToken: undefined })
      const response = await fetch(url + '/receipts?principalId=x', { headers: { Authorization: 'Bearer ' } })
      expect(response.status).toBe(403)
    })

    it('exports every receipt as JSONL and as CSV for audits, in receive order', async () => {
      const receipts = []
      for (let index = 0; index < 7; index++) {
        clock = Date.UTC(2026, 0, 1 + index, 9)
        const receipt = makeReceipt({ timestamp: new Date(clock).toISOString(), url: 'https://shop.example/?a=1,b="2"' })
        receipts.push(receipt)
        await post({ receipts: [receipt] })
      }
      const jsonl = await (await fetch(url + '/receipts/export?format=jsonl', auth)).text()
      const lines = jsonl.trim().split('\n').map((line) => JSON.parse(line))
      expect(lines.map((r) => r.id)).toEqual(receipts.map((r) => r.id))
      const csv = await csvOf('/receipts/export?format=csv')
      const rows = csv.trimEnd().split('\r\n')
      expect(rows[0]).toBe('\uFEFFid,timestamp,event,principalId,revision,method,locale,gpc,categories,vendors,noticeHash,url,receivedAt')
      expect(rows).toHaveLength(8)
      expect(rows[1]).toContain('"https://shop.example/?a=1,b=""2"""')
      expect(rows[1]).toMatch(/,"2026-01-01T09:00:00.000Z"$/)
      // The range is of receive days, both included.
      const range = await (await fetch(url + '/receipts/export?format=jsonl&from=2026-01-03&to=2026-01-04', auth)).text()
      expect(range.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual([receipts[2]!.id, receipts[3]!.id])
      expect((await fetch(url + '/receipts/export?format=xml', auth)).status).toBe(400)
      expect((await fetch(url + '/receipts/export?from=soon', auth)).status).toBe(400)
      expect((await fetch(url + '/receipts/export')).status).toBe(401)
    })

    it('neutralises every cell a spreadsheet would read as a formula (OWASP, and the full-width forms)', async () => {
      const starts = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']
      const receipts = starts.map((start) => makeReceipt({ method: start + 'HYPERLINK("https://evil.example")' }))
      expect(await (await post({ receipts })).json()).toMatchObject({ stored: starts.length })
      const csv = await csvOf('/receipts/export?format=csv')
      for (const start of starts) expect(csv).toContain('"' + "'" + start + 'HYPERLINK(""https://evil.example"")"')
      expect(csv.startsWith('\uFEFF')).toBe(true)
    })

    it("purges by the collector's receive time, not by the visitor's clock", async () => {
      const now = Date.UTC(2029, 5, 1)
      clock = now - 1096 * 86_400_000
      const old = makeReceipt({ timestamp: new Date(clock).toISOString() })
      await post({ receipts: [old] })
      // Received two hours inside the retention period.
      clock = now - 1095 * 86_400_000 + 2 * 3_600_000
      const kept = makeReceipt({ timestamp: new Date(clock).toISOString() })
      // A visitor whose clock is 20 hours behind: by its timestamp it would be purged already.
      const slowClock = makeReceipt({ timestamp: new Date(clock - 20 * 3_600_000).toISOString() })
      await post({ receipts: [kept, slowClock] })
      const purge = startRetentionPurge(store, { now: () => now, log: () => {} })
      await purge.done
      purge.stop()
      expect((await scanAll()).map((r) => r.id).sort()).toEqual([kept.id, slowClock.id].sort())
    })

    if (hooks.inspect) {
      it('keeps the database in WAL mode with the receipts columns and durable commits', async () => {
        expect(await store.durability()).toBe('synchronous=FULL')
        const { journalMode, columns } = await hooks.inspect!()
        expect(journalMode).toBe('wal')
        expect(columns).toEqual(['id', 'principal_id', 'event', 'revision', 'received_at', 'timestamp', 'body'])
      })
    }

    it('keeps the APPI Art. 31 confirmation record per recipient, for a period, as JSON and CSV', async () => {
      const recipient = (consentObtained: boolean, country = 'JP') => ({
        id: 'dmp-x', name: 'Sample DMP', category: 'dmp', country, address: 'Tokyo', purpose: 'linking',
        dataItems: ['cookie-id', 'browsing-history'], granted: consentObtained, linksToPersonalData: true,
        appi31: { recipient: 'Sample DMP', dataItems: ['cookie-id', 'browsing-history'], consentObtained },
      })
      const abroad = (consentObtained: boolean, shown: boolean) => ({
        ...recipient(consentObtained, 'US'), id: 'us-dmp', name: 'US DMP',
        appi31: { recipient: 'US DMP', dataItems: ['cookie-id'], consentObtained },
        ...(shown ? { appi28: { shown: true as const, country: 'US', foreignSystemInfoUrl: 'https://x', recipientMeasures: 'm', countryUnknownReason: null } } : {}),
      })
      const at = (day: string) => day + 'T09:00:00.000Z'
      // Each receipt arrives on its decision day; the provision period follows the receive time.
      const receipts = [
          makeReceipt({ principalId: 'p1', timestamp: at('2026-03-01'), recipients: [recipient(true), abroad(true, true)] }),
          makeReceipt({ principalId: 'p2', timestamp: at('2026-03-05'), recipients: [recipient(true), abroad(true, false)] }),
          makeReceipt({ principalId: 'p1', timestamp: at('2026-03-09'), recipients: [recipient(true)] }),
          makeReceipt({ principalId: 'p3', timestamp: at('2026-03-10'), event: 'withdrawn', recipients: [recipient(false)] }),
          makeReceipt({ principalId: 'p4', timestamp: at('2026-04-20'), recipients: [recipient(true)] }),
          makeReceipt({ principalId: 'p5', timestamp: at('2026-03-02'), recipients: [] }),
      ]
      for (const receipt of receipts) {
        clock = Date.parse(receipt.timestamp)
        expect(await (await post({ receipts: [receipt] })).json()).toMatchObject({ stored: 1 })
      }
      const response = await fetch(url + '/records/appi31?from=2026-03-01&to=2026-03-31', auth)
      expect(response.status).toBe(200)
      const records = await response.json()
      expect(records).toEqual([
        {
          recipientId: 'dmp-x', recipient: 'Sample DMP', address: 'Tokyo', country: 'JP',
          dataItems: ['cookie-id', 'browsing-history'], firstProvided: '2026-03-01', lastProvided: '2026-03-09',
          principalsConsented: 2, refusals: 1, art28InformationShown: null, howConfirmed: expect.stringContaining('consent banner'),
          inSiteConfig: null,
        },
        {
          recipientId: 'us-dmp', recipient: 'US DMP', address: 'Tokyo', country: 'US',
          dataItems: ['cookie-id'], firstProvided: '2026-03-01', lastProvided: '2026-03-05',
          principalsConsented: 2, refusals: 0, art28InformationShown: false, howConfirmed: expect.any(String),
          inSiteConfig: null,
        },
      ])
      expect(response.headers.get('consentry-skipped-rows')).toBe('0')
      const csv = await csvOf('/records/appi31?from=2026-03-01&to=2026-03-31&format=csv')
      const rows = csv.trimEnd().split('\r\n')
      expect(rows[0]).toBe('\uFEFFrecipientId,recipient,address,country,dataItems,firstProvided,lastProvided,principalsConsented,refusals,art28InformationShown,howConfirmed,inSiteConfig')
      expect(rows[1]).toMatch(/^"dmp-x","Sample DMP","Tokyo","JP","cookie-id browsing-history","2026-03-01","2026-03-09","2","1",,/)
      const whole = await (await fetch(url + '/records/appi31', auth)).json()
      expect(whole[0].lastProvided).toBe('2026-04-20')
      expect(whole[0].principalsConsented).toBe(3)
      expect((await fetch(url + '/records/appi31')).status).toBe(401)
      expect((await fetch(url + '/records/appi31?from=yesterday', auth)).status).toBe(400)
    })

    it('reports its health cheaply to anyone, and its counts only to a bearer of the token', async () => {
      await post({ receipts: [makeReceipt()] })
      expect(await (await fetch(url + '/health')).json()).toEqual({ ok: true })
      expect(await (await fetch(url + '/health', auth)).json()).toEqual({ ok: true, store: store.kind, durability: await store.durability(), receipts: 1 })
      expect((await fetch(url + '/health', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401)
      await start({ readToken: undefined })
      expect(await (await fetch(url + '/health', auth)).json()).toEqual({ ok: true })
      expect((await fetch(url + '/elsewhere')).status).toBe(404)
    })

    it("names recipients in the Art. 31 record from the site's config, not from receipts, and flags ones it does not know", async () => {
      // A forged receipt: the DMP renamed to a formula and moved to Japan, and a recipient the site never had.
      const forged = {
        ...recipientFor('dmp-x'), name: '=HYPERLINK("https://evil.example")', country: 'JP', address: 'Tokyo',
        appi31: { recipient: '=HYPERLINK("https://evil.example")', dataItems: ['cookie-id'], consentObtained: true },
      }
      const stranger = { ...recipientFor('stranger'), appi31: { recipient: 'Stranger', dataItems: ['email'], consentObtained: true } }
      // The config's DMP is in Japan; make it a US recipient for this test, as the forged one hides.
      const config = validConfig({ vendors: rawConfig().vendors.map((vendor) => (vendor.id === 'dmp-x' ? { ...vendor, country: 'US', address: 'San Francisco', foreignSystemInfoUrl: 'https://x.example', recipientMeasures: 'measures' } : vendor)) })
      await start({ siteConfig: config })
      expect(await (await post({ receipts: [makeReceipt({ recipients: [forged, stranger] })] })).json()).toMatchObject({ stored: 1 })
      const records = await (await fetch(url + '/records/appi31', auth)).json()
      expect(records).toEqual([
        expect.objectContaining({ recipientId: 'dmp-x', recipient: 'Sample DMP', country: 'US', address: 'San Francisco', art28InformationShown: false, inSiteConfig: true }),
        expect.objectContaining({ recipientId: 'stranger', recipient: 'Stranger', inSiteConfig: false }),
      ])
      const csv = await csvOf('/records/appi31?format=csv')
      expect(csv).not.toContain('=HYPERLINK')
      expect(csv.trimEnd().split('\r\n')[2]).toMatch(/,"false"$/)
    })

    it('re-sets the consent cookie a receipt POST carries, with its attributes and the rest of its lifetime (Safari)', async () => {
      clock = Date.parse('2026-06-01T00:00:00Z')
      const decidedAt = clock - 86_400_000
      const value = encodeDecision({ revision: '2025-09-30', decidedAt, granted: ['necessary', 'advertising'], denied: [], vendorsOff: [], gpc: false, id: randomUUID(), user: '' })
      const receipt = () => makeReceipt({ timestamp: new Date(clock!).toISOString() })
      const withCookie = (cookie: string) => post({ receipts: [receipt()] }, { Origin: SHOP, Cookie: 'other=1; consentry=' + cookie })
      await start({ siteConfig: validConfig({ cookie: { name: 'consentry', domain: '.shop.example' } }) })
      const response = await withCookie(value)
      expect(await response.json()).toMatchObject({ stored: 1, cookieRefreshed: true })
      expect(response.headers.get('set-cookie')).toBe('consentry=' + value + ';Path=/;Max-Age=' + 364 * 86_400 + ';SameSite=Lax;Domain=.shop.example;Secure')
      expect(response.headers.get('access-control-allow-credentials')).toBe('true')
      // A returning visitor's browser asks with an empty batch: nothing stored, the cookie re-set.
      const stored = await store.count()
      const refresh = await post({ receipts: [] }, { Origin: SHOP, Cookie: 'consentry=' + value })
      expect(refresh.status).toBe(200)
      expect(await refresh.json()).toEqual({ stored: 0, duplicates: 0, conflicts: [], rejected: [], cookieRefreshed: true })
      expect(refresh.headers.get('set-cookie')).toBe(response.headers.get('set-cookie'))
      expect(await store.count()).toBe(stored)
      // Garbled, of another revision, or expired: left alone, and the answer says so.
      // The last character is the checksum's: changed, it no longer matches.
      const garbled = value.slice(0, -1) + (value.endsWith('x') ? 'y' : 'x')
      const refused = await withCookie(garbled)
      expect(refused.headers.get('set-cookie')).toBeNull()
      expect(await refused.json()).toMatchObject({ stored: 1, cookieRefreshed: false })
      expect((await withCookie(value.replace('2025-09-30', '2024-01-01'))).headers.get('set-cookie')).toBeNull()
      clock = decidedAt + 366 * 86_400_000
      expect((await withCookie(value)).headers.get('set-cookie')).toBeNull()
      // A page on plain http gets a cookie without Secure; without the site's config, none is set.
      clock = decidedAt + 86_400_000
      await start({ siteConfig: validConfig(), allowedOrigins: ['http://shop.example'] })
      const plain = await post({ receipts: [receipt()] }, { Origin: 'http://shop.example', Cookie: 'consentry=' + value })
      expect(plain.headers.get('set-cookie')).toBe('consentry=' + value + ';Path=/;Max-Age=' + 364 * 86_400 + ';SameSite=Lax')
      await start()
      const withoutConfig = await withCookie(value)
      expect(withoutConfig.headers.get('set-cookie')).toBeNull()
      expect(await withoutConfig.json()).not.toHaveProperty('cookieRefreshed')
    })

    it('leaves a malformed stored row out of the Art. 31 record and counts it, never a 500', async () => {
      const recipient = { ...recipientFor('dmp-x'), appi31: { recipient: 'Sample DMP', dataItems: ['cookie-id'], consentObtained: true } }
      // Rows stored before the intake checked every field, written past it straight into the store.
      const poisoned = [
        makeReceipt({ recipients: [null as never] }),
        makeReceipt({ recipients: [{ ...recipient, appi31: { ...recipient.appi31, dataItems: 5 as never } }] }),
        makeReceipt({ recipients: 'none' as never }),
      ]
      await store.insert([...poisoned, makeReceipt({ recipients: [recipient] })], new Date())
      const response = await fetch(url + '/records/appi31', auth)
      expect(response.status).toBe(200)
      expect(response.headers.get('consentry-skipped-rows')).toBe('3')
      expect((await response.json()).map((record: { recipientId: string }) => record.recipientId)).toEqual(['dmp-x'])
      expect((await fetch(url + '/records/appi31?format=csv', auth)).status).toBe(200)
      expect(logged.join('\n')).toContain('left out 3 malformed stored rows')
      // The intake refuses the same rows.
      const answer = await (await post({ receipts: poisoned })).json()
      expect(answer.rejected.map((entry: { index: number }) => entry.index)).toEqual([0, 1, 2])
    })

    it('aggregates the Art. 31 record in the database exactly as a row-by-row count would, a page at a time too, skipping the same malformed rows', async () => {
      const entry = fc.record({ id: fc.constantFrom('x', 'y', 'z'), name: fc.constantFrom('first', 'second'), consent: fc.boolean(), shown: fc.boolean(), items: fc.subarray(['d', 'c', 'b', 'a']) })
      const valid = fc.record({ principal: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'), entries: fc.array(entry, { maxLength: 3 }) }).map(({ principal, entries }) =>
        makeReceipt({
          principalId: principal,
          recipients: entries.map(({ id, name, consent, shown, items }) => ({
            ...recipientFor(id), country: id === 'z' ? 'US' : 'JP',
            appi31: { recipient: 'Recipient ' + id + ' ' + name, dataItems: items, consentObtained: consent },
            ...(shown ? { appi28: { shown: true as const, country: 'US', foreignSystemInfoUrl: null, recipientMeasures: 'm', countryUnknownReason: null } } : {}),
          })),
        }) as unknown as Record<string, unknown>,
      )
      // Rows as they might have been stored before the intake checked everything (any field
      // replaced by any JSON), among valid ones that share principals and recipients.
      const rows = [
        ...fc.sample(mutatedReceipt(fc.jsonValue({ maxDepth: 2 })), { numRuns: 150, seed: 20261201 }),
        ...fc.sample(valid, { numRuns: 150, seed: 20261202 }),
      ].sort((a, b) => (canonicalJson(a) < canonicalJson(b) ? -1 : 1))
      // The columns themselves need an id, a principal and a time.
      const storable = rows.filter((row) => typeof row.id === 'string' && typeof row.principalId === 'string' && typeof row.timestamp === 'string' && !Number.isNaN(Date.parse(row.timestamp)))
      let receivedAt = Date.parse('2026-01-01T00:00:00Z')
      // Three rows at a time share a receive time, so pages also split between rows of one instant.
      for (let index = 0; index < storable.length; index += 3) await store.insert(storable.slice(index, index + 3) as never, new Date((receivedAt += 3_600_000)))
      const range = { from: new Date('2026-01-03T00:00:00Z'), to: new Date('2026-01-08T00:00:00Z') }
      for (const part of [{}, range]) {
        const expected = await tallyRows(store.scan(part))
        expect(expected.skipped).toBeGreaterThan(0)
        expect(expected.tallies.map((tally) => tally.recipientId).sort()).toEqual(['dmp-x', 'x', 'y', 'z'])
        for (const pageSize of [undefined, 7, 1]) expect(await store.appi31Tallies(part, pageSize)).toEqual(expected)
      }
    }, 60_000)

    it('reads a one-day range through the receive-time index, not by scanning every row', async () => {
      const plan = await hooks.scanPlan(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T23:59:59.999Z'))
      // SQLite: "SEARCH receipts USING INDEX receipts_received (received_at>? AND received_at<?)";
      // PostgreSQL: an index scan of receipts_received whose Index Cond bounds received_at.
      expect(plan).toMatch(/SEARCH receipts USING INDEX receipts_received \(received_at>\? AND received_at<\?\)|Index Scan using receipts_received[^]*Index Cond: \(\(received_at >= [^]*received_at <= /)
      expect(plan).not.toMatch(/SCAN receipts\b|Seq Scan/)
    })

    it('lets other requests run between the pages of an export, even when its reader keeps up', async () => {
      const receipts = Array.from({ length: 20 }, () => makeReceipt())
      await store.insert(receipts, new Date())
      let read = 0
      // A request waiting for the next turn of the event loop gets it before the last page is read.
      const readWhenOthersRan = new Promise((resolve) => setImmediate(() => resolve(read)))
      // A reader that takes each row at once, never applying back-pressure.
      for await (const _row of store.scan({}, 2)) read++
      expect(await readWhenOthersRan).toBeLessThan(receipts.length)
      expect(read).toBe(receipts.length)
    })

    it('lets other requests run while the Art. 31 record is aggregated', async () => {
      const recipient = { ...recipientFor('dmp-x'), appi31: { recipient: 'Sample DMP', dataItems: ['cookie-id'], consentObtained: true } }
      await store.insert(Array.from({ length: 20 }, () => makeReceipt({ recipients: [recipient] })), new Date())
      let finished = false
      const aggregated = store.appi31Tallies({}, 2).then((tallies) => ((finished = true), tallies))
      // A request waiting for the next turn of the event loop gets it before the record is done.
      const finishedWhenOthersRan = await new Promise((resolve) => setImmediate(() => resolve(finished)))
      expect(finishedWhenOthersRan).toBe(false)
      expect((await aggregated).tallies[0]!.principalsConsented).toBe(20)
    })

    it('fuzz: any receipt is stored exactly as sent or rejected with its problems, never a 500, never half-stored', async () => {
      const hostile = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom('\u0000', 'a\ud800', '\udfffb', '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59Z', '=1+2', 'x'.repeat(20_000)),
        fc.integer({ min: 1, max: 40 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth))),
      )
      await fc.assert(
        fc.asyncProperty(fc.array(mutatedReceipt(hostile), { minLength: 1, maxLength: 3 }), async (receipts) => {
          const response = await post({ receipts })
          expect(response.status).toBe(200)
          const answer = await response.json()
          expect(answer.stored + answer.duplicates + answer.conflicts.length + answer.rejected.length).toBe(receipts.length)
          const refused = new Set(answer.rejected.map((entry: { index: number }) => entry.index))
          for (const [index, receipt] of receipts.entries()) {
            const id = typeof receipt.id === 'string' ? receipt.id.toLowerCase() : null
            const stored = id ? (await store.byPrincipal(String(receipt.principalId))).find((r) => r.id === id) : undefined
            if (refused.has(index)) {
              expect(stored).toBeUndefined()
              expect(answer.rejected.find((entry: { index: number }) => entry.index === index).problems.length).toBeGreaterThan(0)
            } else if (!answer.conflicts.some((entry: { index: number }) => entry.index === index)) {
              // What comes back is what was sent, with the id in lower case.
              expect(canonicalJson(stored)).toBe(canonicalJson({ ...JSON.parse(JSON.stringify(receipt)), id }))
            }
          }
          expect((await fetch(url + '/health')).status).toBe(200)
        }),
        { numRuns: 150, seed: 20261201 },
      )
    }, 120_000)

    it('keeps every acknowledged receipt under a bounded concurrent load (50 clients × 200 receipts)', async () => {
      const CLIENTS = 50
      const PER_CLIENT = 200
      const BATCH = 20
      let acknowledged = 0
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          for (let sent = 0; sent < PER_CLIENT; sent += BATCH) {
            const response = await post({ receipts: Array.from({ length: BATCH }, () => makeReceipt()) })
            if (response.status === 200) acknowledged += (await response.json()).stored
          }
        }),
      )
      expect(acknowledged).toBe(CLIENTS * PER_CLIENT)
      expect(await store.count()).toBe(acknowledged)
    }, 60_000)
  })
}
