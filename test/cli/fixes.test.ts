import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../src/core/config/index.js'
import { practicalWarnings } from '../../src/core/config/practice.js'
import { suggestFix } from '../../src/cli/fixes.js'
import { rawConfig, validConfig } from '../fixtures/config.js'
import { mutatedConfig } from '../fixtures/mutations.js'

/** The validator's real messages for a broken config, each with the fix `check` prints. */
function fixesFor(breakIt: (config: any) => void) {
  const config: any = rawConfig()
  breakIt(config)
  const { errors, warnings } = validateConfig(config)
  return [...errors, ...warnings].map((message) => [message, suggestFix(message, config)])
}

describe('fix suggestions of consentry check', () => {
  it('says what to add for a missing field', () => {
    expect(fixesFor((c) => delete c.policyUrl)).toEqual([['policyUrl is required', 'add "policyUrl": "/privacy" (your privacy policy page)']])
    expect(fixesFor((c) => delete c.categories[1].title)[0]![1]).toBe('add "title": { "ja": "広告配信", "en": "Advertising" }')
  })

  it('names the categories a vendor may use, and the closest one', () => {
    expect(fixesFor((c) => (c.vendors[1].category = 'advertsing'))).toEqual([
      [
        'vendors[1].category "advertsing" is not the id of any category',
        'did you mean "advertising"? use one of: "necessary", "advertising", "affiliate", "dmp"',
      ],
    ])
  })

  it('spots a misspelt field name', () => {
    expect(fixesFor((c) => (c.googleConsentMode = { ad_storrage: ['advertising'] }))).toEqual([
      ['googleConsentMode.ad_storrage is not a known field and is ignored', 'did you mean "ad_storage"?'],
    ])
    expect(fixesFor((c) => (c.expiresAfterDay = 30))).toEqual([['expiresAfterDay is not a known field and is ignored', 'did you mean "expiresAfterDays"?']])
  })

  it('fixes jurisdictions: ISO spellings, capitals, required categories and APPI Art. 31', () => {
    const fixes = fixesFor((c) => {
      c.jurisdictions = {
        policies: [
          { id: 'eu', regions: ['UK', 'de', 'ZZ'], model: 'opt-in', categories: { necessary: 'opt-out' } },
          { id: 'jp', regions: ['JP'], model: 'notice' },
        ],
      }
    })
    expect(fixes).toEqual([
      ['jurisdictions.policies[0].regions[1] must be a region such as "JP", "US-CA", "EEA", "EU", "*" or "unknown", got "de"', 'write it in capitals: "DE"'],
      ['jurisdictions.policies[0].regions[0] "UK" is not an ISO 3166-1 country code', 'ISO 3166-1 writes it "GB"'],
      [
        'jurisdictions.policies[0].regions[2] "ZZ" is not an ISO 3166-1 country code',
        'use an ISO 3166-1 code such as "JP" or "DE", a subdivision such as "US-CA", or "EU", "EEA", "*", "unknown"',
      ],
      ['jurisdictions.policies[0].categories["necessary"] is a required category, which is always on', 'remove it from the policy\'s "categories": required categories are on under every policy'],
      [
        'jurisdictions.policies[1].model makes "dmp" notice for JP, but vendor "dmp-x" links to personal data and needs opt-in consent in Japan (APPI Art. 31)',
        'make it opt-in for Japanese visitors: "categories": { "dmp": "opt-in" } in that policy',
      ],
    ])
    expect(fixesFor((c) => (c.jurisdictions = { policies: [{ id: 'x', regions: ['*'], model: 'opt-in', categoris: {} }] }))).toEqual([
      ['jurisdictions.policies[0].categoris is not a known field and is ignored', 'did you mean "categories"?'],
    ])
  })

  it('turns a URL in domains into its host', () => {
    expect(fixesFor((c) => (c.vendors[1].domains = ['https://ads.example.com/tag.js']))[0]![1]).toBe('write the host only: "ads.example.com"')
  })

  it('explains the APPI Art. 28 details a foreign vendor needs', () => {
    const fixes = fixesFor((c) => {
      c.vendors[1].country = 'US'
    })
    expect(fixes.map(([, fix]) => fix)).toEqual([
      'add "foreignSystemInfoUrl": a page on the personal-data protection system of the recipient\'s country (the PPC publishes one per country)',
      'add "recipientMeasures": what the recipient does to protect the data, e.g. { "ja": "標準契約条項を締結", "en": "Standard contractual clauses" }',
    ])
    expect(fixesFor((c) => delete c.vendors[1].country)[0]![1]).toMatch(/^add "country": "JP"/)
  })

  it('has a suggestion for every kind of message the validator gives for a wrong value', () => {
    const broken: Array<(config: any) => void> = [
      (c) => (c.locale = 'Deutsch'),
      (c) => (c.locale = 'sw'),
      (c) => (c.languages = ['ja', 'ko', 'ja']),
      (c) => (c.languages = ['ja', 'Deutsch']),
      (c) => (c.expiresAfterDays = 0),
      (c) => (c.expiresAfterDays = 1.5),
      (c) => (c.reloadOnWithdraw = 'yes'),
      (c) => (c.categories[1].title = 7),
      (c) => (c.categories[1].title = { sw: 'x' }),
      (c) => (c.categories[1].id = 'has space'),
      (c) => (c.categories = []),
      (c) => (c.vendors = {}),
      (c) => (c.controller = 'Shop'),
      (c) => (c.categories[2].id = 'advertising'),
      (c) => (c.revision = ' '),
      (c) => (c.receipts = { endpoint: '/r', jurisdiction: ['jp'] }),
    ]
    for (const breakIt of broken) {
      const fixes = fixesFor(breakIt)
      expect(fixes.length).toBeGreaterThan(0)
      for (const [message, fix] of fixes) expect({ message, fix }).toEqual({ message, fix: expect.any(String) })
    }
  })
})

describe('every problem consentry check prints', () => {
  it('comes with a fix, for thousands of randomly broken configs', () => {
    const live = validConfig()
    fc.assert(
      fc.property(mutatedConfig(fc.jsonValue({ maxDepth: 2 })), (input) => {
        const { config, errors, warnings } = validateConfig(input)
        const messages = [...errors, ...warnings, ...(config ? practicalWarnings(config, live) : [])]
        for (const message of messages) expect({ message, fix: suggestFix(message, input) }).toEqual({ message, fix: expect.any(String) })
      }),
      { numRuns: 3000, seed: 20261128 },
    )
  })
})
