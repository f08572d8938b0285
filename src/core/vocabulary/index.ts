import type { Locale } from '../config/types.js'

/**
 * The data items a vendor may declare, with the words a Japanese or English notice uses.
 * The PPC guideline's examples of personal referable information are all here. Any other
 * string is accepted as free text and shown as written.
 */
export const DATA_ITEMS: Record<string, Record<Locale, string>> = {
  'cookie-id': { ja: 'Cookie等の識別子', en: 'Cookie and similar identifiers' },
  'ad-id': { ja: '広告識別子（端末の広告ID）', en: 'Advertising identifier (device ad ID)' },
  'browsing-history': { ja: '閲覧履歴（閲覧したページのURL等）', en: 'Browsing history (pages viewed)' },
  'ip-address': { ja: 'IPアドレス', en: 'IP address' },
  'device-info': { ja: '端末・ブラウザの情報（OS、ブラウザの種類等）', en: 'Device and browser information (OS, browser type)' },
  'purchase-history': { ja: '購入履歴', en: 'Purchase history' },
  location: { ja: '位置情報', en: 'Location' },
  email: { ja: 'メールアドレス', en: 'Email address' },
  'hashed-email': { ja: 'ハッシュ化したメールアドレス', en: 'Hashed email address' },
  phone: { ja: '電話番号', en: 'Phone number' },
  name: { ja: '氏名', en: 'Name' },
  address: { ja: '住所', en: 'Postal address' },
  'user-id': { ja: '会員ID', en: 'Member ID' },
  referrer: { ja: 'リファラー（参照元URL）', en: 'Referrer' },
  interests: { ja: '興味・関心の推定結果', en: 'Inferred interests' },
  'conversion': { ja: '成果（購入・申込み）の情報', en: 'Conversion (purchase or sign-up) data' },
  'payment-card': { ja: 'クレジットカード番号の一部', en: 'Part of the payment card number' },
}

/** A data item in the visitor's language: the vocabulary's label, or the free text as written. */
export const dataItemLabel = (item: string, locale: Locale) => DATA_ITEMS[item]?.[locale] ?? item

/** The country's name in the given language, from the runtime's own data; else its code. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) || code
  } catch {
    return code
  }
}
