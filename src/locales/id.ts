/** Bahasa Indonesia: istilah situs Indonesia dan UU PDP („Terima semua” / „Tolak semua”). */
export const banner = {
  bannerTitle: 'Cookie dan teknologi serupa',
  bannerText:
    'Kami dapat mengirimkan ID cookie dan riwayat penelusuran Anda ke perusahaan lain, sebagian di luar Jepang. Pilih apa yang Anda setujui; situs tetap berfungsi apa pun pilihan Anda.',
  purposes: 'Tujuan: ',
  gpc: 'Browser Anda mengirim sinyal Global Privacy Control (GPC), jadi tujuan berikut tetap nonaktif kecuali Anda mengaktifkannya di pengaturan: ',
  acceptAll: 'Terima semua',
  rejectAll: 'Tolak semua',
  customize: 'Sesuaikan',
  policy: 'Kebijakan privasi',
  disclosure: 'Pengiriman data ke pihak luar',
  rights: 'Permintaan akses dan penghapusan',
  saved: 'Pilihan Anda telah disimpan.',
}

export const dialog = {
  stopProvision: 'Hentikan semua pembagian opsional',
  dialogTitle: 'Pengaturan cookie',
  dialogIntro: 'Pilih setiap tujuan secara terpisah. Cookie yang sangat diperlukan menjaga situs tetap berfungsi dan tidak dapat dinonaktifkan. Anda dapat mengubah pilihan atau menarik persetujuan kapan saja.',
  close: 'Tutup',
  save: 'Simpan pilihan saya',
  required: 'Selalu aktif',
  noticed: 'Selalu aktif (pemberitahuan)',
  optOutModel: 'Aktif kecuali Anda menolak',
  vendors: 'Penerima',
  country: 'Negara',
  dataItems: 'Informasi yang dikirim',
  purpose: 'Tujuan',
  vendorPolicy: 'Kebijakan privasi',
  linksToPersonalData: 'Ditautkan dengan data pribadi',
  foreignSystem: 'Aturan pelindungan data di negara tersebut',
  measures: 'Langkah yang diambil penerima',
  countryUnknown: 'Alasan negara tidak dapat disebutkan',
  newTab: ' (terbuka di tab baru)',
  language: 'Bahasa',
}

export const placeholder = {
  lead: 'Konten ini dimuat dari perusahaan lain. Jika ditampilkan, informasi akan dikirim ke:',
  purpose: 'Tujuan: ',
  allow: 'Tampilkan konten ini',
  preferences: 'Pengaturan cookie',
}

export const record = {
  title: 'Catatan persetujuan (browser ini)',
  none: 'Belum ada catatan.',
  download: 'Unduh catatan persetujuan saya (JSON)',
  given: 'Diberikan',
  changed: 'Diubah',
  withdrawn: 'Ditarik',
  expired: 'Kedaluwarsa',
  pending: 'belum terkirim',
}

export const disclosure = {
  title: 'Pengiriman data pengguna ke pihak luar',
  recipient: 'Penerima',
  dataItems: 'Informasi yang dikirim',
  purpose: 'Tujuan',
  country: 'Negara',
  linked: 'Ditautkan dengan data pribadi',
  policy: 'Kebijakan privasi',
  foreignSystem: 'Aturan pelindungan data di negara tersebut',
  measures: 'Langkah yang diambil',
  required: ' (diperlukan untuk menyediakan situs, sehingga dikirim tanpa meminta persetujuan)',
  yes: 'Ya',
  no: 'Tidak',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'ID cookie dan pengenal serupa',
  'ad-id': 'ID iklan perangkat',
  'browsing-history': 'Riwayat penelusuran (halaman yang dilihat)',
  'ip-address': 'Alamat IP',
  'device-info': 'Informasi perangkat dan browser (sistem operasi, jenis browser)',
  'purchase-history': 'Riwayat pembelian',
  location: 'Lokasi',
  email: 'Alamat email',
  'hashed-email': 'Alamat email yang di-hash',
  phone: 'Nomor telepon',
  name: 'Nama lengkap',
  address: 'Alamat pos',
  'user-id': 'ID anggota',
  referrer: 'Halaman perujuk',
  interests: 'Minat yang disimpulkan',
  conversion: 'Data konversi (pembelian atau pendaftaran)',
  'payment-card': 'Sebagian nomor kartu pembayaran',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Kami mengirim ID cookie dan riwayat penjelajahan ke perusahaan lain untuk tujuan berikut:',
  optOut: 'Tolak berbagi data',
  close: 'Tutup',
}
