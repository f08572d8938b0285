import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { eventually, serveConfig, ui, useBrowserSuite } from './harness.js'
import * as en from '../../src/locales/en.js'
import { LANGUAGE_NAMES, LOCALE_TAGS, isRightToLeft, type LocaleText } from '../../src/locales/index.js'
import { LOCALE_IMPORTS } from '../../src/locales/imports.js'
import * as ja from '../../src/locales/ja.js'

const suite = useBrowserSuite()

const fixture = () => JSON.parse(readFileSync(new URL('./fixtures/consent.json', import.meta.url), 'utf8'))

/**
 * The test config with every text of the site's own in Japanese only, and a vendor that
 * declares every data item: whatever English the UI shows outside Japanese and English is
 * then the UI's own.
 */
function siteTextInJapanese() {
  const config = fixture()
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value && typeof value == 'object'
        ? 'ja' in value && 'en' in value
          ? { ja: (value as { ja: string }).ja }
          : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item)]))
        : value
  const stripped = strip(config) as ReturnType<typeof fixture>
  stripped.vendors[0].dataItems = Object.keys(en.dataItems)
  return stripped
}

const texts: Record<string, LocaleText> = { ja: ja as unknown as LocaleText, en: en as unknown as LocaleText }
for (const [tag, load] of Object.entries(LOCALE_IMPORTS)) texts[tag] = await load()
const others = LOCALE_TAGS.filter((tag) => tag != 'en')

