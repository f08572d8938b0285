/// <reference types="node" />
/**
 * Consentry side by side with vanilla-cookieconsent, klaro and tarteaucitron in headless
 * Chromium at 4× CPU throttling, plus Consentry's scaling with gated elements and vendors and
 * what holding back vendors' requests costs a page that sets src on 1,000 images.
 * Prints tables and writes bench/results/browser.json and browser.png. bench/README.md
 * explains every number.
 *
 *   npm run bench                 BENCH_RUNS (default 5), BENCH_SCALE_RUNS (default 3),
 *                                 BENCH_PROFILE=N adds N profiled visit pairs per tool (Consentry's
 *                                 functions mapped to src/)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { it } from 'vitest'
import { launch } from '../test/e2e/harness.js'
import { bytesBySource, bytesText } from './browser/bytes.js'
import { writeChart } from './browser/chart.js'
import { hotFunctions, profileText, type CpuProfile } from './browser/profile.js'
import { report, type Runs } from './browser/report.js'
import { spread } from './browser/stats.js'
import { measureScaling, scalePage } from './browser/scaling.js'
import { measurePrimitives, primitivesText } from './browser/primitives.js'
import { holdText, measureHold } from './browser/hold.js'
import { repo, snapshotDist, startStaticServer } from './browser/server.js'
import { GATED_TAGS, TOOLS } from './browser/tools.js'
import { CPU_SLOWDOWN, visit, visitPair, type Tool } from './browser/visit.js'
import { positive } from './env.js'

const RUNS = positive('BENCH_RUNS', 5)
const SCALE_RUNS = positive('BENCH_SCALE_RUNS', 3)
// Profiled visit pairs per tool; none unless asked for.
const PROFILE_RUNS = process.env.BENCH_PROFILE ? positive('BENCH_PROFILE', 1) : 0
const results = join(repo, 'bench', 'results')
// Fresh pages timing single browser calls (cheap: well under a second each).
const PRIMITIVE_RUNS = 9

it('consent tools in the browser', async () => {
  const { browser, servers } = await launch()
  const dist = snapshotDist()
  const site = await startStaticServer(servers.tagUrl, dist, scalePage(servers.tagUrl))
  const base = { browser, tagOrigin: servers.tagUrl, tagRequestCount: () => servers.tagRequests.length }
  const pair = (tool: Tool, url = site.url + tool.path, gatedExpected = GATED_TAGS, settled: [string?, string?] = [], read?: string, profile = false) =>
    visitPair({ ...base, tool, url, gatedExpected, read, profile }, settled)
  try {
    // One unrecorded pass so that no tool pays for the browser's own warm-up.
    for (const tool of TOOLS) await visit({ ...base, tool, url: site.url + tool.path, gatedExpected: GATED_TAGS })
    const runs: Runs = Object.fromEntries(TOOLS.map((tool) => [tool.name, { first: [], returning: [], failures: [] }]))
    for (let run = 0; run < RUNS; run++) {
      for (const tool of TOOLS) {
        try {
          const { first, returning } = await pair(tool)
          runs[tool.name]!.first.push(first.result)
          runs[tool.name]!.returning.push(returning.result)
        } catch (error) {
          runs[tool.name]!.failures.push(`run ${run + 1}: ${(error as Error).message.split('\n')[0]}`)
        }
      }
    }
    const scaling = await measureScaling(pair, site.url, SCALE_RUNS, TOOLS[0]!)
    const primitives = await measurePrimitives(browser, site.url, PRIMITIVE_RUNS)
    const hold = await measureHold(browser, site.url, PRIMITIVE_RUNS)

    // Profiled visits are extra: the profiler's 100 µs sampling slows the page down.
    const profile: Record<string, ReturnType<typeof hotFunctions>> = {}
    for (const tool of PROFILE_RUNS ? TOOLS : []) {
      const profiles = { first: [] as CpuProfile[], returning: [] as CpuProfile[] }
      for (let run = 0; run < PROFILE_RUNS; run++) {
        const { first, returning } = await pair(tool, undefined, GATED_TAGS, [], undefined, true)
        profiles.first.push(first.profile!)
        profiles.returning.push(returning.profile!)
      }
      profile[`${tool.name} first visit`] = hotFunctions(profiles.first, dist)
      profile[`${tool.name} returning visit`] = hotFunctions(profiles.returning, dist)
    }

    const summary = report(runs, scaling)
    console.log(summary.text)
    // What the returning-visit goal leaves consentry.js once the page itself is paid for.
    const [consentry] = TOOLS
    const returningGoal = summary.json.goals.find((goal) => goal.key === 'returningVisitBytes')!
    const pageBytes = spread(runs[consentry!.name]!.returning.map((result) => result.files[consentry!.path] ?? null)).median
    const scriptBytes = { ...bytesBySource(dist, 'consentry.js'), page: pageBytes, goalRoom: pageBytes === null ? null : Math.floor(returningGoal.limit - pageBytes) }
    console.log('\n' + bytesText(scriptBytes))
    console.log(`The returning-visit goal allows ${Math.floor(returningGoal.limit)} bytes; the page takes ${pageBytes}, which leaves consentry.js ${scriptBytes.goalRoom}.`)
    console.log('\n' + primitivesText(primitives, PRIMITIVE_RUNS))
    console.log('\n' + holdText(hold, PRIMITIVE_RUNS))
    for (const [name, hot] of Object.entries(profile)) console.log('\nCPU profile, ' + profileText(name, hot))
    const version = browser.version()
    mkdirSync(results, { recursive: true })
    writeFileSync(
      join(results, 'browser.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: version },
          cpuSlowdown: CPU_SLOWDOWN,
          runs: RUNS,
          scaleRuns: SCALE_RUNS,
          ...summary.json,
          primitives,
          hold,
          scriptBytes,
          ...(Object.keys(profile).length ? { profile } : {}),
          raw: runs,
        },
        null,
        2,
      ) + '\n',
    )
    await writeChart(browser, `Consent tools, medians of ${RUNS} runs (Chromium ${version}, ${CPU_SLOWDOWN}× CPU slowdown)`, summary.panels, join(results, 'browser.png'))
  } finally {
    await site.close()
    await browser.close()
    await servers.close()
    rmSync(dist, { recursive: true, force: true })
  }
}, 30 * 60_000)
