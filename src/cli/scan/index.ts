/// <reference types="node" />
/**
 * consentry scan: loads a page in headless Chromium, before any consent, and reports what
 * no vendor in the config covers. playwright-core is loaded only for this command.
 */
import type { Config } from '../../core/config/types.js'
import { reportText, scanReport, type PageObservation } from './report.js'
import { inMarkup } from './markup.js'

export interface ScanOptions {
  url: string
  config: Config | null
  format: 'text' | 'json'
  /** How long to wait for the page to go quiet, in milliseconds. */
  timeoutMs: number
}

// The flags every Chromium launch here uses; the browser comes from the system, never a download.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

async function observe(url: string, timeoutMs: number): Promise<PageObservation> {
  let playwright: typeof import('playwright-core')
  try {
    playwright = await import('playwright-core')
  } catch {
    throw new Error('consentry scan needs playwright-core (npm install playwright-core) and a Chromium ($CHROMIUM_PATH or /usr/bin/chromium)')
  }
  const browser = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  })
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    const requests: PageObservation['requests'] = []
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }))
    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs })
    const html = (await response?.text().catch(() => '')) ?? ''
    // Tags keep loading after `load`; a page that never goes quiet is reported as it stands.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {})
    const liveTags = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement | HTMLIFrameElement | HTMLImageElement>('script[src], iframe[src], img[src]')]
        // Gated markup, and gated markup Consentry has let run, are already under its control.
        .filter((element) => !element.hasAttribute('data-consent') && !element.hasAttribute('data-consentry-activated'))
        .map((element) => ({
          tag: element.localName as 'script' | 'iframe' | 'img',
          src: element.src,
          type: element.getAttribute('type'),
          written: element.getAttribute('src')!,
        })),
    )
    // Tags a vendor's domains hold: their URL waits in data-consentry-src.
    const heldTags = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('script[data-consentry-src], iframe[data-consentry-src], img[data-consentry-src]')].map((element) => ({
        tag: element.localName as 'script' | 'iframe' | 'img',
        src: new URL(element.getAttribute('data-consentry-src')!, document.baseURI).href,
        type: element.getAttribute('data-consentry-type') || null,
        written: element.getAttribute('data-consentry-src')!,
      })),
    )
    const gatedVendorUrls = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLScriptElement | HTMLIFrameElement | HTMLImageElement>('[data-consentry-activated][data-vendor][src]')].map((element) => [
          element.src,
          element.getAttribute('data-vendor')!,
        ]),
      ),
    )
    return {
      url: page.url(),
      requests,
      gatedVendorUrls,
      cookies: (await context.cookies()).map(({ name, domain }) => ({ name, domain })),
      liveTags: liveTags.map(({ written, ...tag }) => ({ ...tag, insertedByScript: !inMarkup(html, tag.tag, written) })),
      heldTags: heldTags.map(({ written, ...tag }) => ({ ...tag, insertedByScript: !inMarkup(html, tag.tag, written) })),
    }
  } finally {
    await browser.close()
  }
}

/** Runs the scan; exit code 1 when anything is left uncovered or ungated. */
export async function scan(options: ScanOptions): Promise<{ code: number; stdout: string }> {
  const report = scanReport(await observe(options.url, options.timeoutMs), options.config)
  const clean = !report.uncoveredHosts.length && !report.uncoveredCookies.length && !report.ungatedTags.length && !report.preloadedTags.length
  const stdout = options.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : reportText(report) + '\n'
  return { code: clean ? 0 : 1, stdout }
}