/** A page of the fixture shop whose <html lang> is `lang`. */
async function shopIn(page: Page, lang: string, path = '/test/shop.html') {
  await page.route('**' + path, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`) })
  })
  await page.goto(suite.servers.siteUrl + path)
}

/** What the UI shows and announces: its text, and its accessible names and values. */
const uiText = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('consentry-root')!.shadowRoot!
    const attributes = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label'))
    return [...root.querySelectorAll('.root')].map((element) => (element as HTMLElement).innerText).join('\n') + '\n' + attributes.join('\n')
  })

const rootAttributes = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('consentry-root')!.shadowRoot!.querySelector('.root')!
    return { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') }
  })

// Every English string of the UI (dialog, record, data items), long enough to mean something.
const ENGLISH = Object.values(en).flatMap((section) => Object.values(section as Record<string, string>)).map((text) => text.trim()).filter((text) => text.length > 3)

async function openDialogWithVendors(page: Page) {
  await page.click(ui.customize)
  await page.waitForSelector(ui.preferences)
  await page.click(ui.vendorList('necessary'))
}

describe.each(others)('the interface in %s', (tag) => {
  it('banner and dialog speak it, with no English left, the country named in it, and its writing direction', async () => {
    const { page, requests } = suite.opened
    await serveConfig(page, siteTextInJapanese())
    await shopIn(page, tag)
    await page.waitForSelector(ui.banner)
    const t = texts[tag]!
    expect(await rootAttributes(page)).toEqual({ lang: tag, dir: isRightToLeft(tag) ? 'rtl' : 'ltr' })
    expect(await page.textContent(ui.acceptAll)).toBe(t.banner.acceptAll)
    expect(await page.textContent(ui.rejectAll)).toBe(t.banner.rejectAll)
    await openDialogWithVendors(page)
    await eventually(() => page.textContent('#consentry-dialog-title')).toBe(t.dialog.dialogTitle)
    const shown = await uiText(page)
    expect(ENGLISH.filter((english) => shown.includes(english))).toEqual([])
    // Intl.DisplayNames names the vendor's country (US) in the visitor's language.
    expect(shown).toContain(new Intl.DisplayNames([tag], { type: 'region' }).of('US'))
    expect(shown).toContain(t.dataItems['ip-address'])
    // ja is built into the chunks; every other locale is its own chunk.
    const localeChunks = requests.filter((url) => /consentry-locale-/.test(url)).map((url) => url.split('/').pop())
    expect(localeChunks).toEqual(tag == 'ja' ? [] : [`consentry-locale-${tag}.js`])
  })

  it('axe finds nothing in the banner and the dialog', async () => {
    const { page } = suite.opened
    await shopIn(page, tag)
    await page.waitForSelector(ui.banner)
    expect(await violations(page)).toEqual([])
    await openDialogWithVendors(page)
    await eventually(() => page.textContent('#consentry-dialog-title')).toBe(texts[tag]!.dialog.dialogTitle)
    expect(await violations(page)).toEqual([])
  })
})

/** WCAG 2.x A and AA violations inside the UI, as "rule: target" lines. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).include('#consentry-root').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.flatMap((violation) => violation.nodes.map((node) => violation.id + ': ' + node.target.join(' ')))
}

describe('right to left', () => {
  /** Where the banner's parts sit, in a box banner (it has a side) at 800 px. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!
      const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect()
      return {
        banner: { left: box('[data-consentry="banner"]').left, right: innerWidth - box('[data-consentry="banner"]').right },
        acceptLeft: box('[data-action="accept-all"]').left,
        rejectLeft: box('[data-action="reject-all"]').left,
      }
    })

  it.each(['ar', 'he'])('%s mirrors the layout of the first layer and the dialog', async (tag) => {
    const { page } = suite.opened
    await page.setViewportSize({ width: 800, height: 700 })
    await page.route('**/test/shop.html', async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace('<html lang="en">', `<html lang="${tag}">`).replace('</head>', '<style>#consentry-root{--consentry-position:box}</style></head>')
      await route.fulfill({ response, body })
    })
    await page.goto(suite.servers.siteUrl + '/test/shop.html')
    await page.waitForSelector(ui.banner)
    const rtl = await layout(page)
    // The same page in English: the box sits at the right, Accept first from the left.
    const english = await suite.browser.newPage({ viewport: { width: 800, height: 700 } })
    await english.route('**/test/shop.html', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, body: (await response.text()).replace('</head>', '<style>#consentry-root{--consentry-position:box}</style></head>') })
    })
    await english.goto(suite.servers.siteUrl + '/test/shop.html')
    await english.waitForSelector(ui.banner)
    const ltr = await layout(english)
    await english.close()
    expect(ltr.banner.right).toBe(16)
    expect(rtl.banner.left).toBe(16)
    expect(ltr.acceptLeft).toBeLessThan(ltr.rejectLeft)
    expect(rtl.acceptLeft).toBeGreaterThan(rtl.rejectLeft)

    await page.click(ui.customize)
    await page.waitForSelector(ui.preferences)
    const dialog = await page.evaluate(() => {
      const root = document.getElementById('consentry-root')!.shadowRoot!
      const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect()
      const direction = getComputedStyle(root.querySelector('[data-consentry="preferences"]')!).direction
      return { direction, closeLeft: box('[data-action="close"]').left, titleLeft: box('#consentry-dialog-title').left, switchLeft: box('input[data-category="advertising"]').left, labelLeft: box('label[for="consentry-category-advertising"]').left }
    })
    expect(dialog.direction).toBe('rtl')
    // Close sits at the start of the line in right-to-left: the left.
    expect(dialog.closeLeft).toBeLessThan(dialog.titleLeft)
    expect(dialog.switchLeft).toBeLessThan(dialog.labelLeft)
  })
})

describe('at 320 px', () => {
  // The README names the language whose banner is tallest at 320 px; this test measures it.
  it('no language overflows the banner or the dialog, and the README names the longest', async () => {
    const heights: Array<[string, number]> = []
    for (const tag of LOCALE_TAGS) {
      const page = await suite.opened.context.newPage()
      await page.setViewportSize({ width: 320, height: 640 })
      await shopIn(page, tag)
      await page.waitForSelector(ui.banner)
      const measured = await page.evaluate(() => {
        const root = document.getElementById('consentry-root')!.shadowRoot!
        const overflowing = [...root.querySelectorAll<HTMLElement>('[data-consentry="banner"], [data-consentry="banner"] *')].filter(
          (element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().right > innerWidth + 0.5,
        )
        const banner = root.querySelector<HTMLElement>('[data-consentry="banner"]')!
        return { overflowing: overflowing.map((element) => element.localName + '.' + element.className), height: banner.scrollHeight }
      })
      expect(measured.overflowing, tag + ' banner').toEqual([])
      heights.push([tag, measured.height])
      await page.click(ui.customize)
      await page.waitForSelector(ui.preferences)
      await page.click(ui.vendorList('necessary'))
      await eventually(() => page.textContent('#consentry-dialog-title')).toBe(texts[tag]!.dialog.dialogTitle)
      const dialogOverflow = await page.evaluate(() => {
        const root = document.getElementById('consentry-root')!.shadowRoot!
        return [...root.querySelectorAll<HTMLElement>('[data-consentry="preferences"], [data-consentry="preferences"] *')]
          .filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5 || element.getBoundingClientRect().left < -0.5)
          .map((element) => element.localName + '.' + element.className)
      })
      expect(dialogOverflow, tag + ' dialog').toEqual([])
      await page.close()
    }
    const [longest] = heights.sort((a, b) => b[1] - a[1])[0]!
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(`longest at 320 px: ${LANGUAGE_NAMES[longest as keyof typeof LANGUAGE_NAMES]} (\`${longest}\`)`)
  })
})

