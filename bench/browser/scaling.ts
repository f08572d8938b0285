/**
 * Pages for the scaling measurement: Consentry with N gated elements (half in the HTML,
 * half appended one by one by a script over ten tasks, for the MutationObserver) and M
 * vendors in the config.
 */
import { readFileSync } from 'node:fs'
import { partial, type PageMaker } from './server.js'
import type { Tool, VisitResult } from './visit.js'

export const ELEMENT_COUNTS = [10, 100, 1000]
export const VENDOR_COUNTS = [10, 100, 500]
/** Held fixed while the other dimension grows. */
export const BASE = 10

const categoryOf = (vendor: number) => (vendor % 2 === 0 ? 'advertising' : 'dmp')

// The comparison page's config, with `vendors` partners in place of its two.
function config(vendors: number) {
  return {
    ...JSON.parse(readFileSync(partial('consentry-config.json'), 'utf8')),
    vendors: Array.from({ length: vendors }, (_, i) => ({
      id: `v${i}`,
      name: `Partner ${i} K.K.`,
      category: categoryOf(i),
      country: 'JP',
      purpose: 'Ad distribution and audience data',
      dataItems: ['cookie-id', 'browsing-history'],
      cookies: [`_v${i}_*`],
      domains: [`*.partner${i}.example`],
      policyUrl: `https://partner${i}.example/privacy`,
    })),
  }
}

/** Element i: an inline gated script for advertising vendors, a gated pixel for DMP vendors. */
const element = (i: number, vendors: number) => {
  const vendor = i % vendors
  return { tag: categoryOf(vendor) === 'advertising' ? 'script' : 'img', consent: categoryOf(vendor), vendor: `v${vendor}` }
}

export const scriptCount = (elements: number, vendors: number) =>
  Array.from({ length: elements }, (_, i) => element(i, vendors)).filter((item) => item.tag === 'script').length

export const scalePath = (elements: number, vendors: number) => `/scale?elements=${elements}&vendors=${vendors}`

const RAN = 'window.__ran=(window.__ran||0)+1'

// Appends the rest one element per mutation, spread over ten tasks, then sets __inserted.
const INSERT = `(function () {
  var at = 0, per = Math.max(1, Math.ceil(later.length / 10))
  function step() {
    for (var end = Math.min(later.length, at + per); at < end; at++) {
      var item = later[at], node = document.createElement(item.tag)
      node.setAttribute('data-consent', item.consent)
      node.setAttribute('data-vendor', item.vendor)
      if (item.tag === 'script') { node.type = 'text/plain'; node.text = ${JSON.stringify(RAN)} }
      else { node.setAttribute('data-src', pixel); node.width = node.height = 1; node.alt = '' }
      document.body.appendChild(node)
    }
    if (at < later.length) setTimeout(step, 0)
    else window.__inserted = true
  }
  setTimeout(step, 0)
})()`

export function scalePage(tagOrigin: string): PageMaker {
  return (url) => {
    if (url.pathname !== '/scale') return null
    const elements = Number(url.searchParams.get('elements'))
    const vendors = Number(url.searchParams.get('vendors'))
    if (!Number.isInteger(elements) || !Number.isInteger(vendors) || elements < 2 || vendors < 2) return null
    const items = Array.from({ length: elements }, (_, i) => element(i, vendors))
    const half = elements >> 1
    const inline = items.slice(0, half).map((item) =>
      item.tag === 'script'
        ? `<script type="text/plain" data-consent="${item.consent}" data-vendor="${item.vendor}">${RAN}</script>`
        : `<img data-consent="${item.consent}" data-vendor="${item.vendor}" data-src="${tagOrigin}/pixel.gif" alt="" width="1" height="1">`,
    )
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Scaling</title>
<script>window.consentryConfig = ${JSON.stringify(config(vendors))}</script>
<script src="/dist/consentry.js"></script></head>
<body><h1>Scaling: ${elements} gated elements, ${vendors} vendors</h1>
${inline.join('\n')}
<script>var later = ${JSON.stringify(items.slice(half))}, pixel = ${JSON.stringify(tagOrigin + '/pixel.gif')};
${INSERT}</script>
</body></html>`
  }
}

type Pair = (
  tool: Tool,
  url: string,
  gatedExpected: number,
  settled: [string, string],
  read: string,
) => Promise<{ first: { result: VisitResult }; returning: { result: VisitResult } }>

export interface ScalePoint {
  elements: number
  vendors: number
  first: VisitResult[]
  returning: VisitResult[]
  failures: string[]
}

/** Every point `runs` times, points alternating within each run like the tools do. */
export async function measureScaling(pair: Pair, siteUrl: string, runs: number, tool: Tool): Promise<ScalePoint[]> {
  const points: ScalePoint[] = [
    ...ELEMENT_COUNTS.map((elements) => ({ elements, vendors: BASE })),
    ...VENDOR_COUNTS.filter((vendors) => vendors !== BASE).map((vendors) => ({ elements: BASE, vendors })),
  ].map((point) => ({ ...point, first: [], returning: [], failures: [] }))
  for (let run = 0; run < runs; run++) {
    for (const point of points) {
      const inserted = 'window.__inserted === true'
      // Returning visits settle once no gated script is left waiting.
      const activated = `${inserted} && !document.querySelector('script[type="text/plain"][data-consent]')`
      try {
        const { first, returning } = await pair(tool, siteUrl + scalePath(point.elements, point.vendors), 1, [inserted, activated], 'window.__ran || 0')
        point.first.push(first.result)
        point.returning.push(returning.result)
      } catch (error) {
        point.failures.push(`run ${run + 1}: ${(error as Error).message.split('\n')[0]}`)
      }
    }
  }
  return points
}
