/** Turns the runs into the printed tables, the goal checks, the JSON and the chart panels. */
import type { Panel } from './chart.js'
import { scriptCount, type ScalePoint } from './scaling.js'
import { kb, ms, spread, table, type Column, type Spread } from './stats.js'
import { GATED_TAGS } from './tools.js'
import { CPU_SLOWDOWN, type VisitResult } from './visit.js'

export type Runs = Record<string, { first: VisitResult[]; returning: VisitResult[]; failures: string[] }>

interface Metric extends Column {
  key: string
  unit: string
  visit: 'first' | 'returning'
  read: (result: VisitResult) => number | null
  /** Left out of the chart (a count that must be 0). */
  notCharted?: true
}

const METRICS: Metric[] = [
  { key: 'firstVisitBytes', title: 'first visit KB', unit: 'KB', visit: 'first', read: (r) => r.bytes, format: kb },
  { key: 'returningVisitBytes', title: 'returning KB', unit: 'KB', visit: 'returning', read: (r) => r.bytes, format: kb },
  { key: 'bannerVisibleMs', title: 'banner ms', unit: 'ms', visit: 'first', read: (r) => r.bannerMs, format: ms },
  { key: 'fcpMs', title: 'FCP ms', unit: 'ms', visit: 'first', read: (r) => r.fcpMs, format: ms },
  { key: 'firstVisitScriptMs', title: 'script first ms', unit: 'ms', visit: 'first', read: (r) => r.scriptMs, format: ms },
  { key: 'returningVisitScriptMs', title: 'script returning ms', unit: 'ms', visit: 'returning', read: (r) => r.scriptMs, format: ms },
  { key: 'firstVisitJsMs', title: 'JS first ms', unit: 'ms', visit: 'first', read: (r) => r.jsMs, format: ms },
  { key: 'returningVisitJsMs', title: 'JS returning ms', unit: 'ms', visit: 'returning', read: (r) => r.jsMs, format: ms },
  { key: 'clickToTagMs', title: 'click→tag ms', unit: 'ms', visit: 'first', read: (r) => r.clickToTagMs, format: ms },
  { key: 'cls', title: 'CLS', unit: '', visit: 'first', read: (r) => r.cls, format: (v) => v.toFixed(3) },
  { key: 'gatedBeforeConsent', title: 'gated before consent', unit: '', visit: 'first', read: (r) => r.gatedBeforeConsent, format: String, notCharted: true },
]

/** Consentry's median against the best peer's, for each goal of the issue. */
function goals(medians: Record<string, Record<string, number | null>>) {
  const [self, ...peers] = Object.keys(medians)
  const best = (key: string) => Math.min(...peers.map((peer) => medians[peer]![key] ?? Infinity))
  const goal = (title: string, key: string, factor: number) => {
    const ours = medians[self!]![key] ?? Infinity
    const limit = best(key) * factor
    return { title, key, consentry: ours, bestPeer: best(key), limit, ratio: ours / best(key), met: ours <= limit }
  }
  return [
    goal('returning visit bytes ≤ 1/4 of the smallest peer', 'returningVisitBytes', 0.25),
    goal('first visit bytes ≤ the smallest peer', 'firstVisitBytes', 1),
    goal('banner visible no later than the fastest peer', 'bannerVisibleMs', 1),
    goal('returning-visit script time (ScriptDuration) ≤ the best peer', 'returningVisitScriptMs', 1),
    goal('returning-visit JS time (CPU profile) ≤ the best peer', 'returningVisitJsMs', 1),
  ]
}

/** Growth per 10× more items between two points: (b/a)^(1/log10(nb/na)). */
const perTenfold = (a: number | null, b: number | null, na: number, nb: number) =>
  a && b ? (b / a) ** (1 / Math.log10(nb / na)) : null

