import { describe, expect, it } from 'vitest'
import { rawConfig } from '../../../test/fixtures/config.js'
import { validateConfig } from './index.js'

// The contract's example (§8), on the fixture's categories; its dmp vendor links to personal data.
const contractPolicies = (): Array<{ id: string; regions: string[]; model: string; categories?: Record<string, string> }> => [
  { id: 'eu', regions: ['EEA', 'GB', 'CH'], model: 'opt-in' },
  { id: 'us', regions: ['US-CA', 'US-CO', 'US-CT', 'US-VA', 'US-OR', 'US-TX'], model: 'opt-out' },
  { id: 'jp', regions: ['JP'], model: 'notice', categories: { advertising: 'opt-out', dmp: 'opt-in' } },
  { id: 'rest', regions: ['*'], model: 'opt-in' },
]
const withPolicies = (policies: unknown, extra: Record<string, unknown> = {}) =>
  validateConfig({ ...rawConfig(), jurisdictions: { policies, ...extra } })

describe('jurisdictions in the config', () => {
  it('accepts the contract\'s example and fills in the region timeout', () => {
    const { config, errors } = withPolicies(contractPolicies(), { regionEndpoint: 'https://consent.example/region' })
    expect(errors).toEqual([])
    expect(config!.jurisdictions).toEqual({ regionEndpoint: 'https://consent.example/region', regionTimeoutMs: 1500, policies: contractPolicies() })
  })

  it('names each bad region, model and category with its JSON path', () => {
    const { errors } = withPolicies([
      { id: 'a', regions: ['XX', 'us-ca', 'EEA', 'unknown'], model: 'opt-in' },
      { id: 'a', regions: ['JP'], model: 'consent', categories: { nowhere: 'opt-in', necessary: 'opt-out', dmp: 'maybe' } },
      { id: 'c', regions: [], model: 'notice' },
    ])
    expect(errors).toEqual([
      'jurisdictions.policies[0].regions[1] must be a region such as "JP", "US-CA", "EEA", "EU", "*" or "unknown", got "us-ca"',
      'jurisdictions.policies[1].model must be one of opt-in, opt-out, notice, got "consent"',
      'jurisdictions.policies[1].categories.dmp must be one of opt-in, opt-out, notice, got "maybe"',
      'jurisdictions.policies[2].regions must not be empty, got an array',
      'jurisdictions.policies[0].regions[0] "XX" is not an ISO 3166-1 country code',
      'jurisdictions.policies[1].id "a" is used twice',
      'jurisdictions.policies[1].categories "nowhere" is not the id of any category',
      'jurisdictions.policies[1].categories["necessary"] is a required category, which is always on',
    ])
  })

  it('rejects a Japanese policy that makes a vendor linking to personal data opt-out or notice (APPI Art. 31)', () => {
    const policies = contractPolicies()
    policies[2]!.categories = { advertising: 'opt-out' }
    expect(withPolicies(policies).errors).toEqual([
      'jurisdictions.policies[2].model makes "dmp" notice for JP, but vendor "dmp-x" links to personal data and needs opt-in consent in Japan (APPI Art. 31)',
    ])
    policies[2]!.categories = { dmp: 'opt-out' }
    expect(withPolicies(policies).errors).toEqual([
      'jurisdictions.policies[2].categories["dmp"] makes "dmp" opt-out for JP, but vendor "dmp-x" links to personal data and needs opt-in consent in Japan (APPI Art. 31)',
    ])
  })

  it('applies Art. 31 to whichever policy Japanese visitors get: "*", or a prefecture\'s own', () => {
    expect(withPolicies([{ id: 'world', regions: ['*'], model: 'notice', categories: { dmp: 'opt-in' } }]).errors).toEqual([])
    expect(withPolicies([{ id: 'world', regions: ['*'], model: 'opt-out' }]).errors).toEqual([
      'jurisdictions.policies[0].model makes "dmp" opt-out for JP, but vendor "dmp-x" links to personal data and needs opt-in consent in Japan (APPI Art. 31)',
    ])
    const tokyo = [
      { id: 'jp', regions: ['JP'], model: 'notice', categories: { dmp: 'opt-in' } },
      { id: 'tokyo', regions: ['JP-13'], model: 'notice' },
    ]
    expect(withPolicies(tokyo).errors).toEqual([
      'jurisdictions.policies[1].model makes "dmp" notice for JP-13, but vendor "dmp-x" links to personal data and needs opt-in consent in Japan (APPI Art. 31)',
    ])
    // Outside Japan the law is another one: the US may have it opt-out.
    expect(withPolicies([{ id: 'us', regions: ['US'], model: 'opt-out' }]).errors).toEqual([])
  })

  it('reports the policies\' problems in the same run as problems elsewhere', () => {
    const { errors } = validateConfig({ ...rawConfig(), revision: 7, jurisdictions: { policies: [{ id: 'w', regions: ['*'], model: 'notice' }] } })
    expect(errors).toContain('revision must be a string, got number')
    expect(errors.some((error) => error.includes('APPI Art. 31'))).toBe(true)
  })
})
