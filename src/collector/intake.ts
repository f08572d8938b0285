/// <reference types="node" />
import { receiptProblems } from '../core/receipt/validate.js'
import { LANGUAGE_TAG } from '../locales/index.js'
import type { ConsentReceipt } from '../core/receipt/types.js'

/** At most this many bytes of JSON per receipt, so one request cannot store megabytes of anything. */
export const MAX_RECEIPT_BYTES = 16 * 1024
/** Objects and arrays nested deeper than this are refused (a receipt needs five levels). */
const MAX_DEPTH = 8
const DAY_MS = 86_400_000

type Rule = (value: unknown, path: string, problems: string[]) => void

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text)

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const text =
  (max: number, min = 0): Rule =>
  (value, path, problems) => {
    if (typeof value !== 'string' || value.length < min || value.length > max)
      problems.push(path + ' must be a string of ' + min + ' to ' + max + ' characters')
  }
const nullable =
  (rule: Rule): Rule =>
  (value, path, problems) =>
    value === null || rule(value, path, problems)
const boolean: Rule = (value, path, problems) => {
  if (typeof value !== 'boolean') problems.push(path + ' must be true or false')
}
const oneOf =
  (...allowed: unknown[]): Rule =>
  (value, path, problems) => {
    if (!allowed.includes(value)) problems.push(path + ' must be one of ' + allowed.map((v) => JSON.stringify(v)).join(', '))
  }
const country: Rule = (value, path, problems) => {
  if (value !== null && (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value))) problems.push(path + ' must be null or a two-letter country code')
}
const list =
  (rule: Rule, max: number): Rule =>
  (value, path, problems) => {
    if (!Array.isArray(value) || value.length > max) return void problems.push(path + ' must be an array of at most ' + max + ' entries')
    value.forEach((entry, index) => rule(entry, path + '[' + index + ']', problems))
  }
const record =
  (fields: Record<string, Rule>, optional: Record<string, Rule> = {}): Rule =>
  (value, path, problems) => {
    if (!isObject(value)) return void problems.push(path + ' must be an object')
    for (const [field, rule] of Object.entries(fields)) {
      if (!(field in value)) problems.push(path + '.' + field + ' is required')
      else rule(value[field], path + '.' + field, problems)
    }
    for (const [field, rule] of Object.entries(optional)) if (field in value && value[field] !== undefined) rule(value[field], path + '.' + field, problems)
  }
const booleanMap =
  (maxKeys: number): Rule =>
  (value, path, problems) => {
    if (!isObject(value)) return
    const keys = Object.keys(value)
    if (keys.length > maxKeys) problems.push(path + ' must have at most ' + maxKeys + ' entries')
    for (const key of keys) if (key.length > 128) problems.push(path + ' keys must be at most 128 characters')
  }

const ids = list(text(128, 1), 200)
const recipient = record(
  {
    id: text(128, 1),
    name: text(512),
    category: text(128, 1),
    country,
    address: nullable(text(512)),
    purpose: text(2048),
    dataItems: ids,
    granted: boolean,
    linksToPersonalData: boolean,
  },
  {
    appi31: record({ recipient: text(512), dataItems: ids, consentObtained: boolean }),
    appi28: record({
      shown: oneOf(true),
      country,
      foreignSystemInfoUrl: nullable(text(2048)),
      recipientMeasures: nullable(text(2048)),
      countryUnknownReason: nullable(text(2048)),
    }),
  },
)
const purpose = record({
  id: text(128, 1),
  title: text(512),
  required: boolean,
  granted: boolean,
  lawfulBasis: oneOf('consent', 'necessity'),
  dataItems: ids,
  recipients: ids,
})

// The language the visitor read: a built-in locale or a site's own, as a BCP 47 tag.
const languageTag: Rule = (value, path, problems) => {
  if (typeof value !== 'string' || !LANGUAGE_TAG.test(value)) problems.push(path + ' must be a language tag such as "ja", "de" or "zh-Hant"')
}

