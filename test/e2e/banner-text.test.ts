import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { serveConfig, ui, useBrowserSuite } from './harness.js'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/consent.json', import.meta.url), 'utf8'))
const suite = useBrowserSuite()

describe('the banner\'s Japanese text on a phone', () => {
  it('never leaves one or two characters alone on a paragraph\'s last line', async () => {
    const { page } = suite.opened
    await serveConfig(page, { ...fixture, locale: 'ja' })
    const widths = [320, 340, 360, 375, 390, 412, 430]
    const lastLines: Record<number, string[]> = {}
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(suite.servers.siteUrl + '/test/shop.html')
      await page.waitForSelector(ui.banner)
      lastLines[width] = await page.locator(ui.banner + ' p').evaluateAll((paragraphs) =>
        paragraphs.map((paragraph) => {
          // The characters on the paragraph's last line, found by where each one is drawn.
          const text = paragraph.firstChild as Text
          const range = document.createRange()
          const tops = [...text.data].map((_, index) => {
            range.setStart(text, index)
            range.setEnd(text, index + 1)
            return Math.round(range.getBoundingClientRect().top)
          })
          const last = Math.max(...tops)
          return [...text.data].filter((_, index) => tops[index] === last).join('')
        }),
      )
    }
    for (const width of widths) for (const line of lastLines[width]!) expect(line.length, width + ' px: "' + line + '"').toBeGreaterThan(2)
  })
})
