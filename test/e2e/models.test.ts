import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, focusedHooks, serveConfig, ui, useBrowserSuite } from './harness.js'

// The three consent models at work in the first layer, the opt-out link and Consent Mode (CONTRACT.md §8).
const suite = useBrowserSuite()
const baseConfig = () => JSON.parse(readFileSync(new URL('./fixtures/consent.json', import.meta.url), 'utf8'))
const POLICIES = [
  { id: 'eu', regions: ['EEA', 'GB', 'CH'], model: 'opt-in' },
  { id: 'us', regions: ['US-CA', 'US-CO'], model: 'opt-out' },
  { id: 'jp', regions: ['JP'], model: 'notice', categories: { advertising: 'opt-out', dmp: 'opt-in' } },
  // Outside Japan a linking DMP may be told about only (APPI Art. 31 is Japan's rule).
  { id: 'sg', regions: ['SG'], model: 'notice' },
]
const withPolicies = (policies: unknown[] = POLICIES, extra: Record<string, unknown> = {}) => ({ ...baseConfig(), ...extra, jurisdictions: { policies } })

const notice = '[data-consentry="notice"]'
const inNotice = (action: string) => `${notice} [data-action="${action}"]`
const state = (page: Page) => page.evaluate(() => consentry.get())
const ranTags = (page: Page) => page.evaluate(() => ((window as any).__tagOrder ?? []).slice().sort())
const optOutLinkHidden = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('[data-consentry-opt-out]')!.hidden)
const receiptOf = (id: string | null) => () => suite.servers.storedReceipts().then((receipts) => receipts.find((receipt) => receipt.id === id))
const open = async (page: Page, region: string, config: unknown = withPolicies()) => {
  await serveConfig(page, config)
  await page.goto(suite.servers.siteUrl + '/test/regions.html?region=' + region)
  await page.waitForFunction(() => consentry.get().region !== null)
}

describe('opt-out: the first layer is a notice with the opt-out control', () => {
  it('US-CA: tags run at once, the notice layer tells and offers the opt-out, and opting out is recorded', async () => {
    const { page } = suite.opened
    await open(page, 'US-CA')
    await page.waitForSelector(notice)
    expect(await page.locator(ui.banner).count()).toBe(0)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    expect(await state(page)).toMatchObject({ decided: false, policy: 'us', categories: { advertising: true, affiliate: true, dmp: true } })
    // What is sent for which purpose, and to whom.
    const text = await page.locator(notice).innerText()
    expect(text).toContain('Advertising')
    expect(text).toContain('Sample Affiliate Inc.')
    expect(await page.locator(notice).evaluate((element) => element.localName)).toBe('section')
    expect(await optOutLinkHidden(page)).toBe(false)

    await page.click(inNotice('opt-out'))
    await page.waitForSelector(notice, { state: 'detached' })
    const decided = await state(page)
    expect(decided).toMatchObject({ decided: true, categories: { advertising: false, affiliate: false, dmp: false } })
    await eventually(receiptOf(decided.id)).toBeTruthy()
    expect(await receiptOf(decided.id)()).toMatchObject({ method: 'opt-out', region: 'US-CA', policy: 'us', categories: { advertising: false, dmp: false } })

    await page.reload()
    await page.waitForFunction(() => consentry.get().decided)
    expect(await ranTags(page)).toEqual([])
    expect(await page.locator(notice).count()).toBe(0)
  })

  it('Global Privacy Control in an opt-out region: its categories stay off and a receipt records method gpc', async () => {
    const { context } = suite.opened
    const page = await context.newPage()
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
    await open(page, 'US-CO')
    const { id, decided, categories } = await state(page)
    expect({ decided, categories }).toMatchObject({ decided: true, categories: { advertising: false, affiliate: false, dmp: false } })
    await eventually(receiptOf(id)).toBeTruthy()
    expect(await receiptOf(id)()).toMatchObject({ method: 'gpc', gpc: true, event: 'given', region: 'US-CO', policy: 'us' })
    expect(await ranTags(page)).toEqual([])
    // Recorded once: the next page view finds the decision and sends nothing new.
    await page.reload()
    await page.waitForFunction(() => consentry.get().decided)
    expect((await state(page)).id).toBe(id)
  })

  it('the opt-out link opens the preferences at the first opt-out switch, and is hidden where nothing is opt-out', async () => {
    const { page } = suite.opened
    await open(page, 'US-CA')
    await page.waitForSelector(notice)
    await page.click('[data-consentry-opt-out]')
    await page.waitForSelector(ui.preferences)
    await eventually(() => focusedHooks(page).then((hooks) => hooks?.category)).toBe('advertising')
    await page.click(ui.category('advertising'))
    await page.click(ui.save)
    await page.waitForFunction(() => consentry.get().decided)
    expect(await state(page)).toMatchObject({ categories: { advertising: false, affiliate: true, dmp: true } })

    const eu = await suite.opened.context.newPage()
    await open(eu, 'DE')
    await eu.waitForSelector(ui.banner)
    expect(await optOutLinkHidden(eu)).toBe(true)
  })
})

