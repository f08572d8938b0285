import { describe, expect, it } from 'vitest'
import { gatedMarkup, inMarkup } from './markup.js'

describe('inMarkup', () => {
  const src = 'https://tags.example/t.js?a=1&b=2'

  it('finds a tag the page writes, however its src is quoted or its "&" spelt', () => {
    expect(inMarkup(`<script async src="${src}"></script>`, 'script', src)).toBe(true)
    expect(inMarkup(`<SCRIPT src='https://tags.example/t.js?a=1&amp;b=2'></SCRIPT>`, 'script', src)).toBe(true)
    expect(inMarkup('<img alt="" src=https://tags.example/p.gif>', 'img', 'https://tags.example/p.gif')).toBe(true)
  })

  it('does not count a snippet that creates the tag, or the same URL on another element', () => {
    expect(inMarkup(`<script>var s = document.createElement('script'); s.src = '${src}'</script>`, 'script', src)).toBe(false)
    expect(inMarkup(`<img src="${src}">`, 'script', src)).toBe(false)
    expect(inMarkup(`<script src="${src}x"></script>`, 'script', src)).toBe(false)
  })
})

describe('gatedMarkup', () => {
  it('keeps a script\'s own type as data-type, so a module stays a module', () => {
    expect(gatedMarkup({ tag: 'script', src: 'https://t.example/m.js', type: 'module' }, 'advertising', null)).toBe(
      '<script type="text/plain" data-consent="advertising" data-src="https://t.example/m.js" data-type="module"></script>',
    )
    expect(gatedMarkup({ tag: 'script', src: 'https://t.example/c.js', type: 'text/javascript' }, 'advertising', 'ads')).toBe(
      '<script type="text/plain" data-consent="advertising" data-vendor="ads" data-src="https://t.example/c.js"></script>',
    )
  })
})
