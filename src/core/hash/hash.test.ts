/// <reference types="node" />
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from './sha256.js'
import { fnv1a } from './index.js'

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it('agrees with Node for UTF-8 text of every length around the block boundaries', () => {
    for (let length = 0; length < 200; length++) {
      const text = 'あa✓'.repeat(length).slice(0, length)
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    }
  })
})

describe('fnv1a', () => {
  it('is stable and sensitive to every character', () => {
    expect(fnv1a('consentry')).toBe(fnv1a('consentry'))
    expect(fnv1a('consentry')).not.toBe(fnv1a('consentrY'))
    expect(fnv1a('')).toBe((0x811c9dc5).toString(36))
  })
})
