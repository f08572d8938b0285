/** Suomi: tietosuojavaltuutetun ja suomalaisten sivustojen sanasto (”Hyväksy kaikki” / ”Hylkää kaikki”). */
export const banner = {
  bannerTitle: 'Evästeet ja vastaavat tekniikat',
  bannerText:
    'Saatamme lähettää evästetunnisteita ja selaushistoriasi muille yrityksille, joista osa toimii Japanin ulkopuolella. Valitse, mihin annat suostumuksesi; sivusto toimii joka tapauksessa.',
  purposes: 'Käyttötarkoitukset: ',
  gpc: 'Selaimesi lähettää Global Privacy Control (GPC) -signaalin, joten nämä pysyvät pois päältä, ellet kytke niitä päälle asetuksista: ',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  policy: 'Tietosuojaseloste',
  disclosure: 'Tietojen siirto kolmansille osapuolille',
  rights: 'Tietojen tarkastus- ja poistopyynnöt',
  saved: 'Valintasi on tallennettu.',
}

export const dialog = {
  stopProvision: 'Lopeta kaikki vapaaehtoinen jakaminen',
  dialogTitle: 'Evästeasetukset',
  dialogIntro: 'Valitse jokainen käyttötarkoitus erikseen. Välttämättömät evästeet pitävät sivuston toiminnassa, eikä niitä voi kytkeä pois. Voit muuttaa valintojasi tai perua suostumuksesi milloin tahansa.',
  close: 'Sulje',
  save: 'Tallenna valintani',
  required: 'Aina käytössä',
  noticed: 'Aina käytössä (ilmoitus)',
  optOutModel: 'Käytössä, ellet kiellä',
  vendors: 'Vastaanottajat',
  country: 'Maa',
  dataItems: 'Lähetettävät tiedot',
  purpose: 'Käyttötarkoitus',
  vendorPolicy: 'Tietosuojaseloste',
  linksToPersonalData: 'Yhdistetään henkilötietoihin',
  foreignSystem: 'Maan tietosuojalainsäädäntö',
  measures: 'Vastaanottajan suojatoimet',
  countryUnknown: 'Miksi maata ei voida ilmoittaa',
  newTab: ' (avautuu uuteen välilehteen)',
  language: 'Kieli',
}

export const placeholder = {
  lead: 'Tämä sisältö ladataan toiselta yritykseltä. Jos näytät sen, tietoja lähetetään seuraavalle vastaanottajalle:',
  purpose: 'Käyttötarkoitus: ',
  allow: 'Näytä sisältö',
  preferences: 'Evästeasetukset',
}

export const record = {
  title: 'Suostumushistoria (tämä selain)',
  none: 'Ei vielä merkintöjä.',
  download: 'Lataa suostumushistoriani (JSON)',
  given: 'Annettu',
  changed: 'Muutettu',
  withdrawn: 'Peruttu',
  expired: 'Vanhentunut',
  pending: 'ei vielä lähetetty',
}

export const disclosure = {
  title: 'Käyttäjätietojen siirto kolmansille osapuolille',
  recipient: 'Vastaanottaja',
  dataItems: 'Lähetettävät tiedot',
  purpose: 'Käyttötarkoitus',
  country: 'Maa',
  linked: 'Yhdistäminen henkilötietoihin',
  policy: 'Tietosuojaseloste',
  foreignSystem: 'Maan tietosuojalainsäädäntö',
  measures: 'Toteutetut suojatoimet',
  required: ' (välttämätön sivuston tarjoamiseksi, joten lähetetään ilman suostumusta)',
  yes: 'Kyllä',
  no: 'Ei',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Evästetunnisteet ja vastaavat tunnisteet',
  'ad-id': 'Mainostunniste (laitteen mainostunnus)',
  'browsing-history': 'Selaushistoria (katsotut sivut)',
  'ip-address': 'IP-osoite',
  'device-info': 'Laitteen ja selaimen tiedot (käyttöjärjestelmä, selaintyyppi)',
  'purchase-history': 'Ostohistoria',
  location: 'Sijainti',
  email: 'Sähköpostiosoite',
  'hashed-email': 'Tiivistetty sähköpostiosoite',
  phone: 'Puhelinnumero',
  name: 'Nimi',
  address: 'Postiosoite',
  'user-id': 'Asiakastunnus',
  referrer: 'Viittaava sivu',
  interests: 'Päätellyt kiinnostuksen kohteet',
  conversion: 'Konversiotiedot (osto tai rekisteröityminen)',
  'payment-card': 'Osa maksukortin numerosta',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Lähetämme evästetunnisteita ja selaushistoriaa muille yrityksille seuraaviin tarkoituksiin:',
  optOut: 'Kiellä tietojen jakaminen',
  close: 'Sulje',
}
