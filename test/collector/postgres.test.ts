/// <reference types="node" />
import pg from 'pg'
import { describe } from 'vitest'
import { createPostgresStore } from '../../src/collector/index.js'
import { collectorSuite } from './suite.js'

const url = process.env.DATABASE_URL

// CI starts a throwaway PostgreSQL and sets DATABASE_URL (see .ci/postgres.sh).
if (url) {
  collectorSuite(
    'PostgreSQL',
    () => createPostgresStore(url),
    async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query('TRUNCATE receipts')
      await client.end()
    },
  )
} else {
  describe.skip('PostgreSQL collector (set DATABASE_URL to run)', () => {})
}
