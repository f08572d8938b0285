/// <reference types="node" />
import { canonicalJson } from '../../core/receipt/index.js'
import type { ConsentReceipt } from '../../core/receipt/types.js'

/** What became of one receipt of a batch. */
export type InsertOutcome = 'stored' | 'duplicate' | 'conflict'

/** A stored row: the receipt as it was sent, and when the collector received it. */
export interface StoredReceipt {
  receipt: ConsentReceipt
  /** ISO 8601 in UTC, from the collector's clock. */
  receivedAt: string
}

/** Which rows to read, by the collector's receive time; both ends included, null for open. */
export interface ReceiveRange {
  from?: Date | null
  to?: Date | null
}

/** One recipient's Art. 31 figures for a period, as the receipts state them. */
export interface Appi31Tally {
  recipientId: string
  /** Name, address and country as the first receipt received in the period gave them. */
  recipient: string
  address: string | null
  country: string | null
  /** In the order first seen. */
  dataItems: string[]
  /** First and last receive day (UTC) of a consent to provide in the period (continuous provision). */
  firstProvided: string | null
  lastProvided: string | null
  principalsConsented: number
  /** Decisions that withdrew or refused it in the period. */
  refusals: number
  /** Whether every consent came with the Art. 28 information shown. */
  art28Shown: boolean
}

export interface Appi31Tallies {
  /** In the order the recipients were first seen. */
  tallies: Appi31Tally[]
  /** Stored rows left out because they are malformed. */
  skipped: number
}

/** Where the collector keeps receipts. SQLite and PostgreSQL implement it and pass the same tests. */
export interface ReceiptStore {
  kind: 'sqlite' | 'postgres'
  /**
   * Stores a batch in one durable transaction, acknowledged only once it is on disk. A receipt
   * whose id is already stored is a duplicate when its content is the same, a conflict when
   * it differs; neither overwrites. Returns one outcome per receipt, in order.
   */
  insert(receipts: ConsentReceipt[], receivedAt: Date): Promise<InsertOutcome[]>
  /** One principal's receipts, oldest first (for disclosure requests). */
  byPrincipal(principalId: string): Promise<ConsentReceipt[]>
  /** The rows received in a range, in receive order, a page at a time, giving the event loop a turn between pages. */
  scan(range?: ReceiveRange, pageSize?: number): AsyncIterable<StoredReceipt>
  /**
   * The Art. 31 tallies of the rows received in a range, aggregated in the database without
   * holding up other requests: PostgreSQL in one query, SQLite (whose queries run on the
   * collector's own thread) `pageSize` rows at a time with a turn of the event loop between pages.
   */
  appi31Tallies(range: ReceiveRange, pageSize?: number): Promise<Appi31Tallies>
  count(): Promise<number>
  /** Deletes receipts received before the cutoff; returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number>
  /** How commits reach the disk, e.g. "synchronous=FULL"; for /health and the tests. */
  durability(): Promise<string>
  close(): Promise<void>
}

/**
 * A receipt's `timestamp` as UTC ISO 8601 ("2026-01-01T00:00:00.000Z"). Receipts may carry an
 * offset ("+09:00"); stored in one form, text order is time order and every database parses it.
 */
export const utcTimestamp = (receipt: ConsentReceipt) => new Date(receipt.timestamp).toISOString()

/** A receipt field for a text column of its own; anything but text there is left to the stored body. */
export const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null)

/**
 * The outcome of each receipt of a batch, from the ids the database took as new and the
 * stored bodies of the others. An id repeated within a batch compares with what is stored for it.
 */
export function insertOutcomes(receipts: ConsentReceipt[], inserted: Set<string>, existing: Map<string, unknown>): InsertOutcome[] {
  // What each id holds now: the stored content, or for an id new in this batch, its first occurrence.
  const holds = new Map<string, string>()
  return receipts.map((receipt) => {
    const content = canonicalJson(receipt)
    let held = holds.get(receipt.id)
    if (held === undefined) {
      if (inserted.has(receipt.id)) {
        holds.set(receipt.id, content)
        return 'stored'
      }
      held = canonicalJson(existing.get(receipt.id))
      holds.set(receipt.id, held)
    }
    return held === content ? 'duplicate' : 'conflict'
  })
}

/** Lets other requests run between pages of a long read. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
