// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { createGate } from './index.js'

const granted = new Set<string>()
const isAllowed = (categories: string[], vendor: string | null) =>
  categories.every((id) => granted.has(id)) && (vendor === null || granted.has('vendor:' + vendor))
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  granted.clear()
  document.body.innerHTML = ''
})

describe('the gate', () => {
  it('leaves gated elements untouched until allowed', () => {
    document.body.innerHTML =
      '<iframe data-consent="dmp" data-src="https://dmp.example/sync"></iframe>' +
      '<img data-consent="ads" data-src="https://ads.example/p.gif" alt="">'
    const gate = createGate(document, isAllowed)
    gate.update()
    expect(document.querySelector('iframe')!.getAttribute('src')).toBeNull()
    expect(document.querySelector('img')!.getAttribute('src')).toBeNull()
    granted.add('dmp')
    gate.update()
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://dmp.example/sync')
    expect(document.querySelector('img')!.getAttribute('src')).toBeNull()
  })

  it('needs every listed category and the vendor', () => {
    document.body.innerHTML = '<img data-consent="ads dmp" data-vendor="x" data-src="/p.gif" alt="">'
    const gate = createGate(document, isAllowed)
    granted.add('ads')
    gate.update()
    granted.add('dmp')
    gate.update()
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false)
    granted.add('vendor:x')
    gate.update()
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/p.gif')
  })

  it('replaces an allowed inline script with a live one carrying its attributes', () => {
    document.body.innerHTML =
      '<script type="text/plain" data-consent="ads" data-type="module" id="tag" class="t">window.ran = 1</script>'
    const gate = createGate(document, isAllowed)
    granted.add('ads')
    gate.update()
    const live = document.getElementById('tag') as HTMLScriptElement
    expect(live.type).toBe('module')
    expect(live.className).toBe('t')
    expect(live.hasAttribute('data-consentry-activated')).toBe(true)
    expect(live.text).toBe('window.ran = 1')
  })

  it('ignores scripts that are not type text/plain', () => {
    document.body.innerHTML = '<script type="application/json" data-consent="ads" id="data">{}</script>'
    const gate = createGate(document, isAllowed)
    granted.add('ads')
    gate.update()
    expect(document.getElementById('data')!.getAttribute('type')).toBe('application/json')
    expect(document.getElementById('data')!.hasAttribute('data-consentry-activated')).toBe(false)
  })

  it('catches elements inserted later, and activates them at once when already allowed', async () => {
    const gate = createGate(document, isAllowed)
    const wrapper = document.createElement('div')
    wrapper.innerHTML = '<img data-consent="ads" data-src="/late.gif" alt="">'
    document.body.append(wrapper)
    await flush()
    expect(wrapper.querySelector('img')!.hasAttribute('src')).toBe(false)
    granted.add('ads')
    gate.update()
    expect(wrapper.querySelector('img')!.getAttribute('src')).toBe('/late.gif')
    const another = document.createElement('img')
    another.setAttribute('data-consent', 'ads')
    another.setAttribute('data-src', '/later.gif')
    document.body.append(another)
    await flush()
    expect(another.getAttribute('src')).toBe('/later.gif')
  })

  it('never activates an element twice', () => {
    document.body.innerHTML = '<img data-consent="ads" data-src="/p.gif" alt="">'
    const gate = createGate(document, isAllowed)
    granted.add('ads')
    gate.update()
    const image = document.querySelector('img')!
    image.setAttribute('src', '/changed-by-page.gif')
    gate.update()
    expect(image.getAttribute('src')).toBe('/changed-by-page.gif')
  })
})
