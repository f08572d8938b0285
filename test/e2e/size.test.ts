import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript shared with `npm run size`
import { gzipSize, statedSizePattern } from '../readme-sizes.mjs'

// Budgets in gzip bytes (Node's zlib, level 9): the design card's 5 KB for consentry.js and
// 10 KB for the chunk with preact; the banner's 4 KB keeps a first visit under the peers'.
const BUDGETS = { 'consentry.js': 5120, 'consentry-ui.js': 4096, 'consentry-preferences.js': 10240 }
const BROWSER_FILES = readdirSync(new URL('../../dist/', import.meta.url)).filter((name) => /^consentry.*\.js$/.test(name))

describe('size budgets of dist/', () => {
  it.each(Object.entries(BUDGETS))('%s stays within %i bytes gzip', (file, budget) => {
    expect(gzipSize(file)).toBeLessThanOrEqual(budget)
  })

  it('the README states the real size of every browser file', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(BROWSER_FILES.length).toBeGreaterThanOrEqual(8)
    for (const file of BROWSER_FILES) {
      const stated = statedSizePattern(file).exec(readme)
      expect(stated, file + ' size line in README').not.toBeNull()
      expect(Number(stated![2]!.replace(/,/g, ''))).toBe(gzipSize(file))
    }
  })
})

describe('compiling the files that run at once', () => {
  // Compiling every function at once takes less main-thread time than compiling each on its
  // first call when nearly all of them run as the file loads (npm run bench:hint measures it).
  const firstLine = (file: string) => readFileSync(new URL('../../dist/' + file, import.meta.url), 'utf8').split('\n')[0]
  it.each(['consentry.js', 'consentry-ui.js', 'consentry-check.js'])('%s opens with V8\'s hint to compile all of its functions', (file) => {
    expect(firstLine(file)).toBe('//# allFunctionsCalledOnLoad')
  })
  it('the chunks that mostly wait for a click do not', () => {
    expect(firstLine('consentry-preferences.js')).not.toContain('allFunctionsCalledOnLoad')
    expect(firstLine('consentry-decision.js')).not.toContain('allFunctionsCalledOnLoad')
  })
})

describe('other files shipped in dist/', () => {
  it('consentry.schema.json is the schema the validator agrees with', async () => {
    const { configJsonSchema } = await import('../../src/core/config/json-schema.js')
    const shipped = JSON.parse(readFileSync(new URL('../../dist/consentry.schema.json', import.meta.url), 'utf8'))
    expect(shipped).toEqual(configJsonSchema())
  })
})
