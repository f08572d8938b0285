/** 简体中文：按中国大陆网站与监管常用的说法（「全部接受」/「全部拒绝」）。 */
export const banner = {
  bannerTitle: 'Cookie 及类似技术的使用',
  bannerText:
    '本网站可能会将 Cookie 等标识符和浏览记录发送给其他公司（包括日本境外的公司）。请选择您同意的范围；无论是否同意，您都可以正常使用本网站。',
  purposes: '使用目的：',
  gpc: '您的浏览器发送了全球隐私控制（GPC）信号，因此以下项目将保持关闭（可在设置中开启）：',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  customize: '自定义设置',
  policy: '隐私政策',
  disclosure: '关于向外部发送信息',
  rights: '查阅、删除等请求',
  saved: '您的设置已保存。',
}

export const dialog = {
  stopProvision: '停止所有非必要的提供',
  dialogTitle: 'Cookie 设置',
  dialogIntro: '您可以逐项选择。必要项目是网站运行所必需的，无法关闭。您可以随时更改设置或撤回同意。',
  close: '关闭',
  save: '保存所选设置',
  required: '始终启用',
  noticed: '始终启用（告知）',
  optOutModel: '默认启用，可选择退出',
  vendors: '接收方',
  country: '所在国家/地区',
  dataItems: '发送的信息',
  purpose: '使用目的',
  vendorPolicy: '隐私政策',
  linksToPersonalData: '与个人信息关联',
  foreignSystem: '该国家/地区的个人信息保护制度',
  measures: '接收方采取的保护措施',
  countryUnknown: '无法确定所在国家/地区的原因',
  newTab: '（在新标签页中打开）',
  language: '显示语言',
}

export const placeholder = {
  lead: '此内容由其他公司提供。显示后，信息将发送给以下接收方：',
  purpose: '使用目的：',
  allow: '显示此内容',
  preferences: 'Cookie 设置',
}

export const record = {
  title: '同意记录（此浏览器）',
  none: '暂无记录。',
  download: '下载我的同意记录（JSON）',
  given: '同意',
  changed: '更改',
  withdrawn: '撤回',
  expired: '已过期',
  pending: '待发送',
}

export const disclosure = {
  title: '关于向外部发送用户信息',
  recipient: '接收方',
  dataItems: '发送的信息',
  purpose: '使用目的',
  country: '所在国家/地区',
  linked: '与个人信息关联',
  policy: '隐私政策',
  foreignSystem: '该国家/地区的个人信息保护制度',
  measures: '采取的保护措施',
  required: '（为提供网站服务所必需，无论是否同意均会发送）',
  yes: '是',
  no: '否',
  separator: '、',
}

export const dataItems = {
  'cookie-id': 'Cookie 等标识符',
  'ad-id': '广告标识符（设备广告 ID）',
  'browsing-history': '浏览记录（浏览过的页面）',
  'ip-address': 'IP 地址',
  'device-info': '设备及浏览器信息（操作系统、浏览器类型等）',
  'purchase-history': '购买记录',
  location: '位置信息',
  email: '电子邮件地址',
  'hashed-email': '经哈希处理的电子邮件地址',
  phone: '电话号码',
  name: '姓名',
  address: '地址',
  'user-id': '会员 ID',
  referrer: '来源页面（引荐来源）',
  interests: '推测的兴趣爱好',
  conversion: '转化（购买、注册）信息',
  'payment-card': '部分银行卡号',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: '我们会出于以下目的，将 Cookie 标识符和浏览记录发送给其他公司：',
  optOut: '停止共享我的信息',
  close: '关闭',
}
