import { describe, expect, it } from 'vitest'
import { decodeDecision, encodeDecision, readCookie } from './codec.js'
import { parseConsentCookie } from './parse-cookie.js'
import type { StoredDecision } from '../../core/policy/index.js'

const decision: StoredDecision = {
  revision: '2025-09-30 rev|2 ✓',
  decidedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
  granted: ['necessary', 'advertising'],
  denied: ['affiliate', 'dmp'],
  vendorsOff: ['ad-network'],
  gpc: true,
  id: '6f1c2e4a-1b2c-4d3e-8f90-0a1b2c3d4e5f',
  user: '',
}

// A small deterministic generator, so a failing case can be replayed.
function random(seed: number) {
  return () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32
}

describe('the consent cookie codec', () => {
  it('round-trips a decision', () => {
    expect(decodeDecision(encodeDecision(decision))).toEqual(decision)
    const empty = { ...decision, granted: [], denied: [], vendorsOff: [], gpc: false }
    expect(decodeDecision(encodeDecision(empty))).toEqual(empty)
  })

  it('keeps the identified user\'s fingerprint beside the GPC flag', () => {
    for (const gpc of [true, false]) {
      const asUser = { ...decision, gpc, user: 'k3x9az' }
      expect(decodeDecision(encodeDecision(asUser))).toEqual(asUser)
      expect(encodeDecision(asUser).split('|')[6]).toBe((gpc ? 'g' : '') + '.k3x9az')
    }
  })

  it('writes only characters a cookie value may hold', () => {
    expect(encodeDecision(decision)).toMatch(/^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/)
  })

  it('starts with the format version', () => {
    expect(encodeDecision(decision).split('|')[0]).toBe('1')
  })

  it('treats missing and garbled values as no decision', () => {
    for (const value of [undefined, null, '', 'yes', '1|||||||', '2' + encodeDecision(decision).slice(1), 42, {}]) {
      expect(decodeDecision(value)).toBeNull()
    }
  })

  it('detects every single-character edit', () => {
    const value = encodeDecision(decision)
    for (let index = 0; index < value.length; index++) {
      const changed = value.slice(0, index) + (value[index] === 'a' ? 'b' : 'a') + value.slice(index + 1)
      expect(decodeDecision(changed)).toBeNull()
    }
  })

  it('detects truncation and extra fields', () => {
    const value = encodeDecision(decision)
    for (let length = 0; length < value.length; length++) expect(decodeDecision(value.slice(0, length))).toBeNull()
    expect(decodeDecision(value + '|x')).toBeNull()
  })

  it('never throws and never accepts random input (fuzzed)', () => {
    const next = random(2024)
    const alphabet = '1|.%abcdefghijklmnopqrstuvwxyz0123456789-_~g'
    for (let run = 0; run < 5000; run++) {
      const length = Math.floor(next() * 80)
      let value = ''
      for (let index = 0; index < length; index++) value += alphabet[Math.floor(next() * alphabet.length)]
      expect(() => decodeDecision(value)).not.toThrow()
      expect(decodeDecision(value)).toBeNull()
    }
  })

  it('never throws on mutated valid values', () => {
    const next = random(7)
    const value = encodeDecision(decision)
    for (let run = 0; run < 5000; run++) {
      const chars = value.split('')
      const edits = 1 + Math.floor(next() * 4)
      for (let edit = 0; edit < edits; edit++) chars[Math.floor(next() * chars.length)] = String.fromCharCode(32 + Math.floor(next() * 95))
      const mutated = chars.join('')
      if (mutated === value) continue
      expect(() => decodeDecision(mutated)).not.toThrow()
    }
  })

  it('finds one cookie in a header', () => {
    expect(readCookie('a=1; consentry=xyz; b=2', 'consentry')).toBe('xyz')
    expect(readCookie('xconsentry=1;consentry=2', 'consentry')).toBe('2')
    expect(readCookie('a=1', 'consentry')).toBeNull()
  })
})

describe('parseConsentCookie (for servers)', () => {
  const header = 'session=abc; consentry=' + encodeDecision(decision) + '; other=1'

  it('reads the decision out of a Cookie header', () => {
    expect(parseConsentCookie(header)).toEqual({
      version: 1,
      revision: decision.revision,
      decidedAt: '2026-01-02T03:04:05.000Z',
      categories: { necessary: true, advertising: true, affiliate: false, dmp: false },
      vendors: { 'ad-network': false },
      gpc: true,
      id: decision.id,
      user: '',
    })
  })

  it('takes another cookie name', () => {
    expect(parseConsentCookie('shop_consent=' + encodeDecision(decision), 'shop_consent')?.id).toBe(decision.id)
  })

  it('returns null for no header, no cookie, or a tampered one', () => {
    expect(parseConsentCookie(undefined)).toBeNull()
    expect(parseConsentCookie('')).toBeNull()
    expect(parseConsentCookie('a=1')).toBeNull()
    expect(parseConsentCookie(header.replace('advertising', 'advertisinG'))).toBeNull()
  })
})
