import { describe, expect, it } from 'vitest'
import { sha256Hex as scriptSha256 } from '../../core/hash/sha256.js'
import { sha256Hex } from './index.js'

const texts = ['', 'abc', 'Cookie等の利用について', '{"a":"𝌆"}'.repeat(40)]

describe('sha256Hex', () => {
  it('gives what the script implementation gives, through Web Crypto', async () => {
    let fallbacks = 0
    const fallback = async () => (fallbacks++, scriptSha256)
    for (const text of texts) expect(await sha256Hex(text, globalThis as unknown as Window, fallback)).toBe(scriptSha256(text))
    expect(fallbacks).toBe(0)
  })

  it('loads the script implementation only where there is no Web Crypto', async () => {
    let fallbacks = 0
    const insecure = { crypto: {} } as unknown as Window
    const fallback = async () => (fallbacks++, scriptSha256)
    expect(await sha256Hex('abc', insecure, fallback)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(fallbacks).toBe(1)
  })
})
