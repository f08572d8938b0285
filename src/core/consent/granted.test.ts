import { describe, expect, it } from 'vitest'
import { atom, computed } from 'nanostores'
import { UNDECIDED, type ConsentState } from './index.js'
import { createGrantedStores } from './granted.js'

const state = (categories: Record<string, boolean>, vendors: Record<string, boolean> = {}): ConsentState => ({
  ...UNDECIDED, decided: true, categories, vendors,
})

describe('$granted', () => {
  it('follows the consent store, for categories and for a vendor within them', () => {
    const $consent = atom(UNDECIDED)
    const $granted = createGrantedStores($consent)
    const $ads = $granted('advertising')
    const $a8 = $granted('advertising affiliate', 'a8')
    const heard: boolean[] = []
    $a8.listen((value) => heard.push(value))
    expect([$ads.get(), $a8.get()]).toEqual([false, false])

    $consent.set(state({ advertising: true, affiliate: true }, { a8: true }))
    expect([$ads.get(), $a8.get()]).toEqual([true, true])
    // Both categories are needed, and the vendor besides.
    $consent.set(state({ advertising: true, affiliate: false }, { a8: true }))
    expect($a8.get()).toBe(false)
    $consent.set(state({ advertising: true, affiliate: true }, { a8: false }))
    expect([$ads.get(), $a8.get()]).toEqual([true, false])
    expect(heard).toEqual([true, false])
  })

  it('gives the same store for the same question, so bindings do not resubscribe on every render', () => {
    const $granted = createGrantedStores(atom(UNDECIDED))
    expect($granted('advertising  dmp', 'x')).toBe($granted('advertising dmp', 'x'))
    expect($granted('advertising')).not.toBe($granted('advertising', 'x'))
  })

  it('never grants an empty question or an id the state does not name', () => {
    const $consent = atom(state({ advertising: true }, { a8: true }))
    const $granted = createGrantedStores($consent)
    expect($granted('').get()).toBe(false)
    expect($granted('unknown').get()).toBe(false)
    expect($granted('advertising', 'unknown').get()).toBe(false)
  })

  it('composes with computed() like any store', () => {
    const $consent = atom(UNDECIDED)
    const $granted = createGrantedStores($consent)
    const $label = computed($granted('dmp'), (granted) => (granted ? 'on' : 'off'))
    expect($label.get()).toBe('off')
    $consent.set(state({ dmp: true }))
    expect($label.get()).toBe('on')
  })
})
