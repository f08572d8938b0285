/**
 * A fix suggestion for each problem `consentry check` prints, worked out from the message
 * and the config. Kept in the CLI: the browser's validator chunk has a size budget.
 */
import { categoryFields, configFields, policyFields, vendorFields, type Fields } from '../core/config/schema.js'
import { CONSENT_TYPES } from '../core/consent-mode/index.js'
import type { MessageLocale } from '../core/config/types.js'

const fieldNames = (fields: Fields): string[] =>
  Object.entries(fields).flatMap(([name, [spec]]) => [name, ...(spec.kind === 'object' ? fieldNames(spec.fields) : [])])

const KNOWN_FIELDS = [...new Set([...fieldNames(configFields), ...fieldNames(categoryFields), ...fieldNames(vendorFields), ...fieldNames(policyFields), ...CONSENT_TYPES])]

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]!
}

function closestField(name: string): string | null {
  let best: [string, number] | null = null
  for (const known of KNOWN_FIELDS) {
    const score = distance(name.toLowerCase(), known.toLowerCase())
    if (score <= Math.max(2, Math.floor(known.length / 4)) && (!best || score < best[1])) best = [known, score]
  }
  return best?.[0] ?? null
}

const hostOf = (value: string) => {
  try {
    return new URL(value).hostname
  } catch {
    return null
  }
}

const categoryIds = (config: unknown, optionalOnly = false): string[] => {
  const list = (config as { categories?: unknown })?.categories
  if (!Array.isArray(list)) return []
  return list.filter((category) => !optionalOnly || category?.required !== true).map((category) => category?.id).filter((id): id is string => typeof id === 'string' && ID.test(id))
}

// Only ids of a valid form are worth suggesting.
const ID = /^[\w-]{1,64}$/

const quotedList = (ids: string[]) => ids.map((id) => '"' + id + '"').join(', ')

/** A fix in both languages: [English, Japanese]. */
type Said = readonly [string, string]

const EXAMPLES: Record<string, Said> = {
  revision: [
    'add "revision": "2026-01-01" (any text; change it whenever vendors or purposes change)',
    '"revision": "2026-01-01" を追加します（任意の文字列。送信先や利用目的を変えたら必ず変更します）',
  ],
  policyUrl: ['add "policyUrl": "/privacy" (your privacy policy page)', '"policyUrl": "/privacy" を追加します（プライバシーポリシーのページ）'],
  categories: [
    'add "categories": [{ "id": "necessary", "required": true, "title": { "ja": "必須", "en": "Strictly necessary" } }]',
    '"categories": [{ "id": "necessary", "required": true, "title": { "ja": "必須", "en": "Strictly necessary" } }] を追加します',
  ],
  title: ['add "title": { "ja": "広告配信", "en": "Advertising" }', '"title": { "ja": "広告配信", "en": "Advertising" } を追加します'],
  name: ['add "name": { "ja": "株式会社○○", "en": "Example Inc." }', '"name": { "ja": "株式会社○○", "en": "Example Inc." } を追加します'],
  id: ['add "id": "advertising" (letters, digits, "_" or "-")', '"id": "advertising" を追加します（英数字、「_」「-」）'],
  category: ['add "category" with the id of one of your categories', '"category" に、設定したカテゴリーのいずれかのIDを書きます'],
  endpoint: ['add "endpoint": "/receipts" (where your receipt collector listens)', '"endpoint": "/receipts" を追加します（同意記録を受け取るコレクターのURL）'],
}

/** The suggestion for one message of `validateConfig` or `practicalWarnings`, or null; in Japanese with `locale` "ja". */
export function suggestFix(message: string, config: unknown, locale: MessageLocale = 'en'): string | null {
  const said = fixFor(message, config)
  return said && said[locale === 'ja' ? 1 : 0]
}

