/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { DEFAULT_REGION_HEADERS, type RegionHeader } from './region.js'
import { validateConfig } from '../core/config/index.js'
import type { Config } from '../core/config/types.js'

export interface CollectorConfig {
  port: number
  host: string
  databaseUrl: string | null
  sqlitePath: string
  allowedOrigins: string[]
  readToken: string | null
  maxBodyBytes: number
  rateLimitPerMinute: number
  retentionDays: number
  /** Reverse proxies whose X-Forwarded-For is believed. */
  trustProxy: string[]
  maxConnections: number
  maxConnectionsPerClient: number
  /** How far a receipt's timestamp may be from the collector's clock. */
  maxClockSkewHours: number
  /** The site's consent config file (CONSENTRY_CONFIG), or null. */
  siteConfigPath: string | null
  /** CDN headers /region believes (REGION_HEADERS), country and subdivision; empty to believe none. */
  regionHeaders: RegionHeader[]
}

function integer(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(name + ' must be a whole number from ' + min + ' to ' + max + ', got "' + raw + '"')
  return value
}

/** The collector's settings from environment variables; every bad value is named in the error. */
export function readCollectorConfig(env: Record<string, string | undefined> = process.env): CollectorConfig {
  const problems: string[] = []
  const attempt = <T>(read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (error) {
      problems.push((error as Error).message)
      return fallback
    }
  }
  const databaseUrl = env.DATABASE_URL || null
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres:// or postgresql://')
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)
  for (const origin of allowedOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/]+$/.test(origin)) problems.push('ALLOWED_ORIGINS: "' + origin + '" is not an origin such as https://shop.example')
  }
  const trustProxy = (env.TRUST_PROXY ?? '').split(',').map((address) => address.trim()).filter(Boolean)
  for (const address of trustProxy) if (!isIP(address)) problems.push('TRUST_PROXY: "' + address + '" is not an IP address')
  // "country:subdivision" pairs separated by commas, or "none".
  const regionHeaders: RegionHeader[] =
    env.REGION_HEADERS === undefined || env.REGION_HEADERS === ''
      ? DEFAULT_REGION_HEADERS
      : env.REGION_HEADERS.trim() === 'none'
        ? []
        : env.REGION_HEADERS.split(',').map((pair) => pair.split(':').map((name) => name.trim()) as RegionHeader)
  for (const pair of regionHeaders)
    if (!pair.every((name) => /^[A-Za-z0-9-]+$/.test(name ?? '')) || pair.length > 2) problems.push('REGION_HEADERS: "' + pair.join(':') + '" is not "country-header" or "country-header:subdivision-header"')
  const config: CollectorConfig = {
    port: attempt(() => integer(env, 'PORT', 8787, 0, 65535), 0),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    sqlitePath: env.SQLITE_PATH || './consentry-receipts.db',
    allowedOrigins,
    readToken: env.READ_TOKEN || null,
    maxBodyBytes: attempt(() => integer(env, 'MAX_BODY_BYTES', 64 * 1024, 1024, 64 * 1024 * 1024), 0),
    rateLimitPerMinute: attempt(() => integer(env, 'RATE_LIMIT_PER_MINUTE', 120, 1, 1_000_000), 0),
    retentionDays: attempt(() => integer(env, 'RETENTION_DAYS', 1095, 1, 36500), 0),
    trustProxy,
    maxConnections: attempt(() => integer(env, 'MAX_CONNECTIONS', 4096, 1, 1_000_000), 0),
    maxConnectionsPerClient: attempt(() => integer(env, 'MAX_CONNECTIONS_PER_CLIENT', 64, 1, 1_000_000), 0),
    maxClockSkewHours: attempt(() => integer(env, 'MAX_CLOCK_SKEW_HOURS', 24, 1, 24 * 366), 0),
    siteConfigPath: env.CONSENTRY_CONFIG || null,
    regionHeaders,
  }
  if (config.readToken && config.readToken.length < 16) problems.push('READ_TOKEN must be at least 16 characters')
  if (problems.length) throw new Error('consentry-collector: ' + problems.join('; '))
  return config
}

/** What an operator should know at start: settings that leave the collector unable to do its job. */
export function startupWarnings(config: CollectorConfig): string[] {
  const warnings: string[] = []
  if (!config.siteConfigPath)
    warnings.push('CONSENTRY_CONFIG is not set: the Art. 31 record takes recipients\' names, addresses and countries from receipts, which anyone can send')
  if (!config.allowedOrigins.length)
    warnings.push('ALLOWED_ORIGINS is empty: every POST from a browser page is refused with 403; set it to the site\'s origins, e.g. https://shop.example')
  return warnings
}

/** The site's consent config, checked as the browser checks it; every problem is named with its path. */
export function readSiteConfig(path: string): Config {
  let input: unknown
  try {
    input = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error('consentry-collector: CONSENTRY_CONFIG ' + path + ' cannot be read as JSON: ' + (error as Error).message)
  }
  const { config, errors } = validateConfig(input)
  if (!config) throw new Error('consentry-collector: CONSENTRY_CONFIG ' + path + ': ' + errors.join('; '))
  return config
}
