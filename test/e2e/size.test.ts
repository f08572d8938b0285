import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript shared with `npm run size`
import { gzipSize, statedSizePattern } from '../readme-sizes.mjs'

// Budgets from the design card, in gzip bytes (Node's zlib, level 9).
const BUDGETS = { 'consentry.js': 4096, 'consentry-ui.js': 10240 }

describe('size budgets of dist/', () => {
  it.each(Object.entries(BUDGETS))('%s stays within %i bytes gzip', (file, budget) => {
    expect(gzipSize(file)).toBeLessThanOrEqual(budget)
  })

  it('the README states the real sizes', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    for (const file of Object.keys(BUDGETS)) {
      const stated = statedSizePattern(file).exec(readme)
      expect(stated, file + ' size line in README').not.toBeNull()
      expect(Number(stated![2]!.replace(/,/g, ''))).toBe(gzipSize(file))
    }
  })
})

describe('other files shipped in dist/', () => {
  it('consentry.schema.json is the schema the validator agrees with', async () => {
    const { configJsonSchema } = await import('../../src/core/config/json-schema.js')
    const shipped = JSON.parse(readFileSync(new URL('../../dist/consentry.schema.json', import.meta.url), 'utf8'))
    expect(shipped).toEqual(configJsonSchema())
  })
})
