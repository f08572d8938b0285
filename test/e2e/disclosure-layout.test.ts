import AxeBuilder from '@axe-core/playwright'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const run = promisify(execFile)
const WIDTHS = [320, 390, 768, 1280]

/** What can go wrong with a table on a small screen, measured in the page. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const notice = document.querySelector('.consentry-disclosure')!
    // The column heads are kept for screen readers only while the cards label each row.
    const cells = [...notice.querySelectorAll('th, td')].filter((cell) => getComputedStyle(cell.closest('thead') ?? cell).position !== 'absolute')
    const narrowest = Math.min(
      ...cells.map((cell) => {
        const style = getComputedStyle(cell)
        // The width text gets, against two characters of the cell's own font.
        return (cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / (2 * parseFloat(style.fontSize))
      }),
    )
    // Where each column of each table's first row starts: the same in every table when they line up.
    const columns = [...notice.querySelectorAll('table')].map((table) =>
      [...table.querySelector('tbody tr')!.children].map((cell) => Math.round(cell.getBoundingClientRect().left)).join(','),
    )
    return {
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      narrowest,
      columns: [...new Set(columns)],
      cards: getComputedStyle(notice.querySelector('tbody tr')!).display === 'block',
      label: getComputedStyle(notice.querySelector('td')!, '::before').content,
    }
  })

describe('the external-transmission notice on every screen', () => {
  it.each(WIDTHS)('at %i px: no sideways scroll, no cell narrower than two characters', async (width) => {
    const { page } = suite.opened
    await page.setViewportSize({ width, height: 900 })
    await page.goto(suite.servers.siteUrl + '/external-transmission')
    await page.waitForSelector('.consentry-disclosure tbody tr')
    const layout = await measure(page)
    expect(layout.sideways).toBe(0)
    expect(layout.narrowest).toBeGreaterThanOrEqual(1)
    const axe = await new AxeBuilder({ page }).include('.consentry-disclosure').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations.map((violation) => violation.id)).toEqual([])
    if (width < 768) {
      // One card per recipient, each row labelled with its column's name.
      expect(layout.cards).toBe(true)
      expect(layout.label).toBe('"送信される情報"')
    } else {
      expect(layout.cards).toBe(false)
      expect(layout.columns).toHaveLength(1)
    }
  })

  it('takes the site\'s custom properties', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/external-transmission')
    await page.waitForSelector('.consentry-disclosure tbody tr')
    await page.addStyleTag({ content: ':root { --consentry-disclosure-border: #8a2d12; --consentry-disclosure-head-bg: #fffaf3 }' })
    const style = await page.locator('.consentry-disclosure thead th').first().evaluate((cell) => [getComputedStyle(cell).borderTopColor, getComputedStyle(cell).backgroundColor])
    expect(style).toEqual(['rgb(138, 45, 18)', 'rgb(255, 250, 243)'])
  })

  it('looks the same in the static page of `consentry disclosure --format html`', async () => {
    const { page } = suite.opened
    const { stdout } = await run(process.execPath, ['dist/cli/consentry.js', 'disclosure', 'demo/site/consent.json', '--format', 'html'])
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await page.setContent(stdout)
      const layout = await measure(page)
      expect(layout.sideways).toBe(0)
      expect(layout.narrowest).toBeGreaterThanOrEqual(1)
      expect(layout.cards).toBe(width < 768)
      if (width >= 768) expect(layout.columns).toHaveLength(1)
    }
  })
})
