import { describe, expect, it } from 'vitest'
import { ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'"

describe('under a strict Content Security Policy', () => {
  it("works with script-src 'self' and style-src 'self': no unsafe-inline, no eval", async () => {
    const { page } = suite.opened
    const violations: string[] = []
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()))
    await page.route('**/test/csp.html', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } })
    })
    await page.goto(suite.servers.siteUrl + '/test/csp.html')
    await page.waitForSelector(ui.banner)
    // The shadow root's stylesheet applies: the banner is fixed to the bottom.
    expect(await page.locator(ui.banner).evaluate((banner) => getComputedStyle(banner).position)).toBe('fixed')
    await page.click(ui.customize)
    await page.waitForSelector(ui.preferences)
    await page.keyboard.press('Escape')
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).includes('csp-tag'))
    expect(violations).toEqual([])

    // The policy is really enforced: an inline script of the page's own is refused.
    const ran = await page.evaluate(() => {
      const inline = document.createElement('script')
      inline.text = 'window.__inlineRan = true'
      document.body.append(inline)
      return (window as any).__inlineRan === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => violations.length).toBeGreaterThan(0)
  })
})
