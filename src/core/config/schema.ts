import { LANGUAGE_TAG, LOCALE_TAGS } from '../../locales/index.js'
/**
 * The config's shape, as data. The runtime validator walks it; a JSON Schema can be
 * generated from it, so the two never drift apart.
 */
export type FieldSpec =
  | { kind: 'string'; pattern?: RegExp; hint?: string; values?: readonly string[] }
  | { kind: 'text' }
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'list'; of: FieldSpec; nonEmpty?: boolean }
  | { kind: 'object'; fields: Fields }
  /** The first of `of` that the value fits; `hint` says what fits when none does. */
  | { kind: 'either'; of: readonly FieldSpec[]; hint: string }
  /** An object whose keys are the author's (category ids, say), every value of one spec. */
  | { kind: 'record'; of: FieldSpec }

/** field name → [spec, required?, default] */
export type Fields = Record<string, [FieldSpec, boolean?, unknown?]>

import { HOST_PATTERN } from '../hosts/index.js'
import { CONSENT_TYPES } from '../consent-mode/index.js'
import { CONSENT_MODELS } from '../jurisdiction/index.js'

const ID = /^[A-Za-z0-9_-]{1,64}$/
const idSpec: FieldSpec = { kind: 'string', pattern: ID, hint: 'letters, digits, "_" or "-" (at most 64)' }
const str: FieldSpec = { kind: 'string' }
const text: FieldSpec = { kind: 'text' }
const bool: FieldSpec = { kind: 'boolean' }
const strings: FieldSpec = { kind: 'list', of: str }

export const categoryFields: Fields = {
  id: [idSpec, true],
  required: [bool, false, false],
  title: [text, true],
  description: [text, false, ''],
  gpc: [bool, false, false],
}

export const vendorFields: Fields = {
  id: [idSpec, true],
  name: [text, true],
  category: [idSpec, true],
  country: [{ kind: 'string', pattern: /^[A-Z]{2}$/, hint: 'a two-letter ISO 3166 code such as "JP"' }],
  address: [text],
  purpose: [text],
  dataItems: [strings, false, []],
  policyUrl: [str],
  cookies: [strings, false, []],
  domains: [{ kind: 'list', of: { kind: 'string', pattern: HOST_PATTERN, hint: 'a host such as "ads.example.com" or "*.example.com"' } }, false, []],
  linksToPersonalData: [bool, false, false],
  foreignSystemInfoUrl: [str],
  recipientMeasures: [text],
  countryUnknownReason: [text],
}

const modelSpec: FieldSpec = { kind: 'string', values: CONSENT_MODELS }

export const policyFields: Fields = {
  id: [idSpec, true],
  regions: [
    {
      kind: 'list',
      of: { kind: 'string', pattern: /^(\*|unknown|EU|EEA|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/, hint: 'a region such as "JP", "US-CA", "EEA", "EU", "*" or "unknown"' },
      nonEmpty: true,
    },
    true,
  ],
  model: [modelSpec, true],
  categories: [{ kind: 'record', of: modelSpec }],
}

export const configFields: Fields = {
  revision: [{ kind: 'string', pattern: /\S/, hint: 'a non-empty string' }, true],
  locale: [{ kind: 'string', pattern: new RegExp('^(auto|' + LANGUAGE_TAG.source.slice(1, -1) + ')$'), hint: '"auto" or a language tag such as "ja", "de" or "zh-Hant"' }, false, 'auto'],
  languages: [{ kind: 'list', of: { kind: 'string', pattern: LANGUAGE_TAG, hint: 'a language tag such as "ja", "de" or "zh-Hant"' }, nonEmpty: true }, false, [...LOCALE_TAGS]],
  expiresAfterDays: [{ kind: 'integer', min: 1, max: 3650 }, false, 365],
  policyUrl: [str, true],
  disclosureUrl: [str],
  rightsUrl: [str],
  controller: [{ kind: 'object', fields: { name: [text, true], address: [text], contact: [str] } }],
  cookie: [
    {
      kind: 'object',
      fields: {
        name: [{ kind: 'string', pattern: /^[A-Za-z0-9_-]{1,64}$/, hint: 'a cookie name' }, false, 'consentry'],
        domain: [str],
      },
    },
    false,
    {},
  ],
  receipts: [
    {
      kind: 'object',
      fields: {
        endpoint: [str, true],
        retentionDays: [{ kind: 'integer', min: 1, max: 36500 }, false, 1095],
        jurisdiction: [{ kind: 'list', of: { kind: 'string', pattern: /^[A-Z]{2}$/, hint: 'a two-letter code such as "JP" or "EU"' }, nonEmpty: true }, false, ['JP']],
      },
    },
  ],
  reloadOnWithdraw: [bool, false, false],
  googleConsentMode: [
    {
      kind: 'either',
      of: [
        bool,
        {
          kind: 'object',
          fields: {
            ...Object.fromEntries(CONSENT_TYPES.map((type) => [type, [{ kind: 'list', of: idSpec }]])),
            ads_data_redaction: [bool],
            url_passthrough: [bool],
            wait_for_update: [{ kind: 'integer', min: 0, max: 60_000 }],
          },
        },
      ],
      hint: 'true, false, or an object of Google consent types → category ids',
    },
  ],
  jurisdictions: [
    {
      kind: 'object',
      fields: {
        regionEndpoint: [str],
        regionTimeoutMs: [{ kind: 'integer', min: 100, max: 10_000 }, false, 1500],
        policies: [{ kind: 'list', of: { kind: 'object', fields: policyFields }, nonEmpty: true }, true],
      },
    },
  ],
  categories: [{ kind: 'list', of: { kind: 'object', fields: categoryFields }, nonEmpty: true }, true],
  vendors: [{ kind: 'list', of: { kind: 'object', fields: vendorFields } }, false, []],
}
