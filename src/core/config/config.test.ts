import { describe, expect, it } from 'vitest'
import { validateConfig } from './index.js'
import { rawConfig } from '../../../test/fixtures/config.js'

const errorsFor = (patch: (raw: any) => void) => {
  const raw: any = rawConfig()
  patch(raw)
  return validateConfig(raw).errors
}

describe('validateConfig', () => {
  it('accepts the seed-policy config and fills in defaults', () => {
    const raw: any = rawConfig()
    delete raw.expiresAfterDays
    delete raw.locale
    const { config, errors, warnings } = validateConfig(raw)
    expect(errors).toEqual([])
    expect(warnings).toEqual([])
    expect(config!.expiresAfterDays).toBe(365)
    expect(config!.locale).toBe('auto')
    expect(config!.cookie).toEqual({ name: 'consentry' })
    expect(config!.reloadOnWithdraw).toBe(false)
    expect(config!.categories[1]).toMatchObject({ id: 'advertising', required: false, gpc: true, description: '' })
    expect(config!.vendors[3]).toMatchObject({ linksToPersonalData: true, cookies: [], domains: [], dataItems: [] })
  })

  it('rejects what is not an object', () => {
    for (const input of [null, 42, 'config', [], undefined]) {
      const { config, errors } = validateConfig(input)
      expect(config).toBeNull()
      expect(errors[0]).toMatch(/^config must be an object/)
    }
  })

  it.each([
    ['revision', (r: any) => delete r.revision, 'revision is required'],
    ['revision', (r: any) => (r.revision = ''), 'revision must be a non-empty string'],
    ['revision', (r: any) => (r.revision = 3), 'revision must be a string, got number'],
    ['locale', (r: any) => (r.locale = 'sw'), 'locale "sw" is not one of languages (en, ja, zh-Hans,'],
    ['locale', (r: any) => (r.locale = 'Deutsch'), 'locale must be "auto" or a language tag'],
    ['languages', (r: any) => (r.languages = ['ja', 'Deutsch']), 'languages[1] must be a language tag'],
    ['languages', (r: any) => (r.languages = []), 'languages must not be empty'],
    ['languages', (r: any) => (r.languages = ['ja', 'ko', 'ja']), 'languages[2] "ja" is listed twice'],
    ['languages', (r: any) => ((r.locale = 'de'), (r.languages = ['ja', 'en'])), 'locale "de" is not one of languages (ja, en)'],
    ['expiresAfterDays', (r: any) => (r.expiresAfterDays = 0), 'expiresAfterDays must be between 1 and 3650'],
    ['expiresAfterDays', (r: any) => (r.expiresAfterDays = 1.5), 'expiresAfterDays must be a whole number'],
    ['expiresAfterDays', (r: any) => (r.expiresAfterDays = '365'), 'expiresAfterDays must be a whole number, got "365"'],
    ['policyUrl', (r: any) => delete r.policyUrl, 'policyUrl is required'],
    ['disclosureUrl', (r: any) => (r.disclosureUrl = false), 'disclosureUrl must be a string, got boolean'],
    ['rightsUrl', (r: any) => (r.rightsUrl = {}), 'rightsUrl must be a string, got object'],
    ['controller', (r: any) => (r.controller = 'me'), 'controller must be an object'],
    ['controller.name', (r: any) => (r.controller = {}), 'controller.name is required'],
    ['cookie.name', (r: any) => (r.cookie = { name: 'a b' }), 'cookie.name must be a cookie name'],
    ['cookie.domain', (r: any) => (r.cookie = { domain: 1 }), 'cookie.domain must be a string'],
    ['receipts.endpoint', (r: any) => (r.receipts = {}), 'receipts.endpoint is required'],
    ['reloadOnWithdraw', (r: any) => (r.reloadOnWithdraw = 'yes'), 'reloadOnWithdraw must be true or false'],
    ['categories', (r: any) => (r.categories = []), 'categories must not be empty'],
    ['categories', (r: any) => (r.categories = {}), 'categories must be an array, got object'],
    ['categories[2].id', (r: any) => (r.categories[2].id = 7), 'categories[2].id must be a string, got number'],
    ['categories[2].id', (r: any) => (r.categories[2].id = 'a.b'), 'categories[2].id must be letters, digits'],
    ['categories[1].required', (r: any) => (r.categories[1].required = 1), 'categories[1].required must be true or false'],
    ['categories[1].title', (r: any) => delete r.categories[1].title, 'categories[1].title is required'],
    ['categories[1].title', (r: any) => (r.categories[1].title = { sw: 'Matangazo' }), 'categories[1].title.sw is not a supported locale'],
    ['categories[1].title', (r: any) => (r.categories[1].title = { ja: 1 }), 'categories[1].title.ja must be a string'],
    ['categories[1].title', (r: any) => (r.categories[1].title = {}), 'categories[1].title must be a string or an object of locale'],
    ['categories[1].gpc', (r: any) => (r.categories[1].gpc = 'true'), 'categories[1].gpc must be true or false'],
    ['vendors', (r: any) => (r.vendors = 'x'), 'vendors must be an array'],
    ['vendors[0].id', (r: any) => delete r.vendors[0].id, 'vendors[0].id is required'],
    ['vendors[0].name', (r: any) => (r.vendors[0].name = null), 'vendors[0].name must be a string or an object of locale'],
    ['vendors[0].category', (r: any) => (r.vendors[0].category = 'ads'), 'vendors[0].category "ads" is not the id of any category'],
    ['vendors[0].country', (r: any) => (r.vendors[0].country = 'usa'), 'vendors[0].country must be a two-letter ISO 3166 code'],
    ['vendors[0].dataItems', (r: any) => (r.vendors[0].dataItems = 'email'), 'vendors[0].dataItems must be an array'],
    ['vendors[0].cookies', (r: any) => (r.vendors[0].cookies = [1]), 'vendors[0].cookies[0] must be a string, got number'],
    ['vendors[0].domains', (r: any) => (r.vendors[0].domains = [null]), 'vendors[0].domains[0] must be a string, got null'],
    ['vendors[0].linksToPersonalData', (r: any) => (r.vendors[0].linksToPersonalData = 'no'), 'vendors[0].linksToPersonalData must be true or false'],
    ['vendors[0].policyUrl', (r: any) => (r.vendors[0].policyUrl = 5), 'vendors[0].policyUrl must be a string'],
    ['vendors[0].purpose', (r: any) => (r.vendors[0].purpose = []), 'vendors[0].purpose must be a string or an object'],
    ['vendors[0].foreignSystemInfoUrl', (r: any) => (r.vendors[0].foreignSystemInfoUrl = 1), 'vendors[0].foreignSystemInfoUrl must be a string'],
    ['vendors[0].recipientMeasures', (r: any) => (r.vendors[0].recipientMeasures = 1), 'vendors[0].recipientMeasures must be a string or an object'],
  ])('reports a bad %s with its path', (_field, patch, message) => {
    const errors = errorsFor(patch)
    expect(errors.some((error) => error.startsWith(message))).toBe(true)
  })

  it('reports duplicate ids', () => {
    expect(errorsFor((r) => (r.categories[2].id = 'advertising'))).toContain('categories[2].id "advertising" is used twice')
    expect(errorsFor((r) => (r.vendors[1].id = 'sift'))).toContain('vendors[1].id "sift" is used twice')
  })

  it('reports every problem at once, not just the first', () => {
    const errors = errorsFor((r) => {
      r.revision = 1
      r.categories[0].id = 5
      r.vendors[2].country = 'jp'
    })
    expect(errors).toHaveLength(3)
    expect(validateConfig({ ...rawConfig(), revision: 1 }).config).toBeNull()
  })

  it('warns about unknown fields without failing', () => {
    const raw: any = rawConfig()
    raw.categories[0].requried = true
    raw.$schema = './consentry.schema.json'
    const { config, warnings } = validateConfig(raw)
    expect(config).not.toBeNull()
    expect(warnings).toEqual(['categories[0].requried is not a known field and is ignored'])
  })

  it('never throws on hostile input', () => {
    const cyclic: any = rawConfig()
    cyclic.controller = { name: cyclic }
    const inputs = [cyclic, { categories: [null, 1, 'x', []] }, { vendors: [{}], categories: [{}] }, Object.create(null)]
    for (const input of inputs) expect(() => validateConfig(input)).not.toThrow()
  })
})

