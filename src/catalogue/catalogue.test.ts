import { describe, expect, it } from 'vitest'
import { validateConfig } from '../core/config/index.js'
import { DATA_ITEMS } from '../core/vocabulary/index.js'
import { catalogue, vendorFromCatalogue } from './index.js'

// The smallest config a catalogue vendor can live in: its suggested category and nothing else.
const configWith = (vendor: object, category: string) => ({
  revision: '1',
  policyUrl: '/privacy',
  categories: [{ id: category, title: category }],
  vendors: [vendor],
})

describe('the vendor catalogue', () => {
  it.each(catalogue.vendors.map((entry) => [entry.id, entry] as const))('%s is a valid vendor', (_id, entry) => {
    const { config, errors, warnings } = validateConfig(configWith(vendorFromCatalogue(entry), entry.category))
    expect(errors).toEqual([])
    expect(warnings).toEqual([])
    expect(config).not.toBeNull()
  })

  it('has unique vendor ids and suggests only its own categories', () => {
    const ids = catalogue.vendors.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    const categories = new Set(catalogue.categories.map((category) => category.id))
    for (const entry of catalogue.vendors) expect(categories).toContain(entry.category)
  })

  it('gives every recipient outside Japan the APPI Art. 28 details', () => {
    for (const entry of catalogue.vendors.filter((vendor) => vendor.country !== 'JP')) {
      expect(entry.foreignSystemInfoUrl, entry.id).toMatch(/^https:\/\//)
      expect(entry.recipientMeasures, entry.id).toBeDefined()
    }
  })

  it('records when and where each entry was checked, and uses only known data items', () => {
    for (const entry of catalogue.vendors) {
      expect(entry.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(entry.sources.length, entry.id).toBeGreaterThan(0)
      for (const item of entry.dataItems) expect(Object.keys(DATA_ITEMS), entry.id).toContain(item)
    }
  })

  it('leaves the checking notes out of the config entry', () => {
    const vendor = vendorFromCatalogue(catalogue.vendors[0]!)
    expect(Object.keys(vendor)).not.toContain('sources')
    expect(Object.keys(vendor)).not.toContain('checked')
    expect(Object.keys(vendor)).not.toContain('toConfirm')
  })
})
