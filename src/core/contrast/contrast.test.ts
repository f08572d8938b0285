import { describe, expect, it } from 'vitest'
import { BANNER_CSS as CSS } from '../../ui/styles.js'
import { contrastRatio, themeProblems, type Theme } from './index.js'

/** The custom properties of the shipped stylesheet: the light block, then the dark one. */
function shippedThemes(): Theme[] {
  const blocks = [...CSS.matchAll(/:host\{([^}]*)\}/g)].map((match) => match[1]!)
  return blocks.map((block) => Object.fromEntries([...block.matchAll(/(--consentry-[\w-]+):(#[0-9a-f]{3,6})/gi)].map((m) => [m[1], m[2]])) as unknown as Theme)
}

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#fff')).toBe(1)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(() => contrastRatio('blue', '#fff')).toThrow(/not a #rgb/)
  })

  it('the shipped light and dark themes keep every pair readable', () => {
    const themes = shippedThemes()
    expect(themes).toHaveLength(2)
    for (const theme of themes) {
      expect(Object.keys(theme)).toHaveLength(6)
      expect(themeProblems(theme)).toEqual([])
    }
  })

  it('fails a theme that drops text contrast below 4.5:1', () => {
    const [light] = shippedThemes()
    expect(themeProblems({ ...light!, '--consentry-fg': '#999999' })).toEqual(['text: contrast 2.85:1 is below 4.5:1'])
    expect(themeProblems({ ...light!, '--consentry-accent': '#7aa7f0' })[0]).toMatch(/^button text: contrast/)
  })
})
