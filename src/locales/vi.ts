/** Tiếng Việt: cách nói của các trang web Việt Nam và Nghị định 13/2023 («Chấp nhận tất cả» / «Từ chối tất cả»). */
export const banner = {
  bannerTitle: 'Cookie và các công nghệ tương tự',
  bannerText:
    'Chúng tôi có thể gửi mã nhận dạng cookie và lịch sử duyệt web của bạn cho các công ty khác, trong đó có công ty ở ngoài Nhật Bản. Hãy chọn những gì bạn đồng ý; dù chọn thế nào, trang web vẫn hoạt động bình thường.',
  purposes: 'Mục đích: ',
  gpc: 'Trình duyệt của bạn gửi tín hiệu Global Privacy Control (GPC), nên các mục sau vẫn tắt trừ khi bạn bật chúng trong phần cài đặt: ',
  acceptAll: 'Chấp nhận tất cả',
  rejectAll: 'Từ chối tất cả',
  customize: 'Tùy chỉnh',
  policy: 'Chính sách quyền riêng tư',
  disclosure: 'Về việc gửi dữ liệu ra bên ngoài',
  rights: 'Yêu cầu truy cập và xóa dữ liệu',
  saved: 'Đã lưu lựa chọn của bạn.',
}

export const dialog = {
  stopProvision: 'Dừng mọi chia sẻ không bắt buộc',
  dialogTitle: 'Cài đặt cookie',
  dialogIntro: 'Bạn có thể chọn riêng từng mục đích. Các mục thiết yếu giúp trang web hoạt động nên không thể tắt. Bạn có thể thay đổi lựa chọn hoặc rút lại sự đồng ý bất cứ lúc nào.',
  close: 'Đóng',
  save: 'Lưu lựa chọn của tôi',
  required: 'Luôn bật',
  noticed: 'Luôn bật (thông báo)',
  optOutModel: 'Bật trừ khi bạn từ chối',
  vendors: 'Bên nhận',
  country: 'Quốc gia',
  dataItems: 'Thông tin được gửi',
  purpose: 'Mục đích',
  vendorPolicy: 'Chính sách quyền riêng tư',
  linksToPersonalData: 'Liên kết với dữ liệu cá nhân',
  foreignSystem: 'Quy định bảo vệ dữ liệu của quốc gia đó',
  measures: 'Biện pháp bên nhận áp dụng',
  countryUnknown: 'Lý do không thể nêu quốc gia',
  newTab: ' (mở trong thẻ mới)',
  language: 'Ngôn ngữ',
}

export const placeholder = {
  lead: 'Nội dung này được tải từ một công ty khác. Khi hiển thị, thông tin sẽ được gửi tới:',
  purpose: 'Mục đích: ',
  allow: 'Hiển thị nội dung này',
  preferences: 'Cài đặt cookie',
}

export const record = {
  title: 'Nhật ký đồng ý (trình duyệt này)',
  none: 'Chưa có bản ghi nào.',
  download: 'Tải xuống nhật ký đồng ý của tôi (JSON)',
  given: 'Đã đồng ý',
  changed: 'Đã thay đổi',
  withdrawn: 'Đã rút lại',
  expired: 'Đã hết hạn',
  pending: 'chưa gửi',
}

export const disclosure = {
  title: 'Về việc gửi thông tin người dùng ra bên ngoài',
  recipient: 'Bên nhận',
  dataItems: 'Thông tin được gửi',
  purpose: 'Mục đích',
  country: 'Quốc gia',
  linked: 'Liên kết với dữ liệu cá nhân',
  policy: 'Chính sách quyền riêng tư',
  foreignSystem: 'Quy định bảo vệ dữ liệu của quốc gia đó',
  measures: 'Biện pháp áp dụng',
  required: ' (cần thiết để cung cấp trang web nên được gửi mà không cần xin đồng ý)',
  yes: 'Có',
  no: 'Không',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Mã nhận dạng cookie và mã tương tự',
  'ad-id': 'Mã nhận dạng quảng cáo của thiết bị',
  'browsing-history': 'Lịch sử duyệt web (các trang đã xem)',
  'ip-address': 'Địa chỉ IP',
  'device-info': 'Thông tin thiết bị và trình duyệt (hệ điều hành, loại trình duyệt)',
  'purchase-history': 'Lịch sử mua hàng',
  location: 'Vị trí',
  email: 'Địa chỉ email',
  'hashed-email': 'Địa chỉ email đã băm',
  phone: 'Số điện thoại',
  name: 'Họ và tên',
  address: 'Địa chỉ bưu chính',
  'user-id': 'Mã thành viên',
  referrer: 'Trang giới thiệu',
  interests: 'Sở thích được suy đoán',
  conversion: 'Dữ liệu chuyển đổi (mua hàng hoặc đăng ký)',
  'payment-card': 'Một phần số thẻ thanh toán',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Chúng tôi gửi mã định danh cookie và lịch sử duyệt web cho các công ty khác, cho các mục đích sau:',
  optOut: 'Từ chối chia sẻ',
  close: 'Đóng',
}
