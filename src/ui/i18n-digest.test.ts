import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../core/receipt/index.js'
import { sha256Hex } from '../core/hash/sha256.js'
import { interfaceText } from './i18n.js'
import { INTERFACE_TEXT_SHA256 } from './i18n-digest.js'
import { LOCALE_TAGS } from '../locales/index.js'
import { LOCALE_IMPORTS } from '../locales/imports.js'
import * as ja from '../locales/ja.js'
import * as en from '../locales/en.js'

describe('INTERFACE_TEXT_SHA256', () => {
  it('is the digest of the words the interface shows today, in every language', async () => {
    const texts = { ja, en, ...Object.fromEntries(await Promise.all(Object.entries(LOCALE_IMPORTS).map(async ([tag, load]) => [tag, await load()]))) }
    // When the words change, receipts must name a new notice: copy the values below into i18n-digest.ts.
    expect(INTERFACE_TEXT_SHA256).toEqual(Object.fromEntries(LOCALE_TAGS.map((tag) => [tag, sha256Hex(canonicalJson(interfaceText(texts[tag])))])))
  })
})
