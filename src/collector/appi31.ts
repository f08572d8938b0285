import type { Config } from '../core/config/types.js'
import { localize } from '../core/text/index.js'
import type { Appi31Tallies, Appi31Tally } from './store/types.js'
import { csvField } from './csv.js'

/**
 * The confirmation record an operator keeps under APPI Art. 31 (PPC FAQ Q8-11, Q8-13), per
 * recipient that links personal referable information to personal data: who, what data
 * items, the provision period, how many principals consented, and for a recipient abroad
 * whether the Art. 28 information was shown.
 */
export interface Appi31Record extends Omit<Appi31Tally, 'art28Shown'> {
  /** For recipients abroad: whether every consent came after the Art. 28 information. Null for domestic ones. */
  art28InformationShown: boolean | null
  howConfirmed: string
  /**
   * Whether the site's config (CONSENTRY_CONFIG) names this recipient; null without a config.
   * A recipient it does not know came only from receipts, which anyone can send.
   */
  inSiteConfig: boolean | null
}

/** Who a recipient is, by the site's own config rather than by what receipts claim. */
export interface SiteRecipient {
  name: string
  address: string | null
  country: string | null
}

/** The site's recipients by id, in Japanese where the config has it (the record is kept under APPI). */
export function siteRecipients(config: Config): Map<string, SiteRecipient> {
  return new Map(
    config.vendors.map((vendor) => [
      vendor.id,
      { name: localize(vendor.name, 'ja') || vendor.id, address: localize(vendor.address, 'ja') || null, country: vendor.country ?? null },
    ]),
  )
}

export interface Appi31Report {
  records: Appi31Record[]
  /** Stored rows left out because they are malformed. */
  skipped: number
}

/** The record from the tallies; with the site's config, recipients are named by it rather than by receipts. */
export function appi31Records({ tallies, skipped }: Appi31Tallies, site: Map<string, SiteRecipient> | null = null): Appi31Report {
  const records = tallies.map((tally): Appi31Record => {
    const known = site?.get(tally.recipientId)
    const country = known ? known.country : tally.country
    return {
      recipientId: tally.recipientId,
      recipient: known ? known.name : tally.recipient,
      address: known ? known.address : tally.address,
      country,
      dataItems: tally.dataItems,
      firstProvided: tally.firstProvided,
      lastProvided: tally.lastProvided,
      principalsConsented: tally.principalsConsented,
      refusals: tally.refusals,
      art28InformationShown: country === 'JP' ? null : tally.art28Shown,
      howConfirmed: 'Consent collected on the recipient\'s behalf in the site\'s consent banner; one receipt per decision',
      inSiteConfig: site ? !!known : null,
    }
  })
  return { records, skipped }
}

const COLUMNS = ['recipientId', 'recipient', 'address', 'country', 'dataItems', 'firstProvided', 'lastProvided', 'principalsConsented', 'refusals', 'art28InformationShown', 'howConfirmed', 'inSiteConfig'] as const

export function appi31Csv(records: Appi31Record[]): string {
  const field = (value: unknown) => (value === null ? '' : Array.isArray(value) ? csvField(value.join(' ')) : csvField(String(value)))
  return COLUMNS.join(',') + '\r\n' + records.map((record) => COLUMNS.map((column) => field(record[column])).join(',') + '\r\n').join('')
}
