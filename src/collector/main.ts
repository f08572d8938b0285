/// <reference types="node" />
/** The consentry-collector command: configured by environment variables (see the README). */
import { readCollectorConfig, readSiteConfig, startupWarnings } from './config.js'
import { openStore } from './open-store.js'
import { startRetentionPurge } from './purge.js'
import { createCollector } from './server.js'

/** consentry-collector backup <file> | restore <file>: SQLite's online backup API, one command each. */
async function copyCommand(command: string, file: string | undefined) {
  const config = readCollectorConfig()
  if (!file) throw new Error('usage: consentry-collector ' + command + ' <file>')
  if (config.databaseUrl) throw new Error('consentry-collector: ' + command + ' is for the SQLite store; back PostgreSQL up with pg_dump')
  const { backupSqlite } = await import('./store/sqlite.js')
  const [from, to] = command === 'backup' ? [config.sqlitePath, file] : [file, config.sqlitePath]
  const receipts = await backupSqlite(from, to)
  console.log('consentry-collector: copied ' + from + ' to ' + to + ' (' + receipts + ' receipts)')
}

async function main() {
  const [command, file] = process.argv.slice(2)
  if (command === 'backup' || command === 'restore') return copyCommand(command, file)
  const config = readCollectorConfig()
  for (const warning of startupWarnings(config)) console.warn('consentry-collector: warning: ' + warning)
  const siteConfig = config.siteConfigPath ? readSiteConfig(config.siteConfigPath) : undefined
  const store = await openStore(config)
  const collector = createCollector({
    store,
    allowedOrigins: config.allowedOrigins,
    readToken: config.readToken ?? undefined,
    maxBodyBytes: config.maxBodyBytes,
    rateLimitPerMinute: config.rateLimitPerMinute,
    trustProxy: config.trustProxy,
    maxConnections: config.maxConnections,
    maxConnectionsPerClient: config.maxConnectionsPerClient,
    maxClockSkewMs: config.maxClockSkewHours * 3_600_000,
    siteConfig,
    regionHeaders: config.regionHeaders,
  })
  const purge = startRetentionPurge(store, { retentionDays: config.retentionDays })
  const { url } = await collector.listen(config.port, config.host)
  console.log('consentry-collector: ' + url + '/receipts (' + store.kind + (store.kind === 'sqlite' ? ' ' + config.sqlitePath : '') + ')')
  let stopping = false
  const stop = async (signal: string) => {
    // A second signal while shutting down ends the process at once.
    if (stopping) process.exit(1)
    stopping = true
    console.log('consentry-collector: ' + signal + ', shutting down')
    purge.stop()
    try {
      await collector.close()
      await store.close()
      process.exit(0)
    } catch (error) {
      console.error('consentry-collector: shutdown failed: ' + (error as Error).message)
      process.exit(1)
    }
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((error) => {
  console.error((error as Error).message)
  process.exit(1)
})
