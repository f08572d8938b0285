import type { ConsentReceipt } from '../core/receipt/types.js'
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
}

interface Tally {
  record: Appi31Record
  principals: Set<string>
  dataItems: Set<string>
}

export async function appi31Records(receipts: AsyncIterable<ConsentReceipt>, from: Date | null, to: Date | null): Promise<Appi31Record[]> {
  const tallies = new Map<string, Tally>()
  for await (const receipt of receipts) {
    const time = Date.parse(receipt.timestamp)
    if ((from && time < from.getTime()) || (to && time > to.getTime())) continue
    const day = new Date(time).toISOString().slice(0, 10)
    for (const recipient of receipt.recipients ?? []) {
      if (!recipient.appi31) continue
      let tally = tallies.get(recipient.id)
      if (!tally) {
        tally = {
          principals: new Set(),
          dataItems: new Set(),
          record: {
            recipientId: recipient.id,
            recipient: recipient.appi31.recipient,
            address: recipient.address,
            country: recipient.country,
            dataItems: [],
            firstProvided: null,
            lastProvided: null,
            principalsConsented: 0,
            refusals: 0,
            art28InformationShown: recipient.country === 'JP' ? null : true,
            howConfirmed: 'Consent collected on the recipient\'s behalf in the site\'s consent banner; one receipt per decision',
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
  return [...tallies.values()].map(({ record, principals, dataItems }) => ({
    ...record,
    dataItems: [...dataItems],
    principalsConsented: principals.size,
  }))
}

const COLUMNS = ['recipientId', 'recipient', 'address', 'country', 'dataItems', 'firstProvided', 'lastProvided', 'principalsConsented', 'refusals', 'art28InformationShown', 'howConfirmed'] as const

export function appi31Csv(records: Appi31Record[]): string {
  const field = (value: unknown) => (value === null ? '' : Array.isArray(value) ? csvField(value.join(' ')) : csvField(String(value)))
  return COLUMNS.join(',') + '\r\n' + records.map((record) => COLUMNS.map((column) => field(record[column])).join(',') + '\r\n').join('')
}
