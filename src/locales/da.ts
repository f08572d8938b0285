/** Dansk: Datatilsynets og danske websteders ord (»Accepter alle« / »Afvis alle«). */
export const banner = {
  bannerTitle: 'Cookies og lignende teknologier',
  bannerText:
    'Vi kan sende cookie-id’er og din browserhistorik til andre virksomheder, nogle af dem uden for Japan. Vælg, hvad du giver samtykke til; hjemmesiden virker under alle omstændigheder.',
  purposes: 'Formål: ',
  gpc: 'Din browser sender signalet Global Privacy Control (GPC), så disse formål forbliver slået fra, medmindre du slår dem til i indstillingerne: ',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  policy: 'Privatlivspolitik',
  disclosure: 'Videregivelse af data til tredjeparter',
  rights: 'Anmodning om indsigt og sletning',
  saved: 'Dine valg er gemt.',
}

export const dialog = {
  stopProvision: 'Stop al valgfri deling',
  dialogTitle: 'Cookieindstillinger',
  dialogIntro: 'Vælg hvert formål for sig. Nødvendige cookies holder hjemmesiden kørende og kan ikke slås fra. Du kan til enhver tid ændre dine valg eller trække dit samtykke tilbage.',
  close: 'Luk',
  save: 'Gem mine valg',
  required: 'Altid aktiv',
  noticed: 'Altid aktiv (oplysning)',
  optOutModel: 'Aktiv, medmindre du fravælger',
  vendors: 'Modtagere',
  country: 'Land',
  dataItems: 'Oplysninger, der sendes',
  purpose: 'Formål',
  vendorPolicy: 'Privatlivspolitik',
  linksToPersonalData: 'Knyttes til personoplysninger',
  foreignSystem: 'Landets databeskyttelsesregler',
  measures: 'Modtagerens sikkerhedsforanstaltninger',
  countryUnknown: 'Hvorfor landet ikke kan oplyses',
  newTab: ' (åbner i en ny fane)',
  language: 'Sprog',
}

export const placeholder = {
  lead: 'Dette indhold hentes fra en anden virksomhed. Hvis du viser det, sendes oplysninger til:',
  purpose: 'Formål: ',
  allow: 'Vis indholdet',
  preferences: 'Cookieindstillinger',
}

export const record = {
  title: 'Samtykkelog (denne browser)',
  none: 'Ingen registreringer endnu.',
  download: 'Download min samtykkelog (JSON)',
  given: 'Givet',
  changed: 'Ændret',
  withdrawn: 'Trukket tilbage',
  expired: 'Udløbet',
  pending: 'ikke sendt endnu',
}

export const disclosure = {
  title: 'Videregivelse af brugeroplysninger til tredjeparter',
  recipient: 'Modtager',
  dataItems: 'Oplysninger, der sendes',
  purpose: 'Formål',
  country: 'Land',
  linked: 'Tilknytning til personoplysninger',
  policy: 'Privatlivspolitik',
  foreignSystem: 'Landets databeskyttelsesregler',
  measures: 'Trufne foranstaltninger',
  required: ' (nødvendigt for at levere hjemmesiden og sendes derfor uden samtykke)',
  yes: 'Ja',
  no: 'Nej',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Cookie-id’er og lignende identifikatorer',
  'ad-id': 'Annonce-id (enhedens reklame-id)',
  'browsing-history': 'Browserhistorik (besøgte sider)',
  'ip-address': 'IP-adresse',
  'device-info': 'Oplysninger om enhed og browser (styresystem, browsertype)',
  'purchase-history': 'Købshistorik',
  location: 'Placering',
  email: 'E-mailadresse',
  'hashed-email': 'Hashet e-mailadresse',
  phone: 'Telefonnummer',
  name: 'Navn',
  address: 'Postadresse',
  'user-id': 'Medlems-id',
  referrer: 'Henvisende side',
  interests: 'Udledte interesser',
  conversion: 'Konverteringsdata (køb eller tilmelding)',
  'payment-card': 'Del af kortnummeret',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Vi sender cookie-id’er og browserhistorik til andre virksomheder til disse formål:',
  optOut: 'Fravælg deling',
  close: 'Luk',
}
