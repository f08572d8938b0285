import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, focusedHooks, serveConfig, ui, useBrowserSuite } from './harness.js'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/consent.json', import.meta.url), 'utf8'))
const suite = useBrowserSuite()
const embed = () => suite.servers.siteUrl + '/test/embed.html'

/** The placeholder standing in for the element with this id. */
const placeholderOf = (page: Page, id: string) => page.locator(`[data-consentry="placeholder"]:has(+ #${id})`)
const embedRequests = () => suite.servers.tagRequests.map((request) => request.path).filter((path) => path.includes('embed='))

/** The size of the same frame, ungated. */
const ungatedFrameSize = (page: Page, width: number, height: number) =>
  page.evaluate(([width, height]) => {
    const frame = Object.assign(document.createElement('iframe'), { width: String(width), height: String(height), title: 'reference' })
    document.body.append(frame)
    const box = frame.getBoundingClientRect()
    frame.remove()
    return { width: box.width, height: box.height }
  }, [width, height])

async function open(page: Page, locale: 'ja' | 'en' = 'ja') {
  await serveConfig(page, { ...fixture, locale })
  await page.goto(embed())
  await page.waitForSelector('[data-consentry="placeholder"]')
}

describe('placeholders for blocked embeds', () => {
  it('stand in, at the same size, for a gated iframe and a marked element, naming vendor and purpose', async () => {
    const { page } = suite.opened
    await open(page)
    const video = placeholderOf(page, 'video')
    expect(await video.boundingBox()).toMatchObject(await ungatedFrameSize(page, 560, 315))
    expect(await page.locator('#video').isVisible()).toBe(false)
    const text = await video.locator('.box').innerText()
    expect(text).toContain('株式会社サンプル広告')
    expect(text).toContain('利用目的：広告配信')
    expect(await video.locator('[data-action="allow"]').innerText()).toBe('この内容を表示')
    expect(await video.locator('a').innerText()).toBe('Cookie設定')
    // Without a vendor, the element's categories are named.
    const banner = placeholderOf(page, 'affiliate-banner')
    expect(await banner.boundingBox()).toMatchObject({ width: 320, height: 200 })
    expect(await banner.locator('.box').innerText()).toContain('アフィリエイト成果測定')
    expect(embedRequests()).toEqual([])
  })

  it('allow loads just that element, records the grant with method "placeholder" and moves focus to it', async () => {
    const { page } = suite.opened
    await open(page)
    await placeholderOf(page, 'video').locator('[data-action="allow"]').focus()
    await page.keyboard.press('Enter')
    await eventually(() => page.evaluate(() => document.getElementById('video')!.getAttribute('src'))).toContain('embed=video')
    expect(await page.locator('#video').isVisible()).toBe(true)
    expect(await placeholderOf(page, 'video').count()).toBe(0)
    expect((await focusedHooks(page))?.id).toBe('video')
    const state = await page.evaluate(() => consentry.get())
    expect(state.categories).toEqual({ necessary: true, advertising: true, affiliate: false, dmp: false })
    expect(state.vendors['ad-network']).toBe(true)
    // Everything else stays held, with its placeholder.
    expect(await placeholderOf(page, 'affiliate-banner').count()).toBe(1)
    expect(embedRequests()).toEqual(['/dmp-sync.html?embed=video'])
    await eventually(async () => (await suite.servers.storedReceipts()).map((receipt) => receipt.method)).toEqual(['placeholder'])
  })

  it('allows the element\'s categories when it names no vendor', async () => {
    const { page } = suite.opened
    await open(page, 'en')
    const banner = placeholderOf(page, 'affiliate-banner')
    expect(await banner.locator('[data-action="allow"]').innerText()).toBe('Show this content')
    await banner.locator('[data-action="allow"]').focus()
    await page.keyboard.press('Space')
    await eventually(() => page.evaluate(() => document.getElementById('affiliate-banner')!.getAttribute('src'))).toContain('embed=banner')
    const state = await page.evaluate(() => consentry.get())
    expect(state.categories).toMatchObject({ advertising: false, affiliate: true, dmp: false })
    expect(state.vendors.a8).toBe(true)
    expect(await placeholderOf(page, 'video').count()).toBe(1)
  })

  it('go away when the visitor allows everything elsewhere', async () => {
    const { page } = suite.opened
    await open(page)
    const before = await page.locator('#after').boundingBox()
    await page.click(ui.acceptAll)
    await eventually(() => page.locator('[data-consentry="placeholder"]').count()).toBe(0)
    expect(await page.locator('#video').isVisible()).toBe(true)
    // The frame takes the placeholder's place: what follows it stays where it was.
    expect(await page.locator('#after').boundingBox()).toEqual(before)
  })

  it('link to the preferences', async () => {
    const { page } = suite.opened
    await open(page, 'en')
    await placeholderOf(page, 'video').locator('a').click()
    await page.waitForSelector(ui.preferences)
  })

  it('take the site\'s theme and stay clean for axe; a frame too small to speak only keeps its space', async () => {
    const { page } = suite.opened
    await open(page)
    const background = await placeholderOf(page, 'affiliate-banner').locator('.box').evaluate((box) => getComputedStyle(box).backgroundColor)
    expect(background).toBe('rgb(255, 250, 243)')
    const results = await new AxeBuilder({ page }).include('[data-consentry="placeholder"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target).join(' '))).toEqual([])
    const small = placeholderOf(page, 'sync')
    expect(await small.boundingBox()).toMatchObject(await ungatedFrameSize(page, 10, 10))
    expect(await small.locator('button').count()).toBe(0)
  })

  it('also stand in for a gated frame another script inserts later', async () => {
    const { page } = suite.opened
    await open(page)
    await page.evaluate((origin) => {
      const frame = Object.assign(document.createElement('iframe'), { id: 'later', title: 'map', width: '400', height: '300' })
      frame.setAttribute('data-consent', 'affiliate')
      frame.setAttribute('data-src', origin + '/dmp-sync.html?embed=later')
      document.body.append(frame)
    }, suite.servers.tagUrl)
    await eventually(() => placeholderOf(page, 'later').count()).toBe(1)
    expect(await placeholderOf(page, 'later').locator('[data-action="allow"]').count()).toBe(1)
    expect(embedRequests()).toEqual([])
  })
})
