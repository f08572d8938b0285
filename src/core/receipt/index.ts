import type { Config, Locale } from '../config/types.js'
import type { Decision } from '../consent/index.js'
import { localize } from '../text/index.js'
import type { ConsentReceipt, ReceiptPurpose, ReceiptRecipient } from './types.js'

export type { ConsentReceipt, ReceiptEvent, ReceiptPurpose, ReceiptRecipient } from './types.js'
export { receiptProblems } from './validate.js'
export { toKantara } from './kantara.js'

export const RECEIPT_SCHEMA = 'consentry-receipt/1 (ISO/IEC TS 27560:2023)'
export const DEFAULT_RETENTION_DAYS = 1095

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']'
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined)
    return '{' + entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, entry]) => JSON.stringify(key) + ':' + canonicalJson(entry)).join(',') + '}'
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * What the visitor was shown, in their language: the interface's own text (as the SHA-256
 * of its canonical JSON, fixed at build time, so the browser need not carry the words) and
 * every category and recipient with the details the dialog displays.
 */
export function noticeShown(config: Config, locale: Locale, interfaceText: string) {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale)
  return {
    revision: config.revision,
    locale,
    policyUrl: config.policyUrl,
    interfaceText,
    categories: config.categories.map((c) => ({ id: c.id, title: text(c.title), description: text(c.description), required: c.required, gpc: c.gpc })),
    vendors: config.vendors.map((v) => ({
      id: v.id,
      name: text(v.name),
      category: v.category,
      country: v.country,
      purpose: text(v.purpose),
      dataItems: v.dataItems,
      policyUrl: v.policyUrl,
      linksToPersonalData: v.linksToPersonalData,
      foreignSystemInfoUrl: v.foreignSystemInfoUrl,
      recipientMeasures: text(v.recipientMeasures),
      countryUnknownReason: text(v.countryUnknownReason),
    })),
  }
}

export interface ReceiptContext {
  principalId: string
  locale: Locale
  url: string
  noticeHash: string
}

const unique = (items: string[]) => [...new Set(items)]
const COLLECTION: Record<string, ConsentReceipt['collectionMethod']> = {
  'accept-all': 'web-banner',
  'reject-all': 'web-banner',
  save: 'web-preferences',
  'dialog-accept-all': 'web-preferences',
  'dialog-reject-all': 'web-preferences',
}

/** The receipt of one decision: pure, so the same decision always gives the same receipt. */
export function buildReceipt(config: Config, decision: Decision, context: ReceiptContext): ConsentReceipt {
  const { state, stored } = decision
  const { locale } = context
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale) || null
  const timestamp = new Date(stored.decidedAt)
  const validUntil = new Date(stored.decidedAt + config.expiresAfterDays * 86_400_000)

  const recipients: ReceiptRecipient[] = config.vendors.map((vendor) => {
    const granted = !!state.vendors[vendor.id]
    const recipient: ReceiptRecipient = {
      id: vendor.id,
      name: text(vendor.name) ?? vendor.id,
      category: vendor.category,
      country: vendor.country ?? null,
      address: text(vendor.address),
      purpose: text(vendor.purpose) ?? '',
      dataItems: vendor.dataItems,
      granted,
      linksToPersonalData: vendor.linksToPersonalData,
    }
    if (vendor.linksToPersonalData)
      recipient.appi31 = { recipient: recipient.name, dataItems: vendor.dataItems, consentObtained: granted }
    if (vendor.country !== 'JP')
      recipient.appi28 = {
        shown: true,
        country: vendor.country ?? null,
        foreignSystemInfoUrl: vendor.foreignSystemInfoUrl ?? null,
        recipientMeasures: text(vendor.recipientMeasures),
        countryUnknownReason: text(vendor.countryUnknownReason),
      }
    return recipient
  })

  const purposes: ReceiptPurpose[] = config.categories.map((category) => {
    const members = recipients.filter((recipient) => recipient.category === category.id)
    return {
      id: category.id,
      title: text(category.title) ?? category.id,
      required: category.required,
      granted: !!state.categories[category.id],
      lawfulBasis: category.required ? 'necessity' : 'consent',
      dataItems: unique(members.flatMap((recipient) => recipient.dataItems)),
      recipients: members.map((recipient) => recipient.id),
    }
  })

  return {
    id: stored.id,
    event: decision.event,
    timestamp: timestamp.toISOString(),
    principalId: context.principalId,
    identifiedPrincipalId: decision.user ?? null,
    revision: stored.revision,
    categories: state.categories,
    vendors: state.vendors,
    method: decision.method,
    locale,
    gpc: stored.gpc,
    noticeHash: context.noticeHash,
    url: context.url,
    ...(config.jurisdictions && { region: state.region, policy: state.policy }),
    schemaVersion: RECEIPT_SCHEMA,
    notice: {
      policyUrl: config.policyUrl,
      disclosureUrl: config.disclosureUrl ?? null,
      revision: config.revision,
      noticeHash: context.noticeHash,
      language: locale,
    },
    controller: {
      name: text(config.controller?.name) ?? '',
      address: text(config.controller?.address),
      contact: config.controller?.contact ?? null,
    },
    purposes,
    recipients,
    dataItems: unique(recipients.flatMap((recipient) => recipient.dataItems)),
    retention: 'P' + (config.receipts?.retentionDays ?? DEFAULT_RETENTION_DAYS) + 'D',
    jurisdiction: config.receipts?.jurisdiction ?? ['JP'],
    withdrawalMethod:
      'Reopen the cookie settings (the page\'s [data-consentry-open] control) and switch purposes off, or call consentry.withdraw(); see ' +
      config.policyUrl,
    validUntil: validUntil.toISOString(),
    collectionMethod: COLLECTION[decision.method] ?? 'api',
  }
}
