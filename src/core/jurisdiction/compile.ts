/**
 * Jurisdictions as the validator chunk (and the ESM build) work them out: matching regions
 * to policies by specificity, and compiling that once per config into the small table that
 * consentry.js reads at run time.
 */
import type { Category } from '../config/types.js'
import { fnv1a } from '../hash/index.js'
import { ANY_REGION, COUNTRIES, countryOf, REGION_GROUPS, UNKNOWN_REGION } from './regions.js'
import type { CategoryModel, CompiledJurisdictions, Policy } from './index.js'

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

// The fingerprint of a policy's id and the models it gives.
const printOf = (id: string, models: Record<string, CategoryModel>) =>
  fnv1a(id + '|' + Object.keys(models).sort().map((category) => category + '=' + models[category]).join(','))

/**
 * A fingerprint of what a policy asks of the visitor: a decision made under one definition
 * does not count under another. Region lists are left out: moving a country from one
 * policy to another changes which policy the visitor gets, which is caught by its id.
 */
export const policyFingerprint = (policy: Policy | null, categories: readonly Category[]): string =>
  policy ? printOf(policy.id, modelsFor(categories, policy)) : ''

/** Every region's policy and every policy's models, for jurisdictionFor. */
export function compileJurisdictions(policies: readonly Policy[], categories: readonly Category[]): CompiledJurisdictions {
  const index = (region: string) => {
    const policy = policyFor(region, policies)
    return policy ? policies.indexOf(policy) : -1
  }
  const regions: Record<string, number> = { [UNKNOWN_REGION]: index(UNKNOWN_REGION) }
  for (const country of COUNTRIES) regions[country] = index(country)
  for (const policy of policies) for (const entry of policy.regions) if (entry.includes('-')) regions[entry] = index(entry)
  return {
    regions,
    policies: policies.map((policy) => {
      const models = modelsFor(categories, policy)
      return { id: policy.id, models, print: printOf(policy.id, models) }
    }),
  }
}

/** Adds the compiled form to a valid config's jurisdictions, for the run time; a config without them is left as it is. */
export function compileConfig<T extends { jurisdictions?: { policies: Policy[]; compiled?: CompiledJurisdictions }; categories: readonly Category[] }>(config: T): T {
  if (config.jurisdictions) config.jurisdictions.compiled = compileJurisdictions(config.jurisdictions.policies, config.categories)
  return config
}
