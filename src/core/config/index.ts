import type { Config } from './types.js'
import { configFields, type FieldSpec, type Fields } from './schema.js'
import { CONSENT_TYPES } from '../consent-mode/index.js'
import type { Policy } from '../jurisdiction/index.js'
import { policyFor } from '../jurisdiction/compile.js'
import { isRegionEntry } from '../jurisdiction/regions.js'
import { hostMatches } from '../hosts/index.js'
import { LOCALE_TAGS } from '../../locales/index.js'

export type { Config, Category, Vendor, LocalizedText, Locale, Controller } from './types.js'

export interface Validation {
  /** The normalised config (defaults filled in), or null when anything is wrong. */
  config: Config | null
  errors: string[]
  /** Problems that do not stop the config from working, such as unknown fields. */
  warnings: string[]
}

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// JSON-path style: name.key, or name["odd key"] where the key is not a plain identifier.
const join = (path: string, key: string) =>
  /^[A-Za-z$][\w$]*$/.test(key) ? (path ? path + '.' + key : key) : path + '[' + JSON.stringify(key) + ']'

function checkValue(spec: FieldSpec, value: unknown, path: string, errors: string[], warnings: string[]): unknown {
  const fail = (what: string) => {
    errors.push(path + ' ' + what + ', got ' + (typeof value === 'string' ? JSON.stringify(value) : typeName(value)))
  }
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string') return fail('must be a string')
      if (spec.values && !spec.values.includes(value)) return fail('must be one of ' + spec.values.join(', '))
      if (spec.pattern && !spec.pattern.test(value)) return fail('must be ' + spec.hint)
      return value
    case 'text':
      if (typeof value === 'string') return value
      if (isObject(value) && Object.keys(value).length) {
        for (const key of Object.keys(value)) {
          if (!(LOCALE_TAGS as readonly string[]).includes(key)) errors.push(join(path, key) + ' is not a supported locale (use one of ' + LOCALE_TAGS.join(', ') + ')')
          else if (typeof value[key] !== 'string') errors.push(join(path, key) + ' must be a string, got ' + typeName(value[key]))
        }
        return value
      }
      return fail('must be a string or an object of locale → string ({ "ja": …, "en": … })')
    case 'boolean':
      return typeof value === 'boolean' ? value : fail('must be true or false')
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail('must be a whole number')
      if (value < spec.min || value > spec.max) return fail('must be between ' + spec.min + ' and ' + spec.max)
      return value
    case 'list':
      if (!Array.isArray(value)) return fail('must be an array')
      if (spec.nonEmpty && !value.length) return fail('must not be empty')
      return value.map((item, index) => checkValue(spec.of, item, path + '[' + index + ']', errors, warnings))
    case 'object':
      if (!isObject(value)) return fail('must be an object')
      return checkFields(spec.fields, value, path, errors, warnings)
    case 'record':
      if (!isObject(value)) return fail('must be an object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, checkValue(spec.of, item, join(path, key), errors, warnings)]))
    case 'either': {
      // An object is judged by the object option, so its own problems name their exact paths.
      const option = spec.of.find((candidate) => {
        if (candidate.kind === 'object') return isObject(value)
        const problems: string[] = []
        checkValue(candidate, value, path, problems, [])
        return !problems.length
      })
      return option ? checkValue(option, value, path, errors, warnings) : fail('must be ' + spec.hint)
    }
  }
}

function checkFields(fields: Fields, input: Record<string, unknown>, path: string, errors: string[], warnings: string[]) {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(input)) {
    if (!(key in fields) && key !== '$schema') warnings.push(join(path, key) + ' is not a known field and is ignored')
  }
  for (const key of Object.keys(fields)) {
    const [spec, required, fallback] = fields[key]!
    const value = input[key]
    if (value === undefined) {
      if (required) errors.push(join(path, key) + ' is required')
      // Defaults go through the same check, which also fills in their own nested defaults.
      else if (fallback !== undefined) out[key] = checkValue(spec, structuredCloneLite(fallback), join(path, key), errors, warnings)
      continue
    }
    out[key] = checkValue(spec, value, join(path, key), errors, warnings)
  }
  return out
}

// Defaults are small literals; copying keeps one config from sharing arrays with another.
const structuredCloneLite = (value: unknown) => (Array.isArray(value) ? [...value] : isObject(value) ? { ...value } : value)

type Entries = Array<Record<string, unknown> | undefined>

// The list items that are objects, with their index; anything else is already an error.
const objects = (list: unknown): Array<[Record<string, unknown>, number]> =>
  Array.isArray(list) ? list.flatMap((item, index) => (isObject(item) ? [[item, index] as [Record<string, unknown>, number]] : [])) : []

