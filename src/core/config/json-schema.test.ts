import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateConfig } from './index.js'
import { configJsonSchema } from './json-schema.js'
import { FIELD_DOCS, FIELD_TITLES } from './field-docs.js'
import { rawConfig } from '../../../test/fixtures/config.js'
import { mutatedConfig } from '../../../test/fixtures/mutations.js'
import { catalogue, vendorFromCatalogue } from '../../catalogue/index.js'

const schema = configJsonSchema()
// strictRequired would refuse "required" inside if/not, the usual way to say "unless this field is there".
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
ajv.addKeyword('markdownDescription')
const schemaAccepts = ajv.compile(schema)

// Rules JSON Schema cannot state: ids unique across a list, and ids that must name another
// entry (a vendor's category, a Consent Mode mapping). Only the validator reports these.
// Rules only the validator applies: references between fields, assigned ISO codes, APPI Art. 31.
const REFERENCE_RULE = /is used twice|is not the id of any category|is not an ISO 3166-1 country code|is a required category|APPI Art\. 31/

/** The schema and the validator agree on a config, except where only references are wrong. */
function agreement(input: unknown) {
  const { errors } = validateConfig(input)
  const referencesOnly = errors.length > 0 && errors.every((error) => REFERENCE_RULE.test(error))
  return { validator: errors.length === 0 || referencesOnly, schema: schemaAccepts(input), errors }
}

const json = (path: string) => JSON.parse(readFileSync(new URL('../../../' + path, import.meta.url), 'utf8'))

describe('the JSON Schema of the config', () => {
  it('is a valid draft 2020-12 schema with a description in English and Japanese on every field', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const missing: string[] = []
    const walk = (node: any, path: string) => {
      for (const [key, child] of Object.entries<any>(node.properties ?? {})) {
        if (key === '$schema') continue
        const childPath = (path ? path + '.' : '') + key
        // A text's "ja" and "en" carry their own description.
        if (!FIELD_DOCS[childPath] && !child.description) missing.push(childPath)
        for (const option of [child, ...(child.anyOf ?? [])]) {
          walk(option, childPath)
          if (option.items) walk(option.items, childPath + '[]')
        }
      }
    }
    walk(schema, '')
    expect(missing).toEqual([])
    expect(Object.values(FIELD_DOCS).every((docs) => /[ぁ-んァ-ヶ一-龠]/.test(docs.ja) && /[a-z]/.test(docs.en))).toBe(true)
  })

  it('gives every documented field a title and a Markdown hover text in both languages', () => {
    expect(Object.keys(FIELD_TITLES).sort()).toEqual(Object.keys(FIELD_DOCS).sort())
    const expiry = (schema.properties as any).expiresAfterDays
    expect(expiry.title).toBe('Consent lifetime (days) / 同意の有効期間（日）')
    expect(expiry.markdownDescription).toMatch(/^\*\*Consent lifetime \(days\)\*\* — .+\n\n\*\*同意の有効期間（日）\*\* — .+\n\nDefault \/ 既定値: `365`$/)
    // "<html lang>" stays visible text, not a tag, in the hover.
    expect((schema.properties as any).locale.markdownDescription).toContain('\\<html lang\\>')
  })

  it('agrees with the validator on every config in the repository', () => {
    const configs: Array<[string, unknown]> = [
      ['test/fixtures/config.ts', rawConfig()],
      ['test/e2e/fixtures/consent.json', json('test/e2e/fixtures/consent.json')],
      ['test/cli/consent.json', json('test/cli/consent.json')],
      ['demo/site/consent.json', json('demo/site/consent.json')],
      // Every catalogue vendor, in a config with the catalogue's categories.
      ...catalogue.vendors.map((entry): [string, unknown] => {
        const config: any = rawConfig()
        config.categories = catalogue.categories
        config.vendors = [vendorFromCatalogue(entry)]
        return ['catalogue ' + entry.id, config]
      }),
    ]
    for (const [name, config] of configs) {
      const { validator, schema: accepted, errors } = agreement(config)
      expect({ name, validator, accepted, errors }).toEqual({ name, validator: true, accepted: true, errors: [] })
    }
  })

  it('rejects what the validator rejects, field by field', () => {
    const broken: Array<(config: any) => void> = [
      (c) => delete c.revision,
      (c) => (c.revision = ''),
      (c) => (c.locale = 'Deutsch'),
      (c) => (c.languages = ['ja', 'Deutsch']),
      (c) => (c.expiresAfterDays = 0),
      (c) => (c.expiresAfterDays = 1.5),
      (c) => (c.categories = []),
      (c) => (c.categories[1].title = {}),
      (c) => (c.categories[1].title = { ja: 'x', sw: 'y' }),
      (c) => (c.languages = []),
      (c) => (c.categories[1].id = 'has space'),
      (c) => (c.vendors[1].country = 'usa'),
      (c) => (c.vendors[1].domains = ['https://ads.example']),
      (c) => delete c.vendors[1].country,
      (c) => ((c.vendors[1].country = 'US'), delete c.vendors[1].recipientMeasures),
      (c) => (c.googleConsentMode = 'yes'),
      (c) => (c.googleConsentMode = { ad_storage: 'advertising' }),
      (c) => (c.receipts = { retentionDays: 10 }),
      (c) => (c.cookie = { name: 'bad name' }),
    ]
    for (const [index, breakIt] of broken.entries()) {
      const config: any = rawConfig()
      breakIt(config)
      const { validator, schema: accepted } = agreement(config)
      expect({ index, validator, accepted }).toEqual({ index, validator: false, accepted: false })
    }
  })

  it('agrees with the validator on thousands of randomly mutated configs', () => {
    const mutated = mutatedConfig(fc.jsonValue({ maxDepth: 3 }))
    fc.assert(
      fc.property(mutated, (config) => {
        const { validator, schema: accepted } = agreement(config)
        expect(accepted).toBe(validator)
      }),
      { numRuns: 3000, seed: 20261128 },
    )
  })
})
