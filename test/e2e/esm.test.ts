import { describe, expect, it } from 'vitest'
import { openPage, tagPaths, ui, useBrowser } from './harness.js'

const shared = useBrowser()

describe('the ESM build', () => {
  it('createConsentry gates, renders the banner in the page language and stores the decision', async () => {
    const { page, context, pageErrors } = await openPage(shared.browser)
    shared.servers.clearTagRequests()
    await page.goto(shared.servers.siteUrl + '/test/esm.html')
    await page.waitForSelector(ui.banner)
    expect(await page.locator(ui.rejectAll).textContent()).toMatch(/拒否/)
    expect(tagPaths(shared.servers)).toEqual([])
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 1)
    const cookie = (await context.cookies()).find((c) => c.name === 'consentry')!

    // The server side: the same build reads what the browser stored.
    const { parseConsentCookie } = await import('../../dist/esm/index.js' as string)
    const parsed = parseConsentCookie('a=b; consentry=' + cookie.value)
    const state = await page.evaluate(() => consentry.get())
    expect(parsed).toMatchObject({ version: 1, revision: '2025-09-30', id: state.id, categories: state.categories })
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('with an invalid config returns an API that lists the problems and gates everything', async () => {
    const { page, context, consoleErrors } = await openPage(shared.browser)
    await page.goto(shared.servers.siteUrl + '/test/shop.html')
    // A string, so the test runner leaves the page's own dynamic import alone.
    const errors = await page.evaluate(`(async () => {
      const { createConsentry } = await import('/dist/esm/index.js')
      const api = createConsentry({ revision: 'x', categories: [{ id: 'a' }] })
      await api.ready
      api.acceptAll()
      return { errors: api.errors, decided: api.get().decided }
    })()`)
    expect(errors).toEqual({ errors: ['policyUrl is required', 'categories[0].title is required'], decided: false })
    expect(consoleErrors).toContain('consentry: policyUrl is required')
    await context.close()
  })

  it('with storage: createMemoryStorage() keeps the decision for the page view and writes no cookie', async () => {
    const { page, context } = await openPage(shared.browser)
    await page.goto(shared.servers.siteUrl + '/test/esm.html')
    const state = await page.evaluate(`(async () => {
      const { createConsentry, createMemoryStorage } = await import('/dist/esm/index.js')
      const config = await (await fetch('/test/consent.json')).json()
      config.cookie = { name: 'memory_only' }
      const api = createConsentry(config, { ui: false, storage: createMemoryStorage() })
      await api.ready
      api.rejectAll()
      return api.get()
    })()`)
    expect(state).toMatchObject({ decided: true, categories: { advertising: false } })
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('memory_only')
    await context.close()
  })
})
