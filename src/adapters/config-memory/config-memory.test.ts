// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { validateConfig } from '../../core/config/index.js'
import { validConfig } from '../../../test/fixtures/config.js'
import { configPrint, recallValidated, rememberValidated } from './index.js'

afterEach(() => localStorage.clear())

const raw = () => JSON.parse(JSON.stringify(validConfig())) as Record<string, unknown>

describe('the validated-config memory', () => {
  it('recalls the normalised config for the same raw config only', () => {
    const input = raw()
    const print = configPrint(input)
    expect(recallValidated(print)).toBeUndefined()
    const { config } = validateConfig(input)
    rememberValidated(window, print, config!, validateConfig)
    expect(recallValidated(configPrint(raw()))).toEqual(config)
    expect(recallValidated(configPrint({ ...raw(), revision: 'changed' }))).toBeUndefined()
  })

  it('remembers nothing for a config JSON cannot express', () => {
    const circular: Record<string, unknown> = raw()
    circular.self = circular
    expect(configPrint(circular)).toBe('')
    expect(recallValidated('')).toBeUndefined()
  })

  it('keeps nothing that a page-level toJSON would change on the way back', () => {
    const input = raw()
    const print = configPrint(input)
    const { config } = validateConfig(input)
    const arrayToJson = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON')
    // Prototype.js style: arrays serialise as strings, which the validator then refuses.
    Object.defineProperty(Array.prototype, 'toJSON', { configurable: true, value: function (this: unknown[]) { return this.join(',') } })
    try {
      rememberValidated(window, print, config!, validateConfig)
    } finally {
      if (arrayToJson) Object.defineProperty(Array.prototype, 'toJSON', arrayToJson)
      else delete (Array.prototype as { toJSON?: unknown }).toJSON
    }
    expect(recallValidated(print)).toBeUndefined()
  })

  it('never throws when storage is blocked', () => {
    const blocked = { get localStorage(): Storage { throw new DOMException('blocked', 'SecurityError') } } as unknown as Window
    const print = configPrint(raw())
    rememberValidated(window, print, validateConfig(raw()).config!, validateConfig)
    // As in a sandboxed frame: reading localStorage itself throws.
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => blocked.localStorage })
    try {
      expect(recallValidated(print)).toBeUndefined()
    } finally {
      Object.defineProperty(window, 'localStorage', own)
    }
    expect(() => rememberValidated(blocked, print, validateConfig(raw()).config!, validateConfig)).not.toThrow()
  })
})