describe('notice: told, not asked', () => {
  it('SG: everything runs, the switches cannot be turned off, and a closed notice stays closed until the policy changes', async () => {
    const { page } = suite.opened
    await open(page, 'SG')
    await page.waitForSelector(notice)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    expect(await state(page)).toMatchObject({ decided: false, policy: 'sg', models: { advertising: 'notice', dmp: 'notice' }, categories: { advertising: true, dmp: true } })
    // Nothing to opt out of: no opt-out control, and the site's opt-out link is hidden.
    expect(await page.locator(inNotice('opt-out')).count()).toBe(0)
    expect(await optOutLinkHidden(page)).toBe(true)
    await page.click(inNotice('customize'))
    await page.waitForSelector(ui.preferences)
    expect(await page.locator(ui.category('advertising')).isDisabled()).toBe(true)
    expect(await page.locator(ui.category('advertising')).isChecked()).toBe(true)
    await page.keyboard.press('Escape')
    await page.waitForSelector(ui.preferences, { state: 'detached' })

    await page.click(inNotice('close'))
    await page.waitForSelector(notice, { state: 'detached' })
    // Closing is not consent.
    expect(await state(page)).toMatchObject({ decided: false, id: null })
    await page.reload()
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    // No first layer and not even the UI chunk: the visitor closed this notice already.
    expect(await page.locator('#consentry-root').count()).toBe(0)
    expect(suite.opened.requests.filter((url) => url.endsWith('/consentry-ui.js'))).toHaveLength(2 - 1)

    // A changed definition tells again.
    await page.unroute('**/test/consent.json')
    const changed = POLICIES.map((policy) => (policy.id === 'sg' ? { ...policy, categories: { dmp: 'opt-out' } } : policy))
    await serveConfig(page, withPolicies(changed))
    await page.reload()
    await page.waitForSelector(notice)
    expect(await page.locator(inNotice('opt-out')).count()).toBe(1)
  })

  it('JP, notice with an opt-in DMP: the banner asks, because something is opt-in', async () => {
    const { page } = suite.opened
    await open(page, 'JP')
    await page.waitForSelector(ui.banner)
    expect(await page.locator(notice).count()).toBe(0)
    // Advertising is opt-out there: the site's opt-out link is shown.
    expect(await optOutLinkHidden(page)).toBe(false)
  })

  it('the notice layer is axe clean, reached and left by keyboard, and closes on Escape without taking focus from the page', async () => {
    const { page } = suite.opened
    for (const [region, colorScheme] of [['US-CA', 'light'], ['SG', 'dark']] as const) {
      await page.emulateMedia({ colorScheme })
      await open(page, region)
      await page.waitForSelector(notice)
      const results = await new AxeBuilder({ page }).include('#consentry-root').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      expect(results.violations.map((violation) => violation.id), region).toEqual([])
      // Not modal: the page's own link stays reachable, and the layer's buttons are in the tab order.
      expect(await page.evaluate(() => document.querySelector('#consentry-root')!.shadowRoot!.querySelector('dialog'))).toBeNull()
      await page.evaluate(() => document.body.prepend(Object.assign(document.createElement('button'), { textContent: 'Search' })))
      const reached = new Set<string>()
      for (let step = 0; step < 8; step++) {
        await page.keyboard.press('Tab')
        const hooks = await focusedHooks(page)
        if (hooks?.action) reached.add(hooks.action)
      }
      expect([...reached].sort(), region).toEqual(region == 'SG' ? ['close', 'customize'] : ['close', 'customize', 'opt-out'])
      await page.locator(inNotice('close')).focus()
      await page.keyboard.press('Escape')
      await page.waitForSelector(notice, { state: 'detached' })
      // Focus went back to a control of the page that is shown (SG hides the opt-out link), not to the body.
      const focused = await page.evaluate(() => [document.activeElement?.localName, document.activeElement!.getClientRects().length > 0])
      expect(focused, region).toEqual([region == 'SG' ? 'button' : 'a', true])
      await page.evaluate(() => localStorage.clear())
    }
  })
})

describe('Google Consent Mode follows the model', () => {
  const consentCommands = (page: Page) =>
    page.evaluate(() => ((window as any).dataLayer as unknown[]).filter((entry: any) => entry?.[0] === 'consent').map((entry: any) => [entry[1], entry[2].ad_storage]))

  it('opt-out and notice categories are granted before any decision; opt-in ones are denied', async () => {
    const { page } = suite.opened
    for (const [region, expected] of [
      ['US-CA', 'granted'],
      ['SG', 'granted'],
      ['DE', 'denied'],
    ] as const) {
      await open(page, region, withPolicies(POLICIES, { googleConsentMode: true }))
      await eventually(() => consentCommands(page).then((commands) => commands.at(-1)?.[1])).toBe(expected)
      await page.evaluate(() => localStorage.clear())
    }
    // A second page view with the config already validated starts from the granted default.
    await open(page, 'US-CA', withPolicies(POLICIES, { googleConsentMode: true }))
    await open(page, 'US-CA', withPolicies(POLICIES, { googleConsentMode: true }))
    expect((await consentCommands(page))[0]).toEqual(['default', 'granted'])
  })
})
