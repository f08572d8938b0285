/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll } from 'vitest'
import { createSqliteStore } from '../../src/collector/index.js'
import { collectorSuite } from './suite.js'

const directory = mkdtempSync(join(tmpdir(), 'consentry-sqlite-'))
const file = join(directory, 'receipts.db')
afterAll(() => rmSync(directory, { recursive: true, force: true }))

collectorSuite(
  'SQLite',
  async () => createSqliteStore(file),
  // A second connection empties the table, as an operator's tool would.
  async () => {
    const db = new Database(file)
    db.exec('DELETE FROM receipts')
    db.close()
  },
)
