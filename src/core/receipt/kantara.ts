import type { ConsentReceipt } from './types.js'

/** A Kantara Initiative Consent Receipt, version 1.1. */
export interface KantaraReceipt {
  version: 'KI-CR-v1.1.0'
  jurisdiction: string
  /** Seconds since the epoch. */
  consentTimestamp: number
  collectionMethod: string
  consentReceiptID: string
  publicKey?: string
  language?: string
  piiPrincipalId: string
  piiControllers: Array<{
    piiController: string
    onBehalf: boolean
    contact: string
    address: { streetAddress: string; addressCountry: string }
    email: string
    phone: string
  }>
  policyUrl: string
  services: Array<{ service: string; purposes: KantaraPurpose[] }>
  sensitive: boolean
  spiCat: string[]
}

export interface KantaraPurpose {
  purpose: string
  purposeCategory: string[]
  consentType: string
  piiCategory: string[]
  primaryPurpose: boolean
  termination: string
  thirdPartyDisclosure: boolean
  thirdPartyName?: string
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

const COLLECTION: Record<ConsentReceipt['collectionMethod'], string> = {
  'web-banner': 'Web consent banner (first layer)',
  'web-preferences': 'Web preferences dialog',
  api: 'Website JavaScript API',
}

/**
 * Exports a receipt as a Kantara Consent Receipt v1.1. Only granted purposes appear: a
 * Kantara receipt lists what was consented to. Required purposes rest on necessity, not
 * consent, and say so in consentType.
 */
export function toKantara(receipt: ConsentReceipt): KantaraReceipt {
  const contact = receipt.controller.contact ?? ''
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: receipt.jurisdiction.join(' '),
    consentTimestamp: Math.floor(Date.parse(receipt.timestamp) / 1000),
    collectionMethod: COLLECTION[receipt.collectionMethod],
    consentReceiptID: receipt.id,
    language: receipt.locale,
    piiPrincipalId: receipt.principalId,
    piiControllers: [
      {
        piiController: receipt.controller.name,
        onBehalf: false,
        contact,
        address: { streetAddress: receipt.controller.address ?? '', addressCountry: receipt.jurisdiction[0] ?? '' },
        email: contact.includes('@') ? contact : '',
        phone: '',
      },
    ],
    policyUrl: receipt.notice.policyUrl,
    services: [
      {
        service: hostOf(receipt.url) ?? receipt.controller.name,
        purposes: receipt.purposes
          .filter((purpose) => purpose.granted)
          .map((purpose) => {
            const recipients = receipt.recipients.filter((r) => r.category === purpose.id && r.granted).map((r) => r.name)
            const kantara: KantaraPurpose = {
              purpose: purpose.title,
              purposeCategory: [purpose.id],
              consentType: purpose.required ? 'NOT REQUIRED (strictly necessary)' : 'EXPLICIT',
              piiCategory: purpose.dataItems,
              primaryPurpose: purpose.required,
              termination: 'Withdrawal by the principal, or ' + receipt.validUntil,
              thirdPartyDisclosure: recipients.length > 0,
            }
            if (recipients.length) kantara.thirdPartyName = recipients.join(', ')
            return kantara
          }),
      },
    ],
    sensitive: false,
    spiCat: [],
  }
}
