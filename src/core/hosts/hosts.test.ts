import { describe, expect, it } from 'vitest'
import { HOST_PATTERN, hostMatches, vendorsForHost } from './index.js'

describe('host patterns', () => {
  it('a plain pattern matches that host only, in any case', () => {
    expect(hostMatches('ads.example.com', 'ADS.example.com')).toBe(true)
    expect(hostMatches('ads.example.com', 'x.ads.example.com')).toBe(false)
    expect(hostMatches('ads.example.com', 'example.com')).toBe(false)
  })

  it('a wildcard matches the domain and everything below it, not look-alikes', () => {
    expect(hostMatches('*.sift.com', 'sift.com')).toBe(true)
    expect(hostMatches('*.sift.com', 'cdn.api.sift.com')).toBe(true)
    expect(hostMatches('*.sift.com', 'notsift.com')).toBe(false)
    expect(hostMatches('*.sift.com', 'sift.com.evil.test')).toBe(false)
  })

  it('ignores a trailing dot on either side', () => {
    expect(hostMatches('example.com.', 'example.com')).toBe(true)
    expect(hostMatches('*.example.com', 'a.example.com.')).toBe(true)
  })

  it('lists every vendor that covers a host', () => {
    const vendors = [
      { id: 'a', domains: ['*.shared.test'] },
      { id: 'b', domains: ['cdn.shared.test', 'b.test'] },
      { id: 'c', domains: [] },
    ]
    expect(vendorsForHost(vendors, 'cdn.shared.test')).toEqual(['a', 'b'])
    expect(vendorsForHost(vendors, 'other.test')).toEqual([])
  })

  it('the config pattern accepts hosts and leading wildcards only', () => {
    for (const ok of ['example.com', '*.example.com', '127.0.0.1', 'localhost']) expect(HOST_PATTERN.test(ok)).toBe(true)
    for (const bad of ['https://example.com', 'example.com/path', '*example.com', 'a.*.example.com', '', 'exa mple.com'])
      expect(HOST_PATTERN.test(bad)).toBe(false)
  })
})
