/** Español: el vocabulario de la AEPD y de los sitios españoles («Aceptar todas» / «Rechazar todas»). */
export const banner = {
  bannerTitle: 'Cookies y tecnologías similares',
  bannerText:
    'Podemos enviar identificadores de cookies y tu historial de navegación a otras empresas, algunas fuera de Japón. Elige qué aceptas; el sitio funciona en cualquier caso.',
  purposes: 'Finalidades: ',
  gpc: 'Tu navegador envía la señal Global Privacy Control (GPC), así que estas finalidades seguirán desactivadas salvo que las actives en la configuración: ',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Configurar',
  policy: 'Política de privacidad',
  disclosure: 'Transmisión de datos a terceros',
  rights: 'Solicitudes de acceso y supresión',
  saved: 'Se han guardado tus preferencias.',
}

export const dialog = {
  stopProvision: 'Dejar de compartir todo lo opcional',
  dialogTitle: 'Configuración de cookies',
  dialogIntro: 'Elige cada finalidad por separado. Las estrictamente necesarias hacen que el sitio funcione y no se pueden desactivar. Puedes cambiar tus preferencias o retirar tu consentimiento en cualquier momento.',
  close: 'Cerrar',
  save: 'Guardar mis preferencias',
  required: 'Siempre activas',
  noticed: 'Siempre activas (aviso)',
  optOutModel: 'Activas salvo que se oponga',
  vendors: 'Destinatarios',
  country: 'País',
  dataItems: 'Datos enviados',
  purpose: 'Finalidad',
  vendorPolicy: 'Política de privacidad',
  linksToPersonalData: 'Vinculado a datos personales',
  foreignSystem: 'Régimen de protección de datos del país',
  measures: 'Medidas que adopta el destinatario',
  countryUnknown: 'Por qué no se puede indicar el país',
  newTab: ' (se abre en una pestaña nueva)',
  language: 'Idioma',
}

export const placeholder = {
  lead: 'Este contenido se carga desde otra empresa. Si lo muestras, se enviarán datos a:',
  purpose: 'Finalidad: ',
  allow: 'Mostrar este contenido',
  preferences: 'Configuración de cookies',
}

export const record = {
  title: 'Registro de consentimiento (este navegador)',
  none: 'Todavía no hay registros.',
  download: 'Descargar mi registro de consentimiento (JSON)',
  given: 'Otorgado',
  changed: 'Modificado',
  withdrawn: 'Retirado',
  expired: 'Caducado',
  pending: 'aún no enviado',
}

export const disclosure = {
  title: 'Transmisión de datos de los usuarios a terceros',
  recipient: 'Destinatario',
  dataItems: 'Datos enviados',
  purpose: 'Finalidad',
  country: 'País',
  linked: 'Vinculación con datos personales',
  policy: 'Política de privacidad',
  foreignSystem: 'Régimen de protección de datos del país',
  measures: 'Medidas adoptadas',
  required: ' (necesario para prestar el servicio, por lo que se envía sin pedir consentimiento)',
  yes: 'Sí',
  no: 'No',
  separator: ', ',
}

export const dataItems = {
  'cookie-id': 'Identificadores de cookies y similares',
  'ad-id': 'Identificador publicitario (del dispositivo)',
  'browsing-history': 'Historial de navegación (páginas visitadas)',
  'ip-address': 'Dirección IP',
  'device-info': 'Información del dispositivo y del navegador (sistema operativo, tipo de navegador)',
  'purchase-history': 'Historial de compras',
  location: 'Ubicación',
  email: 'Correo electrónico',
  'hashed-email': 'Correo electrónico cifrado con hash',
  phone: 'Número de teléfono',
  name: 'Nombre',
  address: 'Dirección postal',
  'user-id': 'Identificador de socio',
  referrer: 'Página de procedencia',
  interests: 'Intereses inferidos',
  conversion: 'Datos de conversión (compra o registro)',
  'payment-card': 'Parte del número de la tarjeta',
}

/** The notice layer, under notice and opt-out policies. */
export const notice = {
  noticeText: 'Enviamos identificadores de cookies y el historial de navegación a otras empresas con estos fines:',
  optOut: 'Oponerme a la cesión',
  close: 'Cerrar',
}
