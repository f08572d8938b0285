/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createSqliteStore } from '../../src/collector/index.js'
import { SCAN_PAGE } from '../../src/collector/store/sqlite.js'
import { describe, expect, it } from 'vitest'
import { collectorSuite } from './suite.js'
import { makeReceipt, recipientFor } from './receipts.js'

const directory = mkdtempSync(join(tmpdir(), 'consentry-sqlite-'))
const file = join(directory, 'receipts.db')

collectorSuite('SQLite', async () => createSqliteStore(file), {
  // A second connection empties the table, as an operator's tool would.
  reset: async () => {
    const db = new Database(file)
    db.exec('DELETE FROM receipts')
    db.close()
  },
  teardown: async () => rmSync(directory, { recursive: true, force: true }),
  scanPlan: async (from, to) => {
    const db = new Database(file, { readonly: true })
    try {
      const rows = db.prepare('EXPLAIN QUERY PLAN ' + SCAN_PAGE).all(from.toISOString(), to.toISOString(), '', '', 500) as Array<{ detail: string }>
      return rows.map((row) => row.detail).join('\n')
    } finally {
      db.close()
    }
  },
  inspect: async () => {
    const db = new Database(file, { readonly: true })
    try {
      return {
        journalMode: db.pragma('journal_mode', { simple: true }),
        columns: (db.prepare('PRAGMA table_info(receipts)').all() as Array<{ name: string }>).map((column) => column.name),
      }
    } finally {
      db.close()
    }
  },
})

describe('SQLite Art. 31 aggregation', () => {
  it('skips and counts a stored body that is not JSON at all, and aggregates the rest', async () => {
    const ownDirectory = mkdtempSync(join(tmpdir(), 'consentry-sqlite-'))
    const own = join(ownDirectory, 'receipts.db')
    const store = createSqliteStore(own)
    try {
      const recipient = { ...recipientFor('dmp-x'), appi31: { recipient: 'Sample DMP', dataItems: ['cookie-id'], consentObtained: true } }
      await store.insert([makeReceipt({ recipients: [recipient] }), makeReceipt({ recipients: [recipient] })], new Date())
      // A row an operator's tool broke, written past the store.
      const db = new Database(own)
      db.prepare('INSERT INTO receipts (id, principal_id, received_at, body) VALUES (?, ?, ?, ?)').run('garbled', 'p', new Date().toISOString(), '{"recipients": [')
      db.close()
      const { tallies, skipped } = await store.appi31Tallies({})
      expect(skipped).toBe(1)
      expect(tallies.map((tally) => [tally.recipientId, tally.principalsConsented])).toEqual([['dmp-x', 2]])
    } finally {
      await store.close()
      rmSync(ownDirectory, { recursive: true, force: true })
    }
  })
})
