import type { Category } from '../config/types.js'
import { fnv1a } from '../hash/index.js'
import { ANY_REGION, countryOf, REGION_GROUPS, UNKNOWN_REGION } from './regions.js'

export { countryOf, isRegionEntry, normalizeRegion, REGION_GROUPS, ANY_REGION, UNKNOWN_REGION } from './regions.js'

/** How a category's tags may run: asked first, running until refused, or told about. */
export type ConsentModel = 'opt-in' | 'opt-out' | 'notice'
export const CONSENT_MODELS: readonly ConsentModel[] = ['opt-in', 'opt-out', 'notice']
export type CategoryModel = ConsentModel | 'required'

export interface Policy {
  id: string
  regions: string[]
  model: ConsentModel
  /** Per category id, a model other than the policy's own. */
  categories?: Record<string, ConsentModel>
}

// How closely an entry of `regions` fits a region: higher wins, 0 does not fit at all.
function specificity(entry: string, region: string): number {
  if (region === UNKNOWN_REGION) return entry === UNKNOWN_REGION ? 1 : 0
  if (entry === region) return region.includes('-') ? 4 : 3
  const country = countryOf(region)
  if (entry === country) return 3
  if (REGION_GROUPS[entry]?.includes(country!)) return 2
  return entry === ANY_REGION ? 1 : 0
}

/**
 * The policy for a region: the most specific match (a subdivision, then its country, then a
 * group, then "*"); a tie goes to the earlier policy. An unknown region matches only a
 * policy that lists "unknown". Null when none matches.
 */
export function policyFor(region: string, policies: readonly Policy[]): Policy | null {
  let best: Policy | null = null
  let bestScore = 0
  for (const policy of policies) {
    const score = Math.max(0, ...policy.regions.map((entry) => specificity(entry, region)))
    if (score > bestScore) [best, bestScore] = [policy, score]
  }
  return best
}

/** Each category's model under `policy`; without one, every optional category is opt-in. */
export function modelsFor(categories: readonly Category[], policy: Policy | null): Record<string, CategoryModel> {
  const models: Record<string, CategoryModel> = {}
  for (const category of categories)
    models[category.id] = category.required ? 'required' : policy?.categories?.[category.id] ?? policy?.model ?? 'opt-in'
  return models
}

/**
 * A fingerprint of what a policy asks of the visitor: a decision made under one definition
 * does not count under another. Region lists are left out: moving a country from one
 * policy to another changes which policy the visitor gets, which is caught by its id.
 */
export function policyFingerprint(policy: Policy | null, categories: readonly Category[]): string {
  if (!policy) return ''
  const models = modelsFor(categories, policy)
  return fnv1a(policy.id + '|' + Object.keys(models).sort().map((id) => id + '=' + models[id]).join(','))
}

/** Where the visitor stands under `jurisdictions`: null for a config without them. */
export interface Jurisdiction {
  /** Null while the region is still being found out: then everything optional is held. */
  region: string | null
  policy: Policy | null
  models: Record<string, CategoryModel>
  print: string
}

/**
 * The policy and models for a visitor's region. While the region is loading or unknown,
 * nothing optional runs without the visitor's say: opt-out and notice count as opt-in.
 */
export function resolveJurisdiction(
  config: { jurisdictions?: { policies: Policy[] }; categories: readonly Category[] },
  region: string | null,
): Jurisdiction | null {
  const policies = config.jurisdictions?.policies
  if (!policies) return null
  const policy = region === null ? null : policyFor(region, policies)
  const models = modelsFor(config.categories, policy)
  if (region === null || region === UNKNOWN_REGION) for (const id in models) if (models[id] !== 'required') models[id] = 'opt-in'
  return { region, policy, models, print: policyFingerprint(policy, config.categories) }
}
