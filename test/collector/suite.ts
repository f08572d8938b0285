/// <reference types="node" />
import net from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCollector, startRetentionPurge, type ReceiptStore } from '../../src/collector/index.js'
import { makeReceipt } from './receipts.js'

const SHOP = 'https://shop.example'
const TOKEN = 'read-token-0123456789'

export interface SuiteHooks {
  /** Empties the store before each test. */
  reset: () => Promise<void>
  /** Removes what the suite created (files, schemas) after the last test. */
  teardown?: () => Promise<void>
  /** Looks at the database directly (journal mode, columns), where the store allows it. */
  inspect?: () => Promise<{ journalMode: unknown; columns: string[] }>
}

/** Sends raw bytes and returns what the server answered (until it closes or 2 s pass). */
function rawRequest(port: number, text: string) {
  return new Promise<string>((resolve) => {
    let answer = ''
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text))
    socket.on('data', (chunk) => (answer += chunk))
    socket.on('close', () => resolve(answer))
    socket.on('error', () => resolve(answer))
    setTimeout(() => socket.destroy(), 2000)
  })
}

/** The same behaviour, asserted against every store. */
export function collectorSuite(name: string, openStore: () => Promise<ReceiptStore>, hooks: SuiteHooks) {
  describe(name + ' collector', () => {
    let store: ReceiptStore
    let url = ''
    let collector: ReturnType<typeof createCollector>

    const start = async (options: Partial<Parameters<typeof createCollector>[0]> = {}) => {
      await collector?.close()
      collector = createCollector({ store, allowedOrigins: [SHOP], readToken: TOKEN, rateLimitPerMinute: 100_000, log: () => {}, ...options })
      url = (await collector.listen(0)).url
    }
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(url + '/receipts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })

    beforeAll(async () => {
      store = await openStore()
    })
    afterAll(async () => {
      await collector?.close()
      await store?.close()
      await hooks.teardown?.()
    })
    beforeEach(async () => {
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
      expect(await response.json()).toEqual({ stored: 2, duplicates: 0 })
      expect(await store.count()).toBe(2)
    })

    it('stores a duplicate id once', async () => {
      const receipts = [makeReceipt(), makeReceipt()]
      await post({ receipts })
      const again = await post({ receipts: [...receipts, receipts[0]] })
      expect(await again.json()).toEqual({ stored: 0, duplicates: 3 })
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
      ['an empty batch', { receipts: [] }],
    ])('answers 400 for %s', async (_what, body) => {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect((await response.json()).error).toMatch(/receipts/)
    })

    it('rejects the whole batch when one receipt has a wrong type or a missing field, naming each', async () => {
      const bad = makeReceipt({ gpc: 'no' as never })
      const missing: Record<string, unknown> = { ...makeReceipt() }
      delete missing.noticeHash
      const response = await post({ receipts: [makeReceipt(), bad, missing, makeReceipt({ id: 'not-a-uuid' })] })
      expect(response.status).toBe(400)
      const body = await response.json()
      expect(body.problems).toEqual([
        'receipts[1].gpc must be true or false',
        'receipts[2].noticeHash is required',
        'receipts[3].id must be a UUID',
      ])
      expect(await store.count()).toBe(0)
    })

    it('lists every problem of a batch, not only the first ones', async () => {
      const receipts = Array.from({ length: 60 }, () => makeReceipt({ gpc: 'yes' as never }))
      const response = await post({ receipts })
      expect(response.status).toBe(400)
      const body = await response.json()
      expect(body.problems).toHaveLength(60)
      expect(body.problems[59]).toBe('receipts[59].gpc must be true or false')
      expect(body.error).toContain('receipts[0].gpc')
      expect(await store.count()).toBe(0)
    })

    it.each([
      ['null', null],
      ['a number', 42],
      ['an array', [makeReceipt()]],
      ['a batch holding null', { receipts: [null] }],
    ])('answers 400 for a body that is %s and keeps serving', async (_what, body) => {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect((await response.json()).error).toMatch(/receipts/)
      expect((await fetch(url + '/health')).status).toBe(200)
      expect(await store.count()).toBe(0)
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
    })

    it('stores an offset timestamp as UTC, so ordering and purging follow real time', async () => {
      const principalId = 'principal-offsets'
      // 08:00 in Tokyo is 23:00 UTC the day before: earlier than 2026-01-01T00:00Z.
      const tokyo = makeReceipt({ principalId, timestamp: '2026-01-01T08:00:00+09:00' })
      const utc = makeReceipt({ principalId, timestamp: '2026-01-01T00:00:00Z' })
      expect((await post({ receipts: [utc, tokyo] })).status).toBe(200)
      const response = await fetch(url + '/receipts?principalId=' + principalId, { headers: { Authorization: 'Bearer ' + TOKEN } })
      const listed = await response.json()
      expect(listed.map((r: { id: string }) => r.id)).toEqual([tokyo.id, utc.id])
      // The receipt comes back as it was sent.
      expect(listed[0]).toEqual(tokyo)
      expect(await store.purgeOlderThan(new Date('2025-12-31T23:30:00Z'))).toBe(1)
      expect((await store.byPrincipal(principalId)).map((r) => r.id)).toEqual([utc.id])
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
      const principalId = 'principal-disclosure'
      const older = makeReceipt({ principalId, timestamp: '2026-01-01T00:00:00.000Z' })
      const newer = makeReceipt({ principalId, timestamp: '2026-02-01T00:00:00.000Z', event: 'changed' })
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

    it('exports every receipt as JSONL and as CSV for audits', async () => {
      const receipts = Array.from({ length: 7 }, (_, index) =>
        makeReceipt({ timestamp: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(), url: 'https://shop.example/?a=1,b="2"' }),
      )
      await post({ receipts })
      const auth = { headers: { Authorization: 'Bearer ' + TOKEN } }
      const jsonl = await (await fetch(url + '/receipts/export?format=jsonl', auth)).text()
      const lines = jsonl.trim().split('\n').map((line) => JSON.parse(line))
      expect(lines.map((r) => r.id)).toEqual(receipts.map((r) => r.id))
      const csv = await (await fetch(url + '/receipts/export?format=csv', auth)).text()
      const rows = csv.trim().split('\r\n')
      expect(rows[0]).toBe('id,timestamp,event,principalId,revision,method,locale,gpc,categories,vendors,noticeHash,url')
      expect(rows).toHaveLength(8)
      expect(rows[1]).toContain('"https://shop.example/?a=1,b=""2"""')
      expect((await fetch(url + '/receipts/export?format=xml', auth)).status).toBe(400)
      expect((await fetch(url + '/receipts/export')).status).toBe(401)
    })

    it('purges receipts older than the retention period and keeps the rest', async () => {
      const now = Date.UTC(2029, 5, 1)
      const old = makeReceipt({ timestamp: new Date(now - 1096 * 86_400_000).toISOString() })
      const kept = makeReceipt({ timestamp: new Date(now - 1094 * 86_400_000).toISOString() })
      await post({ receipts: [old, kept] })
      const purge = startRetentionPurge(store, { now: () => now, log: () => {} })
      await purge.done
      purge.stop()
      expect(await store.count()).toBe(1)
      const rest: string[] = []
      for await (const receipt of store.scan()) rest.push(receipt.id)
      expect(rest).toEqual([kept.id])
    })

    if (hooks.inspect) {
      it('keeps the database in WAL mode with the receipts columns', async () => {
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
      await post({
        receipts: [
          makeReceipt({ principalId: 'p1', timestamp: at('2026-03-01'), recipients: [recipient(true), abroad(true, true)] }),
          makeReceipt({ principalId: 'p2', timestamp: at('2026-03-05'), recipients: [recipient(true), abroad(true, false)] }),
          makeReceipt({ principalId: 'p1', timestamp: at('2026-03-09'), recipients: [recipient(true)] }),
          makeReceipt({ principalId: 'p3', timestamp: at('2026-03-10'), event: 'withdrawn', recipients: [recipient(false)] }),
          makeReceipt({ principalId: 'p4', timestamp: at('2026-04-20'), recipients: [recipient(true)] }),
          makeReceipt({ principalId: 'p5', timestamp: at('2026-03-02'), recipients: [] }),
        ],
      })
      const auth = { headers: { Authorization: 'Bearer ' + TOKEN } }
      const response = await fetch(url + '/records/appi31?from=2026-03-01&to=2026-03-31', auth)
      expect(response.status).toBe(200)
      const records = await response.json()
      expect(records).toEqual([
        {
          recipientId: 'dmp-x', recipient: 'Sample DMP', address: 'Tokyo', country: 'JP',
          dataItems: ['cookie-id', 'browsing-history'], firstProvided: '2026-03-01', lastProvided: '2026-03-09',
          principalsConsented: 2, refusals: 1, art28InformationShown: null, howConfirmed: expect.stringContaining('consent banner'),
        },
        {
          recipientId: 'us-dmp', recipient: 'US DMP', address: 'Tokyo', country: 'US',
          dataItems: ['cookie-id'], firstProvided: '2026-03-01', lastProvided: '2026-03-05',
          principalsConsented: 2, refusals: 0, art28InformationShown: false, howConfirmed: expect.any(String),
        },
      ])
      const csv = await (await fetch(url + '/records/appi31?from=2026-03-01&to=2026-03-31&format=csv', auth)).text()
      const rows = csv.trim().split('\r\n')
      expect(rows[0]).toBe('recipientId,recipient,address,country,dataItems,firstProvided,lastProvided,principalsConsented,refusals,art28InformationShown,howConfirmed')
      expect(rows[1]).toMatch(/^dmp-x,Sample DMP,Tokyo,JP,cookie-id browsing-history,2026-03-01,2026-03-09,2,1,,/)
      const whole = await (await fetch(url + '/records/appi31', auth)).json()
      expect(whole[0].lastProvided).toBe('2026-04-20')
      expect(whole[0].principalsConsented).toBe(3)
      expect((await fetch(url + '/records/appi31')).status).toBe(401)
      expect((await fetch(url + '/records/appi31?from=yesterday', auth)).status).toBe(400)
    })

    it('reports its health', async () => {
      await post({ receipts: [makeReceipt()] })
      expect(await (await fetch(url + '/health')).json()).toEqual({ ok: true, store: store.kind, receipts: 1 })
      expect((await fetch(url + '/elsewhere')).status).toBe(404)
    })

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
