/// <reference types="node" />
/**
 * The same Consentry build with and without V8's compile hint (`//# allFunctionsCalledOnLoad`
 * on the first line of consentry.js, consentry-ui.js and consentry-check.js), visits
 * alternating, at the same 4× CPU slowdown as npm run bench. Reports the medians of first
 * and returning visits and the ratio with/without.
 *
 *   npm run bench:hint            BENCH_RUNS (default 15) visit pairs per variant
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it } from 'vitest'
import { launch } from '../test/e2e/harness.js'
import { snapshotDist, startStaticServer } from './browser/server.js'
import { spread } from './browser/stats.js'
import { GATED_TAGS, TOOLS } from './browser/tools.js'
import { visitPair, type VisitResult } from './browser/visit.js'
import { positive } from './env.js'

const RUNS = positive('BENCH_RUNS', 15)
const HINT = '//# allFunctionsCalledOnLoad\n'

/** A copy of the build whose files carry no compile hint. */
function withoutHint(dist: string) {
  const copy = mkdtempSync(join(tmpdir(), 'consentry-no-hint-'))
  cpSync(dist, copy, { recursive: true })
  const hinted = readdirSync(copy).filter((name) => name.endsWith('.js') && readFileSync(join(copy, name), 'utf8').startsWith(HINT))
  if (hinted.length < 3) throw new Error('expected the build to carry the compile hint in 3 files, found ' + hinted.join(', '))
  for (const name of hinted) writeFileSync(join(copy, name), readFileSync(join(copy, name), 'utf8').slice(HINT.length))
  return copy
}

const MEASURES: Array<[string, 'first' | 'returning', (result: VisitResult) => number | null]> = [
  ['first visit: banner ms', 'first', (result) => result.bannerMs],
  ['first visit: page JS ms', 'first', (result) => result.jsMs],
  ['returning visit: page JS ms', 'returning', (result) => result.jsMs],
  ['returning visit: consentry.js JS ms', 'returning', (result) => result.jsByScript['/dist/consentry.js'] ?? 0],
  ['returning visit: ScriptDuration ms', 'returning', (result) => result.scriptMs],
]

it('consentry with and without the compile hint', async () => {
  const { browser, servers } = await launch()
  const hinted = snapshotDist()
  const plain = withoutHint(hinted)
  // One server per build: each origin keeps its own remembered config, as a site would.
  const sites = { with: await startStaticServer(servers.tagUrl, hinted, () => null), without: await startStaticServer(servers.tagUrl, plain, () => null) }
  const [consentry] = TOOLS
  const base = { browser, tool: consentry!, tagOrigin: servers.tagUrl, tagRequestCount: () => servers.tagRequests.length, gatedExpected: GATED_TAGS }
  const results = { with: { first: [] as VisitResult[], returning: [] as VisitResult[] }, without: { first: [] as VisitResult[], returning: [] as VisitResult[] } }
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const variant of ['with', 'without'] as const) {
        const { first, returning } = await visitPair({ ...base, url: sites[variant].url + consentry!.path })
        results[variant].first.push(first.result)
        results[variant].returning.push(returning.result)
      }
    }
    console.log(`Medians of ${RUNS} visit pairs each, alternating:`)
    console.log('| | with the hint | without | ratio |\n| --- | --- | --- | --- |')
    for (const [title, kind, read] of MEASURES) {
      const withHint = spread(results.with[kind].map(read)).median
      const withoutHint = spread(results.without[kind].map(read)).median
      const ratio = withHint !== null && withoutHint ? (withHint / withoutHint).toFixed(2) : 'n/a'
      console.log(`| ${title} | ${withHint?.toFixed(1)} | ${withoutHint?.toFixed(1)} | ${ratio} |`)
    }
  } finally {
    await sites.with.close()
    await sites.without.close()
    await browser.close()
    await servers.close()
    rmSync(hinted, { recursive: true, force: true })
    rmSync(plain, { recursive: true, force: true })
  }
}, 30 * 60_000)
