/// <reference types="node" />
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import type { ConsentReceipt } from '../../src/core/receipt/types.js'
import { replaceAnywhere } from '../fixtures/mutations.js'

/** A valid receipt, as a browser would send it. */
export function makeReceipt(patch: Partial<ConsentReceipt> = {}): ConsentReceipt {
  return {
    id: randomUUID(),
    event: 'given',
    timestamp: new Date().toISOString(),
    principalId: 'principal-' + randomUUID(),
    revision: '2025-09-30',
    categories: { necessary: true, advertising: true },
    vendors: { sift: true, 'ad-network': true },
    method: 'accept-all',
    locale: 'ja',
    gpc: false,
    noticeHash: 'a'.repeat(64),
    url: 'https://shop.example/',
    schemaVersion: 'consentry-receipt/1 (ISO/IEC TS 27560:2023)',
    notice: { policyUrl: '/privacy', disclosureUrl: null, revision: '2025-09-30', noticeHash: 'a'.repeat(64), language: 'ja' },
    controller: { name: 'Sample Shop K.K.', address: null, contact: null },
    purposes: [],
    recipients: [],
    dataItems: [],
    retention: 'P1095D',
    jurisdiction: ['JP'],
    withdrawalMethod: 'consentry.withdraw()',
    validUntil: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    collectionMethod: 'web-banner',
    ...patch,
  }
}

/** A recipient as a receipt lists it. */
export const recipientFor = (id: string) => ({
  id,
  name: 'Recipient ' + id,
  category: 'advertising',
  country: 'JP',
  address: 'Tokyo',
  purpose: 'ads',
  dataItems: ['cookie-id'],
  granted: true,
  linksToPersonalData: false,
})

/** A full receipt (with recipients and purposes) with one field somewhere, at any depth, replaced by `replacement`. */
export const mutatedReceipt = (replacement: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.nat(), replacement).map(([pick, value]) => {
    const receipt: any = makeReceipt({
      recipients: [
        { ...recipientFor('dmp-x'), appi31: { recipient: 'Sample DMP', dataItems: ['cookie-id'], consentObtained: true } },
        { ...recipientFor('us-dmp'), country: 'US', appi28: { shown: true, country: 'US', foreignSystemInfoUrl: null, recipientMeasures: 'm', countryUnknownReason: null } },
      ],
      purposes: [{ id: 'dmp', title: 'DMP', required: false, granted: true, lawfulBasis: 'consent', dataItems: ['cookie-id'], recipients: ['dmp-x'] }],
    })
    return replaceAnywhere(receipt, pick, value) as Record<string, unknown>
  })
