/**
 * What holding back vendors' requests costs the page: one script sets `src` on 1,000 new
 * images, timed on its own, on a fresh page at the same CPU slowdown. Without Consentry,
 * with Consentry but no vendor `domains` (then nothing is wrapped: it must cost nothing),
 * and with `domains`, for images to a host no vendor lists and to a held host.
 */
import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { partial } from './server.js'
import { spread, table, type Spread } from './stats.js'
import { CPU_SLOWDOWN } from './visit.js'

const IMAGES = 1000
const HELD_HOST = 'ads.held.example'

const page = (config: unknown, host: string) => `<!doctype html><html><head>
${config ? `<script>window.consentryConfig = ${JSON.stringify(config)}</script><script src="/dist/consentry.js"></script>` : ''}
<script>
const start = performance.now()
for (let i = 0; i < ${IMAGES}; i++) new Image().src = 'http://${host}/pixel.gif?' + i
window.__holdMs = performance.now() - start
</script></head><body><p>images</p></body></html>`

export async function measureHold(browser: Browser, siteUrl: string, runs: number): Promise<Record<string, Spread>> {
  const config = JSON.parse(readFileSync(partial('consentry-config.json'), 'utf8'))
  const withDomains = { ...config, vendors: config.vendors.map((vendor: { id: string }) => (vendor.id === 'ad-network' ? { ...vendor, domains: [HELD_HOST] } : vendor)) }
  // Images to a host that answers nothing at once: no network in the loop either way.
  const free = '127.0.0.1:9'
  const cases: Array<[string, string]> = [
    ['no consent script', page(null, free)],
    ['Consentry, no vendor domains', page(config, free)],
    ['Consentry with domains, a host no vendor lists', page(withDomains, free)],
    ['Consentry with domains, a held host', page(withDomains, HELD_HOST)],
  ]
  const seen: Record<string, number[]> = {}
  for (let run = 0; run < runs; run++)
    for (const [name, body] of cases) {
      const context = await browser.newContext()
      try {
        const tab = await context.newPage()
        const url = siteUrl + '/hold-bench.html'
        await tab.route(url, (route) => route.fulfill({ contentType: 'text/html', body }))
        const cdp = await context.newCDPSession(tab)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
        await tab.goto(url)
        ;(seen[name] ??= []).push(await tab.evaluate(() => (window as unknown as { __holdMs: number }).__holdMs))
      } finally {
        await context.close()
      }
    }
  return Object.fromEntries(Object.entries(seen).map(([name, values]) => [name, spread(values)]))
}

export const holdText = (measured: Record<string, Spread>, runs: number) => {
  const baseline = measured['no consent script']?.median
  return (
    `Setting src on ${IMAGES} images (${runs} fresh contexts, ${CPU_SLOWDOWN}× slowdown), ms, and the ratio of medians to the page without a consent script:\n` +
    table(
      [{ title: 'ms', format: (value) => value.toFixed(1) }],
      Object.entries(measured).map(([name, value]) => ({ name: baseline ? `${name} (×${((value.median ?? 0) / baseline).toFixed(2)})` : name, values: [value] })),
    )
  )
}
