import { describe, expect, it } from 'vitest'
import { createStore } from './index.js'

describe('createStore', () => {
  it('tells listeners about each change, in order, but not about setting the same value', () => {
    const $count = createStore(0)
    const seen: string[] = []
    $count.listen((value) => seen.push('a' + value))
    $count.listen((value) => seen.push('b' + value))
    $count.set(1)
    $count.set(1)
    $count.set(2)
    expect(seen).toEqual(['a1', 'b1', 'a2', 'b2'])
    expect($count.get()).toBe(2)
  })

  it('stops telling a listener once it unsubscribes, also while others are being told', () => {
    const $value = createStore('x')
    const seen: string[] = []
    const stopSecond = () => stop()
    $value.listen(() => (seen.push('first'), stopSecond()))
    const stop = $value.listen(() => seen.push('second'))
    $value.set('y')
    $value.set('z')
    // The copy taken before the first change still reaches the second listener once.
    expect(seen).toEqual(['first', 'second', 'first'])
    stop()
  })
})