function fixFor(message: string, config: unknown): Said | null {
  let match: RegExpMatchArray | null
  if ((match = message.match(/(?:^|\.|\])([\w$]+) is required$/))) return EXAMPLES[match[1]!] ?? ['add "' + match[1] + '"', '"' + match[1] + '" を追加します']
  if (/\.foreignSystemInfoUrl is required for a recipient outside Japan/.test(message))
    return [
      'add "foreignSystemInfoUrl": a page on the personal-data protection system of the recipient\'s country (the PPC publishes one per country)',
      '"foreignSystemInfoUrl" に、送信先の国の個人情報保護制度を説明するページを書きます（個人情報保護委員会が国ごとに公表しています）',
    ]
  if (/\.recipientMeasures is required for a recipient outside Japan/.test(message))
    return [
      'add "recipientMeasures": what the recipient does to protect the data, e.g. { "ja": "標準契約条項を締結", "en": "Standard contractual clauses" }',
      '"recipientMeasures" に、送信先が講じている保護措置を書きます（例: { "ja": "標準契約条項を締結", "en": "Standard contractual clauses" }）',
    ]
  if (/needs "country" \(ISO 3166 code\) or "countryUnknownReason"/.test(message))
    return [
      'add "country": "JP" (the recipient\'s country), or "countryUnknownReason" saying why it cannot be named',
      '"country": "JP"（送信先の所在国）を追加するか、特定できない理由を "countryUnknownReason" に書きます',
    ]
  if ((match = message.match(/"([^"]*)" is not the id of any category$/))) {
    const ids = categoryIds(config)
    const near = ids.find((id) => distance(id, match![1]!) <= 2)
    return [
      (near ? 'did you mean "' + near + '"? ' : '') + 'use one of: ' + quotedList(ids),
      (near ? '"' + near + '" の誤りではありませんか。' : '') + '次のいずれかを使います: ' + quotedList(ids),
    ]
  }
  if (/is used twice$/.test(message)) return ['give each entry an id of its own', '項目ごとに別のIDを付けます']
  if ((match = message.match(/(?:^|\.)([\w$]+) is not a known field and is ignored$|\["((?:[^"\\]|\\.)*)"\] is not a known field/))) {
    const name = match[1] ?? (JSON.parse('"' + match[2] + '"') as string)
    const near = closestField(name)
    return near && near !== name
      ? ['did you mean "' + near + '"?', '"' + near + '" の誤りではありませんか。']
      : ['remove it, or check its spelling against the README', '削除するか、README で綴りを確かめます']
  }
  if (/must be a host such as/.test(message)) {
    const value = message.match(/got "(.*)"$/)?.[1]
    const host = value && hostOf(value)
    return host
      ? ['write the host only: "' + host + '"', 'ホスト名だけを書きます: "' + host + '"']
      : ['write a host without "https://" or a path, e.g. "ads.example.com"', '"https://" やパスを付けずにホスト名を書きます（例: "ads.example.com"）']
  }
  // Codes people reach for that ISO 3166-1 spells otherwise.
  if ((match = message.match(/"([^"]*)" is not an ISO 3166-1 country code$/))) {
    const iso = ({ UK: 'GB', EL: 'GR' } as Record<string, string>)[match[1]!]
    return iso
      ? ['ISO 3166-1 writes it "' + iso + '"', 'ISO 3166-1 では "' + iso + '" と書きます']
      : ['use an ISO 3166-1 code such as "JP" or "DE", a subdivision such as "US-CA", or "EU", "EEA", "*", "unknown"', '"JP" や "DE" のような ISO 3166-1 の国コード、"US-CA" のような地方区分、または "EU"、"EEA"、"*"、"unknown" を使います']
  }
  if ((match = message.match(/must be a region such as .*, got "(.*)"$/))) {
    const upper = match[1]!.toUpperCase()
    return upper !== match[1] && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(upper)
      ? ['write it in capitals: "' + upper + '"', '英大文字で書きます: "' + upper + '"']
      : ['use a code such as "JP", "US-CA", or "EU", "EEA", "*", "unknown"', '"JP"、"US-CA" のようなコード、または "EU"、"EEA"、"*"、"unknown" を使います']
  }
  if (/is a required category, which is always on$/.test(message))
    return ['remove it from the policy\'s "categories": required categories are on under every policy', 'ポリシーの "categories" から削除します（必須のカテゴリーはどのポリシーでも常に有効です）']
  if ((match = message.match(/makes "(.*)" (?:opt-out|notice) for .*APPI Art\. 31\)$/)))
    return [
      'make it opt-in for Japanese visitors: "categories": { "' + match[1] + '": "opt-in" } in that policy',
      '日本の訪問者にはオプトインにします：そのポリシーに "categories": { "' + match[1] + '": "opt-in" } を書きます',
    ]
  if (/must be a two-letter ISO 3166 code/.test(message))
    return ['use an upper-case two-letter code such as "JP", "US" or "FR"', '"JP"、"US"、"FR" のような英大文字2文字のコードを使います']
  if (/must be letters, digits, "_" or "-"/.test(message)) return ['use an id such as "advertising" or "ad-network"', '"advertising" や "ad-network" のようなIDを使います']
  if ((match = message.match(/must be one of (.*), got/))) {
    const values = match[1]!.split(', ').map((value) => '"' + value + '"')
    return ['use one of: ' + values.join(', '), '次のいずれかを使います: ' + values.join('、')]
  }
  if (/must be true or false/.test(message)) return ['write true or false, without quotes', 'true か false を引用符なしで書きます']
  if ((match = message.match(/must be between (\d+) and (\d+)/)))
    return ['use a whole number from ' + match[1] + ' to ' + match[2], match[1] + ' から ' + match[2] + ' までの整数を書きます']
  if (/must be a whole number/.test(message)) return ['use a whole number, without quotes or decimals', '引用符や小数点を付けずに整数を書きます']
  if (/must be a string or an object of locale/.test(message))
    return ['write text in quotes, or { "ja": "…", "en": "…" }', '引用符で囲んだ文字列か、{ "ja": "…", "en": "…" } を書きます']
  if (/must be (?:"auto" or )?a language tag/.test(message))
    return ['use a language tag, e.g. "ja", "en", "de" or "zh-Hant" (README, Languages)', '"ja"、"en"、"de"、"zh-Hant" などの言語タグを使います（README の Languages）']
  if (/is not one of languages/.test(message)) return ['add it to "languages", or fix "locale" to one of them', '"languages" に加えるか、"locale" をその中のどれかにします']
  if (/is listed twice/.test(message)) return ['list each language once', '各言語は1回だけ書きます']
  if (/is not a supported locale/.test(message))
    return ['use language tags Consentry speaks as the keys, e.g. "ja", "en", "zh-Hant", "pt"', 'キーには Consentry の言語タグ（"ja"、"en"、"zh-Hant"、"pt" など）を使います']
  if (/must be a string, got/.test(message)) return ['write it as text, in quotes', '引用符で囲んだ文字列で書きます']
  if (/must be an array, got/.test(message)) return ['put the values in a list: [ … ]', '値を配列 [ … ] に入れます']
  if (/must not be empty/.test(message)) return ['add at least one entry', '項目を1つ以上追加します']
  if (/must be an object, got/.test(message)) return ['write it as an object: { … }', 'オブジェクト { … } で書きます']
  if (/must be a non-empty string/.test(message)) return ['give it a value, e.g. "2026-01-01"', '値を書きます（例: "2026-01-01"）']
  if (/must be a two-letter code such as "JP" or "EU"/.test(message)) return ['use codes such as "JP", "EU" or "US"', '"JP"、"EU"、"US" のようなコードを使います']
  return practiceFix(message, config)
}

