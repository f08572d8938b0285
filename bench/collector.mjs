// npm run bench:collector — receipts per second acknowledged, and request latency, for each store.
// Loopback only, bounded in requests. PostgreSQL runs when DATABASE_URL is set.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { createCollector, createPostgresStore, createSqliteStore } from '../dist/collector/index.js'

const CLIENTS = 20
const REQUESTS_PER_CLIENT = 100
const BATCH = 10

function receipt() {
  const now = new Date().toISOString()
  return {
    id: randomUUID(), event: 'given', timestamp: now, principalId: randomUUID(), revision: '2025-09-30',
    categories: { necessary: true, advertising: true }, vendors: { sift: true }, method: 'accept-all', locale: 'ja',
    gpc: false, noticeHash: 'a'.repeat(64), url: 'https://shop.example/', schemaVersion: 'consentry-receipt/1',
    notice: {}, controller: {}, purposes: [], recipients: [], retention: 'P1095D', validUntil: now,
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function run(name, store) {
  const collector = createCollector({ store, allowedOrigins: [], rateLimitPerMinute: 10_000_000, log: () => {} })
  const { url } = await collector.listen(0)
  const latencies = []
  let acknowledged = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let index = 0; index < REQUESTS_PER_CLIENT; index++) {
        const body = JSON.stringify({ receipts: Array.from({ length: BATCH }, receipt) })
        const sent = performance.now()
        const response = await fetch(url + '/receipts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
        const answer = await response.json()
        latencies.push(performance.now() - sent)
        if (response.ok) acknowledged += answer.stored
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const stored = await store.count()
  await collector.close()
  await store.close()
  latencies.sort((a, b) => a - b)
  return {
    store: name,
    receiptsPerSecond: Math.round(acknowledged / seconds),
    requests: latencies.length,
    p50Ms: +percentile(latencies, 50).toFixed(1),
    p99Ms: +percentile(latencies, 99).toFixed(1),
    acknowledged,
    stored,
  }
}

const directory = mkdtempSync(join(tmpdir(), 'consentry-bench-'))
const results = [await run('SQLite (WAL)', createSqliteStore(join(directory, 'bench.db')))]
if (process.env.DATABASE_URL) {
  const store = await createPostgresStore(process.env.DATABASE_URL)
  await store.purgeOlderThan(new Date('9999-12-31T23:59:59Z'))
  results.push(await run('PostgreSQL', store))
}
rmSync(directory, { recursive: true, force: true })

console.log(`\n${CLIENTS} clients × ${REQUESTS_PER_CLIENT} requests × ${BATCH} receipts on loopback, Node ${process.version}\n`)
console.table(results)
const out = new URL('./results/', import.meta.url)
mkdirSync(out, { recursive: true })
writeFileSync(new URL('collector.json', out), JSON.stringify({ date: new Date().toISOString(), clients: CLIENTS, requestsPerClient: REQUESTS_PER_CLIENT, batch: BATCH, results }, null, 2) + '\n')
