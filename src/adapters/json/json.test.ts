import { afterEach, describe, expect, it } from 'vitest'
import { toJson } from './index.js'

const proto = Array.prototype as unknown as { toJSON?: () => string }
afterEach(() => delete proto.toJSON)

describe('toJson', () => {
  it('writes the same as JSON.stringify on an ordinary page', () => {
    const value = { receipts: [{ id: 'a', list: [1, [2, 3]], nested: { empty: [] } }], n: null }
    expect(toJson(value)).toBe(JSON.stringify(value))
    expect(toJson(value, 2)).toBe(JSON.stringify(value, null, 2))
  })

  it('keeps arrays as arrays when the page gave Array.prototype a toJSON', () => {
    const value = { receipts: [{ id: 'a', purposes: ['x', ['y']] }] }
    proto.toJSON = function (this: unknown[]) {
      return '[' + this.join(',') + ']'
    }
    // What the page's toJSON does to the built-in:
    expect(JSON.parse(JSON.stringify(value)).receipts).toBe('[[object Object]]')
    expect(JSON.parse(toJson(value))).toEqual({ receipts: [{ id: 'a', purposes: ['x', ['y']] }] })
  })
})
