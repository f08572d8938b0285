/// <reference types="node" />
import type { ReceiptStore } from './store/types.js'

const DAY_MS = 86_400_000

/**
 * Deletes receipts older than the retention period (3 years by default, the APPI record
 * period), once at start and then every `intervalMs`. Returns a function that stops it.
 */
export function startRetentionPurge(
  store: ReceiptStore,
  { retentionDays = 1095, intervalMs = DAY_MS, now = () => Date.now(), log = (message: string) => console.log(message) } = {},
) {
  const purge = async () => {
    try {
      const removed = await store.purgeOlderThan(new Date(now() - retentionDays * DAY_MS))
      if (removed) log('consentry-collector: purged ' + removed + ' receipts older than ' + retentionDays + ' days')
    } catch (error) {
      log('consentry-collector: purge failed: ' + (error as Error).message)
    }
  }
  const first = purge()
  const timer = setInterval(purge, intervalMs)
  timer.unref()
  return { done: first, stop: () => clearInterval(timer) }
}
