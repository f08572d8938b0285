import type { ConsentModeOption } from '../consent-mode/index.js'
import type { CompiledJurisdictions, Policy } from '../jurisdiction/index.js'

import type { LocaleTag } from '../../locales/index.js'

/** A language of the interface (BCP 47): see src/locales. */
export type Locale = LocaleTag
/** The languages of developer-facing messages (validator, command line). */
export type MessageLocale = 'ja' | 'en'
export { LOCALE_TAGS as LOCALES } from '../../locales/index.js'

/** A visible text: one string for every language, or one per locale. */
export type LocalizedText = string | { [L in Locale]?: string }

export interface Category {
  id: string
  required: boolean
  title: LocalizedText
  description: LocalizedText
  /** Starts denied when the browser sends Global Privacy Control. */
  gpc: boolean
}

export interface Vendor {
  id: string
  name: LocalizedText
  category: string
  country?: string
  address?: LocalizedText
  purpose?: LocalizedText
  dataItems: string[]
  policyUrl?: string
  cookies: string[]
  domains: string[]
  /** APPI Art. 31: the recipient links what it receives to personal data. */
  linksToPersonalData: boolean
  foreignSystemInfoUrl?: string
  recipientMeasures?: LocalizedText
  countryUnknownReason?: LocalizedText
}

export interface Controller {
  name: LocalizedText
  address?: LocalizedText
  contact?: string
}

export interface Config {
  revision: string
  locale: 'auto' | Locale
  /** The languages the site offers, which the visitor chooses among (the validator fills in all of them). */
  languages: Locale[]
  expiresAfterDays: number
  policyUrl: string
  disclosureUrl?: string
  rightsUrl?: string
  controller?: Controller
  cookie: { name: string; domain?: string }
  receipts?: {
    endpoint: string
    /** How long receipts are kept, in days (3 years by default). */
    retentionDays?: number
    /** The legal systems the record is made under, e.g. ["JP", "EU"]. */
    jurisdiction?: string[]
  }
  /** Reload the page after consent is taken back, so tags already running stop. */
  reloadOnWithdraw: boolean
  /** Google Consent Mode v2: true for the default mapping, or types mapped to category ids. */
  googleConsentMode?: ConsentModeOption
  /** Consent models by the visitor's region (CONTRACT.md §8); without it, everything optional is opt-in. */
  jurisdictions?: {
    /** Answers { "region": "US-CA" } for the visitor. */
    regionEndpoint?: string
    /** How long to wait for regionEndpoint before the region counts as unknown. */
    regionTimeoutMs: number
    policies: Policy[]
    /** Filled in by compileConfig after validation, never by the config's author. */
    compiled?: CompiledJurisdictions
  }
  categories: Category[]
  vendors: Vendor[]
}
