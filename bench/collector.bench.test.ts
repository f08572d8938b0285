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
 * single receipts; their latencies during the export are the figures.
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
import { makeReceipt } from '../test/collector/receipts.js'
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

const results: Result[] = []
const exportResults: ExportResult[] = []
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

/** Fills the store with EXPORT_ROWS receipts, straight through the store (the export is what is measured). */
async function fill(store: ReceiptStore) {
  for (let done = 0; done < EXPORT_ROWS; done += 1000) {
    const count = Math.min(1000, EXPORT_ROWS - done)
    await store.insert(Array.from({ length: count }, () => makeReceipt()), new Date())
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Streams an export to a fast or a slow reader while /health and single-receipt POSTs are timed. */
async function measureExport(label: string, store: ReceiptStore, reader: 'fast' | 'slow'): Promise<ExportResult> {
  const collector = createCollector({ store, allowedOrigins: [], readToken: TOKEN, rateLimitPerMinute: 100_000_000, log: () => {} })
  const { url } = await collector.listen(0, '127.0.0.1')
  const health: number[] = []
  const posts: number[] = []
  let exporting = true
  const timed = async (into: number[], request: () => Promise<Response>) => {
    while (exporting) {
      const sent = performance.now()
      await (await request()).arrayBuffer()
      if (exporting) into.push(performance.now() - sent)
      await sleep(20)
    }
  }
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
    const polls = [
      timed(health, () => fetch(url + '/health')),
      timed(posts, () => fetch(url + '/receipts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ receipts: [makeReceipt()] }) })),
    ]
    const exportedBytes = await exported
    const seconds = (performance.now() - started) / 1000
    exporting = false
    await Promise.all(polls)
    health.sort((a, b) => a - b)
    posts.sort((a, b) => a - b)
    return {
      store: label,
      reader,
      rows: EXPORT_ROWS,
      exportedBytes,
      seconds: round(seconds, 2),
      healthRequests: health.length,
      healthP50Ms: round(percentile(health, 50)),
      healthP99Ms: round(percentile(health, 99)),
      healthMaxMs: round(health[health.length - 1] ?? 0),
      posts: posts.length,
      postP50Ms: round(percentile(posts, 50)),
      postP99Ms: round(percentile(posts, 99)),
      postMaxMs: round(posts[posts.length - 1] ?? 0),
    }
  } finally {
    await collector.close()
  }
}

async function measureExports(label: string, store: ReceiptStore) {
  await fill(store)
  for (const reader of ['fast', 'slow'] as const) exportResults.push(await measureExport(label, store, reader))
}

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
      'health n': r.healthRequests,
      'health p50': r.healthP50Ms,
      'health p99': r.healthP99Ms,
      'health max': r.healthMaxMs,
      'POST n': r.posts,
      'POST p50': r.postP50Ms,
      'POST p99': r.postP99Ms,
      'POST max': r.postMaxMs,
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
