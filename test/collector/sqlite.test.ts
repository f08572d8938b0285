/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createSqliteStore } from '../../src/collector/index.js'
import { collectorSuite } from './suite.js'

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
