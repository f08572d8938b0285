import { describe, expect, it } from 'vitest'
import { grantsFor, needsDecision, vendorGrants, type StoredDecision } from './index.js'
import { validConfig } from '../../../test/fixtures/config.js'

const DAY = 86_400_000
const now = Date.UTC(2026, 5, 1)
const stored = (patch: Partial<StoredDecision> = {}): StoredDecision => ({
  revision: '2025-09-30',
  decidedAt: now - 10 * DAY,
  granted: ['necessary', 'advertising', 'dmp'],
  denied: ['affiliate'],
  vendorsOff: [],
  gpc: false,
  id: 'id-1',
  ...patch,
})

describe('needsDecision', () => {
  const config = validConfig({ expiresAfterDays: 30 })

  it('asks when there is no decision', () => expect(needsDecision(null, config, now)).toBe(true))
  it('does not ask again for a fresh decision under the same revision', () =>
    expect(needsDecision(stored(), config, now)).toBe(false))
  it('asks again when the revision changed', () =>
    expect(needsDecision(stored({ revision: '2024-01-01' }), config, now)).toBe(true))
  it('asks again once expiresAfterDays have passed', () => {
    expect(needsDecision(stored({ decidedAt: now - 30 * DAY + 1 }), config, now)).toBe(false)
    expect(needsDecision(stored({ decidedAt: now - 30 * DAY }), config, now)).toBe(true)
  })
  it('asks again for a decision stamped in the future', () => {
    expect(needsDecision(stored({ decidedAt: now + 2 * DAY }), config, now)).toBe(true)
    expect(needsDecision(stored({ decidedAt: now + 60_000 }), config, now)).toBe(false)
  })
})

describe('grantsFor', () => {
  const config = validConfig()

  it('grants only required categories before a decision', () => {
    expect(grantsFor(config, null, false)).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: false })
    expect(grantsFor(config, null, true)).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: false })
  })

  it('follows the stored decision', () => {
    expect(grantsFor(config, stored(), false)).toEqual({ necessary: true, advertising: true, affiliate: false, dmp: true })
  })

  it('keeps required categories on even if a cookie says otherwise', () => {
    expect(grantsFor(config, stored({ granted: [] }), false).necessary).toBe(true)
  })

  it('switches gpc categories off when GPC appeared after the decision', () => {
    expect(grantsFor(config, stored({ gpc: false }), true)).toEqual({ necessary: true, advertising: false, affiliate: false, dmp: true })
  })

  it('keeps a gpc category the visitor switched on while GPC was on', () => {
    expect(grantsFor(config, stored({ gpc: true }), true).advertising).toBe(true)
  })
})

describe('vendorGrants', () => {
  const config = validConfig()
  it('needs the category granted and the vendor not switched off', () => {
    const categories = { necessary: true, advertising: true, affiliate: false, dmp: true }
    expect(vendorGrants(config, categories, ['dmp-x'])).toEqual({ sift: true, 'ad-network': true, a8: false, 'dmp-x': false })
  })
})
