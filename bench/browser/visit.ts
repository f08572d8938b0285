/**
 * One page visit in a fresh browser context (empty HTTP cache) at 4× CPU throttling,
 * measured the same way whichever consent tool the page carries.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core'
import { scriptTime, timeByScript, type CpuProfile } from './profile.js'

/** How to find a tool's banner and its accept-all button. */
export interface Tool {
  name: string
  path: string
  /** Selectors to the banner; each one after the first is looked up in the previous one's shadow root. */
  banner: string[]
  /** Playwright selector of the accept-all button on the first layer. */
  accept: string
}

export interface VisitResult {
  /** Response bodies as transferred (gzip), third-party tags left out. */
  bytes: number
  /** Bytes per path. */
  files: Record<string, number>
  bannerMs: number | null
  fcpMs: number | null
  /**
   * CDP ScriptDuration; promise reactions (microtasks) are not in it. The banner probe's own
   * script is a few selector calls per frame; the layout its checks may force is not script
   * time, so nothing is subtracted (doing so once gave negative times).
   */
  scriptMs: number
  /** The page's JavaScript in a 1 ms sampling CPU profile, promise reactions included. */
  jsMs: number
  /** jsMs by script path, as in the profile. */
  jsByScript: Record<string, number>
  heapBytes: number
  cls: number
  /** Requests that reached the tag origin before the accept click (first visits only). */
  gatedBeforeConsent: number
  gatedLoaded: number
  /** Accept click to the start of the first gated request. */
  clickToTagMs: number | null
  bannerOnReturn: boolean
  /** The value of VisitOptions.read, when given. */
  read?: unknown
}

type Storage = Awaited<ReturnType<BrowserContext['storageState']>>

export const CPU_SLOWDOWN = 4
const QUIET_MS = 300
// Before anything is read or clicked, on every visit: tarteaucitron attaches its button
// handlers 500 ms after it shows the banner and ignores earlier clicks.
const SETTLE_PAUSE_MS = 1000
const POLL = { polling: 50 } as const

/**
 * Runs in the page before any of its scripts. Looks for the banner once per animation
 * frame (identical for every tool) and keeps its own running time, which is not the
 * tool's; records FCP, layout shifts and the click time.
 */
