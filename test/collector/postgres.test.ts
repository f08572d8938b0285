/// <reference types="node" />
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { createPostgresStore } from '../../src/collector/index.js'
import { scanPage } from '../../src/collector/store/postgres.js'
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
    // With a sequential scan ruled out: the plan then shows whether the range can use an index at all.
    scanPlan: async (from, to) => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query('SET enable_seqscan = off')
        const plan = await client.query('EXPLAIN ' + scanPage(`"${schema}".receipts`), [from.toISOString(), to.toISOString(), '-infinity', '', 500])
        return plan.rows.map((row) => row['QUERY PLAN']).join('\n')
      } finally {
        await client.end()
      }
    },
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
