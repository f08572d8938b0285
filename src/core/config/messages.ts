import type { MessageLocale } from './types.js'

/**
 * The validator's messages in Japanese. The validator writes English (what the browser's
 * console and searches use); this turns each kind of message into Japanese for the CLI and
 * the editor. Paths, ids and values are kept as written. A message of an unknown kind stays
 * English, and a test holds every kind the validator produces to a translation.
 */
const TYPE_NAMES: Record<string, string> = {
  number: '数値',
  string: '文字列',
  boolean: '真偽値',
  object: 'オブジェクト',
  'an array': '配列',
  null: 'null',
  undefined: '値なし',
}

// What the schema's hints say, in Japanese.
const HINTS: Record<string, string> = {
  'letters, digits, "_" or "-" (at most 64)': '英数字、「_」または「-」（64文字まで）',
  'a two-letter ISO 3166 code such as "JP"': '"JP" のような ISO 3166 の英大文字2文字のコード',
  'a host such as "ads.example.com" or "*.example.com"': '"ads.example.com" や "*.example.com" のようなホスト名',
  'a non-empty string': '空でない文字列',
  'a cookie name': 'Cookie名に使える文字（英数字、「_」「-」、64文字まで）',
  'a two-letter code such as "JP" or "EU"': '"JP" や "EU" のような英大文字2文字のコード',
  'true, false, or an object of Google consent types → category ids': 'true、false、または Google の同意タイプ → カテゴリーID のオブジェクト',
  'a region such as "JP", "US-CA", "EEA", "EU", "*" or "unknown"': '"JP"、"US-CA"、"EEA"、"EU"、"*"、"unknown" のような地域',
}

/** "got number" → 「数値になっています」; a quoted value stays as written. */
const got = (value: string) => '（' + (TYPE_NAMES[value] ?? value + ' ') + 'になっています）'

