// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { cookieDomains, cookiePaths, cookiePatternMatcher, deleteMatchingCookies } from './index.js'

describe('cookie patterns', () => {
  it('matches wildcards and nothing else', () => {
    const matches = cookiePatternMatcher(['_ga*', '_fbp', 'a.b*c'])
    expect(['_ga', '_ga_XYZ', '_fbp', 'a.bxxc'].every(matches)).toBe(true)
    expect(['ga', '_fbpx', 'xa.bc', 'aXbc'].some(matches)).toBe(false)
    expect(cookiePatternMatcher([])('anything')).toBe(false)
  })

  it('lists every path a cookie can have been set for', () => {
    expect(cookiePaths('/')).toEqual(['/'])
    expect(cookiePaths('/shop/item')).toEqual(['/', '/shop', '/shop/', '/shop/item', '/shop/item/'])
  })

  it('lists every parent domain, and none for IP addresses or single labels', () => {
    expect(cookieDomains('www.shop.example.jp')).toEqual(['www.shop.example.jp', 'shop.example.jp', 'example.jp', 'jp'])
    expect(cookieDomains('127.0.0.1')).toEqual([])
    expect(cookieDomains('localhost')).toEqual([])
  })
})

describe('deleteMatchingCookies', () => {
  it('deletes matching cookies and leaves the rest', () => {
    document.cookie = '_ad_id=1; path=/'
    document.cookie = '_ad_seg=2; path=/'
    document.cookie = 'session=3; path=/'
    const deleted = deleteMatchingCookies(document, ['_ad*'])
    expect(deleted.sort()).toEqual(['_ad_id', '_ad_seg'])
    expect(document.cookie).toBe('session=3')
  })
})
