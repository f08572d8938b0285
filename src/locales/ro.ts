/** Română: vocabularul ANSPDCP și al site-urilor românești („Acceptă toate” / „Respinge toate”). */
export const banner = {
  bannerTitle: 'Cookie-uri și tehnologii similare',
  bannerText:
    'Putem transmite identificatori de cookie-uri și istoricul de navigare altor companii, unele din afara Japoniei. Alegeți la ce vă dați acordul; site-ul funcționează în orice caz.',
  purposes: 'Scopuri: ',
  gpc: 'Browserul dumneavoastră trimite semnalul Global Privacy Control (GPC), așa că aceste scopuri rămân dezactivate până când le activați din setări: ',
  acceptAll: 'Acceptă toate',
  rejectAll: 'Respinge toate',
  customize: 'Personalizează',
  policy: 'Politica de confidențialitate',
  disclosure: 'Transmiterea datelor către terți',
  rights: 'Cereri de acces și ștergere',
  saved: 'Opțiunile dumneavoastră au fost salvate.',
}

export const dialog = {
  stopProvision: 'Oprește orice partajare opțională',
  dialogTitle: 'Setări cookie-uri',
  dialogIntro: 'Alegeți fiecare scop separat. Cookie-urile strict necesare asigură funcționarea site-ului și nu pot fi dezactivate. Vă puteți modifica opțiunile sau retrage consimțământul oricând.',
  close: 'Închide',
  save: 'Salvează opțiunile mele',
  required: 'Mereu active',
  noticed: 'Mereu active (informare)',
  optOutModel: 'Active, dacă nu vă opuneți',
  vendors: 'Destinatari',
  country: 'Țara',
  dataItems: 'Date transmise',
  purpose: 'Scop',
  vendorPolicy: 'Politica de confidențialitate',
  linksToPersonalData: 'Asociat cu date cu caracter personal',
  foreignSystem: 'Legislația privind protecția datelor din țara respectivă',
  measures: 'Măsuri luate de destinatar',
  countryUnknown: 'De ce nu poate fi indicată țara',
  newTab: ' (se deschide într-o filă nouă)',
  language: 'Limba',
}

export const placeholder = {
  lead: 'Acest conținut se încarcă de la o altă companie. Dacă îl afișați, se transmit date către:',
  purpose: 'Scop: ',
  allow: 'Afișează conținutul',
  preferences: 'Setări cookie-uri',
}

export const record = {
  title: 'Registrul consimțământului (acest browser)',
  none: 'Nicio înregistrare deocamdată.',
  download: 'Descarcă registrul meu de consimțământ (JSON)',
  given: 'Acordat',
  changed: 'Modificat',
  withdrawn: 'Retras',
  expired: 'Expirat',
  pending: 'netrimis încă',
}

export const disclosure = {
  title: 'Transmiterea datelor utilizatorilor către terți',
  recipient: 'Destinatar',
  dataItems: 'Date transmise',
  purpose: 'Scop',
  country: 'Țara',
  linked: 'Asociere cu date cu caracter personal',
  policy: 'Politica de confidențialitate',
  foreignSystem: 'Legislația privind protecția datelor din țara respectivă',
  measures: 'Măsuri luate',
  required: ' (necesar pentru furnizarea site-ului, deci transmis fără a cere consimțământul)',
  yes: 'Da',
  no: 'Nu',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Identificatori de cookie-uri și similari',
  'ad-id': 'Identificator de publicitate (al dispozitivului)',
  'browsing-history': 'Istoricul de navigare (pagini vizitate)',
  'ip-address': 'Adresa IP',
  'device-info': 'Informații despre dispozitiv și browser (sistem de operare, tip de browser)',
  'purchase-history': 'Istoricul achizițiilor',
  location: 'Locația',
  email: 'Adresa de e-mail',
  'hashed-email': 'Adresa de e-mail sub formă de hash',
  phone: 'Numărul de telefon',
  name: 'Numele',
  address: 'Adresa poștală',
  'user-id': 'ID de client',
  referrer: 'Pagina de proveniență',
  interests: 'Interese deduse',
  conversion: 'Date de conversie (achiziție sau înscriere)',
  'payment-card': 'O parte din numărul cardului de plată',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Trimitem identificatori de cookie și istoricul de navigare altor companii, în aceste scopuri:',
  optOut: 'Mă opun partajării',
  close: 'Închide',
}
