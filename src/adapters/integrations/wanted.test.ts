import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../core/config/index.js'
import { rawConfig } from '../../../test/fixtures/config.js'
import { wantsIntegrations } from './wanted.js'

describe('wantsIntegrations', () => {
  it('is false for a validated config without Consent Mode or domains, whose vendors get empty domains lists', () => {
    const { config } = validateConfig(rawConfig())
    expect(config!.vendors.every((vendor) => Array.isArray(vendor.domains) && vendor.domains.length === 0)).toBe(true)
    // The ESM build asks with the validated config: loading the chunk there would start the state late.
    expect(wantsIntegrations(config)).toBe(false)
    expect(wantsIntegrations(rawConfig())).toBe(false)
  })

  it('is true for Consent Mode or a vendor with domains, raw or validated', () => {
    const withDomains = { ...rawConfig(), vendors: [{ ...rawConfig().vendors[1], domains: ['ads.example'] }] }
    expect(wantsIntegrations(withDomains)).toBe(true)
    expect(wantsIntegrations(validateConfig(withDomains).config)).toBe(true)
    expect(wantsIntegrations({ ...rawConfig(), googleConsentMode: true })).toBe(true)
  })

  it('does not throw on malformed input', () => {
    for (const raw of [null, 7, 'x', { vendors: 'x' }, { vendors: [null, 5] }]) expect(wantsIntegrations(raw)).toBe(false)
  })
})
