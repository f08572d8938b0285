/** WCAG 2.x contrast between two #rgb or #rrggbb colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const [a, b] = [luminance(foreground), luminance(background)]
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

function luminance(hex: string): number {
  const digits = hex.replace('#', '')
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error('not a #rgb or #rrggbb colour: ' + hex)
  const [r, g, b] = [0, 2, 4].map((offset) => {
    const channel = parseInt(full.slice(offset, offset + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

export interface Theme {
  '--consentry-bg': string
  '--consentry-fg': string
  '--consentry-muted': string
  '--consentry-accent': string
  '--consentry-accent-fg': string
  '--consentry-border': string
}

/** The text/background and control pairs a theme must keep readable: 4.5:1 for text, 3:1 for control borders. */
export function themeProblems(theme: Theme): string[] {
  const pairs: Array<[string, keyof Theme, keyof Theme, number]> = [
    ['text', '--consentry-fg', '--consentry-bg', 4.5],
    ['secondary text', '--consentry-muted', '--consentry-bg', 4.5],
    ['button text', '--consentry-accent-fg', '--consentry-accent', 4.5],
    ['focus outline and links', '--consentry-accent', '--consentry-bg', 3],
    ['control borders', '--consentry-border', '--consentry-bg', 3],
  ]
  return pairs
    .map(([what, fg, bg, minimum]) => [what, contrastRatio(theme[fg], theme[bg]), minimum] as const)
    .filter(([, ratio, minimum]) => ratio < minimum)
    .map(([what, ratio, minimum]) => `${what}: contrast ${ratio.toFixed(2)}:1 is below ${minimum}:1`)
}