// The record parts beyond the contract's flat fields (which core/receipt checks), field by field.
const PARTS: Record<string, Rule> = {
  schemaVersion: text(128, 1),
  notice: record({
    policyUrl: text(2048),
    disclosureUrl: nullable(text(2048)),
    revision: text(256, 1),
    noticeHash: text(64, 64),
    language: languageTag,
  }),
  controller: record({ name: text(512), address: nullable(text(512)), contact: nullable(text(512)) }),
  purposes: list(purpose, 100),
  recipients: list(recipient, 100),
  categories: booleanMap(200),
  vendors: booleanMap(200),
}
const OPTIONAL_PARTS: Record<string, Rule> = {
  dataItems: ids,
  jurisdiction: list(text(16, 1), 20),
  withdrawalMethod: text(1024),
  collectionMethod: oneOf('web-banner', 'web-preferences', 'api'),
}

/**
 * What PostgreSQL and SQLite cannot hold or JSON cannot round-trip: NUL characters, lone
 * surrogates (invalid UTF-8), and nesting deep enough to exhaust the stack. Walks at most
 * MAX_DEPTH levels, so a hostile value cannot make the walk itself expensive.
 */
function storableProblems(value: unknown, path: string, depth: number, problems: string[]) {
  if (problems.length > 20) return
  if (typeof value === 'string') {
    if (unstorable(value)) problems.push(path + ' must not contain NUL characters or lone surrogates (invalid Unicode)')
    return
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return void problems.push(path + ' must be a finite number')
  if (typeof value !== 'object' || value === null) return
  if (depth >= MAX_DEPTH) return void problems.push(path + ' is nested more than ' + MAX_DEPTH + ' levels deep')
  if (Array.isArray(value)) value.forEach((entry, index) => storableProblems(entry, path + '[' + index + ']', depth + 1, problems))
  else
    for (const [key, entry] of Object.entries(value)) {
      if (unstorable(key)) problems.push(path + ' has a key with NUL or lone surrogates')
      storableProblems(entry, path + '.' + key, depth + 1, problems)
    }
}

// Years 0000 and past 9999 do not round-trip through PostgreSQL's timestamptz and JavaScript alike.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/
const storableDate = (value: unknown) =>
  typeof value === 'string' && ISO_DATE_TIME.test(value) && value.slice(0, 4) !== '0000' && !Number.isNaN(Date.parse(value))

export interface IntakeOptions {
  /** The collector's clock. */
  now: number
  /** How far a receipt's timestamp may be from the collector's clock (default one day). */
  maxClockSkewMs?: number
}

/**
 * Every problem with one receipt as the collector would store it, each naming the field;
 * empty when it may be stored. Stricter than the browser's own check: this input comes from
 * anyone on the network.
 */
export function intakeProblems(input: unknown, path: string, { now, maxClockSkewMs = DAY_MS }: IntakeOptions): string[] {
  const problems: string[] = []
  storableProblems(input, path, 0, problems)
  // A value that cannot be serialised safely is not looked at further.
  if (problems.length) return problems
  const bytes = Buffer.byteLength(JSON.stringify(input) ?? '')
  if (bytes > MAX_RECEIPT_BYTES) return [path + ' is ' + bytes + ' bytes of JSON; at most ' + MAX_RECEIPT_BYTES + ' are accepted']
  problems.push(...receiptProblems(input, path))
  const receipt = input as Record<string, unknown>
  if (!isObject(input)) return problems
  for (const [field, rule] of Object.entries(PARTS)) if (field in receipt) rule(receipt[field], path + '.' + field, problems)
  for (const [field, rule] of Object.entries(OPTIONAL_PARTS)) if (field in receipt) rule(receipt[field], path + '.' + field, problems)
  for (const field of ['timestamp', 'validUntil']) {
    if (field in receipt && !problems.some((problem) => problem.startsWith(path + '.' + field + ' ')) && !storableDate(receipt[field]))
      problems.push(path + '.' + field + ' must be an ISO 8601 date-time from year 0001 to 9999, such as 2026-01-31T09:00:00.000Z')
  }
  const time = Date.parse(receipt.timestamp as string)
  if (!Number.isNaN(time) && Math.abs(time - now) > maxClockSkewMs)
    problems.push(
      path + '.timestamp is ' + receipt.timestamp + ', more than ' + Math.round(maxClockSkewMs / 3_600_000) + ' hours off the collector\'s clock (' + new Date(now).toISOString() + ')',
    )
  return problems
}

/** The receipt as stored: the id in lower case, so "ABC…" and "abc…" are one receipt. */
export const normalised = (receipt: ConsentReceipt): ConsentReceipt => ({ ...receipt, id: receipt.id.toLowerCase() })