/**
 * A fixed locale must be one the site offers; each offered language is listed once; one that
 * is not built in is the site's own, whose words it serves beside consentry.js.
 */
function checkLanguages(checked: Record<string, unknown>, errors: string[], warnings: string[]) {
  const languages = checked.languages
  if (!Array.isArray(languages) || languages.includes(undefined)) return
  languages.forEach((tag, index) => {
    if (languages.indexOf(tag) < index) errors.push(`languages[${index}] "${tag}" is listed twice`)
    else if (!(LOCALE_TAGS as readonly string[]).includes(tag))
      warnings.push(`languages[${index}] "${tag}" is not built in: serve its words as consentry-locale-${tag}.js beside consentry.js`)
  })
  const locale = checked.locale
  if (typeof locale === 'string' && locale !== 'auto' && !languages.includes(locale))
    errors.push(`locale "${locale}" is not one of languages (${languages.join(', ')})`)
}

/**
 * The rules between fields, checked on every part that is well formed, so that one run
 * reports every problem even while the shape is broken elsewhere. `checked` is the config as
 * checkFields returned it (a field that failed is undefined); `input` says what was written.
 */
function checkReferences(checked: Record<string, unknown>, input: Record<string, unknown>, errors: string[]) {
  // Every id written, even one of a bad form, so a vendor naming it is not blamed for that.
  const categoryIds = new Set<string>()
  // Which ids exist is known only when every category has a written id.
  let knowsCategories = Array.isArray(input.categories)
  for (const [category, index] of objects(input.categories)) {
    const id = category.id
    if (typeof id !== 'string') {
      knowsCategories = false
      continue
    }
    if (categoryIds.has(id)) errors.push(`categories[${index}].id "${id}" is used twice`)
    categoryIds.add(id)
  }
  if (objects(input.categories).length !== (input.categories as unknown[] | undefined)?.length) knowsCategories = false
  const vendorIds = new Set<string>()
  const vendors = (checked.vendors ?? []) as Entries
  for (const [raw, index] of objects(input.vendors)) {
    const vendor = vendors[index] ?? {}
    if (typeof vendor.id === 'string') {
      if (vendorIds.has(vendor.id)) errors.push(`vendors[${index}].id "${vendor.id}" is used twice`)
      vendorIds.add(vendor.id)
    }
    if (knowsCategories && typeof vendor.category === 'string' && !categoryIds.has(vendor.category))
      errors.push(`vendors[${index}].category "${vendor.category}" is not the id of any category`)
    // APPI Art. 28: before consent, a recipient abroad must come with its country's system and
    // its own measures; where the country cannot be named, the reason must be given instead.
    if (raw.countryUnknownReason === undefined) {
      if (raw.country === undefined)
        errors.push(`vendors[${index}] needs "country" (ISO 3166 code) or "countryUnknownReason" (APPI Art. 28)`)
      else if (typeof vendor.country === 'string' && vendor.country !== 'JP')
        for (const field of ['foreignSystemInfoUrl', 'recipientMeasures'] as const)
          if (raw[field] === undefined)
            errors.push(`vendors[${index}].${field} is required for a recipient outside Japan (country "${vendor.country}", APPI Art. 28)`)
    }
  }
  if (knowsCategories) checkConsentModeMapping(checked.googleConsentMode, categoryIds, errors)
  checkJurisdictions(checked, knowsCategories ? categoryIds : null, errors)
}

/**
 * Policies: unique ids, assigned region codes, overrides only for optional categories that
 * exist, and APPI Art. 31 for Japanese visitors: a vendor that links what it receives to
 * personal data needs opt-in consent, so its category may not be opt-out or notice there.
 */
