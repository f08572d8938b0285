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

  it('reflows at 200% zoom: the banner and the dialog fit the viewport and every control can be reached', async () => {
    const { page } = suite.opened
    // 200% zoom of a 1280 × 720 window leaves a 640 × 360 CSS px viewport.
    await page.setViewportSize({ width: 640, height: 360 })
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    // Nothing sticks out sideways, and every control can be scrolled into the viewport.
    const unreachable = (selector: string) =>
      page.locator(selector).evaluate((root) => {
        // Contents of a closed <details> are not shown; its summary is.
        const shown = (element: Element) => element.localName === 'summary' ? true : !element.closest('details:not([open])')
        const controls = [...root.querySelectorAll('button, a, input, summary')].filter((element) => element.getClientRects().length && shown(element))
        return controls
          .filter((element) => {
            element.scrollIntoView({ block: 'nearest' })
            const box = element.getBoundingClientRect()
            return box.left < 0 || box.right > innerWidth + 0.5 || box.top < 0 || box.bottom > innerHeight + 0.5
          })
          .map((element) => element.localName + ' ' + element.textContent)
      })
    expect(await unreachable(ui.banner)).toEqual([])
    await page.click(ui.customize)
    await page.click(ui.vendorList('advertising'))
    // The dialog fits the viewport, and its body scrolls to everything in it.
    expect(await page.locator(ui.preferences).evaluate((dialog) => dialog.getBoundingClientRect().bottom <= innerHeight + 0.5)).toBe(true)
    expect(await unreachable(ui.preferences)).toEqual([])
  })

  it('honours prefers-reduced-motion: nothing in the UI moves, even a transition added later', async () => {
    const { page } = suite.opened
    const durations = () =>
      page.evaluate(() => {
        const root = document.getElementById('consentry-root')!.shadowRoot!
        // A transition and an animation as a later change to the UI might add them.
        const probe = document.createElement('div')
        probe.style.cssText = 'transition: opacity 1s; animation: consentry-probe 1s infinite'
        root.querySelector('[data-consentry="banner"]')!.append(probe)
        const moving = [...root.querySelectorAll('*')].filter((element) => {
          const style = getComputedStyle(element)
          return [style.transitionDuration, style.animationDuration].some((value) => value.split(',').some((part) => parseFloat(part) > 0))
        })
        probe.remove()
        return moving.map((element) => (element === probe ? 'probe' : element.localName))
      })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    expect(await durations()).toEqual([])
    // Without the preference the probe does move: the check above can see motion.
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(await durations()).toEqual(['probe'])
  })

  it('shows focus (2.4.7) with an outline of at least 3:1 against the banner, and control borders at 3:1 (1.4.11)', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    await page.focus(ui.rejectAll)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Shift+Tab')
    const look = await page.locator(ui.rejectAll).evaluate((button) => {
      const style = getComputedStyle(button)
      const banner = getComputedStyle(button.closest('[data-consentry="banner"]')!)
      return { outline: style.outlineStyle + ' ' + style.outlineWidth, outlineColor: style.outlineColor, background: banner.backgroundColor, border: style.borderTopColor }
    })
    expect(look.outline).toBe('solid 3px')
    const { contrastRatio } = await import('../../src/core/contrast/index.js')
    const hex = (rgb: string) => '#' + rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')
    expect(contrastRatio(hex(look.outlineColor), hex(look.background))).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(hex(look.border), hex(look.background))).toBeGreaterThanOrEqual(3)
  })
})

describe('banner position (--consentry-position)', () => {
  // The site's own stylesheet, in place before the UI mounts.
  const sitePosition = (page: Page, position: string) =>
    page.context().addInitScript((position) => {
      const sheet = new CSSStyleSheet()
      sheet.replaceSync('#consentry-root { --consentry-position: ' + position + ' }')
      document.adoptedStyleSheets = [sheet]
    }, position)

  it('box: a card in the bottom corner, still clear of focused elements', async () => {
    const { page } = suite.opened
    await page.setViewportSize({ width: 1200, height: 800 })
    await sitePosition(page, 'box')
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    const box = (await page.locator(ui.banner).boundingBox())!
    expect(box.width).toBeLessThanOrEqual(32 * 16)
    expect(Math.round(1200 - (box.x + box.width))).toBe(16)
    expect(Math.round(800 - (box.y + box.height))).toBe(16)
    expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).not.toBe('')
    expect(await violations(page, '#consentry-root')).toEqual([])
  })

  it('modal: a centred modal dialog; the page behind is out of reach until the visitor chooses', async () => {
    const { page } = suite.opened
    await page.setViewportSize({ width: 1200, height: 800 })
    await sitePosition(page, 'modal')
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    const banner = page.locator(ui.banner)
    expect(await banner.evaluate((element) => element.localName + ' ' + element.matches(':modal'))).toBe('dialog true')
    const box = (await banner.boundingBox())!
    expect(Math.abs(box.x + box.width / 2 - 600)).toBeLessThan(2)
    expect(Math.abs(box.y + box.height / 2 - 400)).toBeLessThan(2)
    // A centred banner needs no scroll padding: nothing behind it can take focus.
    expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('')
    const focusInsideBanner = () =>
      page.evaluate(() => {
        let element = document.activeElement
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
        return !!element?.closest('[data-consentry="banner"]')
      })
    for (let press = 0; press < 8; press++) {
      await page.keyboard.press('Tab')
      // Focus cycles through the banner (and the browser's own controls), never the page.
      const inside = await focusInsideBanner()
      const onPage = await page.evaluate(() => document.activeElement !== document.body && document.activeElement?.id !== 'consentry-root')
      expect(inside || !onPage).toBe(true)
    }
    await page.keyboard.press('Escape')
    expect(await banner.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true)
    // The page's own button cannot be clicked through the modal.
    await page.locator('#page-button').click({ force: true, timeout: 2000 }).catch(() => {})
    expect(await page.textContent('#page-output')).toBe('')
    expect(await violations(page, '#consentry-root')).toEqual([])

    // Preferences open above it and work; closing them brings the modal banner back.
    await page.click(ui.customize)
    await page.click(ui.category('advertising'))
    expect(await page.isChecked(ui.category('advertising'))).toBe(true)
    await page.keyboard.press('Escape')
    await page.waitForSelector(ui.preferences, { state: 'detached' })
    expect(await banner.evaluate((element) => element.matches(':modal'))).toBe(true)
    await page.click(ui.acceptAll)
    await page.waitForSelector(ui.banner, { state: 'detached' })
    await page.click('#page-button')
    expect(await page.textContent('#page-output')).toBe('clicked')
  })
})

