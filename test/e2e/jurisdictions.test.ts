import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, serveConfig, ui, useBrowserSuite } from './harness.js'

const suite = useBrowserSuite()
const baseConfig = () => JSON.parse(readFileSync(new URL('./fixtures/consent.json', import.meta.url), 'utf8'))
// The contract's policies (§8); the fixture's dmp vendor links to personal data, so Japan has it opt-in.
const POLICIES = [
  { id: 'eu', regions: ['EEA', 'GB', 'CH'], model: 'opt-in' },
  { id: 'us', regions: ['US-CA', 'US-CO', 'US-CT', 'US-VA', 'US-OR', 'US-TX'], model: 'opt-out' },
  { id: 'jp', regions: ['JP'], model: 'notice', categories: { advertising: 'opt-out', dmp: 'opt-in' } },
  { id: 'rest', regions: ['*'], model: 'opt-in' },
]
const withJurisdictions = (extra: Record<string, unknown> = {}, policies: unknown[] = POLICIES) => ({
  ...baseConfig(),
  jurisdictions: { policies, ...extra },
})

const state = (page: Page) => page.evaluate(() => consentry.get())
const ranTags = (page: Page) => page.evaluate(() => ((window as any).__tagOrder ?? []).slice().sort())
// Counted per page, from the browser's side: a request another test's page still had on its
// way to the shared tag server cannot land in this one's count.
const tagRequests = (requests: string[], from = 0) => requests.slice(from).filter((url) => url.startsWith(suite.servers.tagUrl))
const pixelRequested = () => tagRequests(suite.opened.requests).some((url) => new URL(url).pathname === '/pixel.gif')

/** Answers the region endpoint as told, counting the requests; `never` leaves them hanging. */
async function regionEndpoint(page: Page, answer: { status?: number; body?: string; never?: boolean; delayMs?: number }) {
  const calls: string[] = []
  await page.route('**/test/region', async (route) => {
    calls.push(route.request().url())
    if (answer.never) return
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    await route.fulfill({ status: answer.status ?? 200, contentType: 'application/json', body: answer.body ?? '{}' }).catch(() => {})
  })
  return calls
}

