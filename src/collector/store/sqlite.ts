/// <reference types="node" />
import Database from 'better-sqlite3'
import type { ConsentReceipt } from '../../core/receipt/types.js'
import { utcTimestamp, type ReceiptStore } from './types.js'

// "timestamp" holds the receipt's decision time in UTC ISO form, so text order is time order.
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
`

/** The default store: one SQLite file in WAL mode, so reads never wait for the writer. */
export function createSqliteStore(path: string): ReceiptStore {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  db.exec(SCHEMA)
  const insertOne = db.prepare(
    'INSERT OR IGNORE INTO receipts (id, principal_id, event, revision, received_at, "timestamp", body) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  // One transaction per batch: every receipt of it is stored, or none is.
  const insertAll = db.transaction((receipts: ConsentReceipt[], receivedAt: string) => {
    let added = 0
    for (const r of receipts)
      added += insertOne.run(r.id, r.principalId, r.event, r.revision, receivedAt, utcTimestamp(r), JSON.stringify(r)).changes
    return added
  })
  const byPrincipal = db.prepare('SELECT body FROM receipts WHERE principal_id = ? ORDER BY "timestamp", id')
  const page = db.prepare('SELECT id, "timestamp" AS ts, body FROM receipts WHERE ("timestamp", id) > (?, ?) ORDER BY "timestamp", id LIMIT ?')
  const count = db.prepare('SELECT count(*) AS n FROM receipts')
  const purge = db.prepare('DELETE FROM receipts WHERE "timestamp" < ?')
  const parse = (row: unknown) => JSON.parse((row as { body: string }).body) as ConsentReceipt

  return {
    kind: 'sqlite',
    insert: async (receipts) => (receipts.length ? insertAll(receipts, new Date().toISOString()) : 0),
    byPrincipal: async (principalId) => byPrincipal.all(principalId).map(parse),
    async *scan(pageSize = 500) {
      let after = ['', '']
      for (;;) {
        const rows = page.all(after[0], after[1], pageSize) as Array<{ id: string; ts: string; body: string }>
        for (const row of rows) yield parse(row)
        if (rows.length < pageSize) return
        const last = rows[rows.length - 1]!
        after = [last.ts, last.id]
      }
    },
    count: async () => (count.get() as { n: number }).n,
    purgeOlderThan: async (cutoff) => purge.run(cutoff.toISOString()).changes,
    close: async () => void db.close(),
  }
}
