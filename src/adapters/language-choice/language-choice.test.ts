// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { readLanguageChoice, writeLanguageChoice } from './index.js'

afterEach(() => window.localStorage.clear())

describe('the language choice', () => {
  it('is null until the visitor picks one, then that one', () => {
    expect(readLanguageChoice(window)).toBeNull()
    writeLanguageChoice(window, 'he')
    expect(readLanguageChoice(window)).toBe('he')
  })
  it('reads as null and writes nothing where storage throws', () => {
    const blocked = { get localStorage(): Storage { throw new DOMException('denied', 'SecurityError') } } as unknown as Window
    expect(readLanguageChoice(blocked)).toBeNull()
    expect(() => writeLanguageChoice(blocked, 'de')).not.toThrow()
  })
})
