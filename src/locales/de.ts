/** Deutsch: die Begriffe, die deutsche Aufsichtsbehörden und Websites verwenden („Alle akzeptieren“/„Alle ablehnen“). */
export const banner = {
  bannerTitle: 'Cookies und ähnliche Technologien',
  bannerText:
    'Wir übermitteln unter Umständen Cookie-Kennungen und Ihren Browserverlauf an andere Unternehmen, auch an Unternehmen außerhalb Japans. Wählen Sie, wozu Sie einwilligen; die Website funktioniert in jedem Fall.',
  purposes: 'Zwecke: ',
  gpc: 'Ihr Browser sendet das Signal Global Privacy Control (GPC). Daher bleiben diese Zwecke deaktiviert, bis Sie sie in den Einstellungen aktivieren: ',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Einstellungen',
  policy: 'Datenschutzerklärung',
  disclosure: 'Datenübermittlung an Dritte',
  rights: 'Auskunfts- und Löschanträge',
  saved: 'Ihre Auswahl wurde gespeichert.',
}

export const dialog = {
  stopProvision: 'Alle optionalen Übermittlungen beenden',
  dialogTitle: 'Cookie-Einstellungen',
  dialogIntro: 'Sie können jeden Zweck einzeln wählen. Unbedingt erforderliche Cookies halten die Website funktionsfähig und lassen sich nicht deaktivieren. Sie können Ihre Auswahl jederzeit ändern oder Ihre Einwilligung widerrufen.',
  close: 'Schließen',
  save: 'Auswahl speichern',
  required: 'Immer aktiv',
  noticed: 'Immer aktiv (Hinweis)',
  optOutModel: 'Aktiv, bis Sie widersprechen',
  vendors: 'Empfänger',
  country: 'Land',
  dataItems: 'Übermittelte Daten',
  purpose: 'Zweck',
  vendorPolicy: 'Datenschutzerklärung',
  linksToPersonalData: 'Mit personenbezogenen Daten verknüpft',
  foreignSystem: 'Datenschutzrecht des Landes',
  measures: 'Schutzmaßnahmen des Empfängers',
  countryUnknown: 'Warum das Land nicht genannt werden kann',
  newTab: ' (öffnet in einem neuen Tab)',
  language: 'Sprache',
}

export const placeholder = {
  lead: 'Dieser Inhalt wird von einem anderen Unternehmen geladen. Wenn Sie ihn anzeigen, werden Daten übermittelt an:',
  purpose: 'Zweck: ',
  allow: 'Inhalt anzeigen',
  preferences: 'Cookie-Einstellungen',
}

export const record = {
  title: 'Einwilligungsprotokoll (dieser Browser)',
  none: 'Noch keine Einträge.',
  download: 'Mein Einwilligungsprotokoll herunterladen (JSON)',
  given: 'Erteilt',
  changed: 'Geändert',
  withdrawn: 'Widerrufen',
  expired: 'Abgelaufen',
  pending: 'noch nicht übermittelt',
}

export const disclosure = {
  title: 'Übermittlung von Nutzerdaten an Dritte',
  recipient: 'Empfänger',
  dataItems: 'Übermittelte Daten',
  purpose: 'Zweck',
  country: 'Land',
  linked: 'Verknüpfung mit personenbezogenen Daten',
  policy: 'Datenschutzerklärung',
  foreignSystem: 'Datenschutzrecht des Landes',
  measures: 'Getroffene Schutzmaßnahmen',
  required: ' (für die Bereitstellung der Website erforderlich, daher ohne Einwilligung übermittelt)',
  yes: 'Ja',
  no: 'Nein',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Cookie-Kennungen und ähnliche Kennungen',
  'ad-id': 'Werbe-ID (Werbekennung des Geräts)',
  'browsing-history': 'Browserverlauf (aufgerufene Seiten)',
  'ip-address': 'IP-Adresse',
  'device-info': 'Geräte- und Browserdaten (Betriebssystem, Browsertyp)',
  'purchase-history': 'Kaufhistorie',
  location: 'Standort',
  email: 'E-Mail-Adresse',
  'hashed-email': 'Gehashte E-Mail-Adresse',
  phone: 'Telefonnummer',
  name: 'Vor- und Nachname',
  address: 'Postanschrift',
  'user-id': 'Kundennummer',
  referrer: 'Verweisende Seite',
  interests: 'Abgeleitete Interessen',
  conversion: 'Conversion-Daten (Kauf oder Anmeldung)',
  'payment-card': 'Teil der Kartennummer',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Wir übermitteln Cookie-IDs und den Browserverlauf zu folgenden Zwecken an andere Unternehmen:',
  optOut: 'Weitergabe widersprechen',
  close: 'Schließen',
}
