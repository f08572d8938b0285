import type { CollectorConfig } from './config.js'
import { createPostgresStore } from './store/postgres.js'
import { createSqliteStore } from './store/sqlite.js'
import type { ReceiptStore } from './store/types.js'

/** PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export const openStore = (config: Pick<CollectorConfig, 'databaseUrl' | 'sqlitePath'>): Promise<ReceiptStore> =>
  config.databaseUrl ? createPostgresStore(config.databaseUrl) : Promise.resolve(createSqliteStore(config.sqlitePath))