/** Fixes for the warnings of `practicalWarnings`: consent that is well formed but would not hold. */
function practiceFix(message: string, config: unknown): Said | null {
  const unused = message.match(/^categories\[\d+\] "(.*)" is optional but no vendor uses it/)
  if (unused)
    return [
      'add the vendors that need it ("category": "' + unused[1] + '"), or remove the category',
      'このカテゴリーを使う送信先を追加する（"category": "' + unused[1] + '"）か、カテゴリーを削除します',
    ]
  if (/\.dataItems is empty/.test(message))
    return ['list what is sent, e.g. "dataItems": ["cookie-id", "browsing-history"]', '送信される情報を書きます（例: "dataItems": ["cookie-id", "browsing-history"]）']
  if (/\.purpose is missing/.test(message))
    return ['add "purpose", e.g. { "ja": "広告配信", "en": "Showing ads" }', '"purpose" を追加します（例: { "ja": "広告配信", "en": "Showing ads" }）']
  if (/links to personal data but sits in the required category/.test(message)) {
    const optional = categoryIds(config, true)
    return optional.length
      ? ['set its "category" to an optional category: ' + quotedList(optional), '"category" を任意のカテゴリーにします: ' + quotedList(optional)]
      : ['set its "category" to an optional category, and add one if there is none', '"category" を任意のカテゴリーにします（なければ追加します）']
  }
  if (/is unchanged but vendors changed/.test(message))
    return ['set "revision" to a new value, such as the date of this change', '"revision" を新しい値（変更した日付など）にします']
  return null
}
