/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCollectorConfig, readSiteConfig, startupWarnings } from '../../src/collector/index.js'
import { rawConfig } from '../fixtures/config.js'

describe('collector configuration from the environment', () => {
  it('has defaults for everything', () => {
    expect(readCollectorConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: null,
      sqlitePath: './consentry-receipts.db',
      allowedOrigins: [],
      readToken: null,
      maxBodyBytes: 64 * 1024,
      rateLimitPerMinute: 120,
      retentionDays: 1095,
      trustProxy: [],
      maxConnections: 4096,
      maxConnectionsPerClient: 64,
      maxClockSkewHours: 24,
      siteConfigPath: null,
      regionHeaders: [
        ['cf-ipcountry', 'cf-region-code'],
        ['cloudfront-viewer-country', 'cloudfront-viewer-country-region'],
        ['x-vercel-ip-country', 'x-vercel-ip-country-region'],
      ],
    })
  })

  it('reads every variable', () => {
    const config = readCollectorConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://user:pass@127.0.0.1:5432/consentry',
      SQLITE_PATH: '/var/lib/consentry/receipts.db',
      ALLOWED_ORIGINS: 'https://shop.example, https://www.shop.example',
      READ_TOKEN: 'a-long-enough-read-token',
      MAX_BODY_BYTES: '65536',
      RATE_LIMIT_PER_MINUTE: '600',
      RETENTION_DAYS: '365',
      TRUST_PROXY: '10.0.0.1, ::1',
      MAX_CONNECTIONS: '500',
      MAX_CONNECTIONS_PER_CLIENT: '8',
      MAX_CLOCK_SKEW_HOURS: '72',
      CONSENTRY_CONFIG: '/srv/shop/consent.json',
    })
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://user:pass@127.0.0.1:5432/consentry',
      allowedOrigins: ['https://shop.example', 'https://www.shop.example'],
      readToken: 'a-long-enough-read-token',
      maxBodyBytes: 65536,
      rateLimitPerMinute: 600,
      retentionDays: 365,
      trustProxy: ['10.0.0.1', '::1'],
      maxConnections: 500,
      maxConnectionsPerClient: 8,
      maxClockSkewHours: 72,
      siteConfigPath: '/srv/shop/consent.json',
    })
  })

  it('names every bad value in one error', () => {
    const read = () =>
      readCollectorConfig({ PORT: 'http', RETENTION_DAYS: '-1', TRUST_PROXY: 'proxy.internal', ALLOWED_ORIGINS: 'shop.example', READ_TOKEN: 'short', DATABASE_URL: 'mysql://x' })
    expect(read).toThrow(/PORT must be a whole number from 0 to 65535, got "http"/)
    expect(read).toThrow(/RETENTION_DAYS/)
    expect(read).toThrow(/ALLOWED_ORIGINS: "shop.example"/)
    expect(read).toThrow(/READ_TOKEN must be at least 16 characters/)
    expect(read).toThrow(/DATABASE_URL must start with postgres:\/\//)
    expect(read).toThrow(/TRUST_PROXY: "proxy.internal" is not an IP address/)
  })

  it('warns at start when no origin may post, since every browser POST would get 403', () => {
    expect(startupWarnings(readCollectorConfig({ CONSENTRY_CONFIG: 'consent.json' }))).toEqual([
      expect.stringMatching(/^ALLOWED_ORIGINS is empty: every POST from a browser page is refused with 403/),
    ])
    expect(startupWarnings(readCollectorConfig({ ALLOWED_ORIGINS: 'https://shop.example' }))).toEqual([expect.stringMatching(/^CONSENTRY_CONFIG is not set/)])
    expect(startupWarnings(readCollectorConfig({ ALLOWED_ORIGINS: 'https://shop.example', CONSENTRY_CONFIG: 'consent.json' }))).toEqual([])
  })

  it('reads the site config of CONSENTRY_CONFIG, naming what is wrong with it', () => {
    const directory = mkdtempSync(join(tmpdir(), 'consentry-config-'))
    try {
      const file = join(directory, 'consent.json')
      writeFileSync(file, JSON.stringify(rawConfig()))
      expect(readSiteConfig(file).vendors.map((vendor) => vendor.id)).toEqual(['sift', 'ad-network', 'a8', 'dmp-x'])
      writeFileSync(file, JSON.stringify({ ...rawConfig(), expiresAfterDays: 'never' }))
      expect(() => readSiteConfig(file)).toThrow(/CONSENTRY_CONFIG .*consent\.json: .*expiresAfterDays/)
      writeFileSync(file, '{ not json')
      expect(() => readSiteConfig(file)).toThrow(/cannot be read as JSON/)
      expect(() => readSiteConfig(join(directory, 'missing.json'))).toThrow(/missing\.json cannot be read/)
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  })
})
