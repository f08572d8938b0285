/// <reference types="node" />
import pg from 'pg'
import type { ConsentReceipt } from '../../core/receipt/types.js'
import { insertOutcomes, nextTurn, textOrNull, utcTimestamp, type ReceiptStore, type StoredReceipt } from './types.js'

export interface PostgresStoreOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number
  /** Schema holding the receipts table, created when missing (default: the connection's search_path, usually "public"). */
  schema?: string
  log?: (message: string) => void
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/

// A jsonb value as an array, or an empty one: PostgreSQL does not promise to test a row's
// type before it expands the row's arrays, and expanding anything else is an error.
const elements = (value: string) => `jsonb_array_elements(CASE WHEN jsonb_typeof(${value}) = 'array' THEN ${value} ELSE '[]'::jsonb END)`

// The rows of a receive range that the Art. 31 record can use, the same test as appi31.ts
// makes, and one row per recipient entry of theirs that has appi31. "seen" orders them as a
// scan would (receive time, id, position in the receipt).
const APPI31_ENTRIES = (table: string) => `
  WITH picked AS (
    SELECT id, received_at, body FROM ${table} WHERE received_at >= $1::timestamptz AND received_at <= $2::timestamptz
  ), usable AS (
    SELECT * FROM picked p
    WHERE jsonb_typeof(p.body->'principalId') = 'string' AND jsonb_typeof(p.body->'recipients') = 'array'
      AND NOT EXISTS (
        SELECT 1 FROM ${elements("p.body->'recipients'")} e(value)
        -- IS NOT TRUE: a missing field makes the test NULL, which is not a pass either.
        WHERE (
          jsonb_typeof(e.value) = 'object'
          AND jsonb_typeof(e.value->'id') = 'string'
          AND coalesce(jsonb_typeof(e.value->'country'), 'null') IN ('null', 'string')
          AND coalesce(jsonb_typeof(e.value->'address'), 'null') IN ('null', 'string')
          AND (NOT (e.value ? 'appi31') OR (
            jsonb_typeof(e.value->'appi31') = 'object'
            AND jsonb_typeof(e.value->'appi31'->'recipient') = 'string'
            AND jsonb_typeof(e.value->'appi31'->'consentObtained') = 'boolean'
            AND jsonb_typeof(e.value->'appi31'->'dataItems') = 'array'
            AND NOT EXISTS (SELECT 1 FROM ${elements("e.value->'appi31'->'dataItems'")} d(value) WHERE jsonb_typeof(d.value) <> 'string')
          ))
        ) IS NOT TRUE
      )
  ), entries AS (
    SELECT p.received_at, p.body->>'principalId' AS principal, e.value AS r, (e.value->'appi31'->>'consentObtained')::boolean AS consent,
      to_char(p.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || ' ' || p.id || ' ' || lpad(e.position::text, 6, '0') AS seen
    FROM usable p CROSS JOIN LATERAL ${elements("p.body->'recipients'")} WITH ORDINALITY e(value, position)
    WHERE jsonb_typeof(e.value->'appi31') = 'object'
  )`

/** One page of a scan: from, to, and the receive time and id it continues after; read through receipts_received. */
export const scanPage = (table: string) => `SELECT id, received_at, body FROM ${table}
  WHERE received_at >= $1::timestamptz AND received_at <= $2::timestamptz AND (received_at, id) > ($3::timestamptz, $4::text)
  ORDER BY received_at, id LIMIT $5`

/**
 * The connection settings with synchronous_commit=on added to the URL's own options, so that a
 * commit is acknowledged only once it is flushed to disk, whatever the server's default is.
 * (Options in the URL would override the pool's, so they move out of it.)
 */
function durableConnection(databaseUrl: string): { connectionString: string; options: string } {
  const durable = '-c synchronous_commit=on'
  try {
    const url = new URL(databaseUrl)
    const options = ((url.searchParams.get('options') ?? '') + ' ' + durable).trim()
    url.searchParams.delete('options')
    return { connectionString: url.href, options }
  } catch {
    return { connectionString: databaseUrl, options: durable }
  }
}

