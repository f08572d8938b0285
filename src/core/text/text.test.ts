import { describe, expect, it } from 'vitest'
import { localize, resolveLocale } from './index.js'

describe('localize', () => {
  it('takes a plain string for every language', () => expect(localize('Cookie', 'ja')).toBe('Cookie'))
  it('picks the locale, else the other one, else empty', () => {
    expect(localize({ ja: '広告', en: 'Ads' }, 'en')).toBe('Ads')
    expect(localize({ ja: '広告' }, 'en')).toBe('広告')
    expect(localize({ en: 'Ads' }, 'ja')).toBe('Ads')
    expect(localize(undefined, 'ja')).toBe('')
  })
})

describe('resolveLocale', () => {
  it('uses a fixed setting as is', () => expect(resolveLocale('ja', 'en', ['en-US'])).toBe('ja'))
  it('"auto" follows <html lang> first', () => {
    expect(resolveLocale('auto', 'ja-JP', ['en-US'])).toBe('ja')
    expect(resolveLocale('auto', 'EN', ['ja'])).toBe('en')
  })
  it('then the browser languages in order', () => {
    expect(resolveLocale('auto', '', ['fr-FR', 'ja', 'en'])).toBe('ja')
    expect(resolveLocale('auto', 'de', ['en-GB'])).toBe('en')
  })
  it('then English', () => expect(resolveLocale('auto', null, ['ko'])).toBe('en'))
})
