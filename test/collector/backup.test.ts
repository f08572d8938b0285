/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupSqlite, createSqliteStore } from '../../src/collector/index.js'
import { makeReceipt } from './receipts.js'

describe('SQLite backup and restore (online backup API)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'consentry-backup-'))
  afterEach(() => rmSync(directory, { recursive: true, force: true }))

  it('copies a live store, WAL included, and restores the copy over a store', async () => {
    const live = join(directory, 'receipts.db')
    const copy = join(directory, 'backup.db')
    const store = createSqliteStore(live)
    try {
      const kept = [makeReceipt(), makeReceipt()]
      await store.insert(kept, new Date())
      // The collector is still running and holds the rows in its WAL; the copy has them all.
      expect(await backupSqlite(live, copy)).toBe(2)
      await store.insert([makeReceipt()], new Date())
      expect(await store.count()).toBe(3)
    } finally {
      await store.close()
    }
    // Restore: with the collector stopped, the copy replaces the store, its WAL too.
    expect(await backupSqlite(copy, live)).toBe(2)
    const restored = createSqliteStore(live)
    expect(await restored.count()).toBe(2)
    await restored.close()
    await expect(backupSqlite(join(directory, 'missing.db'), copy)).rejects.toThrow()
  })
})
