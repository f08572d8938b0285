import { describe, expect, it } from 'vitest'
import { scanReport, reportText } from './report.js'
import { validConfig } from '../../../test/fixtures/config.js'

const config = () => {
  const value = validConfig()
  value.vendors.find((vendor) => vendor.id === 'ad-network')!.domains = ['*.ads.example']
  return value
}

describe('scanReport', () => {
  const observed = {
    url: 'https://shop.example/cart',
    requests: [
      { url: 'https://shop.example/app.js', type: 'script' },
      { url: 'https://cdn.ads.example/tag.js', type: 'script' },
      { url: 'https://tracker.example/t.js', type: 'script' },
      { url: 'https://tracker.example/p.gif', type: 'image' },
      { url: 'data:image/gif;base64,R0lGOD', type: 'image' },
    ],
    cookies: [
      { name: 'consentry', domain: 'shop.example' },
      { name: '_ad_id', domain: 'shop.example' },
      { name: 'uid', domain: '.tracker.example' },
    ],
    liveTags: [
      { tag: 'script' as const, src: 'https://shop.example/app.js' },
      { tag: 'script' as const, src: 'https://cdn.ads.example/tag.js?a="b"&c' },
      { tag: 'iframe' as const, src: 'https://tracker.example/sync' },
    ],
  }

  it('separates covered from uncovered hosts, and ignores the page\'s own host and data URLs', () => {
    const report = scanReport(observed, config())
    expect(report.thirdPartyHosts).toEqual([
      { host: 'cdn.ads.example', requests: 1, types: ['script'], vendors: ['ad-network'] },
      { host: 'tracker.example', requests: 2, types: ['image', 'script'], vendors: [] },
    ])
    expect(report.uncoveredHosts).toEqual(['tracker.example'])
    expect(report.uncoveredScripts).toEqual(['https://tracker.example/t.js'])
  })

  it('knows the consent cookie and the vendors\' cookie patterns', () => {
    expect(scanReport(observed, config()).uncoveredCookies).toEqual([{ name: 'uid', domain: '.tracker.example' }])
    // Without a config every cookie but the default consent cookie is uncovered.
    expect(scanReport(observed, null).uncoveredCookies.map((cookie) => cookie.name)).toEqual(['_ad_id', 'uid'])
  })

  it('suggests escaped gating markup for each live third-party tag', () => {
    expect(scanReport(observed, config()).ungatedTags).toEqual([
      {
        tag: 'script',
        src: 'https://cdn.ads.example/tag.js?a="b"&c',
        vendor: 'ad-network',
        suggestion: '<script type="text/plain" data-consent="advertising" data-vendor="ad-network" data-src="https://cdn.ads.example/tag.js?a=&quot;b&quot;&amp;c"></script>',
      },
      { tag: 'iframe', src: 'https://tracker.example/sync', vendor: null, suggestion: '<iframe data-consent="CATEGORY" data-src="https://tracker.example/sync"></iframe>' },
    ])
  })

  it('sends a tag another script inserted to the vendors\' domains, since no markup can gate it', () => {
    const inserted = { ...observed, liveTags: [{ tag: 'img' as const, src: 'https://tracker.example/p.gif', insertedByScript: true }] }
    const [tag] = scanReport(inserted, config()).ungatedTags
    expect(tag!.suggestion).toBe('inserted by a script: add "tracker.example" to a vendor\'s "domains" so Consentry holds it back until consent')
    expect(reportText(scanReport(inserted, config()))).toContain('https://tracker.example/p.gif\n    inserted by a script: add "tracker.example"')
  })

  it('counts what markup gated for a vendor loaded (once allowed) as that vendor\'s, on any host', () => {
    const gated = { ...observed, gatedVendorUrls: { 'https://tracker.example/t.js': 'sift', 'https://tracker.example/p.gif': 'sift' } }
    expect(scanReport(gated, config()).uncoveredHosts).toEqual([])
    // A vendor the config does not know covers nothing.
    expect(scanReport({ ...observed, gatedVendorUrls: { 'https://tracker.example/t.js': 'nobody' } }, config()).uncoveredHosts).toEqual(['tracker.example'])
  })

  it('reports tags in the HTML that domains hold, since the preload scanner may fetch them, with their gated markup', () => {
    const held = {
      ...observed,
      heldTags: [
        { tag: 'script' as const, src: 'https://cdn.ads.example/tag.js', type: 'module' },
        { tag: 'img' as const, src: 'https://cdn.ads.example/p.gif', insertedByScript: true },
      ],
    }
    const report = scanReport(held, config())
    expect(report.preloadedTags).toEqual([
      {
        tag: 'script',
        src: 'https://cdn.ads.example/tag.js',
        vendor: 'ad-network',
        suggestion: '<script type="text/plain" data-consent="advertising" data-vendor="ad-network" data-src="https://cdn.ads.example/tag.js" data-type="module"></script>',
      },
    ])
    expect(reportText(report)).toContain("Tags in the page's HTML held back by domains, which the browser may still fetch ahead (1)\n  https://cdn.ads.example/tag.js\n    gate it: <script")
  })

  it('prints a readable report, and says "none" where there is nothing', () => {
    const text = reportText(scanReport({ ...observed, requests: [], cookies: [], liveTags: [] }, config()))
    expect(text).toContain('Third-party hosts no vendor covers\n  none')
    expect(reportText(scanReport(observed, config()))).toContain('tracker.example — 2 request(s): image, script')
  })
})
