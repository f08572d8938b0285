import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()

/** WCAG 2.x A and AA violations inside one part of the UI, as "rule: target" lines. */
async function violations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.flatMap((violation) => violation.nodes.map((node) => violation.id + ': ' + node.target.join(' ')))
}

describe.each([
  ['en', 'light'],
  ['ja', 'light'],
  ['en', 'dark'],
  ['ja', 'dark'],
] as const)('axe, %s, %s colour scheme', (lang, colorScheme) => {
  it('finds nothing in the banner, the preferences dialog and the disclosure table', async () => {
    const { page } = suite.opened
    await page.emulateMedia({ colorScheme })
    await page.route('**/test/shop.html', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`) })
    })
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    expect(await violations(page, '#consentry-root')).toEqual([])
    await page.click(ui.customize)
    await page.click(ui.vendorList('necessary'))
    expect(await violations(page, '#consentry-root')).toEqual([])

    await page.goto(suite.servers.siteUrl + '/external-transmission')
    await page.waitForSelector('[data-consentry-disclosure] table')
    expect(await violations(page, '[data-consentry-disclosure]')).toEqual([])
  })
})

describe('the axe check itself', () => {
  it('sees into the shadow root: a planted nameless button is reported', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    await page.evaluate(() => {
      const banner = document.getElementById('consentry-root')!.shadowRoot!.querySelector('[data-consentry="banner"]')!
      banner.append(document.createElement('button'))
    })
    expect((await violations(page, '#consentry-root')).some((line) => line.startsWith('button-name:'))).toBe(true)
  })
})

describe('visual requirements', () => {
  it('the banner never hides the focused element (WCAG 2.4.11): the page keeps clear of it while it shows', async () => {
    const { page } = suite.opened
    await page.setViewportSize({ width: 800, height: 600 })
    await page.goto(suite.servers.siteUrl + '/test/long.html')
    await page.waitForSelector(ui.banner)
    for (const id of ['one', 'two']) {
      // Put the link inside the viewport but under the banner: focusing it then scrolls only
      // if the page knows the banner's height.
      await page.evaluate((target) => {
        const link = document.getElementById(target)!
        window.scrollTo(0, window.scrollY + link.getBoundingClientRect().top - window.innerHeight + 40)
      }, id)
      await page.focus('#' + id)
      const [link, banner] = await Promise.all([
        page.locator('#' + id).boundingBox(),
        page.locator(ui.banner).boundingBox(),
      ])
      expect(link!.y + link!.height).toBeLessThanOrEqual(banner!.y)
    }
    await page.click(ui.rejectAll)
    await page.waitForSelector(ui.banner, { state: 'detached' })
    expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('')
  })

  it('Reject is never weaker than Accept: same size, colours and font', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    const look = (selector: string) =>
      page.locator(selector).evaluate((button) => {
        const style = getComputedStyle(button)
        const box = button.getBoundingClientRect()
        return {
          width: Math.round(box.width), height: Math.round(box.height), color: style.color, background: style.backgroundColor,
          border: style.borderColor, fontSize: style.fontSize, fontWeight: style.fontWeight,
        }
      })
    expect(await look(ui.rejectAll)).toEqual(await look(ui.acceptAll))
  })

  it('every control is at least 24 × 24 CSS px (WCAG 2.5.8), in the banner and the dialog', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    await page.click(ui.customize)
    await page.click(ui.vendorList('necessary'))
    const small = await page.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!
      return [...root.querySelectorAll<HTMLElement>('button, a[href], input, summary')]
        .filter((element) => element.offsetParent !== null)
        .map((element) => ({ element: element.outerHTML.slice(0, 60), box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ element, box }) => element + ' ' + Math.round(box.width) + '×' + Math.round(box.height))
    })
    expect(small).toEqual([])
  })

  it('reflows at 320 CSS px: nothing in the banner or the dialog scrolls sideways', async () => {
    const { page } = suite.opened
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    const overflow = (selector: string) =>
      page.locator(selector).evaluate((element) => element.scrollWidth - element.clientWidth)
    expect(await overflow(ui.banner)).toBe(0)
    await page.click(ui.customize)
    await page.click(ui.vendorList('necessary'))
    expect(await overflow(ui.preferences)).toBe(0)
    expect(await overflow('[data-consentry="preferences"] .body')).toBe(0)
  })
})
