import type { CollectorConfig } from './config.js'
import type { ReceiptStore } from './store/types.js'

/**
 * PostgreSQL when DATABASE_URL is set, else the SQLite file. The driver is imported only
 * when used, so a site installs just the one it needs.
 */
export async function openStore(config: Pick<CollectorConfig, 'databaseUrl' | 'sqlitePath'>): Promise<ReceiptStore> {
  if (config.databaseUrl) return (await import('./store/postgres.js')).createPostgresStore(config.databaseUrl)
  return (await import('./store/sqlite.js')).createSqliteStore(config.sqlitePath)
}
