/// <reference types="node" />
import type Database from 'better-sqlite3'
import { nextTurn, type Appi31Tallies, type Appi31Tally, type ReceiveRange } from './types.js'

// Work tables of the Art. 31 aggregation, private to this connection. "run" keeps apart
// records that are being computed at the same time.
const WORK_TABLES = `
CREATE TEMP TABLE IF NOT EXISTS appi31_page (run INTEGER NOT NULL, id TEXT NOT NULL, received_at TEXT NOT NULL, body BLOB, usable INTEGER NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS appi31_entries (
  run INTEGER NOT NULL, recipient_id TEXT NOT NULL, seen TEXT NOT NULL, day TEXT NOT NULL, principal TEXT NOT NULL,
  consent INTEGER NOT NULL, shown INTEGER NOT NULL, recipient TEXT, address TEXT, country TEXT, items TEXT NOT NULL
);
CREATE TEMP TABLE IF NOT EXISTS appi31_principals (run INTEGER NOT NULL, recipient_id TEXT NOT NULL, principal TEXT NOT NULL, UNIQUE (run, recipient_id, principal));
`

// One page of the rows received in the range, each body parsed once (into SQLite's binary JSON),
// and whether the record can use it: the same test as the JSON checks of appi31.ts and the
// PostgreSQL query make. A CASE keeps JSON functions away from text that is not JSON (a body
// stored by hand, or the bare text that jsonb_each gives for a string element); a missing field
// makes a test NULL, which is not a pass either.
const READ_PAGE = `
WITH page AS MATERIALIZED (
  SELECT id, received_at, CASE WHEN json_valid(body) THEN jsonb(body) END AS body FROM receipts
  WHERE received_at >= :from AND received_at <= :to AND (received_at, id) > (:afterAt, :afterId)
  ORDER BY received_at, id LIMIT :size
)
INSERT INTO appi31_page
SELECT :run, id, received_at, body, coalesce(CASE WHEN body IS NOT NULL THEN
  json_type(body, '$.principalId') = 'text' AND json_type(body, '$.recipients') = 'array'
  AND NOT EXISTS (
    SELECT 1 FROM jsonb_each(body, '$.recipients') e WHERE coalesce(CASE WHEN e.type = 'object' THEN
      json_type(e.value, '$.id') = 'text'
      AND coalesce(json_type(e.value, '$.country'), 'null') IN ('null', 'text')
      AND coalesce(json_type(e.value, '$.address'), 'null') IN ('null', 'text')
      AND (json_type(e.value, '$.appi31') IS NULL OR (
        json_type(e.value, '$.appi31') = 'object'
        AND json_type(e.value, '$.appi31.recipient') = 'text'
        AND json_type(e.value, '$.appi31.consentObtained') IN ('true', 'false')
        AND json_type(e.value, '$.appi31.dataItems') = 'array'
        AND NOT EXISTS (SELECT 1 FROM jsonb_each(e.value, '$.appi31.dataItems') d WHERE d.type <> 'text')
      ))
    END, 0) = 0
  )
END, 0) FROM page`

/**
 * The Art. 31 tallies of the rows received in a range, aggregated by SQLite a page at a time.
 * Its queries run on the collector's own thread, so one long query would hold up every other
 * request: each page is one short transaction, with a turn of the event loop between pages.
 * The principals who consented are counted across pages in a temporary table, never in memory.
 */