describe('APPI Art. 28 rules for recipients abroad', () => {
  it('needs the country system link and the measures for a vendor outside Japan', () => {
    const errors = errorsFor((r) => {
      delete r.vendors[0].foreignSystemInfoUrl
      delete r.vendors[0].recipientMeasures
    })
    expect(errors).toEqual([
      'vendors[0].foreignSystemInfoUrl is required for a recipient outside Japan (country "US", APPI Art. 28)',
      'vendors[0].recipientMeasures is required for a recipient outside Japan (country "US", APPI Art. 28)',
    ])
  })

  it('needs a country or the reason it cannot be named', () => {
    expect(errorsFor((r) => delete r.vendors[1].country)).toEqual([
      'vendors[1] needs "country" (ISO 3166 code) or "countryUnknownReason" (APPI Art. 28)',
    ])
    expect(errorsFor((r) => {
      delete r.vendors[1].country
      r.vendors[1].countryUnknownReason = { ja: 'カード発行会社を特定できないため', en: 'The card issuer cannot be identified' }
    })).toEqual([])
  })

  it('lets a declared unknown country stand in for the Art. 28 details', () => {
    expect(errorsFor((r) => {
      delete r.vendors[0].foreignSystemInfoUrl
      delete r.vendors[0].recipientMeasures
      r.vendors[0].countryUnknownReason = 'The issuer is chosen by the visitor'
    })).toEqual([])
  })

  it('asks nothing more of a domestic vendor', () => {
    expect(errorsFor((r) => (r.vendors[1].country = 'JP'))).toEqual([])
  })
})

