// What the examples' browser tests share: building an example, serving it, and the
// third-party hosts its embeds and tags would reach.
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { openPage, ui, useBrowser } from '../test/e2e/harness.js'

export interface Served {
  url: string
  close(): Promise<void>
}

/** Builds examples/<name> with its own Vite config and serves the result with `vite preview`. */
export async function buildAndPreview(name: string): Promise<Served> {
  const root = fileURLToPath(new URL('./' + name, import.meta.url))
  // Frameworks pick their build from NODE_ENV, which the test runner sets to "test".
  await build({ root, logLevel: 'warn', define: { 'process.env.NODE_ENV': '"production"' } })
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false } })
  return { url: server.resolvedUrls!.local[0]!.replace(/\/$/, ''), close: () => server.close() }
}

/** The example's video embed and ad tags come from hosts of their own; the test answers for them and counts. */
export async function answerThirdParties(context: BrowserContext) {
  const requests: string[] = []
  await context.route(/^https:\/\/(video|ads)\.example\//, (route) => {
    requests.push(route.request().url())
    const url = route.request().url()
    return route.fulfill(
      url.endsWith('.gif')
        ? { contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64') }
        : url.endsWith('.js')
          ? { contentType: 'text/javascript', body: '(window.__thirdPartyTags = window.__thirdPartyTags || []).push(document.currentScript.src)' }
          : { contentType: 'text/html', body: '<!doctype html><title>third party</title><p>third-party content</p>' },
    )
  })
  return { requests, to: (path: string) => requests.filter((url) => url.includes(path)).length }
}

/** Opens the example in a fresh context, with the third parties answered. */
export async function openExample(shared: ReturnType<typeof useBrowser>, url: string) {
  const opened = await openPage(shared.browser)
  const thirdParties = await answerThirdParties(opened.context)
  await opened.page.goto(url)
  await opened.page.waitForSelector(ui.banner)
  return { ...opened, thirdParties }
}

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent()

/** The behaviour every framework example shows, with the framework's own nanostores binding. */
export function itFollowsConsent(shared: ReturnType<typeof useBrowser>, served: () => Served) {
  it('renders the embed only once its vendor is granted, and takes it away on withdrawal', async () => {
    const { page, context, pageErrors, thirdParties } = await openExample(shared, served().url)
    await page.getByTestId('video-off').waitFor()
    expect(await text(page, 'decided')).toBe('You have not chosen yet.')
    await page.click(ui.acceptAll)
    await page.getByTestId('video').waitFor()
    expect(await text(page, 'decided')).toBe('You have chosen.')
    await expect.poll(() => thirdParties.to('video.example/embed/demo')).toBe(1)

    await page.getByTestId('withdraw').click()
    await page.getByTestId('video-off').waitFor()
    expect(await page.getByTestId('video').count()).toBe(0)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('follows a decision made in another tab, without a reload', async () => {
    const { page, context, pageErrors, thirdParties } = await openExample(shared, served().url)
    const other = await context.newPage()
    await other.goto(served().url)
    await other.click(ui.acceptAll)
    await page.getByTestId('video').waitFor()
    expect(await text(page, 'decided')).toBe('You have chosen.')
    // The other tab's own embed, and this one's.
    await expect.poll(() => thirdParties.to('video.example/embed/demo')).toBe(2)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('opens the preferences dialog from the settings button, and nothing loads before a choice', async () => {
    const { page, context, thirdParties } = await openExample(shared, served().url)
    await page.getByTestId('settings').click()
    await page.waitForSelector(ui.preferences)
    expect(thirdParties.requests).toEqual([])
    await context.close()
  })
}

/**
 * The browser tests of examples/<name>: built and served once for the file. `start` serves it
 * some other way (the React example's own server); `more` adds the example's own tests.
 */
export function describeExample(
  title: string,
  start: () => Promise<Served>,
  more: (shared: ReturnType<typeof useBrowser>, served: () => Served) => void = () => {},
) {
  const shared = useBrowser()
  let served: Served
  beforeAll(async () => (served = await start()))
  afterAll(() => served?.close())
  describe(title, () => {
    itFollowsConsent(shared, () => served)
    more(shared, () => served)
  })
}
