import type { Category, Config, Locale, Vendor } from '../config/types.js'
import { localize } from '../text/index.js'
import { countryName, dataItemLabel } from '../vocabulary/index.js'

/** One category of the external-transmission notice, with the vendors that receive data under it. */
export interface DisclosureGroup {
  category: Category
  vendors: Vendor[]
}

/**
 * The external-transmission notice (Telecommunications Business Act Art. 27-12) as data:
 * per category, every recipient, in config order. Categories without vendors are left out.
 */
export function disclosureGroups(config: Config): DisclosureGroup[] {
  return config.categories
    .map((category) => ({ category, vendors: config.vendors.filter((vendor) => vendor.category === category.id) }))
    .filter((group) => group.vendors.length > 0)
}

/** One row of the notice, in one language: what is sent, to whom, for what. */
export interface DisclosureRow {
  id: string
  recipient: string
  dataItems: string[]
  purpose: string
  country: string
  linksToPersonalData: boolean
  policyUrl: string | null
  foreignSystemInfoUrl: string | null
  recipientMeasures: string | null
}

export interface DisclosureSection {
  category: { id: string; title: string; description: string; required: boolean }
  rows: DisclosureRow[]
}

/** The notice in one language, ready for any output: HTML, Markdown or JSON. `vocabulary`: a loaded locale's data-item words. */
export function disclosureSections(config: Config, locale: Locale, vocabulary?: Record<string, string>): DisclosureSection[] {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale)
  return disclosureGroups(config).map(({ category, vendors }) => ({
    category: { id: category.id, title: text(category.title), description: text(category.description), required: category.required },
    rows: vendors.map((vendor) => ({
      id: vendor.id,
      recipient: text(vendor.name),
      dataItems: vendor.dataItems.map((item) => dataItemLabel(item, locale, vocabulary)),
      purpose: text(vendor.purpose),
      country: vendor.country ? countryName(vendor.country, locale) : text(vendor.countryUnknownReason),
      linksToPersonalData: vendor.linksToPersonalData,
      policyUrl: vendor.policyUrl ?? null,
      foreignSystemInfoUrl: vendor.country !== 'JP' ? vendor.foreignSystemInfoUrl ?? null : null,
      recipientMeasures: vendor.country !== 'JP' ? text(vendor.recipientMeasures) || null : null,
    })),
  }))
}