const JA: Array<[RegExp, (...parts: string[]) => string]> = [
  [/^(.+?) must be a language tag such as .*, got (.+)$/, (path, value) => `${path} は "ja"、"de"、"zh-Hant" のような言語タグにしてください${got(value!)}`],
  [/^(.+?) must be "auto" or a language tag such as .*, got (.+)$/, (path, value) => `${path} は "auto" か、"ja"、"de"、"zh-Hant" のような言語タグにしてください${got(value!)}`],
  [/^(.+?) must be a string, got (.+)$/, (path, value) => `${path} は文字列（"…"）で書いてください${got(value!)}`],
  [/^(.+?) must be one of (.+), got (.+)$/, (path, list, value) => `${path} は ${list!.split(', ').join('、')} のいずれかにしてください${got(value!)}`],
  [/^(.+?) must be a string or an object of locale → string .*, got (.+)$/, (path, value) => `${path} は文字列、または { "ja": …, "en": … } のオブジェクトにしてください${got(value!)}`],
  [/^(.+?) must be true or false, got (.+)$/, (path, value) => `${path} は true か false にしてください${got(value!)}`],
  [/^(.+?) must be a whole number, got (.+)$/, (path, value) => `${path} は整数にしてください${got(value!)}`],
  [/^(.+?) must be between (\d+) and (\d+), got (.+)$/, (path, min, max, value) => `${path} は ${min} から ${max} までの整数にしてください${got(value!)}`],
  [/^(.+?) must be an array, got (.+)$/, (path, value) => `${path} は配列（[ … ]）にしてください${got(value!)}`],
  [/^(.+?) must not be empty, got (.+)$/, (path) => `${path} には1つ以上の項目が必要です`],
  [/^(.+?) must be an object, got (.+)$/, (path, value) => `${path} はオブジェクト（{ … }）にしてください${got(value!)}`],
  [/^(.+?) must be (.+), got (.+)$/, (path, hint, value) => `${path} は ${HINTS[hint!] ?? hint} にしてください${got(value!)}`],
  [/^(.+?) is not a supported locale \(use one of (.+)\)$/, (path, tags) => `${path} は使えない言語です（${tags} のいずれかを使います）`],
  [/^languages\[(\d+)\] "(.*)" is not built in: serve its words as (\S+) beside consentry\.js$/, (index, tag, file) => `languages[${index}] の "${tag}" は組み込みの言語ではありません。その言語の文言を ${file} として consentry.js と同じ場所に置いてください`],
  [/^languages\[(\d+)\] "(.*)" is listed twice$/, (index, tag) => `languages[${index}] の "${tag}" が重複しています`],
  [/^locale "(.*)" is not one of languages \((.*)\)$/, (locale, tags) => `locale の "${locale}" が languages（${tags}）に含まれていません`],
  [/^(.+?) is not a known field and is ignored$/, (path) => `${path} は知られていない項目のため無視されます`],
  [/^(.+?) is required$/, (path) => `${path} は必須です`],
  [/^(.+?) "(.*)" is used twice$/, (path, id) => `${path} の "${id}" が重複しています`],
  [/^(.+?) "(.*)" is not the id of any category$/, (path, id) => `${path} の "${id}" はどのカテゴリーのIDでもありません`],
  [
    /^(.+?) needs "country" \(ISO 3166 code\) or "countryUnknownReason" \(APPI Art\. 28\)$/,
    (path) => `${path} には "country"（ISO 3166 の国コード）か "countryUnknownReason" が必要です（個人情報保護法28条）`,
  ],
  [
    /^(.+?) is required for a recipient outside Japan \(country "(.*)", APPI Art\. 28\)$/,
    (path, country) => `${path} は外国にある送信先（所在国 "${country}"）では必須です（個人情報保護法28条）`,
  ],
  [
    /^(.+?) "(.*)" is optional but no vendor uses it: .*$/,
    (path, id) => `${path} の "${id}" は任意のカテゴリーですが、使う送信先がありません。同意しても何にも同意したことになりません。送信先を追加するか、カテゴリーを削除してください`,
  ],
  [/^(.+?) is empty: the external-transmission notice must say what is sent$/, (path) => `${path} が空です。外部送信の公表事項には送信される情報を書く必要があります`],
  [/^(.+?) is missing: the external-transmission notice must say what it is used for$/, (path) => `${path} がありません。外部送信の公表事項には利用目的を書く必要があります`],
  [
    /^(.+?) links to personal data but sits in the required category "(.*)": .*$/,
    (path, id) => `${path} は個人データと紐付けられますが、必須のカテゴリー "${id}" に入っています。個人情報保護法31条により本人の同意が必要なため、任意のカテゴリーに移してください`,
  ],
  [
    /^revision "(.*)" is unchanged but vendors changed since the previous config: .*$/,
    (revision) => `送信先が前の設定から変わりましたが、revision は "${revision}" のままです。全員に同意を取り直すため、revision を変更してください`,
  ],
  [/^(.+?) "(.*)" is not an ISO 3166-1 country code$/, (path, code) => `${path} の "${code}" は ISO 3166-1 の国コードではありません`],
  [/^(.+?) is a required category, which is always on$/, (path) => `${path} は必須のカテゴリーで、常に有効です。同意モデルは指定できません`],
  [
    /^(.+?) makes "(.*)" (opt-out|notice) for (.+), but vendor "(.*)" links to personal data and needs opt-in consent in Japan \(APPI Art\. 31\)$/,
    (path, category, model, region, vendor) =>
      `${path} は ${region} で "${category}" を ${model} にしていますが、送信先 "${vendor}" は個人データと紐付けるため、日本では本人の同意（オプトイン）が必要です（個人情報保護法31条）`,
  ],
  [/^config must be an object, got (.+)$/, (value) => `設定はオブジェクト（{ … }）にしてください${got(value!)}`],
]

/** A message of `validateConfig` or `practicalWarnings` in the given language. */
export function localizeMessage(message: string, locale: MessageLocale): string {
  if (locale === 'en') return message
  for (const [pattern, write] of JA) {
    const match = message.match(pattern)
    if (match) return write(...match.slice(1))
  }
  return message
}
