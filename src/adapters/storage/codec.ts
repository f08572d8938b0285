import type { StoredDecision } from '../../core/policy/index.js'
import { fnv1a } from '../../core/hash/index.js'

/**
 * The consent cookie, format version 1. Nine fields joined by "|":
 *
 *   1|<revision>|<decidedAt>|<granted>|<denied>|<vendorsOff>|<flags>|<id>|<checksum>
 *
 * revision: URI-encoded; decidedAt: milliseconds since the epoch in base 36;
 * granted, denied, vendorsOff: ids joined by "."; flags: "g" when Global Privacy Control
 * was on, then "." and the identified user's fingerprint when the decision was made as a
 * logged-in user (see `identify`); id: the decision's receipt id; checksum: FNV-1a (32 bit, base 36) of everything
 * before it. The checksum catches truncation and hand edits. It is not a signature:
 * anyone who can write the cookie can forge a valid one.
 *
 * Format version 2, for a decision made under a jurisdiction policy (config `jurisdictions`),
 * adds three fields before the checksum: the visitor's region ("US-CA", "unknown"), the
 * policy's id and its fingerprint. A decision counts only under the policy it was made in.
 *
 *   2|<revision>|<decidedAt>|<granted>|<denied>|<vendorsOff>|<flags>|<id>|<region>|<policy>|<print>|<checksum>
 */
export const COOKIE_VERSION = '1'
const POLICY_COOKIE_VERSION = '2'


const checksum = fnv1a

export function encodeDecision(decision: StoredDecision): string {
  const withPolicy = decision.region !== undefined
  const body = [
    withPolicy ? POLICY_COOKIE_VERSION : COOKIE_VERSION,
    encodeURIComponent(decision.revision),
    decision.decidedAt.toString(36),
    decision.granted.join('.'),
    decision.denied.join('.'),
    decision.vendorsOff.join('.'),
    (decision.gpc ? 'g' : '') + (decision.user ? '.' + decision.user : ''),
    decision.id,
    ...(withPolicy ? [decision.region, decision.policy ?? '', decision.policyPrint ?? ''] : []),
  ].join('|')
  return body + '|' + checksum(body)
}

const list = (field: string) => (field ? field.split('.') : [])

/** Reads a cookie value back. Anything missing, garbled or tampered with is null. */
export function decodeDecision(value: unknown): StoredDecision | null {
  try {
    const fields = String(value).split('|')
    const [version, revision, decidedAt, granted, denied, vendorsOff, flags, id, region, policy, policyPrint] = fields as [string, ...string[]]
    const withPolicy = version == POLICY_COOKIE_VERSION
    // The checksum catches truncation and garbling; only a forged cookie fails the pattern
    // or holds a bad escape in the revision (decodeURIComponent throws on one).
    if (fields.length != (withPolicy ? 12 : version == COOKIE_VERSION ? 9 : 0) || checksum(fields.slice(0, -1).join('|')) != fields.at(-1)) return null
    if (!/^[\da-z]{1,10}\|[\w-]+$/.test(decidedAt + '|' + id)) return null
    // A region, policy or fingerprint of a bad form needs no check of its own: the region
    // table reads a bad region as "unknown", and a bad fingerprint matches no policy.
    return {
      revision: decodeURIComponent(revision!),
      decidedAt: parseInt(decidedAt!, 36),
      granted: list(granted!),
      denied: list(denied!),
      vendorsOff: list(vendorsOff!),
      gpc: flags![0] == 'g',
      id: id!,
      user: flags!.split('.')[1] || '',
      ...(withPolicy && { region, policy, policyPrint }),
    }
  } catch {
    return null
  }
}

/** The value of one cookie in a `Cookie` header or `document.cookie`, undecoded. */
export function readCookie(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=')
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim()
  }
  return null
}