describe('negotiation and the visitor\'s choice', () => {
  it('zh-TW reads Traditional Chinese and pt-BR Portuguese, from navigator.languages when <html lang> names none offered', async () => {
    for (const [browserLocale, expected] of [['zh-TW', 'zh-Hant'], ['pt-BR', 'pt'], ['en-GB', 'en']] as const) {
      const context = await suite.browser.newContext({ locale: browserLocale })
      const page = await context.newPage()
      await page.route('**/test/shop.html', async (route) => {
        const response = await route.fetch()
        await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', '<html>') })
      })
      await page.goto(suite.servers.siteUrl + '/test/shop.html')
      await page.waitForSelector(ui.banner)
      expect((await rootAttributes(page)).lang).toBe(expected)
      await context.close()
    }
  })

  it('languages limits what is offered; the visitor switches in the dialog, and the next page keeps it', async () => {
    const { page } = suite.opened
    await serveConfig(page, { ...fixture(), languages: ['ja', 'ko', 'he'] })
    await shopIn(page, 'de')
    await page.waitForSelector(ui.banner)
    // German is not offered: the first offered language.
    expect((await rootAttributes(page)).lang).toBe('ja')
    await page.click(ui.customize)
    const select = '[data-consentry="preferences"] select[data-action="language"]'
    await page.waitForSelector(select)
    expect(await page.$$eval(select + ' option', (options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(['ja', 'ko', 'he'])
    await page.selectOption(select, 'he')
    await eventually(() => page.textContent('#consentry-dialog-title')).toBe(texts.he!.dialog.dialogTitle)
    expect(await rootAttributes(page)).toEqual({ lang: 'he', dir: 'rtl' })
    await page.click('[data-consentry="preferences"] [data-action="close"]')
    expect(await page.textContent(ui.acceptAll)).toBe(texts.he!.banner.acceptAll)
    await page.reload()
    await page.waitForSelector(ui.banner)
    expect(await page.textContent(ui.acceptAll)).toBe(texts.he!.banner.acceptAll)
  })

  it('a receipt names the language the visitor read when deciding', async () => {
    const { page } = suite.opened
    await shopIn(page, 'ko')
    await page.waitForSelector(ui.banner)
    await page.click(ui.rejectAll)
    await eventually(async () => (await suite.servers.storedReceipts()).map((receipt) => receipt.locale)).toEqual(['ko'])
    // Consentry's own errors; the fixture's tags may be refused by the browser's loopback rules.
    expect(suite.opened.consoleErrors.filter((line) => line.startsWith('consentry:'))).toEqual([])
  })
})

describe('a language of the site\'s own', () => {
  it('loads from consentry-locale-<tag>.js beside consentry.js, and its receipt names it', async () => {
    const { page, consoleErrors } = suite.opened
    // Words a site wrote for Norwegian Bokmål, in the locale files' shape (here: marked copies of the English).
    const words = Object.fromEntries(Object.entries(en).map(([section, strings]) => [section, Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, '[nb] ' + text]))]))
    await page.route('**/dist/consentry-locale-nb.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: `window[Symbol.for('consentry.locale-nb')] = ${JSON.stringify(words)}` }),
    )
    await serveConfig(page, { ...fixture(), languages: ['nb', 'en', 'ja'] })
    await shopIn(page, 'nb-NO')
    await page.waitForSelector(ui.banner)
    expect(await rootAttributes(page)).toEqual({ lang: 'nb', dir: 'ltr' })
    expect(await page.textContent(ui.acceptAll)).toBe('[nb] ' + en.banner.acceptAll)
    await page.click(ui.customize)
    await page.waitForSelector('[data-consentry="preferences"] select[data-action="language"]')
    expect(await page.textContent('[data-consentry="preferences"] option[value="nb"]')).toBe(new Intl.DisplayNames(['nb'], { type: 'language' }).of('nb'))
    await page.click('[data-consentry="preferences"] [data-action="dialog-reject-all"]')
    await eventually(async () => (await suite.servers.storedReceipts()).map((receipt) => receipt.locale)).toEqual(['nb'])
    expect(consoleErrors.filter((line) => line.startsWith('consentry:'))).toEqual([])
  })
})

