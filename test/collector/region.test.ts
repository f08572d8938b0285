// GET /region, over real HTTP, with the IP-to-country database installed from npm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCollector, createSqliteStore } from '../../src/collector/index.js'
import { createIpCountryLookup, regionFromHeaders } from '../../src/collector/region.js'
import { readCollectorConfig } from '../../src/collector/config.js'

const ORIGIN = 'https://shop.example'

describe('regionFromHeaders', () => {
  it('reads Cloudflare, CloudFront and Vercel, subdivision with or without its country', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })).toBe('US-CA')
    expect(regionFromHeaders({ 'cloudfront-viewer-country': 'jp' })).toBe('JP')
    expect(regionFromHeaders({ 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'WA' })).toBe('US-WA')
    expect(regionFromHeaders({ 'x-vercel-ip-country': 'DE', 'x-vercel-ip-country-region': 'DE-BY' })).toBe('DE-BY')
    // Cloudflare's "XX" (unknown) and "T1" (Tor) are no country: the next source is asked.
    expect(regionFromHeaders({ 'cf-ipcountry': 'XX', 'x-vercel-ip-country': 'FR' })).toBe('FR')
    expect(regionFromHeaders({ 'cf-ipcountry': 'T1' })).toBeNull()
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'not a code' })).toBe('US')
    expect(regionFromHeaders({})).toBeNull()
  })

  it('believes only the headers it is given', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'US' }, [])).toBeNull()
    expect(regionFromHeaders({ 'x-geo-country': 'NO', 'x-geo-region': '03' }, [['X-Geo-Country', 'X-Geo-Region']])).toBe('NO-03')
    expect(readCollectorConfig({ REGION_HEADERS: 'x-geo-country:x-geo-region' }).regionHeaders).toEqual([['x-geo-country', 'x-geo-region']])
    expect(readCollectorConfig({ REGION_HEADERS: 'none' }).regionHeaders).toEqual([])
    expect(() => readCollectorConfig({ REGION_HEADERS: 'bad header!' })).toThrow('REGION_HEADERS: "bad header!"')
  })
})

describe('the IP database', () => {
  const lookup = createIpCountryLookup()
  it('knows the country of IPv4 and IPv6 addresses, and nothing of private ones', async () => {
    // Google's public resolver is registered in the US (ARIN); 133.11.0.0/16 (the University of
    // Tokyo) and 2400:4050::/32 (NTT's OCN) in Japan; APNIC's 1.0.0.0/24 in Australia.
    expect(await lookup('8.8.8.8')).toBe('US')
    expect(await lookup('133.11.0.1')).toBe('JP')
    expect(await lookup('::ffff:133.11.0.1')).toBe('JP')
    expect(await lookup('1.0.0.1')).toBe('AU')
    expect(await lookup('2001:4860:4860::8888')).toBe('US')
    expect(await lookup('2400:4050::1')).toBe('JP')
    for (const address of ['127.0.0.1', '::1', '10.0.0.1', 'not an address']) expect(await lookup(address), address).toBeNull()
  })
})

describe('GET /region', () => {
  let url: string
  const collector = createCollector({ store: createSqliteStore(':memory:'), allowedOrigins: [ORIGIN], trustProxy: ['127.0.0.1'] })
  beforeAll(async () => ({ url } = await collector.listen(0)))
  afterAll(() => collector.close())
  const region = (headers: Record<string, string>) => fetch(url + '/region', { headers: { origin: ORIGIN, ...headers } })

  it('answers from a CDN header, with CORS for the site and Cache-Control: private', async () => {
    const response = await region({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ region: 'US-CA' })
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    expect(response.headers.get('cache-control')).toBe('private')
  })

  it('without a header, answers from the client address (through a trusted proxy here), else unknown', async () => {
    expect(await (await region({ 'x-forwarded-for': '133.11.0.1' })).json()).toEqual({ region: 'JP' })
    expect(await (await region({ 'x-forwarded-for': '2001:4860:4860::8888' })).json()).toEqual({ region: 'US' })
    // The test's own loopback address is in no country.
    expect(await (await region({})).json()).toEqual({ region: 'unknown' })
  })

  it('refuses pages of other origins', async () => {
    const response = await fetch(url + '/region', { headers: { origin: 'https://evil.example' } })
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })
})