/** The store for sites that outgrow one machine: any number of collectors share one PostgreSQL. */
export async function createPostgresStore(databaseUrl: string, options: PostgresStoreOptions = {}): Promise<ReceiptStore> {
  const { schema, poolSize = 10, log = (message: string) => console.error(message) } = options
  if (schema !== undefined && !IDENTIFIER.test(schema)) throw new Error('schema must be a lower-case SQL identifier, got "' + schema + '"')
  const table = schema ? `"${schema}".receipts` : 'receipts'
  const pool = new pg.Pool({ ...durableConnection(databaseUrl), max: poolSize })
  // An idle connection that breaks (the server restarts) is reported here; without a listener it would end the process.
  pool.on('error', (error) => log('consentry-collector: PostgreSQL connection error: ' + error.message))

  const client = await pool.connect().catch(async (error: Error) => {
    await pool.end().catch(() => {})
    throw new Error('cannot connect to PostgreSQL: ' + error.message)
  })
  try {
    // Collectors starting together take turns creating the table.
    await client.query('BEGIN')
    await client.query("SELECT pg_advisory_xact_lock(hashtext('consentry-collector-schema'))")
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${table} (
        id text PRIMARY KEY,
        principal_id text NOT NULL,
        event text,
        revision text,
        received_at timestamptz NOT NULL DEFAULT now(),
        "timestamp" timestamptz,
        body jsonb NOT NULL
      )`)
    await client.query(`CREATE INDEX IF NOT EXISTS receipts_principal ON ${table} (principal_id, "timestamp")`)
    await client.query(`CREATE INDEX IF NOT EXISTS receipts_timestamp ON ${table} ("timestamp")`)
    await client.query(`CREATE INDEX IF NOT EXISTS receipts_received ON ${table} (received_at, id)`)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    client.release()
    await pool.end().catch(() => {})
    throw error
  }
  client.release()

  const bodies = (rows: Array<{ body: ConsentReceipt }>) => rows.map((row) => row.body)

  return {
    kind: 'postgres',
    async insert(receipts, receivedAt) {
      if (!receipts.length) return []
      // One statement per batch is one transaction: all new rows or none. Ids already stored
      // (or repeated within the batch) are skipped and compared below.
      const result = await pool.query(
        `INSERT INTO ${table} (id, principal_id, event, revision, received_at, "timestamp", body)
         SELECT r.id, r.principal_id, r.event, r.revision, $7::timestamptz, r.ts::timestamptz, r.body::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
           AS r(id, principal_id, event, revision, ts, body)
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        [
          receipts.map((r) => r.id),
          receipts.map((r) => r.principalId),
          receipts.map((r) => textOrNull(r.event)),
          receipts.map((r) => textOrNull(r.revision)),
          receipts.map(utcTimestamp),
          receipts.map((r) => JSON.stringify(r)),
          receivedAt.toISOString(),
        ],
      )
      const inserted = new Set(result.rows.map((row: { id: string }) => row.id))
      const others = [...new Set(receipts.map((r) => r.id).filter((id) => !inserted.has(id)))]
      const existing = new Map<string, unknown>()
      if (others.length) {
        const stored = await pool.query(`SELECT id, body FROM ${table} WHERE id = ANY($1::text[])`, [others])
        for (const row of stored.rows) existing.set(row.id, row.body)
      }
      return insertOutcomes(receipts, inserted, existing)
    },
    async byPrincipal(principalId) {
      const result = await pool.query(`SELECT body FROM ${table} WHERE principal_id = $1 ORDER BY "timestamp", id`, [principalId])
      return bodies(result.rows)
    },
    async *scan(range = {}, pageSize = 500) {
      const from = range.from ? range.from.toISOString() : '-infinity'
      const to = range.to ? range.to.toISOString() : 'infinity'
      let after: [string, string] = ['-infinity', '']
      for (;;) {
        const result = await pool.query(scanPage(table), [from, to, after[0], after[1], pageSize])
        for (const row of result.rows) yield { receipt: row.body, receivedAt: (row.received_at as Date).toISOString() } satisfies StoredReceipt
        if (result.rows.length < pageSize) return
        const last = result.rows[result.rows.length - 1]
        after = [(last.received_at as Date).toISOString(), last.id as string]
        await nextTurn()
      }
    },
    async appi31Tallies(range) {
      const bounds = [range.from ? range.from.toISOString() : '-infinity', range.to ? range.to.toISOString() : 'infinity']
      const entries = APPI31_ENTRIES(table)
      // One snapshot for the three queries, so that the tallies, items and skipped rows agree.
      const client = await pool.connect()
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
        const tallies = await client.query(
          `${entries}
           SELECT r->>'id' AS "recipientId",
             (array_agg(r->'appi31'->>'recipient' ORDER BY seen))[1] AS recipient,
             (array_agg(r->>'address' ORDER BY seen))[1] AS address,
             (array_agg(r->>'country' ORDER BY seen))[1] AS country,
             to_char(min(received_at) FILTER (WHERE consent) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "firstProvided",
             to_char(max(received_at) FILTER (WHERE consent) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "lastProvided",
             count(DISTINCT principal) FILTER (WHERE consent)::int AS "principalsConsented",
             count(*) FILTER (WHERE NOT consent)::int AS refusals,
             coalesce(bool_and(coalesce(r->'appi28'->'shown' = 'true'::jsonb, false)) FILTER (WHERE consent), true) AS "art28Shown"
           FROM entries GROUP BY r->>'id' ORDER BY min(seen)`,
          bounds,
        )
        const items = await client.query(
          `${entries}
           SELECT r->>'id' AS "recipientId", d.value AS item
           FROM entries CROSS JOIN LATERAL jsonb_array_elements_text(r->'appi31'->'dataItems') WITH ORDINALITY d(value, position)
           GROUP BY 1, 2 ORDER BY 1, min(seen || ' ' || lpad(d.position::text, 6, '0'))`,
          bounds,
        )
        const skipped = await client.query(`${entries} SELECT ((SELECT count(*) FROM picked) - (SELECT count(*) FROM usable))::int AS n`, bounds)
        await client.query('COMMIT')
        const dataItems = new Map<string, string[]>()
        for (const { recipientId, item } of items.rows) dataItems.set(recipientId, [...(dataItems.get(recipientId) ?? []), item])
        return {
          tallies: tallies.rows.map((tally) => ({ ...tally, dataItems: dataItems.get(tally.recipientId) ?? [] })),
          skipped: skipped.rows[0].n as number,
        }
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    async count() {
      return Number((await pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n)
    },
    async purgeOlderThan(cutoff) {
      return (await pool.query(`DELETE FROM ${table} WHERE received_at < $1`, [cutoff.toISOString()])).rowCount ?? 0
    },
    durability: async () => 'synchronous_commit=' + (await pool.query('SHOW synchronous_commit')).rows[0].synchronous_commit,
    close: () => pool.end(),
  }
}
