/** עברית: המונחים של הרשות להגנת הפרטיות ושל אתרים בישראל („אישור הכול” / „דחיית הכול”). */
export const banner = {
  bannerTitle: 'עוגיות וטכנולוגיות דומות',
  bannerText:
    'ייתכן שנשלח מזהי עוגיות והיסטוריית גלישה לחברות אחרות, חלקן מחוץ ליפן. בחרו למה אתם מסכימים; האתר פועל בכל מקרה.',
  purposes: 'מטרות: ',
  gpc: 'הדפדפן שלכם שולח אות Global Privacy Control ‏(GPC), ולכן המטרות האלה יישארו כבויות אלא אם תפעילו אותן בהגדרות: ',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  customize: 'התאמה אישית',
  policy: 'מדיניות הפרטיות',
  disclosure: 'העברת מידע לגורמים חיצוניים',
  rights: 'בקשות עיון ומחיקה',
  saved: 'הבחירות שלכם נשמרו.',
}

export const dialog = {
  stopProvision: 'הפסקת כל שיתוף שאינו הכרחי',
  dialogTitle: 'הגדרות עוגיות',
  dialogIntro: 'אפשר לבחור כל מטרה בנפרד. עוגיות הכרחיות שומרות על פעולת האתר ואי אפשר לכבות אותן. אפשר לשנות את הבחירות או לבטל את ההסכמה בכל עת.',
  close: 'סגירה',
  save: 'שמירת הבחירות שלי',
  required: 'פעיל תמיד',
  noticed: 'פעיל תמיד (הודעה)',
  optOutModel: 'פעיל אלא אם תבקשו להפסיק',
  vendors: 'נמענים',
  country: 'מדינה',
  dataItems: 'המידע שנשלח',
  purpose: 'מטרה',
  vendorPolicy: 'מדיניות הפרטיות',
  linksToPersonalData: 'מקושר למידע אישי',
  foreignSystem: 'דיני הגנת המידע במדינה',
  measures: 'האמצעים שהנמען נוקט',
  countryUnknown: 'מדוע אי אפשר לציין את המדינה',
  newTab: ' (נפתח בכרטיסייה חדשה)',
  language: 'שפה',
}

export const placeholder = {
  lead: 'התוכן הזה נטען מחברה אחרת. הצגתו שולחת מידע אל:',
  purpose: 'מטרה: ',
  allow: 'הצגת התוכן',
  preferences: 'הגדרות עוגיות',
}

export const record = {
  title: 'תיעוד ההסכמה (בדפדפן זה)',
  none: 'אין עדיין רישומים.',
  download: 'הורדת תיעוד ההסכמה שלי (JSON)',
  given: 'ניתנה',
  changed: 'שונתה',
  withdrawn: 'בוטלה',
  expired: 'פג תוקף',
  pending: 'טרם נשלח',
}

export const disclosure = {
  title: 'העברת מידע על משתמשים לגורמים חיצוניים',
  recipient: 'נמען',
  dataItems: 'המידע שנשלח',
  purpose: 'מטרה',
  country: 'מדינה',
  linked: 'קישור למידע אישי',
  policy: 'מדיניות הפרטיות',
  foreignSystem: 'דיני הגנת המידע במדינה',
  measures: 'האמצעים שננקטו',
  required: ' (נדרש לאספקת האתר, ולכן נשלח בלי לבקש הסכמה)',
  yes: 'כן',
  no: 'לא',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'מזהי עוגיות ומזהים דומים',
  'ad-id': 'מזהה פרסום של המכשיר',
  'browsing-history': 'היסטוריית גלישה (דפים שנצפו)',
  'ip-address': 'כתובת IP',
  'device-info': 'מידע על המכשיר והדפדפן (מערכת הפעלה, סוג דפדפן)',
  'purchase-history': 'היסטוריית רכישות',
  location: 'מיקום',
  email: 'כתובת דוא״ל',
  'hashed-email': 'כתובת דוא״ל מגובבת',
  phone: 'מספר טלפון',
  name: 'שם מלא',
  address: 'כתובת למשלוח דואר',
  'user-id': 'מזהה חבר',
  referrer: 'הדף המפנה',
  interests: 'תחומי עניין משוערים',
  conversion: 'נתוני המרה (רכישה או הרשמה)',
  'payment-card': 'חלק ממספר כרטיס התשלום',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'אנו שולחים מזהי עוגיות והיסטוריית גלישה לחברות אחרות, למטרות הבאות:',
  optOut: 'הפסקת השיתוף',
  close: 'סגירה',
}
