import type { Config } from './types.js'
import { canonicalJson } from '../receipt/index.js'

/**
 * What makes consent invalid in practice even though the config is well formed. Each
 * warning names the JSON path and what to do about it.
 */
export function practicalWarnings(config: Config, previous?: Config | null): string[] {
  const warnings: string[] = []
  config.categories.forEach((category, index) => {
    if (!category.required && !config.vendors.some((vendor) => vendor.category === category.id))
      warnings.push(`categories[${index}] "${category.id}" is optional but no vendor uses it: visitors would consent to nothing; add its vendors or remove it`)
  })
  config.vendors.forEach((vendor, index) => {
    const category = config.categories.find((c) => c.id === vendor.category)
    if (!vendor.dataItems.length)
      warnings.push(`vendors[${index}].dataItems is empty: the external-transmission notice must say what is sent`)
    if (vendor.purpose === undefined)
      warnings.push(`vendors[${index}].purpose is missing: the external-transmission notice must say what it is used for`)
    if (vendor.linksToPersonalData && category?.required)
      warnings.push(`vendors[${index}] links to personal data but sits in the required category "${vendor.category}": APPI Art. 31 needs the visitor's consent, so move it to an optional category`)
  })
  if (previous && previous.revision === config.revision && canonicalJson(previous.vendors) !== canonicalJson(config.vendors))
    warnings.push(`revision "${config.revision}" is unchanged but vendors changed since the previous config: change revision so every visitor is asked again`)
  return warnings
}
