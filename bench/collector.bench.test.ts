/// <reference types="node" />
/**
 * Receipt collector throughput on loopback, per store. Prints a table and writes
 * bench/results/collector.json. Reports numbers only; it asserts nothing about speed.
 *
 *   npm run bench:collector
 *   DATABASE_URL=postgres://… npm run bench:collector   (adds PostgreSQL)
 *
 * BENCH_CLIENTS, BENCH_REQUESTS and BENCH_BATCH change the load (default 20 × 100 × 10).
 * Writes are durable (SQLite synchronous=FULL, PostgreSQL synchronous_commit=on). Then
 * BENCH_EXPORT_ROWS receipts (default 100,000) are exported as JSONL to a fast reader and to a
 * slow one (BENCH_SLOW_SECONDS, default 5), while one client polls /health and another posts
 * single receipts; their latencies during the export are the figures. Last, the APPI Art. 31
 * record of those receipts is aggregated, with the same two clients timed meanwhile.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { afterAll, expect, it } from 'vitest'
import { createCollector, createPostgresStore, createSqliteStore, type ReceiptStore } from '../src/collector/index.js'
import { makeReceipt, recipientFor } from '../test/collector/receipts.js'
import { positive } from './env.js'

const CLIENTS = positive('BENCH_CLIENTS', 20)
const REQUESTS = positive('BENCH_REQUESTS', 100)
const BATCH = positive('BENCH_BATCH', 10)
const WARMUP_REQUESTS = 20
const EXPORT_ROWS = positive('BENCH_EXPORT_ROWS', 100_000)
const SLOW_SECONDS = positive('BENCH_SLOW_SECONDS', 5)
const TOKEN = 'bench-read-token-0123456789'

interface Result {
  store: string
  clients: number
  requests: number
  receiptsPerRequest: number
  acknowledged: number
  failedRequests: number
  seconds: number
  receiptsPerSecond: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

interface ExportResult {
  store: string
  reader: 'fast' | 'slow'
  rows: number
  exportedBytes: number
  seconds: number
  healthRequests: number
  healthP50Ms: number
  healthP99Ms: number
  healthMaxMs: number
  posts: number
  postP50Ms: number
  postP99Ms: number
  postMaxMs: number
}

type Appi31Result = Omit<ExportResult, 'reader' | 'exportedBytes'>

const results: Result[] = []
const exportResults: ExportResult[] = []
const appi31Results: Appi31Result[] = []
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places

async function measure(label: string, store: ReceiptStore): Promise<Result> {
  const collector = createCollector({ store, allowedOrigins: [], rateLimitPerMinute: 100_000_000, maxBatch: Math.max(500, BATCH), log: () => {} })
  const { url } = await collector.listen(0, '127.0.0.1')
  const post = (count: number) =>
    fetch(url + '/receipts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ receipts: Array.from({ length: count }, () => makeReceipt()) }),
    })
  try {
    // Warm up connections, prepared statements and the JIT; these receipts are not counted.
    for (let index = 0; index < WARMUP_REQUESTS; index++) await (await post(BATCH)).arrayBuffer()
    const latencies: number[] = []
    let acknowledged = 0
    let failedRequests = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let index = 0; index < REQUESTS; index++) {
          // Build the body before the clock starts: the client's work is not the collector's.
          const body = JSON.stringify({ receipts: Array.from({ length: BATCH }, () => makeReceipt()) })
          const sent = performance.now()
          const response = await fetch(url + '/receipts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
          const answer = (await response.json()) as { stored?: number }
          latencies.push(performance.now() - sent)
          if (response.status === 200) acknowledged += answer.stored ?? 0
          else failedRequests++
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    return {
      store: label,
      clients: CLIENTS,
      requests: CLIENTS * REQUESTS,
      receiptsPerRequest: BATCH,
      acknowledged,
      failedRequests,
      seconds: round(seconds, 3),
      receiptsPerSecond: Math.round(acknowledged / seconds),
      requestsPerSecond: Math.round((CLIENTS * REQUESTS) / seconds),
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
      maxMs: round(latencies[latencies.length - 1] ?? 0),
    }
  } finally {
    await collector.close()
  }
}

// Recipients as the demo shop's receipts list them: a DMP that links to personal data (Art. 31)
// and one abroad (Art. 28), so the Art. 31 record has entries to aggregate.
const recipients = (consentObtained: boolean) => [
  { ...recipientFor('dmp-x'), appi31: { recipient: 'Sample DMP', dataItems: ['cookie-id', 'browsing-history'], consentObtained } },
  {
    ...recipientFor('us-dmp'), country: 'US',
    appi31: { recipient: 'US DMP', dataItems: ['cookie-id'], consentObtained },
    appi28: { shown: true as const, country: 'US', foreignSystemInfoUrl: null, recipientMeasures: 'm', countryUnknownReason: null },
  },
]

/**
 * Fills the store with EXPORT_ROWS receipts from 20,000 browsers, one in seven a refusal,
 * straight through the store (the reads are what is measured). Returns how many browsers consented.
 */
