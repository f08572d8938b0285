/// <reference types="node" />
import Database from 'better-sqlite3'
import type { ConsentReceipt } from '../../core/receipt/types.js'
import { createSqliteAppi31 } from './sqlite-appi31.js'
import { insertOutcomes, nextTurn, textOrNull, utcTimestamp, type InsertOutcome, type ReceiptStore, type StoredReceipt } from './types.js'

// "timestamp" (the client's decision time) and "received_at" (the collector's clock) hold UTC
// ISO text, so text order is time order.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS receipts (
  id TEXT PRIMARY KEY,
  principal_id TEXT NOT NULL,
  event TEXT,
  revision TEXT,
  received_at TEXT,
  "timestamp" TEXT,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS receipts_principal ON receipts (principal_id, "timestamp");
CREATE INDEX IF NOT EXISTS receipts_timestamp ON receipts ("timestamp");
CREATE INDEX IF NOT EXISTS receipts_received ON receipts (received_at, id);
`

/** One page of a scan: from, to, and the receive time and id it continues after; read through receipts_received. */
export const SCAN_PAGE =
  'SELECT id, received_at AS received, body FROM receipts WHERE received_at >= ? AND received_at <= ? AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?'

/**
 * The default store: one SQLite file in WAL mode, so reads never wait for the writer.
 * synchronous=FULL syncs the WAL on every commit, so an acknowledged batch survives a power cut;
 * group commit keeps that to one sync per turn of the event loop.
 */
export function createSqliteStore(path: string): ReceiptStore {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.exec(SCHEMA)
  const insertOne = db.prepare(
    'INSERT OR IGNORE INTO receipts (id, principal_id, event, revision, received_at, "timestamp", body) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const bodyOf = db.prepare('SELECT body FROM receipts WHERE id = ?').pluck()
  const insertBatch = (receipts: ConsentReceipt[], receivedAt: string) => {
    const inserted = new Set<string>()
    const existing = new Map<string, unknown>()
    for (const r of receipts) {
      if (insertOne.run(r.id, r.principalId, textOrNull(r.event), textOrNull(r.revision), receivedAt, utcTimestamp(r), JSON.stringify(r)).changes) inserted.add(r.id)
      else if (!inserted.has(r.id) && !existing.has(r.id)) existing.set(r.id, JSON.parse(bodyOf.get(r.id) as string))
    }
    return insertOutcomes(receipts, inserted, existing)
  }

  // Group commit: the batches that arrive in one turn of the event loop share a transaction, so
  // one sync of the WAL covers them all, and each is answered only after that commit.
  type Pending = { receipts: ConsentReceipt[]; receivedAt: string; resolve: (outcomes: InsertOutcome[]) => void; reject: (error: unknown) => void }
  let group: Pending[] = []
  const commitTogether = db.transaction((entries: Pending[]) => entries.map((entry) => insertBatch(entry.receipts, entry.receivedAt)))
  const commitAlone = db.transaction((entry: Pending) => insertBatch(entry.receipts, entry.receivedAt))
  function commitGroup() {
    const entries = group
    group = []
    if (!entries.length) return
    try {
      const outcomes = commitTogether(entries)
      entries.forEach((entry, index) => entry.resolve(outcomes[index]!))
    } catch {
      // One batch failed and rolled back the group: each goes again on its own, all or nothing.
      for (const entry of entries) {
        try {
          entry.resolve(commitAlone(entry))
        } catch (error) {
          entry.reject(error)
        }
      }
    }
  }

  const byPrincipal = db.prepare('SELECT body FROM receipts WHERE principal_id = ? ORDER BY "timestamp", id')
  const page = db.prepare(SCAN_PAGE)
  const count = db.prepare('SELECT count(*) AS n FROM receipts')
  const purge = db.prepare('DELETE FROM receipts WHERE received_at < ?')
  const parse = (row: unknown) => JSON.parse((row as { body: string }).body) as ConsentReceipt

  return {
    kind: 'sqlite',
    insert: (receipts, receivedAt) =>
      new Promise((resolve, reject) => {
        if (!receipts.length) return resolve([])
        if (!group.length) setImmediate(commitGroup)
        group.push({ receipts, receivedAt: receivedAt.toISOString(), resolve, reject })
      }),
    byPrincipal: async (principalId) => byPrincipal.all(principalId).map(parse),
    async *scan(range = {}, pageSize = 500) {
      const from = range.from ? range.from.toISOString() : ''
      // Every ISO date sorts before "A".
      const to = range.to ? range.to.toISOString() : 'A'
      let after = ['', '']
      for (;;) {
        const rows = page.all(from, to, after[0], after[1], pageSize) as Array<{ id: string; received: string; body: string }>
        for (const row of rows) yield { receipt: parse(row), receivedAt: row.received } satisfies StoredReceipt
        if (rows.length < pageSize) return
        const last = rows[rows.length - 1]!
        after = [last.received, last.id]
        await nextTurn()
      }
    },
    appi31Tallies: createSqliteAppi31(db),
    count: async () => (count.get() as { n: number }).n,
    purgeOlderThan: async (cutoff) => purge.run(cutoff.toISOString()).changes,
    durability: async () => 'synchronous=' + ['OFF', 'NORMAL', 'FULL', 'EXTRA'][db.pragma('synchronous', { simple: true }) as number],
    close: async () => {
      commitGroup()
      db.close()
    },
  }
}

/**
 * Copies a SQLite receipts file with SQLite's online backup API: consistent while the
 * collector keeps writing, WAL included. Restoring is the same copy the other way, with the
 * collector stopped. Returns how many receipts the copy holds.
 */
export async function backupSqlite(source: string, destination: string): Promise<number> {
  const db = new Database(source, { readonly: true, fileMustExist: true })
  try {
    await db.backup(destination)
  } finally {
    db.close()
  }
  const copy = new Database(destination, { readonly: true })
  try {
    return (copy.prepare('SELECT count(*) FROM receipts').pluck().get() as number)
  } finally {
    copy.close()
  }
}
