import { decodeDecision, readCookie } from './codec.js'

export interface ParsedConsentCookie {
  version: 1
  revision: string
  decidedAt: string
  /** Every category the decision named: true when granted. */
  categories: Record<string, boolean>
  /** Vendors switched off; a vendor not listed follows its category. */
  vendors: Record<string, boolean>
  gpc: boolean
  id: string
  /** Fingerprint of the identified user the decision was made as; "" when anonymous. */
  user: string
}

/**
 * For servers that gate on their side: reads the consent cookie out of a `Cookie`
 * header. Returns null for no cookie or a garbled or tampered one. It does not know the
 * config, so checking the revision and the age is left to the caller.
 */
export function parseConsentCookie(cookieHeader: string | null | undefined, name = 'consentry'): ParsedConsentCookie | null {
  if (typeof cookieHeader !== 'string') return null
  const stored = decodeDecision(readCookie(cookieHeader, name))
  if (!stored) return null
  const categories: Record<string, boolean> = {}
  for (const id of stored.denied) categories[id] = false
  for (const id of stored.granted) categories[id] = true
  const vendors: Record<string, boolean> = {}
  for (const id of stored.vendorsOff) vendors[id] = false
  return {
    version: 1,
    revision: stored.revision,
    decidedAt: new Date(stored.decidedAt).toISOString(),
    categories,
    vendors,
    gpc: stored.gpc,
    id: stored.id,
    user: stored.user || '',
  }
}
