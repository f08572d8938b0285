import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../core/receipt/index.js'
import { sha256Hex } from '../core/hash/sha256.js'
import { interfaceText } from './i18n.js'
import { INTERFACE_TEXT_SHA256 } from './i18n-digest.js'

describe('INTERFACE_TEXT_SHA256', () => {
  it('is the digest of the words the interface shows today, in both languages', () => {
    // When the words change, receipts must name a new notice: copy the values below into i18n-digest.ts.
    expect(INTERFACE_TEXT_SHA256).toEqual({
      ja: sha256Hex(canonicalJson(interfaceText('ja'))),
      en: sha256Hex(canonicalJson(interfaceText('en'))),
    })
  })
})
