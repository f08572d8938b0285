/** Turns a cookie pattern such as "_ga*" into a matcher; "*" stands for any run of characters. */
export function cookiePatternMatcher(patterns: readonly string[]): (name: string) => boolean {
  if (!patterns.length) return () => false
  const escaped = patterns.map((pattern) => pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'))
  const regex = new RegExp('^(?:' + escaped.join('|') + ')$')
  return (name) => regex.test(name)
}

/** "/a/b" → ["/", "/a", "/a/", "/a/b"]: every path a script on this page could have set a cookie for. */
export function cookiePaths(pathname: string): string[] {
  const paths = ['/']
  let prefix = ''
  for (const segment of pathname.split('/').filter(Boolean)) {
    prefix += '/' + segment
    paths.push(prefix, prefix + '/')
  }
  return paths
}

/** "www.shop.example.jp" → ["www.shop.example.jp", "shop.example.jp", "example.jp", "jp"]. */
export function cookieDomains(hostname: string): string[] {
  if (!hostname.includes('.') || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return []
  const labels = hostname.split('.')
  return labels.map((_, index) => labels.slice(index).join('.'))
}

/**
 * Deletes every cookie whose name matches, in every path and domain variant this page
 * can reach. HttpOnly cookies and cookies of other sites are out of reach for any script.
 * Returns the names it found.
 */
export function deleteMatchingCookies(doc: Document, patterns: readonly string[]): string[] {
  const matches = cookiePatternMatcher(patterns)
  let names: string[]
  try {
    names = doc.cookie.split(';').map((part) => part.split('=')[0]!.trim()).filter((name) => name && matches(name))
  } catch {
    return []
  }
  const { pathname, hostname } = doc.location
  const domainVariants = ['', ...cookieDomains(hostname).flatMap((domain) => ['; Domain=' + domain, '; Domain=.' + domain])]
  for (const name of new Set(names)) {
    for (const path of cookiePaths(pathname)) {
      for (const domain of domainVariants) {
        doc.cookie = name + '=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=' + path + domain
      }
    }
  }
  return names
}