function checkJurisdictions(checked: Record<string, unknown>, categoryIds: Set<string> | null, errors: string[]) {
  const policies = (checked.jurisdictions as { policies?: unknown } | undefined)?.policies
  if (!Array.isArray(policies)) return
  const categories = (checked.categories ?? []) as Entries
  const policyIds = new Set<string>()
  policies.forEach((policy: Partial<Policy> | undefined, index) => {
    const path = `jurisdictions.policies[${index}]`
    if (!policy) return
    if (typeof policy.id === 'string') {
      if (policyIds.has(policy.id)) errors.push(`${path}.id "${policy.id}" is used twice`)
      policyIds.add(policy.id)
    }
    policy.regions?.forEach((region, entry) => {
      if (typeof region === 'string' && !isRegionEntry(region)) errors.push(`${path}.regions[${entry}] "${region}" is not an ISO 3166-1 country code`)
    })
    for (const id of Object.keys(policy.categories ?? {})) {
      if (categoryIds && !categoryIds.has(id)) errors.push(`${path}.categories "${id}" is not the id of any category`)
      else if (categories.some((category) => category?.id === id && !!category.required))
        errors.push(`${path}.categories["${id}"] is a required category, which is always on`)
    }
  })
  // Art. 31, for whichever policy a Japanese visitor gets, "*" included.
  // A region entry that is broken is an error of its own and matches nothing here; a policy
  // without a valid model or overrides cannot be judged, and neither can the ones around it.
  if (!policies.every((policy) => typeof policy?.model === 'string' && Object.values(policy.categories ?? {}).every((model) => typeof model === 'string'))) return
  const wellFormed: Policy[] = policies.map((policy: Policy) => ({ ...policy, regions: (policy.regions ?? []).filter((region) => typeof region === 'string') }))
  const japanese = new Set(['JP', ...wellFormed.flatMap((policy) => policy.regions.filter((region) => region.startsWith('JP-')))])
  const vendors = (checked.vendors ?? []) as Entries
  for (const region of japanese) {
    const policy = policyFor(region, wellFormed)
    if (!policy) continue
    const index = wellFormed.indexOf(policy)
    for (const vendor of vendors) {
      if (!vendor?.linksToPersonalData || typeof vendor.category !== 'string') continue
      const model = policy.categories?.[vendor.category] ?? policy.model
      if (model === 'opt-in' || categories.some((category) => category?.id === vendor.category && !!category?.required)) continue
      const where = policy.categories?.[vendor.category] ? `categories["${vendor.category}"]` : 'model'
      const message = `jurisdictions.policies[${index}].${where} makes "${vendor.category}" ${model} for ${region}, but vendor "${vendor.id}" links to personal data and needs opt-in consent in Japan (APPI Art. 31)`
      if (!errors.includes(message)) errors.push(message)
    }
  }
}

// A custom Consent Mode mapping may only name categories that exist.
function checkConsentModeMapping(option: unknown, categoryIds: Set<string>, errors: string[]) {
  if (!isObject(option)) return
  for (const type of CONSENT_TYPES) {
    const ids = option[type]
    if (Array.isArray(ids))
      ids.forEach((id, index) => {
        if (typeof id === 'string' && !categoryIds.has(id)) errors.push(`googleConsentMode.${type}[${index}] "${id}" is not the id of any category`)
      })
  }
}

/**
 * A vendor's `domains` must not cover the hosts Consentry itself is served from and talks to:
 * its own chunks would be held back and it would never start. `siteHosts` are the page's
 * host and the one consentry.js came from; absolute receipt and region endpoints add theirs.
 */
function checkOwnHosts(checked: Record<string, unknown>, siteHosts: readonly string[], errors: string[]) {
  const config = checked as Partial<Config>
  const hosts = new Set(siteHosts.filter(Boolean))
  for (const endpoint of [config.receipts?.endpoint, config.jurisdictions?.regionEndpoint])
    try {
      if (endpoint) hosts.add(new URL(endpoint).hostname)
    } catch {
      // A relative endpoint is on the page's own host, already listed.
    }
  ;((checked.vendors ?? []) as Entries).forEach((vendor, index) =>
    (vendor?.domains as string[] | undefined)?.forEach((pattern, entry) => {
      const host = typeof pattern === 'string' && [...hosts].find((host) => hostMatches(pattern, host))
      if (!host) return
      const fix = pattern.startsWith('*.')
        ? `list the vendor's own subdomains instead (such as "tags.${pattern.slice(2)}")`
        : `gate this vendor's tags with markup (data-consent) instead`
      errors.push(`vendors[${index}].domains[${entry}] "${pattern}" covers "${host}", where this site or Consentry itself is served from, so Consentry's own files would be held back: ${fix}`)
    }),
  )
}

/**
 * Checks a config fully. Every problem is reported with its JSON path. `siteHosts`: in a
 * browser, the page's host and the host consentry.js was loaded from.
 */
export function validateConfig(input: unknown, siteHosts: readonly string[] = []): Validation {
  const errors: string[] = []
  const warnings: string[] = []
  if (!isObject(input)) {
    return { config: null, errors: ['config must be an object, got ' + typeName(input)], warnings }
  }
  const config = checkFields(configFields, input, '', errors, warnings) as unknown as Config
  checkReferences(config as unknown as Record<string, unknown>, input, errors)
  checkOwnHosts(config as unknown as Record<string, unknown>, siteHosts, errors)
  checkLanguages(config as unknown as Record<string, unknown>, errors, warnings)
  return { config: errors.length ? null : config, errors, warnings }
}
