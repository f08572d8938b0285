import type { Config } from '../core/config/types.js'
import type { ReceiptRecipient } from '../core/receipt/types.js'
import { localize } from '../core/text/index.js'
import type { StoredReceipt } from './store/types.js'
import { csvField } from './csv.js'

/**
 * The confirmation record an operator keeps under APPI Art. 31 (PPC FAQ Q8-11, Q8-13), per
 * recipient that links personal referable information to personal data: who, what data
 * items, the provision period, how many principals consented, and for a recipient abroad
 * whether the Art. 28 information was shown.
 */
export interface Appi31Record {
  recipientId: string
  recipient: string
  address: string | null
  country: string | null
  dataItems: string[]
  /** First and last day consent to provide was confirmed in the period (continuous provision). */
  firstProvided: string | null
  lastProvided: string | null
  principalsConsented: number
  /** Decisions that withdrew or refused it in the period. */
  refusals: number
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

interface Tally {
  record: Appi31Record
  principals: Set<string>
  dataItems: Set<string>
}

const isText = (value: unknown): value is string => typeof value === 'string'
const isTextOrNull = (value: unknown) => value === null || value === undefined || isText(value)
const isRecipient = (value: unknown): value is ReceiptRecipient => {
  const recipient = value as ReceiptRecipient
  return (
    typeof recipient === 'object' && recipient !== null && isText(recipient.id) && isTextOrNull(recipient.country) && isTextOrNull(recipient.address) &&
    (recipient.appi31 === undefined ||
      (typeof recipient.appi31 === 'object' && recipient.appi31 !== null && isText(recipient.appi31.recipient) &&
        Array.isArray(recipient.appi31.dataItems) && recipient.appi31.dataItems.every(isText) && typeof recipient.appi31.consentObtained === 'boolean'))
  )
}
/** A stored row the record can use; rows stored before the intake checked every field may not be. */
const usable = ({ receipt }: StoredReceipt) =>
  typeof receipt === 'object' && receipt !== null && isText(receipt.principalId) && Array.isArray(receipt.recipients) && receipt.recipients.every(isRecipient)

export interface Appi31Report {
  records: Appi31Record[]
  /** Stored rows left out because they are malformed. */
  skipped: number
}

/**
 * The record for the rows received in a period. The provision period follows the collector's
 * receive time; the receipt's own timestamp (the visitor's clock) stays in the receipt as
 * evidence.
 */
export async function appi31Records(rows: AsyncIterable<StoredReceipt>, site: Map<string, SiteRecipient> | null = null): Promise<Appi31Report> {
  const tallies = new Map<string, Tally>()
  let skipped = 0
  for await (const row of rows) {
    if (!usable(row)) {
      skipped++
      continue
    }
    const { receipt } = row
    const day = row.receivedAt.slice(0, 10)
    for (const recipient of receipt.recipients) {
      if (!recipient.appi31) continue
      let tally = tallies.get(recipient.id)
      if (!tally) {
        const known = site?.get(recipient.id)
        const country = known ? known.country : (recipient.country ?? null)
        tally = {
          principals: new Set(),
          dataItems: new Set(),
          record: {
            recipientId: recipient.id,
            recipient: known ? known.name : recipient.appi31.recipient,
            address: known ? known.address : (recipient.address ?? null),
            country,
            dataItems: [],
            firstProvided: null,
            lastProvided: null,
            principalsConsented: 0,
            refusals: 0,
            art28InformationShown: country === 'JP' ? null : true,
            howConfirmed: 'Consent collected on the recipient\'s behalf in the site\'s consent banner; one receipt per decision',
            inSiteConfig: site ? !!known : null,
          },
        }
        tallies.set(recipient.id, tally)
      }
      const { record } = tally
      for (const item of recipient.appi31.dataItems) tally.dataItems.add(item)
      if (!recipient.appi31.consentObtained) {
        record.refusals++
        continue
      }
      tally.principals.add(receipt.principalId)
      if (!record.firstProvided || day < record.firstProvided) record.firstProvided = day
      if (!record.lastProvided || day > record.lastProvided) record.lastProvided = day
      if (record.art28InformationShown !== null && !recipient.appi28?.shown) record.art28InformationShown = false
    }
  }
  const records = [...tallies.values()].map(({ record, principals, dataItems }) => ({
    ...record,
    dataItems: [...dataItems],
    principalsConsented: principals.size,
  }))
  return { records, skipped }
}

const COLUMNS = ['recipientId', 'recipient', 'address', 'country', 'dataItems', 'firstProvided', 'lastProvided', 'principalsConsented', 'refusals', 'art28InformationShown', 'howConfirmed', 'inSiteConfig'] as const

export function appi31Csv(records: Appi31Record[]): string {
  const field = (value: unknown) => (value === null ? '' : Array.isArray(value) ? csvField(value.join(' ')) : csvField(String(value)))
  return COLUMNS.join(',') + '\r\n' + records.map((record) => COLUMNS.map((column) => field(record[column])).join(',') + '\r\n').join('')
}
