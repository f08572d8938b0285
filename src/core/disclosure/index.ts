import type { Category, Config, Vendor } from '../config/types.js'

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
