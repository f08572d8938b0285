import type { ConsentReceipt } from '../../core/receipt/types.js'

/** Where the collector keeps receipts. SQLite and PostgreSQL implement it and pass the same tests. */
export interface ReceiptStore {
  kind: 'sqlite' | 'postgres'
  /** Stores a batch all-or-nothing; a receipt whose id is already stored is skipped. Returns how many were new. */
  insert(receipts: ConsentReceipt[]): Promise<number>
  /** One principal's receipts, oldest first (for disclosure requests). */
  byPrincipal(principalId: string): Promise<ConsentReceipt[]>
  /** Every receipt, oldest first, a page at a time (for audits and exports). */
  scan(pageSize?: number): AsyncIterable<ConsentReceipt>
  count(): Promise<number>
  /** Deletes receipts whose `timestamp` is before the cutoff; returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number>
  close(): Promise<void>
}

/**
 * A receipt's `timestamp` as UTC ISO 8601 ("2026-01-01T00:00:00.000Z"). Receipts may carry an
 * offset ("+09:00"); stored in one form, text order is time order and every database parses it.
 */
export const utcTimestamp = (receipt: ConsentReceipt) => new Date(receipt.timestamp).toISOString()
