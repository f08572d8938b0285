/** Svenska: IMY:s och svenska webbplatsers ord (”Godkänn alla” / ”Avvisa alla”). */
export const banner = {
  bannerTitle: 'Kakor och liknande tekniker',
  bannerText:
    'Vi kan skicka kak-id:n och din webbhistorik till andra företag, varav några utanför Japan. Välj vad du samtycker till; webbplatsen fungerar i vilket fall som helst.',
  purposes: 'Ändamål: ',
  gpc: 'Din webbläsare skickar signalen Global Privacy Control (GPC), så de här ändamålen förblir avstängda om du inte slår på dem i inställningarna: ',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  policy: 'Integritetspolicy',
  disclosure: 'Överföring av uppgifter till tredje part',
  rights: 'Begäran om registerutdrag och radering',
  saved: 'Dina val har sparats.',
}

export const dialog = {
  stopProvision: 'Stoppa all frivillig delning',
  dialogTitle: 'Inställningar för kakor',
  dialogIntro: 'Välj varje ändamål för sig. Nödvändiga kakor håller webbplatsen igång och kan inte stängas av. Du kan när som helst ändra dina val eller återkalla ditt samtycke.',
  close: 'Stäng',
  save: 'Spara mina val',
  required: 'Alltid på',
  noticed: 'Alltid på (information)',
  optOutModel: 'På om du inte invänder',
  vendors: 'Mottagare',
  country: 'Land',
  dataItems: 'Uppgifter som skickas',
  purpose: 'Ändamål',
  vendorPolicy: 'Integritetspolicy',
  linksToPersonalData: 'Kopplas till personuppgifter',
  foreignSystem: 'Landets dataskyddsregler',
  measures: 'Mottagarens skyddsåtgärder',
  countryUnknown: 'Varför landet inte kan anges',
  newTab: ' (öppnas i en ny flik)',
  language: 'Språk',
}

export const placeholder = {
  lead: 'Det här innehållet läses in från ett annat företag. Om du visar det skickas uppgifter till:',
  purpose: 'Ändamål: ',
  allow: 'Visa innehållet',
  preferences: 'Inställningar för kakor',
}

export const record = {
  title: 'Samtyckeslogg (den här webbläsaren)',
  none: 'Inga poster ännu.',
  download: 'Ladda ned min samtyckeslogg (JSON)',
  given: 'Lämnat',
  changed: 'Ändrat',
  withdrawn: 'Återkallat',
  expired: 'Utgånget',
  pending: 'inte skickat ännu',
}

export const disclosure = {
  title: 'Överföring av användaruppgifter till tredje part',
  recipient: 'Mottagare',
  dataItems: 'Uppgifter som skickas',
  purpose: 'Ändamål',
  country: 'Land',
  linked: 'Koppling till personuppgifter',
  policy: 'Integritetspolicy',
  foreignSystem: 'Landets dataskyddsregler',
  measures: 'Vidtagna åtgärder',
  required: ' (krävs för att tillhandahålla webbplatsen och skickas därför utan samtycke)',
  yes: 'Ja',
  no: 'Nej',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Kak-id:n och liknande identifierare',
  'ad-id': 'Annons-id (enhetens reklamidentifierare)',
  'browsing-history': 'Webbhistorik (besökta sidor)',
  'ip-address': 'IP-adress',
  'device-info': 'Uppgifter om enhet och webbläsare (operativsystem, typ av webbläsare)',
  'purchase-history': 'Köphistorik',
  location: 'Plats',
  email: 'E-postadress',
  'hashed-email': 'Hashad e-postadress',
  phone: 'Telefonnummer',
  name: 'Namn',
  address: 'Postadress',
  'user-id': 'Medlems-id',
  referrer: 'Hänvisande sida',
  interests: 'Härledda intressen',
  conversion: 'Konverteringsdata (köp eller registrering)',
  'payment-card': 'Del av kortnumret',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Vi skickar cookie-id:n och webbhistorik till andra företag för dessa ändamål:',
  optOut: 'Invänd mot delning',
  close: 'Stäng',
}
