import { render } from 'preact'
import type { Config, Locale } from '../core/config/types.js'
import { disclosureGroups } from '../core/disclosure/index.js'
import { localize } from '../core/text/index.js'
import { countryName } from './i18n.js'

// Column heads and marks of the external-transmission notice.
const DISCLOSURE = {
  ja: {
    recipient: '送信先',
    dataItems: '送信される情報',
    purpose: '利用目的',
    country: '所在国',
    linked: '個人データとの紐付け',
    policy: 'プライバシーポリシー',
    required: '（サイトの提供に必要なため、同意の有無にかかわらず送信します）',
    yes: 'あり',
    no: 'なし',
  },
  en: {
    recipient: 'Recipient',
    dataItems: 'Information sent',
    purpose: 'Purpose',
    country: 'Country',
    linked: 'Linked to personal data',
    policy: 'Privacy policy',
    required: ' (needed to provide the site, so sent without asking for consent)',
    yes: 'Yes',
    no: 'No',
  },
} satisfies Record<Locale, Record<string, string>>

/** The external-transmission notice: per category, what is sent, to whom, and for what purpose. */
export function DisclosureTable({ config, locale }: { config: Config; locale: Locale }) {
  const t = DISCLOSURE[locale]
  const list = (items: string[]) => items.join(locale === 'ja' ? '、' : ', ')
  return (
    <div class="consentry-disclosure" lang={locale}>
      {disclosureGroups(config).map(({ category, vendors }) => (
        <table key={category.id}>
          <caption>
            {localize(category.title, locale)}
            {category.required && t.required}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.recipient}</th>
              <th scope="col">{t.dataItems}</th>
              <th scope="col">{t.purpose}</th>
              <th scope="col">{t.country}</th>
              <th scope="col">{t.linked}</th>
              <th scope="col">{t.policy}</th>
            </tr>
          </thead>
          <tbody>
            {vendors.map((vendor) => (
              <tr key={vendor.id}>
                <th scope="row">{localize(vendor.name, locale)}</th>
                <td>{list(vendor.dataItems)}</td>
                <td>{localize(vendor.purpose, locale)}</td>
                <td>{vendor.country ? countryName(vendor.country, locale) : localize(vendor.countryUnknownReason, locale)}</td>
                <td>{vendor.linksToPersonalData ? t.yes : t.no}</td>
                <td>{vendor.policyUrl && <a href={vendor.policyUrl}>{t.policy}</a>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  )
}

/** Fills every [data-consentry-disclosure] element of the page with the notice. */
export function fillDisclosures(config: Config, locale: Locale, doc: Document) {
  doc.querySelectorAll('[data-consentry-disclosure]').forEach((element) => render(<DisclosureTable config={config} locale={locale} />, element))
}
