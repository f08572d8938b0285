import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, expect, it } from 'vitest'
import { bytesBySource } from './bytes.js'
import { original } from './source-map.js'

const dist = mkdtempSync(join(tmpdir(), 'bench-bytes-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))

// 200 characters from a.ts that compress to almost nothing, then 200 from b.ts that hardly compress.
const repeated = 'a'.repeat(200)
let seed = 7
const noisy = Array.from({ length: 200 }, () => String.fromCharCode(33 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 90))).join('')
writeFileSync(join(dist, 'two.js'), repeated + noisy)
// Line 0: column 0 → a.ts line 1, column 200 (VLQ "wM") → b.ts ("C": source +1) line 1.
writeFileSync(join(dist, 'two.js.map'), JSON.stringify({ version: 3, sources: ['../src/a.ts', '../src/b.ts'], names: [], mappings: 'AAAA,wMCAA' }))

it('attributes every character to the module its source map names', () => {
  const measured = bytesBySource(dist, 'two.js')
  const characters = Object.fromEntries(measured.sources.map((entry) => [entry.source, entry.characters]))
  expect(characters).toEqual({ 'src/a.ts': 200, 'src/b.ts': 200, '(unmapped)': 1 })
  expect(measured.gzip).toBe(gzipSync(repeated + noisy, { level: 9 }).length)
})

it('charges each module what leaving it out would save, largest first', () => {
  const [first, second] = bytesBySource(dist, 'two.js').sources
  expect(first!.source).toBe('src/b.ts')
  expect(first!.gzip).toBeGreaterThan(150)
  expect(second!.source).toBe('src/a.ts')
  expect(second!.gzip).toBeLessThan(20)
})

it('names the source line of a position, or the position when no map covers it', () => {
  expect(original(dist, 'two.js', 0, 250)).toBe('src/b.ts:1')
  expect(original(dist, 'missing.js', 2, 4)).toBe('missing.js:3:5')
})
