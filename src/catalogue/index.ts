import type { Category, LocalizedText, Vendor } from '../core/config/types.js'
import data from './vendors.json'

/** A vendor as the catalogue suggests it, with where its facts were checked. */
export interface CatalogueVendor {
  id: string
  name: LocalizedText
  /** ISO 3166-1 alpha-2 code of the recipient's country. */
  country: string
  /** The id of the suggested category (one of the catalogue's categories). */
  category: string
  address?: LocalizedText
  purpose: LocalizedText
  dataItems: string[]
  policyUrl?: string
  cookies: string[]
  domains: string[]
  foreignSystemInfoUrl?: string
  recipientMeasures?: LocalizedText
  /** The date (YYYY-MM-DD) the facts were last checked against `sources`. */
  checked: string
  sources: string[]
  /** Fields the site owner must still confirm with the vendor before publishing. */
  toConfirm: string[]
}

export type CatalogueCategory = Pick<Category, 'id' | 'title' | 'description'> & { required?: boolean; gpc?: boolean }

export interface Catalogue {
  categories: CatalogueCategory[]
  vendors: CatalogueVendor[]
}

export const catalogue: Catalogue = data

/** The config entry for a catalogue vendor: the vendor fields only, without the checking notes. */
export function vendorFromCatalogue(entry: CatalogueVendor): Partial<Vendor> & Pick<Vendor, 'id' | 'name' | 'category'> {
  const { checked: _checked, sources: _sources, toConfirm: _toConfirm, ...vendor } = entry
  return vendor
}
