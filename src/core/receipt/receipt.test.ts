import { describe, expect, it } from 'vitest'
import { createConsent, type Decision } from '../consent/index.js'
import { validConfig } from '../../../test/fixtures/config.js'
import { sha256Hex } from '../hash/sha256.js'
import { buildReceipt, canonicalJson, noticeShown, receiptProblems, toKantara } from './index.js'

// What the browser computes (Web Crypto, or this same script SHA-256 on plain-http pages).
const noticeHash = (shown: unknown) => sha256Hex(canonicalJson(shown))

function decide(action: (consent: ReturnType<typeof createConsent>) => void, configPatch: Record<string, unknown> = {}) {
  const config = validConfig({
    controller: { name: { ja: 'サンプル商店株式会社', en: 'Sample Shop K.K.' }, address: 'Tokyo', contact: 'privacy@shop.example' },
    receipts: { endpoint: '/receipts' },
    ...configPatch,
  })
  const decisions: Decision[] = []
  const consent = createConsent(config, {
    stored: null, gpc: false, now: () => Date.UTC(2026, 0, 15, 9), newId: () => '0b7c6f2e-4c1d-4e8a-9f3b-2a1d0c9e8f7a',
    onDecision: (decision) => decisions.push(decision),
  })
  action(consent)
  const shown = noticeShown(config, 'ja', 'c0ffee')
  const receipt = buildReceipt(config, decisions.at(-1)!, {
    principalId: 'p-1', locale: 'ja', url: 'https://shop.example/cart', noticeHash: noticeHash(shown),
  })
  return { config, receipt }
}

describe('buildReceipt', () => {
  it('carries every contract field at the top level and passes the receipt check', () => {
    const { receipt } = decide((c) => c.acceptAll('accept-all'))
    expect(receiptProblems(receipt)).toEqual([])
    expect(receipt).toMatchObject({
      id: '0b7c6f2e-4c1d-4e8a-9f3b-2a1d0c9e8f7a',
      event: 'given',
      timestamp: '2026-01-15T09:00:00.000Z',
      principalId: 'p-1',
      revision: '2025-09-30',
      method: 'accept-all',
      locale: 'ja',
      gpc: false,
      url: 'https://shop.example/cart',
      categories: { necessary: true, advertising: true, affiliate: true, dmp: true },
      collectionMethod: 'web-banner',
    })
    expect(receipt.noticeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(receipt.notice.noticeHash).toBe(receipt.noticeHash)
  })

  it('carries the identified principal of a logged-in visitor, and null for an anonymous one', () => {
    expect(decide((c) => c.acceptAll('accept-all')).receipt.identifiedPrincipalId).toBeNull()
    const { receipt } = decide((c) => {
      c.identify('sha256:9f2c')
      c.acceptAll('accept-all')
    })
    expect(receipt.identifiedPrincipalId).toBe('sha256:9f2c')
    expect(receiptProblems(receipt)).toEqual([])
    expect(receiptProblems({ ...receipt, identifiedPrincipalId: 42 })).toEqual([
      'receipt.identifiedPrincipalId must be null or a string of 1 to 128 characters',
    ])
  })

  it('names the language as a tag: a built-in one or a site\'s own, and nothing else', () => {
    const { receipt } = decide((c) => c.acceptAll('accept-all'))
    expect(receiptProblems({ ...receipt, locale: 'zh-Hant' })).toEqual([])
    expect(receiptProblems({ ...receipt, locale: 'nb' })).toEqual([])
    expect(receiptProblems({ ...receipt, locale: 'Norsk' })).toEqual([expect.stringMatching(/^receipt\.locale must be a language tag/)])
  })

  it('has the ISO/IEC TS 27560 parts: controller, purposes, data items, recipients, retention, validity', () => {
    const { receipt } = decide((c) => c.set({ categories: { dmp: true } }, 'save'))
    expect(receipt.controller).toEqual({ name: 'サンプル商店株式会社', address: 'Tokyo', contact: 'privacy@shop.example' })
    expect(receipt.purposes.map((p) => [p.id, p.granted, p.lawfulBasis])).toEqual([
      ['necessary', true, 'necessity'], ['advertising', false, 'consent'], ['affiliate', false, 'consent'], ['dmp', true, 'consent'],
    ])
    expect(receipt.purposes[3]!.recipients).toEqual(['dmp-x'])
    expect(receipt.retention).toBe('P1095D')
    expect(receipt.jurisdiction).toEqual(['JP'])
    expect(receipt.validUntil).toBe('2027-01-15T09:00:00.000Z')
    expect(receipt.withdrawalMethod).toContain('consentry.withdraw()')
    expect(receipt.collectionMethod).toBe('web-preferences')
  })

  it('records APPI Art. 31 consent for linking recipients and Art. 28 details for foreign ones', () => {
    const { receipt } = decide((c) => c.set({ categories: { dmp: true } }, 'save'))
    const dmp = receipt.recipients.find((r) => r.id === 'dmp-x')!
    expect(dmp.appi31).toEqual({ recipient: 'Sample DMP', dataItems: [], consentObtained: true })
    const sift = receipt.recipients.find((r) => r.id === 'sift')!
    expect(sift.appi28).toMatchObject({ shown: true, country: 'US' })
    expect(receipt.recipients.find((r) => r.id === 'a8')!.appi28).toBeUndefined()
    const withdrawn = decide((c) => c.withdraw('withdraw')).receipt
    expect(withdrawn.event).toBe('withdrawn')
    expect(withdrawn.recipients.find((r) => r.id === 'dmp-x')!.appi31!.consentObtained).toBe(false)
  })

  it('uses the configured retention and jurisdiction', () => {
    const { receipt } = decide((c) => c.rejectAll('reject-all'), { receipts: { endpoint: '/r', retentionDays: 730, jurisdiction: ['JP', 'EU'] } })
    expect(receipt.retention).toBe('P730D')
    expect(receipt.jurisdiction).toEqual(['JP', 'EU'])
  })
})

describe('noticeHash', () => {
  it('is the same for the same notice whatever the key order, and changes with any shown text', () => {
    const config = validConfig()
    const shown = noticeShown(config, 'en', 'a1b2')
    expect(noticeHash(shown)).toBe(noticeHash(JSON.parse(JSON.stringify(shown))))
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}')
    expect(noticeHash(noticeShown(config, 'en', 'a1b3'))).not.toBe(noticeHash(shown))
    expect(noticeHash(noticeShown(config, 'ja', 'a1b2'))).not.toBe(noticeHash(shown))
    const edited = validConfig({ revision: '2026-01-01' })
    expect(noticeHash(noticeShown(edited, 'en', 'a1b2'))).not.toBe(noticeHash(shown))
  })
})

