import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useBrowser } from './harness.js'
import baseConfig from './fixtures/consent.json' with { type: 'json' }

const shared = useBrowser()
const CLI = new URL('../../dist/cli/consentry.js', import.meta.url).pathname

/** Runs the built command as a marketing team would, and reads its JSON report. */
function runScan(config: unknown, ...extra: string[]) {
  return runScanOf('/test/ungated.html', config, ...extra)
}

function runScanOf(path: string, config: unknown, ...extra: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-scan-'))
  writeFileSync(join(dir, 'consent.json'), JSON.stringify(config))
  return new Promise<{ code: number; report: any; stdout: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'scan', shared.servers.siteUrl + path, '--config', join(dir, 'consent.json'), ...extra],
      { timeout: 60_000 },
      (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout, report: extra.includes('json') ? JSON.parse(stdout) : null }),
    )
  })
}

describe('consentry scan', () => {
  it('lists the hosts, scripts and cookies no vendor covers, and how to gate each running tag', async () => {
    const { code, report } = await runScan(baseConfig, '--format', 'json')
    const tagOrigin = shared.servers.tagUrl
    expect(code).toBe(1)
    expect(report.uncoveredHosts).toEqual(['127.0.0.1'])
    expect(report.uncoveredScripts).toEqual([tagOrigin + '/ad.js', tagOrigin + '/ad.js?module'])
    // The ad tag's cookie matches ad-network's "_fake_ad*"; the page's own does not.
    expect(report.uncoveredCookies.map((cookie: any) => cookie.name)).toEqual(['shop_visit'])
    expect(report.ungatedTags.map((tag: any) => [tag.tag, tag.src, tag.suggestion])).toEqual([
      ['script', tagOrigin + '/ad.js', `<script type="text/plain" data-consent="CATEGORY" data-src="${tagOrigin}/ad.js"></script>`],
      ['img', tagOrigin + '/pixel.gif?ungated', `<img data-consent="CATEGORY" data-src="${tagOrigin}/pixel.gif?ungated" alt="">`],
      ['iframe', tagOrigin + '/dmp-sync.html', `<iframe data-consent="CATEGORY" data-src="${tagOrigin}/dmp-sync.html"></iframe>`],
      ['script', tagOrigin + '/ad.js?module', `<script type="text/plain" data-consent="CATEGORY" data-src="${tagOrigin}/ad.js?module" data-type="module"></script>`],
      ['img', tagOrigin + '/pixel.gif?inserted', 'inserted by a script: add "127.0.0.1" to a vendor\'s "domains" so Consentry holds it back until consent'],
    ])
  }, 90_000)

  it('with the host in a vendor\'s domains, suggests that vendor\'s category and id', async () => {
    const config = structuredClone(baseConfig) as any
    config.vendors.find((vendor: any) => vendor.id === 'ad-network').domains = ['127.0.0.1']
    const { code, report, stdout } = await runScan(config, '--format', 'json')
    expect(code).toBe(1)
    expect(report.uncoveredHosts).toEqual([])
    expect(report.ungatedTags[0].suggestion).toBe(
      `<script type="text/plain" data-consent="advertising" data-vendor="ad-network" data-src="${shared.servers.tagUrl}/ad.js"></script>`,
    )
    expect(stdout).not.toContain('CATEGORY')
    const text = await runScan(config)
    expect(text.stdout).toContain('Third-party tags running without consent (5)')
    expect(text.stdout).toContain('gate it: <script type="text/plain" data-consent="advertising" data-vendor="ad-network"')
  }, 90_000)

  it("reports a tag in the page's HTML that domains hold back, which the preload scanner may still fetch, with its gated markup", async () => {
    const config = structuredClone(baseConfig) as any
    config.vendors.find((vendor: any) => vendor.id === 'ad-network').domains = ['127.0.0.1']
    const { code, report } = await runScanOf('/test/held-scan.html', config, '--format', 'json')
    const tagOrigin = shared.servers.tagUrl
    expect(code).toBe(1)
    expect(report.ungatedTags).toEqual([])
    // The pixel a script inserted is held too, and no markup could gate it: not reported.
    expect(report.preloadedTags).toEqual([
      {
        tag: 'script',
        src: tagOrigin + '/ad.js',
        vendor: 'ad-network',
        suggestion: `<script type="text/plain" data-consent="advertising" data-vendor="ad-network" data-src="${tagOrigin}/ad.js"></script>`,
      },
    ])
  }, 90_000)

  it('passes on the demo shop with its own config', async () => {
    const { stdout, code } = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, [CLI, 'scan', shared.servers.siteUrl + '/', '--config', 'demo/site/consent.json'], { timeout: 60_000 }, (error, stdout) =>
        resolve({ code: error ? Number(error.code) : 0, stdout }),
      ),
    )
    expect(stdout).toContain('Third-party hosts no vendor covers\n  none')
    expect(code).toBe(0)
  }, 90_000)
})
