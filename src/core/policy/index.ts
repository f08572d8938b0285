import type { Config } from '../config/types.js'
import { fnv1a } from '../hash/index.js'
import type { Jurisdiction } from '../jurisdiction/index.js'

const DAY_MS = 86_400_000
// A decision stamped further ahead than this cannot come from an honest clock.
const FUTURE_TOLERANCE_MS = DAY_MS

/** What the cookie remembers of one decision. */
export interface StoredDecision {
  revision: string
  /** Milliseconds since the epoch. */
  decidedAt: number
  granted: string[]
  denied: string[]
  /** Vendors the visitor switched off inside granted categories. */
  vendorsOff: string[]
  /** Whether Global Privacy Control was on when the visitor decided. */
  gpc: boolean
  id: string
  /** Fingerprint of the identified user the decision was made as (see `identify`), if any. */
  user?: string
  /** Under `jurisdictions`: the visitor's region, and the id and fingerprint of the policy decided under. */
  region?: string
  policy?: string
  policyPrint?: string
}

/** The fingerprint a decision keeps of the identified user, never the id itself. */
export const userFingerprint = (user: string) => fnv1a('user:' + user)

/**
 * Whether the visitor has to be asked (again): no decision, a new revision, or an old one.
 * APPI Art. 31: consent to link browsing data to personal data holds only for the user who
 * gave it, so on a site with such vendors a logged-in user who did not make the stored
 * decision (it was made anonymously or as someone else) is asked again.
 */
export function needsDecision(
  stored: StoredDecision | null,
  config: Config,
  now: number,
  user?: string | null,
  jurisdiction: Jurisdiction | null = null,
): boolean {
  if (!stored) return true
  if (stored.revision !== config.revision) return true
  // A decision counts only under the policy, and the definition of it, it was made in (the
  // fingerprint covers the policy's id).
  if (jurisdiction && stored.policyPrint !== jurisdiction.print) return true
  if (user && stored.user !== userFingerprint(user) && config.vendors.some((vendor) => vendor.linksToPersonalData)) return true
  if (stored.decidedAt > now + FUTURE_TOLERANCE_MS) return true
  return now - stored.decidedAt >= config.expiresAfterDays * DAY_MS
}

/**
 * Category grants. Before any decision: required ones on, opt-out and notice ones on (but
 * for `gpc` categories under opt-out when the browser sends Global Privacy Control), the rest
 * off. With a stored decision: what it granted, notice categories always, except that a GPC
 * signal that was not present when the visitor decided switches `gpc` categories off again.
 */
export function grantsFor(config: Config, stored: StoredDecision | null, gpc: boolean, jurisdiction: Jurisdiction | null = null): Record<string, boolean> {
  const grants: Record<string, boolean> = {}
  for (const category of config.categories) {
    const model = jurisdiction?.models[category.id]
    let granted =
      category.required || model == 'notice' || (stored ? stored.granted.includes(category.id) : model == 'opt-out' && !(gpc && category.gpc))
    if (granted && stored && model != 'notice' && !category.required && category.gpc && gpc && !stored.gpc) granted = false
    grants[category.id] = granted
  }
  return grants
}

/** A vendor needs every one of its category's grants and must not be switched off. */
export function vendorGrants(
  config: Config,
  categories: Record<string, boolean>,
  vendorsOff: readonly string[],
): Record<string, boolean> {
  const grants: Record<string, boolean> = {}
  for (const vendor of config.vendors) {
    grants[vendor.id] = !!categories[vendor.category] && !vendorsOff.includes(vendor.id)
  }
  return grants
}
