/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import { readCollectorConfig } from '../../src/collector/index.js'

describe('collector configuration from the environment', () => {
  it('has defaults for everything', () => {
    expect(readCollectorConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: null,
      sqlitePath: './consentry-receipts.db',
      allowedOrigins: [],
      readToken: null,
      maxBodyBytes: 1024 * 1024,
      rateLimitPerMinute: 120,
      retentionDays: 1095,
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
    })
  })

  it('names every bad value in one error', () => {
    const read = () =>
      readCollectorConfig({ PORT: 'http', RETENTION_DAYS: '-1', ALLOWED_ORIGINS: 'shop.example', READ_TOKEN: 'short', DATABASE_URL: 'mysql://x' })
    expect(read).toThrow(/PORT must be a whole number from 0 to 65535, got "http"/)
    expect(read).toThrow(/RETENTION_DAYS/)
    expect(read).toThrow(/ALLOWED_ORIGINS: "shop.example"/)
    expect(read).toThrow(/READ_TOKEN must be at least 16 characters/)
    expect(read).toThrow(/DATABASE_URL must start with postgres:\/\//)
  })
})
