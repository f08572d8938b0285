/**
 * Jurisdictions at run time: the visitor's policy and models, read from the form the
 * validator chunk compiles (compile.ts), so that consentry.js carries no region lists and no
 * matching. A returning visitor's page view needs only this.
 */
import type { Category } from '../config/types.js'

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

/** Where the visitor stands under `jurisdictions`: null for a config without them. */
export interface Jurisdiction {
  /** Null while the region is still being found out: then everything optional is held. */
  region: string | null
  /** The policy's id. */
  policy: string | null
  models: Record<string, CategoryModel>
  print: string
}

/** What compileJurisdictions works out once per config: every region's policy, each policy's models. */
export interface CompiledJurisdictions {
  /** A listed subdivision, or any assigned country, or "unknown" → index into `policies`, -1 for none. */
  regions: Record<string, number>
  policies: Array<{ id: string; models: Record<string, CategoryModel>; print: string }>
}

/**
 * The policy and models for a region ("US-CA"; null while it is being found out). A
 * subdivision no policy lists falls back to its country; anything that is not a code of an
 * assigned country counts as "unknown". While the region loads or is unknown, nothing
 * optional runs without the visitor's say: opt-out and notice count as opt-in.
 */
export function jurisdictionFor(compiled: CompiledJurisdictions, categories: readonly Category[], region: string | null): Jurisdiction {
  let index = region === null ? -1 : /^[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(region) ? compiled.regions[region] ?? compiled.regions[region.slice(0, 2)] : undefined
  if (index === undefined) [region, index] = ['unknown', compiled.regions.unknown!]
  const policy = compiled.policies[index]
  const models: Record<string, CategoryModel> = {}
  for (const { id, required } of categories)
    // A region still loading has no policy (index -1).
    models[id] = required ? 'required' : (region != 'unknown' && policy?.models[id]) || 'opt-in'
  return { region, policy: policy?.id ?? null, models, print: policy?.print ?? '' }
}
