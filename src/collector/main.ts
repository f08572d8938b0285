/// <reference types="node" />
/** The consentry-collector command: configured by environment variables (see the README). */
import { readCollectorConfig, readSiteConfig, startupWarnings } from './config.js'
import { openStore } from './open-store.js'
import { startRetentionPurge } from './purge.js'
import { createCollector } from './server.js'

async function main() {
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
    siteConfig,
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
