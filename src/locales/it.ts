/** Italiano: il lessico del Garante e dei siti italiani («Accetta tutti» / «Rifiuta tutti»). */
export const banner = {
  bannerTitle: 'Cookie e tecnologie simili',
  bannerText:
    'Possiamo inviare identificativi dei cookie e la cronologia di navigazione ad altre società, alcune fuori dal Giappone. Scegli a cosa acconsenti; il sito funziona in ogni caso.',
  purposes: 'Finalità: ',
  gpc: 'Il tuo browser invia il segnale Global Privacy Control (GPC): queste finalità restano disattivate finché non le attivi nelle impostazioni: ',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  policy: 'Informativa sulla privacy',
  disclosure: 'Trasmissione di dati a terzi',
  rights: 'Richieste di accesso e cancellazione',
  saved: 'Le tue scelte sono state salvate.',
}

export const dialog = {
  stopProvision: 'Interrompi ogni condivisione facoltativa',
  dialogTitle: 'Impostazioni dei cookie',
  dialogIntro: 'Scegli ogni finalità separatamente. Quelle strettamente necessarie fanno funzionare il sito e non si possono disattivare. Puoi modificare le tue scelte o revocare il consenso in qualsiasi momento.',
  close: 'Chiudi',
  save: 'Salva le mie scelte',
  required: 'Sempre attivi',
  noticed: 'Sempre attivi (informativa)',
  optOutModel: 'Attivi salvo opposizione',
  vendors: 'Destinatari',
  country: 'Paese',
  dataItems: 'Dati inviati',
  purpose: 'Finalità',
  vendorPolicy: 'Informativa sulla privacy',
  linksToPersonalData: 'Collegato a dati personali',
  foreignSystem: 'Normativa sulla protezione dei dati del Paese',
  measures: 'Misure adottate dal destinatario',
  countryUnknown: 'Perché non è possibile indicare il Paese',
  newTab: ' (si apre in una nuova scheda)',
  language: 'Lingua',
}

export const placeholder = {
  lead: 'Questo contenuto viene caricato da un’altra società. Se lo visualizzi, i dati vengono inviati a:',
  purpose: 'Finalità: ',
  allow: 'Mostra questo contenuto',
  preferences: 'Impostazioni dei cookie',
}

export const record = {
  title: 'Registro dei consensi (questo browser)',
  none: 'Ancora nessuna registrazione.',
  download: 'Scarica il mio registro dei consensi (JSON)',
  given: 'Prestato',
  changed: 'Modificato',
  withdrawn: 'Revocato',
  expired: 'Scaduto',
  pending: 'non ancora inviato',
}

export const disclosure = {
  title: 'Trasmissione a terzi dei dati degli utenti',
  recipient: 'Destinatario',
  dataItems: 'Dati inviati',
  purpose: 'Finalità',
  country: 'Paese',
  linked: 'Collegamento a dati personali',
  policy: 'Informativa sulla privacy',
  foreignSystem: 'Normativa sulla protezione dei dati del Paese',
  measures: 'Misure adottate',
  required: ' (necessario per fornire il sito, quindi inviato senza chiedere il consenso)',
  yes: 'Sì',
  no: 'No',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Identificativi dei cookie e simili',
  'ad-id': 'Identificativo pubblicitario (del dispositivo)',
  'browsing-history': 'Cronologia di navigazione (pagine visitate)',
  'ip-address': 'Indirizzo IP',
  'device-info': 'Dati del dispositivo e del browser (sistema operativo, tipo di browser)',
  'purchase-history': 'Cronologia degli acquisti',
  location: 'Posizione',
  email: 'Indirizzo e-mail',
  'hashed-email': 'Indirizzo e-mail in forma di hash',
  phone: 'Numero di telefono',
  name: 'Nome e cognome',
  address: 'Indirizzo postale',
  'user-id': 'ID cliente',
  referrer: 'Pagina di provenienza (referrer)',
  interests: 'Interessi dedotti',
  conversion: 'Dati di conversione (acquisto o iscrizione)',
  'payment-card': 'Parte del numero della carta di pagamento',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Inviamo identificativi dei cookie e la cronologia di navigazione ad altre società, per queste finalità:',
  optOut: 'Opponiti alla condivisione',
  close: 'Chiudi',
}