function probe(banner: string[] | null) {
  const state = { bannerMs: null as number | null, fcpMs: null as number | null, cls: 0, clickAt: null as number | null }
  ;(window as unknown as { __bench: typeof state }).__bench = state
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcpMs = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
      if (!entry.hadRecentInput) state.cls += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
  addEventListener('click', (event) => (state.clickAt ??= event.timeStamp), true)
  if (!banner) return
  const visible = () => {
    let element: Element | null | undefined = document.querySelector(banner[0]!)
    for (const selector of banner.slice(1)) element = element?.shadowRoot?.querySelector(selector)
    if (!element?.checkVisibility({ opacityProperty: true, visibilityProperty: true } as CheckVisibilityOptions)) return false
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
  }
  const frame = () => {
    const start = performance.now()
    if (visible()) state.bannerMs = start
    else requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

const metric = async (cdp: CDPSession, name: string) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((entry) => entry.name === name)?.value ?? 0

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Follows the page's requests from Node, so that waiting costs the page no script time. */
function watchNetwork(page: Page, tagOrigin: string) {
  let inFlight = 0
  let lastChange = Date.now()
  let tagsFinished = 0
  const sizes: Array<Promise<number>> = []
  const files: Record<string, number> = {}
  const change = () => (lastChange = Date.now())
  page.on('request', () => (inFlight++, change()))
  page.on('requestfailed', () => (inFlight--, change()))
  page.on('requestfinished', (request) => {
    inFlight--
    change()
    const url = request.url()
    // Third-party tags are the same for every tool and load only after consent.
    if (url.startsWith(tagOrigin)) tagsFinished++
    else if (!url.startsWith('data:')) sizes.push(request.sizes().then((size) => (files[new URL(url).pathname] = size.responseBodySize), () => 0))
  })
  const until = async (done: () => boolean, limit: number) => {
    for (const end = Date.now() + limit; !done() && Date.now() < end; ) await sleep(20)
  }
  return {
    sizes,
    files,
    tagsFinished: () => tagsFinished,
    /** Until `count` gated requests have finished (at most 10 s). */
    gated: (count: number) => until(() => tagsFinished >= count, 10_000),
    /** Until nothing has been in flight for QUIET_MS. */
    quiet: (limit = 10_000) => until(() => inFlight <= 0 && Date.now() - lastChange >= QUIET_MS, limit),
  }
}

export interface VisitOptions {
  browser: Browser
  url: string
  tool: Tool
  tagOrigin: string
  /** A stored decision: a returning visit. Without it, a first visit that ends by accepting all. */
  storage?: Storage
  /** How many gated requests to wait for once consent is there. */
  gatedExpected: number
  /** Page-side condition (a JS expression) that must hold before the visit counts as settled. */
  settled?: string
  /** A JS expression evaluated in the page once it has settled, returned as `read`. */
  read?: string
  /** Tag requests the tag server has seen so far. */
  tagRequestCount: () => number
  /** Keep the CPU profile, sampled every 100 µs instead of every 1 ms. */
  profile?: boolean
}

/**
 * A first visit that accepts all, then a returning visit with the decision it stored; each
 * may wait for its own `settled` condition.
 */
export async function visitPair(options: Omit<VisitOptions, 'storage' | 'settled'>, settled: [string?, string?] = []) {
  const first = await visit({ ...options, settled: settled[0] })
  const returning = await visit({ ...options, settled: settled[1], storage: first.storage })
  return { first, returning }
}

type ProbeState = { bannerMs: number | null; fcpMs: number | null; cls: number; clickAt: number | null }
const probeState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench)

/** Measures one visit; a first visit also returns the decision it stored by accepting all. */
export async function visit(options: VisitOptions): Promise<{ result: VisitResult; storage: Storage; profile?: CpuProfile }> {
  const { browser, url, tool, tagOrigin, storage } = options
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, ...(storage ? { storageState: storage } : {}) })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await cdp.send('Performance.enable')
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: options.profile ? 100 : 1000 })
    const network = watchNetwork(page, tagOrigin)
    await page.addInitScript(probe, storage ? null : tool.banner)
    const scriptBefore = await metric(cdp, 'ScriptDuration')
    const tagsBefore = options.tagRequestCount()
    await cdp.send('Profiler.start')

    await page.goto(url, { waitUntil: 'load' })
    if (storage) await network.gated(options.gatedExpected)
    else await page.waitForFunction(() => (window as any).__bench.bannerMs !== null, null, { timeout: 15_000, ...POLL })
    if (options.settled)
      await page.waitForFunction(options.settled, null, { timeout: 30_000, ...POLL }).catch(async (error: Error) => {
        throw new Error(`${url}: not settled (${options.settled}): ${await page.evaluate('JSON.stringify([window.__inserted, window.__ran])')}`, { cause: error })
      })
    await network.quiet()
    await page.waitForTimeout(SETTLE_PAUSE_MS)
    const scriptDuration = (await metric(cdp, 'ScriptDuration')) - scriptBefore
    const profile: CpuProfile = (await cdp.send('Profiler.stop')).profile
    const gatedBeforeConsent = storage ? 0 : options.tagRequestCount() - tagsBefore
    await cdp.send('HeapProfiler.collectGarbage')
    const heapBytes = await metric(cdp, 'JSHeapUsedSize')
    const settledState = await probeState(page)
    const read = options.read ? await page.evaluate(options.read) : undefined
    const bannerOnReturn = storage ? await page.locator(tool.accept).isVisible() : false

    let clickToTagMs: number | null = null
    if (!storage) {
      await page.click(tool.accept)
      await network.gated(options.gatedExpected)
      const { clickAt } = await probeState(page)
      const starts = await page.evaluate(
        (origin) => performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(origin)).map((entry) => entry.startTime),
        tagOrigin,
      )
      clickToTagMs = clickAt === null || starts.length === 0 ? null : Math.min(...starts) - clickAt
      await network.quiet(3_000)
    }
    const bytes = (await Promise.all(network.sizes)).reduce((sum, size) => sum + size, 0)
    return {
      result: {
        bytes,
        files: network.files,
        bannerMs: settledState.bannerMs,
        fcpMs: settledState.fcpMs,
        scriptMs: scriptDuration * 1000,
        jsMs: scriptTime(profile),
        jsByScript: timeByScript(profile),
        heapBytes,
        cls: settledState.cls,
        gatedBeforeConsent,
        gatedLoaded: network.tagsFinished(),
        clickToTagMs,
        bannerOnReturn,
        ...(options.read ? { read } : {}),
      },
      storage: await context.storageState(),
      ...(options.profile ? { profile } : {}),
    }
  } finally {
    await context.close()
  }
}
