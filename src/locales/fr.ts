/** Français : le vocabulaire de la CNIL et des sites français (« Tout accepter » / « Tout refuser »). */
export const banner = {
  bannerTitle: 'Cookies et technologies similaires',
  bannerText:
    'Nous pouvons transmettre des identifiants de cookies et votre historique de navigation à d’autres entreprises, dont certaines hors du Japon. Choisissez ce que vous acceptez ; le site fonctionne dans tous les cas.',
  purposes: 'Finalités\u00a0: ',
  gpc: 'Votre navigateur envoie le signal Global Privacy Control (GPC)\u00a0: ces finalités restent désactivées, sauf si vous les activez dans les paramètres\u00a0: ',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  policy: 'Politique de confidentialité',
  disclosure: 'Transmission de données à des tiers',
  rights: 'Demandes d’accès et d’effacement',
  saved: 'Vos choix ont été enregistrés.',
}

export const dialog = {
  stopProvision: 'Arrêter toute transmission facultative',
  dialogTitle: 'Paramètres des cookies',
  dialogIntro: 'Choisissez finalité par finalité. Les cookies strictement nécessaires assurent le fonctionnement du site et ne peuvent pas être désactivés. Vous pouvez modifier ou retirer votre consentement à tout moment.',
  close: 'Fermer',
  save: 'Enregistrer mes choix',
  required: 'Toujours actif',
  noticed: 'Toujours actif (information)',
  optOutModel: 'Actif sauf opposition de votre part',
  vendors: 'Destinataires',
  country: 'Pays',
  dataItems: 'Données transmises',
  purpose: 'Finalité',
  vendorPolicy: 'Politique de confidentialité',
  linksToPersonalData: 'Rattaché à des données personnelles',
  foreignSystem: 'Régime de protection des données du pays',
  measures: 'Mesures prises par le destinataire',
  countryUnknown: 'Pourquoi le pays ne peut pas être indiqué',
  newTab: ' (s’ouvre dans un nouvel onglet)',
  language: 'Langue',
}

export const placeholder = {
  lead: 'Ce contenu est chargé depuis une autre entreprise. L’afficher transmet des données à\u00a0:',
  purpose: 'Finalité\u00a0: ',
  allow: 'Afficher ce contenu',
  preferences: 'Paramètres des cookies',
}

export const record = {
  title: 'Historique du consentement (ce navigateur)',
  none: 'Aucun enregistrement pour l’instant.',
  download: 'Télécharger mon historique de consentement (JSON)',
  given: 'Donné',
  changed: 'Modifié',
  withdrawn: 'Retiré',
  expired: 'Expiré',
  pending: 'pas encore envoyé',
}

export const disclosure = {
  title: 'Transmission des données des utilisateurs à des tiers',
  recipient: 'Destinataire',
  dataItems: 'Données transmises',
  purpose: 'Finalité',
  country: 'Pays',
  linked: 'Rattachement à des données personnelles',
  policy: 'Politique de confidentialité',
  foreignSystem: 'Régime de protection des données du pays',
  measures: 'Mesures prises',
  required: ' (nécessaire à la fourniture du site, donc transmis sans demande de consentement)',
  yes: 'Oui',
  no: 'Non',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Identifiants de cookies et similaires',
  'ad-id': 'Identifiant publicitaire (de l’appareil)',
  'browsing-history': 'Historique de navigation (pages consultées)',
  'ip-address': 'Adresse IP',
  'device-info': 'Informations sur l’appareil et le navigateur (système, type de navigateur)',
  'purchase-history': 'Historique d’achats',
  location: 'Localisation',
  email: 'Adresse e-mail',
  'hashed-email': 'Adresse e-mail hachée',
  phone: 'Numéro de téléphone',
  name: 'Nom',
  address: 'Adresse postale',
  'user-id': 'Identifiant de membre',
  referrer: 'Page de provenance (référent)',
  interests: 'Centres d’intérêt déduits',
  conversion: 'Données de conversion (achat ou inscription)',
  'payment-card': 'Partie du numéro de carte bancaire',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Nous transmettons des identifiants de cookies et l’historique de navigation à d’autres sociétés, aux fins suivantes :',
  optOut: 'Refuser le partage',
  close: 'Fermer',
}
