import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

// Budgets from the design card, in gzip bytes (level 9, as a CDN would serve them).
const BUDGETS = { 'consentry.js': 4096, 'consentry-ui.js': 10240 }

const gzipSize = (file: string) => gzipSync(readFileSync(new URL('../../dist/' + file, import.meta.url)), { level: 9 }).length

describe('size budgets of dist/', () => {
  it.each(Object.entries(BUDGETS))('%s stays within %i bytes gzip', (file, budget) => {
    expect(gzipSize(file)).toBeLessThanOrEqual(budget)
  })

  it('the README states the real sizes', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    for (const file of Object.keys(BUDGETS)) {
      const stated = new RegExp('`' + file.replace('.', '\\.') + '`[^\\n]*?([\\d,]+) bytes').exec(readme)
      expect(stated, file + ' size line in README').not.toBeNull()
      expect(Number(stated![1]!.replace(/,/g, ''))).toBe(gzipSize(file))
    }
  })
})
