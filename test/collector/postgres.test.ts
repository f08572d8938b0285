/// <reference types="node" />
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe } from 'vitest'
import { createPostgresStore } from '../../src/collector/index.js'
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
})
