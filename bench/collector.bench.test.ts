/// <reference types="node" />
/**
 * Receipt collector throughput on loopback, per store. Prints a table and writes
 * bench/results/collector.json. Reports numbers only; it asserts nothing about speed.
 *
 *   npm run bench:collector
 *   DATABASE_URL=postgres://… npm run bench:collector   (adds PostgreSQL)
 *
 * BENCH_CLIENTS, BENCH_REQUESTS and BENCH_BATCH change the load (default 20 × 100 × 10).
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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

const results: Result[] = []
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
  }
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
  console.log('written: ' + file)
})

it('SQLite (WAL, temporary file)', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'consentry-bench-'))
  const store = createSqliteStore(join(directory, 'receipts.db'))
  try {
    const result = await measure('sqlite', store)
    results.push(result)
    // Not a timing check: the numbers mean nothing if receipts went missing.
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
    const result = await measure('postgres', store)
    results.push(result)
    expect(await store.count()).toBe(result.acknowledged + WARMUP_REQUESTS * BATCH)
  } finally {
    await store.close()
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await client.end()
  }
})
