/// <reference types="node" />
import type { ReceiptRecipient } from '../../src/core/receipt/types.js'
import type { Appi31Tallies, Appi31Tally, StoredReceipt } from '../../src/collector/index.js'

// The Art. 31 tallies counted the plain way, a row at a time in JavaScript: what the stores'
// aggregate queries must agree with.

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

/**
 * The tallies of scanned rows. The provision period follows the collector's receive time;
 * recipients come in the order they were first seen, named as their first entry names them.
 */
export async function tallyRows(rows: AsyncIterable<StoredReceipt>): Promise<Appi31Tallies> {
  const tallies = new Map<string, Appi31Tally & { principals: Set<string>; items: Set<string> }>()
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
        tally = {
          recipientId: recipient.id,
          recipient: recipient.appi31.recipient,
          address: recipient.address ?? null,
          country: recipient.country ?? null,
          dataItems: [],
          firstProvided: null,
          lastProvided: null,
          principalsConsented: 0,
          refusals: 0,
          art28Shown: true,
          principals: new Set(),
          items: new Set(),
        }
        tallies.set(recipient.id, tally)
      }
      for (const item of recipient.appi31.dataItems) tally.items.add(item)
      if (!recipient.appi31.consentObtained) {
        tally.refusals++
        continue
      }
      tally.principals.add(receipt.principalId)
      if (!tally.firstProvided || day < tally.firstProvided) tally.firstProvided = day
      if (!tally.lastProvided || day > tally.lastProvided) tally.lastProvided = day
      if (recipient.appi28?.shown !== true) tally.art28Shown = false
    }
  }
  return {
    tallies: [...tallies.values()].map(({ principals, items, ...tally }) => ({ ...tally, dataItems: [...items], principalsConsented: principals.size })),
    skipped,
  }
}

