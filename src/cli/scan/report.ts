/**
 * What `consentry scan` reports, from what the browser saw: third-party hosts, scripts and
 * cookies that no vendor in the config covers, and the markup that would gate each live
 * third-party tag. Pure, so it is tested without a browser.
 */
import type { Config } from '../../core/config/types.js'
import { vendorsForHost } from '../../core/hosts/index.js'
import { cookiePatternMatcher } from '../../adapters/cookies/index.js'
import { gatedMarkup } from './markup.js'

export interface PageObservation {
  url: string
  requests: Array<{ url: string; type: string }>
  cookies: Array<{ name: string; domain: string }>
  /** script, iframe and img elements with a src that were live (not gated) when the scan ended. */
  liveTags: LiveTag[]
  /** The URLs that markup gated for a vendor loaded once Consentry let it run (a required vendor's, say): url → vendor id. */
  gatedVendorUrls?: Record<string, string>
  /** script, iframe and img elements that a vendor's domains held back (their URL in data-consentry-src). */
  heldTags?: LiveTag[]
}

export interface LiveTag {
  tag: 'script' | 'iframe' | 'img'
  src: string
  /** A script's own type attribute, such as "module". */
  type?: string | null
  /** Not in the page's HTML: another script created it, so markup cannot gate it. */
  insertedByScript?: boolean
}

export interface ScanReport {
  url: string
  thirdPartyHosts: Array<{ host: string; requests: number; types: string[]; vendors: string[] }>
  uncoveredHosts: string[]
  uncoveredScripts: string[]
  uncoveredCookies: Array<{ name: string; domain: string }>
  ungatedTags: Array<{ tag: string; src: string; vendor: string | null; suggestion: string }>
  /**
   * Tags written in the page's HTML that a vendor's domains hold back: they never run before
   * consent, but the browser's preload scanner may fetch them before any script can hold them.
   */
  preloadedTags: Array<{ tag: string; src: string; vendor: string | null; suggestion: string }>
}

const hostOf = (url: string) => {
  try {
    const parsed = new URL(url)
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null
  } catch {
    return null
  }
}

export function scanReport(observed: PageObservation, config: Config | null): ScanReport {
  const pageHost = hostOf(observed.url)
  const vendors = config?.vendors ?? []
  const byHost = new Map<string, { requests: number; types: Set<string> }>()
  const knownVendors = new Set(vendors.map((vendor) => vendor.id))
  for (const request of observed.requests) {
    const host = hostOf(request.url)
    if (!host || host === pageHost) continue
    // Markup the page gates for a vendor of the config is that vendor's, whatever the host.
    const gatedFor = observed.gatedVendorUrls?.[request.url]
    if (gatedFor && knownVendors.has(gatedFor)) continue
    const entry = byHost.get(host) ?? { requests: 0, types: new Set<string>() }
    entry.requests++
    entry.types.add(request.type)
    byHost.set(host, entry)
  }
  const thirdPartyHosts = [...byHost].map(([host, { requests, types }]) => ({
    host,
    requests,
    types: [...types].sort(),
    vendors: vendorsForHost(vendors, host),
  }))
  const uncovered = new Set(thirdPartyHosts.filter((entry) => !entry.vendors.length).map((entry) => entry.host))
  const uncoveredScripts = [
    ...new Set(observed.requests.filter((request) => request.type === 'script' && uncovered.has(hostOf(request.url) ?? '')).map((request) => request.url)),
  ]
  const knownCookie = cookiePatternMatcher([config?.cookie.name ?? 'consentry', ...vendors.flatMap((vendor) => vendor.cookies)])
  const uncoveredCookies = observed.cookies.filter((cookie) => !knownCookie(cookie.name))
  const categoryOf = (vendorId: string | null) => vendors.find((vendor) => vendor.id === vendorId)?.category ?? 'CATEGORY'
  const preloadedTags = (observed.heldTags ?? [])
    .filter((held) => !held.insertedByScript)
    .map((held) => {
      const vendorId = vendorsForHost(vendors, hostOf(held.src) ?? '')[0] ?? null
      return { tag: held.tag, src: held.src, vendor: vendorId, suggestion: gatedMarkup(held, categoryOf(vendorId), vendorId) }
    })
  const ungatedTags = observed.liveTags
    .filter((tag) => {
      const host = hostOf(tag.src)
      return host && host !== pageHost
    })
    .map((live) => {
      const host = hostOf(live.src)!
      const vendorId = vendorsForHost(vendors, host)[0] ?? null
      const suggestion = !live.insertedByScript
        ? gatedMarkup(live, categoryOf(vendorId), vendorId)
        : vendorId
          ? `inserted by a script: vendor "${vendorId}" covers "${host}", so Consentry holds it back until that vendor is granted`
          : `inserted by a script: add "${host}" to a vendor's "domains" so Consentry holds it back until consent`
      return { tag: live.tag, src: live.src, vendor: vendorId, suggestion }
    })
  return { url: observed.url, thirdPartyHosts, uncoveredHosts: [...uncovered], uncoveredScripts, uncoveredCookies, ungatedTags, preloadedTags }
}

/** The report as text for a terminal. */
export function reportText(report: ScanReport): string {
  const lines = ['Scanned ' + report.url, '']
  const section = (title: string, items: string[], none: string) => {
    lines.push(title + (items.length ? ' (' + items.length + ')' : ''))
    lines.push(...(items.length ? items.map((item) => '  ' + item) : ['  ' + none]), '')
  }
  section(
    'Third-party hosts no vendor covers',
    report.uncoveredHosts.map((host) => {
      const entry = report.thirdPartyHosts.find((candidate) => candidate.host === host)!
      return host + ' — ' + entry.requests + ' request(s): ' + entry.types.join(', ') + ' — add it to a vendor\'s "domains"'
    }),
    'none',
  )
  section('Scripts from those hosts', report.uncoveredScripts, 'none')
  section(
    'Cookies no vendor covers',
    report.uncoveredCookies.map((cookie) => cookie.name + ' (' + cookie.domain + ') — add a pattern to a vendor\'s "cookies"'),
    'none',
  )
  section(
    'Third-party tags running without consent',
    report.ungatedTags.map(
      (tag) =>
        tag.suggestion.startsWith('<')
          ? tag.src + '\n    gate it: ' + tag.suggestion + (tag.vendor ? '' : '\n    (no vendor covers this host: add one, then use its id and category)')
          : tag.src + '\n    ' + tag.suggestion,
    ),
    'none',
  )
  section(
    "Tags in the page's HTML held back by domains, which the browser may still fetch ahead",
    report.preloadedTags.map((tag) => tag.src + '\n    gate it: ' + tag.suggestion),
    'none',
  )
  return lines.join('\n')
}
