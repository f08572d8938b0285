import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as en from './en.js'
import * as ja from './ja.js'
import { LANGUAGE_NAMES, LOCALE_TAGS, type LocaleText } from './index.js'
import { LOCALE_IMPORTS } from './imports.js'

const english = en as unknown as Record<string, Record<string, string>>
const others = Object.entries(LOCALE_IMPORTS) as Array<[string, () => Promise<LocaleText>]>

// {name}-style placeholders, and the spaces a string begins or ends with: the code joins
// strings ("Purposes: " + titles), so a translation keeps the same edges.
const placeholders = (text: string) => (text.match(/\{[^}]*\}/g) || []).sort()

describe('the locale files', () => {
  it('one source file for each locale the interface speaks, and nothing else', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((name) => /^[a-z]{2}(-[A-Z][a-z]{3})?\.ts$/.test(name))
    expect(files.map((name) => name.slice(0, -3)).sort()).toEqual([...LOCALE_TAGS].sort())
    expect(Object.keys(LOCALE_IMPORTS).sort()).toEqual(LOCALE_TAGS.filter((tag) => tag != 'ja' && tag != 'en').sort())
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LOCALE_TAGS].sort())
  })

  it.each([['ja', () => Promise.resolve(ja as unknown as LocaleText)], ...others])(
    '%s has every English key, no other, and every placeholder intact',
    async (tag, load) => {
      const text = (await load()) as unknown as Record<string, Record<string, string>>
      expect(Object.keys(text).sort(), tag + ' sections').toEqual(Object.keys(english).sort())
      for (const [section, strings] of Object.entries(english)) {
        const translated = text[section]!
        expect(Object.keys(translated).sort(), tag + ' ' + section).toEqual(Object.keys(strings).sort())
        for (const [key, source] of Object.entries(strings)) {
          const value = translated[key]!
          expect(typeof value, `${tag} ${section}.${key}`).toBe('string')
          expect(value.trim(), `${tag} ${section}.${key} is empty`).not.toBe('')
          expect(placeholders(value), `${tag} ${section}.${key} placeholders`).toEqual(placeholders(source))
          // A string the code joins to another keeps its trailing space, so words never run together.
          if (source.endsWith(' ') && !/[：:、]$/.test(value)) expect(value, `${tag} ${section}.${key} ends with a space`).toMatch(/\s$/)
        }
      }
    },
  )

  it('no non-English locale leaves an English string untranslated in the banner and the dialog', async () => {
    const sections = ['banner', 'dialog', 'placeholder', 'record'] as const
    for (const [tag, load] of [['ja', async () => ja as unknown as LocaleText], ...others] as const) {
      const text = await load()
      for (const section of sections)
        for (const [key, value] of Object.entries(text[section]))
          expect(value, `${tag} ${section}.${key}`).not.toBe((en[section] as Record<string, string>)[key])
    }
  })
})
