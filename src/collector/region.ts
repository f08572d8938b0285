/// <reference types="node" />
/**
 * GET /region: the visitor's region for the SDK's `jurisdictions.regionEndpoint`
 * (CONTRACT.md §8), from the headers a CDN in front of the collector adds, else from the
 * client address and an IP-to-country database installed from npm (no download at run time).
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { isIP } from 'node:net'
import type { IncomingHttpHeaders } from 'node:http'
import { countryOf } from '../core/jurisdiction/regions.js'
import { plainAddress } from './http.js'

/** A header with the visitor's country, and optionally the one with its ISO 3166-2 subdivision. */
export type RegionHeader = [country: string, subdivision?: string]

/** Cloudflare, Amazon CloudFront and Vercel, as their documentation names them. */
export const DEFAULT_REGION_HEADERS: RegionHeader[] = [
  ['cf-ipcountry', 'cf-region-code'],
  ['cloudfront-viewer-country', 'cloudfront-viewer-country-region'],
  ['x-vercel-ip-country', 'x-vercel-ip-country-region'],
]

const header = (headers: IncomingHttpHeaders, name: string) => String(headers[name.toLowerCase()] ?? '').trim().toUpperCase()

/**
 * The region the first of `names` gives: "US-CA", or "US" without a usable subdivision. CDNs
 * send the subdivision without its country ("CA"); some send it whole ("US-CA"). A code that
 * is no assigned country (Cloudflare's "XX" for unknown, "T1" for Tor) is skipped.
 */
export function regionFromHeaders(headers: IncomingHttpHeaders, names: RegionHeader[] = DEFAULT_REGION_HEADERS): string | null {
  for (const [countryName, subdivisionName] of names) {
    const country = header(headers, countryName)
    if (countryOf(country) !== country) continue
    const subdivision = subdivisionName ? header(headers, subdivisionName).replace(country + '-', '') : ''
    return /^[A-Z\d]{1,3}$/.test(subdivision) ? country + '-' + subdivision : country
  }
  return null
}

/** Address ranges sorted by start, with the country of each. */
interface Ranges<T> {
  starts: T[]
  ends: T[]
  countries: string[]
}

const IP_PACKAGE = '@ip-location-db/geo-whois-asn-country'

async function readRanges<T>(file: string, parse: (text: string) => T): Promise<Ranges<T>> {
  const ranges: Ranges<T> = { starts: [], ends: [], countries: [] }
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    const [start, end, country] = line.split(',')
    if (!start || !end || !country) continue
    ranges.starts.push(parse(start))
    ranges.ends.push(parse(end))
    ranges.countries.push(country.trim())
  }
  return ranges
}

function find<T>(ranges: Ranges<T>, address: T): string | null {
  let low = 0
  let high = ranges.starts.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (ranges.starts[middle]! > address) high = middle - 1
    else if (ranges.ends[middle]! < address) low = middle + 1
    else return ranges.countries[middle]!
  }
  return null
}

const ipv4Number = (address: string) => address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0)

function ipv6Number(address: string): bigint {
  // An IPv4 tail ("::ffff:192.0.2.1") is two groups of the address.
  const v4 = address.match(/(\d+\.\d+\.\d+\.\d+)$/)
  const text = v4 ? address.slice(0, -v4[1]!.length) + ((ipv4Number(v4[1]!) >>> 16).toString(16) + ':' + (ipv4Number(v4[1]!) & 0xffff).toString(16)) : address
  const [head, tail = ''] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = text.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return groups.reduce((sum, group) => (sum << 16n) + BigInt(parseInt(group || '0', 16)), 0n)
}

export type CountryLookup = (address: string) => Promise<string | null>

/**
 * The country of an IPv4 or IPv6 address from the installed database, or null when it is
 * not installed or has no range for the address. The database is read on first use.
 */
export function createIpCountryLookup(log: (message: string) => void = () => {}): CountryLookup {
  let loading: Promise<{ v4: Ranges<number>; v6: Ranges<bigint> } | null> | null = null
  const load = () =>
    (loading ??= (async () => {
      try {
        const directory = createRequire(import.meta.url).resolve(IP_PACKAGE + '/package.json').replace(/package\.json$/, '')
        const [v4, v6] = await Promise.all([
          readRanges(directory + 'geo-whois-asn-country-ipv4-num.csv', Number),
          readRanges(directory + 'geo-whois-asn-country-ipv6-num.csv', BigInt),
        ])
        return { v4, v6 }
      } catch (error) {
        log('consentry-collector: /region has no IP database (' + IP_PACKAGE + ' is not installed: ' + (error as Error).message.split('\n')[0] + '); it answers from CDN headers only')
        return null
      }
    })())
  return async (address) => {
    const plain = plainAddress(address.replace(/%.*$/, ''))
    const version = isIP(plain)
    if (!version) return null
    const db = await load()
    if (!db) return null
    const country = version === 4 ? find(db.v4, ipv4Number(plain)) : find(db.v6, ipv6Number(plain))
    return country && countryOf(country) === country ? country : null
  }
}