describe('toKantara', () => {
  // Required by Kantara Consent Receipt v1.1 (schema draft 6).
  const TOP = ['version', 'jurisdiction', 'consentTimestamp', 'collectionMethod', 'consentReceiptID', 'piiPrincipalId', 'piiControllers', 'policyUrl', 'services', 'sensitive', 'spiCat']
  const CONTROLLER = ['piiController', 'contact', 'address', 'email', 'phone']
  const PURPOSE = ['consentType', 'purposeCategory', 'piiCategory', 'termination', 'thirdPartyDisclosure']

  it('has every required field with the right type', () => {
    const kantara = toKantara(decide((c) => c.acceptAll('accept-all')).receipt)
    for (const field of TOP) expect(kantara, field).toHaveProperty(field)
    expect(kantara.version).toBe('KI-CR-v1.1.0')
    expect(Number.isInteger(kantara.consentTimestamp)).toBe(true)
    expect(kantara.consentTimestamp).toBe(Date.UTC(2026, 0, 15, 9) / 1000)
    expect(typeof kantara.sensitive).toBe('boolean')
    expect(Array.isArray(kantara.spiCat)).toBe(true)
    for (const field of CONTROLLER) expect(kantara.piiControllers[0], field).toHaveProperty(field)
    expect(kantara.piiControllers[0]!.email).toBe('privacy@shop.example')
    const purposes = kantara.services[0]!.purposes
    expect(purposes.map((p) => p.purposeCategory[0])).toEqual(['necessary', 'advertising', 'affiliate', 'dmp'])
    for (const purpose of purposes) {
      for (const field of PURPOSE) expect(purpose, field).toHaveProperty(field)
      expect(Array.isArray(purpose.purposeCategory) && Array.isArray(purpose.piiCategory)).toBe(true)
      // thirdPartyName is required exactly when there is a third-party disclosure.
      expect(typeof purpose.thirdPartyName === 'string').toBe(purpose.thirdPartyDisclosure)
    }
    expect(kantara.services[0]!.service).toBe('shop.example')
  })

  it('lists only granted purposes', () => {
    const kantara = toKantara(decide((c) => c.rejectAll('reject-all')).receipt)
    expect(kantara.services[0]!.purposes.map((p) => p.purposeCategory[0])).toEqual(['necessary'])
    expect(kantara.services[0]!.purposes[0]!.consentType).toMatch(/NOT REQUIRED/)
  })
})
