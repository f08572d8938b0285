import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../src/core/config/index.js'
import { decodeDecision, encodeDecision } from '../../src/adapters/storage/codec.js'
import { parseConsentCookie } from '../../src/adapters/storage/parse-cookie.js'
import { mutatedConfig } from '../fixtures/mutations.js'

const RUNS = { numRuns: 2000, seed: 20261128 }

const mutated = mutatedConfig()

describe('config validator under random input', () => {
  it('never throws, and either accepts or explains each problem with its JSON path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), mutated), (input) => {
        const { config, errors } = validateConfig(input)
        expect(config === null).toBe(errors.length > 0)
        // Paths are JSON paths: name, .name, [index] or ["odd key"].
        for (const error of errors) expect(error).toMatch(/^(config |[A-Za-z$][\w$]*(\.[A-Za-z$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])* )/)
      }),
      RUNS,
    )
  })

  it('accepts its own output unchanged', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const { config } = validateConfig(input)
        if (config) expect(validateConfig(config).config).toEqual(config)
      }),
      RUNS,
    )
  })
})

describe('cookie codec under random input', () => {
  const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/)
  const decision = fc.record({
    revision: fc.string({ maxLength: 40 }),
    decidedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    granted: fc.uniqueArray(id, { maxLength: 6 }),
    denied: fc.uniqueArray(id, { maxLength: 6 }),
    vendorsOff: fc.uniqueArray(id, { maxLength: 6 }),
    gpc: fc.boolean(),
    id: fc.uuid(),
    // The identified user's fingerprint (FNV-1a in base 36), or none.
    user: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9a-z]{1,7}$/)),
  })

  it('round-trips every decision', () => {
    fc.assert(
      fc.property(decision, (value) => {
        expect(decodeDecision(encodeDecision(value))).toEqual(value)
      }),
      RUNS,
    )
  })

  it('never throws on arbitrary strings and never reads them as a decision', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(decodeDecision(text)).toBeNull()
        expect(() => parseConsentCookie('consentry=' + text)).not.toThrow()
      }),
      RUNS,
    )
  })

  it('rejects any single-character change of a valid cookie', () => {
    fc.assert(
      fc.property(decision, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (value, position, replacement) => {
        const encoded = encodeDecision(value)
        const index = position % encoded.length
        if (encoded[index] === replacement) return
        expect(decodeDecision(encoded.slice(0, index) + replacement + encoded.slice(index + 1))).toBeNull()
      }),
      RUNS,
    )
  })
})
