/** English: the reference every other locale file is checked against (same keys, same placeholders). */
export const banner = {
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
}

export const dialog = {
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
  language: 'Language',
}

/** A blocked embed's placeholder. */
export const placeholder = {
  lead: 'This content loads from another company. Showing it sends information to:',
  purpose: 'Purpose: ',
  allow: 'Show this content',
  preferences: 'Cookie settings',
}

/** The visitor's own consent record, in the dialog. */
export const record = {
  title: 'Consent record (this browser)',
  none: 'No record yet.',
  download: 'Download my consent record (JSON)',
  given: 'Given',
  changed: 'Changed',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  pending: 'not sent yet',
}

/** Column heads and marks of the external-transmission notice. */
export const disclosure = {
  title: 'External transmission of user information',
  recipient: 'Recipient',
  dataItems: 'Information sent',
  purpose: 'Purpose',
  country: 'Country',
  linked: 'Linked to personal data',
  policy: 'Privacy policy',
  foreignSystem: "Country's data protection system",
  measures: 'Measures taken',
  required: ' (needed to provide the site, so sent without asking for consent)',
  yes: 'Yes',
  no: 'No',
  separator: ', ',
}

/** The data items a vendor may declare (see core/vocabulary). */
export const dataItems = {
  'cookie-id': 'Cookie and similar identifiers',
  'ad-id': 'Advertising identifier (device ad ID)',
  'browsing-history': 'Browsing history (pages viewed)',
  'ip-address': 'IP address',
  'device-info': 'Device and browser information (OS, browser type)',
  'purchase-history': 'Purchase history',
  location: 'Location',
  email: 'Email address',
  'hashed-email': 'Hashed email address',
  phone: 'Phone number',
  name: 'Name',
  address: 'Postal address',
  'user-id': 'Member ID',
  referrer: 'Referrer',
  interests: 'Inferred interests',
  conversion: 'Conversion (purchase or sign-up) data',
  'payment-card': 'Part of the payment card number',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'We send cookie IDs and browsing history to other companies, for these purposes:',
  optOut: 'Opt out of sharing',
  close: 'Close',
}