describe('validateConfig: integrations', () => {
  it('accepts googleConsentMode as true or as a mapping onto existing categories', () => {
    expect(errorsFor((r) => (r.googleConsentMode = true))).toEqual([])
    expect(errorsFor((r) => (r.googleConsentMode = { ad_user_data: ['advertising', 'dmp'], url_passthrough: true, wait_for_update: 800 }))).toEqual([])
  })

  it('names what is wrong inside googleConsentMode', () => {
    expect(errorsFor((r) => (r.googleConsentMode = 'yes'))).toEqual([
      'googleConsentMode must be true, false, or an object of Google consent types → category ids, got "yes"',
    ])
    expect(errorsFor((r) => (r.googleConsentMode = { ad_storage: 'advertising', wait_for_update: -1 }))).toEqual([
      'googleConsentMode.ad_storage must be an array, got "advertising"',
      'googleConsentMode.wait_for_update must be between 0 and 60000, got number',
    ])
    expect(errorsFor((r) => (r.googleConsentMode = { analytics_storage: ['analytics'] }))).toEqual([
      'googleConsentMode.analytics_storage[0] "analytics" is not the id of any category',
    ])
    expect(validateConfig({ ...rawConfig(), googleConsentMode: { ad_storrage: ['advertising'] } }).warnings).toEqual([
      'googleConsentMode.ad_storrage is not a known field and is ignored',
    ])
  })

  it('accepts host patterns in a vendor\'s domains and rejects URLs', () => {
    expect(errorsFor((r) => (r.vendors[1].domains = ['ads.example.com', '*.example.net']))).toEqual([])
    expect(errorsFor((r) => (r.vendors[1].domains = ['https://ads.example.com/tag.js']))).toEqual([
      'vendors[1].domains[0] must be a host such as "ads.example.com" or "*.example.com", got "https://ads.example.com/tag.js"',
    ])
  })

  it("rejects domains that cover the site's own host, consentry.js's host or its endpoints, with a fix", () => {
    const withDomains = (domains: string[], patch: (raw: any) => void = () => {}) => {
      const raw: any = rawConfig()
      raw.vendors[1].domains = domains
      patch(raw)
      return validateConfig(raw, ['www.shop.example', 'cdn.shop.example']).errors
    }
    expect(withDomains(['*.shop.example'])).toEqual([
      'vendors[1].domains[0] "*.shop.example" covers "www.shop.example", where this site or Consentry itself is served from, so Consentry\'s own files would be held back: list the vendor\'s own subdomains instead (such as "tags.shop.example")',
    ])
    expect(withDomains(['ads.example', 'CDN.shop.example.'])).toEqual([
      'vendors[1].domains[1] "CDN.shop.example." covers "cdn.shop.example", where this site or Consentry itself is served from, so Consentry\'s own files would be held back: gate this vendor\'s tags with markup (data-consent) instead',
    ])
    expect(withDomains(['*.collect.example'], (raw) => (raw.receipts = { endpoint: 'https://eu.collect.example/receipts' }))).toHaveLength(1)
    expect(withDomains(['ads.example', 'tags.shop.example'])).toEqual([])
    // Without hosts (the command line, a server) only the endpoints are known.
    expect(validateConfig({ ...rawConfig(), vendors: [{ ...rawConfig().vendors[1], domains: ['*.shop.example'] }] }).errors).toEqual([])
  })
})
