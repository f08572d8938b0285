/** 繁體中文：依臺灣、香港網站與主管機關常用的說法（「全部接受」/「全部拒絕」）。 */
export const banner = {
  bannerTitle: 'Cookie 及類似技術的使用',
  bannerText:
    '本網站可能會將 Cookie 等識別碼及瀏覽紀錄傳送給其他公司（包括日本境外的公司）。請選擇您同意的範圍；無論是否同意，您都可以正常使用本網站。',
  purposes: '使用目的：',
  gpc: '您的瀏覽器傳送了全球隱私控制（GPC）訊號，因此下列項目將維持關閉（可在設定中開啟）：',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  customize: '自訂設定',
  policy: '隱私權政策',
  disclosure: '關於向外部傳送資訊',
  rights: '查閱、刪除等請求',
  saved: '您的設定已儲存。',
}

export const dialog = {
  stopProvision: '停止所有非必要的提供',
  dialogTitle: 'Cookie 設定',
  dialogIntro: '您可以逐項選擇。必要項目為網站運作所必需，無法關閉。您可以隨時變更設定或撤回同意。',
  close: '關閉',
  save: '儲存所選設定',
  required: '一律啟用',
  noticed: '一律啟用（告知）',
  optOutModel: '預設啟用，可選擇退出',
  vendors: '接收者',
  country: '所在國家/地區',
  dataItems: '傳送的資訊',
  purpose: '使用目的',
  vendorPolicy: '隱私權政策',
  linksToPersonalData: '與個人資料連結',
  foreignSystem: '該國家/地區的個人資料保護制度',
  measures: '接收者採取的保護措施',
  countryUnknown: '無法確定所在國家/地區的原因',
  newTab: '（在新分頁中開啟）',
  language: '顯示語言',
}

export const placeholder = {
  lead: '此內容由其他公司提供。顯示後，資訊將傳送給下列接收者：',
  purpose: '使用目的：',
  allow: '顯示此內容',
  preferences: 'Cookie 設定',
}

export const record = {
  title: '同意紀錄（此瀏覽器）',
  none: '目前沒有紀錄。',
  download: '下載我的同意紀錄（JSON）',
  given: '同意',
  changed: '變更',
  withdrawn: '撤回',
  expired: '已過期',
  pending: '尚未傳送',
}

export const disclosure = {
  title: '關於向外部傳送使用者資訊',
  recipient: '接收者',
  dataItems: '傳送的資訊',
  purpose: '使用目的',
  country: '所在國家/地區',
  linked: '與個人資料連結',
  policy: '隱私權政策',
  foreignSystem: '該國家/地區的個人資料保護制度',
  measures: '採取的保護措施',
  required: '（為提供網站服務所必需，無論是否同意均會傳送）',
  yes: '是',
  no: '否',
  separator: '、',
}

export const dataItems = {
  'cookie-id': 'Cookie 等識別碼',
  'ad-id': '廣告識別碼（裝置廣告 ID）',
  'browsing-history': '瀏覽紀錄（瀏覽過的網頁）',
  'ip-address': 'IP 位址',
  'device-info': '裝置及瀏覽器資訊（作業系統、瀏覽器類型等）',
  'purchase-history': '購買紀錄',
  location: '位置資訊',
  email: '電子郵件地址',
  'hashed-email': '經雜湊處理的電子郵件地址',
  phone: '電話號碼',
  name: '姓名',
  address: '地址',
  'user-id': '會員 ID',
  referrer: '來源網頁（參照網址）',
  interests: '推測的興趣',
  conversion: '轉換（購買、申請）資訊',
  'payment-card': '部分信用卡號碼',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: '我們會基於以下目的，將 Cookie 識別碼與瀏覽紀錄傳送給其他公司：',
  optOut: '停止分享我的資訊',
  close: '關閉',
}
