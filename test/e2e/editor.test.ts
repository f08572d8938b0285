import AxeBuilder from '@axe-core/playwright'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const run = promisify(execFile)
const scratch = mkdtempSync(join(tmpdir(), 'consentry-editor-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The editor names each control after the JSON path it edits (see demo/editor/dom.js). */
const field = (path: string) => '#f-' + path.replace(/[^\w-]/g, '_')
const problems = (page: Page) => page.locator('#problems li').allTextContents()
const frame = (page: Page, view: string, locale: string) => page.frameLocator(`iframe[data-view="${view}"][data-locale="${locale}"]`)

async function openEditor(page: Page) {
  await page.goto(suite.servers.siteUrl + '/editor/')
  await page.click('#lang-en')
  await page.waitForSelector('#catalogue-pick option[value="google-ads"]', { state: 'attached' })
}

async function addCategory(page: Page, index: number, id: string, title: [string, string]) {
  await page.click('#add-category')
  await eventually(() => problems(page)).toContain(`error: categories[${index}].id is required`)
  await page.fill(field(`categories[${index}].id`), id)
  await page.fill(field(`categories[${index}].title.ja`), title[0])
  await page.fill(field(`categories[${index}].title.en`), title[1])
  await eventually(() => problems(page)).not.toContain(`error: categories[${index}].id is required`)
}

describe('the config editor', () => {
  it('builds a config from nothing, previews it in ja and en, and exports a file that passes check', async () => {
    const { page } = suite.opened
    await openEditor(page)
    await eventually(() => problems(page)).toEqual(expect.arrayContaining(['error: revision is required', 'error: policyUrl is required']))
    // The message also sits next to its field, and goes once the field is filled.
    await eventually(() => page.locator(field('revision')).getAttribute('aria-invalid')).toBe('true')
    await page.fill(field('revision'), '2026-12-01')
    await eventually(() => problems(page)).not.toContain('error: revision is required')
    expect(await page.locator(field('revision')).getAttribute('aria-invalid')).toBeNull()
    await page.fill(field('policyUrl'), '/privacy')
    await page.fill(field('controller.name.ja'), 'コンセントリー商店株式会社')
    await page.fill(field('controller.name.en'), 'Consentry Shop K.K.')

    await addCategory(page, 0, 'necessary', ['必須', 'Strictly necessary'])
    await page.check(field('categories[0].required'))
    await addCategory(page, 1, 'advertising', ['広告配信', 'Advertising'])

    await page.selectOption('#catalogue-pick', 'google-ads')
    await page.click('#add-from-catalogue')
    await eventually(() => page.locator(field('vendors[0].id')).inputValue()).toBe('google-ads')

    await page.click('#add-vendor')
    await page.fill(field('vendors[1].id'), 'shop-ads')
    await page.fill(field('vendors[1].name.ja'), '株式会社サンプル広告')
    await page.fill(field('vendors[1].name.en'), 'Sample Advertising Inc.')
    await page.selectOption(field('vendors[1].category'), 'advertising')
    await eventually(() => problems(page)).toContain('error: vendors[1] needs "country" (ISO 3166 code) or "countryUnknownReason" (APPI Art. 28)')
    await page.fill(field('vendors[1].country'), 'JP')
    await page.fill(field('vendors[1].purpose.ja'), '広告配信')
    await page.fill(field('vendors[1].purpose.en'), 'Ad delivery')
    await page.check(field('vendors[1].dataItems') + '-cookie-id')
    await eventually(() => problems(page)).toEqual([])
    await eventually(() => page.locator('#problems .count').textContent()).toBe('No problems: this config is valid.')

    await eventually(() => frame(page, 'banner', 'ja').locator('[data-consentry="banner"]').textContent()).toContain('すべて同意する')
    await eventually(() => frame(page, 'banner', 'en').locator('[data-consentry="banner"]').textContent()).toContain('Accept all')
    await eventually(() => frame(page, 'preferences', 'en').locator('[data-consentry="preferences"] input[data-category="advertising"]').count()).toBe(1)
    await eventually(() => frame(page, 'disclosure', 'en').locator('tr[data-vendor="shop-ads"]').textContent()).toContain('Sample Advertising Inc.')
    await eventually(() => frame(page, 'disclosure', 'ja').locator('tr[data-vendor="shop-ads"]').textContent()).toContain('株式会社サンプル広告')

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')])
    const file = join(scratch, 'consent.json')
    await download.saveAs(file)
    const exported = JSON.parse(readFileSync(file, 'utf8'))
    expect(exported.vendors.map((vendor: { id: string }) => vendor.id)).toEqual(['google-ads', 'shop-ads'])
    expect(exported.vendors[0].foreignSystemInfoUrl).toMatch(/^https:\/\/www\.ppc\.go\.jp\//)
    const { stdout } = await run(process.execPath, ['dist/cli/consentry.js', 'check', file])
    expect(stdout).toContain(': valid')
  })

  it('shows what changed since the loaded file and asks for a new revision', async () => {
    const { page } = suite.opened
    await openEditor(page)
    await page.setInputFiles('#open', 'demo/site/consent.json')
    await eventually(() => page.locator('#status').textContent()).toBe('Loaded consent.json.')
    await eventually(() => problems(page)).toEqual([])
    await eventually(() => page.locator('#diff-body').textContent()).toBe('Nothing changed since the loaded version.')
    await page.click('#b-vendors-3-remove')
    await eventually(() => page.locator('#diff-body li').allTextContents()).toEqual(['Removed (vendors): a8'])
    await eventually(() => page.locator('#bump-revision').textContent()).toContain('the revision is still “2025-09-30”')
    await page.click('#diff-body button[data-action="revision-today"]')
    await eventually(() => page.locator('#bump-revision').count()).toBe(0)
  })

  it('moves items up and down and keeps focus on the button that moved them', async () => {
    const { page } = suite.opened
    await openEditor(page)
    await page.fill('#paste', readFileSync('demo/site/consent.json', 'utf8'))
    await page.click('#load-pasted')
    await page.click('#b-categories-1-moveDown')
    await eventually(() => page.locator(field('categories[2].id')).inputValue()).toBe('advertising')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('b-categories-2-moveDown')
    await page.keyboard.press('Enter')
    await eventually(() => page.locator(field('categories[3].id')).inputValue()).toBe('advertising')
    await page.keyboard.press('Enter')
    await eventually(() => page.locator('#status').textContent()).toBe('It cannot move further.')
  })

  it('has no axe violations, with items, messages and previews on the page', async () => {
    const { page } = suite.opened
    await openEditor(page)
    await page.setInputFiles('#open', 'demo/site/consent.json')
    await page.selectOption('#catalogue-pick', 'meta-pixel')
    await page.click('#add-from-catalogue')
    for (const view of ['banner', 'preferences']) await frame(page, view, 'ja').locator(`[data-consentry="${view}"]`).waitFor()
    await frame(page, 'disclosure', 'en').locator('table').first().waitFor()
    // An unfinished category puts messages on the form; the previews keep the last valid config.
    await page.click('#add-category')
    await eventually(() => problems(page)).toContain('error: categories[4].id is required')
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.flatMap((violation) => violation.nodes.map((node) => violation.id + ': ' + node.target.join(' ')))).toEqual([])
  })

  it('can be used with the keyboard alone: Tab to "Add a category", add one and fill it in', async () => {
    const { page } = suite.opened
    await openEditor(page)
    await page.locator('body').focus()
    for (let presses = 0; presses < 200; presses++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === 'add-category') break
      await page.keyboard.press('Tab')
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-category')
    await page.keyboard.press('Enter')
    await page.keyboard.type('analytics')
    await page.keyboard.press('Tab')
    await page.keyboard.type('アクセス解析')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Analytics')
    await eventually(() => page.locator(field('categories[0].title.en')).inputValue()).toBe('Analytics')
    await eventually(() => page.locator('#f-categories_0_-legend').textContent()).toBe('Category 1: analytics')
    await eventually(() => problems(page)).not.toContain('error: categories[0].title is required')
    expect(await page.locator(field('categories[0].title.en')).evaluate((element) => element === document.activeElement)).toBe(true)
  })
})
