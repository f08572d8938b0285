/**
 * What each config field means, in English and Japanese, for the JSON Schema's descriptions
 * (editors show them on hover and in completion). Keyed by path; list items end in "[]".
 */
export const FIELD_DOCS: Record<string, { en: string; ja: string }> = {
  '': {
    en: 'Consentry: the consent banner, the gating rules, the external-transmission notice and the receipts, from one file.',
    ja: 'Consentry の設定：同意バナー、タグの制御、外部送信の公表事項、同意記録をこの1ファイルから作ります。',
  },
  revision: {
    en: 'Policy revision. Changing it asks every visitor again; change it whenever vendors or purposes change.',
    ja: 'ポリシーの版。変更するとすべての訪問者に同意を取り直します。送信先や利用目的を変えたら必ず更新してください。',
  },
  locale: {
    en: '"auto" follows <html lang>, then the browser\'s languages; or force "ja" or "en".',
    ja: '"auto" は <html lang>、次にブラウザの言語設定に従います。"ja" または "en" で固定もできます。',
  },
  expiresAfterDays: { en: 'A decision older than this many days is asked again.', ja: 'この日数を過ぎた同意は取り直します。' },
  policyUrl: { en: 'The privacy policy, linked from the banner.', ja: 'プライバシーポリシーのURL（バナーからリンクします）。' },
  disclosureUrl: {
    en: 'The external-transmission notice (Telecommunications Business Act Art. 27-12).',
    ja: '外部送信規律（電気通信事業法第27条の12）に基づく公表ページのURL。',
  },
  rightsUrl: { en: 'How to request disclosure or deletion.', ja: '開示・削除等の請求手続のURL。' },
  controller: { en: 'Who decides the purposes (the business operator).', ja: '利用目的を決める事業者（個人情報取扱事業者）。' },
  'controller.name': { en: 'The operator\'s name.', ja: '事業者の名称。' },
  'controller.address': { en: 'The operator\'s address.', ja: '事業者の住所。' },
  'controller.contact': { en: 'Where visitors send privacy questions.', ja: '個人情報に関するお問い合わせ先。' },
  cookie: { en: 'The first-party cookie that keeps the decision.', ja: '同意の内容を保存するファーストパーティCookie。' },
  'cookie.name': { en: 'Cookie name.', ja: 'Cookie名。' },
  'cookie.domain': { en: 'Cookie domain, e.g. ".example.com" to share it across subdomains.', ja: 'Cookieのドメイン（例：サブドメイン間で共有する場合は ".example.com"）。' },
  receipts: { en: 'Where each decision\'s consent receipt is posted.', ja: '同意ごとの記録（同意レシート）の送信先。' },
  'receipts.endpoint': { en: 'The collector\'s URL (POST { receipts: [...] }).', ja: '記録を受け取るコレクターのURL。' },
  'receipts.retentionDays': { en: 'How long receipts are kept, in days.', ja: '記録の保存期間（日数）。' },
  'receipts.jurisdiction': { en: 'The legal systems the record is made under, e.g. ["JP", "EU"].', ja: '記録の準拠法域（例：["JP", "EU"]）。' },
  reloadOnWithdraw: {
    en: 'Reload the page after consent is taken back, so tags that already run stop.',
    ja: '同意の撤回後にページを再読み込みし、実行中のタグを止めます。',
  },
  googleConsentMode: {
    en: 'Google Consent Mode v2: true for the default mapping, or Google consent types mapped to the category ids that grant them.',
    ja: 'Google 同意モード v2。true で既定の対応付け、またはGoogleの同意タイプごとに許可するカテゴリIDを指定します。',
  },
  'googleConsentMode.ad_storage': { en: 'Categories that grant ad_storage (default: advertising).', ja: 'ad_storage を許可するカテゴリ（既定：advertising）。' },
  'googleConsentMode.ad_user_data': { en: 'Categories that grant ad_user_data (default: advertising).', ja: 'ad_user_data を許可するカテゴリ（既定：advertising）。' },
  'googleConsentMode.ad_personalization': {
    en: 'Categories that grant ad_personalization (default: advertising).',
    ja: 'ad_personalization を許可するカテゴリ（既定：advertising）。',
  },
  'googleConsentMode.analytics_storage': { en: 'Categories that grant analytics_storage (default: analytics).', ja: 'analytics_storage を許可するカテゴリ（既定：analytics）。' },
  'googleConsentMode.functionality_storage': {
    en: 'Categories that grant functionality_storage (default: functional).',
    ja: 'functionality_storage を許可するカテゴリ（既定：functional）。',
  },
  'googleConsentMode.personalization_storage': {
    en: 'Categories that grant personalization_storage (default: functional).',
    ja: 'personalization_storage を許可するカテゴリ（既定：functional）。',
  },
  'googleConsentMode.security_storage': { en: 'Categories that grant security_storage (default: always granted).', ja: 'security_storage を許可するカテゴリ（既定：常に許可）。' },
  'googleConsentMode.ads_data_redaction': { en: 'Push gtag("set", "ads_data_redaction", true).', ja: 'gtag("set", "ads_data_redaction", true) を送ります。' },
  'googleConsentMode.url_passthrough': { en: 'Push gtag("set", "url_passthrough", true).', ja: 'gtag("set", "url_passthrough", true) を送ります。' },
  'googleConsentMode.wait_for_update': { en: 'Milliseconds Google tags wait for an update (500 by default).', ja: 'Googleタグが更新を待つミリ秒数（既定500）。' },
  categories: { en: 'Purposes the visitor chooses, in the order shown.', ja: '訪問者が選ぶ利用目的（表示順）。' },
  'categories[].id': { en: 'Id used in data-consent markup: letters, digits, "_" or "-".', ja: 'タグの data-consent で使うID（英数字、"_"、"-"）。' },
  'categories[].required': { en: 'Always granted; its switch is locked.', ja: '常に許可（オフにできません）。' },
  'categories[].title': { en: 'The category\'s name, a string or { "ja": ..., "en": ... }.', ja: 'カテゴリ名（文字列、または { "ja": …, "en": … }）。' },
  'categories[].description': { en: 'What the category is for.', ja: 'カテゴリの説明。' },
  'categories[].gpc': {
    en: 'Starts (and stays) denied when the browser sends Global Privacy Control.',
    ja: 'ブラウザがGPCを送る場合は、訪問者がオンにするまで拒否のままにします。',
  },
  vendors: { en: 'Recipients: every company the page sends data to.', ja: '送信先の事業者。' },
  'vendors[].id': { en: 'Id used in data-vendor markup.', ja: 'タグの data-vendor で使うID。' },
  'vendors[].name': { en: 'The recipient\'s legal name.', ja: '送信先事業者の名称。' },
  'vendors[].category': { en: 'The id of the category it belongs to.', ja: '所属するカテゴリのID。' },
  'vendors[].country': {
    en: 'ISO 3166 code of the recipient\'s country; outside "JP", APPI Art. 28 details are required.',
    ja: '所在国（ISO 3166 の2文字）。日本以外の場合は個人情報保護法第28条の情報が必要です。',
  },
  'vendors[].address': { en: 'The recipient\'s address.', ja: '送信先事業者の住所。' },
  'vendors[].purpose': { en: 'What the recipient uses the data for.', ja: '送信先での利用目的。' },
  'vendors[].dataItems': {
    en: 'What is sent: vocabulary ids such as "cookie-id", "browsing-history", "ip-address", or free text.',
    ja: '送信される情報（"cookie-id"、"browsing-history"、"ip-address" などの語彙ID、または自由記述）。',
  },
  'vendors[].policyUrl': { en: 'The recipient\'s privacy policy.', ja: '送信先のプライバシーポリシー。' },
  'vendors[].cookies': { en: 'Cookie name patterns ("*" for any characters), deleted when the vendor is denied.', ja: 'Cookie名のパターン（"*" は任意の文字列）。拒否時に削除します。' },
  'vendors[].domains': {
    en: 'Hosts ("ads.example.com", "*.example.com") whose requests are held back until the vendor is granted.',
    ja: '同意まで通信を保留するホスト（"ads.example.com"、"*.example.com"）。',
  },
  'vendors[].linksToPersonalData': {
    en: 'APPI Art. 31: the recipient links what it receives to personal data.',
    ja: '個人情報保護法第31条：送信先で個人データと紐付けられます。',
  },
  'vendors[].foreignSystemInfoUrl': {
    en: 'APPI Art. 28: information on the personal-data protection system of the recipient\'s country.',
    ja: '個人情報保護法第28条：移転先の国の個人情報保護制度に関する情報。',
  },
  'vendors[].recipientMeasures': {
    en: 'APPI Art. 28: the measures the recipient takes to protect personal data.',
    ja: '個人情報保護法第28条：移転先事業者が講じる個人情報保護のための措置。',
  },
  'vendors[].countryUnknownReason': {
    en: 'APPI Art. 28: why the country cannot be named, in place of the country details.',
    ja: '個人情報保護法第28条：所在国を特定できない理由（所在国の情報の代わり）。',
  },
}
