import type { Locale } from '../config/types.js'

export type ReceiptEvent = 'given' | 'changed' | 'withdrawn' | 'expired'

/** A recipient of data, as the visitor was told about it. */
export interface ReceiptRecipient {
  id: string
  name: string
  category: string
  country: string | null
  address: string | null
  purpose: string
  dataItems: string[]
  granted: boolean
  linksToPersonalData: boolean
  /** APPI Art. 31: consent to provide personal referable information that the recipient links to personal data. */
  appi31?: { recipient: string; dataItems: string[]; consentObtained: boolean }
  /** APPI Art. 28: what a recipient abroad was described with before consent. */
  appi28?: { shown: true; country: string | null; foreignSystemInfoUrl: string | null; recipientMeasures: string | null; countryUnknownReason: string | null }
}

export interface ReceiptPurpose {
  id: string
  title: string
  required: boolean
  granted: boolean
  /** Required purposes rest on necessity; the others on consent. */
  lawfulBasis: 'consent' | 'necessity'
  dataItems: string[]
  recipients: string[]
}

/**
 * One consent decision, as an ISO/IEC TS 27560 consent record. The flat fields of the
 * public contract (CONTRACT.md §6) sit at the top; the record's parts are below them.
 */
export interface ConsentReceipt {
  id: string
  event: ReceiptEvent
  timestamp: string
  principalId: string
  /** The site's own (hashed) id of a logged-in user, from `identify`; null for anonymous visitors. */
  identifiedPrincipalId?: string | null
  revision: string
  categories: Record<string, boolean>
  vendors: Record<string, boolean>
  method: string
  locale: Locale
  gpc: boolean
  noticeHash: string
  url: string
  /** Under `jurisdictions`: the visitor's region and the id of the policy the decision was made under (null without a match). */
  region?: string | null
  policy?: string | null

  schemaVersion: string
  notice: { policyUrl: string; disclosureUrl: string | null; revision: string; noticeHash: string; language: Locale }
  controller: { name: string; address: string | null; contact: string | null }
  purposes: ReceiptPurpose[]
  recipients: ReceiptRecipient[]
  dataItems: string[]
  /** ISO 8601 duration the record is kept, e.g. "P3Y". */
  retention: string
  jurisdiction: string[]
  withdrawalMethod: string
  /** Until when the decision holds before the visitor is asked again. */
  validUntil: string
  collectionMethod: 'web-banner' | 'web-preferences' | 'api'
}
