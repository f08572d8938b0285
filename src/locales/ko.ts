/** 한국어: 개인정보보호위원회와 국내 사이트가 쓰는 표현(「모두 동의」/「모두 거부」). */
export const banner = {
  bannerTitle: '쿠키 및 유사 기술 이용 안내',
  bannerText:
    '이 사이트는 쿠키 등 식별자와 방문 기록을 다른 회사(일본 외 국가의 회사 포함)에 전송할 수 있습니다. 동의하실 범위를 선택해 주세요. 동의하지 않으셔도 사이트를 이용하실 수 있습니다.',
  purposes: '이용 목적: ',
  gpc: '브라우저의 GPC(글로벌 프라이버시 컨트롤) 설정에 따라 다음 항목은 꺼진 상태로 유지됩니다(설정에서 켤 수 있습니다): ',
  acceptAll: '모두 동의',
  rejectAll: '모두 거부',
  customize: '설정 변경',
  policy: '개인정보 처리방침',
  disclosure: '외부 전송 안내',
  rights: '열람·삭제 등 요구',
  saved: '설정이 저장되었습니다.',
}

export const dialog = {
  stopProvision: '필수 외 제공 중단',
  dialogTitle: '쿠키 설정',
  dialogIntro: '항목별로 선택할 수 있습니다. 필수 항목은 사이트 운영에 필요하므로 끌 수 없습니다. 설정은 언제든지 변경하거나 동의를 철회할 수 있습니다.',
  close: '닫기',
  save: '선택 내용 저장',
  required: '항상 사용',
  noticed: '항상 사용(고지)',
  optOutModel: '거부하지 않으면 사용',
  vendors: '전송받는 회사',
  country: '소재국',
  dataItems: '전송되는 정보',
  purpose: '이용 목적',
  vendorPolicy: '개인정보 처리방침',
  linksToPersonalData: '개인정보와 연계',
  foreignSystem: '해당 국가의 개인정보 보호 제도',
  measures: '수신자가 취하는 보호 조치',
  countryUnknown: '소재국을 특정할 수 없는 이유',
  newTab: ' (새 탭에서 열림)',
  language: '표시 언어',
}

export const placeholder = {
  lead: '이 콘텐츠는 외부 회사에서 불러옵니다. 표시하면 다음 수신자에게 정보가 전송됩니다:',
  purpose: '이용 목적: ',
  allow: '이 콘텐츠 표시',
  preferences: '쿠키 설정',
}

export const record = {
  title: '동의 기록(이 브라우저)',
  none: '아직 기록이 없습니다.',
  download: '내 동의 기록 다운로드(JSON)',
  given: '동의',
  changed: '변경',
  withdrawn: '철회',
  expired: '만료',
  pending: '전송 대기',
}

export const disclosure = {
  title: '이용자 정보의 외부 전송 안내',
  recipient: '수신자',
  dataItems: '전송되는 정보',
  purpose: '이용 목적',
  country: '소재국',
  linked: '개인정보와의 연계',
  policy: '개인정보 처리방침',
  foreignSystem: '해당 국가의 개인정보 보호 제도',
  measures: '취하고 있는 보호 조치',
  required: ' (사이트 제공에 필요하므로 동의 여부와 관계없이 전송됩니다)',
  yes: '있음',
  no: '없음',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': '쿠키 등 식별자',
  'ad-id': '광고 식별자(기기 광고 ID)',
  'browsing-history': '방문 기록(열람한 페이지)',
  'ip-address': 'IP 주소',
  'device-info': '기기·브라우저 정보(OS, 브라우저 종류 등)',
  'purchase-history': '구매 내역',
  location: '위치 정보',
  email: '이메일 주소',
  'hashed-email': '해시 처리된 이메일 주소',
  phone: '전화번호',
  name: '이름',
  address: '주소',
  'user-id': '회원 ID',
  referrer: '유입 경로(참조 URL)',
  interests: '추정된 관심사',
  conversion: '성과(구매·신청) 정보',
  'payment-card': '신용카드 번호 일부',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: '당사는 다음 목적으로 쿠키 식별자와 방문 기록을 다른 회사에 전송합니다:',
  optOut: '정보 공유 거부',
  close: '닫기',
}
