/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import { createRateLimiter, limiterKey } from '../../src/collector/http.js'

describe('the rate limiter', () => {
  it('keeps at most maxClients buckets, however many addresses arrive', () => {
    let time = 0
    const limiter = createRateLimiter(1, { now: () => time, maxClients: 1000 })
    for (let index = 0; index < 50_000; index++) {
      limiter.take('198.51.' + (index >> 8) + '.' + (index & 255))
      time += 1
    }
    expect(limiter.size).toBe(1000)
    // A client just seen is still limited.
    expect(limiter.take('198.51.195.79')).toBeGreaterThan(0)
  })

  it('neither refills nor drains when the clock is set back', () => {
    let time = 1_000_000
    const limiter = createRateLimiter(2, { now: () => time })
    expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 0])
    time -= 3_600_000
    expect(limiter.take('a')).toBeGreaterThan(0)
    time += 3_600_000 + 30_000
    expect(limiter.take('a')).toBe(0)
  })

  it('groups IPv6 addresses by /64 and leaves IPv4 as it is', () => {
    expect(limiterKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(limiterKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(limiterKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(limiterKey('::1')).toBe('0:0:0:0::/64')
    expect(limiterKey('203.0.113.9')).toBe('203.0.113.9')
  })
})