async function fill(store: ReceiptStore): Promise<number> {
  const consented = new Set<string>()
  for (let done = 0; done < EXPORT_ROWS; done += 1000) {
    const receipts = Array.from({ length: Math.min(1000, EXPORT_ROWS - done) }, (_, index) => {
      const principalId = 'principal-' + ((done + index) % 20_000)
      const consent = (done + index) % 7 !== 0
      if (consent) consented.add(principalId)
      return makeReceipt({ principalId, recipients: recipients(consent) })
    })
    await store.insert(receipts, new Date())
  }
  return consented.size
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Latencies {
  health: number[]
  posts: number[]
}

/** Times /health and single-receipt POSTs, one client each, until the returned stop() is called. */
function pollWhile(url: string) {
  const latencies: Latencies = { health: [], posts: [] }
  let running = true
  const timed = async (into: number[], request: () => Promise<Response>) => {
    while (running) {
      const sent = performance.now()
      await (await request()).arrayBuffer()
      if (running) into.push(performance.now() - sent)
      await sleep(20)
    }
  }
  const polls = [
    timed(latencies.health, () => fetch(url + '/health')),
    timed(latencies.posts, () => fetch(url + '/receipts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ receipts: [makeReceipt()] }) })),
  ]
  return async () => {
    running = false
    await Promise.all(polls)
    latencies.health.sort((a, b) => a - b)
    latencies.posts.sort((a, b) => a - b)
    return latencies
  }
}

const latencyFigures = ({ health, posts }: Latencies) => ({
  healthRequests: health.length,
  healthP50Ms: round(percentile(health, 50)),
  healthP99Ms: round(percentile(health, 99)),
  healthMaxMs: round(health[health.length - 1] ?? 0),
  posts: posts.length,
  postP50Ms: round(percentile(posts, 50)),
  postP99Ms: round(percentile(posts, 99)),
  postMaxMs: round(posts[posts.length - 1] ?? 0),
})

/** Streams an export to a fast or a slow reader while /health and single-receipt POSTs are timed. */
async function measureExport(label: string, store: ReceiptStore, reader: 'fast' | 'slow'): Promise<ExportResult> {
  const collector = createCollector({ store, allowedOrigins: [], readToken: TOKEN, rateLimitPerMinute: 100_000_000, log: () => {} })
  const { url } = await collector.listen(0, '127.0.0.1')
  try {
    const started = performance.now()
    const controller = new AbortController()
    const exported = (async () => {
      const response = await fetch(url + '/receipts/export?format=jsonl', { headers: { Authorization: 'Bearer ' + TOKEN }, signal: controller.signal })
      let bytes = 0
      const body = response.body!.getReader()
      try {
        for (;;) {
          const { done, value } = await body.read()
          if (done) break
          bytes += value.length
          if (reader === 'slow') {
            // A reader on a slow line: a pause after every chunk, cut off after SLOW_SECONDS.
            if (performance.now() - started > SLOW_SECONDS * 1000) break
            await sleep(5)
          }
        }
      } finally {
        controller.abort()
      }
      return bytes
    })()
    const stop = pollWhile(url)
    const exportedBytes = await exported
    const seconds = (performance.now() - started) / 1000
    return { store: label, reader, rows: EXPORT_ROWS, exportedBytes, seconds: round(seconds, 2), ...latencyFigures(await stop()) }
  } finally {
    await collector.close()
  }
}

/** The Art. 31 record of every stored receipt, while /health and single-receipt POSTs are timed. */
async function measureAppi31(label: string, store: ReceiptStore, consented: number): Promise<Appi31Result> {
  const collector = createCollector({ store, allowedOrigins: [], readToken: TOKEN, rateLimitPerMinute: 100_000_000, log: () => {} })
  const { url } = await collector.listen(0, '127.0.0.1')
  try {
    const started = performance.now()
    const stop = pollWhile(url)
    const response = await fetch(url + '/records/appi31', { headers: { Authorization: 'Bearer ' + TOKEN } })
    const records = (await response.json()) as Array<{ principalsConsented: number }>
    const seconds = (performance.now() - started) / 1000
    // Not a timing check: the figures mean nothing if the record is wrong.
    expect(response.status).toBe(200)
    expect(records.map((record) => record.principalsConsented)).toEqual([consented, consented])
    return { store: label, rows: EXPORT_ROWS, seconds: round(seconds, 2), ...latencyFigures(await stop()) }
  } finally {
    await collector.close()
  }
}

async function measureExports(label: string, store: ReceiptStore) {
  const consented = await fill(store)
  for (const reader of ['fast', 'slow'] as const) exportResults.push(await measureExport(label, store, reader))
  appi31Results.push(await measureAppi31(label, store, consented))
}

const latencyColumns = (r: ReturnType<typeof latencyFigures>) => ({
  'health n': r.healthRequests,
  'health p50': r.healthP50Ms,
  'health p99': r.healthP99Ms,
  'health max': r.healthMaxMs,
  'POST n': r.posts,
  'POST p50': r.postP50Ms,
  'POST p99': r.postP99Ms,
  'POST max': r.postMaxMs,
})

afterAll(() => {
  if (!results.length) return
  console.log('\nCollector: ' + CLIENTS + ' clients × ' + REQUESTS + ' requests × ' + BATCH + ' receipts, loopback')
  console.table(
    results.map((r) => ({
      store: r.store,
      'receipts/s': r.receiptsPerSecond,
      'requests/s': r.requestsPerSecond,
      'p50 ms': r.p50Ms,
      'p99 ms': r.p99Ms,
      'max ms': r.maxMs,
      acknowledged: r.acknowledged,
      failed: r.failedRequests,
      seconds: r.seconds,
    })),
  )
  console.log('\nWhile ' + EXPORT_ROWS.toLocaleString('en') + ' receipts stream as JSONL (slow reader cut off after ' + SLOW_SECONDS + ' s): /health and single-receipt POST latency')
  console.table(
    exportResults.map((r) => ({
      store: r.store,
      reader: r.reader,
      'export s': r.seconds,
      MB: round(r.exportedBytes / 1e6, 1),
      ...latencyColumns(r),
    })),
  )
  console.log('\nThe Art. 31 record of ' + EXPORT_ROWS.toLocaleString('en') + ' receipts (two Art. 31 recipients each): /health and single-receipt POST latency meanwhile')
  console.table(
    appi31Results.map((r) => ({
      store: r.store,
      'record s': r.seconds,
      ...latencyColumns(r),
    })),
  )
  const directory = fileURLToPath(new URL('./results/', import.meta.url))
  mkdirSync(directory, { recursive: true })
  const file = join(directory, 'collector.json')
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: process.platform + ' ' + process.arch,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    load: { clients: CLIENTS, requestsPerClient: REQUESTS, receiptsPerRequest: BATCH },
    results,
    duringExport: exportResults,
    duringAppi31Record: appi31Results,
  }
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
  console.log('written: ' + file)
})

it('SQLite (WAL, synchronous=FULL, temporary file)', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'consentry-bench-'))
  const store = createSqliteStore(join(directory, 'receipts.db'))
  try {
    const result = await measure('sqlite ' + (await store.durability()), store)
    results.push(result)
    // Not a timing check: the numbers mean nothing if receipts went missing.
    expect(await store.count()).toBe(result.acknowledged + WARMUP_REQUESTS * BATCH)
    await measureExports('sqlite', store)
  } finally {
    await store.close()
    rmSync(directory, { recursive: true, force: true })
  }
})

