/** Magyar: a NAIH és a magyar oldalak szóhasználata („Összes elfogadása” / „Összes elutasítása”). */
export const banner = {
  bannerTitle: 'Sütik és hasonló technológiák',
  bannerText:
    'Sütiazonosítókat és a böngészési előzményeit más cégeknek is továbbíthatjuk, köztük Japánon kívülieknek. Válassza ki, mihez járul hozzá; a webhely mindenképpen működik.',
  purposes: 'Célok: ',
  gpc: 'A böngészője Global Privacy Control (GPC) jelzést küld, ezért ezek a célok kikapcsolva maradnak, amíg a beállításokban be nem kapcsolja őket: ',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  policy: 'Adatkezelési tájékoztató',
  disclosure: 'Adattovábbítás harmadik feleknek',
  rights: 'Hozzáférési és törlési kérelmek',
  saved: 'A beállításait mentettük.',
}

export const dialog = {
  stopProvision: 'Minden nem kötelező adatmegosztás leállítása',
  dialogTitle: 'Sütibeállítások',
  dialogIntro: 'Minden célt külön választhat. A feltétlenül szükséges sütik a webhely működéséhez kellenek, ezért nem kapcsolhatók ki. Döntését bármikor módosíthatja, hozzájárulását bármikor visszavonhatja.',
  close: 'Bezárás',
  save: 'Beállítások mentése',
  required: 'Mindig aktív',
  noticed: 'Mindig aktív (tájékoztatás)',
  optOutModel: 'Aktív, amíg nem tiltakozik',
  vendors: 'Címzettek',
  country: 'Ország',
  dataItems: 'Továbbított adatok',
  purpose: 'Cél',
  vendorPolicy: 'Adatkezelési tájékoztató',
  linksToPersonalData: 'Személyes adatokkal összekapcsolva',
  foreignSystem: 'Az ország adatvédelmi szabályozása',
  measures: 'A címzett által tett intézkedések',
  countryUnknown: 'Miért nem adható meg az ország',
  newTab: ' (új lapon nyílik meg)',
  language: 'Nyelv',
}

export const placeholder = {
  lead: 'Ez a tartalom egy másik cégtől töltődik be. Megjelenítésekor adatokat továbbítunk a következő címzettnek:',
  purpose: 'Cél: ',
  allow: 'Tartalom megjelenítése',
  preferences: 'Sütibeállítások',
}

export const record = {
  title: 'Hozzájárulási napló (ez a böngésző)',
  none: 'Még nincs bejegyzés.',
  download: 'Hozzájárulási naplóm letöltése (JSON)',
  given: 'Megadva',
  changed: 'Módosítva',
  withdrawn: 'Visszavonva',
  expired: 'Lejárt',
  pending: 'még nincs elküldve',
}

export const disclosure = {
  title: 'Felhasználói adatok továbbítása harmadik feleknek',
  recipient: 'Címzett',
  dataItems: 'Továbbított adatok',
  purpose: 'Cél',
  country: 'Ország',
  linked: 'Összekapcsolás személyes adatokkal',
  policy: 'Adatkezelési tájékoztató',
  foreignSystem: 'Az ország adatvédelmi szabályozása',
  measures: 'Megtett intézkedések',
  required: ' (a webhely működéséhez szükséges, ezért hozzájárulás kérése nélkül továbbítjuk)',
  yes: 'Igen',
  no: 'Nem',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Sütiazonosítók és hasonló azonosítók',
  'ad-id': 'Hirdetési azonosító (az eszközé)',
  'browsing-history': 'Böngészési előzmények (megtekintett oldalak)',
  'ip-address': 'IP-cím',
  'device-info': 'Eszköz- és böngészőadatok (operációs rendszer, böngésző típusa)',
  'purchase-history': 'Vásárlási előzmények',
  location: 'Tartózkodási hely',
  email: 'E-mail-cím',
  'hashed-email': 'Hash-elt e-mail-cím',
  phone: 'Telefonszám',
  name: 'Név',
  address: 'Postai cím',
  'user-id': 'Ügyfélazonosító',
  referrer: 'Hivatkozó oldal',
  interests: 'Kikövetkeztetett érdeklődési körök',
  conversion: 'Konverziós adatok (vásárlás vagy regisztráció)',
  'payment-card': 'A bankkártyaszám egy része',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Sütiazonosítókat és böngészési előzményeket küldünk más cégeknek a következő célokra:',
  optOut: 'Tiltakozom a megosztás ellen',
  close: 'Bezárás',
}