export function createSqliteAppi31(db: Database.Database) {
  db.exec(WORK_TABLES)
  const readPage = db.prepare(READ_PAGE)
  const pageInfo = db.prepare(`
    SELECT count(*) AS rows, coalesce(sum(usable), 0) AS usable,
      (SELECT received_at FROM appi31_page WHERE run = :run ORDER BY received_at DESC, id DESC LIMIT 1) AS lastAt,
      (SELECT id FROM appi31_page WHERE run = :run ORDER BY received_at DESC, id DESC LIMIT 1) AS lastId
    FROM appi31_page WHERE run = :run`)
  // One row per recipient entry with appi31; "seen" orders them as a scan would (receive time, id, position).
  const collect = db.prepare(`
    INSERT INTO appi31_entries
    SELECT :run, json_extract(e.value, '$.id'), p.received_at || ' ' || p.id || ' ' || printf('%06d', e.key), substr(p.received_at, 1, 10),
      json_extract(p.body, '$.principalId'), json_type(e.value, '$.appi31.consentObtained') = 'true',
      coalesce(json_type(e.value, '$.appi28.shown') = 'true', 0), json_extract(e.value, '$.appi31.recipient'),
      json_extract(e.value, '$.address'), json_extract(e.value, '$.country'), json_extract(e.value, '$.appi31.dataItems')
    FROM appi31_page p, jsonb_each(p.body, '$.recipients') e
    WHERE p.run = :run AND p.usable AND json_type(e.value, '$.appi31') = 'object'`)
  // Per recipient, in the order first seen, named as its first entry names it.
  const tallies = db.prepare(`
    WITH firsts AS (
      SELECT recipient_id, recipient, address, country FROM (
        SELECT *, row_number() OVER (PARTITION BY recipient_id ORDER BY seen) AS n FROM appi31_entries WHERE run = :run
      ) WHERE n = 1
    )
    SELECT e.recipient_id AS recipientId, f.recipient, f.address, f.country,
      min(CASE WHEN consent THEN day END) AS firstProvided, max(CASE WHEN consent THEN day END) AS lastProvided,
      sum(NOT consent) AS refusals, coalesce(min(CASE WHEN consent THEN shown END), 1) AS art28Shown
    FROM appi31_entries e JOIN firsts f USING (recipient_id) WHERE e.run = :run
    GROUP BY e.recipient_id ORDER BY min(e.seen)`)
  const items = db.prepare(`
    SELECT recipient_id AS recipientId, d.value AS item FROM appi31_entries e, json_each(e.items) d WHERE e.run = :run
    GROUP BY recipient_id, d.value ORDER BY recipient_id, min(e.seen || ' ' || printf('%06d', d.key))`)
  const newPrincipals = db.prepare(`
    SELECT recipient_id AS recipientId, count(*) AS n FROM (SELECT DISTINCT recipient_id, principal FROM appi31_entries WHERE run = :run AND consent) e
    WHERE NOT EXISTS (SELECT 1 FROM appi31_principals c WHERE c.run = :run AND c.recipient_id = e.recipient_id AND c.principal = e.principal)
    GROUP BY recipient_id`)
  const keepPrincipals = db.prepare('INSERT OR IGNORE INTO appi31_principals SELECT run, recipient_id, principal FROM appi31_entries WHERE run = :run AND consent')
  const clearPage = db.prepare('DELETE FROM appi31_page WHERE run = :run')
  const clearEntries = db.prepare('DELETE FROM appi31_entries WHERE run = :run')
  const clearPrincipals = db.prepare('DELETE FROM appi31_principals WHERE rowid IN (SELECT rowid FROM appi31_principals WHERE run = :run LIMIT 5000)')
  let runs = 0

  type PageTally = Omit<Appi31Tally, 'dataItems' | 'principalsConsented' | 'art28Shown'> & { art28Shown: number }
  const onePage = db.transaction((parameters: Record<string, string | number>) => {
    const run = { run: parameters.run! }
    readPage.run(parameters)
    const info = pageInfo.get(run) as { rows: number; usable: number; lastAt: string | null; lastId: string | null }
    collect.run(run)
    const page = {
      info,
      tallies: tallies.all(run) as PageTally[],
      items: items.all(run) as Array<{ recipientId: string; item: string }>,
      principals: newPrincipals.all(run) as Array<{ recipientId: string; n: number }>,
    }
    keepPrincipals.run(run)
    clearPage.run(run)
    clearEntries.run(run)
    return page
  })

  return async function appi31Tallies(range: ReceiveRange, pageSize = 500): Promise<Appi31Tallies> {
    const run = ++runs
    const found = new Map<string, Appi31Tally>()
    let skipped = 0
    const bounds = { run, from: range.from ? range.from.toISOString() : '', to: range.to ? range.to.toISOString() : 'A', size: pageSize }
    let after = { afterAt: '', afterId: '' }
    try {
      for (;;) {
        const page = onePage({ ...bounds, ...after })
        skipped += page.info.rows - page.info.usable
        for (const { art28Shown, ...part } of page.tallies) {
          const tally = found.get(part.recipientId)
          if (!tally) {
            found.set(part.recipientId, { ...part, dataItems: [], principalsConsented: 0, art28Shown: art28Shown === 1 })
            continue
          }
          // Pages come in receive order: the first day found stays first, a later one is last.
          tally.firstProvided ??= part.firstProvided
          tally.lastProvided = part.lastProvided ?? tally.lastProvided
          tally.refusals += part.refusals
          tally.art28Shown &&= art28Shown === 1
        }
        for (const { recipientId, item } of page.items) {
          const { dataItems } = found.get(recipientId)!
          if (!dataItems.includes(item)) dataItems.push(item)
        }
        for (const { recipientId, n } of page.principals) found.get(recipientId)!.principalsConsented += n
        if (page.info.rows < pageSize) break
        after = { afterAt: page.info.lastAt!, afterId: page.info.lastId! }
        await nextTurn()
      }
    } finally {
      // Cleared a slice at a time, so that a large record does not hold up others either.
      while (db.open && clearPrincipals.run({ run }).changes) await nextTurn()
      if (db.open) for (const clear of [clearPage, clearEntries]) clear.run({ run })
    }
    return { tallies: [...found.values()], skipped }
  }
}
