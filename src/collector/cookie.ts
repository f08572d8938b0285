/// <reference types="node" />
import type { IncomingMessage } from 'node:http'
import type { Config } from '../core/config/types.js'
import { decodeDecision, readCookie } from '../adapters/storage/codec.js'

const DAY_MS = 86_400_000
// What a cookie value may hold (RFC 6265 cookie-octet), so nothing can be smuggled into the header.
const COOKIE_OCTETS = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]{1,4000}$/

/**
 * The Set-Cookie that re-sets the consent cookie a receipt POST carried, with the attributes
 * the SDK writes it with (CONTRACT.md §5) and the rest of its lifetime from the site's config.
 * Safari caps cookies written by script at seven days; one set by the site's server keeps its
 * Max-Age. Null when the request carries no valid consent cookie, or it has expired.
 */
export function consentCookieRefresh(request: IncomingMessage, config: Config, secure: boolean, now: number): string | null {
  const { name, domain } = config.cookie
  const value = readCookie(request.headers.cookie ?? '', name)
  if (!value || !COOKIE_OCTETS.test(value)) return null
  const decision = decodeDecision(value)
  // Only the site's own current decision: a garbled, forged-format or outdated value is left to the SDK.
  if (!decision || decision.revision !== config.revision) return null
  const maxAge = Math.floor((decision.decidedAt + config.expiresAfterDays * DAY_MS - now) / 1000)
  if (maxAge <= 0) return null
  return name + '=' + value + ';Path=/;Max-Age=' + maxAge + ';SameSite=Lax' + (domain ? ';Domain=' + domain : '') + (secure ? ';Secure' : '')
}
