import { atom, type ReadableAtom, type WritableAtom } from 'nanostores'
import type { Config } from '../config/types.js'
import { grantsFor, needsDecision, userFingerprint, vendorGrants, type StoredDecision } from '../policy/index.js'
import { jurisdictionFor, type CategoryModel, type Jurisdiction } from '../jurisdiction/index.js'

export interface ConsentState {
  decided: boolean
  categories: Record<string, boolean>
  vendors: Record<string, boolean>
  revision: string
  decidedAt: string | null
  /** This decision's receipt id. */
  id: string | null
  /** Under `jurisdictions`: the visitor's region (null while it loads, or without them). */
  region: string | null
  /** The id of the policy that applies, or null. */
  policy: string | null
  /** Each category's consent model: required, opt-in, opt-out or notice. */
  models: Record<string, CategoryModel>
}

export interface ConsentChoice {
  categories?: Record<string, boolean>
  vendors?: Record<string, boolean>
}

export type DecisionEvent = 'given' | 'changed' | 'withdrawn'

/** One decision as it happened: what the receipt and the cookie are made from. */
export interface Decision {
  event: DecisionEvent
  /** Which control made it, e.g. "accept-all", "save", "api". */
  method: string
  /** The identified user (the site's hashed id) the decision was made as, if any. */
  user?: string | null
  stored: StoredDecision
  state: ConsentState
}

export interface ConsentEnvironment {
  stored: StoredDecision | null
  gpc: boolean
  now: () => number
  newId: () => string
  /** Under `jurisdictions`: the visitor's region, or null while it is being found out. */
  region?: string | null
  /** Called once for every decision, just before $consent changes. */
  onDecision?: (decision: Decision) => void
}

/** What `get()` answers before a config has loaded, or when it is invalid. */
export const UNDECIDED: ConsentState = { decided: false, categories: {}, vendors: {}, revision: '', decidedAt: null, id: null, region: null, policy: null, models: {} }

/** Every id in `categories` is granted, and `vendor` too when one is named. */
export const isGranted = (state: ConsentState, categories: readonly string[], vendor: string | null | undefined) =>
  categories.every((id) => state.categories[id] === true) && (vendor == null || state.vendors[vendor] === true)

export interface Consent {
  $consent: ReadableAtom<ConsentState>
  acceptAll(method: string): void
  rejectAll(method: string): void
  set(choice: ConsentChoice, method: string): void
  withdraw(method: string): void
  /** Applies a decision made elsewhere (another tab) without recording a new one. */
  restore(stored: StoredDecision | null): void
  /** The logged-in user (a hashed id), or null after logout. */
  identify(user?: string | null): void
  /** The visitor's region, once found out (`jurisdictions` only). */
  setRegion(region: string): void
}

function stateOf(config: Config, stored: StoredDecision | null, gpc: boolean, jurisdiction: Jurisdiction | null): ConsentState {
  const categories = grantsFor(config, stored, gpc, jurisdiction)
  // Without jurisdictions every optional category is opt-in, as the table says for a region still loading.
  const models = (jurisdiction ?? jurisdictionFor({ regions: {}, policies: [] }, config.categories, null)).models
  return {
    decided: !!stored,
    categories,
    vendors: vendorGrants(config, categories, stored ? stored.vendorsOff : []),
    revision: config.revision,
    decidedAt: stored ? new Date(stored.decidedAt).toISOString() : null,
    id: stored ? stored.id : null,
    region: jurisdiction?.region ?? null,
    policy: jurisdiction?.policy ?? null,
    models,
  }
}

/**
 * The consent state machine: pure, so it runs the same in a browser, on a server and in tests.
 * It writes into `$consent`, which the public API may have handed out before the config loaded.
 */
export function createConsent(config: Config, env: ConsentEnvironment, $consent: WritableAtom<ConsentState> = atom(UNDECIDED)): Consent {
  let current: StoredDecision | null = null
  let user: string | null | undefined
  // What the cookie holds, which identify() may put aside and bring back.
  let kept = env.stored
  // Under jurisdictions (compiled by the validator chunk): the visitor's policy and models.
  const compiled = config.jurisdictions?.compiled
  const resolve = (region: string | null) => (compiled ? jurisdictionFor(compiled, config.categories, region) : null)
  let jurisdiction = resolve(env.region ?? null)
  const currentCategories = () => ({ ...$consent.get().categories })
  const currentVendorsOff = () => (current ? [...current.vendorsOff] : [])
  const optional = config.categories.filter((category) => !category.required)
  const restore = (stored: StoredDecision | null) => {
    kept = stored
    current = stored && !needsDecision(stored, config, env.now(), user, jurisdiction) ? stored : null
    $consent.set(stateOf(config, current, env.gpc, jurisdiction))
    // Under opt-out, Global Privacy Control is the visitor's opt-out request (11 CCR §7025):
    // recorded as a decision of its own, once (the decision then keeps that GPC was on).
    if (env.gpc && !current?.gpc && optional.some((category) => category.gpc && jurisdiction?.models[category.id] == 'opt-out'))
      decide(currentCategories(), currentVendorsOff(), null, 'gpc')
  }

  function decide(categories: Record<string, boolean>, vendorsOff: string[], event: DecisionEvent | null, method: string) {
    const granted: string[] = []
    const denied: string[] = []
    // Notice categories are not the visitor's to refuse.
    for (const category of config.categories)
      (category.required || jurisdiction?.models[category.id] == 'notice' || categories[category.id] ? granted : denied).push(category.id)
    const stored: StoredDecision = {
      revision: config.revision,
      decidedAt: env.now(),
      granted,
      denied,
      vendorsOff,
      gpc: env.gpc,
      id: env.newId(),
      user: user ? userFingerprint(user) : '',
      ...(jurisdiction && { region: jurisdiction.region ?? 'unknown', policy: jurisdiction.policy ?? '', policyPrint: jurisdiction.print }),
    }
    const resolvedEvent: DecisionEvent = event ?? (current ? 'changed' : 'given')
    current = kept = stored
    // Grants are computed from what was stored, so a GPC opt-out made by this very decision stays honoured.
    const state = stateOf(config, stored, false, jurisdiction)
    // Stored first, so that listeners of $consent already find the decision in the cookie.
    env.onDecision?.({ event: resolvedEvent, method, stored, state, user })
    $consent.set(state)
  }


  restore(kept)

  return {
    $consent,
    acceptAll(method) {
      const categories: Record<string, boolean> = {}
      // Accept-all does not override a GPC opt-out; only the category's own switch does.
      for (const category of optional) categories[category.id] = !(env.gpc && category.gpc)
      decide(categories, [], null, method)
    },
    rejectAll(method) {
      decide({}, [], null, method)
    },
    set(choice, method) {
      const categories = currentCategories()
      for (const [id, value] of Object.entries(choice.categories || {})) {
        if (id in categories && typeof value === 'boolean') categories[id] = value
      }
      const vendorsOff = new Set(currentVendorsOff())
      for (const [id, value] of Object.entries(choice.vendors || {})) {
        // Only the config's own ids: anything else would not fit the cookie format.
        if (typeof value !== 'boolean' || !(id in $consent.get().vendors)) continue
        if (value) vendorsOff.delete(id)
        else vendorsOff.add(id)
      }
      decide(categories, [...vendorsOff], null, method)
    },
    withdraw(method) {
      decide({}, currentVendorsOff(), 'withdrawn', method)
    },
    restore,
    identify(next) {
      user = next
      restore(kept)
    },
    setRegion(region) {
      jurisdiction = resolve(region)
      restore(kept)
    },
  }
}
