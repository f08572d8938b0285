/**
 * The visitor's region for `jurisdictions` (CONTRACT.md §8): what the page says, else what the
 * region endpoint answers in time, else "unknown". Codes are only upper-cased here; the
 * compiled table decides what counts as a region at all.
 */
/** A region as any source gives it, trimmed and upper-cased; null for anything but a string. */
export const regionOf = (value: unknown) => (typeof value == 'string' ? value.trim().toUpperCase() : null)

/** `data-region` on the script tag, or `window.consentryRegion`, set by the site's server or edge. */
export const pageRegion = (win: Window, script: Element | null): string | null =>
  regionOf(script?.getAttribute('data-region') ?? (win as { consentryRegion?: unknown }).consentryRegion)

/**
 * GET `regionEndpoint` for { "region": "US-CA" }. A failure, a bad answer or no answer within
 * `regionTimeoutMs` is "unknown", never an error: until the region is known everything optional
 * stays blocked anyway.
 */
export function fetchRegion(win: Window, { regionEndpoint, regionTimeoutMs }: { regionEndpoint?: string; regionTimeoutMs: number }): Promise<string> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), regionTimeoutMs)
  return win
    .fetch(regionEndpoint!, { signal: abort.signal })
    .then((response) => (response.ok ? response.json() : null))
    .then((body) => regionOf(body?.region) || 'unknown', () => 'unknown')
    .finally(() => clearTimeout(timer))
}
