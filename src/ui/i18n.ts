import type { Locale } from '../core/config/types.js'

/**
 * The UI's own words. Japanese is written the way Japanese sites write these notices.
 * The banner's words load with the banner; the dialog's only when the dialog opens.
 */
export const BANNER_STRINGS = {
  ja: {
    bannerTitle: 'Cookie等の利用について',
    bannerText:
      '当サイトでは、Cookie等の識別子や閲覧履歴を外部の事業者（外国の事業者を含みます）に送信することがあります。同意いただける範囲をお選びください。同意されなくてもサイトはご利用いただけます。',
    purposes: '利用目的：',
    gpc: 'ブラウザのGPC（グローバル・プライバシー・コントロール）設定に従い、次の項目はオフのままにします（設定画面でオンにできます）：',
    acceptAll: 'すべて同意する',
    rejectAll: 'すべて拒否する',
    customize: '設定を変更',
    policy: 'プライバシーポリシー',
    disclosure: '外部送信について',
    rights: '開示・削除等の請求',
    saved: '設定を保存しました。',
  },
  en: {
    bannerTitle: 'Cookies and similar technologies',
    bannerText:
      'We may send cookie IDs and browsing history to other companies, some outside Japan. Choose what you agree to; the site works either way.',
    purposes: 'Purposes: ',
    gpc: 'Your browser sends Global Privacy Control (GPC), so these stay off unless you switch them on in the settings: ',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    policy: 'Privacy policy',
    disclosure: 'External transmission',
    rights: 'Disclosure and deletion requests',
    saved: 'Your choices have been saved.',
  },
} satisfies Record<Locale, Record<string, string>>

export const DIALOG_STRINGS = {
  ja: {
    stopProvision: '必須以外の提供を停止',
    dialogTitle: 'Cookie設定',
    dialogIntro: '項目ごとに選べます。必須の項目はサイトの動作に必要なためオフにできません。設定はいつでも変更・撤回できます。',
    close: '閉じる',
    save: '選択内容を保存',
    required: '常に有効',
    noticed: '常に有効（通知・公表）',
    optOutModel: 'オプトアウト',
    vendors: '送信先の事業者',
    country: '所在国',
    dataItems: '送信される情報',
    purpose: '利用目的',
    vendorPolicy: 'プライバシーポリシー',
    linksToPersonalData: '個人データと紐付け',
    foreignSystem: '外国の個人情報保護制度',
    measures: '事業者が講じている措置',
    countryUnknown: '所在国を特定できない理由',
    newTab: '（新しいタブで開きます）',
  },
  en: {
    stopProvision: 'Stop all optional sharing',
    dialogTitle: 'Cookie settings',
    dialogIntro: 'Choose each purpose separately. Strictly necessary ones keep the site working and cannot be switched off. You can change or withdraw your choices at any time.',
    close: 'Close',
    save: 'Save my choices',
    required: 'Always on',
    noticed: 'Always on (notice)',
    optOutModel: 'On unless you opt out',
    vendors: 'Recipients',
    country: 'Country',
    dataItems: 'Information sent',
    purpose: 'Purpose',
    vendorPolicy: 'Privacy policy',
    linksToPersonalData: 'Linked to personal data',
    foreignSystem: "Country's data protection system",
    measures: 'Measures the recipient takes',
    countryUnknown: 'Why the country cannot be named',
    newTab: ' (opens in a new tab)',
  },
} satisfies Record<Locale, Record<string, string>>

/** A blocked embed's placeholder: its own chunk, on pages that have one. */
export const PLACEHOLDER_STRINGS = {
  ja: {
    lead: 'このコンテンツは外部の事業者から読み込みます。表示すると、次の送信先に情報が送信されます。',
    purpose: '利用目的：',
    allow: 'この内容を表示',
    preferences: 'Cookie設定',
  },
  en: {
    lead: 'This content loads from another company. Showing it sends information to:',
    purpose: 'Purpose: ',
    allow: 'Show this content',
    preferences: 'Cookie settings',
  },
} satisfies Record<Locale, Record<string, string>>

/** The notice layer's own words: they load with it, so the banner's visitors never pay for them. */
export const NOTICE_STRINGS = {
  ja: {
    noticeText: '当サイトでは、Cookie等の識別子や閲覧履歴を、次の目的で外部の事業者に送信しています。',
    optOut: '送信を停止する',
    close: '閉じる',
  },
  en: {
    noticeText: 'We send cookie IDs and browsing history to other companies, for these purposes:',
    optOut: 'Opt out of sharing',
    close: 'Close',
  },
} satisfies Record<Locale, Record<string, string>>

export type BannerStrings = (typeof BANNER_STRINGS)['ja']
export type Strings = BannerStrings & (typeof DIALOG_STRINGS)['ja']

/** Every word of the interface in one language: what the notice hash of a receipt covers. */
export const interfaceText = (locale: Locale) => ({
  ...BANNER_STRINGS[locale],
  ...DIALOG_STRINGS[locale],
  placeholder: PLACEHOLDER_STRINGS[locale],
  notice: NOTICE_STRINGS[locale],
})

export { countryName } from '../core/vocabulary/index.js'
