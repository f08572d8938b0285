/**
 * Where Consentry's main-thread time goes: a CPU profile's samples in dist/ files, mapped
 * back to src/ through the build's source maps.
 */
import { original } from './source-map.js'

/** The parts of a CDP Profiler.Profile that are read here. */
export interface CpuProfile {
  nodes: Array<{ id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>
  samples?: number[]
  timeDeltas?: number[]
}

// Samples that are not JavaScript: the thread waiting, or native work (parsing, style, layout, paint).
const NOT_SCRIPT = new Set(['(idle)', '(program)', '(root)'])
const GC = '(garbage collector)'

/**
 * The script each JavaScript sample belongs to: the innermost frame on its stack that names
 * one. Frames without any are the measuring harness (init script, evaluations): '(harness)'.
 */
function samplesByScript(profile: CpuProfile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const deltas = profile.timeDeltas ?? []
  const byScript = new Map<string, number>()
  ;(profile.samples ?? []).forEach((id, index) => {
    const name = nodes.get(id)!.callFrame.functionName
    if (NOT_SCRIPT.has(name)) return
    let at: number | undefined = id
    while (at !== undefined && !nodes.get(at)!.callFrame.url) at = parent.get(at)
    const script = name === GC ? GC : at === undefined ? '(harness)' : nodes.get(at)!.callFrame.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*/, '')
    byScript.set(script, (byScript.get(script) ?? 0) + (deltas[index + 1] ?? 0) / 1000)
  })
  return { nodes, parent, byScript }
}

/**
 * Milliseconds of the page's JavaScript (garbage collection included) wherever it ran:
 * tasks, event handlers and promise reactions alike; the harness's own is left out.
 */
export function scriptTime(profile: CpuProfile) {
  let sum = 0
  for (const [script, ms] of samplesByScript(profile).byScript) if (script !== '(harness)') sum += ms
  return sum
}

/** Milliseconds of JavaScript per script path (and garbage collector, harness). */
export const timeByScript = (profile: CpuProfile) => Object.fromEntries(samplesByScript(profile).byScript)

export interface HotFunction {
  function: string
  file: string
  where: string
  selfMs: number
  totalMs: number
}

/**
 * Self and total (inclusive) time per function of the dist/ files, largest total first,
 * as the mean over `profiles` (single throttled profiles are lumpy).
 */
export function hotFunctions(profiles: CpuProfile[], dist: string, limit = 12) {
  const stats = new Map<string, { self: number; total: number }>()
  const scripts = new Map<string, number>()
  let distMs = 0
  for (const profile of profiles) {
    const { nodes, parent, byScript } = samplesByScript(profile)
    for (const [script, ms] of byScript) scripts.set(script, (scripts.get(script) ?? 0) + ms)
    const keyOf = (id: number) => {
      const frame = nodes.get(id)!.callFrame
      const file = /\/dist\/([^/?#]+\.js)/.exec(frame.url)?.[1]
      return file ? `${file}|${frame.functionName || '(anonymous)'}|${frame.lineNumber}|${frame.columnNumber}` : null
    }
    const deltas = profile.timeDeltas ?? []
    ;(profile.samples ?? []).forEach((id, index) => {
      const ms = (deltas[index + 1] ?? 0) / 1000
      // Each function once per sample, however deep its recursion.
      const seen = new Set<string>()
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const key = keyOf(at)
        if (!key || seen.has(key)) continue
        const entry = stats.get(key) ?? { self: 0, total: 0 }
        entry.total += ms
        if (at === id) entry.self += ms
        stats.set(key, entry)
        seen.add(key)
      }
      if (seen.size) distMs += ms
    })
  }
  const mean = (ms: number) => ms / profiles.length
  const functions: HotFunction[] = [...stats]
    .map(([key, time]) => {
      const [file, name, line, column] = key.split('|') as [string, string, string, string]
      return { function: name, file, where: original(dist, file, Number(line), Number(column)), selfMs: mean(time.self), totalMs: mean(time.total) }
    })
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, limit)
  return {
    profiles: profiles.length,
    jsMs: mean(profiles.reduce((sum, profile) => sum + scriptTime(profile), 0)),
    byScript: [...scripts].map(([script, ms]) => ({ script, ms: mean(ms) })).sort((a, b) => b.ms - a.ms),
    distMs: mean(distMs),
    functions,
  }
}

/** The hot functions as printed lines: total and self ms, source location, minified name. */
export function profileText(title: string, hot: ReturnType<typeof hotFunctions>) {
  const lines = hot.functions.map(
    (entry) => `  ${entry.totalMs.toFixed(1).padStart(7)} ${entry.selfMs.toFixed(1).padStart(7)}  ${entry.where}  (${entry.file} ${entry.function})`,
  )
  const scripts = hot.byScript.slice(0, 6).map((entry) => `${entry.script} ${entry.ms.toFixed(1)}`)
  return [
    `${title} (mean of ${hot.profiles}): ${hot.jsMs.toFixed(1)} ms of page JavaScript; by script (self ms): ${scripts.join(', ')}`,
    ...(lines.length ? [`  ${hot.distMs.toFixed(1)} ms with dist/ code on the stack:`, '    total    self  source  (file, minified name)', ...lines] : []),
  ].join('\n')
}
