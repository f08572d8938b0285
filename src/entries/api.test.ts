// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApi, type ApiTarget } from './api.js'
import type { ConsentState } from '../core/consent/index.js'

const state = (decided: boolean): ConsentState => ({
  decided, categories: { ads: decided }, vendors: {}, revision: 'r', decidedAt: null, id: null, region: null, policy: null, models: { ads: 'opt-in' },
})

function fakeTarget(calls: string[]): ApiTarget {
  return {
    acceptAll: (method) => calls.push('acceptAll:' + method),
    rejectAll: (method) => calls.push('rejectAll:' + method),
    set: (choice, method) => calls.push('set:' + JSON.stringify(choice) + ':' + method),
    withdraw: (method) => calls.push('withdraw:' + method),
    show: () => calls.push('show'),
    identify: (user) => calls.push('identify:' + user),
  }
}

afterEach(() => vi.restoreAllMocks())

describe('the public API', () => {
  it('answers before the config has loaded, and replays early calls in order', async () => {
    const { api, attach, $consent } = createApi(window)
    expect(api.get()).toMatchObject({ decided: false, id: null })
    api.set({ categories: { ads: true } })
    api.identify('u-1')
    api.acceptAll()
    api.identify()
    const calls: string[] = []
    attach(fakeTarget(calls))
    await api.ready
    expect(calls).toEqual(['set:{"categories":{"ads":true}}:api', 'identify:u-1', 'acceptAll:api', 'identify:undefined'])
    api.withdraw()
    expect(calls.at(-1)).toBe('withdraw:api')
    // get() and the public store read what the runtime writes into the store.
    $consent.set(state(true))
    expect(api.get()).toBe(api.$consent.get())
    expect(api.get().decided).toBe(true)
  })

  it('with a bad config: logs each problem, drops early calls, and still resolves ready', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { api, fail } = createApi(window)
    api.acceptAll()
    fail(['categories[2].id must be a string, got number', 'policyUrl is required'])
    await api.ready
    expect(error.mock.calls.map((call) => call[0])).toEqual([
      'consentry: categories[2].id must be a string, got number',
      'consentry: policyUrl is required',
    ])
    expect(api.errors).toHaveLength(2)
    expect(() => api.acceptAll()).not.toThrow()
    expect(api.get().decided).toBe(false)
  })

  it('emits to listeners, the window event and the dataLayer; a throwing listener harms no one', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { api, emit } = createApi(window)
    const seen: string[] = []
    ;(window as any).dataLayer = []
    window.addEventListener('consentry:change', (event) => seen.push('event:' + (event as CustomEvent).detail.decided))
    api.on('change', () => {
      throw new Error('listener bug')
    })
    const off = api.on('change', (s) => seen.push('listener:' + s.decided))
    emit(state(true))
    off()
    emit(state(false))
    expect(seen).toEqual(['listener:true', 'event:true', 'event:false'])
    expect((window as any).dataLayer).toEqual([
      { event: 'consentry_update', consentry: state(true) },
      { event: 'consentry_update', consentry: state(false) },
    ])
    expect(error).toHaveBeenCalled()
    delete (window as any).dataLayer
  })

  it('catches errors thrown by actions instead of throwing into the page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { api, attach } = createApi(window)
    attach({ ...fakeTarget([]), set: () => { throw new TypeError('bad choice') } })
    expect(() => api.set(null as never)).not.toThrow()
    expect(error).toHaveBeenCalledWith('consentry:', expect.any(TypeError))
  })

  it('ignores listeners for unknown events, and their unsubscribe is harmless', () => {
    const { api, emit } = createApi(window)
    const heard: string[] = []
    const off = api.on('nope' as 'change', () => heard.push('nope'))
    emit(state(true))
    expect(heard).toEqual([])
    expect(() => off()).not.toThrow()
  })
})
