/// <reference types="node" />
import pg from 'pg'
import type { ConsentReceipt } from '../../core/receipt/types.js'
import type { ReceiptStore } from './types.js'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS receipts (
  id uuid PRIMARY KEY,
  principal_id text NOT NULL,
  event text NOT NULL,
  revision text NOT NULL,
  decided_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  body jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS receipts_principal ON receipts (principal_id, decided_at);
CREATE INDEX IF NOT EXISTS receipts_decided_at ON receipts (decided_at);
`

/** The store for sites that outgrow one machine: any number of collectors share one PostgreSQL. */
export async function createPostgresStore(databaseUrl: string, poolSize = 10): Promise<ReceiptStore> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize })
  await pool.query(SCHEMA)
  const bodies = (rows: Array<{ body: ConsentReceipt }>) => rows.map((row) => row.body)

  return {
    kind: 'postgres',
    async insert(receipts) {
      if (!receipts.length) return 0
      // One statement per batch: all-or-nothing without an explicit transaction, and one round trip.
      const result = await pool.query(
        `INSERT INTO receipts (id, principal_id, event, revision, decided_at, body)
         SELECT r.id::uuid, r.principal_id, r.event, r.revision, r.decided_at::timestamptz, r.body::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
           AS r(id, principal_id, event, revision, decided_at, body)
         ON CONFLICT (id) DO NOTHING`,
        [
          receipts.map((r) => r.id),
          receipts.map((r) => r.principalId),
          receipts.map((r) => r.event),
          receipts.map((r) => r.revision),
          receipts.map((r) => r.timestamp),
          receipts.map((r) => JSON.stringify(r)),
        ],
      )
      return result.rowCount ?? 0
    },
    async byPrincipal(principalId) {
      const result = await pool.query('SELECT body FROM receipts WHERE principal_id = $1 ORDER BY decided_at, id', [principalId])
      return bodies(result.rows)
    },
    async *scan(pageSize = 500) {
      let after: [string, string] = ['-infinity', '00000000-0000-0000-0000-000000000000']
      for (;;) {
        const result = await pool.query(
          'SELECT id::text, decided_at, body FROM receipts WHERE (decided_at, id) > ($1::timestamptz, $2::uuid) ORDER BY decided_at, id LIMIT $3',
          [after[0], after[1], pageSize],
        )
        yield* bodies(result.rows)
        if (result.rows.length < pageSize) return
        const last = result.rows[result.rows.length - 1]
        after = [(last.decided_at as Date).toISOString(), last.id]
      }
    },
    async count() {
      return Number((await pool.query('SELECT count(*) AS n FROM receipts')).rows[0].n)
    },
    async purgeOlderThan(cutoff) {
      return (await pool.query('DELETE FROM receipts WHERE decided_at < $1', [cutoff.toISOString()])).rowCount ?? 0
    },
    close: () => pool.end(),
  }
}
