import { LANGUAGE_TAG } from '../../locales/index.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
const SHA256_HEX = /^[0-9a-f]{64}$/
const EVENTS = ['given', 'changed', 'withdrawn', 'expired']
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isBooleanMap = (value: unknown) => isObject(value) && Object.values(value).every((entry) => typeof entry === 'boolean')
const isIsoDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))

type Check = [field: string, ok: (value: unknown) => boolean, what: string]

// The fields every receipt must carry (CONTRACT.md §6), and the record parts a collector relies on.
const CHECKS: Check[] = [
  ['id', (v) => typeof v === 'string' && UUID.test(v), 'a UUID'],
  ['event', (v) => typeof v === 'string' && EVENTS.includes(v), 'one of ' + EVENTS.join(', ')],
  ['timestamp', isIsoDate, 'an ISO 8601 date-time'],
  ['principalId', (v) => typeof v === 'string' && v.length > 0 && v.length <= 128, 'a string of 1 to 128 characters'],
  ['revision', (v) => typeof v === 'string' && v.length > 0 && v.length <= 256, 'a non-empty string'],
  ['categories', isBooleanMap, 'an object of id → boolean'],
  ['vendors', isBooleanMap, 'an object of id → boolean'],
  ['method', (v) => typeof v === 'string' && v.length > 0 && v.length <= 64, 'a string naming the control'],
  ['locale', (v) => typeof v == 'string' && LANGUAGE_TAG.test(v), 'a language tag such as "ja", "de" or "zh-Hant"'],
  ['gpc', (v) => typeof v === 'boolean', 'true or false'],
  ['noticeHash', (v) => typeof v === 'string' && SHA256_HEX.test(v), 'a SHA-256 hex digest'],
  ['url', (v) => typeof v === 'string' && v.length <= 2048, 'a string (the page URL)'],
  ['schemaVersion', (v) => typeof v === 'string' && v.length > 0, 'a string'],
  ['notice', isObject, 'an object'],
  ['controller', isObject, 'an object'],
  ['purposes', Array.isArray, 'an array'],
  ['recipients', Array.isArray, 'an array'],
  ['retention', (v) => typeof v === 'string' && /^P/.test(v), 'an ISO 8601 duration such as "P3Y"'],
  ['validUntil', isIsoDate, 'an ISO 8601 date-time'],
]

// Fields a receipt may leave out, checked when present.
const OPTIONAL_CHECKS: Check[] = [
  ['identifiedPrincipalId', (v) => v === null || (typeof v === 'string' && v.length > 0 && v.length <= 128), 'null or a string of 1 to 128 characters'],
  // Under jurisdictions (CONTRACT.md §8): where the visitor was, and the policy decided under.
  ['region', (v) => v === null || (typeof v === 'string' && /^([A-Z]{2}(-[A-Z\d]{1,3})?|unknown)$/.test(v)), 'null, "unknown" or a region such as "US-CA"'],
  ['policy', (v) => v === null || (typeof v === 'string' && /^[\w-]{1,64}$/.test(v)), 'null or a policy id'],
]

/** Every problem with one receipt, each naming the field; empty when it is valid. */
export function receiptProblems(input: unknown, path = 'receipt'): string[] {
  if (!isObject(input)) return [path + ' must be an object']
  const problems: string[] = []
  for (const [field, ok, what] of CHECKS) {
    if (!(field in input)) problems.push(path + '.' + field + ' is required')
    else if (!ok(input[field])) problems.push(path + '.' + field + ' must be ' + what)
  }
  for (const [field, ok, what] of OPTIONAL_CHECKS)
    if (field in input && !ok(input[field])) problems.push(path + '.' + field + ' must be ' + what)
  return problems
}