describe('the placeholder and the external-transmission notice', () => {
  it('speak the visitor\'s language too', async () => {
    const { page } = suite.opened
    await page.route('**/test/embed.html', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="ja">', '<html lang="fr">') })
    })
    await page.goto(suite.servers.siteUrl + '/test/embed.html')
    await eventually(() => page.locator('#video ~ [data-consentry="placeholder"] [data-action="allow"], [data-consentry="placeholder"] [data-action="allow"]').first().textContent()).toBe(texts.fr!.placeholder.allow)

    await page.route('**/external-transmission', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, body: (await response.text()).replace(/<html lang="[a-z]+">/, '<html lang="it">') })
    })
    await page.goto(suite.servers.siteUrl + '/external-transmission')
    await page.waitForSelector('[data-consentry-disclosure] table')
    const heads = await page.$$eval('[data-consentry-disclosure] thead th', (cells) => cells.map((cell) => cell.textContent))
    expect(heads.slice(0, 3)).toEqual([texts.it!.disclosure.recipient, texts.it!.disclosure.dataItems, texts.it!.disclosure.purpose])
    expect(await page.textContent('[data-consentry-disclosure]')).toContain(new Intl.DisplayNames(['it'], { type: 'region' }).of('US'))
  })
})

describe('cost', () => {
  const chunkRequests = (requests: string[]) => requests.filter((url) => /\/dist\/consentry[^/]*\.js$/.test(url)).map((url) => url.split('/').pop()!).sort()

  it('a ja or en visitor downloads no locale chunk; a de visitor one, and the same otherwise', async () => {
    const loads: Record<string, string[]> = {}
    for (const tag of ['ja', 'en', 'de']) {
      const context = await suite.browser.newContext()
      const page = await context.newPage()
      const requests: string[] = []
      page.on('request', (request) => requests.push(request.url()))
      await shopIn(page, tag)
      await page.waitForSelector(ui.banner)
      await page.waitForLoadState('networkidle')
      loads[tag] = chunkRequests(requests)
      await context.close()
    }
    expect(loads.ja).toEqual(loads.en)
    expect(loads.ja!.some((file) => file.includes('locale'))).toBe(false)
    expect(loads.de).toEqual([...loads.en!, 'consentry-locale-de.js'].sort())
  })

  it('on a first visit the validator chunk starts the locale chunk\'s download, and the banner takes that one up', async () => {
    const { page, requests } = suite.opened
    await shopIn(page, 'de')
    await page.waitForSelector(ui.banner)
    await page.waitForLoadState('networkidle')
    expect(await page.$$eval('link[rel="preload"]', (links) => links.map((link) => (link as HTMLLinkElement).href.split('/').pop()))).toEqual(['consentry-locale-de.js'])
    expect(requests.filter((url) => url.endsWith('/consentry-locale-de.js'))).toHaveLength(1)
    expect(await page.textContent(ui.acceptAll)).toBe(texts.de!.banner.acceptAll)
  })

  it('a returning de visitor downloads consentry.js only', async () => {
    const { page, requests } = suite.opened
    await shopIn(page, 'de')
    await page.click(ui.acceptAll)
    await page.waitForFunction(() => consentry.get().decided)
    await page.waitForLoadState('networkidle')
    requests.length = 0
    await page.reload()
    await page.waitForFunction(() => consentry.get().decided)
    await page.waitForLoadState('networkidle')
    expect(chunkRequests(requests)).toEqual(['consentry.js'])
  })
})
