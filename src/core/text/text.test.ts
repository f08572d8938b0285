import { describe, expect, it } from 'vitest'
import { localize, matchLocale, resolveLocale } from './index.js'
import { LOCALE_TAGS } from '../../locales/index.js'

describe('localize', () => {
  it('takes a plain string for every language', () => expect(localize('Cookie', 'ja')).toBe('Cookie'))
  it('picks the locale, else the other one, else empty', () => {
    expect(localize({ ja: '広告', en: 'Ads' }, 'en')).toBe('Ads')
    expect(localize({ ja: '広告' }, 'en')).toBe('広告')
    expect(localize({ en: 'Ads' }, 'ja')).toBe('Ads')
    expect(localize(undefined, 'ja')).toBe('')
  })
  it('falls back the way the interface does: English, then the first language written', () => {
    expect(localize({ ja: '広告', en: 'Ads', de: 'Werbung' }, 'de')).toBe('Werbung')
    expect(localize({ ja: '広告', en: 'Ads' }, 'fr')).toBe('Ads')
    expect(localize({ ja: '広告', de: 'Werbung' }, 'fr')).toBe('広告')
    expect(localize({ de: 'Werbung', ja: '広告' }, 'fr')).toBe('Werbung')
  })
})

describe('matchLocale', () => {
  it.each([
    ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-Hant-CN', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'], ['zh', 'zh-Hans'], ['zh-Hans-HK', 'zh-Hans'], ['zh-SG', 'zh-Hans'],
    ['pt-BR', 'pt'], ['en-GB', 'en'], ['de-AT', 'de'], ['ar-EG', 'ar'], ['JA-jp', 'ja'],
  ])('%s → %s', (tag, locale) => expect(matchLocale(tag, LOCALE_TAGS)).toBe(locale))
  it('answers null for a language nobody offers', () => {
    expect(matchLocale('sw', LOCALE_TAGS)).toBeNull()
    expect(matchLocale('', LOCALE_TAGS)).toBeNull()
    expect(matchLocale('not a tag', LOCALE_TAGS)).toBeNull()
    expect(matchLocale(null, LOCALE_TAGS)).toBeNull()
    expect(matchLocale('de', ['ja', 'en'])).toBeNull()
  })
})

describe('resolveLocale', () => {
  it('uses a fixed setting as is', () => expect(resolveLocale('ja', 'en', ['en-US'], LOCALE_TAGS)).toBe('ja'))
  it('"auto" follows <html lang> first', () => {
    expect(resolveLocale('auto', 'ja-JP', ['en-US'], LOCALE_TAGS)).toBe('ja')
    expect(resolveLocale('auto', 'EN', ['ja'], LOCALE_TAGS)).toBe('en')
    expect(resolveLocale('auto', 'zh-TW', ['en'], LOCALE_TAGS)).toBe('zh-Hant')
  })
  it('then the browser languages in order', () => {
    expect(resolveLocale('auto', '', ['sw', 'fr-FR', 'ja', 'en'], LOCALE_TAGS)).toBe('fr')
    expect(resolveLocale('auto', 'tlh', ['en-GB'], LOCALE_TAGS)).toBe('en')
  })
  it('then English', () => expect(resolveLocale('auto', null, ['sw'], LOCALE_TAGS)).toBe('en'))
  it('offers only the site\'s languages, and falls back to the first of them', () => {
    expect(resolveLocale('auto', 'fr', ['de', 'ja'], ['ja', 'de'])).toBe('de')
    expect(resolveLocale('auto', 'fr', ['ko'], ['ja', 'de'])).toBe('ja')
    expect(resolveLocale('auto', 'fr', ['ko'], ['de', 'en'])).toBe('de')
  })
  it('the visitor\'s own choice comes first, if the site offers it', () => {
    expect(resolveLocale('ja', 'ja', ['ja'], LOCALE_TAGS, 'he')).toBe('he')
    expect(resolveLocale('auto', 'ja', ['ja'], ['ja', 'en'], 'he')).toBe('ja')
  })
})
