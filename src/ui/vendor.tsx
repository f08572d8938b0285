import type { Vendor } from '../core/config/types.js'
import type { Locale } from '../core/config/types.js'
import { listSeparator, localize } from '../core/text/index.js'
import { loadedLocale } from './words.js'
import type { Strings } from './i18n.js'
import { countryName, dataItemLabel } from '../core/vocabulary/index.js'

interface VendorProps {
  vendor: Vendor
  locale: Locale
  t: Strings
  checked: boolean
  locked: boolean
  disabled: boolean
  onToggle: (on: boolean) => void
}

/** One recipient: who, where, what is sent and why, and the APPI Art. 28 details for recipients abroad. */
export function VendorRow({ vendor, locale, t, checked, locked, disabled, onToggle }: VendorProps) {
  const name = localize(vendor.name, locale)
  const id = 'consentry-vendor-' + vendor.id
  const foreign = vendor.country !== undefined && vendor.country !== 'JP'
  const facts: Array<[string, string | undefined]> = [
    [t.country, vendor.country && countryName(vendor.country, locale)],
    [t.dataItems, vendor.dataItems.map((item) => dataItemLabel(item, locale, loadedLocale(locale)?.dataItems)).join(listSeparator(locale))],
    [t.purpose, localize(vendor.purpose, locale)],
    [t.measures, foreign ? localize(vendor.recipientMeasures, locale) : ''],
    [t.countryUnknown, localize(vendor.countryUnknownReason, locale)],
  ]
  return (
    <li class="vendor">
      <div class="row">
        <label for={id} class="name">
          {name}
          {vendor.linksToPersonalData && <span class="badge">{t.linksToPersonalData}</span>}
        </label>
        <input
          id={id}
          type="checkbox"
          role="switch"
          data-vendor={vendor.id}
          checked={locked || (checked && !disabled)}
          disabled={locked || disabled}
          onChange={(event) => onToggle((event.target as HTMLInputElement).checked)}
        />
      </div>
      <dl>
        {facts.map(([term, value]) => value && [<dt key={term}>{term}</dt>, <dd key={term + '-'}>{value}</dd>])}
      </dl>
      <p class="links">
        {([
          [vendor.policyUrl, t.vendorPolicy],
          [foreign && vendor.foreignSystemInfoUrl, t.foreignSystem],
        ] as const).map(
          ([href, label]) =>
            href && (
              <a key={label} href={href} target="_blank" rel="noopener noreferrer">
                {label}<span class="sr">{t.newTab}</span>
              </a>
            ),
        )}
      </p>
    </li>
  )
}
