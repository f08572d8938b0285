/** Japanese, written the way Japanese sites write these notices. */
export const banner = {
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
}

export const dialog = {
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
  language: '表示言語',
}

export const placeholder = {
  lead: 'このコンテンツは外部の事業者から読み込みます。表示すると、次の送信先に情報が送信されます。',
  purpose: '利用目的：',
  allow: 'この内容を表示',
  preferences: 'Cookie設定',
}

export const record = {
  title: '同意の記録（このブラウザ）',
  none: 'まだ記録はありません。',
  download: '記録をダウンロード（JSON）',
  given: '同意',
  changed: '変更',
  withdrawn: '撤回',
  expired: '期限切れ',
  pending: '送信待ち',
}

export const disclosure = {
  title: '利用者情報の外部送信について',
  recipient: '送信先',
  dataItems: '送信される情報',
  purpose: '利用目的',
  country: '所在国',
  linked: '個人データとの紐付け',
  policy: 'プライバシーポリシー',
  foreignSystem: '外国の個人情報保護制度',
  measures: '講じている措置',
  required: '（サイトの提供に必要なため、同意の有無にかかわらず送信します）',
  yes: 'あり',
  no: 'なし',
  separator: '、',
}

/** The PPC guideline's examples of personal referable information are all here. */
export const dataItems = {
  'cookie-id': 'Cookie等の識別子',
  'ad-id': '広告識別子（端末の広告ID）',
  'browsing-history': '閲覧履歴（閲覧したページのURL等）',
  'ip-address': 'IPアドレス',
  'device-info': '端末・ブラウザの情報（OS、ブラウザの種類等）',
  'purchase-history': '購入履歴',
  location: '位置情報',
  email: 'メールアドレス',
  'hashed-email': 'ハッシュ化したメールアドレス',
  phone: '電話番号',
  name: '氏名',
  address: '住所',
  'user-id': '会員ID',
  referrer: 'リファラー（参照元URL）',
  interests: '興味・関心の推定結果',
  conversion: '成果（購入・申込み）の情報',
  'payment-card': 'クレジットカード番号の一部',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: '当サイトでは、Cookie等の識別子や閲覧履歴を、次の目的で外部の事業者に送信しています。',
  optOut: '送信を停止する',
  close: '閉じる',
}
