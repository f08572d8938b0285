/**
 * What a few browser calls cost on a fresh page at the same CPU slowdown, each timed alone
 * in a page's first script: the calls a consent script makes before it can gate anything.
 * They explain parts of the profiles (a first `localStorage` read is not free) and are the
 * same price for every tool that makes them.
 */
import type { Browser } from 'playwright-core'
import { spread, table, type Spread } from './stats.js'
import { CPU_SLOWDOWN } from './visit.js'

const PAGE = `<!doctype html><html><head><script>
const timings = []
const time = (name, call) => { const start = performance.now(); call(); timings.push([name, performance.now() - start]) }
time('document.cookie, first read', () => document.cookie)
time('localStorage.getItem, first', () => localStorage.getItem('consentry:probe'))
time('localStorage.getItem, second', () => localStorage.getItem('consentry:probe'))
time('new BroadcastChannel', () => (new BroadcastChannel('consentry:probe').onmessage = () => {}))
time('MutationObserver on the document', () => new MutationObserver(() => {}).observe(document.documentElement, { childList: true, subtree: true }))
window.__timings = timings
</script></head><body><p>primitives</p></body></html>`

export async function measurePrimitives(browser: Browser, siteUrl: string, runs: number): Promise<Record<string, Spread>> {
  const seen: Record<string, number[]> = {}
  const url = siteUrl + '/primitives.html'
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }))
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
      await page.goto(url)
      for (const [name, ms] of await page.evaluate(() => (window as unknown as { __timings: Array<[string, number]> }).__timings)) (seen[name] ??= []).push(ms)
    } finally {
      await context.close()
    }
  }
  return Object.fromEntries(Object.entries(seen).map(([name, values]) => [name, spread(values)]))
}

export const primitivesText = (measured: Record<string, Spread>, runs: number) =>
  `Browser calls on a fresh page, timed alone (${runs} fresh contexts, ${CPU_SLOWDOWN}× slowdown), ms:\n` +
  table([{ title: 'ms', format: (value) => value.toFixed(1) }], Object.entries(measured).map(([name, value]) => ({ name, values: [value] })))
