import { describe, expect, it } from 'vitest'
import { validConfig } from '../../../test/fixtures/config.js'
import { jurisdictionFor, type Policy } from './index.js'
import { compileJurisdictions, modelsFor, policyFingerprint, policyFor } from './compile.js'
import { countryOf, isRegionEntry } from './regions.js'

// The contract's example policies.
const POLICIES: Policy[] = [
  { id: 'eu', regions: ['EEA', 'GB', 'CH'], model: 'opt-in' },
  { id: 'us', regions: ['US-CA', 'US-CO', 'US-CT', 'US-VA', 'US-OR', 'US-TX'], model: 'opt-out' },
  { id: 'jp', regions: ['JP'], model: 'notice', categories: { advertising: 'opt-out', dmp: 'opt-in' } },
  { id: 'rest', regions: ['*'], model: 'opt-in' },
]
const idFor = (region: string, policies = POLICIES) => policyFor(region, policies)?.id ?? null

describe('region codes', () => {
  it('knows ISO 3166-1 countries and ISO 3166-2 subdivisions, and nothing else', () => {
    expect([countryOf('JP'), countryOf('US-CA'), countryOf('FR-75C'), countryOf('GB-ENG')]).toEqual(['JP', 'US', 'FR', 'GB'])
    for (const bad of ['XX', 'EU', 'jp', 'USA', 'US-', 'US-CALI', '', 'J P']) expect(countryOf(bad), bad).toBeNull()
    expect(['EU', 'EEA', '*', 'unknown', 'DE', 'US-CA'].every(isRegionEntry)).toBe(true)
    expect(['XX', 'Europe', 'ALL', 'us'].some(isRegionEntry)).toBe(false)
  })

})

describe('policyFor', () => {
  it('takes the most specific match: a subdivision, then its country, then a group, then "*"', () => {
    expect(idFor('US-CA')).toBe('us')
    expect(idFor('US-NY')).toBe('rest')
    expect(idFor('US')).toBe('rest')
    expect(idFor('FR')).toBe('eu')
    expect(idFor('FR-75C')).toBe('eu')
    expect(idFor('NO')).toBe('eu')
    expect(idFor('JP-13')).toBe('jp')
    const layered: Policy[] = [
      { id: 'any', regions: ['*'], model: 'opt-in' },
      { id: 'us', regions: ['US'], model: 'opt-out' },
      { id: 'ca', regions: ['US-CA'], model: 'opt-in' },
      { id: 'eu', regions: ['EU'], model: 'opt-in' },
      { id: 'fr', regions: ['FR'], model: 'notice' },
    ]
    expect([idFor('US-CA', layered), idFor('US-TX', layered), idFor('FR', layered), idFor('DE', layered), idFor('BR', layered)]).toEqual(['ca', 'us', 'fr', 'eu', 'any'])
  })

  it('gives a tie to the earlier policy', () => {
    const tied: Policy[] = [
      { id: 'first', regions: ['EEA'], model: 'opt-in' },
      { id: 'second', regions: ['EU'], model: 'notice' },
    ]
    expect(idFor('DE', tied)).toBe('first')
    expect(idFor('NO', tied)).toBe('first')
  })

  it('matches an unknown region only to a policy that lists "unknown", never to "*"', () => {
    expect(idFor('unknown')).toBeNull()
    expect(idFor('unknown', [...POLICIES, { id: 'fallback', regions: ['unknown'], model: 'opt-in' }])).toBe('fallback')
    expect(idFor('BR', [{ id: 'eu', regions: ['EU'], model: 'opt-in' }])).toBeNull()
  })
})

describe('modelsFor', () => {
  const { categories } = validConfig()
  it('applies the policy\'s model to optional categories, its overrides per category, and keeps required ones required', () => {
    expect(modelsFor(categories, policyFor('JP', POLICIES))).toEqual({ necessary: 'required', advertising: 'opt-out', affiliate: 'notice', dmp: 'opt-in' })
    expect(modelsFor(categories, policyFor('US-CA', POLICIES))).toEqual({ necessary: 'required', advertising: 'opt-out', affiliate: 'opt-out', dmp: 'opt-out' })
  })
  it('without a policy, every optional category is opt-in', () => {
    expect(modelsFor(categories, null)).toEqual({ necessary: 'required', advertising: 'opt-in', affiliate: 'opt-in', dmp: 'opt-in' })
  })
})

describe('policyFingerprint', () => {
  const { categories } = validConfig()
  const jp = POLICIES[2]!
  it('changes with what the policy asks, not with its region list', () => {
    const print = policyFingerprint(jp, categories)
    expect(policyFingerprint({ ...jp, regions: ['JP', 'KR'] }, categories)).toBe(print)
    expect(policyFingerprint({ ...jp, categories: { advertising: 'opt-in', dmp: 'opt-in' } }, categories)).not.toBe(print)
    expect(policyFingerprint({ ...jp, model: 'opt-out' }, categories)).not.toBe(print)
    expect(policyFingerprint({ ...jp, id: 'japan' }, categories)).not.toBe(print)
    expect(policyFingerprint(null, categories)).toBe('')
  })
})

describe('jurisdictionFor, on the compiled table', () => {
  const { categories } = validConfig()
  const compiled = compileJurisdictions(POLICIES, categories)
  const at = (region: string | null, table = compiled) => jurisdictionFor(table, categories, region)

  it('gives every region the policy policyFor gives it, down to subdivisions', () => {
    for (const region of ['JP', 'JP-13', 'US-CA', 'US-NY', 'US', 'FR', 'FR-75C', 'NO', 'GB', 'BR', 'unknown'])
      expect(at(region).policy, region).toBe(policyFor(region, POLICIES)?.id ?? null)
  })

  it('resolves the models and fingerprint of the policy', () => {
    const jp = at('JP')
    expect([jp.region, jp.policy, jp.models]).toEqual(['JP', 'jp', { necessary: 'required', advertising: 'opt-out', affiliate: 'notice', dmp: 'opt-in' }])
    expect(jp.print).toBe(policyFingerprint(POLICIES[2]!, categories))
    expect(at('US-CA').models).toEqual(modelsFor(categories, POLICIES[1]!))
  })

  it('counts anything but an assigned country\'s code as unknown', () => {
    for (const junk of ['XX', 'FRANCE', 'us-ca', '', 'EU', '__proto__', 'XX-1']) expect(at(junk).region, junk).toBe('unknown')
  })

  it('holds everything optional while the region loads or is unknown, even under a policy for "unknown"', () => {
    const everyOptIn = { necessary: 'required', advertising: 'opt-in', affiliate: 'opt-in', dmp: 'opt-in' }
    expect(at(null)).toMatchObject({ region: null, policy: null, models: everyOptIn })
    const withUnknown = compileJurisdictions([{ id: 'u', regions: ['unknown'], model: 'notice' }], categories)
    expect(at('unknown', withUnknown)).toMatchObject({ region: 'unknown', policy: 'u', models: everyOptIn })
    expect(at('JP', withUnknown)).toMatchObject({ region: 'JP', policy: null, models: everyOptIn })
  })
})
