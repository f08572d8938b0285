/// <reference types="node" />
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPostgresStore, tallyRows } from '../../src/collector/index.js'
import { makeReceipt, mutatedReceipt, recipientFor } from './receipts.js'
import { collectorSuite } from './suite.js'

const url = process.env.DATABASE_URL
// Each run works in a schema of its own and drops it afterwards, so it never touches real receipts.
const schema = 'consentry_test_' + randomBytes(6).toString('hex')

async function sql(text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

// CI starts a throwaway PostgreSQL and sets DATABASE_URL (see .ci/postgres.sh).
describe.skipIf(!url)('PostgreSQL (DATABASE_URL)', () => {
  collectorSuite('PostgreSQL', () => createPostgresStore(url!, { schema, log: () => {} }), {
    reset: () => sql(`TRUNCATE "${schema}".receipts`),
    teardown: () => sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
  })

  it('tallies the Art. 31 record in one aggregate query exactly as a scan would, skipping the same malformed rows', async () => {
    const own = schema + '_agg'
    const store = await createPostgresStore(url!, { schema: own, log: () => {} })
    try {
      const entry = (id: string, consentObtained: boolean, extra = {}) => ({ ...recipientFor(id), appi31: { recipient: 'Recipient ' + id, dataItems: ['b', 'a', id], consentObtained }, ...extra })
      // Rows as they might have been stored before the intake checked everything: any field replaced by any JSON.
      const rows: Array<Record<string, unknown>> = fc.sample(mutatedReceipt(fc.jsonValue({ maxDepth: 2 })), { numRuns: 300, seed: 20261201 })
      rows.push(
        makeReceipt({ recipients: [entry('x', true), entry('y', false)] }) as never,
        makeReceipt({ recipients: [entry('y', true, { appi28: { shown: true } }), entry('x', false)] }) as never,
      )
      let receivedAt = Date.parse('2026-01-01T00:00:00Z')
      for (const row of rows) {
        // The columns themselves need an id, a principal and a time.
        if (typeof row.id !== 'string' || typeof row.principalId !== 'string' || typeof row.timestamp !== 'string' || Number.isNaN(Date.parse(row.timestamp))) continue
        await store.insert([row as never], new Date((receivedAt += 3_600_000)))
      }
      const range = { from: new Date('2026-01-02T00:00:00Z'), to: new Date('2026-01-10T00:00:00Z') }
      for (const part of [{}, range]) {
        const aggregated = await store.appi31Tallies!(part)
        expect(aggregated).toEqual(await tallyRows(store.scan(part)))
        expect(aggregated.skipped).toBeGreaterThan(0)
        expect(aggregated.tallies.length).toBeGreaterThan(0)
      }
    } finally {
      await store.close()
      await sql(`DROP SCHEMA IF EXISTS "${own}" CASCADE`)
    }
  })

  it("acknowledges only flushed commits, even where the server's default is synchronous_commit=off", async () => {
    const lax = new URL(url!)
    lax.searchParams.set('options', '-c synchronous_commit=off')
    const own = schema + '_lax'
    const store = await createPostgresStore(lax.href, { schema: own, log: () => {} })
    try {
      expect(await store.durability()).toBe('synchronous_commit=on')
    } finally {
      await store.close()
      await sql(`DROP SCHEMA IF EXISTS "${own}" CASCADE`)
    }
  })
})
