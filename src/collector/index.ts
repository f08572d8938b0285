/** The receipt collector: an HTTP service that stores consent receipts in SQLite or PostgreSQL. */
export { createCollector, type Collector, type CollectorOptions } from './server.js'
export { createSqliteStore } from './store/sqlite.js'
export { createPostgresStore, type PostgresStoreOptions } from './store/postgres.js'
export type { ReceiptStore } from './store/types.js'
export { startRetentionPurge } from './purge.js'
export { readCollectorConfig, type CollectorConfig } from './config.js'
export { openStore } from './open-store.js'
export { appi31Records, appi31Csv, type Appi31Record } from './appi31.js'
