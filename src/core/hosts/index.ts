/**
 * Host patterns from vendors' `domains`: "ads.example.com" matches that host only;
 * "*.example.com" matches example.com and every host below it.
 */
// Without flags, so the JSON Schema generated from the config's shape can use it as written.
export const HOST_PATTERN = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.?$/

export function hostMatches(pattern: string, host: string): boolean {
  const wanted = pattern.toLowerCase().replace(/\.$/, '')
  const actual = host.toLowerCase().replace(/\.$/, '')
  if (!wanted.startsWith('*.')) return actual === wanted
  const base = wanted.slice(2)
  return actual === base || actual.endsWith('.' + base)
}

/** The ids of the vendors whose domains cover `host`. */
export function vendorsForHost(vendors: ReadonlyArray<{ id: string; domains: readonly string[] }>, host: string): string[] {
  return vendors.filter((vendor) => vendor.domains.some((pattern) => hostMatches(pattern, host))).map((vendor) => vendor.id)
}