function scalingReport(points: ScalePoint[]) {
  const metric = (key: string) => METRICS.find((entry) => entry.key === key)!
  const heap = (visit: 'first' | 'returning'): Metric => ({ key: visit + 'VisitHeapBytes', title: `heap ${visit} KB`, unit: 'KB', visit, read: (r) => r.heapBytes, format: kb })
  // Consentry's own files; the rest is the page's gated scripts running and garbage collection.
  const own = (visit: 'first' | 'returning'): Metric => ({
    key: visit + 'VisitConsentryJsMs',
    title: `Consentry JS ${visit} ms`,
    unit: 'ms',
    visit,
    read: (r) => Object.entries(r.jsByScript).reduce((sum, [script, ms]) => (script.startsWith('/dist/') ? sum + ms : sum), 0),
    format: ms,
  })
  // ScriptDuration leaves out the MutationObserver's work (a microtask), so the profile's time is shown.
  const columns = [metric('firstVisitJsMs'), own('first'), heap('first'), metric('returningVisitJsMs'), own('returning'), heap('returning')]
  const rows = points.map((point) => ({
    name: `${point.elements} elements, ${point.vendors} vendors`,
    point,
    values: columns.map((column) => spread(point[column.visit].map(column.read))),
  }))
  const growth = (dimension: 'elements' | 'vendors') => {
    const line = rows.filter((row) => (dimension === 'elements' ? row.point.vendors : row.point.elements) === rows[0]!.point[dimension === 'elements' ? 'vendors' : 'elements'])
    return line.slice(1).map((row, index) => {
      const before = line[index]!
      return {
        from: before.point[dimension],
        to: row.point[dimension],
        perTenfold: Object.fromEntries(columns.map((column, c) => [column.key, perTenfold(before.values[c]!.median, row.values[c]!.median, before.point[dimension], row.point[dimension])])),
      }
    })
  }
  const growthRows = (['elements', 'vendors'] as const).flatMap((dimension) =>
    growth(dimension).map((step) => `| ${dimension} ${step.from}→${step.to} | ${Object.values(step.perTenfold).map((v) => (v === null ? 'n/a' : v.toFixed(2) + '×')).join(' | ')} |`),
  )
  // Every gated inline script must run once the decision is stored.
  const problems = points.flatMap((point) => {
    const expected = scriptCount(point.elements, point.vendors)
    const ran = point.returning.map((result) => Number(result.read))
    const name = `${point.elements} elements, ${point.vendors} vendors`
    return [
      ...(ran.some((count) => count !== expected) ? [`${name}: gated inline scripts that ran per returning visit: ${ran.join(', ')} of ${expected}`] : []),
      ...point.failures.map((failure) => `${name}: failed ${failure}`),
    ]
  })
  const text = [
    table(columns, rows),
    '',
    'Growth per 10× more items (1.00× = flat, 10.00× = linear with no fixed cost):',
    `| step | ${columns.map((column) => column.title).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    ...growthRows,
    ...(problems.length ? ['', 'Problems:', ...problems.map((line) => '  ' + line)] : []),
  ].join('\n')
  const json = {
    problems,
    points: rows.map((row) => ({ elements: row.point.elements, vendors: row.point.vendors, ...Object.fromEntries(columns.map((column, c) => [column.key, row.values[c]])) })),
    growth: { elements: growth('elements'), vendors: growth('vendors') },
  }
  return { text, json }
}

export function report(runs: Runs, scaling: ScalePoint[]) {
  const names = Object.keys(runs)
  const spreads: Record<string, Record<string, Spread>> = Object.fromEntries(
    names.map((name) => [name, Object.fromEntries(METRICS.map((metric) => [metric.key, spread(runs[name]![metric.visit].map(metric.read))]))]),
  )
  const medians = Object.fromEntries(names.map((name) => [name, Object.fromEntries(METRICS.map((m) => [m.key, spreads[name]![m.key]!.median]))]))
  const checked = goals(medians)
  const notes = names.flatMap((name) => {
    const { first, returning, failures } = runs[name]!
    return [
      ...failures.map((failure) => `${name}: failed ${failure}`),
      ...(first.some((r) => r.gatedBeforeConsent > 0) ? [`${name}: gated requests before consent!`] : []),
      ...(first.some((r) => r.gatedLoaded < GATED_TAGS) ? [`${name}: not every gated tag loaded after accepting`] : []),
      ...(returning.some((r) => r.bannerOnReturn) ? [`${name}: the banner showed again on a returning visit`] : []),
    ]
  })
  const scaled = scalingReport(scaling)
  const text = [
    `Medians (min–max), ${CPU_SLOWDOWN}× CPU slowdown:`,
    table(METRICS, names.map((name) => ({ name, values: METRICS.map((metric) => spreads[name]![metric.key]!) }))),
    '',
    'Goals (Consentry against the best peer):',
    ...checked.map((g) => `  ${g.met ? 'met   ' : 'MISSED'} ${g.title}: ${+g.consentry.toFixed(1)} vs ${+g.bestPeer.toFixed(1)} (ratio ${g.ratio.toFixed(2)})`),
    ...(notes.length ? ['', 'Notes:', ...notes.map((note) => '  ' + note)] : []),
    '',
    'Consentry scaling, medians (min–max):',
    scaled.text,
  ].join('\n')
  const panels: Panel[] = METRICS.filter((metric) => !metric.notCharted).map((metric) => ({
    title: metric.title,
    unit: metric.unit,
    bars: names.map((name) => {
      const median = medians[name]![metric.key] ?? null
      return { name, value: median !== null && metric.unit === 'KB' ? median / 1024 : median }
    }),
  }))
  return { text, panels, json: { tools: spreads, goals: checked, notes, scaling: scaled.json } }
}
