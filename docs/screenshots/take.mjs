// `npm run screenshots`: the banner, the dialog, the external-transmission notice and a
// placeholder, in Japanese and English, on a desktop and a 390 px phone, from the built dist/
// in Debian's Chromium, into this folder.
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { startServers } from '../../demo/server.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const DEVICES = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } }
const out = (name) => new URL(name + '.png', import.meta.url).pathname
const testConfig = JSON.parse(readFileSync(new URL('../../test/e2e/fixtures/consent.json', import.meta.url), 'utf8'))

const servers = await startServers({ port: 0, tagPort: 0 })
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true })
try {
  for (const lang of ['ja', 'en']) {
    for (const [device, viewport] of Object.entries(DEVICES)) {
      const context = await browser.newContext({ viewport, locale: lang == 'ja' ? 'ja-JP' : 'en-US', deviceScaleFactor: 1 })
      const page = await context.newPage()
      const name = (view) => out(`${view}-${lang}-${device}`)
      await page.goto(`${servers.siteUrl}/?lang=${lang}`)
      await page.waitForSelector('[data-consentry="banner"]')
      await page.screenshot({ path: name('banner') })
      await page.click('[data-consentry="banner"] [data-action="customize"]')
      await page.waitForSelector('[data-consentry="preferences"]')
      await page.click('[data-consentry="preferences"] section:has(input[data-category="necessary"]) summary')
      await page.screenshot({ path: name('dialog') })
      await page.click('[data-consentry="preferences"] [data-action="save"]')
      await page.goto(`${servers.siteUrl}/external-transmission?lang=${lang}`)
      await page.waitForSelector('.consentry-disclosure tbody tr')
      await page.locator('.consentry-disclosure').screenshot({ path: name('notice') })
      // The placeholder page of the browser tests, with its config in this language.
      await page.route('**/test/consent.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...testConfig, locale: lang }) }))
      await page.goto(`${servers.siteUrl}/test/embed.html`)
      const placeholder = page.locator('[data-consentry="placeholder"]').first()
      await placeholder.waitFor()
      await placeholder.screenshot({ path: name('placeholder') })
      await context.close()
      console.log(`screenshots: ${lang} ${device}`)
    }
  }
} finally {
  await browser.close()
  await servers.close()
}
