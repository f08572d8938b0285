/** Čeština: slovník ÚOOÚ a českých webů („Přijmout vše“ / „Odmítnout vše“). */
export const banner = {
  bannerTitle: 'Cookies a podobné technologie',
  bannerText:
    'Identifikátory cookies a historii procházení můžeme předávat dalším společnostem, některým i mimo Japonsko. Vyberte, s čím souhlasíte; web funguje v každém případě.',
  purposes: 'Účely: ',
  gpc: 'Váš prohlížeč odesílá signál Global Privacy Control (GPC), proto tyto účely zůstanou vypnuté, dokud je nezapnete v nastavení: ',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  policy: 'Zásady ochrany osobních údajů',
  disclosure: 'Předávání údajů třetím stranám',
  rights: 'Žádosti o přístup a výmaz',
  saved: 'Vaše volby byly uloženy.',
}

export const dialog = {
  stopProvision: 'Zastavit veškeré volitelné sdílení',
  dialogTitle: 'Nastavení cookies',
  dialogIntro: 'Každý účel můžete zvolit zvlášť. Nezbytné cookies zajišťují chod webu a nelze je vypnout. Své volby můžete kdykoli změnit nebo souhlas odvolat.',
  close: 'Zavřít',
  save: 'Uložit mé volby',
  required: 'Vždy aktivní',
  noticed: 'Vždy aktivní (oznámení)',
  optOutModel: 'Aktivní, dokud nevznesete námitku',
  vendors: 'Příjemci',
  country: 'Země',
  dataItems: 'Předávané údaje',
  purpose: 'Účel',
  vendorPolicy: 'Zásady ochrany osobních údajů',
  linksToPersonalData: 'Propojení s osobními údaji',
  foreignSystem: 'Právní úprava ochrany údajů v dané zemi',
  measures: 'Opatření příjemce',
  countryUnknown: 'Proč nelze uvést zemi',
  newTab: ' (otevře se na nové kartě)',
  language: 'Jazyk',
}

export const placeholder = {
  lead: 'Tento obsah se načítá od jiné společnosti. Jeho zobrazením se předají údaje příjemci:',
  purpose: 'Účel: ',
  allow: 'Zobrazit tento obsah',
  preferences: 'Nastavení cookies',
}

export const record = {
  title: 'Záznam souhlasů (tento prohlížeč)',
  none: 'Zatím žádné záznamy.',
  download: 'Stáhnout můj záznam souhlasů (JSON)',
  given: 'Udělen',
  changed: 'Změněn',
  withdrawn: 'Odvolán',
  expired: 'Vypršel',
  pending: 'zatím neodesláno',
}

export const disclosure = {
  title: 'Předávání údajů o uživatelích třetím stranám',
  recipient: 'Příjemce',
  dataItems: 'Předávané údaje',
  purpose: 'Účel',
  country: 'Země',
  linked: 'Propojení s osobními údaji',
  policy: 'Zásady ochrany osobních údajů',
  foreignSystem: 'Právní úprava ochrany údajů v dané zemi',
  measures: 'Přijatá opatření',
  required: ' (nezbytné pro provoz webu, proto se předává bez žádosti o souhlas)',
  yes: 'Ano',
  no: 'Ne',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Identifikátory cookies a podobné identifikátory',
  'ad-id': 'Reklamní identifikátor zařízení',
  'browsing-history': 'Historie procházení (zobrazené stránky)',
  'ip-address': 'IP adresa',
  'device-info': 'Údaje o zařízení a prohlížeči (operační systém, typ prohlížeče)',
  'purchase-history': 'Historie nákupů',
  location: 'Poloha',
  email: 'E-mailová adresa',
  'hashed-email': 'Hašovaná e-mailová adresa',
  phone: 'Telefonní číslo',
  name: 'Jméno a příjmení',
  address: 'Poštovní adresa',
  'user-id': 'Zákaznické číslo',
  referrer: 'Odkazující stránka',
  interests: 'Odvozené zájmy',
  conversion: 'Údaje o konverzi (nákup nebo registrace)',
  'payment-card': 'Část čísla platební karty',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Identifikátory cookies a historii prohlížení předáváme dalším společnostem k těmto účelům:',
  optOut: 'Nesouhlasím se sdílením',
  close: 'Zavřít',
}
