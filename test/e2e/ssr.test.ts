// The ESM build on a server: Node, no window, no document.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { encodeDecision } from '../../src/adapters/storage/codec.js'
import type * as Consentry from '../../src/entries/index.js'

const config = JSON.parse(readFileSync(new URL('../../examples/consent.json', import.meta.url), 'utf8'))
const load = () => import('../../dist/esm/index.js' as string) as Promise<typeof Consentry>
const cookieFor = (revision: string, granted: string[], vendorsOff: string[] = []) =>
  'consentry=' + encodeDecision({ revision, decidedAt: Date.now(), granted, denied: [], vendorsOff, gpc: false, id: 'r-' + granted.join('-') })

afterEach(() => vi.restoreAllMocks())

describe('the ESM build in Node', () => {
  it('imports without a window and gives an undecided, read-only instance', async () => {
    expect(typeof window).toBe('undefined')
    const { createConsentry } = await load()
    const consentry = createConsentry(config)
    await consentry.ready
    expect(consentry.errors).toEqual([])
    expect(consentry.get()).toMatchObject({ decided: false })
    expect(consentry.$granted('video', 'video-host').get()).toBe(false)
    expect(() => (consentry.acceptAll(), consentry.show(), consentry.withdraw())).not.toThrow()
    expect(consentry.get().decided).toBe(false)
  })

  it('holds the decision of the request\'s cookie, one instance per request', async () => {
    const { createConsentry } = await load()
    const video = createConsentry(config, { cookie: 'a=b; ' + cookieFor(config.revision, ['necessary', 'video']) })
    const videoHostOff = createConsentry(config, { cookie: cookieFor(config.revision, ['necessary', 'video'], ['video-host']) })
    const stale = createConsentry(config, { cookie: cookieFor('2020-01-01', ['necessary', 'video', 'advertising']) })
    const garbled = createConsentry(config, { cookie: 'consentry=1|x|y' })

    expect(video.get()).toMatchObject({ decided: true, categories: { video: true, advertising: false } })
    expect(video.$granted('video', 'video-host').get()).toBe(true)
    expect(video.$granted('advertising').get()).toBe(false)
    expect(videoHostOff.$granted('video').get()).toBe(true)
    expect(videoHostOff.$granted('video', 'video-host').get()).toBe(false)
    // An earlier revision, or a cookie that does not decode, is no decision at all.
    expect(stale.get().decided).toBe(false)
    expect(garbled.get().decided).toBe(false)
  })

  it('takes the request\'s region as the page\'s data-region would be read: trimmed and upper-cased', async () => {
    const { createConsentry } = await load()
    const withPolicies = { ...config, jurisdictions: { policies: [{ id: 'us', regions: ['US-CA'], model: 'opt-out' }] } }
    expect(createConsentry(withPolicies, { region: ' us-ca ' }).get()).toMatchObject({ region: 'US-CA', policy: 'us', categories: { advertising: true } })
    expect(createConsentry(withPolicies).get()).toMatchObject({ region: 'unknown', policy: null, categories: { advertising: false } })
  })

  it('reports an invalid config on the server too', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { createConsentry } = await load()
    const consentry = createConsentry({ ...config, policyUrl: undefined }, { cookie: cookieFor(config.revision, ['video']) })
    expect(consentry.errors).toEqual(['policyUrl is required'])
    expect(error).toHaveBeenCalledWith('consentry: policyUrl is required')
    expect(consentry.get().decided).toBe(false)
  })
})
