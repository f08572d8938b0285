import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { encodeDecision } from '../../src/adapters/storage/codec.js'
import { openPage, ui } from '../../test/e2e/harness.js'
import { describeExample, openExample } from '../testing.js'
// @ts-expect-error plain JavaScript, as a site's own build script would be
import { buildReactExample } from './build.mjs'
// @ts-expect-error plain JavaScript, as a site's own server would be
import { startServer } from './server.mjs'

const go = async (page: Page, path: '/' | '/shop') => {
  await page.click(`nav a[href="${path}"]`)
  await page.getByRole('heading', { name: path === '/' ? 'Home' : 'Shop' }).waitFor()
}

describeExample(
  'the React example (@nanostores/react, StrictMode, server rendering)',
  async () => (await buildReactExample(), startServer({ port: 0 })),
  (shared, served) => {
    it('route changes insert and remove gated markup: nothing loads before consent, then each element exactly once', async () => {
      const { page, context, pageErrors, thirdParties } = await openExample(shared, served().url)
      for (let visit = 0; visit < 3; visit++) {
        await go(page, '/shop')
        await go(page, '/')
      }
      await go(page, '/shop')
      expect(thirdParties.requests).toEqual([])
      // One placeholder for the one blocked frame on the page, none left behind by earlier routes.
      await expect.poll(() => page.locator('[data-consentry="placeholder"]').count()).toBe(1)
      await go(page, '/')
      await expect.poll(() => page.locator('[data-consentry="placeholder"]').count()).toBe(0)
      await go(page, '/shop')

      await page.click(ui.acceptAll)
      await expect.poll(() => thirdParties.to('ads.example/frame.html')).toBe(1)
      expect(await page.getByTestId('ad-frame').getAttribute('src')).toBe('https://ads.example/frame.html')
      // A new route mounts a new element, which the gate activates on arrival, once.
      await go(page, '/')
      await go(page, '/shop')
      await expect.poll(() => thirdParties.to('ads.example/frame.html')).toBe(2)
      await page.frameLocator('[data-testid="ad-frame"]').getByText('third-party content').waitFor()
      expect(thirdParties.to('ads.example/frame.html')).toBe(2)
      expect(pageErrors).toEqual([])
      await context.close()
    })

    it('lets go of gated elements that a route change removed before consent', async () => {
      const { page, context, thirdParties } = await openExample(shared, served().url)
      const ROUTE_CHANGES = 30
      for (let visit = 0; visit < ROUTE_CHANGES; visit++) {
        await go(page, '/shop')
        await page.evaluate(() => {
          const refs = ((window as any).__gatedRefs ??= []) as WeakRef<Element>[]
          refs.push(new WeakRef(document.querySelector('[data-testid="ad-frame"]')!))
        })
        await go(page, '/')
      }
      const cdp = await context.newCDPSession(page)
      await cdp.send('HeapProfiler.collectGarbage')
      const alive = await page.evaluate(() => ((window as any).__gatedRefs as WeakRef<Element>[]).filter((ref) => ref.deref()).length)
      // React may still hold the last element it removed; everything older must be gone.
      expect(alive).toBeLessThanOrEqual(2)
      expect(thirdParties.requests).toEqual([])
      await context.close()
    })

    it('under StrictMode in development, the second createConsentry() warns once and one banner shows', async () => {
      await buildReactExample({ mode: 'development', outDir: 'dist/dev' })
      const dev = await startServer({ port: 0, outDir: 'dist/dev' })
      const { page, context, pageErrors, consoleErrors } = await openPage(shared.browser)
      const warnings: string[] = []
      page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
      await page.goto(dev.url)
      await page.waitForSelector(ui.banner)
      await page.click(ui.acceptAll)
      await page.getByTestId('decided').getByText('You have chosen.').waitFor()
      expect(warnings.filter((text) => text.includes('createConsentry() was called again'))).toHaveLength(1)
      expect(await page.locator('#consentry-root').count()).toBe(1)
      expect(consoleErrors).toEqual([])
      expect(pageErrors).toEqual([])
      await context.close()
      await dev.close()
    })

    it('renders on the server what the visitor\'s cookie allows, and hydrates without a mismatch', async () => {
      const { page, context, thirdParties } = await openExample(shared, served().url)
      await page.click(ui.acceptAll)
      await page.getByTestId('video').waitFor()
      const cookie = (await context.cookies()).find((candidate) => candidate.name === 'consentry')!
      const html = async (cookieHeader?: string) =>
        (await fetch(served().url + '/', { headers: cookieHeader ? { cookie: cookieHeader } : {} })).text()

      const firstVisit = await html()
      expect(firstVisit).toContain('data-testid="video-off"')
      expect(firstVisit).not.toContain('ads.example/tag.js')
      const returning = await html('theme=dark; consentry=' + cookie.value)
      expect(returning).toContain('data-testid="video"')
      expect(returning).toContain('<script async src="https://ads.example/tag.js"></script>')
      // A decision made under an earlier revision counts for nothing, on the server too.
      const stale = encodeDecision({ revision: '2020-01-01', decidedAt: Date.now(), granted: ['necessary', 'video', 'advertising'], denied: [], vendorsOff: [], gpc: false, id: 'old' })
      const staleHtml = await html('consentry=' + stale)
      expect(staleHtml).toContain('data-testid="video-off"')
      expect(staleHtml).not.toContain('ads.example/tag.js')

      // The returning visitor's browser takes over the server's markup as it is.
      const returningPage = await context.newPage()
      const errors: string[] = []
      returningPage.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      returningPage.on('pageerror', (error) => errors.push(String(error)))
      await returningPage.goto(served().url)
      await returningPage.waitForFunction(() => (window as any).__thirdPartyTags?.length === 1)
      await returningPage.getByTestId('withdraw').click()
      await returningPage.getByTestId('video-off').waitFor()
      expect(await returningPage.locator(ui.banner).count()).toBe(0)
      expect(errors).toEqual([])
      expect(thirdParties.to('ads.example/tag.js')).toBe(1)
      await context.close()
    })
  },
)