describe('jurisdictions: the region and the consent model it brings', () => {
  it('data-region JP: notice and opt-out tags run at once, the opt-in DMP waits for consent, and the banner asks for it', async () => {
    const { page } = suite.opened
    await serveConfig(page, withJurisdictions())
    await page.goto(suite.servers.siteUrl + '/test/regions-attr.html')
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    expect(await state(page)).toMatchObject({
      decided: false, region: 'JP', policy: 'jp',
      models: { necessary: 'required', advertising: 'opt-out', affiliate: 'notice', dmp: 'opt-in' },
      categories: { advertising: true, affiliate: true, dmp: false },
    })
    await page.waitForSelector(ui.banner)
    expect(pixelRequested()).toBe(false)
    await page.click(ui.acceptAll)
    await eventually(pixelRequested).toBe(true)
  })

  it('window.consentryRegion US-CA: opt-out tags run at once; Global Privacy Control keeps its gpc categories off', async () => {
    const { page, context } = suite.opened
    await serveConfig(page, withJurisdictions())
    await page.goto(suite.servers.siteUrl + '/test/regions.html?region=US-CA')
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    await eventually(pixelRequested).toBe(true)
    expect(await state(page)).toMatchObject({ decided: false, region: 'US-CA', policy: 'us', categories: { advertising: true, dmp: true } })

    const withGpc = await context.newPage()
    const gpcRequests: string[] = []
    withGpc.on('request', (request) => gpcRequests.push(request.url()))
    await withGpc.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
    await serveConfig(withGpc, withJurisdictions())
    await withGpc.goto(suite.servers.siteUrl + '/test/regions.html?region=US-CA')
    await withGpc.waitForFunction(() => consentry.get().region === 'US-CA')
    // Every optional category of the fixture honours GPC.
    expect(await state(withGpc)).toMatchObject({ categories: { advertising: false, affiliate: false, dmp: false } })
    expect(await ranTags(withGpc)).toEqual([])
    expect(tagRequests(gpcRequests)).toEqual([])
  })

  it('regionEndpoint answers the region; a returning visitor with a decision asks it nothing', async () => {
    const { page } = suite.opened
    await serveConfig(page, withJurisdictions({ regionEndpoint: '/test/region' }))
    const calls = await regionEndpoint(page, { body: '{ "region": "de" }' })
    await page.goto(suite.servers.siteUrl + '/test/regions.html')
    await page.waitForSelector(ui.banner)
    expect(await state(page)).toMatchObject({ region: 'DE', policy: 'eu', categories: { advertising: false, affiliate: false, dmp: false } })
    expect(await ranTags(page)).toEqual([])
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    expect(calls).toHaveLength(1)

    await page.reload()
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    expect(await state(page)).toMatchObject({ decided: true, region: 'DE', policy: 'eu' })
    expect(calls).toHaveLength(1)
  })

  for (const [name, answer] of [
    ['fails', { status: 500 }],
    ['answers something else', { body: 'not json' }],
    ['answers too late', { body: '{ "region": "US-CA" }', delayMs: 3000 }],
    ['never answers', { never: true }],
  ] as const) {
    it(`an endpoint that ${name} leaves the region unknown: everything optional stays blocked`, async () => {
      const { page } = suite.opened
      await serveConfig(page, withJurisdictions({ regionEndpoint: '/test/region', regionTimeoutMs: 300 }))
      await regionEndpoint(page, answer)
      await page.goto(suite.servers.siteUrl + '/test/regions.html')
      await page.waitForSelector(ui.banner)
      expect(await state(page)).toMatchObject({ region: 'unknown', policy: null, categories: { advertising: false, affiliate: false, dmp: false } })
      expect(await ranTags(page)).toEqual([])
      expect(tagRequests(suite.opened.requests)).toEqual([])
    })
  }

  it('a decision counts only under its policy: moving from US-CA to DE asks again, and nothing gated runs until then', async () => {
    const { page } = suite.opened
    await serveConfig(page, withJurisdictions())
    await page.goto(suite.servers.siteUrl + '/test/regions.html?region=US-CA')
    await page.evaluate(() => consentry.acceptAll())
    await page.waitForFunction(() => consentry.get().decided)
    // Opt-out tags ran on this page: let them finish before counting the next page's requests.
    await page.waitForFunction(() => ((window as any).__tagOrder ?? []).length === 2)
    await eventually(pixelRequested).toBe(true)
    const before = suite.opened.requests.length
    await page.goto(suite.servers.siteUrl + '/test/regions.html?region=DE')
    await page.waitForSelector(ui.banner)
    expect(await state(page)).toMatchObject({ decided: false, region: 'DE', policy: 'eu', categories: { advertising: false } })
    expect(await ranTags(page)).toEqual([])
    expect(tagRequests(suite.opened.requests, before)).toEqual([])
  })

  it('a change to the policy\'s definition asks again', async () => {
    const { page } = suite.opened
    await serveConfig(page, withJurisdictions())
    await page.goto(suite.servers.siteUrl + '/test/regions.html?region=JP')
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => consentry.get().decided)
    await page.unroute('**/test/consent.json')
    const stricter = POLICIES.map((policy) => (policy.id === 'jp' ? { ...policy, categories: { advertising: 'opt-in', dmp: 'opt-in' } } : policy))
    await serveConfig(page, withJurisdictions({}, stricter))
    await page.reload()
    await page.waitForSelector(ui.banner)
    expect(await state(page)).toMatchObject({ decided: false, policy: 'jp', models: { advertising: 'opt-in' }, categories: { advertising: false } })
  })

  it('the receipt carries the region and the policy', async () => {
    const { page } = suite.opened
    await serveConfig(page, withJurisdictions())
    await page.goto(suite.servers.siteUrl + '/test/regions.html?region=JP')
    await page.click(ui.rejectAll)
    const { id } = await state(page)
    // Found by its id: an earlier test's receipt may still be on its way to the same collector.
    const ours = () => suite.servers.storedReceipts().then((receipts) => receipts.find((receipt) => receipt.id === id))
    await eventually(ours).toBeTruthy()
    expect(await ours()).toMatchObject({ region: 'JP', policy: 'jp', method: 'reject-all', categories: { advertising: false, affiliate: true, dmp: false } })
  })

  it('a config without jurisdictions reports no region, no policy and opt-in everywhere', async () => {
    const { page } = suite.opened
    await page.goto(suite.servers.siteUrl + '/test/regions.html?region=US-CA')
    await page.waitForSelector(ui.banner)
    expect(await state(page)).toMatchObject({ region: null, policy: null, models: { advertising: 'opt-in', dmp: 'opt-in' }, categories: { advertising: false } })
    expect(await ranTags(page)).toEqual([])
  })
})