// The same store on tmpfs, where a sync costs next to nothing: the difference to the run above is what syncing to disk costs.
it.skipIf(!existsSync('/dev/shm'))('SQLite on tmpfs (/dev/shm), for the cost of the syncs', async () => {
  const directory = mkdtempSync(join('/dev/shm', 'consentry-bench-'))
  const store = createSqliteStore(join(directory, 'receipts.db'))
  try {
    const result = await measure('sqlite on tmpfs', store)
    results.push(result)
    expect(await store.count()).toBe(result.acknowledged + WARMUP_REQUESTS * BATCH)
  } finally {
    await store.close()
    rmSync(directory, { recursive: true, force: true })
  }
})

it.skipIf(!process.env.DATABASE_URL)('PostgreSQL (DATABASE_URL, a schema of its own)', async () => {
  const url = process.env.DATABASE_URL!
  const schema = 'consentry_bench_' + randomBytes(6).toString('hex')
  const store = await createPostgresStore(url, { schema, log: () => {} })
  try {
    const result = await measure('postgres ' + (await store.durability()), store)
    results.push(result)
    expect(await store.count()).toBe(result.acknowledged + WARMUP_REQUESTS * BATCH)
    await measureExports('postgres', store)
  } finally {
    await store.close()
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await client.end()
  }
})
