import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { eventually, serveConfig, useBrowserSuite } from './harness.js'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/consent.json', import.meta.url), 'utf8'))
const suite = useBrowserSuite()

describe('an invalid config in the browser', () => {
  it('logs every problem in one page view: the shape and the rules between fields', async () => {
    const { page, consoleErrors } = suite.opened
    const config = structuredClone(fixture)
    delete config.revision
    delete config.vendors[0].recipientMeasures
    config.vendors[1].category = 'advertsing'
    await serveConfig(page, config)
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.evaluate(() => consentry.ready)
    await eventually(() => consoleErrors.length).toBe(3)
    expect(consoleErrors).toEqual([
      'consentry: revision is required',
      'consentry: vendors[0].recipientMeasures is required for a recipient outside Japan (country "US", APPI Art. 28)',
      'consentry: vendors[1].category "advertsing" is not the id of any category',
    ])
  })
})
