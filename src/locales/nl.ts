/** Nederlands: de woorden van de Autoriteit Persoonsgegevens en Nederlandse sites („Alles accepteren” / „Alles weigeren”). */
export const banner = {
  bannerTitle: 'Cookies en vergelijkbare technieken',
  bannerText:
    'We kunnen cookie-ID’s en je surfgedrag delen met andere bedrijven, waarvan sommige buiten Japan. Kies waarvoor je toestemming geeft; de site werkt hoe dan ook.',
  purposes: 'Doelen: ',
  gpc: 'Je browser stuurt het signaal Global Privacy Control (GPC), dus deze doelen blijven uit tenzij je ze in de instellingen aanzet: ',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  policy: 'Privacyverklaring',
  disclosure: 'Gegevensdeling met derden',
  rights: 'Verzoeken om inzage en verwijdering',
  saved: 'Je keuzes zijn opgeslagen.',
}

export const dialog = {
  stopProvision: 'Alle optionele gegevensdeling stoppen',
  dialogTitle: 'Cookie-instellingen',
  dialogIntro: 'Kies per doel. Strikt noodzakelijke cookies houden de site werkend en kunnen niet uit. Je kunt je keuzes altijd wijzigen of je toestemming intrekken.',
  close: 'Sluiten',
  save: 'Mijn keuzes opslaan',
  required: 'Altijd actief',
  noticed: 'Altijd actief (melding)',
  optOutModel: 'Actief tenzij u bezwaar maakt',
  vendors: 'Ontvangers',
  country: 'Land',
  dataItems: 'Gedeelde gegevens',
  purpose: 'Doel',
  vendorPolicy: 'Privacyverklaring',
  linksToPersonalData: 'Gekoppeld aan persoonsgegevens',
  foreignSystem: 'Privacywetgeving van het land',
  measures: 'Maatregelen van de ontvanger',
  countryUnknown: 'Waarom het land niet kan worden genoemd',
  newTab: ' (opent in een nieuw tabblad)',
  language: 'Taal',
}

export const placeholder = {
  lead: 'Deze inhoud wordt geladen van een ander bedrijf. Als je hem toont, worden gegevens gedeeld met:',
  purpose: 'Doel: ',
  allow: 'Deze inhoud tonen',
  preferences: 'Cookie-instellingen',
}

export const record = {
  title: 'Toestemmingsoverzicht (deze browser)',
  none: 'Nog niets vastgelegd.',
  download: 'Mijn toestemmingsoverzicht downloaden (JSON)',
  given: 'Gegeven',
  changed: 'Gewijzigd',
  withdrawn: 'Ingetrokken',
  expired: 'Verlopen',
  pending: 'nog niet verzonden',
}

export const disclosure = {
  title: 'Delen van gebruikersgegevens met derden',
  recipient: 'Ontvanger',
  dataItems: 'Gedeelde gegevens',
  purpose: 'Doel',
  country: 'Land',
  linked: 'Koppeling aan persoonsgegevens',
  policy: 'Privacyverklaring',
  foreignSystem: 'Privacywetgeving van het land',
  measures: 'Genomen maatregelen',
  required: ' (nodig om de site te leveren, dus gedeeld zonder om toestemming te vragen)',
  yes: 'Ja',
  no: 'Nee',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Cookie-ID’s en vergelijkbare ID’s',
  'ad-id': 'Advertentie-ID (van het apparaat)',
  'browsing-history': 'Surfgeschiedenis (bekeken pagina’s)',
  'ip-address': 'IP-adres',
  'device-info': 'Apparaat- en browsergegevens (besturingssysteem, type browser)',
  'purchase-history': 'Aankoopgeschiedenis',
  location: 'Locatie',
  email: 'E-mailadres',
  'hashed-email': 'Gehasht e-mailadres',
  phone: 'Telefoonnummer',
  name: 'Naam',
  address: 'Postadres',
  'user-id': 'Klantnummer',
  referrer: 'Verwijzende pagina',
  interests: 'Afgeleide interesses',
  conversion: 'Conversiegegevens (aankoop of aanmelding)',
  'payment-card': 'Deel van het kaartnummer',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Wij sturen cookie-ID’s en surfgeschiedenis naar andere bedrijven, voor deze doeleinden:',
  optOut: 'Bezwaar maken tegen delen',
  close: 'Sluiten',
}
