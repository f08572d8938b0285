import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const field = (path: string) => '#f-' + path.replace(/[^\w-]/g, '_')
const problems = (page: Page) => page.locator('#problems li').allTextContents()
// An English sentence: three words in a row, outside quoted values.
const english = /[a-z]{2,} [a-z]{2,} [a-z]{2,}/i

describe('the config editor in Japanese', () => {
  it('gives every message of its check list and beside the fields in Japanese', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/editor/')
    await page.click('#lang-ja')
    await page.waitForSelector('#catalogue-pick option[value="x-ads"]', { state: 'attached' })
    await eventually(() => problems(page)).toEqual(expect.arrayContaining(['エラー: revision は必須です', 'エラー: policyUrl は必須です']))
    await page.fill(field('revision'), '2026-12-01')
    await page.click('#add-category')
    await page.fill(field('categories[0].id'), 'ads')
    await page.fill(field('categories[0].title.ja'), '広告')
    await page.selectOption('#catalogue-pick', 'x-ads')
    await page.click('#add-from-catalogue')
    // A recipient abroad without its APPI Art. 28 details, while the shape is still broken elsewhere.
    await page.click('#add-vendor')
    await page.fill(field('vendors[1].id'), 'abroad')
    await page.selectOption(field('vendors[1].category'), 'ads')
    await page.fill(field('vendors[1].country'), 'US')
    await eventually(() => problems(page)).toEqual(
      expect.arrayContaining([
        'エラー: policyUrl は必須です',
        'エラー: vendors[1].name は必須です',
        'エラー: vendors[1].foreignSystemInfoUrl は外国にある送信先（所在国 "US"）では必須です（個人情報保護法28条）',
      ]),
    )
    await page.fill(field('expiresAfterDays'), '0')
    await eventually(() => problems(page)).toContain('エラー: expiresAfterDays は 1 から 3650 までの整数にしてください（数値になっています）')
    const listed = await problems(page)
    const beside = await page.locator('.field-msg').allTextContents()
    expect(listed.length).toBeGreaterThan(1)
    for (const text of [...listed, ...beside]) {
      expect(text).toMatch(/^(エラー|警告): /)
      expect(text.replace(/"[^"]*"/g, '').replace(/^\S+ \S+/, ''), text).not.toMatch(english)
    }
    // The catalogue's note names what to confirm by the form's labels, not by field names.
    const note = await page.locator('p', { hasText: 'カタログから追加' }).first().textContent()
    expect(note).toContain('送信先に確認してください: 送信先が講じている措置、名称（法人名）')
    expect(note).not.toMatch(/recipientMeasures|\bname\b/)
  })
})
