// The editor's own words. The validator's messages come in the same language from
// localizeMessage, as `consentry check --lang` prints them.
const STRINGS = {
  ja: {
    title: 'Consentry 設定エディター',
    intro: 'カテゴリーと送信先（ベンダー）を入力すると、同意バナーの設定ファイル（consent.json）ができます。入力中に内容を検査し、右側にプレビューを表示します。',
    language: '表示言語', file: 'ファイル', open: '設定ファイルを開く（JSON）', paste: 'またはJSONを貼り付け', loadPasted: '貼り付けたJSONを読み込む',
    export: 'consent.json を書き出す', startNew: '新しい設定を始める',
    site: 'サイトの設定', revision: '改定番号（revision）', revisionHint: '例: 2025-09-30。送信先や目的を変えたら必ず変更します（全員に同意を取り直します）。',
    revisionToday: '今日の日付にする', locale: 'バナーの言語', localeAuto: '自動（ページの言語）', expiresAfterDays: '同意の有効期間（日）',
    policyUrl: 'プライバシーポリシーのURL', disclosureUrl: '外部送信ページのURL（任意）', rightsUrl: '開示等の請求ページのURL（任意）',
    receiptsEndpoint: '同意記録の送信先URL（任意）', googleConsentMode: 'Googleの同意モード（Consent Mode v2）を使う',
    controller: '事業者（サイト運営者）', controllerName: '名称', controllerAddress: '住所', controllerContact: '連絡先（メールアドレス等）',
    ja: '日本語', en: '英語', listHint: 'カンマで区切ります。* は任意の文字列に一致します。',
    categories: 'カテゴリー（同意の目的）', category: 'カテゴリー', categoryId: 'ID（英数字、- と _）', categoryTitle: '名称', categoryDescription: '説明',
    required: '必須（同意なしで常に有効）', gpc: 'Global Privacy Control を送るブラウザでは初期状態を拒否にする', addCategory: 'カテゴリーを追加',
    vendors: '送信先（ベンダー）', vendor: '送信先', vendorId: 'ID（英数字、- と _）', vendorName: '名称（法人名）', vendorCategory: 'カテゴリー',
    country: '所在国（ISO 3166 の2文字、例: JP, US）', address: '住所', purpose: '利用目的', dataItems: '送信される情報', otherDataItems: 'その他の情報（カンマ区切り）',
    vendorPolicyUrl: 'プライバシーポリシーのURL', cookies: 'Cookie 名', domains: '送信先ドメイン', linksToPersonalData: '送信先で個人データと紐付けられる（個人情報保護法31条）',
    appi28: '外国にある送信先（個人情報保護法28条）', foreignSystemInfoUrl: '外国の個人情報保護制度に関する情報のURL', recipientMeasures: '送信先が講じている措置',
    countryUnknownReason: '所在国が特定できない場合の理由', noCategory: '（選択してください）',
    catalogue: 'ベンダーカタログ', addFromCatalogue: 'カタログから追加', addVendor: '送信先を手入力で追加',
    fromCatalogue: 'カタログから追加（{date} 確認）。', toConfirm: '送信先に確認してください: {fields}', sources: '確認した資料',
    moveUp: '上へ', moveDown: '下へ', remove: '削除',
    problems: '検査結果', noProblems: '問題はありません。この設定は有効です。', problemCount: 'エラー {errors} 件、警告 {warnings} 件', error: 'エラー', warning: '警告',
    diff: '読み込んだ版との差分', diffNone: '読み込んだ版から変更はありません。', diffFresh: 'まだファイルを読み込んでいません。すべて新規です。',
    added: '追加', removed: '削除', changed: '変更', diffVendors: '送信先', diffCategories: 'カテゴリー',
    bumpRevision: '送信先または目的が変わりましたが、改定番号は「{revision}」のままです。改定番号を変えると、全員に同意を取り直します。',
    preview: 'プレビュー', previewStale: '設定にエラーがあるため、最後に有効だった版を表示しています。', banner: 'バナー', preferences: '設定ダイアログ', disclosure: '外部送信の表',
    frameTitle: '{view}のプレビュー（{language}）',
    statusAdded: '{what}を追加しました。', statusRemoved: '{what}を削除しました。', statusMoved: '{what}を移動しました。', statusEdge: 'これ以上移動できません。',
    statusLoaded: '{name} を読み込みました。', statusBadJson: 'JSONとして読めません: {error}', statusExported: 'consent.json を書き出しました。',
    statusExportedInvalid: 'consent.json を書き出しましたが、エラーが {errors} 件あります。', statusNew: '新しい設定を始めました。', statusRevision: '改定番号を {revision} にしました。',
  },
  en: {
    title: 'Consentry config editor',
    intro: 'Describe your categories and vendors and get the consent banner’s config file (consent.json). It is checked as you type, and previewed on the right.',
    language: 'Language', file: 'File', open: 'Open a config file (JSON)', paste: 'Or paste JSON', loadPasted: 'Load the pasted JSON',
    export: 'Export consent.json', startNew: 'Start a new config',
    site: 'Site settings', revision: 'Revision', revisionHint: 'For example 2025-09-30. Change it whenever vendors or purposes change: everyone is asked again.',
    revisionToday: 'Set to today', locale: 'Banner language', localeAuto: 'Automatic (the page’s language)', expiresAfterDays: 'Consent lasts (days)',
    policyUrl: 'Privacy policy URL', disclosureUrl: 'External-transmission page URL (optional)', rightsUrl: 'Disclosure and deletion requests URL (optional)',
    receiptsEndpoint: 'Consent receipts endpoint (optional)', googleConsentMode: 'Use Google Consent Mode v2',
    controller: 'Controller (who runs the site)', controllerName: 'Name', controllerAddress: 'Address', controllerContact: 'Contact (email or similar)',
    ja: 'Japanese', en: 'English', listHint: 'Separate with commas. * matches any characters.',
    categories: 'Categories (purposes of consent)', category: 'Category', categoryId: 'Id (letters, digits, - and _)', categoryTitle: 'Title', categoryDescription: 'Description',
    required: 'Required (always on, no consent asked)', gpc: 'Starts denied when the browser sends Global Privacy Control', addCategory: 'Add a category',
    vendors: 'Vendors (recipients)', vendor: 'Vendor', vendorId: 'Id (letters, digits, - and _)', vendorName: 'Name (legal entity)', vendorCategory: 'Category',
    country: 'Country (ISO 3166 two letters, e.g. JP, US)', address: 'Address', purpose: 'Purpose', dataItems: 'Information sent', otherDataItems: 'Other information (comma separated)',
    vendorPolicyUrl: 'Privacy policy URL', cookies: 'Cookie names', domains: 'Domains it receives data on', linksToPersonalData: 'The recipient links it to personal data (APPI Art. 31)',
    appi28: 'Recipient abroad (APPI Art. 28)', foreignSystemInfoUrl: 'URL about the country’s data protection system', recipientMeasures: 'Measures the recipient takes',
    countryUnknownReason: 'Why the country cannot be named', noCategory: '(choose one)',
    catalogue: 'Vendor catalogue', addFromCatalogue: 'Add from the catalogue', addVendor: 'Add a vendor by hand',
    fromCatalogue: 'From the catalogue (checked {date}).', toConfirm: 'Confirm with the vendor: {fields}', sources: 'Sources checked',
    moveUp: 'Move up', moveDown: 'Move down', remove: 'Delete',
    problems: 'Check', noProblems: 'No problems: this config is valid.', problemCount: '{errors} error(s), {warnings} warning(s)', error: 'error', warning: 'warning',
    diff: 'Changes since the loaded version', diffNone: 'Nothing changed since the loaded version.', diffFresh: 'No file loaded yet: everything is new.',
    added: 'Added', removed: 'Removed', changed: 'Changed', diffVendors: 'vendors', diffCategories: 'categories',
    bumpRevision: 'Vendors or purposes changed but the revision is still “{revision}”. Change the revision so everyone is asked again.',
    preview: 'Preview', previewStale: 'The config has errors, so the last valid version is shown.', banner: 'Banner', preferences: 'Preferences dialog', disclosure: 'External-transmission table',
    frameTitle: '{view} preview ({language})',
    statusAdded: 'Added {what}.', statusRemoved: 'Deleted {what}.', statusMoved: 'Moved {what}.', statusEdge: 'It cannot move further.',
    statusLoaded: 'Loaded {name}.', statusBadJson: 'This is not valid JSON: {error}', statusExported: 'Exported consent.json.',
    statusExportedInvalid: 'Exported consent.json, but it still has {errors} error(s).', statusNew: 'Started a new config.', statusRevision: 'Revision set to {revision}.',
  },
}

let current = 'en'

export const setLanguage = (language) => void (current = STRINGS[language] ? language : 'en')
export const language = () => current

/** The UI text for `key`, with {name} placeholders filled in. */
export const t = (key, values = {}) =>
  (STRINGS[current][key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''))
