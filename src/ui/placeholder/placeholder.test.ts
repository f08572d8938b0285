import { describe, expect, it } from 'vitest'
import { createConsent } from '../../core/consent/index.js'
import { validConfig } from '../../../test/fixtures/config.js'
import { choiceFor } from './index.js'

const config = validConfig()
// A second vendor in the same category, which allowing the first must not allow.
config.vendors.push({ ...config.vendors.find((vendor) => vendor.id === 'ad-network')!, id: 'ad-two' })
const consent = () => createConsent(config, { stored: null, gpc: false, now: () => 0, newId: () => 'id' })

describe('choiceFor, what a placeholder\'s button allows', () => {
  it('turns on the categories and just the named vendor: the category\'s other vendors stay off', () => {
    const state = consent()
    const twoAdVendors = config.vendors.filter((vendor) => vendor.category === 'advertising').map((vendor) => vendor.id)
    expect(twoAdVendors).toEqual(['ad-network', 'ad-two'])
    const choice = choiceFor(config, state.$consent.get(), ['advertising'], twoAdVendors[0]!)
    state.set(choice, 'placeholder')
    const after = state.$consent.get()
    expect(after.categories.advertising).toBe(true)
    expect(after.vendors[twoAdVendors[0]!]).toBe(true)
    for (const other of twoAdVendors.slice(1)) expect(after.vendors[other]).toBe(false)
    expect(after.categories.dmp).toBe(false)
  })

  it('leaves vendors of a category already granted as they were', () => {
    const state = consent()
    state.set({ categories: { dmp: true } }, 'save')
    const vendors = config.vendors.filter((vendor) => vendor.category === 'dmp').map((vendor) => vendor.id)
    const choice = choiceFor(config, state.$consent.get(), ['dmp'], vendors[0]!)
    expect(choice).toEqual({ categories: { dmp: true }, vendors: { [vendors[0]!]: true } })
  })

  it('without a vendor, allows the categories with all their vendors', () => {
    expect(choiceFor(config, consent().$consent.get(), ['affiliate', 'dmp'], null)).toEqual({ categories: { affiliate: true, dmp: true }, vendors: {} })
  })
})
